package coach

import (
	"context"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// Retainer removes raw days past their time, keeping weekly aggregates.
// storage.Redis implements it.
type Retainer interface {
	// PeopleWithDaysBefore calls fn with every person who has a day before cutoff.
	PeopleWithDaysBefore(ctx context.Context, cutoff localtime.Day, fn func(person string) error) error
	// ForgetDays stores the weeks' aggregates and deletes the days, at once.
	ForgetDays(ctx context.Context, person string, days []localtime.Day, weeks []WeekAggregate) error
	Weeks(ctx context.Context, person string) ([]WeekAggregate, error)
	// ForgetDeadLetters deletes the queue's dead letters set aside before
	// the given time, and says how many there were.
	ForgetDeadLetters(ctx context.Context, before time.Time) (int, error)
}

// WeekAggregate is what remains of a week once its raw days are gone:
// averages and totals, no notes, no single answers.
type WeekAggregate struct {
	Start    localtime.Day `json:"start"`
	Mood     float64       `json:"mood,omitempty"`
	Anxiety  float64       `json:"anxiety,omitempty"`
	Energy   float64       `json:"energy,omitempty"`
	Sleep    float64       `json:"sleep,omitempty"`
	Minutes  int           `json:"minutes"`
	Answered int           `json:"answered"`
}

// defaultRetentionDays is how long raw check-ins are kept.
const defaultRetentionDays = 365

// deadLetterDays is how long a job that failed for good is kept for an
// operator to look into (or RetentionDays, if that is shorter): two weeks
// covers a holiday, and a dead letter names its person and the day of its
// job — an alert's, a patient and the day of a crisis.
const deadLetterDays = 14

// retentionPerson owns the nightly retention job in the queue.
const retentionPerson = "system-retention"

// RetentionJob is the nightly retention sweep's next run after now, at
// 03:30 UTC, recurring daily. Scheduling it again is harmless: its id is
// its day.
func RetentionJob(now time.Time) Job {
	every := Daily(time.UTC, localtime.LocalTime{Hour: 3, Minute: 30, Set: true})
	return NewRecurringJob(retentionPerson, JobRetention, every, now)
}

// retain removes raw days older than the retention period, person by
// person, keeping each week's aggregate.
func (c *Coach) retain(ctx context.Context) ([]Message, error) {
	cutoff := localtime.DayOf(c.clock.Now(), time.UTC).AddDays(-c.cfg.RetentionDays)
	people := 0
	err := c.store.PeopleWithDaysBefore(ctx, cutoff, func(person string) error {
		people++
		return c.retainPerson(ctx, person, cutoff)
	})
	if err != nil {
		return nil, fmt.Errorf("retention: %w", err)
	}
	keep := time.Duration(min(deadLetterDays, c.cfg.RetentionDays)) * 24 * time.Hour
	dead, err := c.store.ForgetDeadLetters(ctx, c.clock.Now().Add(-keep))
	if err != nil {
		return nil, fmt.Errorf("retention of dead letters: %w", err)
	}
	c.log.Info("retention sweep done", "people", people, "cutoff", cutoff, "dead_letters_dropped", dead)
	return nil, nil
}

func (c *Coach) retainPerson(ctx context.Context, person string, cutoff localtime.Day) error {
	days, err := c.store.CheckIns(ctx, person, exportFrom, cutoff.AddDays(-1))
	if err != nil {
		return fmt.Errorf("load old days: %w", err)
	}
	var forget []localtime.Day
	byWeek := map[localtime.Day][]CheckIn{}
	for _, d := range days {
		forget = append(forget, d.Day)
		start := mondayOf(d.Day)
		byWeek[start] = append(byWeek[start], d)
	}
	var weeks []WeekAggregate
	for start, ds := range byWeek {
		s := SummarizeWeek(WeekInput{Start: start, ThisWeek: ds})
		weeks = append(weeks, WeekAggregate{Start: start, Mood: s.Mood.Avg, Anxiety: s.Anxiety.Avg,
			Energy: s.Energy.Avg, Sleep: s.Sleep.Avg, Minutes: s.MinutesMoved, Answered: s.Answered})
	}
	return c.store.ForgetDays(ctx, person, forget, weeks)
}
