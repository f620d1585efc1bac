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
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

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

// TestDiscordStormsNeitherLoseNorDouble: a scheduled DM meets a run of
// 500s (the job is retried with backoff) and then of 429s (discordgo waits
// them out): it arrives exactly once.
func TestDiscordStormsNeitherLoseNorDouble(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.onboard()
	dm := h.fake.DMChannel(alice)
	sched := h.scheduler()
	h.clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	h.fake.FailNext(3, 500)
	if n, _ := sched.RunDue(context.Background()); n != 0 {
		t.Fatalf("the check-in counted as delivered during a 5xx storm")
	}
	h.fake.RateLimitNext(3, 50*time.Millisecond, false)
	for range 10 { // past any backoff, a few times over
		h.clock.Advance(31 * time.Minute)
		if _, err := sched.RunDue(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for _, m := range h.fake.Messages(dm) {
		if strings.Contains(text(m), "time for a short check-in") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the check-in arrived %d times, want exactly once", n)
	}
}

// TestDiscordGatewayDropResumes: after the gateway connection drops, the
// bot resumes and the next interaction is answered exactly once.
func TestDiscordGatewayDropResumes(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.fake.DropConnection()
	eventually(t, "the bot to resume", func() bool { return h.fake.Resumes() > 0 || h.fake.Connections() > 1 })
	rs := h.do(fakediscord.Interaction{UserID: alice, Command: "help"})
	contains(t, allText(shown(rs)), "What I can do")
}

// TestShutdownFinishesTheJobInHand: cancelling the scheduler while a job
// is being sent lets the send finish and acknowledges it.
func TestShutdownFinishesTheJobInHand(t *testing.T) {
	h := newHarness(t)
	h.onboard()
	started, release := make(chan struct{}), make(chan struct{})
	var delivered []string
	sched := &scheduler.Scheduler{Queue: h.store, Clock: h.clock, Handle: func(ctx context.Context, j coach.Job) error {
		close(started)
		<-release // the send in flight when SIGTERM comes
		delivered = append(delivered, j.ID)
		return nil
	}, Batch: 1}
	h.clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sched.Run(ctx) }()
	<-started
	cancel()
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(delivered) != 1 {
		t.Fatalf("delivered %v", delivered)
	}
	// Acknowledged: nothing due is left for the next process.
	if jobs, _ := h.store.Claim(context.Background(), h.clock.Now(), 10, time.Minute); len(jobs) != 0 {
		t.Errorf("after shutdown %d jobs are due again: the finished one was not acknowledged", len(jobs))
	}
}
