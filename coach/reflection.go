package coach

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// reflectionDays is how many days after a session bring a reflection prompt.
const reflectionDays = 4

// MaxReflectionLen bounds a reflection, as a note is bounded.
const MaxReflectionLen = MaxNoteLen

// reflectionPromptsIn are the questions in w's language (reflect.q1-q4).
func reflectionPromptsIn(w lang.Printer) [reflectionDays]string {
	var out [reflectionDays]string
	for i := range out {
		out[i] = w.T("reflect.q" + strconv.Itoa(i+1))
	}
	return out
}

// ReflectionPrompt returns the question of the nth day after a session
// (1-4) in English, and false for any other day. English is for readers
// with no language of their own here (a therapist's digest, the web view);
// a person reads reflectionPromptIn.
func ReflectionPrompt(n int) (string, bool) {
	return reflectionPromptIn(lang.For(lang.Default), n)
}

// reflectionPromptIn is ReflectionPrompt in w's language.
func reflectionPromptIn(w lang.Printer, n int) (string, bool) {
	if n < 1 || n > reflectionDays {
		return "", false
	}
	return w.T("reflect.q" + strconv.Itoa(n)), true
}

// afterCheckIn rides on the end of a check-in. The reflection (or, the day
// before a session, the intention prompt) is offered as the check-in's
// last, optional step rather than as a message of its own: the plan's
// three messages a day and its quiet hours then hold by construction, the
// day's movement idea keeps its place, and the question comes when the
// person has already stopped to look at their day. It comes once a day,
// never in quiet hours, never beside a crisis reply, a waiting safety
// question or the low-mood note, and never during a pause.
func (c *Coach) afterCheckIn(ctx context.Context, person string, a Action) func([]Message, error) ([]Message, error) {
	return func(msgs []Message, err error) ([]Message, error) {
		if err != nil || (a.Verb != VerbAnswer && a.Verb != VerbNote) || a.Day == "" || len(msgs) == 0 {
			return msgs, err
		}
		for _, m := range msgs {
			if m.Crisis || len(m.Buttons) > 0 || m.Input != nil {
				return msgs, nil // the check-in goes on, or something more important waits
			}
		}
		offer, ok, oerr := c.integrationOffer(ctx, person, a.Day)
		if oerr != nil {
			c.log.Warn("integration offer failed", "err", oerr)
			return msgs, nil // the check-in is saved; the offer can wait for another day
		}
		if ok {
			msgs = append(msgs, offer)
		}
		return msgs, nil
	}
}

// integrationOffer decides what, if anything, follows a closed check-in:
// the person is read again, as the answer may have changed them (a note
// that raised the safety question).
func (c *Coach) integrationOffer(ctx context.Context, person string, day localtime.Day) (Message, bool, error) {
	p, err := c.store.Person(ctx, person)
	if err != nil {
		return Message{}, false, fmt.Errorf("load person: %w", err)
	}
	now := c.clock.Now()
	if p.Status != StatusActive || p.Unreachable || now.Before(p.PausedUntil) || p.Asking.Kind != "" {
		return Message{}, false, nil
	}
	loc, err := p.Location()
	if err != nil {
		return Message{}, false, err
	}
	local := now.In(loc)
	if localtime.DayOf(now, loc) != day || InQuietHours(localtime.LocalTime{Hour: local.Hour(), Minute: local.Minute(), Set: true}) {
		return Message{}, false, nil // a late check-in closes quietly: rest matters more at night
	}
	ci, err := c.checkIn(ctx, p.ID, day)
	if err != nil {
		return Message{}, false, err
	}
	if _, open := ci.Next(); open || !ci.Crisis.IsZero() || ci.LowMood != "" {
		return Message{}, false, nil // a day that brought the low-mood note asks nothing more
	}
	if msg, ok, err := c.intentionOffer(ctx, p, day); ok || err != nil {
		return msg, ok, err
	}
	n, session, err := c.daysAfterSession(ctx, p, day)
	if err != nil {
		return Message{}, false, err
	}
	_, ok := ReflectionPrompt(n)
	if !ok || !ci.Integration.ReflectionAsked.IsZero() || ci.Integration.ReflectionDone {
		return Message{}, false, nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, day, fieldReflectionOffered, now.UTC().Format(time.RFC3339)); err != nil {
		return Message{}, false, fmt.Errorf("mark reflection offered: %w", err)
	}
	return reflectionOffer(p.words(), day, n, session.Integration.Intention), true, nil
}

func reflectionOffer(w lang.Printer, day localtime.Day, n int, intention string) Message {
	var b strings.Builder
	if n == 1 {
		b.WriteString(w.T("reflect.intro") + " ")
		if intention != "" {
			b.WriteString(w.T("reflect.intention", lang.Args{"Intention": clip(intention, 120)}) + " ")
		}
	}
	b.WriteString(w.T("reflect.one_question", lang.Args{"Question": reflectionPromptsIn(w)[n-1]}))
	v := strconv.Itoa(n)
	return Message{Title: w.T("reflect.title"), Text: b.String(), Buttons: []Button{
		{Label: w.T("reflect.write"), Action: Action{Verb: VerbReflect, Day: day, Field: "write", Value: v}},
		{Label: w.T("reflect.not_today"), Action: Action{Verb: VerbReflect, Day: day, Field: "skip", Value: v}},
	}}
}

// daysAfterSession is how many days a day comes after the last session on
// or before it (-1 when there is none), with that session's day.
func (c *Coach) daysAfterSession(ctx context.Context, p Person, day localtime.Day) (int, CheckIn, error) {
	loc, err := p.Location()
	if err != nil {
		return -1, CheckIn{}, err
	}
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil {
		return -1, CheckIn{}, fmt.Errorf("load sessions: %w", err)
	}
	last, ok := sessionOnOrBefore(sessions, day, loc)
	if !ok {
		return -1, CheckIn{}, nil
	}
	sd, err := c.checkIn(ctx, p.ID, last)
	return daysBetween(last, day), sd, err
}

// sessionOnOrBefore is the day of the last session on or before day: a
// session logged ahead does not count before it happens.
func sessionOnOrBefore(sessions []TherapySession, day localtime.Day, loc *time.Location) (localtime.Day, bool) {
	for i := len(sessions) - 1; i >= 0; i-- {
		if d := localtime.DayOf(sessions[i].At, loc); d <= day {
			return d, true
		}
	}
	return "", false
}

func daysBetween(from, to localtime.Day) int {
	y1, m1, d1 := from.Date()
	y2, m2, d2 := to.Date()
	a := time.Date(y1, m1, d1, 12, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Round(24*time.Hour) / (24 * time.Hour))
}

func reflectionInput(w lang.Printer, day localtime.Day, n int, problem string) Message {
	q := reflectionPromptsIn(w)[n-1]
	return Message{
		Text: problem + q + " " + w.T("reflect.few_words"),
		Input: &Input{Action: Action{Verb: VerbReflect, Day: day, Field: strconv.Itoa(n)}, Title: w.T("reflect.title"),
			Label: clip(q, 45), Long: true, MaxLen: MaxReflectionLen},
	}
}

// reflectionPress handles "Write a few words" and "Not today".
func (c *Coach) reflectionPress(ctx context.Context, p Person, a Action) ([]Message, error) {
	n, err := strconv.Atoi(a.Value)
	if _, ok := ReflectionPrompt(n); err != nil || !ok || !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	ci, err := c.checkIn(ctx, p.ID, a.Day)
	if err != nil {
		return nil, err
	}
	if ci.Integration.ReflectionDone {
		return []Message{{Text: p.words().T("reflect.already")}}, nil
	}
	if a.Field == "write" {
		return []Message{reflectionInput(p.words(), a.Day, n, "")}, nil
	}
	if err := c.store.SaveFields(ctx, p.ID, a.Day, map[string]string{fieldReflection: "", fieldReflectionQ: a.Value}); err != nil {
		return nil, fmt.Errorf("skip reflection: %w", err)
	}
	return []Message{{Text: p.words().T("reflect.skipped")}}, nil
}

// reflectionSubmit screens and keeps a reflection. Like a note, one that
// screens as a crisis is kept (it is the person's own words) and answered
// with crisis resources only.
func (c *Coach) reflectionSubmit(ctx context.Context, p Person, a Action, text string) ([]Message, error) {
	n, err := strconv.Atoi(a.Field)
	if _, ok := ReflectionPrompt(n); err != nil || !ok || !p.Onboarded() || a.Day == "" {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	msgs, stop, err := c.screen(ctx, &p, text)
	if err != nil {
		return msgs, err
	}
	switch r := len([]rune(text)); {
	case r > MaxReflectionLen && !stop:
		return append(msgs, reflectionInput(p.words(), a.Day, n, p.words().T("reflect.too_long", lang.Args{"Max": MaxReflectionLen}))), nil
	case r > MaxReflectionLen:
		text = string([]rune(text)[:MaxReflectionLen])
	case strings.TrimSpace(text) == "":
		return append(msgs, reflectionInput(p.words(), a.Day, n, p.words().T("reflect.empty"))), nil
	}
	if err := c.store.SaveFields(ctx, p.ID, a.Day, map[string]string{fieldReflection: text, fieldReflectionQ: a.Field}); err != nil {
		return nil, fmt.Errorf("save reflection: %w", err)
	}
	if stop {
		return msgs, nil
	}
	return append([]Message{{Text: p.words().T("reflect.kept")}}, msgs...), nil
}

// integrationMessage lists the intentions and reflections of the days
// from..to, for /summary; ok is false when there are none. A reflection
// answers a session whose day may lie just before from: that session's
// intention is shown with it (see reflectedIntention), so that the words
// a person went in with stay beside what they took from it.
func integrationMessage(w lang.Printer, days []CheckIn, from, to localtime.Day) (Message, bool) {
	var b strings.Builder
	intentions, reflections := 0, 0
	day := func(d localtime.Day) string {
		y, m, dd := d.Date()
		return w.Day(time.Date(y, m, dd, 12, 0, 0, 0, time.UTC))
	}
	if d, ok := reflectedIntention(days, from, to); ok {
		b.WriteString(w.T("intention.list_intention", lang.Args{"Day": day(d.Day), "Intention": d.Integration.Intention}) + "\n")
		intentions++
	}
	for _, d := range days {
		if d.Day < from || d.Day > to {
			continue
		}
		if d.Integration.Intention != "" {
			b.WriteString(w.T("intention.list_intention", lang.Args{"Day": day(d.Day), "Intention": d.Integration.Intention}) + "\n")
			intentions++
		}
		if _, ok := ReflectionPrompt(d.Integration.ReflectionQ); ok && d.Integration.Reflection != "" {
			q := reflectionPromptsIn(w)[d.Integration.ReflectionQ-1]
			b.WriteString(w.T("intention.list_reflection", lang.Args{"Day": day(d.Day), "Question": q, "Reflection": d.Integration.Reflection}) + "\n")
			reflections++
		}
	}
	if b.Len() == 0 {
		return Message{}, false
	}
	return Message{Title: integrationTitle(w, intentions, reflections), Text: strings.TrimSpace(b.String())}, true
}

// reflectedIntention is the intention of the latest session day in the
// reflectionDays before from, when a reflection from..to follows it and no
// intention from..to comes first.
func reflectedIntention(days []CheckIn, from, to localtime.Day) (CheckIn, bool) {
	var before CheckIn
	for _, d := range days {
		switch {
		case d.Day < from.AddDays(-reflectionDays) || d.Day > to:
		case d.Day < from:
			if d.Integration.Intention != "" {
				before = d
			}
		case d.Integration.Intention != "":
			return CheckIn{}, false // a session inside the days: its own intention comes first
		case d.Integration.Reflection != "" && before.Day != "":
			return before, true
		}
	}
	return CheckIn{}, false
}

// integrationTitle names what integrationMessage lists, so that a heading
// never promises an intention that is not below it.
func integrationTitle(w lang.Printer, intentions, reflections int) string {
	intention := "intention"
	if intentions > 1 {
		intention = "intentions"
	}
	reflection := "reflection"
	if reflections > 1 {
		reflection = "reflections"
	}
	switch {
	case reflections == 0:
		return w.T("intention.title_" + intention)
	case intentions == 0:
		return w.T("intention.title_" + reflection)
	}
	return w.T("intention.title_" + intention + "_" + reflection)
}

// integrationDigest is what a therapist's digest row adds when the patient
// shares their reflections: the intention and reflections of the week.
func integrationDigest(w lang.Printer, sc Scope, days []CheckIn, today localtime.Day) string {
	if !sc.Reflections {
		return ""
	}
	var b strings.Builder
	for _, d := range days {
		if d.Day <= today.AddDays(-7) {
			continue
		}
		if d.Integration.Intention != "" {
			b.WriteString("\n    " + w.T("digest.intention", lang.Args{"Day": LongDay(w, d.Day), "Text": clip(d.Integration.Intention, 200)}))
		}
		if n := d.Integration.ReflectionQ; n >= 1 && n <= reflectionDays && d.Integration.Reflection != "" {
			b.WriteString("\n    " + w.T("digest.reflection", lang.Args{"Day": LongDay(w, d.Day), "Question": reflectionPromptsIn(w)[n-1], "Text": clip(d.Integration.Reflection, 200)}))
		}
	}
	return b.String()
}

// summaryIntegration adds the week's intention and reflections to /summary.
func (c *Coach) summaryIntegration(ctx context.Context, p Person, msgs []Message) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	today := localtime.DayOf(c.clock.Now(), loc)
	days, err := c.store.CheckIns(ctx, p.ID, today.AddDays(-6-reflectionDays), today.AddDays(maxAhead))
	if err != nil {
		return nil, fmt.Errorf("load reflections: %w", err)
	}
	if m, ok := integrationMessage(p.words(), days, today.AddDays(-6), today.AddDays(maxAhead)); ok {
		msgs = append(msgs, m)
	}
	return msgs, nil
}
