package coach

import (
	"context"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// summaryUseful is how late a weekly summary is still worth sending.
const summaryUseful = 24 * time.Hour

// missed reports whether a job came too late to be useful (the bot was
// down), and records it as missed for the day instead: after downtime a
// person gets what still makes sense, never a flood of stale messages. A
// late job that would land in quiet hours but is still useful after them
// is put off until morning (a Later error).
func (c *Coach) missed(ctx context.Context, p Person, job Job) (bool, error) {
	now := c.clock.Now()
	until, err := usefulUntil(p, job)
	if err != nil {
		return false, err
	}
	morning, quiet := quietUntil(p, now)
	switch {
	case quiet && !morning.After(until):
		return true, Later{At: morning} // still useful after quiet hours: wait for them
	case !quiet && !now.After(until):
		return false, nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, job.Day, "missed:"+string(job.Kind), now.UTC().Format(time.RFC3339)); err != nil {
		return true, fmt.Errorf("record missed %s: %w", job.Kind, err)
	}
	c.log.Info("late job recorded as missed", "job", job.ID, "late", now.Sub(job.Due).Round(time.Minute))
	return true, nil
}

// usefulUntil is the last moment a job still makes sense: a check-in within
// its day, a nudge within the person's window, a follow-up before the
// evening, a summary within a day.
func usefulUntil(p Person, job Job) (time.Time, error) {
	loc, err := p.Location()
	if err != nil {
		return time.Time{}, err
	}
	y, m, d := job.Day.Date()
	switch job.Kind {
	case JobCheckIn:
		return job.Day.AddDays(1).Start(loc), nil
	case JobNudge:
		_, to := p.nudgeWindow()
		return to.On(y, m, d, loc), nil
	case JobSnooze:
		// A time chosen with "Later today…" may be after the window.
		_, to := p.nudgeWindow()
		return maxTime(to.On(y, m, d, loc), job.Due.Add(time.Hour)), nil
	case JobFollowUp:
		return lastFollowUp.On(y, m, d, loc), nil
	case JobSummary:
		return job.Due.Add(summaryUseful), nil
	case JobPlanEnd:
		return job.Day.AddDays(1).Start(loc), nil
	case JobCaring:
		return job.Day.AddDays(1).Start(loc), nil // "the day after", or not at all
	}
	return job.Due.Add(24 * time.Hour), nil
}

// quietUntil reports whether now falls in the person's quiet hours, and
// when they end.
func quietUntil(p Person, now time.Time) (time.Time, bool) {
	loc, err := p.Location()
	if err != nil {
		return time.Time{}, false
	}
	local := now.In(loc)
	if !InQuietHours(localtime.LocalTime{Hour: local.Hour(), Minute: local.Minute(), Set: true}) {
		return time.Time{}, false
	}
	day := localtime.DayOf(now, loc)
	if local.Hour() >= quietHours[0].Hour {
		day = day.AddDays(1)
	}
	y, m, d := day.Date()
	return quietHours[1].On(y, m, d, loc), true
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
