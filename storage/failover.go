package storage

import (
	"context"
	"errors"
	"io"
	"net"

	"github.com/redis/go-redis/v9"
)

// reloadOnNetError has a Cluster client look at the Cluster's slots again
// when a command could not reach its node. go-redis does so by itself on
// MOVED, and otherwise only once its map is a minute old; a master killed
// answers nothing, not MOVED, so the client would go on sending its slots'
// commands to the dead address for up to a minute after its replica was
// promoted. ReloadState is lazy and coalesced (one CLUSTER SLOTS at a time,
// at most one each 200 ms), so a burst of errors costs a few commands.
type reloadOnNetError struct{ cc *redis.ClusterClient }

func (h reloadOnNetError) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h reloadOnNetError) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		h.check(ctx, err)
		return err
	}
}

func (h reloadOnNetError) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		h.check(ctx, err)
		return err
	}
}

func (h reloadOnNetError) check(ctx context.Context, err error) {
	if unreachable(err) {
		h.cc.ReloadState(ctx)
	}
}

// unreachable reports whether err says a node could not be reached or
// went away mid-command, or that the Cluster is down (a master failed and
// its replica is not promoted yet).
func unreachable(err error) bool {
	if err == nil || errors.Is(err, redis.Nil) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false // the caller gave up: not the node's doing (a deadline is a net.Error too)
	}
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		redis.IsClusterDownError(err)
}

// skippable reports whether err, from one partition of the queue, may be
// passed over: on a Cluster, that partition's master cannot be reached (a
// failover), while the other masters can serve theirs. What waits there is
// not lost: its leases bring its jobs back once the replica is promoted.
// On a single Redis nothing is passed over.
func (r *Redis) skippable(err error) bool {
	_, cluster := r.rdb.(*redis.ClusterClient)
	return cluster && unreachable(err)
}

// watchFailovers adds reloadOnNetError to a Cluster client.
func watchFailovers(rdb redis.UniversalClient) {
	if cc, ok := rdb.(*redis.ClusterClient); ok {
		cc.AddHook(reloadOnNetError{cc})
	}
}
