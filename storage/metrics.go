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

// QueueDepth counts the jobs in the queue at now, over every partition, in
// one pipeline (on a Cluster, one round trip per master); each partition's
// keys share its hash tag.
func (r *Redis) QueueDepth(ctx context.Context, now time.Time) (QueueDepth, error) {
	type counts struct{ scheduled, overdue, leased, dead *redis.IntCmd }
	var all []counts
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, q := range r.queues() {
			all = append(all, counts{
				scheduled: p.ZCard(ctx, q.due),
				overdue:   p.ZCount(ctx, q.due, "-inf", strconv.FormatInt(now.UnixMilli(), 10)),
				leased:    p.ZCard(ctx, q.leased),
				dead:      p.HLen(ctx, q.dead),
			})
		}
		return nil
	})
	if err != nil {
		return QueueDepth{}, fmt.Errorf("count queued jobs: %w", err)
	}
	var d QueueDepth
	for _, c := range all {
		d.Scheduled += c.scheduled.Val()
		d.Overdue += c.overdue.Val()
		d.Leased += c.leased.Val()
		d.Dead += c.dead.Val()
	}
	return d, nil
}
