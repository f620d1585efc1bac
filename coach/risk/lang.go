package risk

import "strings"

// langs are the languages the screen reads, in the order that breaks a
// tie between them.
var langs = [...]string{"en", "es", "de", "fr"}

// langSet is a set of languages, one bit per entry of langs.
type langSet uint8

const allLangs langSet = 1<<len(langs) - 1

// langOf is the set of one language, by its code; empty for a code
// that is not in langs.
func langOf(code string) langSet {
	for i, l := range langs {
		if l == code {
			return 1 << i
		}
	}
	return 0
}

// neutral tells whether a phrase is a lone word stem ("suicid*",
// "overdos*"): it says nothing of the language of a text it matches, which
// may be a Spanish "suicidio" as well as an English "suicidal".
func neutral(phrase string) bool {
	return strings.HasSuffix(phrase, "*") && !strings.ContainsAny(phrase, " ()|")
}

// pick returns the language of set that the text looks most like
// (looks), or, if it looks like none of them, the first of set; looks if
// set is empty.
func (set langSet) pick(looks string) string {
	if set == 0 || set&langOf(looks) != 0 {
		return looks
	}
	for i, l := range langs {
		if set&(1<<i) != 0 {
			return l
		}
	}
	return ""
}

// commonWords are short words frequent in one language and rare in the
// others, as normalWord leaves them ("j'ai" is "jai", "ça" is "ca"), by
// language. A word two languages share ("de", "la", "die") counts for both.
var commonWords = func() map[string]langSet {
	words := map[string][]string{
		"en": {"i", "am", "the", "and", "to", "my", "is", "it", "you", "not", "me", "of", "a",
			"do", "have", "this", "that", "be", "was", "want", "feel", "so", "with", "what", "just"},
		"es": {"yo", "que", "el", "la", "de", "y", "en", "es", "mi", "me", "lo", "los",
			"las", "por", "para", "con", "un", "una", "estoy", "quiero", "muy", "pero", "si",
			"todo", "todos", "esta", "se", "ya", "mas", "estuviera", "seria"},
		"de": {"ich", "und", "nicht", "die", "der", "das", "ist", "mich", "mir", "ein", "eine",
			"zu", "es", "bin", "habe", "hab", "mein", "meine", "mit", "auf", "auch", "wen",
			"mehr", "sie", "will", "kann", "nur", "noch", "hate", "ware", "gabe"},
		"fr": {"je", "jai", "et", "le", "la", "les", "de", "pas", "suis", "mon", "ma", "mes",
			"un", "une", "est", "que", "pour", "plus", "tout", "moi", "ca", "cest", "veux",
			"tres", "du", "des", "au", "deja", "mais"},
	}
	set := map[string]langSet{}
	for lang, ws := range words {
		for _, w := range ws {
			set[normalWord(collapse(w))] |= langOf(lang)
		}
	}
	return set
}()

// looksLike returns the language whose common words the sentences have
// most of, or "" when no language has more than every other.
func looksLike(lines [][]string) string {
	var count [len(langs)]int
	for _, line := range lines {
		for _, sentence := range line {
			for w := range strings.FieldsSeq(sentence) {
				set := commonWords[w]
				for i := range langs {
					if set&(1<<i) != 0 {
						count[i]++
					}
				}
			}
		}
	}
	best := 0
	for i := range count {
		if count[i] > count[best] {
			best = i
		}
	}
	if count[best] == 0 || !clearlyBest(count[:], best) {
		return ""
	}
	return langs[best]
}

// clearlyBest tells whether count[best] is more than every other count.
func clearlyBest(count []int, best int) bool {
	for i, c := range count {
		if i != best && c >= count[best] {
			return false
		}
	}
	return true
}
