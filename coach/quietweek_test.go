package coach_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// sentOnly records check-ins sent and never answered, one a day from first.
func (w *world) sentOnly(first localtime.Day, n int) {
	w.t.Helper()
	for i := range n {
		if err := w.store.SaveFields(w.ctx, me, first.AddDays(i), map[string]string{"sent": "2026-03-02T20:00:00Z"}); err != nil {
			w.t.Fatal(err)
		}
	}
}

func summaryJob(day localtime.Day) coach.Job {
	y, m, d := day.Date()
	london, _ := time.LoadLocation("Europe/London")
	return coach.NewJob(me, coach.JobSummary, day, time.Date(y, m, d, 21, 0, 0, 0, london))
}

func TestQuietWeekNote(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(w *world)
		want    bool
		wantNot string
	}{
		{"check-ins sent, none answered", func(w *world) { w.sentOnly("2026-03-02", 7) }, true, ""},
		{"no check-ins sent", func(w *world) {}, false, ""},
		{"one answer", func(w *world) {
			w.sentOnly("2026-03-02", 7)
			w.seedDays(me, "2026-03-05", []int{3}, 0, "")
		}, false, ""},
		{"turned off in /settings", func(w *world) {
			w.sentOnly("2026-03-02", 7)
			w.press(coach.Action{Verb: coach.VerbSetting, Field: "quiet", Value: "off"})
		}, false, ""},
		{"paused", func(w *world) {
			w.sentOnly("2026-03-02", 7)
			w.handle(coach.Event{Command: "pause", Args: map[string]string{"days": "3"}})
		}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.command("session")
			w.clock.Set(time.Date(2026, 3, 8, 9, 0, 0, 0, time.UTC))
			tt.setup(w)
			text := texts(w.deliver(summaryJob("2026-03-08")))
			got := strings.Contains(text, "it's been a quiet week here")
			if got != tt.want {
				t.Fatalf("quiet-week note sent = %v, want %v:\n%s", got, tt.want, text)
			}
			if !got {
				return
			}
			for _, bad := range []string{"streak", "missed", "should", "0 of"} {
				if strings.Contains(strings.ToLower(text), bad) {
					t.Errorf("quiet-week note says %q:\n%s", bad, text)
				}
			}
			if !strings.Contains(text, "/settings turns it off") {
				t.Errorf("quiet-week note does not say how to turn it off:\n%s", text)
			}
		})
	}
}

func TestQuietWeekNoteOncePerQuietStretch(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.sentOnly("2026-03-02", 14)
	if text := texts(w.deliver(summaryJob("2026-03-08"))); !strings.Contains(text, "quiet week") {
		t.Fatalf("first quiet week: %q", text)
	}
	if msgs := w.deliver(summaryJob("2026-03-15")); len(msgs) != 0 {
		t.Errorf("second quiet week in a row: %+v", msgs)
	}
	// An answer ends the stretch; the next quiet week gets its note.
	w.seedDays(me, "2026-03-16", []int{3}, 0, "")
	w.sentOnly("2026-03-17", 13)
	if msgs := w.deliver(summaryJob("2026-03-22")); len(msgs) != 1 || msgs[0].Week == nil {
		t.Errorf("week with an answer: %+v, want its summary", msgs)
	}
	if text := texts(w.deliver(summaryJob("2026-03-29"))); !strings.Contains(text, "quiet week") {
		t.Errorf("quiet week after an answer: %q", text)
	}
}

func TestQuietWeekSetting(t *testing.T) {
	w := newWorld(t, monday9am)
	if s := w.command("settings"); !strings.Contains(s, "A short note after a quiet week: on") {
		t.Errorf("settings: %q", s)
	}
	if reply := w.press(coach.Action{Verb: coach.VerbSetting, Field: "quiet", Value: "off"}); !strings.Contains(reply, "I'll stay quiet too") {
		t.Errorf("turning it off: %q", reply)
	}
	if s := w.command("settings"); !strings.Contains(s, "A short note after a quiet week: off") {
		t.Errorf("settings after turning it off: %q", s)
	}
	w.press(coach.Action{Verb: coach.VerbSetting, Field: "quiet", Value: "on"})
	if p, _ := w.store.Person(w.ctx, me); p.QuietNoteOff {
		t.Error("turning it back on did not save")
	}
	if reply := w.press(coach.Action{Verb: coach.VerbSetting, Field: "quiet", Value: "maybe"}); strings.Contains(reply, "Done") {
		t.Errorf("a forged value changed the setting: %q", reply)
	}
}
