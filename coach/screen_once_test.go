package coach_test

import (
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/risk"
)

// TestEachEventTextScreenedOnce: whatever path an event takes through the
// coach (a typed answer to a safety question waiting, a check-in note, a
// command's options, a safety plan step, someone else's danger, a
// crisis), each of its texts is screened once, though the transport asks
// NeverHeld first and several parts of the coach read the finding (issue
// 17). Each event has one text no other test screened; its other texts
// ("", the minutes) are screened beforehand, so exactly one screening is
// due.
func TestEachEventTextScreenedOnce(t *testing.T) {
	note := coach.Action{Verb: coach.VerbNote, Day: "2026-03-02"}
	step := planAct(coach.StepWarningSigns, "b")
	for _, tc := range []struct {
		name  string
		setup func(w *world)
		event func(fresh string) coach.Event
	}{
		{"ordinary text", nil, func(fresh string) coach.Event { return coach.Event{Text: "walked the dog " + fresh} }},
		{"a typed answer to the safety question",
			func(w *world) { w.handle(coach.Event{Text: worrying}) },
			func(fresh string) coach.Event { return coach.Event{Text: "not sure " + fresh} }},
		{"a worrying check-in note",
			func(w *world) { w.clock.Set(time.Date(2026, 3, 2, 20, 5, 0, 0, time.UTC)) },
			func(fresh string) coach.Event {
				return coach.Event{Submit: &note, Text: "Rough day. Sometimes I feel like such a burden to everyone. " + fresh}
			}},
		{"a command's option", nil, func(fresh string) coach.Event {
			return coach.Event{Command: "moved", Args: map[string]string{"minutes": "25", "activity": "walk " + fresh}}
		}},
		{"crisis words in a command's option", nil, func(fresh string) coach.Event {
			return coach.Event{Command: "moved", Args: map[string]string{"minutes": "25", "activity": "i want to kill myself " + fresh}}
		}},
		{"a safety plan step",
			func(w *world) { w.handle(coach.Event{Command: "safetyplan"}) },
			func(fresh string) coach.Event {
				return coach.Event{Submit: &step, Text: "not sleeping, going quiet " + fresh}
			}},
		{"someone else in danger", nil, func(fresh string) coach.Event {
			return coach.Event{Text: "my brother just took all his pills and he isn't answering " + fresh}
		}},
		{"a crisis", nil, func(fresh string) coach.Event { return coach.Event{Text: "I want to die tonight " + fresh} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			if tc.setup != nil {
				tc.setup(w)
			}
			ev := tc.event("(" + t.Name() + ")")
			ev.Person = me
			risk.Screen("")
			risk.Screen("25")
			before := risk.Screened()
			coach.NeverHeld(ev)
			w.handle(ev)
			if n := risk.Screened() - before; n != 1 {
				t.Errorf("screened %d times for one event with one new text, want once", n)
			}
		})
	}
}
