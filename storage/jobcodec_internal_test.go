package storage

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// TestJobFormsRoundTrip: a job reads back the same from the compact form
// and from JSON (what versions before it wrote), and the compact form is
// under half the JSON's size.
func TestJobFormsRoundTrip(t *testing.T) {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	due := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	weekly := coach.Weekly(loc, time.Sunday, localtime.LocalTime{Hour: 18, Set: true})
	for _, j := range []coach.Job{
		{ID: "jA", Person: "500000000000000000", Kind: coach.JobCheckIn, Day: "2026-03-03", Due: due},
		{ID: "jB", Person: "42", Kind: coach.JobSummary, Day: "2026-03-08", Due: due, Every: weekly, Attempt: 2},
		{ID: "jC", Person: "7", Kind: "alert", Day: "2026-03-03", Due: due.Add(1500 * time.Millisecond), About: "8", Source: "words"},
		{ID: "jD", Person: "7", Kind: "a|b", Day: "2026-03-03", Due: due}, // kept as JSON
	} {
		compact, err := encodeJob(j)
		if err != nil {
			t.Fatal(err)
		}
		old, err := json.Marshal(j)
		if err != nil {
			t.Fatal(err)
		}
		for _, raw := range []string{string(compact), string(old)} {
			got, err := decodeJob(j.ID, raw)
			if err != nil {
				t.Fatalf("decode %q: %v", raw, err)
			}
			if got.ID != j.ID || got.Person != j.Person || got.Kind != j.Kind || got.Day != j.Day || !got.Due.Equal(j.Due) ||
				got.Every.String() != j.Every.String() || got.Attempt != j.Attempt || got.About != j.About || got.Source != j.Source {
				t.Errorf("stored as %q, read back %+v, want %+v", raw, got, j)
			}
		}
		line, err := encodeLine(j)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := decodeLine(j.Person, j.ID, string(line)); err != nil || got.Person != j.Person || got.Kind != j.Kind ||
			!got.Due.Equal(j.Due) || got.Every.String() != j.Every.String() || got.About != j.About {
			t.Errorf("line %q read back %+v, %v; want %+v", line, got, err, j)
		}
		if j.Kind != "a|b" && len(line) != len(compact)-len(j.Person)-1 {
			t.Errorf("line %q (%d B) against the compact form's %d B: the person is still in it", line, len(line), len(compact))
		}
		if j.Kind != "a|b" && 2*len(compact) > len(old) {
			t.Errorf("compact form %q (%d B) against JSON's %d B", compact, len(compact), len(old))
		}
	}
	if _, err := decodeJob("jX", "1|only|three"); err == nil {
		t.Error("a compact form with too few fields read without an error")
	}
}
