package coach

import (
	"fmt"
	"strings"
)

// Risk is how urgently a free text needs a safety response.
type Risk int

const (
	// RiskNone means the text shows no sign of crisis language.
	RiskNone Risk = iota
	// RiskReview means the text speaks of death, self-harm or hopelessness
	// in a way that is past, unclear or denied. The answer is a gentle,
	// direct question about safety now: not silence, and not the full alarm.
	RiskReview
	// RiskCrisis means the text expresses a wish or intent to die or to
	// self-harm, a farewell, a plan, or danger now. The normal flow stops
	// and the person gets crisis resources.
	RiskCrisis
)

// String returns the level's name as it appears in logs and tests.
func (r Risk) String() string {
	switch r {
	case RiskNone:
		return "none"
	case RiskReview:
		return "review"
	case RiskCrisis:
		return "crisis"
	}
	return fmt.Sprintf("Risk(%d)", int(r))
}

// AssessRisk screens one free text for crisis language in English, Spanish,
// German and French, and returns the highest level found in any sentence.
//
// The text is normalised first (case, accents, apostrophes, punctuation,
// contractions, chat spellings, repeated letters, numbers glued to words,
// the French "ne" that speech drops, and typing slips in key words:
// "wnat", "goign", "suicdal"), then split into sentences. In each
// sentence, fixed idioms such as "dying to try" are blanked, denials are
// set aside, and the crisis and review phrases are matched on whole words;
// a phrase that ends a sentence may be followed by fillers ("i have a plan
// tbh"). A crisis phrase near a marker of the past ("used to", "last
// year", "two years ago") counts as review, and so does one in a past
// tense that the sentence closes ("I wanted to die, not anymore"), unless
// the sentence also brings it back to now ("again", "tonight") or turns in
// between ("I used to be fine, but now I want to die"). So does a crisis
// phrase whose subject is someone else ("my friend wanted to die"), or
// that a negation right before it denies ("I'd never take my own life").
//
// A denial such as "I'm not suicidal" or "I would never hurt myself" is
// RiskReview, not RiskNone: someone who brings it up unasked is talking
// about it, denials are often partial, and one gentle question costs little
// while it neither pauses the plan nor alerts anyone. A denial with a hedge
// ("I'm not sure I won't hurt myself") is not a denial at all.
//
// It errs on the side of safety: a miss is a bug, a false alarm a cost.
func AssessRisk(text string) Risk {
	worst := RiskNone
	for _, sentence := range riskSentences(text) {
		worst = max(worst, riskScreening.assess(sentence))
		if worst == RiskCrisis {
			break
		}
	}
	return worst
}

// riskScreening is compiled once from the phrase lists of every language;
// the language of a message is never guessed, so all of them apply.
var riskScreening = mustCompileRiskScreen(riskEnglish, riskSpanish, riskGerman, riskFrench)

// riskScreen holds the compiled phrases of every kind.
type riskScreen struct {
	benign, negated, doubt, crisis, review, past, habit, over, tense, recent, others, denial *riskPhraseList
}

// riskBlank replaces a masked span; it is not a word, so no phrase and no
// gap can match across it.
const riskBlank = " ~"

// assess returns the level of one normalised sentence.
func (s *riskScreen) assess(sentence string) Risk {
	sentence = s.benign.mask(sentence)
	denials := s.negated.findAll(sentence)
	for _, m := range denials {
		if s.doubt.match(riskWindow(sentence, m[0], m[1], riskWindowBefore, riskWindowAfter)) {
			// "I'm not sure I won't hurt myself" denies nothing.
			return RiskCrisis
		}
	}
	sentence = s.negated.mask(sentence)
	if level := s.crisisLevel(sentence); level != RiskNone {
		return level
	}
	if denials != nil || s.review.match(sentence) {
		return RiskReview
	}
	return RiskNone
}

// crisisLevel is RiskCrisis when a crisis phrase speaks of now, RiskReview
// when every one of them is placed in the past, and RiskNone without any.
func (s *riskScreen) crisisLevel(sentence string) Risk {
	all := s.crisis.findAll(sentence)
	if all == nil {
		return RiskNone
	}
	matches := s.ownMatches(sentence, all)
	if matches == nil {
		return RiskReview
	}
	if s.recent.match(sentence) {
		return RiskCrisis
	}
	for _, m := range matches {
		if !s.inPast(sentence, m) {
			return RiskCrisis
		}
	}
	return RiskReview
}

// inPast tells whether the writer places a match in the past: a marker of
// the past close by ("last year"), "used to" right before it, or a past
// that a marker right after it closes: "i wanted to die, not anymore", "i
// used to think they'd be better off without me, not anymore". The past
// tense must be the match's own, or right before it: in "i thought about
// it and i want to die, no more" the wish is now.
func (s *riskScreen) inPast(sentence string, m []int) bool {
	near := riskWindow(sentence, m[0], m[1], riskHabitBefore, 0)
	if s.past.match(riskWindow(sentence, m[0], m[1], riskWindowBefore, riskWindowAfter)) || s.habit.match(near) {
		return true
	}
	if !s.over.match(sentence[m[1]:]) {
		return false
	}
	return s.tense.match(near) || s.habit.match(riskWindow(sentence, m[0], m[1], riskWindowBefore, 0))
}

// ownMatches drops the matches that speak of someone else or that the
// writer denies. Both are worth a gentle question, not the alarm.
func (s *riskScreen) ownMatches(sentence string, matches [][]int) [][]int {
	var own [][]int
	for _, m := range matches {
		if !s.aboutOthers(sentence, m) && !s.denied(sentence, m) {
			own = append(own, m)
		}
	}
	return own
}

// aboutOthers tells whether a match has someone else for its subject: in
// German "sie will sterben" is "she wants to die", and in English "they
// want to die" and "she wanted to die" use the writer's own verb forms. A
// match that names the writer ("they would be better off without me") is
// the writer's own.
func (s *riskScreen) aboutOthers(sentence string, m []int) bool {
	before := riskWindow(sentence, m[0], m[0], riskOthersBefore, 0)
	return s.others.match(before) && !riskNamesWriter(sentence[m[0]:m[1]])
}

// denied tells whether a negation governs a match: "i'd never take my own
// life", "i'm not planning to overdose". The denial phrases end where the
// match begins, with only auxiliaries between the negation and it, so "i'm
// not ok, i want to die" denies nothing. Denials listed as negated phrases
// are masked before this; this catches the ones nobody listed. A hedge
// ("not sure i won't") takes a denial back, as it does for listed ones.
func (s *riskScreen) denied(sentence string, m []int) bool {
	before := riskWindow(sentence, m[0], m[0], riskDenialBefore, 0)
	if !s.denial.match(before) {
		return false
	}
	return !s.doubt.match(riskWindow(sentence, m[0], m[1], riskWindowBefore, riskWindowAfter))
}

// riskFirstPerson are the words by which a phrase names the writer.
var riskFirstPerson = riskWordSet("i", "me", "my", "myself", "mine",
	"ich", "mich", "mir", "mein", "meine", "meinem", "meinen", "meiner", "meines",
	"yo", "mi", "mis", "conmigo", "je", "moi", "ma", "mon", "mes")

// riskNamesWriter tells whether a phrase match has a word for the writer.
func riskNamesWriter(match string) bool {
	for _, w := range strings.Fields(match) {
		if riskFirstPerson[w] {
			return true
		}
	}
	return false
}

// Words around a phrase in which a marker of the past or a hedge applies
// to it: enough for "last year I tried to kill myself" and "I tried to
// kill myself when I was 15", few enough that an earlier clause of a
// run-on sentence does not usually reach.
const (
	riskWindowBefore = 8
	riskWindowAfter  = 5
	// riskHabitBefore reaches from "used to" over a verb or two ("used to
	// think about", "used to want to") to the phrase, and no further.
	riskHabitBefore = 4
	// riskOthersBefore reaches the subject right before the verb ("my
	// best friend wanted to"), and no further.
	riskOthersBefore = 4
	// riskDenialBefore reaches from a negation over a few auxiliaries
	// ("never would have wanted to") to the phrase.
	riskDenialBefore = 5
)

// riskTurnWords end the words before a phrase that a marker can apply
// from: in "I used to be fine, but now I want to die", "used to" is about
// being fine.
var riskTurnWords = riskWordSet("now", "but", "today", "ahora", "pero", "hoy",
	"jetzt", "aber", "heute", "maintenant", "mais", "aujourd'hui")

// riskWindow returns the match at [start, end) of sentence with a few words
// on either side, starting with a space as phrases expect.
func riskWindow(sentence string, start, end, before, after int) string {
	from := start
	for range before {
		prev := strings.LastIndexByte(sentence[:from], ' ')
		if prev < 0 || riskTurnWords[sentence[prev+1:from]] {
			break
		}
		from = prev
	}
	to := end
	for range after {
		if to >= len(sentence) {
			break
		}
		next := strings.IndexByte(sentence[to+1:], ' ')
		if next < 0 {
			to = len(sentence)
			break
		}
		to += 1 + next
	}
	return sentence[from:to]
}

// riskWordSet normalises words as the text is.
func riskWordSet(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[riskNormalWord(strings.TrimSpace(riskFoldText(w)))] = true
	}
	return set
}
