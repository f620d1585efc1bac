// Package scheduler delivers Aftercare's timed work. Jobs wait in Redis (see
// package storage), never in goroutines or timers, so a restart loses nothing
// and memory stays flat however many people there are. A claim with a lease
// makes each job run on one replica at a time; the lease is short (8 s)
// and extended every few seconds while the batch is worked, so a job whose
// worker died is claimed again within the lease; a job that fails is retried with
// backoff and, after MaxAttempts, set aside as a dead letter. The queue may
// be partitioned (storage spreads it over a Redis Cluster's masters): Claim
// takes the partitions in turn, and Ack is handed the jobs, not their ids,
// so that it finds each one's partition.
package scheduler

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// Queue is the due-time queue the scheduler drains. storage.Redis implements it.
type Queue interface {
	// Schedule adds jobs, replacing any with the same ID.
	Schedule(ctx context.Context, jobs ...coach.Job) error
	// Claim leases up to max jobs due at now until now+lease. Jobs already
	// acknowledged (the same id planned again) are dropped, not returned.
	Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]coach.Job, error)
	// Ack marks claimed jobs done at now: they leave the queue, and their
	// ids are remembered for a while so they are not run again. It takes the
	// jobs, not their ids, since the queue is partitioned by person.
	Ack(ctx context.Context, now time.Time, jobs ...coach.Job) error
	// Extend leases claimed jobs until until, those still leased only: one
	// acknowledged or put back meanwhile stays so.
	Extend(ctx context.Context, until time.Time, jobs ...coach.Job) error
	// Retry puts a leased job back to fall due again at the given time.
	Retry(ctx context.Context, job coach.Job, at time.Time) error
	// DeadLetter sets a job aside for good, for people to look at.
	DeadLetter(ctx context.Context, job coach.Job, now time.Time, reason string) error
	// NextDue tells when the earliest job falls due, false when none waits.
	NextDue(ctx context.Context) (time.Time, bool, error)
}

// Handler does one job. An error means try again later, with backoff;
// coach.Later puts the job off to a given time without counting a failure;
// coach.ErrInactive ends the job, and a recurring job with it.
type Handler func(ctx context.Context, job coach.Job) error

// Scheduler claims due jobs and runs them.
type Scheduler struct {
	Queue  Queue
	Clock  Clock
	Handle Handler
	Log    *slog.Logger
	Batch  int // jobs per claim; 0 means 500
	// Lease is how long a claim holds without being extended; 0 means 8
	// seconds: a dead worker's lease runs out at most 8 s after its last
	// extension, and the once-a-second look for run-out leases takes its
	// jobs within 10 s of the crash (issue 17). A batch's leases are extended every third of it while the
	// batch is worked, so a worker that dies leaves its unstarted jobs to
	// another within one lease.
	Lease   time.Duration
	MaxWait time.Duration // longest sleep between looks at the queue, in clock time; 0 means 1s
	// Workers is how many jobs of a batch run at once; 0 means 1. A
	// person's jobs always run one after another, in order. More than one
	// pays when a job waits on the network (a Discord send tens of
	// milliseconds away) and a shared limiter, not the round trip, should
	// set the pace.
	Workers int
	// MaxAttempts is how often a failing job is tried before it becomes a
	// dead letter; 0 means 8 (over about an hour and a half of backoff).
	MaxAttempts int

	stats Stats
}

// Stats counts what the scheduler did since it started.
type Stats struct {
	Ran, Failed, Dead, Dropped atomic.Int64
}

// Stats returns the scheduler's counters.
func (s *Scheduler) Stats() *Stats { return &s.stats }

func (s *Scheduler) batch() int {
	if s.Batch > 0 {
		return s.Batch
	}
	return 500
}

func (s *Scheduler) workers() int { return max(s.Workers, 1) }

func (s *Scheduler) lease() time.Duration {
	if s.Lease > 0 {
		return s.Lease
	}
	return 8 * time.Second
}

func (s *Scheduler) maxAttempts() int {
	if s.MaxAttempts > 0 {
		return s.MaxAttempts
	}
	return 8
}

func (s *Scheduler) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.New(slog.DiscardHandler)
}

// A finished job is acknowledged at once, together with whatever else
// finished while the previous acknowledgement was in flight (group
// commit, one in flight at a time): an acknowledgement follows its send
// within a round trip, and a fast batch of 500 costs about three (0.033
// commands a job in BenchmarkRunDue), not one per job. A crash re-sends,
// with the same nonces, the jobs in flight (one per lane) and those that
// finished within the last round trip, before their acknowledgement
// reached Redis.

// RunDue claims and runs every job due now, batch by batch, and returns how
// many it finished. The demo and tests call it after moving a fake clock.
// A cancelled ctx stops it between jobs, never inside one.
func (s *Scheduler) RunDue(ctx context.Context) (int, error) {
	ran := 0
	work := context.WithoutCancel(ctx)
	for ctx.Err() == nil {
		claimed := s.Clock.Now()
		jobs, err := s.Queue.Claim(work, claimed, s.batch(), s.lease())
		if err != nil {
			return ran, err
		}
		n, err := s.runBatch(ctx, work, jobs, claimed)
		ran += n
		if err != nil || len(jobs) < s.batch() {
			return ran, err
		}
	}
	return ran, nil
}

// runBatch runs claimed jobs, on Workers lanes, extending their leases
// while it works. It starts none once three quarters of the lease are gone
// since it was last extended (Redis unreachable, or the process stalled),
// or once ctx is cancelled: those go back to the queue at once, rather than
// running while another replica, seeing the lease run out, claims and runs
// them too.
func (s *Scheduler) runBatch(ctx, work context.Context, jobs []coach.Job, claimed time.Time) (int, error) {
	if len(jobs) == 0 {
		return 0, nil
	}
	leases := newLeaser(s.Queue, s.Clock, s.log(), s.lease(), jobs, claimed)
	stopLeases := leases.start(work)
	defer stopLeases()
	acks := newAcker(s.Queue, s.Clock, work)
	var wg sync.WaitGroup
	for _, lane := range lanes(jobs, s.workers()) {
		wg.Go(func() {
			for i, job := range lane {
				if !acks.keepingUp() {
					return // the leases bring the rest back
				}
				if ctx.Err() != nil || s.Clock.Now().After(leases.deadline()) {
					leases.drop(lane[i:]...)
					s.release(work, lane[i:])
					return
				}
				done := s.run(work, job)
				leases.drop(job)
				if done {
					acks.add(job)
				}
			}
		})
	}
	wg.Wait()
	return acks.close()
}

// release puts claimed jobs that were not started back in the queue, due now.
func (s *Scheduler) release(ctx context.Context, jobs []coach.Job) {
	now := s.Clock.Now()
	for _, job := range jobs {
		if err := s.Queue.Retry(ctx, job, now); err != nil {
			s.log().Error("release job; its lease will bring it back", "job", job.ID, "err", err)
		}
	}
}

// run does one job and reports whether it is finished (to be acknowledged).
// The next firing of a recurring job is planned before the job is
// acknowledged: a crash in between runs the job again and plans the same
// next firing, once, since its id comes from its day, rather than losing
// the recurrence.
func (s *Scheduler) run(ctx context.Context, job coach.Job) bool {
	err := s.Handle(ctx, job)
	var later coach.Later
	switch {
	case errors.As(err, &later):
		if err := s.Queue.Retry(ctx, job, later.At); err != nil {
			s.log().Error("put off job; its lease will bring it back", "job", job.ID, "err", err)
		}
		return false
	case errors.Is(err, coach.ErrInactive):
		s.stats.Dropped.Add(1)
		s.log().Debug("job for an inactive person dropped", "job", job.ID)
		return true
	case err != nil:
		s.stats.Failed.Add(1)
		s.fail(ctx, job, err)
		return false
	}
	s.stats.Ran.Add(1)
	if job.Every.IsZero() {
		return true
	}
	return s.rearm(ctx, job)
}

// fail retries a job with exponential backoff and jitter, or sets it aside
// after MaxAttempts.
func (s *Scheduler) fail(ctx context.Context, job coach.Job, cause error) {
	job.Attempt++
	now := s.Clock.Now()
	if job.Attempt >= s.maxAttempts() {
		s.stats.Dead.Add(1)
		s.log().Error("job failed too often; moved to the dead letters", "job", job.ID, "kind", job.Kind, "attempts", job.Attempt, "err", cause)
		if err := s.Queue.DeadLetter(ctx, job, now, cause.Error()); err != nil {
			s.log().Error("dead-letter job; its lease will bring it back", "job", job.ID, "err", err)
		}
		return
	}
	wait := Backoff(job.Attempt)
	s.log().Warn("job failed; retrying", "job", job.ID, "kind", job.Kind, "attempt", job.Attempt, "in", wait, "err", cause)
	if err := s.Queue.Retry(ctx, job, now.Add(wait)); err != nil {
		s.log().Error("reschedule failed job; its lease will bring it back", "job", job.ID, "err", err)
	}
}

// Backoff is the wait before a job's attempt n+1: 30 seconds doubling to at
// most 30 minutes, with full jitter in its upper half so that many jobs
// failing together (a Discord outage) do not all come back together.
func Backoff(attempt int) time.Duration {
	d := 30 * time.Second << min(attempt-1, 6)
	d = min(d, 30*time.Minute)
	return d/2 + rand.N(d/2+1)
}

func (s *Scheduler) rearm(ctx context.Context, job coach.Job) bool {
	// After downtime the next firing is the next one from now, not a string
	// of firings that were missed meanwhile.
	from := job
	if now := s.Clock.Now(); now.After(from.Due) {
		from.Due = now
	}
	next, err := NextFiring(from)
	// Compared by day, not id: a job from the queue carries the opaque id
	// it is kept under, NextFiring the coach's readable one.
	if err == nil && next.Day == job.Day {
		err = errors.New("next firing falls on the same day; recurring jobs fire at most daily")
	}
	if err != nil {
		s.log().Error("recurring job has a bad schedule; not repeated", "job", job.ID, "every", job.Every, "err", err)
		return true
	}
	if err := s.Queue.Schedule(ctx, next); err != nil {
		s.log().Error("plan next firing; the job will run again", "job", job.ID, "err", err)
		return false
	}
	return true
}

// Run delivers jobs as they fall due until ctx is cancelled. It sleeps until
// the next due time, but looks again at least every MaxWait, since other
// processes add jobs. The job in hand finishes before Run returns.
func (s *Scheduler) Run(ctx context.Context) error {
	maxWait := s.MaxWait
	if maxWait <= 0 {
		maxWait = time.Second
	}
	for {
		if _, err := s.RunDue(ctx); err != nil {
			s.log().Error("scheduler pass failed", "err", err)
		}
		wait := maxWait
		next, ok, err := s.Queue.NextDue(ctx)
		if err == nil && ok {
			wait = min(maxWait, max(0, next.Sub(s.Clock.Now())))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-s.Clock.After(wait):
		}
	}
}
