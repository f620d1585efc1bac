package activity

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/aftercare/aftercare/coach/lang"
)

// Value is something a person said matters to them. Values are stored on
// the person as they are, so they are never renamed.
type Value string

// The values an activity can serve.
const (
	ValueConnection  Value = "connection"
	ValueCreativity  Value = "creativity"
	ValueCalm        Value = "calm"
	ValueSelfCare    Value = "self-care"
	ValueAchievement Value = "achievement"
	ValueNature      Value = "nature"
	ValueLearning    Value = "learning"
)

// values are in the fixed order menus show them; their words are the
// messages value.<value>.label and .phrase.
var values = []Value{ValueConnection, ValueCreativity, ValueCalm, ValueSelfCare, ValueAchievement, ValueNature, ValueLearning}

// Values returns every value, in the fixed order menus show them.
func Values() []Value {
	return slices.Clone(values)
}

// Label is a value in the person's words, in English; an unknown value is
// shown as it is. Label, Phrase and DoneAck are English for tests that
// have no person: buttons, /settings and replies say the In forms.
func Label(v Value) string { return LabelIn(lang.For(lang.Default), v) }

// LabelIn is Label in w's language.
func LabelIn(w lang.Printer, v Value) string {
	if !Known(v) {
		return string(v)
	}
	return w.T("value." + string(v) + ".label")
}

// Phrase is a value as it reads inside a sentence spoken to the person
// ("something for the people you care about"), in English; an unknown
// value is shown as it is.
func Phrase(v Value) string { return PhraseIn(lang.For(lang.Default), v) }

// PhraseIn is Phrase in w's language.
func PhraseIn(w lang.Printer, v Value) string {
	if !Known(v) {
		return string(v)
	}
	return w.T("value." + string(v) + ".phrase")
}

// Known reports whether v is one of Values.
func Known(v Value) bool {
	return slices.Contains(Values(), v)
}

// Kind is the behavioural-activation kind of an activity.
type Kind string

// The kinds: pleasant (enjoyed for itself), social (with or towards
// someone), mastery (a small thing done, a small skill used).
const (
	KindPleasant Kind = "pleasant"
	KindSocial   Kind = "social"
	KindMastery  Kind = "mastery"
)

// Activity is one valued activity from the library.
type Activity struct {
	ID     string // stable: stored in a day's record; starts with "do-", never a nudge's ID
	Text   string
	Kind   Kind
	Values []Value
	// Seated marks an activity done sitting or lying down, the only kind
	// offered on a day of a lot of dizziness or feeling unreal.
	Seated bool
	// Outdoor marks an activity that means going outside.
	Outdoor bool
}

// Serves reports whether the activity serves v.
func (a Activity) Serves(v Value) bool {
	return slices.Contains(a.Values, v)
}

// Library returns a copy of every activity.
func Library() []Activity {
	out := slices.Clone(library)
	for i := range out {
		out[i].Values = slices.Clone(out[i].Values)
	}
	return out
}

// ByID finds an activity by its ID.
func ByID(id string) (Activity, bool) {
	for _, a := range library {
		if a.ID == id {
			a.Values = slices.Clone(a.Values)
			return a, true
		}
	}
	return Activity{}, false
}

// Offered is the rule for a day of the plan: it reports whether the day's
// idea is a valued activity rather than movement. daysSinceSession is 0 on
// the session day; a person with no values, or with no session known
// (below 0), always gets movement.
func Offered(daysSinceSession int, hasValues bool) bool {
	return hasValues && daysSinceSession >= 2 && daysSinceSession%2 == 0
}

// Input is what Choose looks at.
type Input struct {
	Values     []Value  // what the person said matters to them
	Recent     []string // IDs sent in the last week, in any order
	SeatedOnly bool     // only activities done sitting or lying down
	Seed       uint64   // breaks ties, so equal inputs give equal answers
}

// Choose picks an activity that serves at least one of the person's values,
// preferring one not sent recently and then one serving more of them. It
// returns false when the person named no value or nothing fits.
func Choose(in Input) (Activity, bool) {
	score := func(a Activity) int {
		n := 0
		for _, v := range in.Values {
			if a.Serves(v) {
				n++
			}
		}
		if n > 0 && !slices.Contains(in.Recent, a.ID) {
			n += 100 // fresh first: a repeat only when every fitting one was sent
		}
		return n
	}
	best, ties := 0, []Activity(nil)
	for _, a := range library {
		if in.SeatedOnly && !a.Seated {
			continue
		}
		switch s := score(a); {
		case s == 0:
		case s > best:
			best, ties = s, []Activity{a}
		case s == best:
			ties = append(ties, a)
		}
	}
	if len(ties) == 0 {
		return Activity{}, false
	}
	rng := rand.New(rand.NewPCG(in.Seed, uint64(len(in.Recent))))
	a := ties[rng.IntN(len(ties))]
	a.Values = slices.Clone(a.Values)
	return a, true
}

// DoneAck thanks the person for a valued activity they did. It does not
// call it movement, count anything, or ask for more.
func DoneAck(seed uint64) string { return DoneAckIn(lang.For(lang.Default), seed) }

// DoneAckIn is DoneAck in w's language: one of four, chosen by seed.
func DoneAckIn(w lang.Printer, seed uint64) string {
	return w.T(fmt.Sprintf("activity.done_ack%d", seed%4+1))
}

// TextIn is the activity's text in w's language.
func TextIn(w lang.Printer, a Activity) string {
	return w.T("activity.text." + a.ID)
}
