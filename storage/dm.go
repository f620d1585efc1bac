package storage

import (
	"context"
	"errors"
	"fmt"

	"github.com/redis/go-redis/v9"
)

// DMChannel returns the person's Discord DM channel id ("" when none is
// kept) and whether Aftercare holds a record of the person at all, as a
// patient or as a therapist: only then is a DM worth opening ahead of
// time.
func (r *Redis) DMChannel(ctx context.Context, person string) (channel string, known bool, err error) {
	if err := checkID(person); err != nil {
		return "", false, err
	}
	var get *redis.StringCmd
	var exists *redis.IntCmd
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		get = p.Get(ctx, r.keys.dmChannel(person))
		exists = p.Exists(ctx, r.keys.person(person), r.keys.therapist(person))
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return "", false, fmt.Errorf("load DM channel: %w", err)
	}
	return get.Val(), exists.Val() > 0, nil
}

// saveDMScript keeps a DM channel id only beside a record of the person,
// in one step: an interaction that finishes after its person erased their
// data must not leave a key of theirs behind.
var saveDMScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[2], KEYS[3]) == 0 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1
`)

// SaveDMChannel keeps the person's Discord DM channel id. For someone
// Aftercare holds no record of (who never started, or who deleted their
// data) it keeps nothing.
func (r *Redis) SaveDMChannel(ctx context.Context, person, channel string) error {
	if err := checkID(person); err != nil {
		return err
	}
	if err := checkID(channel); err != nil {
		return fmt.Errorf("DM channel: %w", err)
	}
	keys := []string{r.keys.dmChannel(person), r.keys.person(person), r.keys.therapist(person)}
	if err := saveDMScript.Run(ctx, r.rdb, keys, channel).Err(); err != nil {
		return fmt.Errorf("save DM channel: %w", err)
	}
	return nil
}
