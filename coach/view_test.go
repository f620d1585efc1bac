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
