package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// slotScript hands out the next free send slot: now, or every after the
// slot handed out before it, whichever is later. It is a reservation, not
// an allow/deny check: each caller gets its own moment, so waiting callers
// never race for one and no slot goes unused. Redis's clock is the one
// clock every replica shares. The key expires once its slots are past.
var slotScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local slot = tonumber(redis.call('GET', KEYS[1]) or '0')
if slot < now then slot = now end
local every = tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%d', slot + every), 'PX', math.floor((slot + every - now) / 1000) + 1000)
return slot - now
`)

// NextSendSlot reserves the next moment to send to Discord, at least
// every after the one reserved before it by any process on this Redis, and
// returns how long to wait for it. Discord's global rate limit belongs to
// the bot, not to a process, so replicas share one pace.
func (r *Redis) NextSendSlot(ctx context.Context, every time.Duration) (time.Duration, error) {
	if every <= 0 {
		return 0, fmt.Errorf("send slot: interval %v is not positive", every)
	}
	wait, err := slotScript.Run(ctx, r.rdb, []string{r.keys.sendSlot()}, every.Microseconds()).Int64()
	if err != nil {
		return 0, fmt.Errorf("reserve send slot: %w", err)
	}
	return time.Duration(wait) * time.Microsecond, nil
}
