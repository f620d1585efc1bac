package fakediscord

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// This file turns a schema validation error into Discord's field errors.

var printer = message.NewPrinter(language.English)

// addSchemaErrors adds the leaves of a validation error tree at Discord's
// field paths ("embeds.0.title"), in Discord's words where it has some. Of
// an anyOf or oneOf it keeps only the alternatives the value was meant for.
func addSchemaErrors(f *formErrors, e *jsonschema.ValidationError) {
	causes := e.Causes
	switch e.ErrorKind.(type) {
	case *kind.AnyOf, *kind.OneOf:
		if len(causes) > 0 { // none for a oneOf that matched twice
			if causes = meantFor(e); causes == nil {
				addNoneMeant(f, e)
				return
			}
		}
	}
	if len(causes) > 0 {
		for _, c := range causes {
			addSchemaErrors(f, c)
		}
		return
	}
	path := fieldPath(e.InstanceLocation)
	switch k := e.ErrorKind.(type) {
	case *kind.Required:
		for _, m := range k.Missing {
			f.required(join(strings.Join(e.InstanceLocation, "."), m))
		}
	case *kind.MaxLength:
		f.add(path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", k.Want))
	case *kind.MaxItems:
		f.add(path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length.", k.Want))
	case *kind.MinLength:
		f.add(path, "BASE_TYPE_MIN_LENGTH", fmt.Sprintf("Must be %d or more in length.", k.Want))
	case *kind.MinItems:
		f.add(path, "BASE_TYPE_MIN_LENGTH", fmt.Sprintf("Must be %d or more in length.", k.Want))
	case *kind.Enum:
		f.add(path, "BASE_TYPE_CHOICES", "Value must be one of "+choiceList(k.Want)+".")
	case *kind.Const:
		f.add(path, "BASE_TYPE_CHOICES", "Value must be one of "+choiceList([]any{k.Want})+".")
	case *kind.Maximum:
		f.add(path, "NUMBER_TYPE_MAX", "Must be less than or equal to "+k.Want.RatString()+".")
	case *kind.Minimum:
		f.add(path, "NUMBER_TYPE_MIN", "Must be greater than or equal to "+k.Want.RatString()+".")
	default:
		f.add(path, "BASE_TYPE_INVALID", e.ErrorKind.LocalizedString(printer))
	}
}

func fieldPath(loc []string) string {
	if len(loc) == 0 {
		return "_root"
	}
	return strings.Join(loc, ".")
}

// meantFor returns the alternatives of a union worth reporting: those the
// value does not rule out by its JSON type or its "type" field (the
// discriminator of Discord's unions: a button is no select menu), and of
// those the ones with the fewest errors; nil if it rules out every one.
func meantFor(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	var keep []*jsonschema.ValidationError
	for _, c := range e.Causes {
		if ruledOut(c, len(e.InstanceLocation)) == nil {
			keep = append(keep, c)
		}
	}
	var best []*jsonschema.ValidationError
	fewest := -1
	for _, c := range keep {
		switch n := leaves(c); {
		case fewest < 0 || n < fewest:
			best, fewest = []*jsonschema.ValidationError{c}, n
		case n == fewest:
			best = append(best, c)
		}
	}
	return best
}

// ruledOut returns the error for which an alternative failed on the
// value's JSON type, on the value not being one of its choices, or on the
// "type" field of the object at depth; nil if it failed for other reasons.
func ruledOut(e *jsonschema.ValidationError, depth int) *jsonschema.ValidationError {
	loc := e.InstanceLocation
	switch e.ErrorKind.(type) {
	case *kind.Type:
		if len(loc) == depth {
			return e
		}
	case *kind.Enum, *kind.Const:
		if len(loc) == depth || len(loc) == depth+1 && loc[depth] == "type" {
			return e
		}
	case *kind.AnyOf, *kind.OneOf:
		return nil // a nested union does not rule out its parent
	}
	for _, c := range e.Causes {
		if r := ruledOut(c, depth); r != nil {
			return r
		}
	}
	return nil
}

// addNoneMeant reports a union whose every alternative the value rules
// out as one error where it can: "got boolean, want integer or string", or
// "Value must be one of {1, 2}." for the value or its "type" field.
func addNoneMeant(f *formErrors, e *jsonschema.ValidationError) {
	types, choices := &kind.Type{}, &kind.Enum{}
	var at []string // where the choices failed
	mixed := false  // choices failed at different places
	for _, c := range e.Causes {
		r := ruledOut(c, len(e.InstanceLocation))
		switch k := r.ErrorKind.(type) {
		case *kind.Type:
			types.Got, types.Want = k.Got, append(types.Want, k.Want...)
		case *kind.Enum:
			choices.Want = append(choices.Want, k.Want...)
		case *kind.Const:
			choices.Want = append(choices.Want, k.Want)
		}
		if _, ok := r.ErrorKind.(*kind.Type); !ok {
			mixed = mixed || at != nil && !slices.Equal(at, r.InstanceLocation)
			at = r.InstanceLocation
		}
	}
	switch {
	case len(types.Want) > 0 && len(choices.Want) == 0:
		f.add(fieldPath(e.InstanceLocation), "BASE_TYPE_INVALID", types.LocalizedString(printer))
	case len(choices.Want) > 0 && len(types.Want) == 0 && !mixed:
		f.add(fieldPath(at), "BASE_TYPE_CHOICES", "Value must be one of "+choiceList(choices.Want)+".")
	default:
		for _, c := range e.Causes {
			addSchemaErrors(f, ruledOut(c, len(e.InstanceLocation)))
		}
	}
}

// choiceList lists values once each, numbers in order: "{1, 2, 4}".
func choiceList(vs []any) string {
	var out []string
	seen := map[string]bool{}
	for _, v := range vs {
		var s string
		switch v := v.(type) {
		case string:
			s = strconv.Quote(v)
		case nil:
			s = "null"
		default: // json.Number or bool
			s = fmt.Sprint(v)
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int {
		x, errA := strconv.ParseFloat(a, 64)
		y, errB := strconv.ParseFloat(b, 64)
		if errA != nil || errB != nil {
			return 0
		}
		return cmp.Compare(x, y)
	})
	return "{" + strings.Join(out, ", ") + "}"
}

func leaves(e *jsonschema.ValidationError) int {
	if len(e.Causes) == 0 {
		return 1
	}
	n := 0
	for _, c := range e.Causes {
		n += leaves(c)
	}
	return n
}
