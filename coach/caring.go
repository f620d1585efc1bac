package coach

import (
	"context"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/localtime"
)

// caringTimes are when the caring message may come the day after a crisis:
// late morning, well outside quiet hours, or early afternoon for someone
// whose check-in is near 11:00, so the two never arrive together.
var caringTimes = [2]localtime.LocalTime{{Hour: 11, Set: true}, {Hour: 13, Set: true}}

func caringTime(p Person) localtime.LocalTime {
	if !apart(caringTimes[0], p.CheckInAt) {
		return caringTimes[1]
	}
	return caringTimes[0]
}

// scheduleCaring plans the one caring message of the day after a crisis
// reply given at the given time. Its id is the person's and the day's, so
// several crisis replies in a day plan it once.
func (c *Coach) scheduleCaring(ctx context.Context, p Person, at time.Time) error {
	loc, err := p.Location()
	if err != nil {
		return err
	}
	day := localtime.DayOf(at, loc).AddDays(1)
	y, m, d := day.Date()
	if err := c.queue.Schedule(ctx, NewJob(p.ID, JobCaring, day, caringTime(p).On(y, m, d, loc))); err != nil {
		return fmt.Errorf("schedule caring message: %w", err)
	}
	return nil
}

// deliverCaring says the caring message (crisis.Safety.Caring: warm,
// short, asking nothing; it says where help is and leaves the door open,
// and never says what happened or that anyone noticed), in the language
// of the crisis reply, once, to an active person the day
// after a crisis reply, even while the crisis pause holds their check-ins.
// Nothing is sent after a newer crisis (its own message comes the day after
// it), during a longer pause the person chose (they asked for quiet), or to
// someone the bot cannot reach.
func (c *Coach) deliverCaring(ctx context.Context, p Person, job Job) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	switch {
	case p.Status != StatusActive || p.Unreachable:
		return nil, nil
	case !p.LastCrisis.IsZero() && localtime.DayOf(p.LastCrisis, loc) >= job.Day:
		return nil, nil
	case p.PausedUntil.After(p.LastCrisis.Add(crisisPause + crisisRepeat)):
		return nil, nil // repeats within the hour pause a little longer, never this much
	}
	if stale, err := c.missed(ctx, p, job); stale || err != nil {
		return nil, err
	}
	t := safetyIn(crisisLang(p))
	resume, err := c.resumeLine(ctx, p, loc, t)
	if err != nil {
		return nil, err
	}
	return []Message{{Text: t.Caring + resume}}, nil
}

// resumeLine says what becomes of the plan: while the crisis pause holds
// it, when check-ins come back by themselves and that /resume brings them
// sooner; after it, that they carry on.
func (c *Coach) resumeLine(ctx context.Context, p Person, loc *time.Location, t crisis.Safety) (string, error) {
	jobs, err := c.queue.Upcoming(ctx, p.ID)
	if err != nil {
		return "", fmt.Errorf("list plan for caring message: %w", err)
	}
	now := c.clock.Now()
	paused := now.Before(p.PausedUntil)
	for _, j := range jobs {
		switch {
		case j.Kind != JobCheckIn || j.Due.Before(p.PausedUntil):
		case paused:
			return "\n\n" + fmt.Sprintf(t.ResumeNext, sayWhen(t, j.Due, now, loc)), nil
		default:
			return "\n\n" + t.ResumeCarryOn, nil
		}
	}
	if paused {
		return "\n\n" + fmt.Sprintf(t.ResumeMessages, sayWhen(t, p.PausedUntil, now, loc)), nil
	}
	return "", nil
}

// sayWhen says a time as a person would, in tx's language: "at 20:00
// today", "at 20:00 tomorrow" or "on Thursday at 20:00".
func sayWhen(tx crisis.Safety, t, now time.Time, loc *time.Location) string {
	today := localtime.DayOf(now, loc)
	local := t.In(loc)
	clock := local.Format("15:04")
	switch localtime.DayOf(t, loc) {
	case today:
		return fmt.Sprintf(tx.Today, clock)
	case today.AddDays(1):
		return fmt.Sprintf(tx.Tomorrow, clock)
	}
	return fmt.Sprintf(tx.OnDay, tx.Weekdays[local.Weekday()], clock)
}
