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
	// Overdue is the backlog: the people with a waiting job due at or
	// before now, each once however many of their jobs are due (in the
	// per-job layout of before, the jobs).
	Overdue int64
	Leased  int64 // claimed and not yet acknowledged (running, or their worker died)
	Dead    int64 // set aside for good after failing too often
}

// QueueDepth counts the jobs in the queue at now, over every partition
// (both layouts), in one pipeline (on a Cluster, one round trip per
// master); each partition's keys share its hash tag. Overdue counts the
// people whose earliest waiting job is due (ZCOUNT on each partition's
// next, O(log n)), not their jobs: counting jobs would read every due
// person's field on each scrape, costing as much as the backlog; a claim
// takes all of a due person's due jobs at once, so people are the
// backlog's measure.
func (r *Redis) QueueDepth(ctx context.Context, now time.Time) (QueueDepth, error) {
	var d QueueDepth
	type counts struct {
		scheduled       *redis.StringCmd
		overdue, leased *redis.IntCmd
	}
	var newer []counts
	var olds []struct{ scheduled, overdue, leased *redis.IntCmd }
	var deads []*redis.IntCmd
	at := strconv.FormatInt(now.UnixMilli(), 10)
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n := range QueueParts {
			q := r.keys.part(n)
			newer = append(newer, counts{scheduled: p.Get(ctx, q.pending),
				overdue: p.ZCount(ctx, q.next, "-inf", at), leased: p.ZCard(ctx, q.leases)})
		}
		for _, q := range r.oldQueues() {
			olds = append(olds, struct{ scheduled, overdue, leased *redis.IntCmd }{
				p.ZCard(ctx, q.due), p.ZCount(ctx, q.due, "-inf", at), p.ZCard(ctx, q.leased)})
		}
		for _, q := range r.deadQueues() {
			deads = append(deads, p.HLen(ctx, q.dead))
		}
		return nil
	})
	if err != nil && !isNil(err) {
		return QueueDepth{}, fmt.Errorf("count queued jobs: %w", err)
	}
	for _, c := range newer {
		n, _ := c.scheduled.Int64()
		d.Scheduled += n
		d.Overdue += c.overdue.Val()
		d.Leased += c.leased.Val()
	}
	for _, c := range olds {
		d.Scheduled += c.scheduled.Val()
		d.Overdue += c.overdue.Val()
		d.Leased += c.leased.Val()
	}
	for _, c := range deads {
		d.Dead += c.Val()
	}
	return d, nil
}
