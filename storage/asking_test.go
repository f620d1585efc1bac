package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// The question waiting survives a restart with the person, and the ASQ's
// answers and outcome are kept with the day, sealed like questionnaire
// answers.
func TestSafetyQuestionAndASQAreKept(t *testing.T) {
	ctx := context.Background()
	prefix := redistest.Prefix(t)
	r, err := storage.Open(ctx, redistest.URL(t), storage.Options{Prefix: prefix, DataKey: randomKey(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	day := localtime.Day("2026-03-02")
	asking := coach.Asking{Kind: "asq", Since: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), Day: day, Item: 2, From: coach.SourcePHQ9Item9}
	if err := r.SavePerson(ctx, coach.Person{ID: "5", Zone: "UTC", Asking: asking}); err != nil {
		t.Fatal(err)
	}
	if p, err := r.Person(ctx, "5"); err != nil || p.Asking != asking {
		t.Errorf("Person.Asking = %+v, %v; want %+v", p.Asking, err, asking)
	}
	fields := map[string]string{"q:asq:0": "n", "q:asq:1": "y", "q:asq:outcome": "non-acute positive", "q:asq:at": "2026-03-02T09:05:00Z"}
	if err := r.SaveFields(ctx, "5", day, fields); err != nil {
		t.Fatal(err)
	}
	raw := storage.StoredDay(t, r, "5", string(day))
	for f := range fields {
		if !strings.HasPrefix(raw[f], "enc2:") {
			t.Errorf("%s stored as %q, want it sealed", f, raw[f])
		}
	}
	days, err := r.CheckIns(ctx, "5", day, day)
	if err != nil || len(days) != 1 {
		t.Fatalf("CheckIns = %v, %v", days, err)
	}
	if got := days[0].ASQ; got.Answers != "ny" || got.Outcome != instrument.ASQNonAcute || got.At.IsZero() {
		t.Errorf("day's ASQ = %+v", got)
	}
	if days[0].Answers != nil {
		t.Errorf("ASQ fields read as a questionnaire: %v", days[0].Answers)
	}
}
