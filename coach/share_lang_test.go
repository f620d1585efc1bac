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

// /share's offer lists the very lines an export says of a share
// (export.scope_*), in each language: the offer's text holds no list of
// its own, and the parts chosen apart say whether they are on.
func TestShareOfferListsTheScopeLines(t *testing.T) {
	for _, l := range lang.Langs {
		t.Run(l, func(t *testing.T) {
			texts, err := lang.Texts(l)
			if err != nil {
				t.Fatal(err)
			}
			if offer := strings.Join(texts["share.offer"], ""); strings.Contains(offer, "•") {
				t.Errorf("%s share.offer lists the parts itself: %q", l, offer)
			}
			w := newWorld(t, monday9am)
			w.onboard(me, "Sam")
			code := w.registerTherapist()
			w.as(me, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "language", Value: l}})
			got := w.as(me, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbShare, Field: code, Value: "set:n"}})
			p := lang.For(l)
			choice := func(key, yesNo string) string {
				return p.T("share.scope_choice", lang.Args{"What": p.T("export.scope_" + key), "Choice": p.T("share." + yesNo)})
			}
			for _, want := range []string{
				"• " + p.T("export.scope_adherence") + "\n• " + p.T("export.scope_trends") + "\n• " + p.T("export.scope_minutes") +
					"\n• " + p.T("export.scope_scores") + "\n• " + choice("alerts", "no") + "\n• " + choice("notes", "yes") +
					"\n• " + choice("reflections", "no") + "\n\n",
			} {
				if !strings.Contains(got, want) {
					t.Errorf("offer lacks\n%s\n--- output ---\n%s", want, got)
				}
			}
			if l != lang.Default {
				if english := langtest.English(got, l, "Dr Rivera", "Sam"); len(english) > 0 {
					t.Errorf("English in a %s offer:\n%s\n--- output ---\n%s", l, strings.Join(english, "\n"), got)
				}
			}
		})
	}
}
