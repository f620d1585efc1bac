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
// in the language, with no English sentence on Sam's side (Dr Rivera
// speaks English).
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
			for _, want := range []string{w.T("demo.intro"), crisis.SafetyIn(l).ASQIntro, w.T("planend.title")} {
				if !strings.Contains(transcript, want) {
					t.Errorf("the transcript lacks %q", want)
				}
			}
			var sams []string
			for _, line := range strings.Split(transcript, "\n") {
				if !strings.HasPrefix(line, "  [Dr Rivera]") {
					sams = append(sams, line)
				}
			}
			if english := langtest.English(strings.Join(sams, "\n"), l, "Dr Rivera", "Bright Clinic"); len(english) > 0 {
				t.Errorf("English on Sam's side:\n%s", strings.Join(english, "\n"))
			}
		})
	}
}
