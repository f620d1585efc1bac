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

// thoughtFillers may stand between a negation and the thought verb it
// denies: "i do not really feel like", "i did not even think".
var thoughtFillers = wordSet("do", "does", "did", "really", "even", "actually", "just", "honestly")

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
		if negatedVerb(words, i) {
			return true
		}
	}
	return false
}

// negatedVerb tells whether the thought verb at words[i] is itself denied:
// "not" or "never" right before it, past its auxiliaries and adverbs ("do
// not really feel"), or "no longer". A negation of an earlier clause is
// not the verb's: in "im not ok i feel like they would be better off
// without me tonight" the thought is held, and the time with it is Crisis.
func negatedVerb(words []string, i int) bool {
	j := i - 1
	for j >= 0 && thoughtFillers[words[j]] {
		j--
	}
	switch {
	case j < 0:
		return false
	case words[j] == "not" || words[j] == "never":
		return true
	default:
		return words[j] == "longer" && j >= 1 && words[j-1] == "no"
	}
}
