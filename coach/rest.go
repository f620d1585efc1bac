package coach

import (
	"context"
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"
	"slices"
	"strconv"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// DefaultRestHours is how long after a session's time Aftercare sends
// nothing unless the person chose otherwise: acute effects of a ketamine
// dose usually settle within two hours, and a margin keeps the evening quiet.
const DefaultRestHours = 4

// restChoices are the rest periods /settings offers, in hours. Fewer than two
// would reach into the acute effects; more than twelve would swallow the
// next morning's question about how the person feels.
var restChoices = []int{2, 3, 4, 6, 8, 12}

// restHours is the person's rest after a session, or the default.
func (p Person) restHours() int {
	if slices.Contains(restChoices, p.RestHours) {
		return p.RestHours
	}
	return DefaultRestHours
}

// restUntil is when the quiet after a session at the given time ends.
func (p Person) restUntil(session time.Time) time.Time {
	return session.Add(time.Duration(p.restHours()) * time.Hour)
}

// keepRest moves or drops a plan's jobs that fall inside the rest after a
// session. A check-in or the weekly summary moves to the end of the rest
// when that is still its day and outside quiet hours; otherwise the
// check-in is dropped (the next morning's first message asks how the
// person feels), and the summary, which recurs, waits for the morning. A
// nudge or follow-up inside the rest is dropped: a movement idea can wait
// for another day.
func keepRest(p Person, session time.Time, loc *time.Location, jobs []Job) []Job {
	end := p.restUntil(session)
	morning, quiet := quietUntil(p, end)
	out := jobs[:0]
	for _, j := range jobs {
		if !j.Due.Before(end) {
			out = append(out, j)
			continue
		}
		switch {
		case j.Kind == JobSummary && quiet:
			j.Due = morning
		case j.Kind == JobSummary, j.Kind == JobCheckIn && !quiet && localtime.DayOf(end, loc) == j.Day:
			j.Due = end
		default:
			continue
		}
		out = append(out, j)
	}
	return out
}

// restDropped lists the IDs of the jobs on the session's day and the day
// after that a plan left out, so that a plan made earlier (a second
// session inside a running plan) does not keep them under the same IDs.
func restDropped(p Person, session time.Time, loc *time.Location, jobs []Job) []string {
	first := localtime.DayOf(session, loc)
	var ids []string
	for _, day := range []localtime.Day{first, first.AddDays(1)} {
		for _, kind := range []JobKind{JobCheckIn, JobNudge, JobFollowUp, JobSnooze} {
			id := NewJob(p.ID, kind, day, time.Time{}).ID
			if !slices.ContainsFunc(jobs, func(j Job) bool { return j.ID == id }) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// cancelDropped removes from the queue what the new plan of a session left
// out on its first two days.
func (c *Coach) cancelDropped(ctx context.Context, p Person, session time.Time, jobs []Job) error {
	loc, err := p.Location()
	if err != nil {
		return err
	}
	if err := c.queue.Cancel(ctx, p.ID, restDropped(p, session, loc, jobs)...); err != nil {
		return fmt.Errorf("cancel jobs inside the rest after a session: %w", err)
	}
	return nil
}

// resting holds back a person's planned message that falls due inside the
// rest after a session, whatever planned it (a plan made before the
// session was logged): a check-in or summary comes again when the rest
// ends (a Later error), a nudge or follow-up is not sent.
func (c *Coach) resting(ctx context.Context, p Person, job Job) (bool, error) {
	switch job.Kind {
	case JobCheckIn, JobSummary, JobNudge, JobFollowUp, JobSnooze:
	default:
		return false, nil
	}
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil {
		return true, fmt.Errorf("load sessions for the rest after one: %w", err)
	}
	now := c.clock.Now()
	for _, s := range sessions {
		if end := p.restUntil(s.At); !now.Before(s.At) && now.Before(end) {
			if job.Kind == JobCheckIn || job.Kind == JobSummary {
				return true, Later{At: end}
			}
			return true, c.recordHeld(ctx, p, job.Day, job.Kind, heldRest)
		}
	}
	return false, nil
}

// restSetting is /settings' rest after a session: its choices, or a chosen
// value saved and the plan moved to fit it.
func (c *Coach) restSetting(ctx context.Context, p Person, value string) ([]Message, error) {
	if value == "" {
		var buttons []Button
		for _, h := range restChoices {
			buttons = append(buttons, settingButton(p.words().T("settings.rest_hours", lang.Args{"Hours": h}), "rest", strconv.Itoa(h)))
		}
		return []Message{{Text: p.words().T("settings.rest_question", lang.Args{"Hours": p.restHours()}), Buttons: buttons}}, nil
	}
	h, err := strconv.Atoi(value)
	if err != nil || !slices.Contains(restChoices, h) {
		return []Message{staleButton(p)}, nil
	}
	p.RestHours = h
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save rest after a session: %w", err)
	}
	if err := c.replan(ctx, p); err != nil {
		return nil, err
	}
	return []Message{{Text: p.words().T("settings.rest_saved", lang.Args{"Hours": h})}}, nil
}
