package coach_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

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

// A safety question after a wish that two replies left unanswered, then a
// new worrying text without a wish: the question asked again keeps the
// wish, so "safe" still gets the non-acute reply and its flag, across a
// restart too. Asked again after the first could no longer have been
// answered (a day on), or without a wish at first, "safe" is plain thanks.
func TestWishKeptWhenTheQuestionIsAskedAgain(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	const nonAcute = "I'm glad you're safe right now."
	tests := []struct {
		name    string
		first   string // the text that first raised the question
		restart bool   // a new Coach over the store before the new text
		later   time.Duration
		answer  string // "" the safe button, else typed
		want    string
		alert   coach.AlertSource
	}{
		{"the safe button", "honestly they'd be better off without me", false, time.Hour, "", nonAcute, "asq-nonacute@wish"},
		{"typed, after a restart", "honestly they'd be better off without me", true, time.Hour, "I'm safe", nonAcute, "asq-nonacute@wish"},
		{"a day on", "honestly they'd be better off without me", false, 25 * time.Hour, "", gladSafe + ". If that changes", ""},
		{"no wish at first", worrying, false, time.Hour, "", gladSafe + ". If that changes", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := strconv.Itoa(9400 + i)
			w.onboardSharing(id, code, "a")
			w.as(id, "Sam", coach.Event{Text: tt.first})
			w.as(id, "Sam", coach.Event{Text: "hmm"})
			if got := w.as(id, "Sam", coach.Event{Text: "hmm"}); strings.Contains(got, "[I'm safe]") {
				t.Fatalf("a second reply that is no answer = %q, want the question let go", got)
			}
			if tt.restart {
				w.coach = coach.New(w.store, w.store, w.clock, nil, vouching)
			}
			w.clock.Set(w.clock.Now().Add(tt.later))
			if q := w.as(id, "Sam", coach.Event{Text: worrying}); !strings.Contains(q, "[I'm safe]") {
				t.Fatalf("reply to %q = %q, want the safety question", worrying, q)
			}
			ev := coach.Event{Text: tt.answer}
			if tt.answer == "" {
				ev = coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Value: coach.SafetySafe}}
			}
			if got := w.as(id, "Sam", ev); !strings.Contains(got, tt.want) {
				t.Errorf(`"safe" = %q, want %q`, got, tt.want)
			}
			w.wantAlert(t, id, tt.alert)
		})
	}
}

// For someone not set up the question is held in the process only, and
// so is the wish kept after two replies that were no answer.
func TestWishKeptWhenTheQuestionIsAskedAgainBeforeSetUp(t *testing.T) {
	w := newWorld(t, monday9am)
	const id = "9450"
	for _, text := range []string{"honestly they'd be better off without me", "hmm", "hmm", worrying} {
		w.as(id, "Sam", coach.Event{Text: text})
	}
	got := w.as(id, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Value: coach.SafetySafe}})
	if !strings.Contains(got, "I'm glad you're safe right now.") {
		t.Errorf(`"safe" = %q, want the non-acute reply`, got)
	}
}
