package coach_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/nudge"
)

// feelFine stores "none" for every side effect of a day, as a person who
// answered "None of these".
func (w *world) feelFine(day localtime.Day) {
	w.t.Helper()
	fields := map[string]string{}
	for _, s := range []string{"dizziness", "nausea", "headache", "unreal"} {
		fields["fx:"+s] = "0"
	}
	if err := w.store.SaveFields(w.ctx, me, day, fields); err != nil {
		w.t.Fatal(err)
	}
}

func fxPress(day localtime.Day, then, field, value string) coach.Action {
	return coach.Action{Verb: coach.VerbSideEffect, Day: day, Field: then + ":" + field, Value: value}
}

// checkSideEffectQuestion checks the one-step question: four rows of three
// and a last row, within Discord's five rows of five.
func checkSideEffectQuestion(t *testing.T, m coach.Message, want string) {
	t.Helper()
	if !strings.Contains(m.Text, want) {
		t.Errorf("question = %q, want %q", m.Text, want)
	}
	if m.Columns != 3 || len(m.Buttons) != 14 || (len(m.Buttons)+m.Columns-1)/m.Columns > 5 {
		t.Fatalf("question has %d buttons in rows of %d, want 14 in rows of 3", len(m.Buttons), m.Columns)
	}
	for i, s := range []string{"Dizziness", "Nausea", "Headache", "Feeling unreal"} {
		for j, word := range []string{"none", "a little", "a lot"} {
			if got := m.Buttons[i*3+j].Label; got != s+": "+word {
				t.Errorf("button %d = %q, want %q", i*3+j, got, s+": "+word)
			}
		}
	}
	if m.Buttons[12].Label != "None of these" || m.Buttons[13].Label != "Skip" {
		t.Errorf("last row = %q, %q", m.Buttons[12].Label, m.Buttons[13].Label)
	}
}

func TestSideEffectsOnTheSessionEvening(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	msgs := w.deliver(coach.NewJob(me, coach.JobCheckIn, "2026-03-02", monday9am.Add(11*time.Hour)))
	if len(msgs) != 1 || !strings.HasPrefix(msgs[0].Text, "Hi — time for a short check-in") {
		t.Fatalf("session evening check-in = %+v", msgs)
	}
	checkSideEffectQuestion(t, msgs[0], "after today's session")
	reply := w.press(msgs[0].Buttons[4].Action) // nausea: a little
	if !strings.Contains(reply, "And the others?") {
		t.Errorf("after one answer: %q, want the others asked", reply)
	}
	reply = w.press(fxPress("2026-03-02", "c", "rest", "0"))
	if !strings.Contains(reply, "Thank you — noted.") || !strings.Contains(reply, "How is your mood") {
		t.Errorf("after the rest: %q, want thanks and the check-in's next question", reply)
	}
	got := w.checkIn("2026-03-02").SideEffects
	want := map[coach.Symptom]int{coach.SymptomDizziness: 0, coach.SymptomNausea: 1, coach.SymptomHeadache: 0, coach.SymptomUnreal: 0}
	if !got.Done() || len(got.Levels) != 4 || got.Levels[coach.SymptomNausea] != 1 || got.Levels[coach.SymptomDizziness] != 0 {
		t.Errorf("stored %+v, want %v", got, want)
	}
	if s := w.command("summary"); !strings.Contains(s, "After your session:") || !strings.Contains(s, "nausea a little") {
		t.Errorf("summary = %q, want the side effects", s)
	}
	msgs, err := w.coach.Handle(w.ctx, coach.Event{Person: me, Command: "export"})
	if err != nil || len(msgs) != 1 || len(msgs[0].Files) != 2 {
		t.Fatalf("export: %v %+v", err, msgs)
	}
	var doc struct {
		Days []struct {
			Day         string `json:"day"`
			SideEffects string `json:"side_effects_after_session"`
		} `json:"days"`
	}
	if err := json.Unmarshal(msgs[0].Files[0].Data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Days) == 0 || !strings.Contains(doc.Days[0].SideEffects, "nausea a little") {
		t.Errorf("export days = %+v, want Monday's side effects", doc.Days)
	}
	if csv := string(msgs[0].Files[1].Data); !strings.Contains(csv, "nausea a little") {
		t.Errorf("CSV = %q, want the side effects", csv)
	}
}

func TestSideEffectsAreSealed(t *testing.T) {
	for _, f := range []string{"fx:dizziness", "fx:nausea", "fx:headache", "fx:unreal", "fx:skip"} {
		if !coach.SensitiveField(f) {
			t.Errorf("SensitiveField(%q) = false: symptoms after a dose would be stored in the clear", f)
		}
	}
}

func TestSideEffectsTheMorningAfter(t *testing.T) {
	tests := []struct {
		name       string
		dizziness  string
		unreal     string
		wantSeated bool
	}{
		{"NoneOfThese", "", "", false},
		{"DizzyALittle", "1", "", false},
		{"DizzyALot", "2", "", true},
		{"UnrealALot", "", "2", true},
		{"HeadacheOnlyALot", "0", "0", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.command("session")
			w.feelFine("2026-03-02") // the evening's answers do not carry over
			// The nudge is the first message of Tuesday (check-in at 20:00).
			msgs := w.deliver(nudgeJob(coach.JobNudge, tuesdayNoon))
			if len(msgs) != 1 || msgs[0].Title != "Before today's idea" {
				t.Fatalf("first message the day after = %+v, want the side-effect question", msgs)
			}
			checkSideEffectQuestion(t, msgs[0], "the day after your session")
			if w.checkIn("2026-03-03").Nudge.ID != "" {
				t.Fatal("a nudge was chosen before the side effects were known")
			}
			for field, v := range map[string]string{"dizziness": tt.dizziness, "unreal": tt.unreal} {
				if v != "" {
					w.press(fxPress("2026-03-03", "n", field, v))
				}
			}
			if tt.name == "HeadacheOnlyALot" {
				w.press(fxPress("2026-03-03", "n", "headache", "2"))
			}
			reply := w.press(fxPress("2026-03-03", "n", "rest", "0"))
			if !strings.Contains(reply, "A small movement idea") && !strings.Contains(reply, "A small calming idea") {
				t.Fatalf("reply = %q, want the day's idea after the answer", reply)
			}
			if got := strings.Contains(reply, "sitting or lying down"); got != tt.wantSeated {
				t.Errorf("reply says seated: %v, want %v: %q", got, tt.wantSeated, reply)
			}
			id := w.checkIn("2026-03-03").Nudge.ID
			i := slices.IndexFunc(nudge.Library(), func(n nudge.Nudge) bool { return n.ID == id })
			if i < 0 {
				t.Fatalf("nudge %q not in the library", id)
			}
			n := nudge.Library()[i]
			if tt.wantSeated && !n.Seated {
				t.Errorf("nudge %s after a lot of dizziness or unreality is not seated", id)
			}
			if n.Balance || n.Water {
				t.Errorf("nudge %s the day after a session asks for balance or water", id)
			}
			// The evening check-in does not ask again.
			ci := w.deliver(coach.NewJob(me, coach.JobCheckIn, "2026-03-03", tuesdayNoon.Add(8*time.Hour)))
			if len(ci) != 1 || !strings.Contains(ci[0].Text, "How is your mood") {
				t.Errorf("evening check-in = %+v, want the mood question", ci)
			}
		})
	}
}

func TestSideEffectsFirstInAMorningCheckIn(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	msgs := w.deliver(coach.NewJob(me, coach.JobCheckIn, "2026-03-03", tuesdayNoon.Add(-3*time.Hour)))
	if len(msgs) != 1 {
		t.Fatalf("check-in = %+v", msgs)
	}
	checkSideEffectQuestion(t, msgs[0], "the day after your session")
	if reply := w.press(fxPress("2026-03-03", "c", "skip", "1")); !strings.Contains(reply, "no need to answer") || !strings.Contains(reply, "How is your mood") {
		t.Errorf("skip = %q, want a kind word and the next question", reply)
	}
	// Two days after, nothing is asked.
	msgs = w.deliver(coach.NewJob(me, coach.JobCheckIn, "2026-03-04", tuesdayNoon.Add(21*time.Hour)))
	if len(msgs) != 1 || !strings.Contains(msgs[0].Text, "How is your mood") {
		t.Errorf("two days after = %+v, want the mood question", msgs)
	}
}

func TestSideEffectRefusesForgedPresses(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	for _, a := range []coach.Action{
		fxPress("2026-03-02", "c", "dizziness", "3"),
		fxPress("2026-03-02", "c", "pain", "1"),
		fxPress("2026-03-02", "x", "nausea", "1"),
		fxPress("2026-03-05", "c", "nausea", "1"), // a day not come yet
	} {
		w.press(a)
	}
	if got := w.checkIn("2026-03-02").SideEffects; got.Asked() {
		t.Errorf("forged presses stored %+v", got)
	}
}

func TestMorningCheckInDoesNotCancelTheNudge(t *testing.T) {
	thursday := localtime.Day("2026-03-05") // three days after the session: no side-effect question
	tests := []struct {
		name      string
		answerAt  time.Time
		wantNudge bool
		wantText  string
	}{
		{"BeforeNoon", time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC), true, "so far today"},
		{"AfterNoon", time.Date(2026, 3, 5, 12, 30, 0, 0, time.UTC), false, "did you move today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.command("session")
			w.clock.Set(tt.answerAt)
			for _, f := range []coach.Field{coach.FieldMood, coach.FieldAnxiety, coach.FieldEnergy} {
				w.answer(thursday, f, "4")
			}
			if q := w.answer(thursday, coach.FieldSleep, "4"); !strings.Contains(q, tt.wantText) {
				t.Errorf("movement question = %q, want %q", q, tt.wantText)
			}
			w.answer(thursday, coach.FieldMinutes, "10")
			msgs := w.deliver(coach.NewJob(me, coach.JobNudge, thursday, time.Date(2026, 3, 5, 15, 0, 0, 0, time.UTC)))
			if got := len(msgs) == 1; got != tt.wantNudge {
				t.Errorf("nudge after 10 minutes answered at %v: %+v, want sent %v", tt.answerAt, msgs, tt.wantNudge)
			}
		})
	}
}
