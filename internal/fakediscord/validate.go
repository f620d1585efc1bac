package fakediscord

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"
)

// formErrors collects field errors and renders them as the "errors" tree of
// Discord's 50035 Invalid Form Body answer.
type formErrors struct{ items []formError }

type formError struct{ path, code, message string }

func (f *formErrors) add(path, code, message string) {
	f.items = append(f.items, formError{path, code, message})
}

func (f *formErrors) empty() bool { return f == nil || len(f.items) == 0 }

// maxLen checks a string's length in code points, the unit Discord counts.
func (f *formErrors) maxLen(path, s string, n int) {
	if utf8.RuneCountInString(s) > n {
		f.add(path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", n))
	}
}

func (f *formErrors) between(path, s string, lo, hi int) {
	if l := utf8.RuneCountInString(s); l < lo || l > hi {
		f.add(path, "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between %d and %d in length.", lo, hi))
	}
}

func (f *formErrors) maxItems(path string, n, max int) {
	if n > max {
		f.add(path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", max))
	}
}

func (f *formErrors) required(path string) {
	f.add(path, "BASE_TYPE_REQUIRED", "This field is required")
}

// tree turns "embeds.0.title" paths into {"embeds":{"0":{"title":{"_errors":[...]}}}}.
func (f *formErrors) tree() map[string]any {
	root := map[string]any{}
	for _, it := range f.items {
		node := root
		for _, part := range strings.Split(it.path, ".") {
			next, ok := node[part].(map[string]any)
			if !ok {
				next = map[string]any{}
				node[part] = next
			}
			node = next
		}
		errs, _ := node["_errors"].([]any)
		node["_errors"] = append(errs, map[string]string{"code": it.code, "message": it.message})
	}
	return root
}

func (f *formErrors) String() string {
	var parts []string
	for _, it := range f.items {
		parts = append(parts, it.path+": "+it.message)
	}
	return strings.Join(parts, "; ")
}

// dedupe drops repeated errors, keeping the first of each.
func (f *formErrors) dedupe() {
	seen := map[formError]bool{}
	out := f.items[:0]
	for _, it := range f.items {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	f.items = out
}

// invalidFormLocked answers 400 50035 and records the violation.
func (s *Server) invalidFormLocked(c *call, f *formErrors) reply {
	s.violateLocked(c, "invalid form body: %s", f)
	return invalidForm(f)
}

// invalidForm is Discord's 400 50035 Invalid Form Body with f's errors.
func invalidForm(f *formErrors) reply {
	return reply{status: http.StatusBadRequest,
		body: errorBody{Code: 50035, Message: "Invalid Form Body", Errors: f.tree()}}
}

func join(prefix string, parts ...any) string {
	out := prefix
	for _, p := range parts {
		if out != "" {
			out += "."
		}
		out += fmt.Sprint(p)
	}
	return out
}

// validateMessage checks the limits of a message payload; prefix is "data"
// for an interaction callback, whose errors Discord nests under "data".
func validateMessage(f *formErrors, m *messageBody, prefix string) {
	f.maxLen(join(prefix, "content"), m.content(), 2000)
	if m.Embeds != nil {
		validateEmbeds(f, *m.Embeds, join(prefix, "embeds"))
	}
	if m.Components != nil {
		v2 := m.Flags != nil && *m.Flags&FlagComponentsV2 != 0
		validateComponents(f, *m.Components, join(prefix, "components"), v2)
	}
}

func validateEmbeds(f *formErrors, es []Embed, path string) {
	f.maxItems(path, len(es), 10)
	total := 0
	for i, e := range es {
		p := join(path, i)
		f.maxLen(join(p, "title"), e.Title, 256)
		f.maxLen(join(p, "description"), e.Description, 4096)
		f.maxItems(join(p, "fields"), len(e.Fields), 25)
		total += utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
		for j, fl := range e.Fields {
			f.between(join(p, "fields", j, "name"), fl.Name, 1, 256)
			f.between(join(p, "fields", j, "value"), fl.Value, 1, 1024)
			total += utf8.RuneCountInString(fl.Name) + utf8.RuneCountInString(fl.Value)
		}
		if e.Footer != nil {
			f.maxLen(join(p, "footer", "text"), e.Footer.Text, 2048)
			total += utf8.RuneCountInString(e.Footer.Text)
		}
		if e.Author != nil {
			f.maxLen(join(p, "author", "name"), e.Author.Name, 256)
			total += utf8.RuneCountInString(e.Author.Name)
		}
	}
	if total > 6000 {
		f.add(path, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")
	}
}

// validateChoices checks an autocomplete result.
func validateChoices(f *formErrors, cs []Choice) {
	f.maxItems("data.choices", len(cs), 25)
	for i, c := range cs {
		f.between(join("data.choices", i, "name"), c.Name, 1, 100)
		if v, ok := c.Value.(string); ok {
			f.maxLen(join("data.choices", i, "value"), v, 100)
		}
	}
}

// validateFiles answers 413 like Discord for uploads over its limits: ten
// files, 10 MiB each for a bot without boosts.
func validateFiles(files []upload) (reply, bool) {
	if len(files) > 10 {
		f := &formErrors{}
		f.maxItems("files", len(files), 10)
		return invalidForm(f), false
	}
	for _, u := range files {
		if len(u.data) > 10<<20 {
			return apiError(http.StatusRequestEntityTooLarge, 40005, "Request entity too large"), false
		}
	}
	return reply{}, true
}

func itoa(i int) string { return strconv.Itoa(i) }
