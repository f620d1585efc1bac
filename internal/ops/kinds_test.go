package ops

import (
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// TestAnswerVerbIsTheCoachs: ops reads check-in answers out of kinds by
// the coach's verb, which it keeps a copy of rather than import coach.
func TestAnswerVerbIsTheCoachs(t *testing.T) {
	if answerVerb != coach.VerbAnswer {
		t.Errorf("answerVerb = %q, coach.VerbAnswer = %q", answerVerb, coach.VerbAnswer)
	}
}
