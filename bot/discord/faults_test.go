package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/scheduler"
)

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
