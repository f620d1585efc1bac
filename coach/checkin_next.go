package coach

import (
	"context"
	"fmt"

	"github.com/aftercare/aftercare/coach/localtime"
)

// noon divides a day's check-ins: one answered before it is a morning
// check-in, whose "minutes moved" are only the morning's.
var noon = localtime.LocalTime{Hour: 12, Set: true}

// fieldMinutesMorning marks a day whose "minutes moved" answer came before
// noon on that day.
const fieldMinutesMorning = "minutes_am"

// nextQuestion returns the next question of a day's check-in, and false
// when it is complete. On the day of a session and the day after, the
// side-effect question comes first. Before noon, the movement question
// asks about the morning so far.
func (c *Coach) nextQuestion(ctx context.Context, p Person, ci CheckIn) (Message, bool, error) {
	if !ci.SideEffects.Done() {
		due, sessionDay, err := c.sideEffectsDue(ctx, p, ci.Day)
		if err != nil {
			return Message{}, false, err
		}
		if due {
			return sideEffectQuestion(p.words(), ci.Day, ci.SideEffects, effectsThenCheckIn, sessionDay), true, nil
		}
	}
	f, open := ci.Next()
	if !open {
		return Message{}, false, nil
	}
	m := question(p.words(), ci.Day, f)
	if f == FieldMinutes && c.morningOf(p, ci.Day) {
		m.Text = p.words().T("checkin.minutes_morning")
	}
	return m, true, nil
}

// morningOf reports whether it is now before noon on the given day, in the
// person's zone.
func (c *Coach) morningOf(p Person, day localtime.Day) bool {
	loc, err := p.Location()
	if err != nil {
		return false
	}
	now := c.clock.Now()
	y, m, d := day.Date()
	return localtime.DayOf(now, loc) == day && now.Before(noon.On(y, m, d, loc))
}

// saveAnswer stores one check-in answer. A "minutes moved" answer given
// before noon on its day is marked as the morning's, so that it does not
// cancel the day's movement idea (see movedForNudge).
func (c *Coach) saveAnswer(ctx context.Context, p Person, day localtime.Day, field, value string) error {
	fields := map[string]string{field: value}
	if field == string(FieldMinutes) && c.morningOf(p, day) {
		fields[fieldMinutesMorning] = "1"
	}
	if err := c.store.SaveFields(ctx, p.ID, day, fields); err != nil {
		return fmt.Errorf("save check-in answer: %w", err)
	}
	return nil
}

// movedForNudge is the movement that makes a day's nudge unneeded: what was
// logged, and the check-in's answer unless it was given before noon. A
// morning's "10 minutes" says little about the afternoon, so the day's
// movement idea still comes.
func (ci CheckIn) movedForNudge() int {
	if ci.MinutesMorning {
		return ci.Moved
	}
	return ci.MovedMinutes()
}
