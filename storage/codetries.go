package storage

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

// takeTryScript counts one try in a sliding window, in one step so that two
// replicas (or two quick commands) cannot both take the last try.
//
// KEYS[1] the person's tries (zset: try id -> when, ms of the coach's clock)
// ARGV    now (ms), the window (ms), the most tries in it, the new try's id
//
// It drops tries older than the window, and then either refuses ({0, 0,
// the oldest try's time}) or adds the try ({1, tries left, the oldest
// try's time}). The key expires a window after the last try, so a person
// who stops trying leaves nothing behind for long.
var takeTryScript = redis.NewScript(`
local now, window, most = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
if n >= most then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, 0, oldest[2]}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {1, most - n - 1, oldest[2]}
`)

// TakeCodeTry implements coach.CareStore.
func (r *Redis) TakeCodeTry(ctx context.Context, person string, now time.Time, limit int, per time.Duration) (coach.CodeTry, error) {
	if err := checkID(person); err != nil {
		return coach.CodeTry{}, err
	}
	id := strconv.FormatInt(now.UnixMilli(), 10) + "-" + randomHex(8)
	res, err := takeTryScript.Run(ctx, r.rdb, []string{r.keys.codeTries(person)},
		now.UnixMilli(), per.Milliseconds(), limit, id).Slice()
	if err != nil {
		return coach.CodeTry{}, fmt.Errorf("take code try: %w", err)
	}
	if len(res) != 3 {
		return coach.CodeTry{}, fmt.Errorf("take code try: %d values from the script, want 3", len(res))
	}
	taken, _ := res[0].(int64)
	left, _ := res[1].(int64)
	oldest, err := strconv.ParseFloat(fmt.Sprint(res[2]), 64)
	if err != nil {
		return coach.CodeTry{}, fmt.Errorf("take code try: oldest try %v: %w", res[2], err)
	}
	try := coach.CodeTry{Left: int(left)}
	if taken == 1 {
		try.ID = id
	}
	if taken == 0 || left == 0 {
		try.RetryAt = time.UnixMilli(int64(oldest)).Add(per)
	}
	return try, nil
}

// ReturnCodeTry implements coach.CareStore.
func (r *Redis) ReturnCodeTry(ctx context.Context, person, try string) error {
	if err := checkID(person); err != nil {
		return err
	}
	return wrap("give back code try", r.rdb.ZRem(ctx, r.keys.codeTries(person), try).Err())
}
