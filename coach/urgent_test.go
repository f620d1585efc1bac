package coach_test

import (
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/risk"
)

// TestNeverHeld: what stops, erases or asks for help is never held back by
// a rate limit, and everything else may be.
func TestNeverHeld(t *testing.T) {
	press := func(verb, value string) *coach.Action { return &coach.Action{Verb: verb, Value: value} }
	for _, tc := range []struct {
		name string
		ev   coach.Event
		want bool
	}{
		{"/stop", coach.Event{Command: "stop"}, true},
		{"/delete", coach.Event{Command: "delete"}, true},
		{"/delete confirmed", coach.Event{Press: press(coach.VerbErase, "yes")}, true},
		{"/delete declined", coach.Event{Press: press(coach.VerbErase, "no")}, true},
		{"the safety question answered", coach.Event{Press: press(coach.VerbSafety, coach.SafetyNotSafe)}, true},
		{"an ASQ answer", coach.Event{Press: press(coach.VerbASQ, "y")}, true},
		{"a safety plan step", coach.Event{Press: press(coach.VerbSafetyPlan, "skip")}, true},
		{"/crisis", coach.Event{Command: "crisis"}, true},
		{"/safetyplan", coach.Event{Command: "safetyplan"}, true},
		{"crisis text", coach.Event{Text: "I want to kill myself"}, true},
		{"review text", coach.Event{Text: "sometimes I think about death"}, true},
		{"review note in a modal", coach.Event{Submit: press(coach.VerbNote, ""), Text: "I used to think about ending it"}, true},
		{"crisis words in an option", coach.Event{Command: "moved", Args: map[string]string{"minutes": "5", "activity": "i want to kill myself"}}, true},
		{"review words in an option", coach.Event{Command: "moved", Args: map[string]string{"minutes": "5", "activity": "sometimes I think about death"}}, true},
		// Someone else in danger now, which the screen's levels put at None.
		{"someone else in danger", coach.Event{Text: "mi novio dice que se va a tirar del puente"}, true},
		{"someone else in danger in an option", coach.Event{Command: "moved", Args: map[string]string{"minutes": "5", "activity": "elle va se jeter du pont"}}, true},
		{"/moved", coach.Event{Command: "moved", Args: map[string]string{"minutes": "5", "activity": "walk"}}, false},
		{"/summary", coach.Event{Command: "summary"}, false},
		{"/help", coach.Event{Command: "help"}, false},
		{"a check-in answer", coach.Event{Press: press(coach.VerbAnswer, "3")}, false},
		{"an ordinary note", coach.Event{Submit: press(coach.VerbNote, ""), Text: "slept well"}, false},
		{"ordinary text", coach.Event{Text: "hello there"}, false},
		{"KAP's own words", coach.Event{Text: "the session felt like ego death but it passed"}, false},
	} {
		if got := coach.NeverHeld(tc.ev); got != tc.want {
			t.Errorf("%s: NeverHeld = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestEventTextScreenedOnce: a transport asks NeverHeld whether an event
// may skip the queue, and the coach then answers it; its text is screened
// once for the two (issue 17), crisis, review or ordinary.
func TestEventTextScreenedOnce(t *testing.T) {
	for _, text := range []string{"I want to kill myself", "sometimes I think about death", "slept well, walked the dog"} {
		w := newWorld(t, monday9am)
		ev := coach.Event{Person: me, Text: text + " (" + t.Name() + ")"} // a text no other test screened
		before := risk.Screened()
		coach.NeverHeld(ev)
		w.handle(ev)
		if n := risk.Screened() - before; n != 1 {
			t.Errorf("%q: screened %d times for one event, want once", text, n)
		}
	}
}

// TestNeverHeldWithoutWords: an event with no words is not screened, which
// gives NeverHeld's answer only because screening nothing finds nothing;
// and it costs no allocation (every /help asks).
func TestNeverHeldWithoutWords(t *testing.T) {
	if f := risk.Screen(""); f.Level >= risk.Review || f.AboutOther {
		t.Fatalf("risk.Screen(\"\") = %+v: an empty text would be urgent", f)
	}
	ev := coach.Event{Command: "help"}
	if n := testing.AllocsPerRun(100, func() { coach.NeverHeld(ev) }); n != 0 {
		t.Errorf("NeverHeld(/help) allocates %v times, want 0", n)
	}
}
