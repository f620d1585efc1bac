package coach_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
)

func TestTherapistPageShowsConsentingPatientsFlaggedFirst(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	for _, p := range []struct{ id, name, flags string }{{"1", "Ana", "n"}, {"2", "Ben", "a"}, {"3", "Cleo", ""}} {
		w.onboard(p.id, p.name)
		w.seedDays(p.id, "2026-03-02", []int{4, 4, 4, 4, 4, 4, 4, 4}, 20, "private words "+p.name)
		if p.id != "3" { // Cleo never shares
			w.shareWith(p.id, p.name, code, p.flags)
		}
	}
	w.clock.Set(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC))
	w.as("2", "Ben", coach.Event{Text: "i want to kill myself"}) // Ben allowed alerts

	v, err := w.coach.TherapistPage(w.ctx, therapistID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range v.Patients {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "Ben,Ana" {
		t.Fatalf("patients = %v, want Ben (flagged) then Ana; never Cleo", names)
	}
	ben, ana := v.Patients[0], v.Patients[1]
	if !strings.Contains(strings.Join(ben.Flags, ","), "crisis flag this week") || len(ana.Flags) != 0 {
		t.Errorf("flags: Ben %v, Ana %v", ben.Flags, ana.Flags)
	}
	if len(ana.Notes) == 0 || len(ben.Notes) != 0 {
		t.Errorf("notes: Ana (allowed) %d, Ben (not allowed) %d", len(ana.Notes), len(ben.Notes))
	}
	if ana.Adherence != "check-ins 7 of 7" || len(ana.Days) == 0 || ana.Days[0].Mood != 4 || len(ana.Weeks) == 0 {
		t.Errorf("Ana's history = %+v", ana.History)
	}
	log, _ := w.store.AuditLog(w.ctx, "1", 1)
	if len(log) != 1 || log[0].Who != "Dr Rivera" || log[0].What != "viewed your shared data" {
		t.Errorf("Ana's record = %+v, want the view recorded", log)
	}
	if share := w.as("1", "Ana", coach.Event{Command: "share"}); !strings.Contains(share, "Dr Rivera viewed your shared data") {
		t.Errorf("/share does not show the view:\n%s", share)
	}

	// Consent is read on every call: a revocation, or /delete, is refused at once.
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbRevoke, Field: therapistID}})
	if _, err := w.coach.PatientPage(w.ctx, therapistID, "1"); !errors.Is(err, coach.ErrNotShared) {
		t.Errorf("Ana after revoking: %v, want ErrNotShared", err)
	}
	if _, err := w.coach.PatientPage(w.ctx, therapistID, "3"); !errors.Is(err, coach.ErrNotShared) {
		t.Errorf("Cleo, who never shared: %v, want ErrNotShared", err)
	}
	w.as("2", "Ben", coach.Event{Press: &coach.Action{Verb: coach.VerbErase, Value: "yes"}})
	if _, err := w.coach.PatientPage(w.ctx, therapistID, "2"); !errors.Is(err, coach.ErrNotShared) {
		t.Errorf("Ben after /delete: %v, want ErrNotShared", err)
	}
	if ids, err := w.coach.SharingPatients(w.ctx, therapistID); err != nil || len(ids) != 0 {
		t.Errorf("sharing patients = %v, %v; want none", ids, err)
	}
}

func TestOwnPageShowsReflectionsOnlyWhenAsked(t *testing.T) {
	w := newWorld(t, monday9am)
	w.seedDays(me, "2026-03-02", []int{3, 4, 4}, 10, "")
	if err := w.store.SaveFields(w.ctx, me, "2026-03-03", map[string]string{"reflect": "the music", "reflect_q": "1"}); err != nil {
		t.Fatal(err)
	}
	w.clock.Set(time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC))
	for _, show := range []bool{false, true} {
		h, err := w.coach.OwnPage(w.ctx, me, show)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(h.Reflections) > 0; got != show {
			t.Errorf("reflections shown = %v, asked %v", got, show)
		}
		if len(h.Summaries) == 0 || !strings.Contains(h.Summaries[0].Title, "Mon 2 Mar") || len(h.Flags) != 0 {
			t.Errorf("summaries %+v, flags %v", h.Summaries, h.Flags)
		}
	}
	files, err := w.coach.ExportFiles(w.ctx, me)
	if err != nil || len(files) < 2 || files[0].Type != "application/json" || files[1].Type != "text/csv" {
		t.Errorf("export files = %d, %v", len(files), err)
	}
}

// TestPageViewsRecordedOncePerDay: however often a therapist loads the
// pages in a day, the patient's record gets one view that day, so the
// grant stays in /share's recent list; the next day is a new view.
func TestPageViewsRecordedOncePerDay(t *testing.T) {
	for _, tt := range []struct {
		name      string
		loads     []time.Time // each loads the therapist's page and the patient's page
		wantViews int
	}{
		{"one load", []time.Time{time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)}, 1},
		{"twelve loads in a day", func() []time.Time {
			var ts []time.Time
			for i := range 12 {
				ts = append(ts, time.Date(2026, 3, 9, 9+i, 0, 0, 0, time.UTC))
			}
			return ts
		}(), 1},
		{"two days", []time.Time{time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC), time.Date(2026, 3, 9, 22, 0, 0, 0, time.UTC),
			time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			code := w.registerTherapist()
			w.onboard("1", "Ana")
			w.shareWith("1", "Ana", code, "")
			before, _ := w.store.AuditLog(w.ctx, "1", 100)
			for _, at := range tt.loads {
				w.clock.Set(at)
				if _, err := w.coach.TherapistPage(w.ctx, therapistID); err != nil {
					t.Fatal(err)
				}
				if _, err := w.coach.PatientPage(w.ctx, therapistID, "1"); err != nil {
					t.Fatal(err)
				}
			}
			log, _ := w.store.AuditLog(w.ctx, "1", 100)
			views := 0
			for _, e := range log {
				if e.What == "viewed your shared data" {
					views++
				}
			}
			if views != tt.wantViews || len(log) != len(before)+tt.wantViews {
				t.Errorf("views recorded = %d of %d entries (%d before), want %d", views, len(log), len(before), tt.wantViews)
			}
			if len(before) == 0 {
				t.Fatal("the share itself was not recorded")
			}
			share := w.as("1", "Ana", coach.Event{Command: "share"})
			if !strings.Contains(share, before[0].What) {
				t.Errorf("/share lost the grant %q from sight:\n%s", before[0].What, share)
			}
		})
	}
}
