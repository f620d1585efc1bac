package ops_test

import (
	"context"
	"errors"
	"time"

	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/ops"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// The tests hand Ops the real parts the way cmd/aftercare does.

// config watches store, in clock's time (nil: the system clock).
func config(store *storage.Redis, clock ops.Clock, discord bool) ops.Config {
	return ops.Config{
		Ping: func(ctx context.Context) error { return store.Client().Ping(ctx).Err() },
		QueueDepth: func(ctx context.Context, now time.Time) (ops.QueueDepth, error) {
			d, err := store.QueueDepth(ctx, now)
			return ops.QueueDepth{Scheduled: d.Scheduled, Overdue: d.Overdue, Leased: d.Leased, Dead: d.Dead}, err
		},
		Clock: clock, Discord: discord,
	}
}

func timed(o *ops.Ops, next scheduler.Handler) scheduler.Handler {
	return ops.Timed(o, next,
		func(job coach.Job) time.Time { return job.Due },
		func(err error) bool { return errors.As(err, new(coach.Later)) })
}

func watchJobs(o *ops.Ops, s *scheduler.Scheduler) {
	stats := s.Stats()
	o.WatchJobs(func() ops.JobCounts {
		return ops.JobCounts{Sent: stats.Ran.Load(), Failed: stats.Failed.Load(), Dead: stats.Dead.Load(), Dropped: stats.Dropped.Load()}
	})
}

func watchDiscord(o *ops.Ops, d *discord.Transport) {
	o.WatchDiscord(d.Connected, func() ops.RESTCounts {
		return ops.RESTCounts{Requests: d.Stats.Requests.Load(), RateLimited: d.Stats.RateLimited.Load(), ServerErrors: d.Stats.ServerErrors.Load()}
	})
}

func handled(h discord.Handled) ops.Handled {
	return ops.Handled{Kind: h.Kind, Deferred: h.Deferred, Took: h.Took, Err: h.Err}
}
