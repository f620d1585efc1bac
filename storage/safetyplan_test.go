package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestSafetyPlanIsSealedAtRest writes safety plan steps with a data key,
// checks Redis holds none of their words in the clear (only the time of
// the change), reads them back, checks a step copied to another person
// does not open, and clears a step.
func TestSafetyPlanIsSealedAtRest(t *testing.T) {
	ctx := context.Background()
	prefix := redistest.Prefix(t)
	r, err := storage.Open(ctx, redistest.URL(t), storage.Options{Prefix: prefix, DataKey: randomKey(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	steps := map[coach.PlanStep]string{
		coach.StepWarningSigns: "when I stop answering my sister",
		coach.StepAskForHelp:   "Ana, by text",
	}
	for step, text := range steps {
		if err := r.SavePlanStep(ctx, "1", step, text, at); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := r.Client().HGetAll(ctx, prefix+"{u:1}:safetyplan").Result()
	if err != nil {
		t.Fatal(err)
	}
	for step, text := range steps {
		if v := raw[string(step)]; !strings.HasPrefix(v, "enc2:") || strings.Contains(v, text) {
			t.Errorf("step %s stored as %q, want it sealed", step, v)
		}
	}
	if raw["updated"] != "2026-03-02T09:00:00Z" {
		t.Errorf("updated stored as %q", raw["updated"])
	}
	sp, err := r.SafetyPlan(ctx, "1")
	if err != nil || sp.Steps[coach.StepWarningSigns] != steps[coach.StepWarningSigns] || sp.Steps[coach.StepAskForHelp] != steps[coach.StepAskForHelp] || !sp.Updated.Equal(at) {
		t.Fatalf("read back = %+v, %v", sp, err)
	}

	// A sealed step copied to another person does not open there.
	if err := r.Client().HSet(ctx, prefix+"{u:2}:safetyplan", string(coach.StepAskForHelp), raw[string(coach.StepAskForHelp)]).Err(); err != nil {
		t.Fatal(err)
	}
	if other, err := r.SafetyPlan(ctx, "2"); err != nil || len(other.Steps) != 0 || len(other.Unreadable) != 1 {
		t.Errorf("a step moved to another person: %+v, %v; want it unopened and reported", other, err)
	}

	// An empty answer removes the step.
	if err := r.SavePlanStep(ctx, "1", coach.StepAskForHelp, "", at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if sp, _ := r.SafetyPlan(ctx, "1"); len(sp.Steps) != 1 || !sp.Updated.Equal(at.Add(time.Hour)) {
		t.Errorf("after clearing a step: %+v", sp)
	}
	if err := r.SavePlanStep(ctx, "1", "updated", "x", at); err == nil {
		t.Error("a step named like the time field was accepted")
	}
}
