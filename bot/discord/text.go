package discord

import (
	"strings"
	"unicode"
)

// pages splits text into pieces of at most limit code points, cutting at a
// paragraph, then a line, then a sentence, then a word, and only when none
// is near the end of a page, in the middle of a word: never inside a UTF-8
// sequence, and never between a character and what joins or modifies it.
// Whitespace at the cuts is dropped; empty text gives no pages.
func pages(text string, limit int) []string {
	var out []string
	rest := []rune(strings.TrimSpace(text))
	for len(rest) > 0 {
		if len(rest) <= limit {
			out = append(out, string(rest))
			break
		}
		cut := cutPoint(rest[:limit+1])
		page := strings.TrimRightFunc(string(rest[:cut]), unicode.IsSpace)
		if page != "" {
			out = append(out, page)
		}
		rest = []rune(strings.TrimLeftFunc(string(rest[cut:]), unicode.IsSpace))
	}
	return out
}

// cutPoint returns where to end a page taken from r, whose last rune is the
// first one that does not fit: the page is r[:cut], at most len(r)-1 long.
func cutPoint(r []rune) int {
	limit := len(r) - 1
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if at := lastRunes(r, []rune(sep)); at > 0 && at >= limit/2 {
			return at + len([]rune(sep)) - 1 // keep the full stop, drop the space
		}
	}
	cut := limit
	for cut > 1 && joined(r[cut-1], r[cut]) {
		cut--
	}
	return cut
}

// lastRunes returns the index of the last sep in r, or -1.
func lastRunes(r, sep []rune) int {
	for i := len(r) - len(sep); i >= 0; i-- {
		match := true
		for j := range sep {
			if r[i+j] != sep[j] {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// joined reports whether a and b belong together: a combining mark, a
// variation selector or a skin tone after a character, or either side of a
// zero-width joiner.
func joined(a, b rune) bool {
	return a == '\u200d' || b == '\u200d' || unicode.Is(unicode.Mn, b) || unicode.Is(unicode.Me, b) ||
		(b >= '\ufe00' && b <= '\ufe0f') || (b >= 0x1f3fb && b <= 0x1f3ff)
}

// clipRunes shortens s to at most n code points, ending in "…" when cut.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n - 1
	for cut > 1 && joined(r[cut-1], r[cut]) {
		cut--
	}
	return string(r[:cut]) + "…"
}
