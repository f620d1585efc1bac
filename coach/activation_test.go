package coach_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/activity"
	"github.com/aftercare/aftercare/coach/localtime"
)

var wednesdayNoon = time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC) // day 2 after Monday's session

func TestValuesAtStartAndInSettings(t *testing.T) {
	w := newWorld(t, monday9am)
	reply := w.press(set("ability", "low"))
	for _, want := range []string{"All set.", "One more, only if you like: What matters to you?", "Skipping is fine"} {
		if !strings.Contains(reply, want) {
			t.Errorf("after the last question: %q lacks %q", reply, want)
		}
	}
	if got := w.press(set("values-start", "done")); !strings.Contains(got, "movement ideas it is") {
		t.Errorf("skip = %q", got)
	}
	w.press(set("values-start", "calm"))
	w.press(set("values-start", "nature"))
	w.press(set("values-start", "learning"))
	w.press(set("values-start", "learning")) // tapped again: removed
	if got := w.press(set("values-start", "done")); !strings.Contains(got, "every other day's idea will be something small for calm and nature instead of movement") {
		t.Errorf("done = %q", got)
	}
	if got := w.person().Values; !slices.Equal(got, []activity.Value{activity.ValueCalm, activity.ValueNature}) {
		t.Errorf("values = %v, want calm and nature", got)
	}
	if got := w.command("settings"); !strings.Contains(got, "What matters to you: calm and nature") {
		t.Errorf("settings lack the values:\n%s", got)
	}
	if got := w.press(set("values", "golf")); !strings.Contains(got, "older message") {
		t.Errorf("unknown value = %q", got)
	}
	w.press(set("values", "calm"))
	if got := w.person().Values; !slices.Equal(got, []activity.Value{activity.ValueNature}) {
		t.Errorf("values after /settings = %v, want nature", got)
	}
}

// valuedWorld has values, a session on Monday, and the morning-after
// question answered.
func valuedWorld(t *testing.T, values ...string) *world {
	w := newWorld(t, monday9am)
	for _, v := range values {
		w.press(set("values", v))
	}
	w.command("session")
	w.feelFine("2026-03-03")
	return w
}

func TestValuedActivityEveryOtherDayFromDayTwo(t *testing.T) {
	for _, tt := range []struct {
		name   string
		values []string
		valued []bool // Tue, Wed, Thu, Fri
	}{
		{"values named", []string{"connection"}, []bool{false, true, false, true}},
		{"no values", nil, []bool{false, false, false, false}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := valuedWorld(t, tt.values...)
			for i, want := range tt.valued {
				day := localtime.Day("2026-03-03").AddDays(i)
				msgs := w.deliver(coach.NewJob(me, coach.JobNudge, day, tuesdayNoon.Add(time.Duration(i)*24*time.Hour)))
				if len(msgs) != 1 {
					t.Fatalf("%s: %d messages", day, len(msgs))
				}
				got := msgs[0].Title == "A small idea for today"
				if got != want {
					t.Errorf("%s: %q, valued %v; want %v", day, msgs[0].Title, got, want)
				}
				if got {
					a, ok := activity.ByID(w.checkIn(day).Nudge.ID)
					if !ok || !a.Serves(activity.ValueConnection) || !strings.HasPrefix(msgs[0].Text, a.Text) ||
						!strings.Contains(msgs[0].Text, "(Something for the people you care about. Not today is a fine answer too.)") {
						t.Errorf("%s: %+v, text %q", day, a, msgs[0].Text)
					}
				}
			}
		})
	}
}

func TestValuedActivityDoneIsNotMovement(t *testing.T) {
	w := valuedWorld(t, "creativity")
	msgs := w.deliver(coach.NewJob(me, coach.JobNudge, "2026-03-04", wednesdayNoon))
	if len(msgs) != 1 || len(msgs[0].Buttons) != 3 || msgs[0].Buttons[2].Label != "Later today…" {
		t.Fatalf("valued idea = %+v", msgs)
	}
	reply := strings.TrimSpace(w.press(msgs[0].Buttons[0].Action))
	if !slices.ContainsFunc([]uint64{0, 1, 2, 3}, func(s uint64) bool { return reply == activity.DoneAck(s) }) {
		t.Errorf("done reply = %q, want a valued activity's thanks", reply)
	}
	day := w.checkIn("2026-03-04")
	if day.Nudge.Answer != coach.NudgeDone || day.Moved != 0 || day.MovedMinutes() != 0 {
		t.Errorf("after done: answer %q, moved %d; want done and nothing moved", day.Nudge.Answer, day.Moved)
	}
}

func TestValuedThanksDoNotRepeatOnTheNextValuedDay(t *testing.T) {
	w := valuedWorld(t, "calm")
	var replies []string
	for _, day := range []localtime.Day{"2026-03-04", "2026-03-06"} {
		at := wednesdayNoon.Add(time.Duration(len(replies)) * 48 * time.Hour)
		msgs := w.deliver(coach.NewJob(me, coach.JobNudge, day, at))
		replies = append(replies, w.press(msgs[0].Buttons[0].Action))
	}
	if replies[0] == replies[1] {
		t.Errorf("the same thanks on days 2 and 4: %q", replies[0])
	}
}

func TestLaterTodayAtAChosenTime(t *testing.T) {
	w := valuedWorld(t, "calm")
	msgs := w.deliver(coach.NewJob(me, coach.JobNudge, "2026-03-04", wednesdayNoon.Add(10*time.Minute)))
	later := w.msgs(coach.Event{Press: &msgs[0].Buttons[2].Action})
	if len(later) != 1 || !strings.Contains(later[0].Text, "When would suit you?") {
		t.Fatalf("later = %+v", later)
	}
	var labels []string
	for _, b := range later[0].Buttons {
		labels = append(labels, b.Label)
	}
	// 20:00 is the check-in: no time within an hour of it.
	if want := []string{"At 14:00", "At 16:00", "At 18:00"}; !slices.Equal(labels, want) {
		t.Errorf("times = %v, want %v", labels, want)
	}
	if got := w.press(later[0].Buttons[2].Action); !strings.Contains(got, "I'll bring it back at 18:00.") {
		t.Errorf("chosen = %q", got)
	}
	jobs, _ := w.store.Upcoming(w.ctx, me)
	at := time.Date(2026, 3, 4, 18, 0, 0, 0, time.UTC)
	i := slices.IndexFunc(jobs, func(j coach.Job) bool { return j.Kind == coach.JobSnooze })
	if i < 0 || !jobs[i].Due.Equal(at) {
		t.Fatalf("snooze jobs = %+v, want one at 18:00", jobs)
	}
	again := w.deliver(jobs[i])
	if len(again) != 1 || len(again[0].Buttons) != 2 || again[0].Title != "A small idea for today" {
		t.Fatalf("at 18:00 = %+v, want the idea once more without Later", again)
	}
	if got := w.press(coach.Action{Verb: coach.VerbNudge, Day: "2026-03-04", Value: "at:21:00"}); !strings.Contains(got, "I'll leave it for today") {
		t.Errorf("a second later = %q", got)
	}
}

func TestLaterTodayLateInTheDay(t *testing.T) {
	w := valuedWorld(t, "calm")
	msgs := w.deliver(coach.NewJob(me, coach.JobNudge, "2026-03-04", wednesdayNoon))
	w.clock.Set(time.Date(2026, 3, 4, 20, 30, 0, 0, time.UTC))
	if got := w.press(msgs[0].Buttons[2].Action); !strings.Contains(got, "let's leave it for today") {
		t.Errorf("later at 20:30 = %q", got)
	}
}

func TestPracticeIsLoggedApartFromMovement(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	day := localtime.Day("2026-03-03")
	if err := w.store.SaveFields(w.ctx, me, day, map[string]string{
		"nudge": "breathing-05-box", "nudge_min": "5", "nudge_act": "breathing",
	}); err != nil {
		t.Fatal(err)
	}
	w.clock.Set(tuesdayNoon)
	reply := w.press(coach.Action{Verb: coach.VerbNudge, Day: day, Value: coach.NudgeDone})
	if !strings.Contains(reply, "5 minutes of slow breathing — practice, logged.") {
		t.Errorf("done = %q", reply)
	}
	if ci := w.checkIn(day); ci.Moved != 0 || ci.Nudge.Answer != coach.NudgeDone {
		t.Errorf("moved %d, answer %q; want 0 and done", ci.Moved, ci.Nudge.Answer)
	}
	reply = w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "10", "activity": "breathing"}})
	if !strings.Contains(reply, "10 minutes of slow breathing — practice, logged.") || w.checkIn(day).Moved != 0 {
		t.Errorf("/moved 10 breathing = %q, moved %d", reply, w.checkIn(day).Moved)
	}
}
