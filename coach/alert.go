package coach

import (
	"context"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// recordCrisis notes the crisis on the patient's day (for their own record
// and a digest flag) and alerts each therapist the patient allowed to be
// alerted. Every step is idempotent (the day's field, alert ids per day and
// source), so a failed recording can be made again whole.
func (c *Coach) recordCrisis(ctx context.Context, p Person, now time.Time, source AlertSource) error {
	loc, err := p.Location()
	if err != nil {
		return err
	}
	day := localtime.DayOf(now, loc)
	if err := c.store.SaveAnswer(ctx, p.ID, day, fieldCrisis, now.UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("record crisis day: %w", err)
	}
	if err := c.store.SaveAnswer(ctx, p.ID, day, fieldCrisisFrom+string(source), now.UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("record crisis source: %w", err)
	}
	return c.alertTherapists(ctx, p, day, now, source)
}

// alertTherapists schedules an alert, saying its source, to each therapist
// the patient allowed to be alerted, in one step.
func (c *Coach) alertTherapists(ctx context.Context, p Person, day localtime.Day, now time.Time, source AlertSource) error {
	shares, err := c.store.Shares(ctx, p.ID)
	if err != nil {
		return fmt.Errorf("load shares for crisis alert: %w", err)
	}
	var alerts []Job
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
		alerts = append(alerts, job)
	}
	if err := c.queue.Schedule(ctx, alerts...); err != nil {
		return fmt.Errorf("schedule crisis alert: %w", err)
	}
	return nil
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
	at, w := job.Due, lang.For(lang.Default)
	if t, err := c.store.Therapist(ctx, job.Person); err == nil {
		if loc, err := localtime.LoadLocation(t.Zone); err == nil {
			at = at.In(loc)
		}
		w = t.words()
	}
	title, text := alertText(w, share.ShownAs, alertTime(w, at), job.Source)
	if c.cfg.DigestLinkOnly {
		text = linkOnlyAlert(w, alertTime(w, at), c.linkLine(w, job.Person, LinkTherapist))
	}
	return []Message{{Title: title, Crisis: true, Text: text}}, nil
}

// Delivered is told of a job whose messages reached the person. An alert
// goes into the patient's record only then: recorded when it was
// prepared, a send that failed and was tried again was recorded at every
// try, and one that never got through was recorded as sent.
func (c *Coach) Delivered(ctx context.Context, job Job) error {
	if job.Kind != JobAlert {
		return nil
	}
	share, ok, err := c.activeShare(ctx, job.About, job.Person)
	if err != nil || !ok {
		return err
	}
	if err := c.store.Record(ctx, job.About, auditEntry(c.clock.Now(), share.TherapistName, alertAudit(job.Source), nil)); err != nil {
		return fmt.Errorf("record alert: %w", err)
	}
	return nil
}

// sessionFor logs a therapy session for a consenting patient, which
// starts their plan: /therapist session.
func (c *Coach) sessionFor(ctx context.Context, t Therapist, patient, intention string) ([]Message, error) {
	share, ok, err := c.activeShare(ctx, patient, t.ID)
	if err != nil {
		return nil, err
	}
	p, perr := c.store.Person(ctx, patient)
	if !ok || perr != nil || !p.Onboarded() || p.Status == StatusStopped {
		// The same answer whatever the reason: it tells nothing about a
		// person who has not consented.
		return []Message{{Text: t.words().T("therapist.session_refused")}}, nil
	}
	if problem := intentionProblemIn(t.words(), intention); problem != "" {
		return []Message{{Text: problem}}, nil
	}
	now := c.clock.Now()
	if err := c.startPlan(ctx, p, now, t.ID); err != nil {
		return nil, err
	}
	if err := c.sessionIntention(ctx, p, now, intention); err != nil {
		return nil, err
	}
	if err := c.store.Record(ctx, p.ID, auditEntry(now, t.Name, auditSession, nil)); err != nil {
		return nil, fmt.Errorf("record session: %w", err)
	}
	return []Message{{Text: t.words().T("therapist.session_logged", lang.Args{"Name": share.ShownAs})}}, nil
}
