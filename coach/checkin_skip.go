package coach

import (
	"context"
	"fmt"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// skipValue is the Value of a check-in question's Skip button.
const skipValue = "skip"

// fieldSkipPrefix starts the stored mark of a skipped question,
// "skip:<field>"; the question then counts as done, with no answer.
const fieldSkipPrefix = "skip:"

// skipButton lets a person pass over one check-in question.
func skipButton(w lang.Printer, day localtime.Day, f Field) Button {
	return Button{Label: w.T("checkin.skip"), Action: Action{Verb: VerbAnswer, Day: day, Field: string(f), Value: skipValue}}
}

// skippable reports whether a field's question has a Skip button: the 1-5
// questions and minutes moved (the note has its own).
func skippable(f Field) bool {
	_, isScale := scaleFor(f)
	return isScale || f == FieldMinutes
}

// skipQuestion marks one question skipped and asks the next.
func (c *Coach) skipQuestion(ctx context.Context, p Person, a Action) ([]Message, error) {
	if !skippable(Field(a.Field)) || !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, a.Day, fieldSkipPrefix+a.Field, "1"); err != nil {
		return nil, fmt.Errorf("skip check-in question: %w", err)
	}
	return c.continueCheckIn(ctx, p, a.Day)
}

// skippedFields reads the skipped questions from a day's stored fields.
func skippedFields(fields map[string]string) map[Field]bool {
	var out map[Field]bool
	for k := range fields {
		if f, ok := strings.CutPrefix(k, fieldSkipPrefix); ok && skippable(Field(f)) {
			if out == nil {
				out = map[Field]bool{}
			}
			out[Field(f)] = true
		}
	}
	return out
}

// checkInHours says which check-in times setTime accepts: any outside quiet
// hours, so from their end to the minute before they begin.
func checkInHours() (from, to localtime.LocalTime) {
	last := quietHours[0].Minutes() - 1
	return quietHours[1], localtime.LocalTime{Hour: last / 60, Minute: last % 60, Set: true}
}
