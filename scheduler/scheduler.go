// Package scheduler delivers Aftercare's timed work. Jobs wait in Redis (see
// package storage), never in goroutines or timers, so a restart loses nothing;
// a claim with a lease makes each job run on one replica at a time, and a job
// whose worker died is claimed again when its lease runs out.
package scheduler

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// Queue is the due-time queue the scheduler drains. storage.Redis implements it.
type Queue interface {
	// Schedule adds jobs, replacing any with the same ID.
	Schedule(ctx context.Context, jobs ...coach.Job) error
	// Claim leases up to max jobs due at now until now+lease.
	Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]coach.Job, error)
	// Ack removes finished jobs.
	Ack(ctx context.Context, ids ...string) error
	// NextDue tells when the earliest job falls due, false when none waits.
	NextDue(ctx context.Context) (time.Time, bool, error)
}

// Handler does one job. An error leaves the job leased, so it is tried
// again when the lease runs out; coach.ErrInactive ends it, and a
// recurring job with it.
type Handler func(ctx context.Context, job coach.Job) error

// Scheduler claims due jobs and runs them.
type Scheduler struct {
	Queue   Queue
	Clock   Clock
	Handle  Handler
	Log     *slog.Logger
	Batch   int           // jobs per claim; 0 means 100
	Lease   time.Duration // how long a claim holds; 0 means 2 minutes
	MaxWait time.Duration // longest sleep between looks at the queue, in clock time; 0 means 1s
}

func (s *Scheduler) batch() int {
	if s.Batch > 0 {
		return s.Batch
	}
	return 100
}

func (s *Scheduler) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.New(slog.DiscardHandler)
}

// RunDue claims and runs every job due now, batch by batch, and returns how
// many it ran. The demo and tests call it after moving a fake clock.
func (s *Scheduler) RunDue(ctx context.Context) (int, error) {
	lease := s.Lease
	if lease <= 0 {
		lease = 2 * time.Minute
	}
	ran := 0
	for {
		jobs, err := s.Queue.Claim(ctx, s.Clock.Now(), s.batch(), lease)
		if err != nil {
			return ran, err
		}
		var done []string
		for _, job := range jobs {
			if s.run(ctx, job) {
				done = append(done, job.ID)
			}
		}
		if err := s.Queue.Ack(ctx, done...); err != nil {
			return ran, err
		}
		ran += len(done)
		if len(jobs) < s.batch() {
			return ran, nil
		}
	}
}

// run does one job and reports whether it is finished. The next firing of
// a recurring job is planned before the job is acknowledged: a crash in
// between runs the job again (and plans the same next firing, once, since
// its id is derived from its time) rather than losing the recurrence.
func (s *Scheduler) run(ctx context.Context, job coach.Job) bool {
	err := s.Handle(ctx, job)
	switch {
	case errors.Is(err, coach.ErrInactive):
		s.log().Debug("job for an inactive person dropped", "job", job.ID)
		return true
	case err != nil:
		s.log().Error("job failed; it will be retried", "job", job.ID, "kind", job.Kind, "err", err)
		return false
	case job.Every == "":
		return true
	}
	next, err := NextFiring(job)
	if err == nil && next.ID == job.ID {
		err = errors.New("next firing falls on the same day; recurring jobs fire at most daily")
	}
	if err != nil {
		s.log().Error("recurring job has a bad schedule; not repeated", "job", job.ID, "every", job.Every, "err", err)
		return true
	}
	if err := s.Queue.Schedule(ctx, next); err != nil {
		s.log().Error("plan next firing; the job will be retried", "job", job.ID, "err", err)
		return false
	}
	return true
}

// Run delivers jobs as they fall due until ctx is cancelled. It sleeps until
// the next due time, but looks again at least every MaxWait, since other
// processes add jobs. Jobs already claimed finish before Run returns.
func (s *Scheduler) Run(ctx context.Context) error {
	maxWait := s.MaxWait
	if maxWait <= 0 {
		maxWait = time.Second
	}
	for {
		// A cancelled ctx must not cut a delivery in half: jobs run on a
		// context that outlives the signal, and the loop stops between batches.
		if _, err := s.RunDue(context.WithoutCancel(ctx)); err != nil {
			s.log().Error("scheduler pass failed", "err", err)
		}
		wait := maxWait
		next, ok, err := s.Queue.NextDue(ctx)
		if err == nil && ok {
			wait = min(maxWait, max(0, next.Sub(s.Clock.Now())))
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.Canceled) {
				return nil
			}
			return ctx.Err()
		case <-s.Clock.After(wait):
		}
	}
}
