package coach_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// finishDay has a patient answer a whole check-in on its evening, skipping
// the note, and returns the reply to the last answer.
func (w *world) finishDay(id, name string, day localtime.Day, mood int) string {
	w.t.Helper()
	y, m, d := day.Date()
	w.clock.Set(time.Date(y, m, d, 20, 30, 0, 0, time.UTC)) // London is UTC in March
	press := func(a coach.Action) string { return w.as(id, name, coach.Event{Press: &a}) }
	for _, f := range []struct {
		field coach.Field
		value string
	}{{coach.FieldMood, strconv.Itoa(mood)}, {coach.FieldAnxiety, "3"}, {coach.FieldEnergy, "3"}, {coach.FieldSleep, "3"}, {coach.FieldMinutes, "0"}} {
		press(coach.Action{Verb: coach.VerbAnswer, Day: day, Field: string(f.field), Value: f.value})
	}
	return press(coach.Action{Verb: coach.VerbNote, Day: day, Field: "skip"})
}

// TestEightLowDays is the fortnight: a patient sharing with Dr
// Rivera answers mood "Very low" for eight days. Each day is met as a hard
// day, no words repeat within a week, the third day brings the gentle
// message once, and the digest carries the flag.
func TestEightLowDays(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	w.shareWith("1", "Ana", code, "")
	first := localtime.Day("2026-03-02")
	var replies []string
	gentle := 0
	for i := range 8 {
		reply := w.finishDay("1", "Ana", first.AddDays(i), 1)
		replies = append(replies, reply)
		if strings.Contains(reply, "A gentle word") {
			gentle++
			if i != 2 {
				t.Errorf("gentle message on day %d, want day 3", i+1)
			}
			for _, want := range []string{"The last few days sound like they've been low", "let Dr Rivera know", "/crisis shows people you can reach",
				// Ana shares trends: said plainly, and that no one is told now.
				"their weekly digest may mark that your mood has been low; nothing is sent to them now"} {
				if !strings.Contains(reply, want) {
					t.Errorf("gentle message lacks %q:\n%s", want, reply)
				}
			}
			if strings.Contains(reply, "keep writing here") {
				t.Errorf("gentle message suggests someone reads along:\n%s", reply)
			}
		}
		if strings.Contains(reply, "Thank you — your check-in is saved.") {
			t.Errorf("day %d met as an ordinary day: %q", i+1, reply)
		}
	}
	if gentle != 1 {
		t.Errorf("gentle message came %d times in eight days, want once", gentle)
	}
	for i := range replies {
		for j := max(0, i-6); j < i; j++ {
			a, b := ackOf(replies[i]), ackOf(replies[j])
			if a == b {
				t.Errorf("days %d and %d got the same words: %q", j+1, i+1, a)
			}
		}
	}
	w.clock.Set(time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
	digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
	if !strings.Contains(digest, "⚑ low mood 6 days running") {
		t.Errorf("digest lacks the low-mood flag:\n%s", digest)
	}
}

// TestNoReflectionBesideTheGentleMessage: on days 1-4 after a session the
// check-in ends with a reflection prompt, except on the day the low-mood
// message comes: that message asks nothing, and nothing is asked after it.
func TestNoReflectionBesideTheGentleMessage(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	w.as("1", "Ana", coach.Event{Command: "session"})
	first := localtime.Day("2026-03-04") // day 2: day 1 opens with the side-effect question
	for i := range 3 {
		reply := w.finishDay("1", "Ana", first.AddDays(i), 2)
		gentle, reflect := strings.Contains(reply, "A gentle word"), strings.Contains(reply, "A moment to reflect")
		switch {
		case i < 2 && !reflect:
			t.Errorf("day %d after the session: no reflection prompt:\n%s", i+2, reply)
		case i == 2 && (!gentle || reflect):
			t.Errorf("third low day: gentle message %v, reflection prompt %v; want the message alone:\n%s", gentle, reflect, reply)
		}
	}
}

// ackOf is the acknowledgement: the first line of text after the title line.
func ackOf(reply string) string {
	lines := strings.Split(reply, "\n")
	if len(lines) < 2 {
		return reply
	}
	return lines[1]
}

func TestGentleMessageWithoutATherapistAndAfterAWeek(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	first := localtime.Day("2026-03-02")
	var days []int
	for i, mood := range []int{2, 2, 2, 2, 2, 2, 2, 2, 2, 2} {
		if strings.Contains(w.finishDay("1", "Ana", first.AddDays(i), mood), "A gentle word") {
			days = append(days, i+1)
		}
	}
	if len(days) != 2 || days[0] != 3 || days[1] != 10 {
		t.Errorf("gentle message on days %v, want 3 and 10 (at most once a week)", days)
	}
	reply := w.finishDay("1", "Ana", first.AddDays(16), 2)
	if strings.Contains(reply, "A gentle word") {
		t.Errorf("gentle message without three days running: %q", reply)
	}
}

func TestGentleMessageNamesTheClinicWithoutATherapist(t *testing.T) {
	w := worldIn(t, "Europe/London", coach.Config{ClinicLine: "After hours, call Bright Clinic on +44 20 7946 0000"})
	w.onboard("1", "Ana")
	first := localtime.Day("2026-03-02")
	var reply string
	for i := range 3 {
		reply = w.finishDay("1", "Ana", first.AddDays(i), 2)
	}
	for _, want := range []string{"your therapist or the clinic that looks after your sessions", "Bright Clinic on +44 20 7946 0000", "/crisis"} {
		if !strings.Contains(reply, want) {
			t.Errorf("gentle message lacks %q:\n%s", want, reply)
		}
	}
}

func TestMoodFallWeekOnWeek(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	w.shareWith("1", "Ana", code, "")
	w.seedDays("1", "2026-03-02", []int{4, 4, 4}, 0, "")
	var reply string
	for i, mood := range []int{3, 3, 3} { // 4.0 to 3.0: down a point
		reply = w.finishDay("1", "Ana", localtime.Day("2026-03-09").AddDays(i), mood)
	}
	if !strings.Contains(reply, "This week sounds like it has been harder than the last one") {
		t.Errorf("after a fall of a point: %q", reply)
	}
	// The digest shows Ana's last full week: the week of the fall is full
	// on Monday 16 March.
	w.clock.Set(time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC))
	digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
	if !strings.Contains(digest, "⚑ mood down 1.0 on last week") {
		t.Errorf("digest lacks the fall:\n%s", digest)
	}
}

func TestGoodAndOrdinaryDaysAreMetDifferently(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	hard := ackOf(w.finishDay("1", "Ana", "2026-03-02", 1))
	good := ackOf(w.finishDay("1", "Ana", "2026-03-03", 5))
	okay := ackOf(w.finishDay("1", "Ana", "2026-03-04", 3))
	if hard == good || good == okay || hard == okay {
		t.Errorf("three kinds of day, words %q, %q, %q", hard, good, okay)
	}
	// An old button pressed again on a finished day says the same words.
	w.clock.Set(time.Date(2026, 3, 4, 21, 0, 0, 0, time.UTC))
	again := ackOf(w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbNote, Day: "2026-03-04", Field: "skip"}}))
	if again != okay {
		t.Errorf("the same day finished again: %q, then %q", okay, again)
	}
}

func TestClosingMessage(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.seedDays(me, "2026-03-03", []int{3, 4}, 20, "")
	end := planEnd(t, w)
	if end.Day != "2026-03-09" {
		t.Fatalf("closing message on %s, want Monday 9 March", end.Day)
	}
	text := texts(w.deliver(end))
	for _, want := range []string{"The 7 days after your session on Monday 2 March are over", "checked in on 2 days and moved 40 minutes in all", "/session plans the days after it", "nothing to decide now"} {
		if !strings.Contains(text, want) {
			t.Errorf("closing message lacks %q:\n%s", want, text)
		}
	}
	if plan := w.command("plan"); !strings.Contains(plan, "a last word to close the plan") {
		t.Errorf("/plan does not show the closing message:\n%s", plan)
	}
}

func TestClosingMessageWaitsForANewerSession(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	old := planEnd(t, w)
	w.clock.Set(time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC))
	w.command("session") // Thursday: the plan runs on to the 11th
	if msgs := w.deliver(old); len(msgs) != 0 {
		t.Errorf("closing message in the middle of a plan: %+v", msgs)
	}
	if got := planEnd(t, w); got.Day != "2026-03-12" {
		t.Errorf("new closing message on %s, want 12 March", got.Day)
	}
}

// A session logged on the very day the earlier plan was to close (a week
// apart, as KAP sessions often are) cancels that closing message too: the
// plan goes on, and /plan must not promise "a last word" beside the new
// session's check-in.
func TestClosingMessageOnTheNewSessionDayIsCancelled(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.clock.Set(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)) // Monday: the old plan's closing day
	w.command("session")
	jobs, err := w.store.Upcoming(w.ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	var ends []localtime.Day
	for _, j := range jobs {
		if j.Kind == coach.JobPlanEnd {
			ends = append(ends, j.Day)
		}
	}
	if len(ends) != 1 || ends[0] != "2026-03-16" {
		t.Errorf("closing messages planned on %v, want only 16 March", ends)
	}
	if plan := w.command("plan"); strings.Count(plan, "a last word to close the plan") != 1 {
		t.Errorf("/plan lists the cancelled closing message:\n%s", plan)
	}
}

func TestNoClosingMessageWhenStoppedOrPaused(t *testing.T) {
	for _, cmd := range []string{"stop", "pause"} {
		t.Run(cmd, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.command("session")
			end := planEnd(t, w)
			w.clock.Set(time.Date(2026, 3, 8, 9, 0, 0, 0, time.UTC))
			w.handle(coach.Event{Command: cmd, Args: map[string]string{"days": "7"}})
			w.clock.Set(end.Due)
			if msgs, _ := w.coach.Deliver(w.ctx, end); len(msgs) != 0 {
				t.Errorf("closing message after /%s: %+v", cmd, msgs)
			}
		})
	}
}

func planEnd(t *testing.T, w *world) coach.Job {
	t.Helper()
	jobs, err := w.store.Upcoming(w.ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	var found []coach.Job
	for _, j := range jobs {
		if j.Kind == coach.JobPlanEnd {
			found = append(found, j)
		}
	}
	if len(found) == 0 {
		t.Fatal("no closing message planned")
	}
	return found[len(found)-1]
}

func texts(msgs []coach.Message) string {
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Title + "\n" + m.Text + "\n")
	}
	return b.String()
}
