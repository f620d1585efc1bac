package coach

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/aftercare/aftercare/coach/risk"
)

// PendingCrisis is the error Handle returns beside a crisis reply whose
// recording could not be made because storage failed: the reply is in the
// messages returned with it and must be sent all the same; the recording
// (LastCrisis, the 24-hour pause, the day's flag, therapist alerts, the
// next day's caring message) is made later with RecordCrisis, once storage
// is back. It holds who and when, never the words.
type PendingCrisis struct {
	Person string      // the person's id
	At     time.Time   // when the reply was given
	Source AlertSource // what led to it, for a therapist's alert
	Err    error       // why the recording failed
}

// Error says that a recording waits, and why; it names no person.
func (e *PendingCrisis) Error() string {
	return fmt.Sprintf("crisis reply given; its recording waits: %v", e.Err)
}

// Unwrap returns the storage failure.
func (e *PendingCrisis) Unwrap() error { return e.Err }

// RecordCrisis makes the recording of a crisis reply given at pc.At that
// Handle could not make. It can be called again after a failure: every step
// is idempotent. A person never met, or who erased their data since, has
// nothing to record.
func (c *Coach) RecordCrisis(ctx context.Context, pc PendingCrisis) error {
	p, err := c.store.Person(ctx, pc.Person)
	switch {
	case errors.Is(err, ErrNotFound):
		return nil
	case err != nil:
		return fmt.Errorf("load person: %w", err)
	}
	// The reply was the full one (the person could not be loaded to tell);
	// it counts as a repeat only after another recorded within the hour.
	repeat := !p.LastCrisis.IsZero() && !p.LastCrisis.Equal(pc.At) && pc.At.Sub(p.LastCrisis) < crisisRepeat
	return c.keepCrisis(ctx, &p, pc.At, !repeat, cmp.Or(pc.Source, SourceWords))
}

// keepCrisis records a crisis reply given at the given time: p.LastCrisis
// for a fresh reply (not a repeat within the hour); for an onboarded
// person, nudges and check-ins paused for a day, and after a fresh reply
// the day's flag, therapist alerts and the next day's caring message.
func (c *Coach) keepCrisis(ctx context.Context, p *Person, at time.Time, fresh bool, source AlertSource) error {
	if fresh {
		p.LastCrisis = later(p.LastCrisis, at)
	}
	if !p.Onboarded() {
		return nil
	}
	p.PausedUntil = later(p.PausedUntil, at.Add(crisisPause))
	if err := c.store.SavePerson(ctx, *p); err != nil {
		return fmt.Errorf("save crisis pause: %w", err)
	}
	if !fresh {
		return nil
	}
	if err := c.recordCrisis(ctx, *p, at, source); err != nil {
		return err
	}
	return c.scheduleCaring(ctx, *p, at)
}

// withoutPerson answers an event whose person could not be loaded (storage
// is down): /crisis and text that screens as Crisis still get the crisis
// reply, from what the process holds; text that screens as Review gets the
// crisis lines, since the safety question cannot be kept to read its
// answer; anything else fails with err. A screened crisis comes with a
// PendingCrisis for its recording; /crisis and Review record nothing.
func (c *Coach) withoutPerson(ev Event, err error) ([]Message, error) {
	p := Person{ID: ev.Person, Name: ev.Name, locale: ev.Locale}
	found := screenEvent(ev)
	p.textLang = found.Lang
	switch level := found.Level; {
	case found.AboutOther:
		// Someone else in danger: their help needs no storage, and
		// nothing of the writer's is recorded.
		return c.someoneElse(p), nil
	case level == risk.Crisis:
		c.log.Info("crisis reply sent without storage") // no person id: that pairing is health data
		return []Message{c.crisisMessage(p)}, &PendingCrisis{Person: ev.Person, At: c.clock.Now(), Source: SourceWords, Err: err}
	case level == risk.Review:
		c.log.Warn("crisis lines sent without storage, in place of the safety question", "err", err)
		return []Message{c.numbersMessage(p)}, nil
	case ev.Command == "crisis":
		return []Message{c.numbersMessage(p)}, nil
	}
	return nil, err
}

// screenEvent screens every text of an event (typed, an Input's answer, a
// command's options in the order of their names) and returns the most
// urgent finding (see urgency), the first of the most urgent ones.
func screenEvent(ev Event) risk.Finding {
	_, found := mostUrgent(append([]string{ev.Text}, optionTexts(ev.Args)...))
	return found
}

// urgency ranks findings: the writer's own crisis first, then someone else
// in danger now, then words to review, then none. A writer's own crisis in
// one option of an event must never give way to someone else's in another.
func urgency(f risk.Finding) int {
	switch {
	case f.Level == risk.Crisis && !f.AboutOther:
		return 3
	case f.AboutOther:
		return 2
	case f.Level == risk.Review:
		return 1
	}
	return 0
}

// mostUrgent screens texts and returns the index and finding of the first
// most urgent one (see urgency), or -1 when there are none.
func mostUrgent(texts []string) (int, risk.Finding) {
	at, found := -1, risk.Finding{}
	for i, t := range texts {
		if f := screenText(t); at < 0 || urgency(f) > urgency(found) {
			at, found = i, f
		}
	}
	return at, found
}

// optionTexts returns a command's options in the order of their names, so
// that which one is screened first does not depend on a map's order.
func optionTexts(args map[string]string) []string {
	names := slices.Sorted(maps.Keys(args))
	texts := make([]string, len(names))
	for i, name := range names {
		texts[i] = args[name]
	}
	return texts
}
