package coach

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/langtest"
)

// What is said of data that could not be opened reads with no English in
// the other languages: the summary's line (with "and N more"), the
// export's, a note not written over, a questionnaire not asked again, and
// a safety-plan step.
func TestUnreadableInEachLanguage(t *testing.T) {
	days := []CheckIn{
		{Day: "2026-03-02", Unreadable: []string{string(FieldNote), fieldIntention, fieldReflection}},
		{Day: "2026-03-03", Unreadable: []string{fieldEffectPrefix + "nausea", answerField(instrument.PHQ9, 0), "other"}},
	}
	phq9, _ := instrument.ByID(instrument.PHQ9)
	for _, l := range lang.Langs[1:] {
		w := lang.For(l)
		items := append(unreadableItems(w, days, "2026-03-08"), unreadableSteps(w, SafetyPlan{Unreadable: []PlanStep{StepWarningSigns}})...)
		for _, text := range []string{
			unreadableLine(w, items, "unreadable.line_here"),
			unreadableLine(w, items[:2], "unreadable.line_files"),
			noteUnreadable(w).Text,
			questionnaireUnreadable(w, phq9).Text,
		} {
			if english := langtest.English(text, l, "could_not_read"); len(english) > 0 || strings.Contains(text, "unreadable.") {
				t.Errorf("%s: %q", l, text)
			}
		}
	}
}
