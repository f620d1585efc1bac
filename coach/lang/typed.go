package lang

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The few words the bot understands when a person types them (a day for
// /session, "none" to clear a setting) are messages too, in the [typed]
// section of each file, so that a translator owns them: alternatives
// separated by "|", the first being the one a prompt names.

// Word returns the word p's language names in a prompt for typed key
// ("typed.tomorrow"): the first of its alternatives.
func (p Printer) Word(key string) string {
	first, _, _ := strings.Cut(p.T(key), "|")
	return strings.TrimSpace(first)
}

// Typed reports whether text is one of the words of typed key in any
// language the bot speaks, so that a person is understood whichever of
// them they type in: case, accents, ß and apostrophes do not matter
// ("Mañana", "manana"; "aujourd'hui", "aujourdhui").
func Typed(key, text string) bool {
	text = fold(text)
	if text == "" {
		return false
	}
	for _, l := range Langs {
		for _, w := range strings.Split(For(l).T(key), "|") {
			if fold(w) == text {
				return true
			}
		}
	}
	return false
}

// fold lowercases s, trims it, drops its accents and apostrophes, and
// writes ß as ss.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.TrimSpace(s))) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == 'ʼ':
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Quote puts s in the language's quotation marks: "Sam" in English,
// «Sam» in Spanish, „Sam“ in German, « Sam » in French.
func (p Printer) Quote(s string) string {
	return p.T("quote.marks", Args{"Text": s})
}
