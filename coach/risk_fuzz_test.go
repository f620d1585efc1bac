package coach_test

import (
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// maxRiskText bounds the texts screened here; Discord's longest message is
// 4,000 characters, so this leaves room for any of them.
const maxRiskText = 10_000

// FuzzAssessRisk screens any bytes, valid UTF-8 or not, and checks what
// AssessRisk promises about sentences: the answer is the highest level of
// any sentence, so a text's level is a function of the text alone
// (deterministic), adding a sentence never lowers it, and a neutral one
// ("thanks") changes nothing: "I want to die\nthanks" is still a crisis.
// Two texts joined by a line break are screened as the higher of the two.
// Letter case (ASCII) does not matter.
//
// These are equalities, not just "a crisis stays a crisis": they hold
// because a line break always ends a sentence and no phrase, window or
// marker reaches across the end of one.
func FuzzAssessRisk(f *testing.F) {
	if got := coach.AssessRisk("thanks"); got != coach.RiskNone {
		f.Fatalf(`AssessRisk("thanks") = %v; the test needs a neutral sentence`, got)
	}
	f.Fuzz(func(t *testing.T, text, more string) {
		if len(text) > maxRiskText || len(more) > maxRiskText {
			t.Skip("longer than any message")
		}
		level := coach.AssessRisk(text)
		if level < coach.RiskNone || level > coach.RiskCrisis {
			t.Fatalf("AssessRisk(%q) = %v, not a level", text, level)
		}
		if again := coach.AssessRisk(text); again != level {
			t.Fatalf("AssessRisk(%q) = %v, then %v", text, level, again)
		}
		if thanked := coach.AssessRisk(text + "\nthanks"); thanked != level {
			t.Fatalf("AssessRisk(%q) = %v, but with \"\\nthanks\" after it %v", text, level, thanked)
		}
		if loud := coach.AssessRisk(upperASCII(text)); loud != level {
			t.Fatalf("AssessRisk(%q) = %v, but in capitals %v", text, level, loud)
		}
		want := max(level, coach.AssessRisk(more))
		if both := coach.AssessRisk(text + "\n" + more); both != want {
			t.Fatalf("AssessRisk(%q) = %v and AssessRisk(%q) = %v, but the two on separate lines give %v",
				text, level, more, coach.AssessRisk(more), both)
		}
	})
}
