package coach_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// unreadableValue is a sealed value no key at hand opens (the world's
// store has no data key; one with a wrong key reads it the same way).
const unreadableValue = "enc2:c2VhbGVkIHdpdGggYSBrZXkgdGhhdCBpcyBnb25l"

// breakField makes one stored field unreadable, as a wrong DATA_KEY would.
func (w *world) breakField(key, field string) {
	w.t.Helper()
	if err := w.store.Client().HSet(w.ctx, w.store.Prefix()+"{u:"+me+"}:"+key, field, unreadableValue).Err(); err != nil {
		w.t.Fatal(err)
	}
}

// breakDayField makes one field of a day unreadable, where storage keeps it.
func (w *world) breakDayField(day localtime.Day, field string) {
	w.t.Helper()
	key, name := w.store.DayFieldAt(me, day, field)
	if err := w.store.Client().HSet(w.ctx, key, name, unreadableValue).Err(); err != nil {
		w.t.Fatal(err)
	}
}

// rawDayField is a day's field as stored.
func (w *world) rawDayField(day localtime.Day, field string) string {
	w.t.Helper()
	key, name := w.store.DayFieldAt(me, day, field)
	v, err := w.store.Client().HGet(w.ctx, key, name).Result()
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// TestUnreadableIsReportedNeverDroppedOrOverwritten: a note, a PHQ-9
// answer and a safety plan step that cannot be opened are named in
// /summary and /export, and neither /checkin's note nor the questionnaire
// writes over them.
func TestUnreadableIsReportedNeverDroppedOrOverwritten(t *testing.T) {
	w := newWorld(t, monday9am)
	day := localtime.Day("2026-03-02")
	w.deliver(coach.NewJob(me, coach.JobCheckIn, day, time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)))
	w.answer(day, coach.FieldMood, "2")
	w.handle(coach.Event{Submit: &coach.Action{Verb: coach.VerbNote, Day: day}, Text: "a heavy evening"})
	w.questionnaire(me, "phq9", day, 1, 1, 1, 1, 1, 1, 1, 1, 0)
	w.writeStep(coach.StepWarningSigns, "b", "not sleeping")
	w.breakDayField(day, "note")
	w.breakDayField(day, "q:phq9:3")
	w.breakField("safetyplan", string(coach.StepWarningSigns))

	if ci := w.checkIn(day); !ci.NoteDone || ci.Note != "" || !slices.Equal(ci.Unreadable, []string{"note", "q:phq9:3"}) {
		t.Fatalf("the day as read: note %q, done %v, unreadable %v", ci.Note, ci.NoteDone, ci.Unreadable)
	}

	t.Run("summary", func(t *testing.T) {
		got := w.command("summary")
		for _, want := range []string{"I couldn't open some of what you wrote (a note on Mon 2 Mar and answers to the PHQ-9 on Mon 2 Mar), so it's left out here.", "not anything you did"} {
			if !strings.Contains(got, want) {
				t.Errorf("/summary:\n%s\nwant %q", got, want)
			}
		}
	})

	t.Run("export", func(t *testing.T) {
		msg, files := w.exportOf(me, "Sam")
		if strings.Contains(msg.Text, "everything I hold about you:") || !strings.Contains(msg.Text, "everything I hold about you that I could read") ||
			!strings.Contains(msg.Text, "a note on Mon 2 Mar") || !strings.Contains(msg.Text, "“Warning signs” in your safety plan") {
			t.Errorf("/export says:\n%s\nwant it to say what it could not read", msg.Text)
		}
		var doc struct {
			CouldNotRead []string `json:"could_not_read"`
		}
		if err := json.Unmarshal(files["json"], &doc); err != nil {
			t.Fatal(err)
		}
		want := []string{"a note on Mon 2 Mar", "answers to the PHQ-9 on Mon 2 Mar", "“Warning signs” in your safety plan"}
		if !slices.Equal(doc.CouldNotRead, want) {
			t.Errorf("could_not_read = %q, want %q", doc.CouldNotRead, want)
		}
	})

	t.Run("checkin", func(t *testing.T) {
		for _, ev := range []coach.Event{
			{Press: &coach.Action{Verb: coach.VerbNote, Day: day, Field: "write"}},
			{Press: &coach.Action{Verb: coach.VerbNote, Day: day, Field: "skip"}},
			{Submit: &coach.Action{Verb: coach.VerbNote, Day: day}, Text: "written again"},
		} {
			if got := w.handle(ev); !strings.Contains(got, "I couldn't open it just now, so I won't write over it") {
				t.Errorf("note event %+v answered:\n%s", ev, got)
			}
		}
		if raw := w.rawDayField(day, "note"); raw != unreadableValue {
			t.Errorf("the unreadable note was written over: %q", raw)
		}
		got := w.press(coach.Action{Verb: coach.VerbQuestionnaire, Day: day, Field: "phq9:3", Value: "2"})
		if !strings.Contains(got, "I won't ask again over them") {
			t.Errorf("a PHQ-9 answer over an unreadable one:\n%s", got)
		}
		if raw := w.rawDayField(day, "q:phq9:3"); raw != unreadableValue {
			t.Errorf("the unreadable answer was written over: %q", raw)
		}
	})

	t.Run("digest", func(t *testing.T) {
		w.shareWith(me, "Sam", w.registerTherapist(), "n")
		w.clock.Set(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC))
		digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
		if !strings.Contains(digest, "note Monday 2 March: (written, but it could not be opened just now)") {
			t.Errorf("a therapist allowed notes is not told of one that could not be read:\n%s", digest)
		}
	})

	t.Run("safety plan", func(t *testing.T) {
		if got := w.command("safetyplan"); !strings.Contains(got, "1. Warning signs\n(I couldn't open what you wrote here just now. It's still stored as it was.)") {
			t.Errorf("/safetyplan shows:\n%s", got)
		}
	})
}
