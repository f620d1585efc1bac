package coach

import (
	"context"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// recordCrisis notes the crisis on the patient's day (for their own record
// and a digest flag) and alerts each therapist the patient allowed to be
// alerted. Failures are logged, never shown: the crisis reply comes first.
func (c *Coach) recordCrisis(ctx context.Context, p Person, now time.Time, source AlertSource) {
	loc, err := p.Location()
	if err != nil {
		return
	}
	day := localtime.DayOf(now, loc)
	if err := c.store.SaveAnswer(ctx, p.ID, day, fieldCrisis, now.UTC().Format(time.RFC3339)); err != nil {
		c.log.Error("record crisis day", "err", err)
	}
	c.alertTherapists(ctx, p, day, now, source)
}

// alertTherapists schedules an alert, saying its source, to each therapist
// the patient allowed to be alerted. Failures are logged, never shown.
func (c *Coach) alertTherapists(ctx context.Context, p Person, day localtime.Day, now time.Time, source AlertSource) {
	shares, err := c.store.Shares(ctx, p.ID)
	if err != nil {
		c.log.Error("load shares for crisis alert", "err", err)
		return
	}
	for _, s := range shares {
		if !s.Active() || !s.Scope.Alerts {
			continue
		}
		job := NewJob(s.Therapist, JobAlert, day, now)
		job.ID += ":" + p.ID
		if source != SourceWords {
			job.ID += ":" + string(source) // a different source the same day is a different alert
		}
		job.About, job.Source = p.ID, source
		if err := c.queue.Schedule(ctx, job); err != nil {
			c.log.Error("schedule crisis alert", "err", err)
		}
	}
}

// deliverAlert tells a therapist that a patient had a crisis flag, its
// source and when — never the words or the answers. Consent is checked
// again at sending: a share revoked in between sends nothing.
func (c *Coach) deliverAlert(ctx context.Context, job Job) ([]Message, error) {
	share, ok, err := c.activeShare(ctx, job.About, job.Person)
	if err != nil {
		return nil, err
	}
	if !ok || !share.Scope.Alerts {
		return nil, ErrInactive
	}
	at := job.Due
	if t, err := c.store.Therapist(ctx, job.Person); err == nil {
		if loc, err := time.LoadLocation(t.Zone); err == nil {
			at = at.In(loc)
		}
	}
	title, text, audit := alertText(share.ShownAs, at.Format("15:04 on Monday 2 January (MST)"), job.Source)
	if err := c.store.Record(ctx, job.About, AuditEntry{At: c.clock.Now(), Who: share.TherapistName, What: audit}); err != nil {
		return nil, fmt.Errorf("record alert: %w", err)
	}
	return []Message{{Title: title, Crisis: true, Text: text}}, nil
}

// sessionFor logs a therapy session for a consenting patient, which
// starts their plan: /therapist session.
func (c *Coach) sessionFor(ctx context.Context, t Therapist, patient string) ([]Message, error) {
	share, ok, err := c.activeShare(ctx, patient, t.ID)
	if err != nil {
		return nil, err
	}
	p, perr := c.store.Person(ctx, patient)
	if !ok || perr != nil || !p.Onboarded() || p.Status == StatusStopped {
		// The same answer whatever the reason: it tells nothing about a
		// person who has not consented.
		return []Message{{Text: "I can only log a session for a patient who shares with you and uses Aftercare."}}, nil
	}
	now := c.clock.Now()
	if err := c.startPlan(ctx, p, now, t.ID); err != nil {
		return nil, err
	}
	if err := c.store.Record(ctx, p.ID, AuditEntry{At: now, Who: t.Name, What: "logged a therapy session for you; your plan for the next days has started"}); err != nil {
		return nil, fmt.Errorf("record session: %w", err)
	}
	return []Message{{Text: fmt.Sprintf("Logged a session for %s today; their aftercare plan has started.", share.ShownAs)}}, nil
}
