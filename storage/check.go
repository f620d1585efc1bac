package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// ErrWrongDataKey means DATA_KEY (and every previous key named) fails to
// open the check value this Redis holds: the key is not the one its data
// was sealed with.
var ErrWrongDataKey = errors.New("DATA_KEY does not open the data in this Redis: it is not the key the data was sealed with (set the right DATA_KEY; after a rotation, name the old key in DATA_KEYS_PREVIOUS and run aftercare rekey)")

// checkPlain is what the check value holds; checkAt is its additional data.
const (
	checkPlain = "aftercare data key check"
	checkAt    = "datakey-check"
)

// CheckDataKey opens the check value kept at datakey-check with DATA_KEY
// or a previous key, and returns ErrWrongDataKey when none opens it. The
// first start with no check value writes one, sealed with DATA_KEY, but
// only after trying the key on data already stored (a store written before
// there was a check value): a wrong key must not become the one checked.
// cmd/aftercare calls it before anything reads or writes health data, so
// that a wrong key stops the bot instead of leaving every note unread.
// Without a data key (tests) there is nothing to check.
func (r *Redis) CheckDataKey(ctx context.Context) error {
	if r.seal == nil {
		return nil
	}
	key := r.keys.dataKeyCheck()
	stored, err := r.rdb.Get(ctx, key).Result()
	if isNil(err) {
		if err := r.tryOnStoredData(ctx); err != nil {
			return err
		}
		if err := r.rdb.SetNX(ctx, key, r.seal.seal(checkPlain, checkAt), 0).Err(); err != nil {
			return fmt.Errorf("write the data key check: %w", err)
		}
		// Another replica may have written it first, with its own key.
		stored, err = r.rdb.Get(ctx, key).Result()
	}
	if err != nil {
		return fmt.Errorf("read the data key check: %w", err)
	}
	if !strings.HasPrefix(stored, sealedPrefix) {
		return fmt.Errorf("the data key check is in an unknown form: %w", ErrWrongDataKey)
	}
	plain, _, err := r.seal.open(stored, checkAt)
	if err != nil || plain != checkPlain {
		return ErrWrongDataKey
	}
	return nil
}

// resealCheck writes the check value again with DATA_KEY, once Rekey has
// moved everything to it: from then on a previous key alone is refused.
func (r *Redis) resealCheck(ctx context.Context) error {
	if r.seal == nil {
		return nil
	}
	return wrap("re-seal the data key check", r.rdb.Set(ctx, r.keys.dataKeyCheck(), r.seal.seal(checkPlain, checkAt), 0).Err())
}

// checkSample is how many sealed values tryOnStoredData tries at most.
const checkSample = 50

// errSampled stops the walk once enough is known.
var errSampled = errors.New("sampled enough")

// tryOnStoredData opens sealed values already in the store with the data
// keys: one that opens is enough; if some are found and none opens, the
// key is wrong. An empty store has nothing to say.
func (r *Redis) tryOnStoredData(ctx context.Context) error {
	var tried, opened atomic.Int32 // masters of a Cluster are walked at once
	// try opens one value; errSampled stops the walk once enough is known.
	try := func(v, where string) error {
		raw, ok := strings.CutPrefix(v, sealedPrefix)
		if !ok {
			raw, ok = strings.CutPrefix(v, wrappedPrefix)
		}
		if !ok {
			return nil // in the clear, or sealed with a person's own key
		}
		tried.Add(1)
		if _, _, err := openWith(raw, where, r.seal.keys()...); err == nil {
			opened.Add(1)
			return errSampled
		}
		if tried.Load() >= checkSample {
			return errSampled
		}
		return nil
	}
	walk := func(ctx context.Context, c redis.UniversalClient) error {
		iter := c.Scan(ctx, 0, r.keys.everyPersonKey(), upgradeBatch).Iterator()
		for iter.Next(ctx) {
			person, rest, ok := r.keys.splitPersonKey(iter.Val())
			if !ok {
				continue
			}
			var values map[string]string // sealed value -> where
			switch {
			case rest == "datakey":
				w, err := c.Get(ctx, iter.Val()).Result()
				if err != nil && !isNil(err) {
					return fmt.Errorf("read a person's key: %w", err)
				}
				values = map[string]string{w: wrappedAt(person)}
			case rest == "safetyplan" || strings.HasPrefix(rest, "ci:"):
				fields, err := c.HGetAll(ctx, iter.Val()).Result()
				if err != nil {
					return fmt.Errorf("read a person's hash: %w", err)
				}
				fields = joinChunks(fields)
				values = map[string]string{}
				for f, v := range fields {
					if rest == "safetyplan" {
						values[v] = planSealedAt(person, coach.PlanStep(f))
					} else {
						values[v] = sealedAt(person, localtime.Day(strings.TrimPrefix(rest, "ci:")), f)
					}
				}
			}
			for v, where := range values {
				if err := try(v, where); err != nil {
					return err
				}
			}
		}
		return wrap("scan people's keys", iter.Err())
	}
	var err error
	if r.apart {
		// The wrapped keys are in the key store, the values in the data:
		// the keys are tried first.
		err = r.ks.Each(ctx, func(person, wrapped string) error { return try(wrapped, wrappedAt(person)) })
	}
	if err == nil {
		err = r.eachMaster(ctx, walk)
	}
	if err != nil && !errors.Is(err, errSampled) {
		return err
	}
	if tried.Load() > 0 && opened.Load() == 0 {
		return ErrWrongDataKey
	}
	return nil
}
