package coach_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

func TestTypedTimeZone(t *testing.T) {
	tests := []struct {
		typed, wantZone, wantText string
	}{
		{"Asia/Tokyo", "Asia/Tokyo", "How much movement feels right"},
		{"London", "Europe/London", "Got it: Europe/London time."},
		{"sao paulo", "America/Sao_Paulo", "Got it: America/Sao_Paulo time."},
		{"Wien", "Europe/Vienna", "Got it: Europe/Vienna time."},
		{"Nueva York", "America/New_York", "Got it: America/New_York time."},
		{"Londres", "Europe/London", "Got it: Europe/London time."},
		{"Londre", "", "Did you mean Londres?"},
		{"EST", "America/New_York", "EST can mean more than one place, so I chose America/New_York — it follows daylight saving time by itself. If that's not where you are, type /settings to change it."},
		{"IST", "Asia/Kolkata", "IST can mean more than one place, so I chose Asia/Kolkata"},
		{"Amsterdamm", "", `I couldn't find a time zone called "Amsterdamm". Did you mean Europe/Amsterdam?`},
		{"Atlantis", "", `I couldn't find a time zone called "Atlantis". Did you mean Atlanta?`},
		{"Narnia", "", `I couldn't find a time zone called "Narnia". Which time zone`},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.store.SavePerson(w.ctx, func() coach.Person { p := w.person(); p.Zone = ""; return p }())
			got := w.submit(coach.VerbZone, tt.typed)
			if !strings.Contains(got, tt.wantText) {
				t.Errorf("reply = %q, want %q", got, tt.wantText)
			}
			if p := w.person(); p.Zone != tt.wantZone {
				t.Errorf("zone = %q, want %q", p.Zone, tt.wantZone)
			}
		})
	}
}
