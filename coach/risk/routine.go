package risk

import (
	"strconv"
	"strings"
	"sync"
)

// One's own usual medicine taken ("took my meds this morning", "ya me tomé
// las pastillas") is an idiom (the benign "routine" phrases of en_more.go,
// es_more.go, de_more.go and fr_more.go), blanked before the learnt screen
// reads it. The phrases have no place for an amount or a totality, but a
// sentence cannot see the next one: "took my pills today. all of them."
// would be read as the routine and a bare "all of them". So a sentence
// that names medicine and had words blanked is Crisis when the next
// sentence of its line is a totality and nothing else (takenThenAll).

// medicineWords are the words for one's medicine that the routine phrases
// name, in every language.
var medicineWords = wordSet("pills", "pill", "meds", "medication", "medications", "medicine", "tablets",
	"tabletten", "pillen", "medikamente", "medis",
	"pastillas", "píldoras", "medicamentos", "medicinas", "remedios",
	"cachets", "médocs", "medocs", "comprimés", "médicaments", "pilules",
	// What the core kinds' routine phrases name besides (mends_s38_core.go).
	"medicación", "traitement", "abendtabletten", "morgentabletten")

// totalities are sentences that are an amount or a totality and nothing
// else, normalised.
var totalities = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool)
	for _, t := range []string{
		"all", "all of them", "every one", "every single one", "every last one", "all at once",
		"the whole bottle", "the whole pack", "the whole packet", "the whole box", "the whole strip",
		"the whole lot", "the lot", "the rest", "the rest of them", "too many", "a lot", "lots",
		"alle", "alle auf einmal", "alle zusammen", "die ganze packung", "die ganze schachtel",
		"den ganzen rest", "den rest", "die restlichen", "zu viele", "viele",
		"todas", "todas ellas", "todos", "todas de una", "todas juntas", "el bote entero", "el bote",
		"la caja entera", "toda la caja", "el frasco entero", "todo el frasco", "muchas", "demasiadas", "el resto",
		"tous", "toutes", "tous d'un coup", "toutes d'un coup", "toute la boîte", "la boîte entière",
		"toute la plaquette", "tout le flacon", "le reste", "trop", "beaucoup",
	} {
		for _, s := range sentences(t) {
			set[strings.TrimSpace(s)] = true
		}
	}
	return set
})

// takenThenAll tells whether a sentence whose words the phrases blanked in
// part (masked is not sentence) names medicine, and the next sentence of
// its line is a totality alone: "ich habe heute meine Tabletten genommen.
// alle."
func takenThenAll(sentence, masked, next string) bool {
	if masked == sentence || !isTotality(next) {
		return false
	}
	for _, w := range strings.Fields(sentence) {
		if medicineWords[w] {
			return true
		}
	}
	return false
}

// isTotality tells whether a sentence is a totality: one of totalities,
// or a short one that is a word of all alone or followed by a number or by
// what it counts ("alle 20", "all of it", "tout", "alle, die noch da
// waren", "todo lo que tenía"); "alles gut" and "tout va bien" are not.
func isTotality(sentence string) bool {
	words := strings.Fields(sentence)
	switch {
	case totalities()[strings.Join(words, " ")]:
		return true
	case len(words) == 0 || len(words) > 6 || !totalityLeads[words[0]]:
		return false
	case len(words) == 1:
		return true
	}
	_, err := strconv.Atoi(words[1])
	return err == nil || totalityCounts[words[1]]
}

var (
	// totalityLeads are the words of all that open a totality.
	totalityLeads = wordSet("all", "everything", "alle", "alles", "todas", "todos", "toda", "todo",
		"tous", "toutes", "tout")
	// totalityCounts are the words after one that say what it counts.
	totalityCounts = wordSet("of", "that", "which", "left", "die", "was", "übrig", "que", "lo", "las", "los",
		"ce", "qui", "qu'il", "restantes")
)

// followOn is the sentence after the i-th of line li: the next on its
// line, or the first of the next line, since chat breaks a thought across
// lines ("took my meds this morning\nall of them"); "" after the last.
func followOn(lines [][]string, li, i int) string {
	switch {
	case i+1 < len(lines[li]):
		return lines[li][i+1]
	case li+1 < len(lines) && len(lines[li+1]) > 0:
		return lines[li+1][0]
	}
	return ""
}
