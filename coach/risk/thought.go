package risk

import "strings"

// A burden thought or a wish framed as a thought the writer no longer has
// or does not have ("i used to think everyone would be better off without
// me", "i don't feel like they'd be better off without me anymore") is not
// held now: a time after it ("… tonight feels different, lighter") is no
// time set for it, and it answers none of the ASQ's questions, which ask
// about the past few weeks. Unlike "used to" before a verb (habit), the
// thought verb stands between the frame and the phrase, a few words
// before it: "they'd be better off without me. tonight." stays Crisis,
// and "i don't know, they'd be better off without me" is no such frame.

// thoughtVerbs are the verbs of the frame, as normalised text spells them.
var thoughtVerbs = wordSet("think", "thought", "feel", "fel", "felt", "believe", "believed")

// thoughtNegations make the frame a thought not held; "used to" makes it
// one held no longer.
var thoughtNegations = wordSet("not", "never", "longer")

// thoughtReach is how many words may stand between the thought verb and
// the phrase ("like they would be", "that everyone would be").
const thoughtReach = 4

// thoughtNotNow tells whether the match at m is framed as a thought in the
// past ("used to think") or denied ("do not feel like", "no longer think").
func thoughtNotNow(sentence string, m []int) bool {
	words := strings.Fields(window(sentence, m[0], m[0], windowBefore, 0))
	for i := len(words) - 1; i >= 0 && len(words)-1-i <= thoughtReach; i-- {
		if turnWords[words[i]] {
			return false
		}
		if !thoughtVerbs[words[i]] {
			continue
		}
		if i >= 2 && words[i-2] == "used" && words[i-1] == "to" {
			return true
		}
		for j := max(0, i-3); j < i; j++ {
			if thoughtNegations[words[j]] {
				return true
			}
		}
	}
	return false
}
