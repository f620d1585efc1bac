package coach_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/nudge"
)

// nudgeJob is Tuesday's nudge of a person whose session was Monday.
func nudgeJob(kind coach.JobKind, at time.Time) coach.Job {
	return coach.NewJob(me, kind, "2026-03-03", at)
}

var tuesdayNoon = time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)

func (w *world) deliver(j coach.Job) []coach.Message {
	w.t.Helper()
	w.clock.Set(j.Due)
	msgs, err := w.coach.Deliver(w.ctx, j)
	if err != nil {
		w.t.Fatalf("Deliver(%s): %v", j.ID, err)
	}
	return msgs
}

func TestSessionDayHasNoNudge(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	jobs, _ := w.store.Upcoming(w.ctx, me)
	for _, j := range jobs {
		if j.Day == "2026-03-02" && j.Kind != coach.JobCheckIn {
			t.Errorf("session day has a %s job", j.Kind)
		}
		if j.Day == "2026-03-02" && j.Due.Hour() < 18 {
			t.Errorf("session day check-in at %v, want the evening", j.Due)
		}
	}
	// Even a nudge job for the session day itself sends nothing.
	if msgs := w.deliver(coach.NewJob(me, coach.JobNudge, "2026-03-02", monday9am.Add(4*time.Hour))); len(msgs) != 0 {
		t.Errorf("session-day nudge sent: %+v", msgs)
	}
}

func TestPlanHasAtMostThreeMessagesADayOutsideQuietHours(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	jobs, _ := w.store.Upcoming(w.ctx, me)
	perDay := map[localtime.Day]int{}
	london, _ := time.LoadLocation("Europe/London")
	for _, j := range jobs {
		if j.Kind == coach.JobPlanEnd {
			if j.Day != "2026-03-09" {
				t.Errorf("closing message on %s, want the day after the plan", j.Day)
			}
		} else {
			perDay[j.Day]++
		}
		local := j.Due.In(london)
		if coach.InQuietHours(localtime.LocalTime{Hour: local.Hour(), Minute: local.Minute(), Set: true}) {
			t.Errorf("%s due in quiet hours: %v", j.ID, local)
		}
	}
	for d, n := range perDay {
		if n > 3 {
			t.Errorf("%s has %d messages planned, want at most 3", d, n)
		}
	}
	if len(perDay) != coach.DefaultPlanDays {
		t.Errorf("plan covers %d days, want %d", len(perDay), coach.DefaultPlanDays)
	}
}

func TestNudgeDoneLogsMinutesAndSilencesFollowUp(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.feelFine("2026-03-03") // the side-effect question answered: the nudge comes
	msgs := w.deliver(nudgeJob(coach.JobNudge, tuesdayNoon))
	if len(msgs) != 1 || len(msgs[0].Buttons) != 3 {
		t.Fatalf("nudge = %+v, want one message with Done, Not today, Later", msgs)
	}
	want := w.checkIn("2026-03-03").Nudge.Minutes
	if want < nudge.MinTarget || want > 10 {
		t.Errorf("day-after nudge is %d minutes, want a light 5-10", want)
	}
	reply := w.press(msgs[0].Buttons[0].Action)
	if reply == "" || strings.Contains(reply, "older message") {
		t.Fatalf("done reply = %q", reply)
	}
	day := w.checkIn("2026-03-03")
	if day.Nudge.Answer != coach.NudgeDone || day.Moved != want {
		t.Errorf("after done: answer %q, moved %d; want done and %d minutes", day.Nudge.Answer, day.Moved, want)
	}
	if again := w.press(msgs[0].Buttons[0].Action); !strings.Contains(again, "Already in your log") || w.checkIn("2026-03-03").Moved != want {
		t.Errorf("second press of Done = %q, moved %d: want no double count", again, w.checkIn("2026-03-03").Moved)
	}
	if f := w.deliver(nudgeJob(coach.JobFollowUp, tuesdayNoon.Add(3*time.Hour))); len(f) != 0 {
		t.Errorf("follow-up sent after the nudge was answered: %+v", f)
	}
}

func TestFollowUpOnlyWhenUnanswered(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.feelFine("2026-03-03") // the side-effect question answered: the nudge comes
	w.deliver(nudgeJob(coach.JobNudge, tuesdayNoon))
	f := w.deliver(nudgeJob(coach.JobFollowUp, tuesdayNoon.Add(3*time.Hour)))
	if len(f) != 1 || !strings.Contains(f[0].Text, "Either answer is fine") {
		t.Fatalf("follow-up = %+v", f)
	}
	w.press(f[0].Buttons[1].Action) // not today
	if got := w.checkIn("2026-03-03").Nudge.Answer; got != coach.NudgeNotToday {
		t.Errorf("answer = %q, want not today", got)
	}
}

func TestNudgeSkippedWhenAlreadyMoved(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.clock.Set(tuesdayNoon.Add(-2 * time.Hour))
	w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "25", "activity": "walk"}})
	if msgs := w.deliver(nudgeJob(coach.JobNudge, tuesdayNoon)); len(msgs) != 0 {
		t.Errorf("nudge sent after /moved 25: %+v", msgs)
	}
	if got := w.checkIn("2026-03-03").Moved; got != 25 {
		t.Errorf("moved = %d, want 25", got)
	}
}

func TestSnoozeOnceInsideTheWindow(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.feelFine("2026-03-03") // the side-effect question answered: the nudge comes
	msgs := w.deliver(nudgeJob(coach.JobNudge, tuesdayNoon))
	w.press(msgs[0].Buttons[2].Action) // later
	jobs, _ := w.store.Upcoming(w.ctx, me)
	var snooze *coach.Job
	for i := range jobs {
		if jobs[i].Kind == coach.JobSnooze {
			snooze = &jobs[i]
		}
	}
	if snooze == nil || !snooze.Due.Equal(tuesdayNoon.Add(2*time.Hour)) {
		t.Fatalf("snooze job = %+v, want one two hours later", snooze)
	}
	again := w.deliver(*snooze)
	if len(again) != 1 || len(again[0].Buttons) != 2 {
		t.Fatalf("snoozed nudge = %+v, want it once more without a Later button", again)
	}
	if f := w.deliver(nudgeJob(coach.JobFollowUp, tuesdayNoon.Add(3*time.Hour))); len(f) != 0 {
		t.Errorf("follow-up sent on top of a snoozed nudge: %+v", f)
	}
}

func TestMovedRefusesNonsenseKindly(t *testing.T) {
	w := newWorld(t, monday9am)
	for _, minutes := range []string{"", "0", "-5", "lots", "100000"} {
		reply := w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": minutes}})
		if !strings.Contains(reply, "number from 1 to 600") {
			t.Errorf("/moved %q reply = %q", minutes, reply)
		}
	}
	if w.checkIn("2026-03-02").Moved != 0 {
		t.Error("refused /moved changed the log")
	}
}

// A week of nudges done at the target grows the next week's nudge; a week
// of none eases it back.
func TestNudgeTargetReviewedWeekly(t *testing.T) {
	for _, tt := range []struct {
		name   string
		answer string
		grow   bool
	}{{"all done", coach.NudgeDone, true}, {"none answered", "", false}} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.command("session")
			w.feelFine("2026-03-03")
			var first int
			for i := 1; i <= 8; i++ {
				day := localtime.Day("2026-03-02").AddDays(i)
				msgs := w.deliver(coach.NewJob(me, coach.JobNudge, day, tuesdayNoon.Add(time.Duration(i-1)*24*time.Hour)))
				if i == 1 {
					first = w.person().NudgeTarget
				}
				if tt.answer == coach.NudgeDone && len(msgs) == 1 {
					w.press(msgs[0].Buttons[0].Action)
				}
			}
			got := w.person().NudgeTarget
			if tt.grow && !(got > first && float64(got) <= float64(first)*1.2+1) {
				t.Errorf("target %d -> %d after a week done, want 10-20%% growth", first, got)
			}
			if !tt.grow && got >= first && first > nudge.MinTarget {
				t.Errorf("target %d -> %d after a week unanswered, want it eased", first, got)
			}
		})
	}
}
