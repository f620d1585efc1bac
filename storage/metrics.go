package storage

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// QueueDepth is a snapshot of the job queue, for metrics.
type QueueDepth struct {
	Scheduled int64 // jobs waiting to fall due, now or later
	Overdue   int64 // of those, due at or before now and not yet claimed: the backlog
	Leased    int64 // claimed and not yet acknowledged (running, or their worker died)
	Dead      int64 // set aside for good after failing too often
}

// QueueDepth counts the jobs in the queue at now, in one round trip. Every
// key it reads has the {sched} hash tag, so it works on a Cluster too.
func (r *Redis) QueueDepth(ctx context.Context, now time.Time) (QueueDepth, error) {
	var scheduled, overdue, leased, dead *redis.IntCmd
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		scheduled = p.ZCard(ctx, r.keys.due())
		overdue = p.ZCount(ctx, r.keys.due(), "-inf", strconv.FormatInt(now.UnixMilli(), 10))
		leased = p.ZCard(ctx, r.keys.leased())
		dead = p.HLen(ctx, r.keys.dead())
		return nil
	})
	if err != nil {
		return QueueDepth{}, fmt.Errorf("count queued jobs: %w", err)
	}
	return QueueDepth{Scheduled: scheduled.Val(), Overdue: overdue.Val(), Leased: leased.Val(), Dead: dead.Val()}, nil
}
