package coach_test

import (
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// TestRecordLinesByKeyWithEnglish: every line a therapist's doing writes
// in a patient's record — the share, a session, a page view, a digest, a
// crisis alert — carries its key (said in the reader's language) and its
// English sentence (for a build older than keys); a page viewed again the
// same day is recorded once, and a view recorded before keys, as English
// only, counts as today's.
func TestRecordLinesByKeyWithEnglish(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	w.shareWith("1", "Ana", code, "a")
	w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "session", "patient": "1"}})
	for range 2 {
		if _, err := w.coach.PatientPage(w.ctx, therapistID, "1"); err != nil {
			t.Fatalf("page: %v", err)
		}
	}
	if _, err := w.coach.Deliver(w.ctx, coach.NewJob(therapistID, coach.JobDigest, "2026-03-02", w.clock.Now())); err != nil {
		t.Fatalf("digest: %v", err)
	}
	w.as("1", "Ana", coach.Event{Text: "i want to kill myself"})
	jobs, _ := w.store.Upcoming(w.ctx, therapistID)
	for _, j := range jobs {
		if j.Kind == coach.JobAlert {
			if err := w.coach.Delivered(w.ctx, j); err != nil {
				t.Fatalf("alert delivered: %v", err)
			}
		}
	}
	log, err := w.store.AuditLog(w.ctx, "1", 100)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"started": "started sharing with Dr Rivera (crisis alerts yes, notes no, reflections no)",
		"session": "logged a therapy session for you; your plan for the next days has started",
		"viewed":  "viewed your shared data",
		"digest":  "received your data in their weekly digest",
		"alerted": "was alerted to a crisis flag, as you allowed",
	}
	seen := map[string]int{}
	for _, e := range log {
		seen[e.Key]++
		if english, ok := want[e.Key]; !ok || e.What != english {
			t.Errorf("record line %+v: want a known key with its English %q", e, english)
		}
	}
	for k := range want {
		if seen[k] != 1 {
			t.Errorf("%d lines with key %q in %+v, want 1", seen[k], k, log)
		}
	}

	// The next day, a view recorded before keys (English only) counts as
	// the day's view.
	w.clock.Set(monday9am.Add(24 * time.Hour))
	if err := w.store.Record(w.ctx, "1", coach.AuditEntry{At: w.clock.Now(), Who: "Dr Rivera", What: "viewed your shared data"}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.coach.PatientPage(w.ctx, therapistID, "1"); err != nil {
		t.Fatalf("page: %v", err)
	}
	if after, _ := w.store.AuditLog(w.ctx, "1", 100); len(after) != len(log)+1 {
		t.Errorf("%d lines after an old-style view and a page the same day, want %d", len(after), len(log)+1)
	}
}
