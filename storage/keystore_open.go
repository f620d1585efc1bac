package storage

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// ErrKeyStore means the key store at hand cannot be the one that holds
// this data's people's keys: started anyway, the bot would give people new
// keys, and every note sealed under their old ones would stay unread.
var ErrKeyStore = errors.New("key store")

var (
	errKeyStoreUnset = fmt.Errorf("%w: KEYSTORE_URL is not set, but this data's people's keys are kept in a key store of their own: set KEYSTORE_URL to it (keys are never moved back into the data's Redis)", ErrKeyStore)
	errKeyStoreWrong = fmt.Errorf("%w: the Redis at KEYSTORE_URL does not hold this data's people's keys (it was emptied, or it is another one): point KEYSTORE_URL at the key store that holds them, restored from its backup if need be", ErrKeyStore)
	errKeyStoreSame  = fmt.Errorf("%w: KEYSTORE_URL reaches the same Redis database as REDIS_URL; the key store must be a Redis of its own, ideally on another machine", ErrKeyStore)
	errKeyStoreLost  = fmt.Errorf("%w: the key store has lost its keys since start (was it restarted empty?): no new key is made until it holds them again", ErrKeyStore)
)

// inPlace is the key store in the data's own Redis.
func (r *Redis) inPlace() redisKeyStore { return redisKeyStore{rdb: r.rdb, keys: r.keys} }

// KeysApart reports whether people's keys are kept apart from the data
// (KEYSTORE_URL), so that no copy of the data holds them.
func (r *Redis) KeysApart() bool { return r.apart }

// Ping checks that the data's Redis answers, and the key store kept apart
// too: without it no note opens and none can be written.
func (r *Redis) Ping(ctx context.Context) error {
	if err := r.rdb.Ping(ctx).Err(); err != nil {
		return err
	}
	if r.ksClient != nil {
		if err := r.ksClient.Ping(ctx).Err(); err != nil {
			return fmt.Errorf("key store: %w", err)
		}
	}
	return nil
}

// openKeyStore sets where people's keys are kept: in a Redis of their own
// at opt.KeyStoreURL, or, without one, in the data's Redis, unless the
// data says its keys went to a key store (then nothing may start).
func (r *Redis) openKeyStore(ctx context.Context, opt Options) error {
	kept, err := r.rdb.Get(ctx, r.keys.keysKeptIn()).Result()
	if err != nil && !isNil(err) {
		return fmt.Errorf("look for a key store: %w", err)
	}
	if opt.KeyStoreURL == "" {
		if kept != "" {
			return errKeyStoreUnset
		}
		return nil
	}
	uo, err := ParseURL(opt.KeyStoreURL)
	if err != nil {
		return fmt.Errorf("KEYSTORE_URL: %w", err)
	}
	c := redis.NewUniversalClient(uo)
	r.ksClient = c // closed with the store
	if err := ping(ctx, c, opt, r.log); err != nil {
		return fmt.Errorf("key store: %w", err)
	}
	if err := r.probeKeyStore(ctx, c); err != nil {
		return err
	}
	r.ks, r.apart = redisKeyStore{rdb: c, keys: r.keys}, true
	return r.adoptKeyStore(ctx, kept)
}

// probeKeyStore refuses a key store that is the data's own database under
// another URL: moving a key there would delete it.
func (r *Redis) probeKeyStore(ctx context.Context, c redis.UniversalClient) error {
	key, mark := r.keys.keyStoreProbe(), randomHex(16)
	if err := r.rdb.Set(ctx, key, mark, time.Minute).Err(); err != nil {
		return fmt.Errorf("probe the key store: %w", err)
	}
	seen, err := c.Get(ctx, key).Result()
	r.rdb.Del(context.WithoutCancel(ctx), key)
	if err != nil && !isNil(err) {
		return fmt.Errorf("probe the key store: %w", err)
	}
	if seen == mark {
		return errKeyStoreSame
	}
	return nil
}

// adoptKeyStore checks that the key store is the one the data's keys went
// to (kept: its stamp, as the data recorded it). The first start with a
// key store stamps it and moves every key from the data's Redis to it,
// and only then records the stamp: cut short, the next start goes on.
func (r *Redis) adoptKeyStore(ctx context.Context, kept string) error {
	if kept != "" {
		held, err := r.ks.Stamp(ctx, "")
		if err != nil {
			return err
		}
		if held != kept {
			return errKeyStoreWrong
		}
		r.ksID = kept
		return nil
	}
	held, err := r.ks.Stamp(ctx, randomHex(16))
	if err != nil {
		return err
	}
	moved, err := r.moveKeys(ctx)
	if err != nil {
		return err
	}
	if err := r.rdb.Set(ctx, r.keys.keysKeptIn(), held, 0).Err(); err != nil {
		return fmt.Errorf("record the key store: %w", err)
	}
	r.ksID = held
	if moved > 0 {
		r.log.Info("people's keys moved from the data's Redis to the key store", "keys", moved)
	}
	return nil
}

// moveKeys moves every key in the data's Redis to the key store.
func (r *Redis) moveKeys(ctx context.Context) (int, error) {
	var moved atomic.Int64 // the masters of a Cluster are walked at once
	err := r.inPlace().Each(ctx, func(person, wrapped string) error {
		if _, err := r.moveKey(ctx, person, wrapped); err != nil {
			return err
		}
		moved.Add(1)
		return nil
	})
	return int(moved.Load()), err
}

// randomID is 128 random bits in hex.
