package storage

import (
	"context"
	"fmt"
	"time"
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
