package coach_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// FuzzDecodeAction feeds DecodeAction what a forged or garbled custom_id
// could hold: it refuses it, or gives back an action that encodes to
// exactly the same custom_id, within Discord's limit.
func FuzzDecodeAction(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		a, err := coach.DecodeAction(s)
		if err != nil {
			if !errors.Is(err, coach.ErrBadAction) || a != (coach.Action{}) {
				t.Fatalf("DecodeAction(%q) = %+v, %v; want a zero Action and ErrBadAction", s, a, err)
			}
			return
		}
		if len(s) > coach.MaxActionLen {
			t.Fatalf("DecodeAction accepted %d bytes, over the limit of %d", len(s), coach.MaxActionLen)
		}
		if enc := a.Encode(); enc != s {
			t.Fatalf("DecodeAction(%q) = %+v, which encodes to %q", s, a, enc)
		}
		if a.Day != "" {
			if _, err := localtime.ParseDay(string(a.Day)); err != nil {
				t.Fatalf("DecodeAction(%q) has day %q, which is not a date", s, a.Day)
			}
		}
	})
}

// FuzzActionEncode checks the other direction: an action whose fields hold
// no separator and whose day is a date (or none) comes back unchanged,
// unless it is too long for a custom_id, when it is refused.
func FuzzActionEncode(f *testing.F) {
	f.Fuzz(func(t *testing.T, verb, field, value string, days int32) {
		if strings.Contains(verb+field+value, "|") {
			t.Skip("a field with the separator cannot travel in a custom_id")
		}
		a := coach.Action{Verb: verb, Field: field, Value: value}
		if days != 0 {
			// Days from 2000-01-01, kept within four-digit years.
			day := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%2_000_000))
			a.Day = localtime.Day(day.Format(time.DateOnly))
			if _, err := localtime.ParseDay(string(a.Day)); err != nil {
				t.Skip("not a four-digit year")
			}
		}
		enc := a.Encode()
		got, err := coach.DecodeAction(enc)
		if len(enc) > coach.MaxActionLen {
			if !errors.Is(err, coach.ErrBadAction) {
				t.Fatalf("DecodeAction of %d bytes = %+v, %v; want ErrBadAction", len(enc), got, err)
			}
			return
		}
		if err != nil || got != a {
			t.Fatalf("DecodeAction(%q) = %+v, %v; want %+v", enc, got, err, a)
		}
	})
}
