package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

const (
	alice = "200000000000000001"
	bob   = "200000000000000002"
)

// t0 is 09:00 on a Monday in London (GMT in early March).
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// TestRedisRestartMidRun: while Redis is down the bot says to try again in
// a minute; no answer given before is lost; once Redis is back, answers
// are saved and delivery resumes. (The embedded Redis restarts on its
// address with its data, as a Redis with AOF does.)
func TestRedisRestartMidRun(t *testing.T) {
	mr := miniredis.RunT(t)
	ctx := context.Background()
	store, err := storage.Open(ctx, "redis://"+mr.Addr(), storage.Options{Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	clock := localtime.NewFakeClock(t0)
	c := coach.New(store, store, clock, nil)
	router := bot.Router{Coach: c}
	handle := func(ev coach.Event) string {
		ev.Person = alice
		var b strings.Builder
		for _, m := range router.Handle(ctx, ev) {
			b.WriteString(m.Text + "\n")
		}
		return b.String()
	}
	handle(coach.Event{Press: &coach.Action{Verb: coach.VerbConsent, Field: "Europe/London@20:00", Value: "yes"}})
	handle(coach.Event{Command: "session"})
	handle(coach.Event{Press: &coach.Action{Verb: coach.VerbSideEffect, Day: "2026-03-02", Field: "c:rest", Value: "0"}}) // the session day's side effects
	handle(coach.Event{Press: &coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "mood", Value: "4"}})

	mr.Close()
	down := handle(coach.Event{Press: &coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "anxiety", Value: "2"}})
	if !strings.Contains(down, "try again in a minute") {
		t.Errorf("while Redis is down: %q", down)
	}
	sent := 0
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: func(ctx context.Context, j coach.Job) error {
		msgs, err := c.Deliver(ctx, j)
		sent += len(msgs)
		return err
	}}
	clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	if _, err := sched.RunDue(ctx); err == nil {
		t.Error("the scheduler did not notice Redis was down")
	}

	if err := mr.Restart(); err != nil {
		t.Fatal(err)
	}
	if up := handle(coach.Event{Press: &coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "anxiety", Value: "2"}}); !strings.Contains(up, "How is your energy?") {
		t.Errorf("after the restart: %q", up)
	}
	days, err := store.CheckIns(ctx, alice, "2026-03-02", "2026-03-02")
	if err != nil || len(days) != 1 || days[0].Mood != 4 || days[0].Anxiety != 2 {
		t.Errorf("answers after the restart = %+v, %v; want mood 4 (before) and anxiety 2 (after)", days, err)
	}
	if _, err := sched.RunDue(ctx); err != nil || sent == 0 {
		t.Errorf("delivery after the restart: %v, %d messages", err, sent)
	}
}
