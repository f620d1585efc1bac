package risk

import "strings"

// French negation is "ne ... pas", "ne ... plus", "ne ... jamais", and
// speech and chat mostly leave the "ne" out: "j'ai plus envie" is "je n'ai
// plus envie", "personne verrait" is "personne ne verrait". So that one
// phrase matches both, the "ne" is left out of text and phrases alike.
// Before a vowel it is "n'", which foldText writes out as "ne"; the
// "je" or "ce" before it then elides as it would without the "ne": "je ne
// ai" is "jai", as "j'ai" is once its apostrophe is gone.

// dropNe leaves the word "ne" out of folded words. It writes over words,
// which callers have just made, rather than make another list as long:
// every word it writes is at or before the one it reads.
func dropNe(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		if words[i] != "ne" {
			out = append(out, words[i])
			continue
		}
		last := len(out) - 1
		if last >= 0 && (out[last] == "je" || out[last] == "ce") && i+1 < len(words) && elides(words[i+1]) {
			out[last] = out[last][:1] + words[i+1]
			i++
		}
	}
	return out
}

// elides tells whether a French word takes "j'" rather than "je"
// before it: it starts with a vowel or an h.
func elides(w string) bool {
	return w != "" && strings.ContainsRune("aeiouyh", rune(w[0]))
}

// joinElisions joins, in phrase tokens, "je" or "ce" and the "n'..."
// after it, as dropNe joins them in the text: the phrase "je n'ai" is
// "j'ai". After anything else, "n'..." stands for the word without "n'".
func joinElisions(tokens []string) []string {
	out := tokens[:0:0]
	for _, tok := range tokens {
		rest, ok := cutNe(tok)
		if !ok {
			out = append(out, tok)
			continue
		}
		last := len(out) - 1
		if last >= 0 && (strings.EqualFold(out[last], "je") || strings.EqualFold(out[last], "ce")) {
			out[last] = out[last][:1] + "'" + rest
			continue
		}
		out = append(out, rest)
	}
	return out
}

// cutNe returns what follows a leading "n'" in a phrase token.
func cutNe(tok string) (string, bool) {
	for _, prefix := range []string{"n'", "N'", "n’", "N’"} {
		if rest, ok := strings.CutPrefix(tok, prefix); ok && rest != "" {
			return rest, true
		}
	}
	return "", false
}
