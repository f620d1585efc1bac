package risk

import (
	"strings"
	"sync"
)

// A Review whose words already answer yes to one of the ASQ's screening
// items (NIMH's Ask Suicide-Screening Questions) is more than a worry: the
// ASQ scores any yes to items 1-4 as a positive screen, so "I'm safe" to
// the safety question that follows makes it at least a non-acute positive
// (Finding.Wish; the coach acts on it). The items answered by words are:
//
//   - 1, "wished you were dead", said as a passive wish that intent.go
//     holds back: "wouldn't mind if i didn't wake up", "no me importaría
//     no despertar", "hätte nichts dagegen, nicht aufzuwachen", "wish a bus
//     would hit me so i wouldn't have to…";
//   - 2, "your family would be better off if you were dead": "they'd be
//     better off without me", "estarían mejor sin mí", "ohne mich besser
//     dran", "ils seraient mieux sans moi";
//   - 4, "ever tried to kill yourself": an attempt placed in the past, "i
//     tried to kill myself in 2019".
//
// Other held phrases answer none of them and are left out: a burden with
// nobody better off ("i feel like such a burden"), "nobody would notice",
// an ambivalence ("no ganas de vivir, pero tampoco de morir"), an urge to
// self-harm resisted. So are a wish placed in the past ("i used to think
// they'd be better off without me, not anymore": the items ask about the
// past few weeks), someone else's, a denial, and what someone asked about.

// wishWords are the words that make a held or review phrase one of the
// items, as the writer would type them; wishMarkers normalises them as a
// text is, so that "wouldn't" and "would not" are one.
var wishWords = []string{
	// Item 1: a passive wish to be dead.
	"would not mind", "will not mind", "would not care", "will not care",
	"would hit me", "will hit me",
	"no me importaría", "no me importaria", "me atropelle", "me atropellara", "me atropellase",
	"nichts dagegen",
	// Item 2: others better off without the writer.
	"better off without me", "beter of without me",
	"mejor sin mí", "más felices sin mí", "bien sin mí",
	"ohne mich besser dran", "ohne mich beser dran",
	"mieux sans moi",
}

var wishMarkers = sync.OnceValue(func() []string {
	var out []string
	for _, w := range wishWords {
		for _, line := range lines(w) {
			for _, s := range line {
				out = append(out, s)
			}
		}
	}
	return out
})

// attemptWords say that a crisis phrase placed in the past was an attempt
// (item 4), as a normalised word right before it or in it.
var attemptWords = wordSet("tried", "attempted", "attempt", "overdosed",
	"intente", "intento", "intentado", "versucht", "versuchte", "probiert",
	"essaye", "tente", "tentative")

// wishAmong tells whether a text whose level is Review says, as its
// writer's own and of now, one of the items above, given the sentences of
// it that are Review on their own (screenLines collects them).
func (s *screen) wishAmong(review []string) bool {
	for _, sentence := range review {
		if s.wishIn(sentence) {
			return true
		}
	}
	return false
}

// wishIn reads one normalised sentence of Review: a held or review phrase
// with a wish marker, the writer's own and not placed in the past, or a
// crisis phrase of the writer's own placed in the past with a word of an
// attempt.
func (s *screen) wishIn(sentence string) bool {
	sentence = s.negated.mask(s.benign.mask(sentence))
	for _, sp := range append(s.held.findAll(sentence), s.review.findAll(sentence)...) {
		if saysWish(sentence[sp[0]:sp[1]]) && s.ownMatches(sentence, [][]int{sp}) != nil && !s.inPast(sentence, sp) && !thoughtNotNow(sentence, sp) {
			return true
		}
	}
	for _, m := range s.ownMatches(sentence, s.crisis.findAll(sentence)) {
		if !s.inPast(sentence, m) {
			continue
		}
		for _, w := range strings.Fields(window(sentence, m[0], m[1], 3, 0)) {
			if attemptWords[w] {
				return true
			}
		}
	}
	return false
}

// saysWish tells whether a phrase's words hold a wish marker.
func saysWish(span string) bool {
	span = " " + strings.TrimSpace(span) + " "
	for _, m := range wishMarkers() {
		if strings.Contains(span, " "+strings.TrimSpace(m)+" ") {
			return true
		}
	}
	return false
}
