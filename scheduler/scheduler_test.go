package scheduler_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// recorder is a Handler that remembers what it ran and can be told to fail.
type recorder struct {
	mu   sync.Mutex
	ran  []string
	fail map[string]bool
}

// name is the readable name a job was planned under (coach.NewJob's ID).
// A job the scheduler hands over carries the opaque id the queue keeps it
// under instead, so tests that match runs to plans go by this.
func name(j coach.Job) string { return j.Person + ":" + string(j.Kind) + ":" + string(j.Day) }

func (r *recorder) handle(_ context.Context, j coach.Job) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail[name(j)] {
		delete(r.fail, name(j))
		return errors.New("send failed")
	}
	r.ran = append(r.ran, name(j))
	return nil
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.ran)
}

func TestRunDueRunsWhatIsDueAndNothingElse(t *testing.T) {
	store := redistest.Open(t)
	ctx := context.Background()
	clock := localtime.NewFakeClock(t0)
	rec := &recorder{}
	s := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: rec.handle, Batch: 2}
	var jobs []coach.Job
	for i := range 5 {
		jobs = append(jobs, coach.NewJob("1", coach.JobCheckIn, localtime.Day("2026-03-02").AddDays(i), t0.Add(time.Duration(i)*time.Hour)))
	}
	if err := store.Schedule(ctx, jobs...); err != nil {
		t.Fatal(err)
	}
	clock.Advance(2 * time.Hour)
	n, err := s.RunDue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 || rec.count() != 3 {
		t.Fatalf("ran %d (recorded %d) at t0+2h, want the 3 due jobs across batches of 2", n, rec.count())
	}
	if n, _ := s.RunDue(ctx); n != 0 {
		t.Errorf("second pass ran %d, want 0: done jobs must not run again", n)
	}
}

func TestFailedJobIsRetriedWithBackoff(t *testing.T) {
	store := redistest.Open(t)
	ctx := context.Background()
	clock := localtime.NewFakeClock(t0)
	j := coach.NewJob("1", coach.JobCheckIn, "2026-03-02", t0)
	rec := &recorder{fail: map[string]bool{j.ID: true}}
	s := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: rec.handle}
	if err := store.Schedule(ctx, j); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.RunDue(ctx); n != 0 {
		t.Fatalf("failing job counted as run: %d", n)
	}
	clock.Advance(10 * time.Second)
	if n, _ := s.RunDue(ctx); n != 0 {
		t.Fatalf("job retried before its backoff")
	}
	clock.Advance(21 * time.Second) // the first backoff is 15-30s
	if n, _ := s.RunDue(ctx); n != 1 || rec.count() != 1 {
		t.Fatalf("after the backoff: ran %d, want the job retried once", n)
	}
	if got := s.Stats().Failed.Load(); got != 1 {
		t.Errorf("failed count = %d, want 1", got)
	}
}

func TestJobThatKeepsFailingBecomesADeadLetter(t *testing.T) {
	store := redistest.Open(t)
	ctx := context.Background()
	clock := localtime.NewFakeClock(t0)
	calls := 0
	s := &scheduler.Scheduler{Queue: store, Clock: clock, MaxAttempts: 4, Handle: func(context.Context, coach.Job) error {
		calls++
		return errors.New("discord: 500")
	}}
	if err := store.Schedule(ctx, coach.NewJob("1", coach.JobCheckIn, "2026-03-02", t0)); err != nil {
		t.Fatal(err)
	}
	for range 20 {
		if _, err := s.RunDue(ctx); err != nil {
			t.Fatal(err)
		}
		clock.Advance(31 * time.Minute) // past any backoff
	}
	if calls != 4 {
		t.Errorf("tried %d times, want 4 then set aside", calls)
	}
	if n, _ := store.DeadLetters(ctx); n != 1 || s.Stats().Dead.Load() != 1 {
		t.Errorf("dead letters = %d (counted %d), want 1", n, s.Stats().Dead.Load())
	}
}

func TestBackoffGrowsWithJitterAndACap(t *testing.T) {
	for attempt := 1; attempt <= 10; attempt++ {
		ceiling := min(30*time.Second<<(attempt-1), 30*time.Minute)
		for range 50 {
			if d := scheduler.Backoff(attempt); d < ceiling/2 || d > ceiling {
				t.Fatalf("Backoff(%d) = %v, want within [%v, %v]", attempt, d, ceiling/2, ceiling)
			}
		}
	}
}

func TestRunWakesAtTheNextDueTime(t *testing.T) {
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0)
	rec := &recorder{}
	s := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: rec.handle, MaxWait: time.Hour}
	ctx, cancel := context.WithCancel(context.Background())
	j := coach.NewJob("1", coach.JobCheckIn, "2026-03-02", t0.Add(10*time.Minute))
	if err := store.Schedule(ctx, j); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()

	// Nothing is due until the clock reaches the job.
	clock.Advance(9 * time.Minute)
	if waitFor(func() bool { return rec.count() > 0 }, 50*time.Millisecond) {
		t.Fatal("job ran before it was due")
	}
	clock.Advance(time.Minute)
	if !waitFor(func() bool { return rec.count() == 1 }, 5*time.Second) {
		t.Fatal("job did not run when due")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run returned %v after cancel, want nil", err)
	}
}

// waitFor polls cond until it holds or the time is up. Only used to wait
// for another goroutine; no assertion depends on how long it took.
func waitFor(cond func() bool, within time.Duration) bool {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(2 * time.Millisecond)
	}
	return cond()
}
