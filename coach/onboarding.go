package coach

import (
	"context"
	"fmt"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
)

// start begins or resumes onboarding. Choices given with the command (Discord
// passes them as options) ride on the consent button, so that nothing is
// stored before the person agrees.
func (c *Coach) start(ctx context.Context, p Person, args map[string]string) ([]Message, error) {
	if p.Onboarded() {
		return c.startAgain(ctx, p, args)
	}
	if !p.Consented.IsZero() {
		return c.askNext(ctx, p)
	}
	carry := args["zone"] + "@" + args["time"]
	return []Message{{
		Title: "Welcome to Aftercare",
		Text:  noticeText,
		Buttons: []Button{
			{Label: "I agree", Action: Action{Verb: VerbConsent, Field: carry, Value: "yes"}},
			{Label: "Not now", Action: Action{Verb: VerbConsent, Value: "no"}},
		},
	}}, nil
}

const noticeText = `I help with the days after a therapy session, ketamine-assisted ones above all: a short check-in on how you feel, small ideas for moving a little or doing something you value, and, if you like, a moment to reflect.

Before we start, please know:
• I'm not a therapist or a medical service, and I can't respond to emergencies.
• If you're in crisis or thinking about ending your life, please reach out now: 988 (call or text) in the US, Samaritans on 116 123 in the UK, findahelpline.com elsewhere, or your local emergency number. /crisis shows these whenever you want them.
• I keep your answers (mood, anxiety, energy, sleep, movement, after-effects of a session, notes, intentions and reflections, questionnaires) to show you your progress. No one else sees them unless you choose to share with your therapist (/share). /stop ends all messages.

Is that okay with you?`

func (c *Coach) consent(ctx context.Context, p Person, yes bool, carry string) ([]Message, error) {
	if !yes {
		return []Message{{Text: "That's completely fine. Nothing has been saved. Type /start whenever you like."}}, nil
	}
	if p.Consented.IsZero() {
		p.Consented = c.clock.Now()
	}
	p.Status = StatusActive
	zone, at, _ := strings.Cut(carry, "@")
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
	return append([]Message{{Text: "Thank you. " + questionsLeft(p) + " and we're done."}}, msgs...), err
}

// questionsLeft says how many onboarding questions remain, in words.
func questionsLeft(p Person) string {
	n := 0
	for _, missing := range []bool{p.Zone == "", !p.CheckInAt.Valid(), p.Ability == ""} {
		if missing {
			n++
		}
	}
	return [...]string{"Nothing more to ask", "One quick question", "Two quick questions", "Three quick questions"}[n]
}

// askNext asks for the first missing setting, or says that all is set.
func (c *Coach) askNext(ctx context.Context, p Person) ([]Message, error) {
	switch {
	case p.Zone == "":
		return []Message{zoneQuestion("")}, nil
	case !p.CheckInAt.Valid():
		return []Message{timeQuestion("")}, nil
	case p.Ability == "":
		return []Message{abilityQuestion("Last one. How much movement feels right for you these days? I'll start small either way.")}, nil
	}
	return []Message{allSet(p)}, nil
}

func allSet(p Person) Message {
	return Message{Text: fmt.Sprintf(
		"All set. I'll check in at %s, %s time.\n\nAfter your next therapy session, type /session and I'll plan the %d days after it. /settings changes anything (activities you like, a weekly questionnaire, …); /help lists everything.",
		p.CheckInAt, p.Zone, planDays(p))}
}

func zoneQuestion(problem string) Message {
	return Message{
		Text:  problem + "Which time zone are you in? I use it so that messages arrive at your times. Type your city, like London or New York, or a zone like Europe/London.",
		Input: &Input{Action: Action{Verb: VerbZone}, Title: "Your time zone", Label: "Time zone", Placeholder: "Europe/London", MaxLen: 64},
	}
}

func timeQuestion(problem string) Message {
	return Message{
		Text:  problem + "What time of day would you like your check-in? For example 20:00 or 8pm (" + checkInHours() + ").",
		Input: &Input{Action: Action{Verb: VerbTime}, Title: "Your check-in time", Label: "Time of day", Placeholder: "20:00", MaxLen: 16},
	}
}

func (c *Coach) setZone(ctx context.Context, p Person, text string) ([]Message, error) {
	if p.Consented.IsZero() {
		return []Message{{Text: "Let's start at the beginning: type /start."}}, nil
	}
	m, problem := readZone(text)
	if problem != nil {
		return []Message{*problem}, nil
	}
	msgs, err := c.changeSetting(ctx, p, func(p *Person) { p.Zone = m.Zone })
	if note := zoneChosen(m); note != "" && err == nil {
		msgs = append([]Message{{Text: note}}, msgs...)
	}
	return msgs, err
}

// readZone reads a typed time zone, or returns the question again with
// what was wrong.
func readZone(text string) (localtime.ZoneMatch, *Message) {
	m, err := localtime.LookupZone(text)
	if err != nil {
		q := zoneQuestion(zoneProblem(text, m))
		return m, &q
	}
	return m, nil
}

func (c *Coach) setTime(ctx context.Context, p Person, text string) ([]Message, error) {
	if p.Consented.IsZero() {
		return []Message{{Text: "Let's start at the beginning: type /start."}}, nil
	}
	at, problem := readCheckInTime(text)
	if problem != nil {
		return []Message{*problem}, nil
	}
	return c.changeSetting(ctx, p, func(p *Person) { p.CheckInAt = at })
}

// readCheckInTime reads a typed check-in time, or returns the question
// again with what was wrong: unreadable, or inside quiet hours.
func readCheckInTime(text string) (localtime.LocalTime, *Message) {
	at, err := localtime.ParseLocalTime(text)
	if err != nil {
		problem := fmt.Sprintf("I couldn't read %q as a time of day. ", clip(strings.TrimSpace(text), 20))
		if strings.TrimSpace(text) == "" {
			problem = "I didn't get a time there. "
		}
		q := timeQuestion(problem)
		return at, &q
	}
	if InQuietHours(at) {
		q := timeQuestion(fmt.Sprintf("%s is inside quiet hours (%s–%s), when I never write first — sleep matters a lot right now. ", at, quietHours[0], quietHours[1]))
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
	return []Message{{Text: fmt.Sprintf("Saved. Check-ins come at %s, %s time; anything already planned has moved with it.", p.CheckInAt, p.Zone)}}, nil
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
