package risk

import (
	"strings"
	"sync"
)

// An idiom (a benign phrase) blanks everything it spans, its gaps too:
// "(locked myself out|...) ... ... ... (kill me now)" spans nine words it
// never names. A clinician's read of session 14 found patients' own words
// inside such gaps ("left my kids with my mum i want to die night shift"
// was None). So an idiom is not blanked where what it spans holds a plain
// wish to die or to kill oneself whose words the idiom does not name
// itself: "locked myself out again, i want to die lol" is still the idiom
// it was written for, whose own words are "i want to die".

// plainWishes are those wishes, in the four languages, normalised as a
// sentence is (so "i wanna die" is "i want to die", and "me quiero morir"
// holds "quiero morir").
var plainWishes = sync.OnceValue(func() []string {
	var out []string
	for _, w := range []string{
		"i want to die", "kill myself", "end my life", "take my own life", "want to be dead", "kms",
		"quiero morir", "quiero morirme", "matarme", "me voy a matar", "quitarme la vida", "suicidarme",
		"ich will sterben", "will nicht mehr leben", "mich umbringen", "bring ich mich um", "mir das leben nehmen",
		"je veux mourir", "me tuer", "me suicider", "mettre fin à mes jours",
	} {
		out = append(out, sentences(w)...)
	}
	return out
})

// keepsWish tells whether the match span of idiom i holds a plain wish
// that is not the idiom's own words, and so must stay read.
func (l *phraseList) keepsWish(i int, span string) bool {
	span += " "
	for _, wish := range plainWishes() {
		if !strings.Contains(span, wish+" ") {
			continue
		}
		for _, w := range strings.Fields(wish) {
			if !strings.Contains(l.sources[i], w) {
				return true
			}
		}
	}
	return false
}
