package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// rekeyEvery is how many keys Rekey looks at between progress reports.
var rekeyEvery = 1000

// RekeyProgress is how far Rekey has got. It names no one.
type RekeyProgress struct {
	Keys       int // person keys looked at
	Wrapped    int // people's own keys wrapped again with DATA_KEY
	Resealed   int // values moved from DATA_KEY (or an old key) to their person's own key
	Unreadable int // values or people's keys that no key at hand opens: left as they are
}

// Rekey re-seals everything under the current DATA_KEY, so that the keys
// named in DATA_KEYS_PREVIOUS can be dropped: each person's own key is
// wrapped again with DATA_KEY, and values sealed directly with a data key
// (before people had their own) move to their person's own key. Last, if
// nothing was left unopened, the check value is sealed again with
// DATA_KEY, so that a start with only an old key is refused from then on;
// while something does not open, the old key is still needed.
//
// It walks the key store kept apart, if there is one, and then every
// person's keys (every master of a Cluster), calling progress after each
// batch. Each change is a compare-and-set, so it is safe beside a running
// bot, and it is idempotent: stopped half-way (ctx cancelled), it is
// simply run again, and what is done is found done.
func (r *Redis) Rekey(ctx context.Context, progress func(RekeyProgress)) (RekeyProgress, error) {
	var p RekeyProgress
	if r.seal == nil {
		return p, fmt.Errorf("rekey: no DATA_KEY")
	}
	// A Cluster's masters are walked at once: each key's counts are added
	// to p, and progress called, under mu.
	var mu sync.Mutex
	add := func(one RekeyProgress) {
		mu.Lock()
		defer mu.Unlock()
		p.Keys, p.Wrapped, p.Resealed, p.Unreadable = p.Keys+one.Keys, p.Wrapped+one.Wrapped, p.Resealed+one.Resealed, p.Unreadable+one.Unreadable
		if p.Keys%rekeyEvery == 0 && progress != nil {
			progress(p)
		}
	}
	walk := func(ctx context.Context, c redis.UniversalClient) error {
		iter := c.Scan(ctx, 0, r.keys.everyPersonKey(), upgradeBatch).Iterator()
		for iter.Next(ctx) {
			one := RekeyProgress{Keys: 1}
			if err := r.rekeyOne(ctx, iter.Val(), &one); err != nil {
				return err
			}
			add(one)
		}
		return wrap("scan people's keys", iter.Err())
	}
	var err error
	if r.apart {
		// The keys in the key store kept apart; the data's walk finds
		// those still in the data's Redis.
		err = r.ks.Each(ctx, func(person, wrapped string) error {
			one := RekeyProgress{Keys: 1}
			err := r.rewrap(ctx, person, wrapped, &one)
			add(one)
			return err
		})
	}
	if err == nil {
		err = r.eachMaster(ctx, walk)
	}
	if err == nil && p.Unreadable == 0 {
		err = r.resealCheck(ctx)
	}
	if progress != nil {
		progress(p)
	}
	return p, err
}

// rekeyOne brings one key of a person's to the current DATA_KEY.
func (r *Redis) rekeyOne(ctx context.Context, key string, p *RekeyProgress) error {
	person, rest, ok := r.keys.splitPersonKey(key)
	if !ok {
		return nil
	}
	switch {
	case rest == "datakey":
		// Apart, a key left in the data's Redis moves to the key store.
		wrapped, err := r.wrappedKey(ctx, person)
		if err != nil {
			return err
		}
		return r.rewrap(ctx, person, wrapped, p)
	case rest == "safetyplan":
		return r.resealHash(ctx, person, key, p, func(f string) (string, bool) {
			return planSealedAt(person, coach.PlanStep(f)), f != planUpdated
		})
	case strings.HasPrefix(rest, "ci:"):
		day := localtime.Day(strings.TrimPrefix(rest, "ci:"))
		return r.resealHash(ctx, person, key, p, func(f string) (string, bool) {
			return sealedAt(person, day, f), coach.SensitiveField(f)
		})
	}
	return nil
}

// rewrap wraps a person's own key again with DATA_KEY, if an older key
// wrapped it: a compare-and-set in the key store.
func (r *Redis) rewrap(ctx context.Context, person, wrapped string, p *RekeyProgress) error {
	if wrapped == "" {
		return nil // destroyed meanwhile
	}
	raw, _ := strings.CutPrefix(wrapped, wrappedPrefix)
	plain, i, err := openWith(raw, wrappedAt(person), r.seal.keys()...)
	if err != nil {
		p.Unreadable++
		return nil
	}
	if i == 0 {
		return nil
	}
	swapped, err := r.ks.Swap(ctx, person, wrapped, r.wrapKey(person, []byte(plain)))
	if err != nil {
		return err
	}
	if swapped {
		p.Wrapped++
	}
	return nil
}

// resealHash moves the sealed fields of one hash to the person's own key.
// sealed says whether a field is one that is sealed, and where it lives.
func (r *Redis) resealHash(ctx context.Context, person, key string, p *RekeyProgress, sealed func(field string) (where string, ok bool)) error {
	fields, err := r.rdb.HGetAll(ctx, key).Result()
	if err != nil {
		return fmt.Errorf("read a person's hash: %w", err)
	}
	var ps *personSeal
	for f, v := range fields {
		if strings.Contains(f, chunkSep) {
			continue // a piece of a long value: only values sealed with a person's own key are written in pieces (dayrecord.go)
		}
		where, ok := sealed(f)
		if !ok || !strings.HasPrefix(v, sealedPrefix) {
			continue // in the clear, or already under the person's own key
		}
		plain, _, err := r.seal.open(v, where)
		if err != nil {
			p.Unreadable++
			continue
		}
		if ps == nil {
			own, err := r.personSeal(ctx, person, true)
			if errors.Is(err, errPersonKeyUnopened) {
				p.Unreadable++ // their key was counted too; their values wait for it
				continue
			}
			if err != nil {
				return fmt.Errorf("a person's own key: %w", err)
			}
			ps = &own
		}
		n, err := casField.Run(ctx, r.rdb, []string{key}, f, v, ps.seal(plain, where)).Int()
		if err != nil {
			return fmt.Errorf("re-seal a value: %w", err)
		}
		p.Resealed += n
	}
	return nil
}

// casString sets KEYS[1] to ARGV[2] only if it still holds ARGV[1].
var casString = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2])
  return 1
end
return 0`)

// casField sets field ARGV[1] of hash KEYS[1] to ARGV[3] only if it still
// holds ARGV[2]: a value the bot wrote meanwhile is left alone.
var casField = redis.NewScript(`
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
  return 1
end
return 0`)
