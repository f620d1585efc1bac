package coach

import "testing"

// TestSensitiveFields: the note and every questionnaire answer are sealed
// at rest; the scales, movement and bookkeeping fields are not.
func TestSensitiveFields(t *testing.T) {
	for _, f := range []string{string(FieldNote), answerField("phq9", 8), answerField("gad7", 0), fieldIntention, fieldReflection} {
		if !SensitiveField(f) {
			t.Errorf("SensitiveField(%q) = false, want it sealed", f)
		}
	}
	plain := []string{sentField, fieldReflectionQ, fieldReflectionOffered, fieldIntentionOffered, fieldMoved, fieldNudgeID, fieldNudgeMin, fieldNudgeAct, fieldNudgeSent, fieldNudgeAnswer, fieldCrisis, "missed:nudge"}
	for _, f := range checkInFields {
		if f != FieldNote {
			plain = append(plain, string(f))
		}
	}
	for _, f := range plain {
		if SensitiveField(f) {
			t.Errorf("SensitiveField(%q) = true, want it in the clear", f)
		}
	}
}
