package coach

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// Integration is the work of the days after a session: an intention set
// before it, and a short reflection on each of the first days after it.
// Both are the person's own words and are sealed at rest like notes.

// Stored names of the integration fields of a day.
const (
	// fieldIntention, on a session's day, is the intention for it.
	fieldIntention = "intention"
	// fieldReflection is the day's reflection; empty when it was skipped.
	fieldReflection = "reflect"
	// fieldReflectionQ is which reflection prompt was asked (1-4).
	fieldReflectionQ = "reflect_q"
	// fieldReflectionOffered is when the reflection prompt was offered.
	fieldReflectionOffered = "reflect_offered"
	// fieldIntentionOffered, on the day before a session, is when the
	// intention prompt was offered.
	fieldIntentionOffered = "intent_offered"
)

// MaxIntentionLen bounds an intention: a few words, not a page.
const MaxIntentionLen = 300

// maxAhead is how far ahead a session may be logged.
const maxAhead = 90

// defaultSessionTime is the time given to a session logged ahead without one.
var defaultSessionTime = localtime.LocalTime{Hour: 12, Set: true}

// dayBeforePrompt is when the day-before intention prompt comes when the
// person's check-in time falls in quiet hours.
var dayBeforePrompt = localtime.LocalTime{Hour: 18, Set: true}

// DayIntegration is what a day holds of integration: the intention of a
// session on that day, and the day's reflection.
type DayIntegration struct {
	Intention       string    `json:"intention,omitempty"`
	Reflection      string    `json:"reflection,omitempty"`
	ReflectionDone  bool      `json:"-"`                           // written or skipped
	ReflectionQ     int       `json:"reflection_prompt,omitempty"` // 1-4
	ReflectionAsked time.Time `json:"-"`
	IntentionAsked  time.Time `json:"-"`
}

// integrationSensitive reports whether an integration field holds the
// person's own words, sealed at rest.
func integrationSensitive(field string) bool {
	return field == fieldIntention || field == fieldReflection
}

func integrationFromFields(fields map[string]string) DayIntegration {
	var d DayIntegration
	d.Intention = fields[fieldIntention]
	d.Reflection, d.ReflectionDone = fields[fieldReflection]
	if q, ok := fields[fieldReflectionQ]; ok && len(q) == 1 && q[0] >= '1' && q[0] <= '4' {
		d.ReflectionQ = int(q[0] - '0')
	}
	d.ReflectionAsked, _ = time.Parse(time.RFC3339, fields[fieldReflectionOffered])
	d.IntentionAsked, _ = time.Parse(time.RFC3339, fields[fieldIntentionOffered])
	return d
}

// sessionCommand handles /session: now, or ahead with a date, and with an
// intention if one was given.
func (c *Coach) sessionCommand(ctx context.Context, p Person, args map[string]string) ([]Message, error) {
	w := p.words()
	intention := strings.TrimSpace(args["intention"])
	if problem := intentionProblemIn(w, intention); problem != "" {
		return []Message{{Text: problem}}, nil
	}
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	now := c.clock.Now()
	at, problem := sessionTime(w, args["date"], now, loc)
	if problem != "" {
		return []Message{{Text: problem}}, nil
	}
	if !at.After(now) {
		msgs, err := c.logSessionAt(ctx, p, at)
		if err != nil {
			return nil, err
		}
		if intention != "" {
			if err := c.sessionIntention(ctx, p, at, intention); err != nil {
				return nil, err
			}
			msgs[0].Text += "\n\n" + w.T("intention.kept_after", lang.Args{"Intention": intention})
		}
		return msgs, nil
	}
	return c.logAhead(ctx, p, at, intention)
}

// logSessionAt logs a session that has happened (today, perhaps earlier).
func (c *Coach) logSessionAt(ctx context.Context, p Person, at time.Time) ([]Message, error) {
	if at.Equal(c.clock.Now()) {
		return c.logSession(ctx, p)
	}
	if err := c.startPlan(ctx, p, at, p.ID); err != nil {
		return nil, err
	}
	plan, err := c.plan(ctx, p)
	if err != nil {
		return nil, err
	}
	return append([]Message{sessionLogged(p)}, plan...), nil
}

// logAhead records a session still to come: its plan is scheduled, and the
// day before brings an optional intention prompt.
func (c *Coach) logAhead(ctx context.Context, p Person, at time.Time, intention string) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	if err := c.startPlan(ctx, p, at, p.ID); err != nil {
		return nil, err
	}
	day := localtime.DayOf(at, loc)
	// A running plan's movement idea on the new session's day gives way:
	// that day is for rest.
	rest := []string{NewJob(p.ID, JobNudge, day, at).ID, NewJob(p.ID, JobFollowUp, day, at).ID}
	if err := c.queue.Cancel(ctx, p.ID, rest...); err != nil {
		return nil, fmt.Errorf("clear the session day: %w", err)
	}
	w := p.words()
	text := w.T("intention.planned", lang.Args{"Day": w.Day(at.In(loc)), "Time": at.In(loc).Format("15:04")})
	if intention != "" {
		if err := c.saveIntention(ctx, p, day, intention); err != nil {
			return nil, err
		}
		text += "\n\n" + w.T("intention.kept", lang.Args{"Intention": intention})
	} else {
		job, ok, err := c.intentionJob(ctx, p, day)
		if err != nil {
			return nil, err
		}
		if ok {
			if err := c.queue.Schedule(ctx, job); err != nil {
				return nil, fmt.Errorf("schedule intention prompt: %w", err)
			}
		}
		text += "\n\n" + w.T("intention.ask_before")
	}
	return []Message{{Title: w.T("intention.planned_title"), Text: text}}, nil
}

// sessionTime reads /session's date option in the person's zone: empty is
// now; "YYYY-MM-DD", or today or tomorrow in any language the bot speaks
// ("mañana", "morgen", "demain"; lang.Typed), optionally with a time. A day
// without a time is taken as noon. It refuses days that have passed and
// days too far ahead, kindly.
func sessionTime(w lang.Printer, arg string, now time.Time, loc *time.Location) (time.Time, string) {
	arg = strings.TrimSpace(arg)
	if arg == "" {
		return now, ""
	}
	dayWord, timeWord, _ := strings.Cut(arg, " ")
	today := localtime.DayOf(now, loc)
	var day localtime.Day
	switch {
	case lang.Typed("typed.today", dayWord):
		day = today
	case lang.Typed("typed.tomorrow", dayWord):
		day = today.AddDays(1)
	default:
		d, err := localtime.ParseDay(dayWord)
		if err != nil {
			return time.Time{}, w.T("intention.bad_date", lang.Args{"Tomorrow": w.Word("typed.tomorrow")})
		}
		day = d
	}
	at := defaultSessionTime
	if t := strings.TrimSpace(timeWord); t != "" {
		lt, err := localtime.ParseLocalTime(t)
		if err != nil {
			return time.Time{}, w.T("intention.bad_time")
		}
		at = lt
	} else if day == today {
		return now, ""
	}
	switch {
	case day < today:
		return time.Time{}, w.T("intention.past")
	case day > today.AddDays(maxAhead):
		return time.Time{}, w.T("intention.too_far", lang.Args{"Days": maxAhead})
	}
	y, m, d := day.Date()
	return at.On(y, m, d, loc), ""
}

// intentionJob is the day-before prompt for a session on day, if it has
// a place: not when its time has passed, and not on a day that already
// has a check-in, whose end carries the prompt instead (three a day).
func (c *Coach) intentionJob(ctx context.Context, p Person, day localtime.Day) (Job, bool, error) {
	loc, err := p.Location()
	if err != nil {
		return Job{}, false, err
	}
	before := day.AddDays(-1)
	at := p.CheckInAt
	if InQuietHours(at) {
		at = dayBeforePrompt
	}
	y, m, d := before.Date()
	due := at.On(y, m, d, loc)
	if !due.After(c.clock.Now()) {
		return Job{}, false, nil
	}
	jobs, err := c.queue.Upcoming(ctx, p.ID)
	if err != nil {
		return Job{}, false, fmt.Errorf("list plan: %w", err)
	}
	if slices.ContainsFunc(jobs, func(j Job) bool { return j.Kind == JobCheckIn && j.Day == before }) {
		return Job{}, false, nil
	}
	return NewJob(p.ID, JobIntention, before, due), true, nil
}

// deliverIntention sends the day-before prompt, unless the day's check-in
// carries it or the intention is already set.
func (c *Coach) deliverIntention(ctx context.Context, p Person, job Job) ([]Message, error) {
	jobs, err := c.queue.Upcoming(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("list plan: %w", err)
	}
	if slices.ContainsFunc(jobs, func(j Job) bool { return j.Kind == JobCheckIn && j.Day == job.Day }) {
		return nil, nil
	}
	ci, err := c.checkIn(ctx, p.ID, job.Day)
	if err != nil {
		return nil, err
	}
	if !ci.Sent.IsZero() {
		return nil, nil // a check-in came today; its end offered the prompt
	}
	msg, ok, err := c.intentionOffer(ctx, p, job.Day)
	if err != nil || !ok {
		return nil, err
	}
	return []Message{msg}, nil
}

// intentionOffer is the prompt on the day before a session whose intention
// is not set, offered once; ok is false when there is nothing to offer.
func (c *Coach) intentionOffer(ctx context.Context, p Person, before localtime.Day) (Message, bool, error) {
	days, err := c.store.CheckIns(ctx, p.ID, before, before.AddDays(1))
	if err != nil {
		return Message{}, false, fmt.Errorf("load days: %w", err)
	}
	has, err := c.sessionOn(ctx, p, before.AddDays(1))
	if err != nil || !has {
		return Message{}, false, err
	}
	if !dayIn(days, before).Integration.IntentionAsked.IsZero() || dayIn(days, before.AddDays(1)).Integration.Intention != "" {
		return Message{}, false, nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, before, fieldIntentionOffered, c.clock.Now().UTC().Format(time.RFC3339)); err != nil {
		return Message{}, false, fmt.Errorf("mark intention offered: %w", err)
	}
	session := before.AddDays(1)
	w := p.words()
	return Message{
		Title: w.T("intention.offer_title"),
		Text:  w.T("intention.offer"),
		Buttons: []Button{
			{Label: w.T("intention.write"), Action: Action{Verb: VerbIntention, Day: session, Field: "write"}},
			{Label: w.T("intention.not_now"), Action: Action{Verb: VerbIntention, Day: session, Field: "skip"}},
		},
	}, true, nil
}

// sessionOn reports whether the person has a session on a day of theirs.
func (c *Coach) sessionOn(ctx context.Context, p Person, day localtime.Day) (bool, error) {
	loc, err := p.Location()
	if err != nil {
		return false, err
	}
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil {
		return false, fmt.Errorf("load sessions: %w", err)
	}
	return slices.ContainsFunc(sessions, func(s TherapySession) bool { return localtime.DayOf(s.At, loc) == day }), nil
}

func intentionInput(w lang.Printer, day localtime.Day, problem string) Message {
	return Message{
		Text: problem + w.T("intention.question"),
		Input: &Input{Action: Action{Verb: VerbIntention, Day: day}, Title: w.T("intention.title"),
			Label: w.T("intention.title"), Placeholder: w.T("intention.placeholder"), Long: true, MaxLen: MaxIntentionLen},
	}
}

// intentionPress handles "Write an intention" and "Not now".
func (c *Coach) intentionPress(ctx context.Context, p Person, a Action) ([]Message, error) {
	ok, err := c.intentionDayOpen(ctx, p, a.Day)
	if err != nil || !ok {
		return []Message{staleButton(p)}, err
	}
	if a.Field == "write" {
		return []Message{intentionInput(p.words(), a.Day, "")}, nil
	}
	return []Message{{Text: p.words().T("intention.as_you_are")}}, nil
}

// intentionSubmit screens and keeps an intention typed in its Input.
func (c *Coach) intentionSubmit(ctx context.Context, p Person, a Action, text string) ([]Message, error) {
	ok, err := c.intentionDayOpen(ctx, p, a.Day)
	if err != nil || !ok {
		return []Message{staleButton(p)}, err
	}
	msgs, stop, err := c.screen(ctx, &p, text)
	if stop || err != nil {
		return msgs, err
	}
	text = strings.TrimSpace(text)
	switch n := len([]rune(text)); {
	case n == 0:
		return append(msgs, intentionInput(p.words(), a.Day, p.words().T("intention.empty"))), nil
	case n > MaxIntentionLen:
		return append(msgs, intentionInput(p.words(), a.Day, p.words().T("intention.too_long", lang.Args{"Max": MaxIntentionLen}))), nil
	}
	if err := c.saveIntention(ctx, p, a.Day, text); err != nil {
		return nil, err
	}
	return append([]Message{{Text: p.words().T("intention.saved")}}, msgs...), nil
}

// intentionDayOpen reports whether an intention may be set for a day: a
// day of the person's with a session, not long past.
func (c *Coach) intentionDayOpen(ctx context.Context, p Person, day localtime.Day) (bool, error) {
	if !p.Onboarded() || day == "" {
		return false, nil
	}
	loc, err := p.Location()
	if err != nil {
		return false, err
	}
	if day < localtime.DayOf(c.clock.Now(), loc).AddDays(-reflectionDays) {
		return false, nil
	}
	return c.sessionOn(ctx, p, day)
}

func (c *Coach) saveIntention(ctx context.Context, p Person, day localtime.Day, text string) error {
	if err := c.store.SaveAnswer(ctx, p.ID, day, fieldIntention, text); err != nil {
		return fmt.Errorf("save intention: %w", err)
	}
	return nil
}

// intentionProblemIn says kindly, in w's language, what is wrong with an
// intention given as an option, or nothing: for a person's own /session,
// and a therapist's /therapist session in the therapist's language.
func intentionProblemIn(w lang.Printer, intention string) string {
	if n := len([]rune(strings.TrimSpace(intention))); n > MaxIntentionLen {
		return w.T("intention.too_long_option", lang.Args{"Max": MaxIntentionLen, "Length": n})
	}
	return ""
}

// sessionIntention keeps the intention of a session at a time, if given.
func (c *Coach) sessionIntention(ctx context.Context, p Person, at time.Time, intention string) error {
	intention = strings.TrimSpace(intention)
	if intention == "" {
		return nil
	}
	loc, err := p.Location()
	if err != nil {
		return err
	}
	return c.saveIntention(ctx, p, localtime.DayOf(at, loc), intention)
}
