package coach

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// Symptom is one acute effect of a ketamine dose that the session evening
// and the day after ask about.
type Symptom string

// The symptoms asked about, in the order they are shown.
const (
	SymptomDizziness Symptom = "dizziness"
	SymptomNausea    Symptom = "nausea"
	SymptomHeadache  Symptom = "headache"
	SymptomUnreal    Symptom = "unreal" // feeling unreal, or detached
)

var symptoms = []struct {
	Symptom Symptom
	Label   string
}{
	{SymptomDizziness, "Dizziness"},
	{SymptomNausea, "Nausea"},
	{SymptomHeadache, "Headache"},
	{SymptomUnreal, "Feeling unreal"},
}

// The levels of a symptom, as stored.
const (
	EffectNone   = 0
	EffectLittle = 1
	EffectLot    = 2
)

var effectWords = [...]string{"none", "a little", "a lot"}

// SideEffects is one day's answers to the side-effect question.
type SideEffects struct {
	// Levels holds each answered symptom's level, EffectNone to EffectLot.
	Levels map[Symptom]int `json:"levels,omitempty"`
	// Skipped says the person chose not to answer.
	Skipped bool `json:"skipped,omitempty"`
}

// Done reports whether the question needs no more answers.
func (s SideEffects) Done() bool { return s.Skipped || len(s.Levels) == len(symptoms) }

// Asked reports whether anything was answered or skipped.
func (s SideEffects) Asked() bool { return s.Skipped || len(s.Levels) > 0 }

// SeatedOnly reports whether the day's movement ideas are to be done
// sitting or lying down: a lot of dizziness or of feeling unreal.
func (s SideEffects) SeatedOnly() bool {
	return s.Levels[SymptomDizziness] == EffectLot || s.Levels[SymptomUnreal] == EffectLot
}

// Text describes the answers in a line, such as "dizziness a little,
// nausea none, …", or "skipped", in English: for the export's CSV, whose
// columns a program reads by their English names. A person reads TextIn.
func (s SideEffects) Text() string {
	return s.TextIn(lang.For(lang.Default))
}

// TextIn is Text in w's language.
func (s SideEffects) TextIn(w lang.Printer) string {
	if !s.Asked() {
		return ""
	}
	var parts []string
	for _, sy := range symptoms {
		if v, ok := s.Levels[sy.Symptom]; ok {
			parts = append(parts, w.T("effects.in_text."+string(sy.Symptom))+" "+w.T("effects.level"+strconv.Itoa(v)))
		}
	}
	if s.Skipped && len(parts) == 0 {
		return w.T("effects.skipped")
	}
	return strings.Join(parts, ", ")
}

// fieldEffectPrefix starts a side-effect field's name: "fx:dizziness", and
// "fx:skip" for a skipped question. They are sealed at rest (SensitiveField).
const (
	fieldEffectPrefix = "fx:"
	fieldEffectSkip   = fieldEffectPrefix + "skip"
)

func sideEffectsFromFields(fields map[string]string) SideEffects {
	var s SideEffects
	for _, sy := range symptoms {
		v, err := strconv.Atoi(fields[fieldEffectPrefix+string(sy.Symptom)])
		if err != nil || v < EffectNone || v > EffectLot {
			continue
		}
		if s.Levels == nil {
			s.Levels = map[Symptom]int{}
		}
		s.Levels[sy.Symptom] = v
	}
	_, s.Skipped = fields[fieldEffectSkip]
	return s
}

// What follows a completed side-effect question, carried in its actions.
const (
	effectsThenCheckIn = "c"
	effectsThenNudge   = "n"
)

// sideEffectsDue reports whether a day asks the side-effect question: the
// day of a session that has taken place, and the day after. sessionDay
// tells which.
func (c *Coach) sideEffectsDue(ctx context.Context, p Person, day localtime.Day) (due, sessionDay bool, err error) {
	loc, err := p.Location()
	if err != nil {
		return false, false, err
	}
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil {
		return false, false, fmt.Errorf("load sessions for the side-effect question: %w", err)
	}
	now := c.clock.Now()
	for _, s := range sessions {
		if s.At.After(now) {
			continue // logged ahead: not yet
		}
		switch localtime.DayOf(s.At, loc) {
		case day:
			return true, true, nil
		case day.AddDays(-1):
			due = true
		}
	}
	return due, false, nil
}

// sideEffectQuestion asks about all four symptoms in one message: a row of
// three buttons for each (12, within Discord's five rows of five), and a
// last row to answer "none" for the rest at once, or skip.
func sideEffectQuestion(w lang.Printer, day localtime.Day, s SideEffects, then string, sessionDay bool) Message {
	text := w.T("effects.question_session")
	if !sessionDay {
		text = w.T("effects.question_next_day")
	}
	if s.Asked() {
		text = w.T("effects.question_others")
	}
	act := func(field, value string) Action {
		return Action{Verb: VerbSideEffect, Day: day, Field: then + ":" + field, Value: value}
	}
	var buttons []Button
	for _, sy := range symptoms {
		if _, done := s.Levels[sy.Symptom]; done {
			continue
		}
		for v := range effectWords {
			label := w.T("effects.option", lang.Args{"Symptom": w.T("effects." + string(sy.Symptom)), "Level": w.T("effects.level" + strconv.Itoa(v))})
			buttons = append(buttons, Button{Label: label, Action: act(string(sy.Symptom), strconv.Itoa(v))})
		}
	}
	none := w.T("effects.none")
	if s.Asked() {
		none = w.T("effects.none_others")
	}
	buttons = append(buttons, Button{Label: none, Action: act("rest", "0")}, Button{Label: w.T("checkin.skip"), Action: act("skip", "1")})
	return Message{Text: text, Buttons: buttons, Columns: len(effectWords)}
}

// answerSideEffect saves one press on the side-effect question, asks about
// the symptoms left, and once none are left goes on with what it came
// before: the check-in, or the day's movement idea.
func (c *Coach) answerSideEffect(ctx context.Context, p Person, a Action) ([]Message, error) {
	then, field, _ := strings.Cut(a.Field, ":")
	v, err := strconv.Atoi(a.Value)
	if !p.Onboarded() || (then != effectsThenCheckIn && then != effectsThenNudge) || err != nil || v < EffectNone || v > EffectLot {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	ci, err := c.checkIn(ctx, p.ID, a.Day)
	if err != nil {
		return nil, err
	}
	fields := map[string]string{}
	switch field {
	case "skip":
		fields[fieldEffectSkip] = "1"
	case "rest":
		for _, sy := range symptoms {
			if _, ok := ci.SideEffects.Levels[sy.Symptom]; !ok {
				fields[fieldEffectPrefix+string(sy.Symptom)] = strconv.Itoa(EffectNone)
			}
		}
	default:
		if !knownSymptom(Symptom(field)) {
			return []Message{staleButton(p)}, nil
		}
		fields[fieldEffectPrefix+field] = strconv.Itoa(v)
	}
	if err := c.store.SaveFields(ctx, p.ID, a.Day, fields); err != nil {
		return nil, fmt.Errorf("save side effects: %w", err)
	}
	if ci, err = c.checkIn(ctx, p.ID, a.Day); err != nil {
		return nil, err
	}
	_, sessionDay, err := c.sideEffectsDue(ctx, p, a.Day)
	if err != nil {
		return nil, err
	}
	if !ci.SideEffects.Done() {
		return []Message{sideEffectQuestion(p.words(), a.Day, ci.SideEffects, then, sessionDay)}, nil
	}
	ack := Message{Text: sideEffectAck(p.words(), ci.SideEffects, sessionDay)}
	var rest []Message
	if then == effectsThenNudge {
		if p.Status == StatusActive && !c.clock.Now().Before(p.PausedUntil) && c.isToday(p, a.Day) {
			rest, err = c.deliverNudge(ctx, p, a.Day, false)
		}
	} else {
		rest, err = c.continueCheckIn(ctx, p, a.Day)
	}
	return append([]Message{ack}, rest...), err
}

// isToday reports whether day is today in the person's zone.
func (c *Coach) isToday(p Person, day localtime.Day) bool {
	loc, err := p.Location()
	return err == nil && localtime.DayOf(c.clock.Now(), loc) == day
}

func knownSymptom(s Symptom) bool {
	for _, sy := range symptoms {
		if sy.Symptom == s {
			return true
		}
	}
	return false
}

// sideEffectAck answers a completed side-effect question. A lot of any of
// them gets practical, unalarming advice and the clinic as the place to
// ask; a lot of dizziness or unreality on a day with movement ideas says
// that they will be seated ones.
func sideEffectAck(w lang.Printer, s SideEffects, sessionDay bool) string {
	lot := false
	for _, v := range s.Levels {
		lot = lot || v == EffectLot
	}
	switch {
	case s.Skipped && len(s.Levels) == 0:
		return w.T("effects.ack_skipped")
	case !lot:
		return w.T("effects.ack_noted")
	}
	text := w.T("effects.ack_lot")
	if s.SeatedOnly() && !sessionDay {
		text += " " + w.T("effects.ack_seated")
	}
	return text
}

// sideEffectLines lists the side-effect answers of the days from start, for
// /summary; empty when none were given.
func sideEffectLines(w lang.Printer, days []CheckIn, start localtime.Day) string {
	var b strings.Builder
	for _, d := range days {
		if d.Day < start || !d.SideEffects.Asked() || (d.SideEffects.Skipped && len(d.SideEffects.Levels) == 0) {
			continue
		}
		if b.Len() == 0 {
			b.WriteString("\n\n" + w.T("summary.after_session"))
		}
		fmt.Fprintf(&b, "\n• %s %s", w.T("plan.day", lang.Args{"Day": shortDayIn(w, d.Day)}), d.SideEffects.TextIn(w))
	}
	return b.String()
}

// sideEffectsFirst asks the side-effect question before the day's movement
// idea when the idea is the day's first message on the day after a session
// (the check-in comes later): the idea follows the answer, seated if need
// be. It returns nothing when the question is not due or was answered.
func (c *Coach) sideEffectsFirst(ctx context.Context, p Person, today CheckIn) ([]Message, error) {
	if today.SideEffects.Done() {
		return nil, nil
	}
	due, sessionDay, err := c.sideEffectsDue(ctx, p, today.Day)
	if err != nil || !due || sessionDay {
		return nil, err
	}
	q := sideEffectQuestion(p.words(), today.Day, today.SideEffects, effectsThenNudge, false)
	q.Title = p.words().T("effects.before_idea")
	return []Message{q}, nil
}
