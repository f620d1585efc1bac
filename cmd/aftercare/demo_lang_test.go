package main

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/langtest"
)

// The demo in Spanish, German and French: Sam goes through the same week,
// in the language, with no English sentence on Sam's side or on Dr
// Rivera's, who speaks the demo's language too.
func TestDemoInEachLanguage(t *testing.T) {
	for _, l := range lang.Langs[1:] {
		t.Run(l, func(t *testing.T) {
			var out strings.Builder
			if err := playDemo(context.Background(), &out, io.Discard, t.TempDir(), nil, nil, nil, l); err != nil {
				t.Fatalf("demo: %v", err)
			}
			transcript := out.String()
			w := lang.For(l)
			if n := strings.Count(transcript, w.T("checkin.hello")); n != len(demoWeek) {
				t.Errorf("check-ins delivered = %d, want %d", n, len(demoWeek))
			}
			acks := 0
			for _, ack := range coach.Acknowledgements(l) {
				acks += strings.Count(transcript, ack)
			}
			if acks != len(demoWeek) {
				t.Errorf("check-ins completed = %d, want %d", acks, len(demoWeek))
			}
			for _, want := range []string{w.T("demo.intro"), crisis.SafetyIn(l).WithCommands(w.Commands).ASQIntro, w.T("planend.title")} {
				if !strings.Contains(transcript, want) {
					t.Errorf("the transcript lacks %q", want)
				}
			}
			if english := langtest.English(transcript, l, "Dr Rivera", "Bright Clinic", "UTC"); len(english) > 0 {
				t.Errorf("English in the demo:\n%s", strings.Join(english, "\n"))
			}
			if !strings.Contains(transcript, "  [Dr Rivera] == "+w.T("digest.title")+" ==") {
				t.Errorf("Dr Rivera's digest is not in %s", l)
			}
		})
	}
}
