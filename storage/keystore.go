package storage

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

// KeyStore keeps each person's own key, wrapped with DATA_KEY ("kw1:"). It
// is all the store needs of wherever the keys live: the data's own Redis
// (as before there was a choice), a Redis of its own (KEYSTORE_URL), or
// later a key management service. Kept apart from the data, a copy of the
// data (a snapshot, an AOF file, a backup) holds no key, and /delete's
// destroying a person's key leaves every copy of their values unreadable.
type KeyStore interface {
	// Get returns the person's wrapped key, or "" when they have none.
	Get(ctx context.Context, person string) (string, error)
	// Create stores wrapped as the person's key unless they have one
	// already, and returns the one they have: of two writers, the first
	// wins.
	Create(ctx context.Context, person, wrapped string) (string, error)
	// Swap replaces the person's key with wrapped only if it is still old
	// (rekey), and says whether it did.
	Swap(ctx context.Context, person, old, wrapped string) (bool, error)
	// Delete destroys the person's key.
	Delete(ctx context.Context, person string) error
	// Each calls fn with every person's wrapped key, perhaps from several
	// goroutines at once (the masters of a Cluster); fn's error stops it.
	Each(ctx context.Context, fn func(person, wrapped string) error) error
	// Stamp returns the store's id, first setting it to id if it has none
	// and id is not empty. The data records the id of the store that holds
	// its keys, so that an emptied or wrong key store is refused at start
	// rather than given fresh keys that leave every note unreadable.
	Stamp(ctx context.Context, id string) (string, error)
}

var _ KeyStore = redisKeyStore{}

// redisKeyStore keeps the keys in a Redis at {u:<id>}:datakey under its
// prefix: in the data's own Redis, the keys that are there today.
type redisKeyStore struct {
	rdb  redis.UniversalClient
	keys keys
}

func (s redisKeyStore) Get(ctx context.Context, person string) (string, error) {
	w, err := s.rdb.Get(ctx, s.keys.dataKey(person)).Result()
	if isNil(err) {
		return "", nil
	}
	return w, wrap("load the person's own key", err)
}

func (s redisKeyStore) Create(ctx context.Context, person, wrapped string) (string, error) {
	if err := s.rdb.SetNX(ctx, s.keys.dataKey(person), wrapped, 0).Err(); err != nil {
		return "", fmt.Errorf("store the person's own key: %w", err)
	}
	// Another writer may have been first: theirs is the key.
	return s.Get(ctx, person)
}

func (s redisKeyStore) Swap(ctx context.Context, person, old, wrapped string) (bool, error) {
	n, err := casString.Run(ctx, s.rdb, []string{s.keys.dataKey(person)}, old, wrapped).Int()
	if err != nil {
		return false, fmt.Errorf("wrap a person's key again: %w", err)
	}
	return n == 1, nil
}

func (s redisKeyStore) Delete(ctx context.Context, person string) error {
	return wrap("destroy the person's own key", s.rdb.Del(ctx, s.keys.dataKey(person)).Err())
}

// deleteIf removes the person's key only if it still holds wrapped: once
// it is safe in the key store, a copy left behind in the data's Redis goes.
func (s redisKeyStore) deleteIf(ctx context.Context, person, wrapped string) error {
	return wrap("remove the person's key from the data's Redis", casDel.Run(ctx, s.rdb, []string{s.keys.dataKey(person)}, wrapped).Err())
}

func (s redisKeyStore) Each(ctx context.Context, fn func(person, wrapped string) error) error {
	walk := func(ctx context.Context, c redis.UniversalClient) error {
		iter := c.Scan(ctx, 0, s.keys.everyDataKey(), upgradeBatch).Iterator()
		for iter.Next(ctx) {
			person, rest, ok := s.keys.splitPersonKey(iter.Val())
			if !ok || rest != "datakey" {
				continue
			}
			w, err := c.Get(ctx, iter.Val()).Result()
			if isNil(err) {
				continue // destroyed since the scan found it
			}
			if err != nil {
				return fmt.Errorf("read a person's key: %w", err)
			}
			if err := fn(person, w); err != nil {
				return err
			}
		}
		return wrap("scan people's keys", iter.Err())
	}
	return eachMaster(ctx, s.rdb, walk)
}

func (s redisKeyStore) Stamp(ctx context.Context, id string) (string, error) {
	key := s.keys.keyStoreStamp()
	if id != "" {
		if err := s.rdb.SetNX(ctx, key, id, 0).Err(); err != nil {
			return "", fmt.Errorf("stamp the key store: %w", err)
		}
	}
	held, err := s.rdb.Get(ctx, key).Result()
	if isNil(err) {
		return "", nil
	}
	return held, wrap("read the key store's stamp", err)
}

// casDel deletes KEYS[1] only if it still holds ARGV[1].
var casDel = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`)
