package coach

import (
	"testing"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/langtest"
)

// TestDigestScoresInTheTherapistsLanguage: a questionnaire's course and
// the score flags read the same in English as before languages, and
// hold no English in Spanish, German or French.
func TestDigestScoresInTheTherapistsLanguage(t *testing.T) {
	phq, _ := instrument.ByID(instrument.PHQ9)
	fading := course{in: phq, c: instrument.Course{Instrument: instrument.PHQ9, Baseline: 18, BeforeSession: true, Since: []int{8, 12},
		Latest: 12, Lowest: 8, Change: -6, ReliableChange: 6, Improved: true, Judged: true, Responded: true, Fading: true}}
	if got, want := fading.precise(enWords), "PHQ-9 baseline 18 (pre-session) → 8, 12; Δ -6, reliable improvement (≥6); FADING: response reached (lowest 8 ≤ 50% of 18), latest 12 above 50%; rise from lowest +4, within reliable-change threshold, not in remission"; got != want {
		t.Errorf("English course =\n%q\nwant\n%q", got, want)
	}
	day := localtime.Day("2026-03-04")
	s := WeeklySummary{Start: "2026-03-02", Scores: []ScoreLine{
		{Code: "PHQ-9", Day: day, Result: instrument.Result{Instrument: instrument.PHQ9, Total: 16, Severity: "moderately severe", SafetyFollowUp: true}},
		{Code: "GAD-2", Day: day, Result: instrument.Result{Instrument: instrument.GAD2, Total: 4, Positive: true}},
	}}
	days := []CheckIn{{Day: day, ASQ: ASQRecord{Outcome: instrument.ASQNonAcute}}}
	for _, l := range lang.Langs[1:] {
		w := lang.For(l)
		text := fading.precise(w) + "\n" + scoreShort(w, s.Scores[0], nil)
		for _, f := range digestFlags(w, Scope{Scores: true}, s, days, "2026-03-05") {
			text += "\n" + f
		}
		if english := langtest.English(text, l, "PHQ-9", "GAD-2", "ASQ"); len(english) > 0 {
			t.Errorf("%s: English in a digest's scores: %q\n%s", l, english, text)
		}
	}
}
