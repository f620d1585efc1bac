package main

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/ops"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// The health and metrics server imports none of the parts it reports on;
// what it reads of each is handed to it here. runDiscord does the same
// for the Discord transport.

// newOps makes the health and metrics server, which pings the store and
// counts its queue in the scheduler's time.
func newOps(store *storage.Redis, clock scheduler.Clock, log *slog.Logger, discord bool) *ops.Ops {
	return ops.New(ops.Config{
		Ping: store.Ping, // the key store kept apart too
		QueueDepth: func(ctx context.Context, now time.Time) (ops.QueueDepth, error) {
			d, err := store.QueueDepth(ctx, now)
			return ops.QueueDepth{Scheduled: d.Scheduled, Overdue: d.Overdue, Leased: d.Leased, Dead: d.Dead}, err
		},
		Replication: func() ops.ReplicationCounts {
			r := store.Replication()
			return ops.ReplicationCounts{Waited: r.Waited.Load(), Unacknowledged: r.Unacknowledged.Load()}
		},
		Clock: clock, Log: log, Discord: discord,
	})
}

// timed wraps the scheduler's handler so that mon counts the jobs handed
// over, how late they are, and the ones put off (coach.Later).
func timed(mon *ops.Ops, next scheduler.Handler) scheduler.Handler {
	return ops.Timed(mon, next,
		func(job coach.Job) time.Time { return job.Due },
		func(err error) bool { return errors.As(err, new(coach.Later)) })
}

// watchJobs has mon read the scheduler's counters at every scrape.
func watchJobs(mon *ops.Ops, s *scheduler.Scheduler) {
	stats := s.Stats()
	mon.WatchJobs(func() ops.JobCounts {
		return ops.JobCounts{Sent: stats.Ran.Load(), Failed: stats.Failed.Load(), Dead: stats.Dead.Load(), Dropped: stats.Dropped.Load()}
	})
}
