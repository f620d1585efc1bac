package storage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// seenFor is how long an interaction or message id is remembered: the
// lifetime of an interaction's token, after which Discord accepts no
// answer to it anyway.
const seenFor = 15 * time.Minute

// FirstTime records a Discord interaction or message id and reports
// whether it was not recorded yet (SET NX with an expiry): the transport
// applies an event only the first time, on whichever replica it arrives.
// The key holds nothing but the id, which names no one.
func (r *Redis) FirstTime(ctx context.Context, id string) (bool, error) {
	if err := checkID(id); err != nil {
		return false, fmt.Errorf("interaction id: %w", err)
	}
	first, err := r.rdb.SetNX(ctx, r.keys.seen(id), "1", seenFor).Result()
	if err != nil {
		return false, fmt.Errorf("record interaction id: %w", err)
	}
	return first, nil
}

// FirstTimeAwaiting is FirstTime for an interaction in person's DM, which
// also reads the question awaiting their typed text ("" when none), in one
// round trip (pipelined; the two keys may be on different nodes of a
// Cluster). The transport needs both before it answers: the record first,
// and the question so that it can forget it after the response only if it
// is still the same one (ClearAwaitingIf), without a round trip before it.
func (r *Redis) FirstTimeAwaiting(ctx context.Context, id, person string) (first bool, awaiting string, err error) {
	if err := checkID(id); err != nil {
		return false, "", fmt.Errorf("interaction id: %w", err)
	}
	if err := checkID(person); err != nil {
		return false, "", err
	}
	var seen *redis.BoolCmd
	var get *redis.StringCmd
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		seen = p.SetNX(ctx, r.keys.seen(id), "1", seenFor)
		get = p.Get(ctx, r.keys.awaiting(person))
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return false, "", fmt.Errorf("record interaction id and read the question awaiting text: %w", err)
	}
	if err := seen.Err(); err != nil {
		return false, "", fmt.Errorf("record interaction id: %w", err)
	}
	if err := get.Err(); err != nil && !errors.Is(err, redis.Nil) {
		return false, "", fmt.Errorf("read the question awaiting text: %w", err)
	}
	return seen.Val(), get.Val(), nil
}
