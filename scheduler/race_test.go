package scheduler_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

var raceStart = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// tally is a Handler that counts how often each job ran, across schedulers.
type tally struct {
	mu    sync.Mutex
	count map[string]int
	total int
}

func (c *tally) handle(_ context.Context, j coach.Job) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.count == nil {
		c.count = map[string]int{}
	}
	c.count[name(j)]++
	c.total++
	return nil
}

func (c *tally) ran() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.total
}

// scheduleSpread plans n one-off jobs for 100 people, due evenly over
// span from raceStart, and returns their ids.
func scheduleSpread(t *testing.T, store *storage.Redis, n int, span time.Duration) []string {
	t.Helper()
	ids := make([]string, 0, n)
	var jobs []coach.Job
	for i := range n {
		due := raceStart.Add(span * time.Duration(i) / time.Duration(n))
		j := coach.NewJob(fmt.Sprintf("p%d", i%100), coach.JobNudge, localtime.Day("2026-03-02").AddDays(i/100), due)
		jobs = append(jobs, j)
		ids = append(ids, j.ID)
		if len(jobs) == 1000 || i == n-1 {
			if err := store.Schedule(context.Background(), jobs...); err != nil {
				t.Fatal(err)
			}
			jobs = jobs[:0]
		}
	}
	return ids
}

// TestSchedulersRacingOnOneRedisRunEachJobOnce: several schedulers (as on
// several replicas) drain one queue of 10,000 jobs at the same time; each
// job runs exactly once and none is left behind.
func TestSchedulersRacingOnOneRedisRunEachJobOnce(t *testing.T) {
	const n = 10_000
	tests := []struct {
		name       string
		schedulers int
		batch      int
		// falling: the jobs fall due over 10 hours while the schedulers
		// run (Scheduler.Run, the clock moved on in steps); otherwise all
		// are due at once and each scheduler calls RunDue until it finds
		// nothing.
		falling bool
		workers int // lanes in each scheduler
	}{
		{"2 schedulers, all due at once", 2, 100, false, 1},
		{"8 schedulers, small batches, all due at once", 8, 7, false, 1},
		{"4 schedulers, jobs falling due while they run", 4, 25, true, 1},
		{"3 schedulers of 4 workers, all due at once", 3, 50, false, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := redistest.Open(t)
			span := 10 * time.Hour
			ids := scheduleSpread(t, store, n, span)
			clock := localtime.NewFakeClock(raceStart)
			if !tt.falling {
				clock.Set(raceStart.Add(span))
			}
			rec := &tally{}
			scheds := make([]*scheduler.Scheduler, tt.schedulers)
			for i := range scheds {
				// Each its own scheduler, as a replica would have; the lease
				// outlasts the run (leases running out are tested elsewhere).
				scheds[i] = &scheduler.Scheduler{Queue: storage.NewRedis(store.Client(), store.Prefix()),
					Clock: clock, Handle: rec.handle, Batch: tt.batch, Workers: tt.workers, Lease: 48 * time.Hour, MaxWait: time.Minute}
			}
			if tt.falling {
				raceFalling(t, scheds, clock, rec, n, span)
			} else {
				raceAllDue(t, scheds)
			}

			var lost, twice []string
			for _, id := range ids {
				switch got := rec.count[id]; {
				case got == 0:
					lost = append(lost, id)
				case got > 1:
					twice = append(twice, id)
				}
			}
			if len(lost) > 0 || len(twice) > 0 || len(rec.count) != n {
				t.Errorf("%d jobs never ran (%v), %d ran more than once (%v), %d distinct ran; want each of %d once",
					len(lost), lost[:min(3, len(lost))], len(twice), twice[:min(3, len(twice))], len(rec.count), n)
			}
			if next, ok, err := store.NextDue(context.Background()); err != nil || ok {
				t.Errorf("NextDue = %v, %v, %v; want nothing left", next, ok, err)
			}
			var split []int64
			var ran int64
			for _, s := range scheds {
				split = append(split, s.Stats().Ran.Load())
				ran += s.Stats().Ran.Load()
			}
			if ran != n {
				t.Errorf("schedulers counted %d runs, want %d", ran, n)
			}
			t.Logf("jobs run per scheduler: %v", split)
		})
	}
}

// raceAllDue starts the schedulers together; each runs RunDue until a
// pass finds nothing due.
func raceAllDue(t *testing.T, scheds []*scheduler.Scheduler) {
	t.Helper()
	ctx := context.Background()
	start := make(chan struct{})
	errs := make(chan error, len(scheds))
	var wg sync.WaitGroup
	for _, s := range scheds {
		wg.Go(func() {
			<-start
			for {
				n, err := s.RunDue(ctx)
				if err != nil || n == 0 {
					errs <- err
					return
				}
			}
		})
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// raceFalling runs the schedulers' Run loops while the clock moves over
// span a minute at a time, until every job has run.
func raceFalling(t *testing.T, scheds []*scheduler.Scheduler, clock *localtime.FakeClock, rec *tally, n int, span time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, s := range scheds {
		wg.Go(func() {
			if err := s.Run(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	for clock.Now().Before(raceStart.Add(span)) {
		clock.Advance(time.Minute)
		time.Sleep(100 * time.Microsecond) // let the schedulers see each step
	}
	done := pollUntil(func() bool { return rec.ran() >= n }, 30*time.Second)
	cancel()
	wg.Wait()
	if !done {
		t.Fatalf("only %d of %d jobs ran", rec.ran(), n)
	}
}

// pollUntil checks cond every millisecond until it holds or within has
// passed, and reports whether it held. It only waits for other goroutines
// or processes; no assertion depends on how long that took.
func pollUntil(cond func() bool, within time.Duration) bool {
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(time.Millisecond)
	}
	return true
}

// TestBatchOutlivingItsLeaseIsNotRunTwice: one scheduler's batch is slow
// (Discord answering slowly, say) and its lease runs out halfway; another
// scheduler, rightly, takes the batch over. The first must then not go on
// to start jobs it no longer holds. Only the job in flight when the lease
// ran out may run twice; its resend carries the same nonce.
func TestBatchOutlivingItsLeaseIsNotRunTwice(t *testing.T) {
	store := redistest.Open(t)
	ctx := context.Background()
	clock := localtime.NewFakeClock(raceStart)
	ids := scheduleSpread(t, store, 10, 0)
	rec := &tally{}
	other := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: rec.handle, Lease: time.Minute}
	var once sync.Once
	slow := &scheduler.Scheduler{Queue: store, Clock: clock, Lease: time.Minute, Batch: len(ids),
		Handle: func(ctx context.Context, j coach.Job) error {
			once.Do(func() {
				clock.Advance(2 * time.Minute) // the first send takes two minutes
				if _, err := other.RunDue(ctx); err != nil {
					t.Error(err)
				}
			})
			return rec.handle(ctx, j)
		}}
	if _, err := slow.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	var twice []string
	for _, id := range ids {
		switch n := rec.count[id]; {
		case n == 0:
			t.Errorf("job %s never ran", id)
		case n > 1:
			twice = append(twice, id)
		}
	}
	if len(twice) > 1 {
		t.Errorf("%d of %d jobs ran twice (%v): the slow scheduler kept starting jobs after its lease ran out and another took them over; want at most the one in flight",
			len(twice), len(ids), twice)
	}
}
