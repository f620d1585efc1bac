package coach_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/langtest"
)

// A German-speaking patient who shares with a therapist, and is then
// offered the PCL-5 by them, reads /share's record in German.
func TestShareRecordInGerman(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard(me, "Sam")
	code := w.registerTherapist()
	w.shareWith(me, "Sam", code, "a")
	w.as(me, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "language", Value: "de"}})
	w.as(therapistID, "Dr Rivera", inClinic(coach.Event{Command: "therapist", Args: map[string]string{"action": "pcl5", "patient": me}}, "Therapist"))
	got := w.as(me, "Sam", coach.Event{Command: "share"})
	de := lang.For("de")
	for _, want := range []string{de.T("share.recently"), de.T("share.audit_pcl5"), "Dr Rivera " + de.T("share.audit_pcl5")} {
		if !strings.Contains(got, want) {
			t.Errorf("/share lacks %q:\n%s", want, got)
		}
	}
	if english := langtest.English(got, "de", "Dr Rivera", "Sam"); len(english) > 0 {
		t.Errorf("English in a German /share:\n%s\n--- output ---\n%s", strings.Join(english, "\n"), got)
	}
}
