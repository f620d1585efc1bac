package storage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// awaitingFor is how long the question that typed text would answer is
// kept: a check-in asked in the evening may be answered in words days
// later, but not once the week it belongs to is long gone.
const awaitingFor = 7 * 24 * time.Hour

// setAwaitingScript keeps the question only beside a record of the
// person, in one step, as saveDMScript does: an answer that finishes after
// its person erased their data must not leave a key of theirs behind.
var setAwaitingScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[2], KEYS[3]) == 0 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`)

// SetAwaiting keeps the encoded coach.Action that text the person types
// in their DM would answer, shared by every replica of the bot: the
// question may be asked by one and the text arrive at another. For
// someone Aftercare holds no record of it keeps nothing.
func (r *Redis) SetAwaiting(ctx context.Context, person, action string) error {
	if err := checkID(person); err != nil {
		return err
	}
	keys := []string{r.keys.awaiting(person), r.keys.person(person), r.keys.therapist(person)}
	if err := setAwaitingScript.Run(ctx, r.rdb, keys, action, awaitingFor.Milliseconds()).Err(); err != nil {
		return fmt.Errorf("save the question awaiting text: %w", err)
	}
	return nil
}

// TakeAwaiting returns and forgets the question awaiting the person's
// text ("" when none): typed text answers it once.
func (r *Redis) TakeAwaiting(ctx context.Context, person string) (string, error) {
	if err := checkID(person); err != nil {
		return "", err
	}
	a, err := r.rdb.GetDel(ctx, r.keys.awaiting(person)).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return "", fmt.Errorf("take the question awaiting text: %w", err)
	}
	return a, nil
}

// ClearAwaiting forgets the question awaiting the person's text: a newer
// message asks for a button instead.
func (r *Redis) ClearAwaiting(ctx context.Context, person string) error {
	if err := checkID(person); err != nil {
		return err
	}
	if err := r.rdb.Del(ctx, r.keys.awaiting(person)).Err(); err != nil {
		return fmt.Errorf("clear the question awaiting text: %w", err)
	}
	return nil
}

// clearAwaitingIfScript forgets the question only while it is still the
// one given: a newer one, stored since by a scheduled check-in or another
// replica, stays.
var clearAwaitingIfScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`)

// ClearAwaitingIf forgets the question awaiting the person's text if it is
// still action (compare-and-delete): the transport forgets, after its
// response, the question it read before it, and no newer one.
func (r *Redis) ClearAwaitingIf(ctx context.Context, person, action string) error {
	if err := checkID(person); err != nil {
		return err
	}
	if err := clearAwaitingIfScript.Run(ctx, r.rdb, []string{r.keys.awaiting(person)}, action).Err(); err != nil {
		return fmt.Errorf("clear the question awaiting text if unchanged: %w", err)
	}
	return nil
}

// maxAsks bounds the wordings kept for one person: past it they start
// again, and a forgotten one opens a plain modal.
const maxAsks = 64

// saveAskScript keeps an ask button's wording beside a record of the
// person only, bounded, for awaitingFor after the latest.
var saveAskScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[2], KEYS[3]) == 0 then return 0 end
if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[3]) then redis.call('DEL', KEYS[1]) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`)

// SaveAsk keeps the wording (JSON of a coach.Input that holds none of the
// person's words: the caller keeps those in memory only) of the modal an
// ask button opens, by the button's encoded action, so that any replica
// opens the same modal.
func (r *Redis) SaveAsk(ctx context.Context, person, action string, input []byte) error {
	if err := checkID(person); err != nil {
		return err
	}
	keys := []string{r.keys.asks(person), r.keys.person(person), r.keys.therapist(person)}
	if err := saveAskScript.Run(ctx, r.rdb, keys, action, input, maxAsks, awaitingFor.Milliseconds()).Err(); err != nil {
		return fmt.Errorf("save an ask button's wording: %w", err)
	}
	return nil
}

// LoadAsk returns the wording SaveAsk kept for the action; nil when none.
func (r *Redis) LoadAsk(ctx context.Context, person, action string) ([]byte, error) {
	if err := checkID(person); err != nil {
		return nil, err
	}
	b, err := r.rdb.HGet(ctx, r.keys.asks(person), action).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load an ask button's wording: %w", err)
	}
	return b, nil
}
