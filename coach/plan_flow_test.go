package coach_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
)

func TestPlanSaysWhatAPauseSkips(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(set("ability", "medium"))
	w.command("session")
	w.handle(coach.Event{Command: "pause", Args: map[string]string{"days": "1"}})
	got := w.command("plan")
	if !strings.Contains(got, "check-in at 20:00 (skipped: paused until Tue 3 Mar 00:00)") {
		t.Errorf("/plan = %q, want the session evening's check-in marked as paused", got)
	}
	if strings.Count(got, "skipped") != 1 {
		t.Errorf("/plan = %q, want only Monday's check-in skipped", got)
	}
}

func TestPlanSaysWhenAMovedDaySkipsTheIdea(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(set("ability", "medium"))
	w.command("session")
	w.clock.Set(monday9am.Add(24*time.Hour + 30*time.Minute)) // Tuesday 09:30, before the nudge window
	w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "20"}})
	got := w.command("plan")
	if !strings.Contains(got, "(skipped: you've already moved today)") {
		t.Errorf("/plan = %q, want Tuesday's movement idea marked as skipped", got)
	}
	if strings.Count(got, "skipped") != 1 {
		t.Errorf("/plan = %q, want only Tuesday's movement idea skipped", got)
	}
}
