package coach_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// worrying is a text the screen reads as Review (being a burden), which
// brings the safety question.
const worrying = "I feel like such a burden"

const (
	crisisLines = "116 123" // the crisis reply for someone in London
	firstASQ    = "(1 of 4) In the past few weeks, have you wished you were dead?"
	gladSafe    = "I'm glad you're safe"
)

// Every answer to "are you safe right now?", typed, in the four languages:
// no means not safe.
func TestSafetyQuestionTypedAnswers(t *testing.T) {
	w := newWorld(t, monday9am)
	tests := []struct {
		answer string
		want   string // crisisLines, firstASQ or gladSafe
	}{
		{"no", crisisLines}, {"nope", crisisLines}, {"not really", crisisLines}, {"help", crisisLines},
		{"I'm not safe", crisisLines}, {"no, I'm scared of what I might do", crisisLines},
		{"idk", firstASQ}, {"not sure", firstASQ}, {"I don't know", firstASQ},
		{"I'm ok", gladSafe}, {"yes", gladSafe}, {"I'm safe", gladSafe},
		{"no", crisisLines}, {"ayuda", crisisLines}, {"no sé", firstASQ}, {"sí", gladSafe}, {"estoy bien", gladSafe},
		{"nein", crisisLines}, {"hilfe", crisisLines}, {"weiß nicht", firstASQ}, {"keine Ahnung", firstASQ}, {"ja", gladSafe},
		{"non", crisisLines}, {"aide", crisisLines}, {"je sais pas", firstASQ}, {"oui", gladSafe}, {"ça va", gladSafe},
		// An answer that itself worries the screen leads to the ASQ.
		{"yes, but life feels pointless", firstASQ},
	}
	for i, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			id := strconv.Itoa(2000 + i)
			w.onboard(id, "Sam")
			if q := w.as(id, "Sam", coach.Event{Text: worrying}); !strings.Contains(q, "are you safe right now?") || !strings.Contains(q, "[I'm not safe]") {
				t.Fatalf("reply to a worrying text = %q, want the safety question with buttons", q)
			}
			got := w.as(id, "Sam", coach.Event{Text: tt.answer})
			if !strings.Contains(got, tt.want) {
				t.Errorf("answer %q got %q, want %q", tt.answer, got, tt.want)
			}
			if strings.Contains(got, "I can't chat freely") {
				t.Errorf("answer %q was not read as an answer: %q", tt.answer, got)
			}
		})
	}
}

func TestSafetyQuestionButtons(t *testing.T) {
	w := newWorld(t, monday9am)
	tests := []struct{ value, want string }{
		{coach.SafetyNotSafe, crisisLines}, {coach.SafetyNotSure, firstASQ}, {coach.SafetySafe, gladSafe},
	}
	for i, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			id := strconv.Itoa(3000 + i)
			w.onboard(id, "Sam")
			w.as(id, "Sam", coach.Event{Text: worrying})
			if got := w.as(id, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Value: tt.value}}); !strings.Contains(got, tt.want) {
				t.Errorf("press %s = %q, want %q", tt.value, got, tt.want)
			}
		})
	}
}

// The question waits in the store: a new Coach over it, as after a
// restart, still reads "no" as not safe.
func TestSafetyAnswerAfterARestart(t *testing.T) {
	w := newWorld(t, monday9am)
	w.handle(coach.Event{Text: worrying})
	w.coach = coach.New(w.store, w.store, w.clock, nil, vouching)
	if got := w.handle(coach.Event{Text: "no"}); !strings.Contains(got, crisisLines) {
		t.Errorf("\"no\" after a restart = %q, want the crisis reply", got)
	}
	if p := w.person(); p.Asking.Kind != "" || !p.PausedUntil.After(w.clock.Now()) {
		t.Errorf("after the crisis reply: asking %+v, paused until %v; want nothing waiting and a pause", p.Asking, p.PausedUntil)
	}
}

// Mid check-in, a typed answer to the safety question is read as its
// answer, and "safe" goes back to the check-in.
func TestSafetyAnswerMidCheckIn(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("checkin")
	w.answer("2026-03-02", coach.FieldMood, "2")
	w.handle(coach.Event{Text: worrying})
	got := w.handle(coach.Event{Text: "I'm ok"})
	if !strings.Contains(got, gladSafe) || !strings.Contains(got, "How anxious") {
		t.Errorf("\"I'm ok\" mid check-in = %q, want thanks and the next check-in question", got)
	}
}

// Something that is no answer is asked about once more, then read as
// ordinary text.
func TestSafetyQuestionUnclearTwice(t *testing.T) {
	w := newWorld(t, monday9am)
	w.handle(coach.Event{Text: worrying})
	if got := w.handle(coach.Event{Text: "what time is it"}); !strings.Contains(got, "be sure I understood") {
		t.Errorf("first unclear reply = %q, want the question once more", got)
	}
	if got := w.handle(coach.Event{Text: "what time is it"}); !strings.Contains(got, "I can't chat freely") {
		t.Errorf("second unclear reply = %q, want ordinary text", got)
	}
	if p := w.person(); p.Asking.Kind != "" {
		t.Errorf("asking = %+v, want nothing waiting", p.Asking)
	}
}

// TestWorryingNoteAsksLast: a check-in note that raises the safety question
// is saved, and the question comes after the check-in's closing words, as
// the last thing read: it is the question that waits for an answer.
func TestWorryingNoteAsksLast(t *testing.T) {
	w := newWorld(t, monday9am)
	w.clock.Set(time.Date(2026, 3, 2, 20, 5, 0, 0, time.UTC))
	note := coach.Action{Verb: coach.VerbNote, Day: "2026-03-02"}
	msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: me, Submit: &note, Text: "Rough day. Sometimes I feel like such a burden to everyone."})
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) < 2 {
		t.Fatalf("got %d messages, want the check-in's close and the safety question", len(msgs))
	}
	last := msgs[len(msgs)-1]
	if len(last.Buttons) == 0 || last.Buttons[0].Action.Verb != coach.VerbSafety {
		t.Errorf("last message = %q, want the safety question with its buttons", last.Text)
	}
	if w.checkIn("2026-03-02").Note == "" {
		t.Error("the note was not saved")
	}
}
