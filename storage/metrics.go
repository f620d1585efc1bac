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

// QueueDepth counts the jobs in the queue at now, over every partition
// (both layouts), in one pipeline (on a Cluster, one round trip per
// master); each partition's keys share its hash tag. Overdue looks at the
// people with a job due, so it costs as much as the backlog.
func (r *Redis) QueueDepth(ctx context.Context, now time.Time) (QueueDepth, error) {
	var d QueueDepth
	type counts struct {
		scheduled *redis.StringCmd
		leased    *redis.IntCmd
	}
	var newer []counts
	var olds []struct{ scheduled, overdue, leased *redis.IntCmd }
	var deads []*redis.IntCmd
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n := range QueueParts {
			q := r.keys.part(n)
			newer = append(newer, counts{scheduled: p.Get(ctx, q.pending), leased: p.ZCard(ctx, q.leases)})
		}
		for _, q := range r.oldQueues() {
			olds = append(olds, struct{ scheduled, overdue, leased *redis.IntCmd }{
				p.ZCard(ctx, q.due), p.ZCount(ctx, q.due, "-inf", strconv.FormatInt(now.UnixMilli(), 10)), p.ZCard(ctx, q.leased)})
		}
		for _, q := range r.deadQueues() {
			deads = append(deads, p.HLen(ctx, q.dead))
		}
		return nil
	})
	if err != nil && !isNil(err) {
		return QueueDepth{}, fmt.Errorf("count queued jobs: %w", err)
	}
	var calls []scriptCall
	for n := range QueueParts {
		q := r.keys.part(n)
		calls = append(calls, scriptCall{script: overdueScript, keys: q.scriptKeys(), args: append(keep(now), now.UnixMilli())})
	}
	overdue, err := r.runScripts(ctx, calls)
	if err != nil {
		return QueueDepth{}, fmt.Errorf("count overdue jobs: %w", err)
	}
	for i, c := range newer {
		n, _ := c.scheduled.Int64()
		d.Scheduled += n
		d.Leased += c.leased.Val()
		o, _ := overdue[i].Int64()
		d.Overdue += o
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
