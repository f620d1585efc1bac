package coach

import (
	"context"
	"fmt"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// start begins or resumes onboarding. Choices given with the command (Discord
// passes them as options) ride on the consent button, so that nothing is
// stored before the person agrees; a language chosen with it is used at
// once.
func (c *Coach) start(ctx context.Context, p Person, args map[string]string) ([]Message, error) {
	chosen := lang.Match(args["language"])
	if p.Onboarded() {
		return c.startAgain(ctx, p, args)
	}
	if chosen != "" {
		p.Lang = chosen
	}
	if !p.Consented.IsZero() {
		if chosen != "" {
			if err := c.store.SavePerson(ctx, p); err != nil {
				return nil, fmt.Errorf("save language: %w", err)
			}
		}
		return c.askNext(ctx, p)
	}
	w := p.words()
	carry := args["zone"] + "@" + args["time"] + "@" + chosen
	return []Message{{
		Title: w.T("start.title"),
		Text:  w.T("start.notice"),
		Buttons: []Button{
			{Label: w.T("start.agree"), Action: Action{Verb: VerbConsent, Field: carry, Value: "yes"}},
			{Label: w.T("start.not_now"), Action: Action{Verb: VerbConsent, Value: "no"}},
		},
	}}, nil
}

func (c *Coach) consent(ctx context.Context, p Person, yes bool, carry string) ([]Message, error) {
	zone, carry, _ := strings.Cut(carry, "@")
	at, chosen, _ := strings.Cut(carry, "@")
	if l := lang.Match(chosen); l != "" {
		p.Lang = l
	}
	if !yes {
		return []Message{{Text: p.words().T("start.declined")}}, nil
	}
	if p.Consented.IsZero() {
		p.Consented = c.clock.Now()
	}
	p.Status = StatusActive
	if z, err := localtime.ParseZone(zone); err == nil && p.Zone == "" {
		p.Zone = z
	}
	if t, err := localtime.ParseLocalTime(at); err == nil && !InQuietHours(t) && !p.CheckInAt.Valid() {
		p.CheckInAt = t
	}
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save consent: %w", err)
	}
	msgs, err := c.askNext(ctx, p)
	return append([]Message{{Text: p.words().T(questionsLeft(p))}}, msgs...), err
}

// questionsLeft says how many onboarding questions remain: the key of the
// thanks that says it in words.
func questionsLeft(p Person) string {
	n := 0
	for _, missing := range []bool{p.Zone == "", !p.CheckInAt.Valid(), p.Ability == ""} {
		if missing {
			n++
		}
	}
	return [...]string{"start.thanks_none", "start.thanks_one", "start.thanks_two", "start.thanks_three"}[n]
}

// askNext asks for the first missing setting, or says that all is set.
func (c *Coach) askNext(ctx context.Context, p Person) ([]Message, error) {
	w := p.words()
	switch {
	case p.Zone == "":
		return []Message{zoneQuestion(w, "")}, nil
	case !p.CheckInAt.Valid():
		return []Message{timeQuestion(w, "")}, nil
	case p.Ability == "":
		return []Message{abilityQuestion(w, w.T("start.ability_last"))}, nil
	}
	return []Message{allSet(p)}, nil
}

func allSet(p Person) Message {
	return Message{Text: p.words().T("start.all_set", lang.Args{"Time": p.CheckInAt, "Zone": p.Zone, "Days": planDays(p)})}
}

func zoneQuestion(w lang.Printer, problem string) Message {
	return Message{
		Text:  problem + w.T("start.zone_question"),
		Input: &Input{Action: Action{Verb: VerbZone}, Title: w.T("start.zone_title"), Label: w.T("start.zone_label"), Placeholder: "Europe/London", MaxLen: 64},
	}
}

func timeQuestion(w lang.Printer, problem string) Message {
	from, to := checkInHours()
	return Message{
		Text:  problem + w.T("start.time_question", lang.Args{"From": from, "To": to}),
		Input: &Input{Action: Action{Verb: VerbTime}, Title: w.T("start.time_title"), Label: w.T("start.time_label"), Placeholder: "20:00", MaxLen: 16},
	}
}

func (c *Coach) setZone(ctx context.Context, p Person, text string) ([]Message, error) {
	w := p.words()
	if p.Consented.IsZero() {
		return []Message{{Text: w.T("start.from_the_start")}}, nil
	}
	m, problem := readZone(w, text)
	if problem != nil {
		return []Message{*problem}, nil
	}
	msgs, err := c.changeSetting(ctx, p, func(p *Person) { p.Zone = m.Zone })
	if note := zoneChosen(w, m); note != "" && err == nil {
		msgs = append([]Message{{Text: note}}, msgs...)
	}
	return msgs, err
}

// readZone reads a typed time zone, or returns the question again with
// what was wrong.
func readZone(w lang.Printer, text string) (localtime.ZoneMatch, *Message) {
	m, err := localtime.LookupZone(text)
	if err != nil {
		q := zoneQuestion(w, zoneProblem(w, text, m))
		return m, &q
	}
	return m, nil
}

func (c *Coach) setTime(ctx context.Context, p Person, text string) ([]Message, error) {
	w := p.words()
	if p.Consented.IsZero() {
		return []Message{{Text: w.T("start.from_the_start")}}, nil
	}
	at, problem := readCheckInTime(w, text)
	if problem != nil {
		return []Message{*problem}, nil
	}
	return c.changeSetting(ctx, p, func(p *Person) { p.CheckInAt = at })
}

// readCheckInTime reads a typed check-in time, or returns the question
// again with what was wrong: unreadable, or inside quiet hours.
func readCheckInTime(w lang.Printer, text string) (localtime.LocalTime, *Message) {
	at, err := localtime.ParseLocalTime(text)
	if err != nil {
		problem := w.T("start.time_unreadable", lang.Args{"Typed": w.Quote(clip(strings.TrimSpace(text), 20))})
		if strings.TrimSpace(text) == "" {
			problem = w.T("start.time_empty")
		}
		q := timeQuestion(w, problem)
		return at, &q
	}
	if InQuietHours(at) {
		q := timeQuestion(w, w.T("start.time_quiet", lang.Args{"Time": at, "From": quietHours[0], "To": quietHours[1]}))
		return at, &q
	}
	return at, nil
}

// changeSetting saves a change of zone or check-in time. During onboarding
// it asks the next question; afterwards it moves what is planned to the new
// local times, so a person who flew from Tokyo to Los Angeles gets their
// check-in at 20:00 where they are now.
func (c *Coach) changeSetting(ctx context.Context, p Person, change func(*Person)) ([]Message, error) {
	wasSetUp := p.Onboarded() && p.Ability != ""
	change(&p)
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save setting: %w", err)
	}
	if !wasSetUp {
		return c.askNext(ctx, p)
	}
	if err := c.replan(ctx, p); err != nil {
		return nil, err
	}
	return []Message{{Text: p.words().T("start.saved_times", lang.Args{"Time": p.CheckInAt, "Zone": p.Zone})}}, nil
}

func planDays(p Person) int {
	if p.PlanDays > 0 {
		return p.PlanDays
	}
	return DefaultPlanDays
}

// clip shortens text that is echoed back, so a 10,000-character answer is
// not repeated in full.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
