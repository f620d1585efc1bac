package storage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Gateway shard leases. Each shard's lease is a string holding its
// holder's replica id, set with NX and a short PX; only its holder extends
// or releases it (the scripts compare first), so a replica whose lease ran
// out and was taken cannot extend it back. The live replicas are a sorted
// set of heartbeats scored by their expiry on Redis's clock, the one clock
// every replica shares. All keys share the {shards} hash tag: one slot.

// extendShardScript extends the lease in KEYS[1] by ARGV[2] ms if ARGV[1]
// still holds it.
var extendShardScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`)

// releaseShardScript deletes the lease in KEYS[1] if ARGV[1] holds it.
var releaseShardScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`)

// replicasScript records ARGV[1]'s heartbeat, valid ARGV[2] ms, forgets
// the replicas whose heartbeat ran out, and counts those left.
var replicasScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('PEXPIRE', KEYS[1], ttl * 2)
return redis.call('ZCARD', KEYS[1])
`)

// AcquireShard takes the shard's lease for owner for ttl if no one holds
// it, and reports whether it did.
func (r *Redis) AcquireShard(ctx context.Context, shard int, owner string, ttl time.Duration) (bool, error) {
	err := r.rdb.SetArgs(ctx, r.keys.shardLease(shard), owner, redis.SetArgs{Mode: "NX", TTL: ttl}).Err()
	switch {
	case errors.Is(err, redis.Nil):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("take the lease of shard %d: %w", shard, err)
	}
	return true, nil
}

// ExtendShard makes owner's lease of the shard last ttl from now, and
// reports false when owner no longer holds it (it ran out, perhaps taken).
func (r *Redis) ExtendShard(ctx context.Context, shard int, owner string, ttl time.Duration) (bool, error) {
	n, err := extendShardScript.Run(ctx, r.rdb, []string{r.keys.shardLease(shard)}, owner, ttl.Milliseconds()).Int()
	if err != nil {
		return false, fmt.Errorf("extend the lease of shard %d: %w", shard, err)
	}
	return n == 1, nil
}

// ReleaseShard gives owner's lease of the shard back, so that another
// replica may take it at once; a lease owner does not hold is left alone.
func (r *Redis) ReleaseShard(ctx context.Context, shard int, owner string) error {
	if err := releaseShardScript.Run(ctx, r.rdb, []string{r.keys.shardLease(shard)}, owner).Err(); err != nil {
		return fmt.Errorf("release the lease of shard %d: %w", shard, err)
	}
	return nil
}

// ShardReplicas records owner's heartbeat, valid for ttl, and returns how
// many replicas have a heartbeat that has not run out, owner included.
func (r *Redis) ShardReplicas(ctx context.Context, owner string, ttl time.Duration) (int, error) {
	n, err := replicasScript.Run(ctx, r.rdb, []string{r.keys.shardReplicas()}, owner, ttl.Milliseconds()).Int()
	if err != nil {
		return 0, fmt.Errorf("record the heartbeat of replica %s: %w", owner, err)
	}
	return n, nil
}

// LeaveShards forgets owner's heartbeat, as it stops: the others count it
// out at once rather than after its heartbeat runs out.
func (r *Redis) LeaveShards(ctx context.Context, owner string) error {
	if err := r.rdb.ZRem(ctx, r.keys.shardReplicas(), owner).Err(); err != nil {
		return fmt.Errorf("forget the heartbeat of replica %s: %w", owner, err)
	}
	return nil
}

// NextIdentifySlot reserves the next moment a shard of rate-limit bucket
// may identify, at least every after the one reserved before it by any
// replica, and returns how long to wait for it. Discord lets
// max_concurrency shards identify each 5 seconds, one per bucket (shard id
// % max_concurrency), per bot rather than per process.
func (r *Redis) NextIdentifySlot(ctx context.Context, bucket int, every time.Duration) (time.Duration, error) {
	if every <= 0 {
		return 0, fmt.Errorf("identify slot: interval %v is not positive", every)
	}
	wait, err := slotScript.Run(ctx, r.rdb, []string{r.keys.identifySlot(bucket)}, every.Microseconds()).Int64()
	if err != nil {
		return 0, fmt.Errorf("reserve an identify slot: %w", err)
	}
	return time.Duration(wait) * time.Microsecond, nil
}
