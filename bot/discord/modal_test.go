package discord

import (
	"context"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// TestInputsAreRememberedPerPerson: an Input that starts with a person's
// own words (a safety plan step) opens with them only for that person;
// anyone else pressing the same ask button gets a plain modal.
func TestInputsAreRememberedPerPerson(t *testing.T) {
	d := &Transport{}
	a := coach.Action{Verb: coach.VerbSafetyPlan, Field: string(coach.StepWarningSigns), Value: "e"}
	d.renderFor(context.Background(), "alice", []coach.Message{{Text: "step", Input: &coach.Input{Action: a, Title: "Warning signs", Value: "alice's words", MaxLen: coach.MaxPlanStepLen}}})
	tests := []struct {
		person, want string
	}{
		{"alice", "alice's words"},
		{"bob", ""},
	}
	for _, tt := range tests {
		in, ok := d.inputFor(context.Background(), tt.person, askID(a))
		if !ok || in.Value != tt.want || in.MaxLen != coach.MaxPlanStepLen || !in.Long && tt.person == "bob" {
			t.Errorf("inputFor(%s) = %+v, %v; want value %q", tt.person, in, ok, tt.want)
		}
	}
}

// TestModalKeepsTextLongerThanItsBound: an answer handed back to shorten
// still fits the modal, which Discord would refuse with a value over
// max_length.
func TestModalKeepsTextLongerThanItsBound(t *testing.T) {
	long := strings.Repeat("x", coach.MaxPlanStepLen+1)
	tests := []struct {
		in   coach.Input
		want int
	}{
		{coach.Input{MaxLen: coach.MaxPlanStepLen}, coach.MaxPlanStepLen},
		{coach.Input{MaxLen: coach.MaxPlanStepLen, Value: long}, coach.MaxPlanStepLen + 1},
		{coach.Input{Value: long}, 0},
		{coach.Input{MaxLen: 10, Value: strings.Repeat("x", 5000)}, maxInputLen},
	}
	for _, tt := range tests {
		if got := modalMaxLen(tt.in); got != tt.want {
			t.Errorf("modalMaxLen(MaxLen %d, value of %d) = %d, want %d", tt.in.MaxLen, len(tt.in.Value), got, tt.want)
		}
	}
}
