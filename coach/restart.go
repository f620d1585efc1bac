package coach

import (
	"context"
	"fmt"
	"slices"
)

// welcomeBack answers /start after /stop. /stop cancelled the plan; when
// the last session's plan still has days to come, it offers to pick it up
// again rather than losing it without a word.
func (c *Coach) welcomeBack(ctx context.Context, p Person) ([]Message, error) {
	left, err := c.planLeft(ctx, p)
	if err != nil {
		return nil, err
	}
	if left == 0 {
		return []Message{{Text: "Welcome back. Messages are on again; /session plans the days after your next session."}}, nil
	}
	days := "1 day"
	if left > 1 {
		days = fmt.Sprintf("%d days", left)
	}
	return []Message{{
		Text: fmt.Sprintf("Welcome back. Messages are on again.\n\nThe plan after your last session still has %s to go. Pick up where you left off?", days),
		Buttons: []Button{
			{Label: "Yes", Action: Action{Verb: VerbResumePlan, Value: "yes"}},
			{Label: "Not now", Action: Action{Verb: VerbResumePlan, Value: "no"}},
		},
	}}, nil
}

// planLeft counts the days of check-ins or movement ideas that the plans of
// the person's sessions still hold after now.
func (c *Coach) planLeft(ctx context.Context, p Person) (int, error) {
	jobs, err := c.remainingPlan(ctx, p)
	if err != nil {
		return 0, err
	}
	var days []string
	for _, j := range jobs {
		if (j.Kind == JobCheckIn || j.Kind == JobNudge) && !slices.Contains(days, string(j.Day)) {
			days = append(days, string(j.Day))
		}
	}
	return len(days), nil
}

// remainingPlan is what the plans of the person's sessions hold after now.
func (c *Coach) remainingPlan(ctx context.Context, p Person) ([]Job, error) {
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil || len(sessions) == 0 {
		return nil, wrapErr("load sessions to resume", err)
	}
	now := c.clock.Now()
	jobs, err := plansFrom(p, sessions, now)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(jobs, func(j Job) bool { return !j.Due.After(now) }), nil
}

// resumePlan answers "Pick up where you left off?": yes schedules the rest
// of the plan again, at the person's present times, and shows it.
func (c *Coach) resumePlan(ctx context.Context, p Person, yes bool) ([]Message, error) {
	switch {
	case p.Status == StatusStopped:
		return []Message{{Text: "Messages are off since you used /stop. /start turns them back on."}}, nil
	case !yes:
		return []Message{{Text: "Alright — nothing is planned for now. When you're ready, /session plans the days after your next session."}}, nil
	}
	if err := c.replan(ctx, p); err != nil {
		return nil, err
	}
	plan, err := c.plan(ctx, p)
	if err != nil {
		return nil, err
	}
	return append([]Message{{Text: "Good to have you back. Here is what's left of your plan — answer only what you like."}}, plan...), nil
}
