package coach

import (
	"errors"
	"strings"
	"testing"
)

func TestActionRoundTrip(t *testing.T) {
	tests := []Action{
		{Verb: VerbConsent, Field: "Europe/London@20:00", Value: "yes"},
		{Verb: VerbAnswer, Day: "2026-03-02", Field: "mood", Value: "3"},
		{Verb: VerbNote, Day: "2026-03-02"},
	}
	for _, a := range tests {
		enc := a.Encode()
		if len(enc) > MaxActionLen {
			t.Errorf("%+v encodes to %d characters, over Discord's %d", a, len(enc), MaxActionLen)
		}
		got, err := DecodeAction(enc)
		if err != nil || got != a {
			t.Errorf("DecodeAction(%q) = %+v, %v; want %+v", enc, got, err, a)
		}
	}
}

func TestDecodeActionRefusesForgeries(t *testing.T) {
	for _, s := range []string{
		"", "v1", "v2|answer|2026-03-02|mood|3", "v1|answer|2026-13-40|mood|3", "v1|answer|yesterday|mood|3",
		"v1|answer|2026-03-02|mood", "v1|a|b|c|d|e", strings.Repeat("v1|", 40),
	} {
		if a, err := DecodeAction(s); !errors.Is(err, ErrBadAction) {
			t.Errorf("DecodeAction(%q) = %+v, %v; want ErrBadAction", s, a, err)
		}
	}
}
