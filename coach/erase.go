package coach

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Eraser removes everything of one person. storage.Redis implements it.
type Eraser interface {
	// Erase deletes every key of the person in one step, and their traces
	// in others' records: therapists' patient lists, group challenges.
	Erase(ctx context.Context, person string) error
	// Holds reports whether anything of the person is kept at all.
	Holds(ctx context.Context, person string) (bool, error)
}

// nothingToDelete answers /delete from someone of whom nothing is kept.
func nothingToDelete(p Person) Message {
	return Message{Text: p.words().T("erase.nothing"), Erased: true}
}

// confirmErase answers /delete: what goes, and a button to confirm.
func (c *Coach) confirmErase(ctx context.Context, p Person) ([]Message, error) {
	held, err := c.store.Holds(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("look for data to delete: %w", err)
	}
	if !held {
		return []Message{nothingToDelete(p)}, nil
	}
	return []Message{{
		Title: p.words().T("erase.title"),
		Text:  p.words().T("erase.confirm"),
		Buttons: []Button{
			{Label: p.words().T("erase.yes"), Action: Action{Verb: VerbErase, Value: "yes"}},
			{Label: p.words().T("erase.no"), Action: Action{Verb: VerbErase, Value: "no"}},
		},
	}}, nil
}

// erase deletes the person's data after they confirmed.
func (c *Coach) erase(ctx context.Context, p Person, confirmed bool) ([]Message, error) {
	if !confirmed {
		return []Message{{Text: p.words().T("erase.kept")}}, nil
	}
	held, err := c.store.Holds(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("look for data to delete: %w", err)
	}
	if !held {
		return []Message{nothingToDelete(p)}, nil
	}
	if err := c.queue.CancelAll(ctx, p.ID); err != nil {
		return nil, fmt.Errorf("cancel jobs before erasing: %w", err)
	}
	if err := c.endSharesWith(ctx, p.ID); err != nil {
		return nil, err
	}
	if err := c.store.Erase(ctx, p.ID); err != nil {
		return nil, fmt.Errorf("erase person: %w", err)
	}
	c.log.Info("person erased") // no id: a log that outlives the data must not say whose it was
	return []Message{{Text: p.words().T("erase.done"), Erased: true}}, nil
}

// endSharesWith ends every share with a therapist who is erasing their
// data, and says so in each patient's record: a patient's /share list
// must not show them sharing with someone who is gone. Then their id
// leaves every patient's records, revoked shares included. The record is
// the patient's own history of who saw their data, so it keeps the name
// they shared with.
func (c *Coach) endSharesWith(ctx context.Context, therapist string) error {
	if _, err := c.store.Therapist(ctx, therapist); errors.Is(err, ErrNotFound) {
		return nil
	} else if err != nil {
		return fmt.Errorf("load therapist before erasing: %w", err)
	}
	patients, err := c.store.Patients(ctx, therapist)
	if err != nil {
		return fmt.Errorf("list patients before erasing: %w", err)
	}
	now := c.clock.Now()
	for _, patient := range patients {
		s, ok, err := c.activeShare(ctx, patient, therapist)
		if err != nil {
			return err
		}
		if ok {
			if err := c.endShare(ctx, patient, s, now); err != nil {
				return err
			}
		}
		if err := c.store.ForgetTherapist(ctx, patient, therapist); err != nil {
			return fmt.Errorf("forget therapist before erasing: %w", err)
		}
	}
	return nil
}

func (c *Coach) endShare(ctx context.Context, patient string, s Share, now time.Time) error {
	s.Revoked = now
	if err := c.store.SaveShare(ctx, patient, s); err != nil {
		return fmt.Errorf("end share before erasing: %w", err)
	}
	entry := auditEntry(now, s.TherapistName, auditDeletedShares, nil)
	if err := c.store.Record(ctx, patient, entry); err != nil {
		return fmt.Errorf("record ended share: %w", err)
	}
	return nil
}
