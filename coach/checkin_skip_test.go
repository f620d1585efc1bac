package coach_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

func TestEveryCheckInQuestionCanBeSkipped(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(set("ability", "medium"))
	day := localtime.Day("2026-03-02")
	msgs := w.msgs(coach.Event{Command: "checkin"})
	for _, f := range []coach.Field{coach.FieldMood, coach.FieldAnxiety, coach.FieldEnergy, coach.FieldSleep, coach.FieldMinutes} {
		q := msgs[len(msgs)-1]
		skip := q.Buttons[len(q.Buttons)-1]
		if skip.Label != "Skip" || skip.Action.Field != string(f) {
			t.Fatalf("the %s question's last button is %q for %q; want Skip", f, skip.Label, skip.Action.Field)
		}
		msgs = w.msgs(coach.Event{Press: &skip.Action})
	}
	if last := msgs[len(msgs)-1]; !strings.Contains(last.Text, "Anything you'd like to note") {
		t.Fatalf("after skipping every scale and the minutes, got %q; want the note question", last.Text)
	}
	ci := w.checkIn(day)
	if ci.Answered() || ci.HasMinutes || len(ci.Skipped) != 5 {
		t.Errorf("check-in = %+v; want five questions skipped and nothing answered", ci)
	}
	w.press(coach.Action{Verb: coach.VerbNote, Day: day, Field: "skip"})
	if _, open := w.checkIn(day).Next(); open {
		t.Error("the check-in is still open after every question was skipped")
	}
}

func TestSkipButtonsThatCannotBeTrusted(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(set("ability", "medium"))
	for _, a := range []coach.Action{
		{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "weight", Value: "skip"},
		{Verb: coach.VerbAnswer, Day: "2026-03-09", Field: "mood", Value: "skip"},
	} {
		if reply := w.press(a); !strings.Contains(reply, "older message") {
			t.Errorf("%+v: reply = %q, want the stale-button word", a, reply)
		}
	}
	if ci := w.checkIn("2026-03-02"); len(ci.Skipped) != 0 {
		t.Errorf("a refused skip was saved: %+v", ci.Skipped)
	}
}

// TestCheckInTimePromptMatchesItsCheck reads the range the prompt states
// and checks that setTime accepts exactly it: each end, and not the minute
// beyond.
func TestCheckInTimePromptMatchesItsCheck(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(set("ability", "medium"))
	prompt := w.press(set("time", ""))
	m := regexp.MustCompile(`For example (\S+) or (\S+) \(any time from (\d\d:\d\d) to (\d\d:\d\d)\)`).FindStringSubmatch(prompt)
	if m == nil {
		t.Fatalf("prompt = %q, want its examples and range", prompt)
	}
	from, _ := localtime.ParseLocalTime(m[3])
	to, _ := localtime.ParseLocalTime(m[4])
	clock := func(min int) string { return fmt.Sprintf("%02d:%02d", min/60, min%60) }
	tests := []struct {
		typed string
		ok    bool
	}{
		{m[1], true}, {m[2], true}, // the examples
		{m[3], true}, {m[4], true},
		{clock(from.Minutes() - 1), false}, {clock(to.Minutes() + 1), false},
	}
	for _, tt := range tests {
		reply := w.submit(coach.VerbTime, tt.typed)
		if saved := strings.Contains(reply, "Saved."); saved != tt.ok {
			t.Errorf("%q: reply %q; want saved %v, as the prompt says", tt.typed, reply, tt.ok)
		}
	}
}
