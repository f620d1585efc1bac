// Package langtest finds English left in what the bot said to someone who
// speaks another language, for the tests that play a person through the
// bot in Spanish, German or French.
package langtest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
)

// placeholder matches a message's {{.Name}}.
var placeholder = regexp.MustCompile(`{{[^}]*}}`)

// englishWords are words that say a line is English when two of them meet
// in it, or one in a line of a few words (a title, a button); none is a
// word of Spanish, German or French.
var englishWords = []string{"the", "you", "your", "you're", "i", "i'll", "i'm", "i've", "is", "it", "it's", "to", "of", "with", "what", "what's", "today", "don't", "can't", "and", "for", "this", "that", "that's", "let's", "my", "at", "if", "be", "are", "will", "can", "time", "day", "days", "week", "once", "more", "there", "here", "when", "how", "just", "only", "anything", "something", "logged", "coming", "few", "write", "words", "movement", "summary", "weekly", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// theirsToo are English words that are also words of another language,
// passed over in that language: French "mon" is "my", not Monday.
var theirsToo = map[string][]string{"fr": {"mon"}}

// English returns the lines of out that are English although the reader's
// language is l: those holding a sentence of an English message that the
// l file does not say the same way, those with two or more English
// words, and those naming a command by its English name where l has its
// own (/summary for /resumen: the person's Discord shows them /resumen).
// allowed are words to pass over (a name, a time zone, what the person
// typed).
func English(out, l string, allowed ...string) []string {
	frags := fragments(l)
	var found []string
	for _, line := range strings.Split(out, "\n") {
		for _, a := range allowed {
			line = strings.ReplaceAll(line, a, "")
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		n := englishWordsIn(line, theirsToo[l])
		if slices.ContainsFunc(frags, func(f string) bool { return strings.Contains(line, f) }) || n >= 2 || n == 1 && len(strings.Fields(line)) <= 6 || englishCommandIn(line, l) {
			found = append(found, line)
		}
	}
	return found
}

// fragments are the English messages' literal parts of four words or
// more that l's file does not also hold.
func fragments(l string) []string {
	en, err := lang.Texts(lang.Default)
	if err != nil {
		panic(err) // the embedded files are checked by coach/lang's tests
	}
	other, err := lang.Texts(l)
	if err != nil {
		panic(err)
	}
	var out []string
	for id, forms := range en {
		theirs := strings.Join(other[id], "\n")
		for _, form := range forms {
			for _, part := range placeholder.Split(form, -1) {
				for _, line := range strings.Split(part, "\n") {
					line = strings.TrimSpace(line)
					if len(strings.Fields(line)) >= 4 && !strings.Contains(theirs, line) {
						out = append(out, line)
					}
				}
			}
		}
	}
	return out
}

// inviteCode is a code such as AJHG-JPBX-MY5Z: random letters, which may
// happen to spell "my" or "it".
var inviteCode = regexp.MustCompile(`^[A-Z0-9]{3,}(?:-[A-Z0-9]{3,})+[.,:;]?$`)

func englishWordsIn(line string, theirs []string) int {
	n := 0
	seen := map[string]bool{}
	// Commands (/summary), paths and links are the same in every language.
	words := strings.Fields(line)
	words = slices.DeleteFunc(words, func(w string) bool { return strings.Contains(w, "/") || inviteCode.MatchString(w) })
	for _, w := range strings.FieldsFunc(strings.ToLower(strings.Join(words, " ")), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’')
	}) {
		w = strings.ReplaceAll(w, "’", "'")
		if !seen[w] && slices.Contains(englishWords, w) && !slices.Contains(theirs, w) {
			seen[w] = true
			n++
		}
	}
	return n
}

// mention is a command in a text: a slash at the start or after a space,
// a bracket or a quote, its name, and the word after it.
var mention = regexp.MustCompile(`(?:^|[\s(«„"'“—])/([\p{L}0-9-]+)(?: ([\p{L}0-9-]+))?`)

// englishCommandIn reports whether line names a command, or a subcommand,
// by its English name where l names it otherwise.
func englishCommandIn(line, l string) bool {
	w := lang.For(l)
	if w.Lang == lang.Default {
		return false
	}
	for _, m := range mention.FindAllStringSubmatch(line, -1) {
		cmd, sub := lang.CommandNamed(m[1], m[2])
		if strings.EqualFold(m[1], cmd) && w.Command(cmd) != "/"+cmd {
			return true // /summary
		}
		if m[2] != "" && strings.EqualFold(m[2], sub) && slices.Contains(lang.CommandPaths(), cmd+" "+sub) &&
			w.Command(cmd+" "+sub) != w.Command(cmd)+" "+sub {
			return true // /terapeuta code
		}
	}
	return false
}
