package coach

import (
	"context"
	"fmt"
)

// VerbErase confirms /delete: Value "yes" erases, anything else keeps.
const VerbErase = "erase"

// Eraser removes everything of one person. storage.Redis implements it.
type Eraser interface {
	// Erase deletes every key of the person in one step, and their traces
	// in others' records: therapists' patient lists, group challenges.
	Erase(ctx context.Context, person string) error
}

// confirmErase answers /delete: what goes, and a button to confirm.
func (c *Coach) confirmErase(_ context.Context, p Person) ([]Message, error) {
	return []Message{{
		Title: "Delete everything?",
		Text:  "This erases everything I hold about you — settings, sessions, check-ins, notes, questionnaire answers, movement, and what you share with a therapist (they lose access at once) — and stops every message. It can't be undone. /export first if you'd like a copy.",
		Buttons: []Button{
			{Label: "Delete everything", Action: Action{Verb: VerbErase, Value: "yes"}},
			{Label: "Keep my data", Action: Action{Verb: VerbErase, Value: "no"}},
		},
	}}, nil
}

// erase deletes the person's data after they confirmed.
func (c *Coach) erase(ctx context.Context, p Person, confirmed bool) ([]Message, error) {
	if !confirmed {
		return []Message{{Text: "Nothing was deleted."}}, nil
	}
	if err := c.queue.CancelAll(ctx, p.ID); err != nil {
		return nil, fmt.Errorf("cancel jobs before erasing: %w", err)
	}
	if err := c.eraser.Erase(ctx, p.ID); err != nil {
		return nil, fmt.Errorf("erase person: %w", err)
	}
	c.log.Info("person erased", "person", p.ID)
	return []Message{{Text: "Done — everything is deleted, and I won't write to you again. If you ever want to start afresh, /start is always there. Take good care of yourself."}}, nil
}
