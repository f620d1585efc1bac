package coach_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// world is a coach over a real store and a fake clock, with one onboarded
// person in London whose check-in is at 20:00.
type world struct {
	t     *testing.T
	ctx   context.Context
	store *storage.Redis
	clock *localtime.FakeClock
	coach *coach.Coach
}

const me = "1001"

func newWorld(t *testing.T, start time.Time) *world {
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(start)
	w := &world{t: t, ctx: context.Background(), store: store, clock: clock, coach: coach.New(store, store, clock, nil, vouching)}
	w.press(coach.Action{Verb: coach.VerbConsent, Field: "Europe/London@20:00", Value: "yes"})
	return w
}

func (w *world) handle(ev coach.Event) string {
	w.t.Helper()
	ev.Person = me
	msgs, err := w.coach.Handle(w.ctx, ev)
	if err != nil {
		w.t.Fatalf("Handle(%+v): %v", ev, err)
	}
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Title + "\n" + m.Text + "\n")
	}
	return b.String()
}

func (w *world) press(a coach.Action) string { return w.handle(coach.Event{Press: &a}) }
func (w *world) command(name string) string  { return w.handle(coach.Event{Command: name}) }

func (w *world) answer(day localtime.Day, field coach.Field, value string) string {
	return w.press(coach.Action{Verb: coach.VerbAnswer, Day: day, Field: string(field), Value: value})
}

func (w *world) checkIn(day localtime.Day) coach.CheckIn {
	w.t.Helper()
	return w.checkInOf(me, day)
}

var monday9am = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) // 09:00 in London

func TestCheckInAnsweredNextDayCountsForItsOwnDay(t *testing.T) {
	w := newWorld(t, monday9am)
	w.clock.Set(time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)) // Tuesday morning
	reply := w.answer("2026-03-02", coach.FieldMood, "2")
	if !strings.Contains(reply, "How anxious") {
		t.Errorf("reply = %q, want the next question", reply)
	}
	if got := w.checkIn("2026-03-02"); got.Mood != 2 {
		t.Errorf("Monday's mood = %d, want 2 saved to Monday", got.Mood)
	}
	if got := w.checkIn("2026-03-03"); got.Answered() {
		t.Errorf("Tuesday got an answer that belongs to Monday: %+v", got)
	}
}

func TestCheckInClosesKindlyAfter48Hours(t *testing.T) {
	w := newWorld(t, monday9am)
	w.clock.Set(time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)) // Monday began 48 hours ago
	reply := w.answer("2026-03-02", coach.FieldMood, "4")
	if !strings.Contains(reply, "That check-in has closed, and that's completely okay") {
		t.Errorf("reply = %q, want the kind closing word", reply)
	}
	if w.checkIn("2026-03-02").Answered() {
		t.Error("an answer to a closed check-in was saved")
	}
}

func TestButtonsThatCannotBeTrusted(t *testing.T) {
	w := newWorld(t, monday9am)
	tests := []struct {
		name string
		a    coach.Action
	}{
		{"a day in the future", coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-09", Field: "mood", Value: "3"}},
		{"a value out of range", coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "mood", Value: "9"}},
		{"an unknown field", coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "weight", Value: "3"}},
		{"an unknown verb", coach.Action{Verb: "launch", Day: "2026-03-02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reply := w.press(tt.a)
			if !strings.Contains(reply, "older message") {
				t.Errorf("reply = %q, want the kind stale-button word", reply)
			}
		})
	}
	if w.checkIn("2026-03-02").Answered() || w.checkIn("2026-03-09").Answered() {
		t.Error("a refused button changed stored data")
	}
}

func TestSecondSessionDoesNotDoubleCheckIns(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.clock.Set(monday9am.Add(48 * time.Hour)) // Wednesday: a second session inside the plan
	w.command("session")
	jobs, err := w.store.Upcoming(w.ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	days := map[localtime.Day]int{}
	for _, j := range jobs {
		if j.Kind == coach.JobCheckIn {
			days[j.Day]++
		}
	}
	for d, n := range days {
		if n != 1 {
			t.Errorf("%s has %d check-ins planned, want 1", d, n)
		}
	}
	// Monday's plan ran to Sunday 8 March; Wednesday's extends it to Tuesday 10 March.
	if days["2026-03-10"] != 1 || days["2026-03-11"] != 0 {
		t.Errorf("planned days = %v, want the plan extended to 2026-03-10", days)
	}
}

func TestStopTakesEffectAtOnce(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	jobs, _ := w.store.Upcoming(w.ctx, me)
	if len(jobs) == 0 {
		t.Fatal("no plan after /session")
	}
	w.command("stop")
	if up, _ := w.store.Upcoming(w.ctx, me); len(up) != 0 {
		t.Errorf("after /stop %d jobs remain", len(up))
	}
	// A job already claimed by a scheduler when /stop came sends nothing.
	msgs, err := w.coach.Deliver(w.ctx, jobs[0])
	if !errors.Is(err, coach.ErrInactive) || len(msgs) != 0 {
		t.Errorf("Deliver after /stop = %v, %v; want nothing and ErrInactive", msgs, err)
	}
}

func TestPauseHoldsDelivery(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.handle(coach.Event{Command: "pause", Args: map[string]string{"days": "2"}})
	job := coach.NewJob(me, coach.JobCheckIn, "2026-03-03", time.Date(2026, 3, 3, 20, 0, 0, 0, time.UTC))
	w.clock.Set(job.Due)
	if msgs, _ := w.coach.Deliver(w.ctx, job); len(msgs) != 0 {
		t.Errorf("check-in delivered during a pause: %+v", msgs)
	}
	w.command("resume")
	if msgs, _ := w.coach.Deliver(w.ctx, job); len(msgs) != 1 {
		t.Errorf("after /resume Deliver gave %d messages, want the check-in", len(msgs))
	}
	if reply := w.handle(coach.Event{Command: "pause", Args: map[string]string{"days": "365"}}); !strings.Contains(reply, "1 to 30 days") {
		t.Errorf("/pause 365 reply = %q", reply)
	}
}

func TestPlanAcrossDSTKeepsLocalTime(t *testing.T) {
	p := coach.Person{ID: me, Zone: "America/New_York", CheckInAt: localtime.LocalTime{Hour: 2, Minute: 30, Set: true}}
	session := time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)
	jobs, err := coach.PlanAfterSession(p, session)
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := time.LoadLocation("America/New_York")
	var got []string
	for _, j := range jobs {
		if j.Kind == coach.JobCheckIn {
			got = append(got, j.Due.In(loc).Format("01-02 15:04"))
		}
	}
	// The session day's check-in moves to the evening; 8 March has no 02:30
	// and gets 03:00.
	want := "03-05 18:00,03-06 02:30,03-07 02:30,03-08 03:00,03-09 02:30,03-10 02:30,03-11 02:30"
	if strings.Join(got, ",") != want {
		t.Errorf("plan = %v\nwant   %s", got, want)
	}
}

func TestAfterACrisisTheBotStaysWarm(t *testing.T) {
	w := newWorld(t, monday9am)
	first := w.handle(coach.Event{Text: "i want to kill myself"})
	if !strings.Contains(first, "116 123") {
		t.Fatalf("crisis reply = %q, want the UK lines for a London zone", first)
	}
	w.clock.Advance(5 * time.Minute)
	for _, text := range []string{"hello", "i want to kill myself"} {
		reply := w.handle(coach.Event{Text: text})
		if !strings.Contains(reply, "You can keep writing here") || strings.Contains(reply, "/help") {
			t.Errorf("%q five minutes after a crisis = %q, want the short warm word", text, reply)
		}
	}
	if p := w.person(); !p.PausedUntil.After(w.clock.Now().Add(23 * time.Hour)) {
		t.Errorf("paused until %v, want about a day", p.PausedUntil)
	}
	w.clock.Advance(2 * time.Hour)
	if again := w.handle(coach.Event{Text: "i want to kill myself"}); !strings.Contains(again, "116 123") {
		t.Errorf("crisis an hour later = %q, want the full reply again", again)
	}
}

// TestAfterDowntime: jobs that fell due while the bot was down are sent
// while still useful and otherwise recorded as missed, never as a flood.
func TestAfterDowntime(t *testing.T) {
	monday8pm := time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		kind  coach.JobKind
		day   localtime.Day
		due   time.Time
		now   time.Time
		wantN int
	}{
		{"check-in 6 hours late, same day", coach.JobCheckIn, "2026-03-02", time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC), monday8pm, 1},
		{"check-in from yesterday", coach.JobCheckIn, "2026-03-01", time.Date(2026, 3, 1, 20, 0, 0, 0, time.UTC), monday8pm, 0},
		{"nudge inside its window", coach.JobNudge, "2026-03-03", time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC), time.Date(2026, 3, 3, 16, 0, 0, 0, time.UTC), 1},
		{"nudge after its window", coach.JobNudge, "2026-03-03", time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC), time.Date(2026, 3, 3, 18, 0, 0, 0, time.UTC), 0},
		{"check-in three days late", coach.JobCheckIn, "2026-03-02", monday8pm, monday8pm.Add(72 * time.Hour), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.command("session")
			w.clock.Set(tt.now)
			msgs, err := w.coach.Deliver(w.ctx, coach.NewJob(me, tt.kind, tt.day, tt.due))
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != tt.wantN {
				t.Errorf("delivered %d messages, want %d", len(msgs), tt.wantN)
			}
			days, _ := w.store.CheckIns(w.ctx, me, tt.day, tt.day)
			recorded := len(days) == 1 && days[0].Missed[tt.kind]
			if recorded != (tt.wantN == 0) {
				t.Errorf("recorded as missed = %v, want %v", recorded, tt.wantN == 0)
			}
		})
	}
}

func TestCommandOptionsAreScreened(t *testing.T) {
	w := newWorld(t, monday9am)
	reply := w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "10", "activity": "kill myself"}})
	if !strings.Contains(reply, "116 123") {
		t.Errorf("reply = %q, want the crisis reply", reply)
	}
	if w.checkIn("2026-03-02").Moved != 0 {
		t.Error("the command went on after a crisis")
	}
}

// An option that screens as Review does not stop the command, and the
// safety question it raises is asked, not kept silently open.
func TestCommandOptionAsksTheSafetyQuestion(t *testing.T) {
	w := newWorld(t, monday9am)
	reply := w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "10", "activity": "walked, but I feel like a burden to everyone"}})
	if !strings.Contains(reply, "are you safe right now?") {
		t.Errorf("reply = %q, want the safety question", reply)
	}
	if w.checkIn("2026-03-02").Moved != 10 {
		t.Error("the minutes were not kept")
	}
}
