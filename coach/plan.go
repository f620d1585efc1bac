//go:build aftercare_wip

package coach

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// logSession records a therapy session now and plans the days after it.
// A second session inside a running plan extends it: jobs have stable IDs,
// so days already planned are replaced, never doubled.
func (c *Coach) logSession(ctx context.Context, p Person) ([]Message, error) {
	now := c.clock.Now()
	if err := c.store.AddSession(ctx, p.ID, TherapySession{At: now, LoggedBy: p.ID}); err != nil {
		return nil, fmt.Errorf("save session: %w", err)
	}
	jobs, err := PlanAfterSession(p, now)
	if err != nil {
		return nil, err
	}
	if err := c.queue.Schedule(ctx, jobs...); err != nil {
		return nil, fmt.Errorf("schedule plan: %w", err)
	}
	plan, err := c.plan(ctx, p)
	if err != nil {
		return nil, err
	}
	return append([]Message{{
		Title: "Session logged",
		Text:  "Thank you for telling me. Today is for rest: no exercise, no driving, no big decisions — be gentle with yourself.",
	}}, plan...), nil
}

// PlanAfterSession returns the jobs of the plan that starts with a session at
// the given time: one check-in a day, at the person's check-in time, for
// the plan's days, skipping any time already past.
func PlanAfterSession(p Person, session time.Time) ([]Job, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	first := DayOf(session, loc)
	var jobs []Job
	for i := range planDays(p) {
		day := first.AddDays(i)
		y, m, d := day.Date()
		due := p.CheckInAt.On(y, m, d, loc)
		if due.After(session) {
			jobs = append(jobs, NewJob(p.ID, JobCheckIn, day, due))
		}
	}
	return jobs, nil
}

// plan lists what is coming, in the person's local time.
func (c *Coach) plan(ctx context.Context, p Person) ([]Message, error) {
	jobs, err := c.queue.Upcoming(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("list plan: %w", err)
	}
	if len(jobs) == 0 {
		return []Message{{Text: "Nothing is planned right now. After your next therapy session, type /session and I'll plan the days after it."}}, nil
	}
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, j := range jobs {
		fmt.Fprintf(&b, "• %s — %s\n", j.Due.In(loc).Format("Mon 2 Jan 15:04"), describeJob(j.Kind))
	}
	return []Message{{Title: "What's coming (" + p.Zone + " time)", Text: strings.TrimSuffix(b.String(), "\n")}}, nil
}

func describeJob(k JobKind) string {
	switch k {
	case JobCheckIn:
		return "check-in"
	}
	return string(k)
}
