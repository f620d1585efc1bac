package storage

import (
	"context"
	"fmt"
	"time"
)

// MarkOnce records a web view mark (a link spent, a session ended) for
// ttl and reports whether it was not recorded yet (SET NX with an
// expiry), whichever replica serves the page. The id is random and names
// no one.
func (r *Redis) MarkOnce(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	first, err := r.rdb.SetNX(ctx, r.keys.webMark(id), "1", ttl).Result()
	if err != nil {
		return false, fmt.Errorf("record web mark: %w", err)
	}
	return first, nil
}

// Marked reports whether a web view mark is recorded.
func (r *Redis) Marked(ctx context.Context, id string) (bool, error) {
	n, err := r.rdb.Exists(ctx, r.keys.webMark(id)).Result()
	if err != nil {
		return false, fmt.Errorf("read web mark: %w", err)
	}
	return n > 0, nil
}
