package nudge

import (
	"slices"
	"strconv"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
)

// The acknowledgements below are messages (nudge.done_ack1, …) in the
// person's language; the functions without In say them in English, for
// tests that have no person. Every reply to a person says the In form.

// DoneAck thanks the person, in English, for movement they did.
func DoneAck(minutes int, activity Activity, seed uint64) string {
	return DoneAckIn(lang.For(lang.Default), minutes, activity, seed)
}

// DoneAckIn thanks the person for movement they did. Variants rotate with
// seed; none uses an exclamation mark or counts days, because a done nudge
// is enough on its own and a missed one breaks nothing.
func DoneAckIn(w lang.Printer, minutes int, activity Activity, seed uint64) string {
	key := "nudge.done_ack" + strconv.Itoa(int(seed%5)+1)
	return lang.Capital(w.T(key, lang.Args{"What": doneWhat(w, minutes, activity)}))
}

// doneWhat names what was done, such as "10 minutes of walking".
func doneWhat(w lang.Printer, minutes int, activity Activity) string {
	doing := w.T("nudge.doing.any")
	if slices.Contains(Activities(), activity) {
		doing = w.T("nudge.doing." + string(activity))
	}
	return minutesOf(w, minutes, doing)
}

// minutesOf says minutes of doing: "10 minutes of walking", or "some
// walking" when the minutes are not known.
func minutesOf(w lang.Printer, minutes int, doing string) string {
	if minutes <= 0 {
		return w.T("nudge.done_some", lang.Args{"Doing": doing})
	}
	return w.N("nudge.done_what", minutes, lang.Args{"Doing": doing})
}

// NotTodayAck answers "not today", in English.
func NotTodayAck(seed uint64) string { return NotTodayAckIn(lang.For(lang.Default), seed) }

// NotTodayAckIn answers "not today". It is an answer like any other: it
// says so, and asks nothing more.
func NotTodayAckIn(w lang.Printer, seed uint64) string {
	return w.T("nudge.not_today_ack" + strconv.Itoa(int(seed%4)+1))
}

// SnoozeAck confirms a snooze, in English.
func SnoozeAck(after time.Duration, seed uint64) string {
	return SnoozeAckIn(lang.For(lang.Default), after, seed)
}

// SnoozeAckIn confirms a snooze and says when the nudge comes back; a zero
// or negative delay is described as "in a little while".
func SnoozeAckIn(w lang.Printer, after time.Duration, seed uint64) string {
	return w.T("nudge.snooze_ack"+strconv.Itoa(int(seed%3)+1), lang.Args{"Delay": delayPhrase(w, after)})
}

// delayPhrase says a delay in words, rounded to whole minutes.
func delayPhrase(w lang.Printer, d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	hours, rest := m/60, m%60
	switch {
	case d <= 0:
		return w.T("nudge.delay.little_while")
	case m <= 1:
		return w.T("nudge.delay.minute")
	case hours == 0:
		return w.N("nudge.delay.minutes", m)
	case rest == 0:
		return w.N("nudge.delay.hours", hours)
	case hours == 1 && rest == 30:
		return w.T("nudge.delay.hour_and_half")
	}
	return w.T("nudge.delay.mixed", lang.Args{"Hours": w.N("nudge.delay.hours_words", hours), "Minutes": rest})
}

// PracticeAck acknowledges a practice, in English.
func PracticeAck(minutes int, activity Activity, seed uint64) string {
	return PracticeAckIn(lang.For(lang.Default), minutes, activity, seed)
}

// PracticeAckIn acknowledges a breathing or relaxation idea
// (Nudge.Practice) as practice: it is logged, and it is not called
// movement, because it is kept out of the minutes moved and the WHO's 150.
func PracticeAckIn(w lang.Printer, minutes int, activity Activity, seed uint64) string {
	doing := w.T("nudge.practice_breathing")
	if activity != ActivityBreathing {
		doing = w.T("nudge.practice_rest")
	}
	what := lang.Capital(minutesOf(w, minutes, doing))
	return w.T("nudge.practice_logged", lang.Args{"What": what}) + " " + w.T("nudge.practice_ack"+strconv.Itoa(int(seed%3)+1))
}
