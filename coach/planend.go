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

// JobPlanEnd is the closing message of a plan: the day after its last day,
// at the person's check-in time (no check-in comes that day).
const JobPlanEnd JobKind = "planend"

// planEndJob is the closing message of the plan whose first day is first.
// A later session that extends the plan plans its own; the earlier one
// then finds it is not the end and says nothing (see deliverPlanEnd).
func planEndJob(p Person, first localtime.Day, loc *time.Location) Job {
	day := first.AddDays(planDays(p))
	y, m, d := day.Date()
	return NewJob(p.ID, JobPlanEnd, day, p.CheckInAt.On(y, m, d, loc))
}

// deliverPlanEnd says the closing message when no check-in is planned any
// more; a plan extended by a newer session ends later and says so then.
// The recap covers the days from the latest session until today.
func (c *Coach) deliverPlanEnd(ctx context.Context, p Person, day localtime.Day) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("load sessions for the closing message: %w", err)
	}
	var first localtime.Day
	now := c.clock.Now()
	for _, s := range sessions {
		if !s.At.After(now) {
			first = localtime.DayOf(s.At, loc)
		}
	}
	if first == "" || first >= day {
		return nil, nil
	}
	jobs, err := c.queue.Upcoming(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("list plan for the closing message: %w", err)
	}
	if slices.ContainsFunc(jobs, func(j Job) bool { return j.Kind == JobCheckIn && j.Day >= day }) {
		return nil, nil // the plan goes on: a newer session, or a longer plan
	}
	days, err := c.store.CheckIns(ctx, p.ID, first, day.AddDays(-1))
	if err != nil {
		return nil, fmt.Errorf("load the plan's days: %w", err)
	}
	answered, minutes := 0, 0
	for _, d := range days {
		if d.Answered() {
			answered++
		}
		minutes += d.MovedMinutes()
	}
	n := 0
	for d := first; d < day; d = d.AddDays(1) {
		n++
	}
	return []Message{{Title: p.words().T("planend.title"), Text: planEndText(p.words(), n, first, answered, minutes)}}, nil
}

// planEndText closes a plan: what the days held, said without a score to
// live up to (nothing at all when nothing was logged), thanks, and the
// door left open for the next session.
func planEndText(w lang.Printer, days int, first localtime.Day, answered, minutes int) string {
	var b strings.Builder
	y, m, d := first.Date()
	b.WriteString(w.T("planend.over", lang.Args{"Days": days, "Day": w.Day(time.Date(y, m, d, 12, 0, 0, 0, time.UTC))}))
	var recap []string
	if answered > 0 {
		recap = append(recap, w.N("planend.checked_in", answered))
	}
	if minutes > 0 {
		recap = append(recap, w.T("planend.moved", lang.Args{"Minutes": minutes}))
	}
	if len(recap) > 0 {
		b.WriteString("\n\n" + w.T("planend.recap", lang.Args{"What": strings.Join(recap, " "+w.T("planend.and")+" ")}))
	}
	b.WriteString("\n\n" + w.T("planend.next"))
	return b.String()
}
