package coach

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// checkInWindow is how long after its day began a check-in can still be
// answered: the next day still counts for its own day, later it closes.
const checkInWindow = 48 * time.Hour

// Deliver returns what a due job says, or nothing when it should not be sent
// (the person paused, or already answered). The caller sends it. For a
// person who stopped or deleted their data it returns ErrInactive.
func (c *Coach) Deliver(ctx context.Context, job Job) ([]Message, error) {
	switch job.Kind {
	case JobDigest:
		return c.deliverDigest(ctx, job)
	case JobAlert:
		return c.deliverAlert(ctx, job)
	case JobGroupPost:
		return c.deliverGroupPost(ctx, job)
	case JobGroupClose:
		return c.closeGroupDay(ctx, job)
	case JobGroupDigest:
		return c.deliverGroupDigest(ctx, job)
	case JobRetention:
		return c.retain(ctx)
	}
	p, err := c.store.Person(ctx, job.Person)
	switch {
	case errors.Is(err, ErrNotFound):
		return nil, ErrInactive // the person deleted their data
	case err != nil:
		return nil, fmt.Errorf("load person for %s: %w", job.Kind, err)
	case p.Status == StatusStopped:
		return nil, ErrInactive
	case job.Kind == JobCaring:
		return c.deliverCaring(ctx, p, job) // sent while the crisis pause holds the plan
	case p.Status != StatusActive || p.Unreachable || c.clock.Now().Before(p.PausedUntil):
		return nil, c.recordHeld(ctx, p, job.Day, job.Kind, heldWhy(p, c.clock.Now()))
	}
	if stale, err := c.missed(ctx, p, job); stale || err != nil {
		return nil, err
	}
	if held, err := c.resting(ctx, p, job); held || err != nil {
		return nil, err
	}

	switch job.Kind {
	case JobCheckIn:
		return c.deliverCheckIn(ctx, p, job.Day)
	case JobNudge, JobSnooze:
		return c.deliverNudge(ctx, p, job.Day, job.Kind == JobSnooze)
	case JobFollowUp:
		return c.deliverFollowUp(ctx, p, job.Day)
	case JobSummary:
		return c.deliverSummary(ctx, p, job.Day)
	case JobPlanEnd:
		return c.deliverPlanEnd(ctx, p, job.Day)
	case JobIntention:
		return c.deliverIntention(ctx, p, job)
	}
	return nil, fmt.Errorf("deliver: unknown job kind %q", job.Kind)
}

func (c *Coach) deliverCheckIn(ctx context.Context, p Person, day localtime.Day) ([]Message, error) {
	ci, err := c.checkIn(ctx, p.ID, day)
	if err != nil {
		return nil, err
	}
	first, open, err := c.nextQuestion(ctx, p, ci)
	if !open || err != nil {
		return nil, err
	}
	if err := c.store.SaveAnswer(ctx, p.ID, day, sentField, c.clock.Now().UTC().Format(time.RFC3339)); err != nil {
		return nil, fmt.Errorf("mark check-in sent: %w", err)
	}
	w := p.words()
	first.Title = w.T("checkin.title")
	first.Text = w.T("checkin.hello") + "\n\n" + first.Text
	return []Message{first}, nil
}

func (c *Coach) checkInNow(ctx context.Context, p Person) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	day := localtime.DayOf(c.clock.Now(), loc)
	ci, err := c.checkIn(ctx, p.ID, day)
	if err != nil {
		return nil, err
	}
	next, open, err := c.nextQuestion(ctx, p, ci)
	if err != nil {
		return nil, err
	}
	if !open {
		return []Message{{Text: p.words().T("checkin.done_today")}}, nil
	}
	return []Message{next}, nil
}

func (c *Coach) checkIn(ctx context.Context, person string, day localtime.Day) (CheckIn, error) {
	days, err := c.store.CheckIns(ctx, person, day, day)
	if err != nil {
		return CheckIn{}, fmt.Errorf("load check-in: %w", err)
	}
	if len(days) == 0 {
		return CheckIn{Day: day}, nil
	}
	return days[0], nil
}

// answer saves one button answer and asks the next question.
func (c *Coach) answer(ctx context.Context, p Person, a Action) ([]Message, error) {
	if a.Value == skipValue {
		return c.skipQuestion(ctx, p, a)
	}
	value, ok := parseAnswer(Field(a.Field), a.Value)
	if !ok || !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	if err := c.saveAnswer(ctx, p, a.Day, a.Field, value); err != nil {
		return nil, err
	}
	return c.continueCheckIn(ctx, p, a.Day)
}

// closed tells whether a check-in day can no longer be answered, with the
// kind word that says so. A day in the future was never sent: its button
// is forged or from a clock gone wrong, and is refused the same way.
func (c *Coach) closed(p Person, day localtime.Day) (Message, bool) {
	loc, err := p.Location()
	if err != nil {
		return staleButton(p), true
	}
	now := c.clock.Now()
	start := day.Start(loc)
	switch {
	case now.Before(start):
		return staleButton(p), true
	case now.Sub(start) >= checkInWindow:
		return Message{Text: p.words().T("checkin.closed")}, true
	}
	return Message{}, false
}

func (c *Coach) continueCheckIn(ctx context.Context, p Person, day localtime.Day) ([]Message, error) {
	ci, err := c.checkIn(ctx, p.ID, day)
	if err != nil {
		return nil, err
	}
	next, open, err := c.nextQuestion(ctx, p, ci)
	if err != nil {
		return nil, err
	}
	if !open {
		return c.checkInDone(ctx, p, ci)
	}
	return []Message{next}, nil
}

// noteChoice handles "Write a note" and "Skip".
func (c *Coach) noteChoice(ctx context.Context, p Person, a Action) ([]Message, error) {
	if !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	if day, err := c.checkIn(ctx, p.ID, a.Day); err != nil {
		return nil, err
	} else if day.unread(string(FieldNote)) {
		return []Message{noteUnreadable(p.words())}, nil // neither a new note nor a skip over it
	}
	if a.Field == "write" {
		return []Message{noteInput(p.words(), a.Day, "")}, nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, a.Day, string(FieldNote), ""); err != nil {
		return nil, fmt.Errorf("skip note: %w", err)
	}
	return c.continueCheckIn(ctx, p, a.Day)
}

// saveNote screens and stores a note. A crisis note is kept (it is the
// person's own words) but answered with crisis resources only.
func (c *Coach) saveNote(ctx context.Context, p Person, day localtime.Day, text string) ([]Message, error) {
	if !p.Onboarded() || day == "" {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, day); closed {
		return []Message{msg}, nil
	}
	msgs, stop, err := c.screen(ctx, &p, text)
	if err != nil {
		return msgs, err // a crisis reply goes out whatever failed
	}
	n := len([]rune(text))
	switch {
	case n > MaxNoteLen && !stop:
		return append(msgs, noteInput(p.words(), day, p.words().T("checkin.note_too_long", lang.Args{"Max": MaxNoteLen, "Length": n}))), nil
	case n > MaxNoteLen:
		text = string([]rune(text)[:MaxNoteLen])
	case n == 0 || strings.TrimSpace(text) == "":
		return append(msgs, noteQuestion(p.words(), day, p.words().T("checkin.note_empty"))), nil
	}
	if ci, err := c.checkIn(ctx, p.ID, day); err != nil {
		return msgs, err
	} else if ci.unread(string(FieldNote)) {
		if stop {
			return msgs, nil // the crisis reply alone
		}
		return append(msgs, noteUnreadable(p.words())), nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, day, string(FieldNote), text); err != nil {
		return nil, fmt.Errorf("save note: %w", err)
	}
	if stop {
		return msgs, nil
	}
	// The safety question, if the note raised one, comes last: it is the
	// question that waits for an answer, read after the check-in is closed.
	rest, err := c.continueCheckIn(ctx, p, day)
	return append(rest, msgs...), err
}
