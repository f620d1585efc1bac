package coach

import (
	"errors"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
)

// Action is what a button press or a typed answer means. It travels through
// Discord as a custom_id, so it is small, printable and checked on the way
// back in: a forged or outdated one is refused, never trusted.
type Action struct {
	Verb  string        // what to do, e.g. "consent" or "answer"
	Day   localtime.Day // the check-in day it belongs to, if any
	Field string        // which question, if any
	Value string        // the chosen value, if any
}

// Verbs the coach understands.
const (
	VerbConsent = "consent" // Value "yes" or "no"
	VerbZone    = "zone"    // Input: the person's time zone
	VerbTime    = "time"    // Input: the daily check-in time
	VerbAnswer  = "answer"  // a check-in answer: Day, Field, Value
	VerbNote    = "note"    // Input: the check-in note for Day
)

// MaxActionLen is Discord's limit on a custom_id.
const MaxActionLen = 100

const actionSep = "|"

// ErrBadAction means an encoded action was malformed, too long or unknown.
var ErrBadAction = errors.New("unrecognised action")

// Encode writes a as a custom_id.
func (a Action) Encode() string {
	return strings.Join([]string{"v1", a.Verb, string(a.Day), a.Field, a.Value}, actionSep)
}

// DecodeAction reads an encoded action back, refusing anything this version
// did not write.
func DecodeAction(s string) (Action, error) {
	if len(s) > MaxActionLen {
		return Action{}, ErrBadAction
	}
	parts := strings.Split(s, actionSep)
	if len(parts) != 5 || parts[0] != "v1" {
		return Action{}, ErrBadAction
	}
	a := Action{Verb: parts[1], Field: parts[3], Value: parts[4]}
	if parts[2] != "" {
		day, err := localtime.ParseDay(parts[2])
		if err != nil {
			return Action{}, ErrBadAction
		}
		a.Day = day
	}
	return a, nil
}
