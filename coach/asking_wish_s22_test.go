package coach_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// "Safe" after a wish asked no questions but the safety question, so its
// reply says the next step follows what they told, never "these
// questions", in each language; the ASQ's own non-acute reply keeps
// "these questions", which it did ask.
func TestSafeAfterAWishNamesNoQuestions(t *testing.T) {
	w := newWorld(t, monday9am)
	tests := []struct {
		said   string
		want   string // the next step, said after their words
		unwant string // the ASQ's next step, after its questions
	}{
		{"they'd be better off without me", "a good next step after what you've told me", "after these questions"},
		{"estarían todos mejor sin mí", "es un buen paso a seguir después de lo que me has contado", "después de estas preguntas"},
		{"alle wären ohne mich besser dran", "nach dem, was du mir erzählt hast, ist das ein guter nächster Schritt", "nach diesen Fragen"},
		{"ils seraient mieux sans moi", "c'est une bonne prochaine étape après ce que tu m'as confié", "après ces questions"},
	}
	for i, tt := range tests {
		t.Run(tt.said, func(t *testing.T) {
			id := strconv.Itoa(9300 + i)
			w.onboard(id, "Sam")
			w.as(id, "Sam", coach.Event{Text: tt.said})
			got := w.as(id, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Value: coach.SafetySafe}})
			if !strings.Contains(got, tt.want) || strings.Contains(got, tt.unwant) {
				t.Errorf(`"safe" after %q = %q, want %q and no %q`, tt.said, got, tt.want, tt.unwant)
			}
		})
	}
	t.Run("the ASQ asked", func(t *testing.T) {
		w.onboard("9310", "Sam")
		w.as("9310", "Sam", coach.Event{Text: worrying})
		w.as("9310", "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Value: coach.SafetyNotSure}})
		replies := w.asq("9310", "2026-03-02", "ynnnn")
		if last := replies[len(replies)-1]; !strings.Contains(last, "the usual next step after these questions") {
			t.Errorf("non-acute ASQ reply = %q, want its next step after these questions", last)
		}
	})
}
