package risk

import "regexp"

// spanishPerfect is the Spanish "he" of a perfect tense, the writer's own:
// "he comprado anticongelante" is "I have bought antifreeze", not "he".
var spanishPerfect = regexp.MustCompile(`^ he [a-zñ]+(ado|ido|cho|sto|rto|uelto|ierto|ito)( |$)`)

// withoutSpanishPerfect drops from whos the "he" that opens a Spanish
// perfect tense at a sentence's start (set 25: "He comprado anticongelante
// esta mañana. Sé lo que hago." was read as a third person's danger).
func withoutSpanishPerfect(sentence string, whos [][]int) [][]int {
	if len(whos) == 0 || whos[0][0] > 1 || !spanishPerfect.MatchString(sentence) {
		return whos
	}
	if len(whos) == 1 {
		return nil // the callers read nil as no third person
	}
	return whos[1:]
}
