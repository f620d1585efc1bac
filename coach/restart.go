package coach

import (
	"context"
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
		return []Message{{Text: p.words().T("pause.back_no_plan")}}, nil
	}
	w := p.words()
	return []Message{{
		Text: w.N("pause.back_plan", left),
		Buttons: []Button{
			{Label: w.T("pause.yes"), Action: Action{Verb: VerbResumePlan, Value: "yes"}},
			{Label: w.T("pause.not_now"), Action: Action{Verb: VerbResumePlan, Value: "no"}},
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
		return []Message{{Text: p.words().T("pause.off_since_stop")}}, nil
	case !yes:
		return []Message{{Text: p.words().T("pause.nothing_planned")}}, nil
	}
	if err := c.replan(ctx, p); err != nil {
		return nil, err
	}
	plan, err := c.plan(ctx, p)
	if err != nil {
		return nil, err
	}
	return append([]Message{{Text: p.words().T("pause.plan_resumed")}}, plan...), nil
}
