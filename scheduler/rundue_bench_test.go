package scheduler_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// BenchmarkRunDue claims and acknowledges b.N due jobs with a handler that
// does nothing, through Scheduler.RunDue: one op is one job. The jobs are
// check-ins of b.N distinct people, all due at the same instant, scheduled
// before the timer starts. Several schedulers share the queue as replicas
// would (in one process, on one connection pool). Run it with
// -benchtime=100000x.
//
// It reports jobs/s and cmds/job: Redis commands (INFO commandstats calls,
// the commands inside the Lua scripts included) per job.
func BenchmarkRunDue(b *testing.B) {
	for _, c := range []struct{ batch, schedulers int }{
		{100, 1}, {500, 1}, {100, 2}, {500, 2}, {500, 4},
	} {
		b.Run(fmt.Sprintf("batch=%d/schedulers=%d", c.batch, c.schedulers), func(b *testing.B) {
			benchRunDue(b, c.batch, c.schedulers)
		})
	}
}

func benchRunDue(b *testing.B, batch, schedulers int) {
	store := benchStore(b)
	due := benchSession
	scheduleDue(b, store, b.N, due)
	clock := localtime.NewFakeClock(due.Add(time.Minute))
	noop := func(context.Context, coach.Job) error { return nil }
	before := snapshot(b, store.Client())
	b.ResetTimer()
	ran := drain(b, store, clock, noop, batch, schedulers)
	b.StopTimer()
	after := snapshot(b, store.Client())
	if ran != b.N {
		b.Fatalf("ran %d jobs, want %d", ran, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "jobs/s")
	b.ReportMetric(float64(commandsSince(before, after))/float64(b.N), "cmds/job")
}

// scheduleDue schedules n check-ins of n distinct people, all due at due.
func scheduleDue(b *testing.B, store *storage.Redis, n int, due time.Time) {
	b.Helper()
	const chunk = 1000
	jobs := make([]coach.Job, 0, chunk)
	for i := range n {
		jobs = append(jobs, coach.NewJob(benchPerson(i).ID, coach.JobCheckIn, "2026-03-02", due))
		if len(jobs) == chunk || i == n-1 {
			if err := store.Schedule(context.Background(), jobs...); err != nil {
				b.Fatal(err)
			}
			jobs = jobs[:0]
		}
	}
}

// drain runs RunDue on several schedulers at once until the queue is
// empty, and returns how many jobs they finished together.
func drain(b *testing.B, q scheduler.Queue, clock scheduler.Clock, h scheduler.Handler, batch, schedulers int) int {
	b.Helper()
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for range schedulers {
		s := &scheduler.Scheduler{Queue: q, Clock: clock, Handle: h, Batch: batch}
		wg.Go(func() {
			n, err := s.RunDue(context.Background())
			if err != nil {
				b.Error(err)
			}
			mu.Lock()
			total += n
			mu.Unlock()
		})
	}
	wg.Wait()
	return total
}
