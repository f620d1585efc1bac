package coach

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// fieldHeldPrefix starts a day's field that says a planned message was
// held back, and why ("held:nudge" -> "moved"), so that /export can tell
// the person what was not sent as well as what was.
const fieldHeldPrefix = "held:"

// Why a planned message was held back. The values are stored.
const (
	heldPaused      = "paused"
	heldUnreachable = "unreachable"
	heldRest        = "rest"
	heldMoved       = "moved"
)

// heldKeys say why, for the person, as export.held_*.
var heldKeys = map[string]string{
	heldPaused:      "paused",
	heldUnreachable: "unreachable",
	heldRest:        "rest",
	heldMoved:       "moved",
}

// recordHeld notes on a day that its message of the given kind was held back.
func (c *Coach) recordHeld(ctx context.Context, p Person, day localtime.Day, kind JobKind, why string) error {
	if why == "" {
		return nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, day, fieldHeldPrefix+string(kind), why); err != nil {
		return fmt.Errorf("record held %s: %w", kind, err)
	}
	return nil
}

// heldWhy is why Deliver's gate holds back a person's planned message:
// empty for someone who is not (or no longer) on a plan at all.
func heldWhy(p Person, now time.Time) string {
	switch {
	case p.Unreachable:
		return heldUnreachable
	case p.Status == StatusPaused || now.Before(p.PausedUntil):
		return heldPaused
	}
	return ""
}

// heldFromFields reads the held-back messages of a day.
func heldFromFields(fields map[string]string) map[JobKind]string {
	var out map[JobKind]string
	for k, v := range fields {
		if kind, ok := strings.CutPrefix(k, fieldHeldPrefix); ok && heldKeys[v] != "" {
			if out == nil {
				out = map[JobKind]string{}
			}
			out[JobKind(kind)] = v
		}
	}
	return out
}
