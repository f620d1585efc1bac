package storage

import (
	"context"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
)

// Each person's health data is sealed with a key of their own: 32 random
// bytes, kept at {u:<id>}:datakey wrapped (sealed) with DATA_KEY. Erasing
// the person deletes that key with the rest of their keys, so what an
// older copy of Redis (a snapshot, an AOF file, a replica's backup) holds
// of them can no longer be opened, even by someone who has DATA_KEY.

// errPersonKeyUnopened means a person's own key is stored but no data key
// at hand unwraps it: nothing of theirs may be written until it does,
// since a new key would leave what the old one sealed unreadable for good.
var errPersonKeyUnopened = errors.New("the person's own key does not open with DATA_KEY or a previous key")

// personSeal seals and opens one person's values.
type personSeal struct {
	data *sealer     // DATA_KEY and the keys before it; nil: stored in the clear (tests only)
	own  cipher.AEAD // the person's own key; nil: none yet, or it did not open
}

// seal encrypts plain with the person's own key (enc2:).
func (p personSeal) seal(plain, where string) string {
	if p.data == nil {
		return plain
	}
	return sealWith(p.own, personSealedPrefix, plain, where)
}

// open decrypts a stored value: sealed with the person's own key, with
// DATA_KEY directly (before per-person keys), or not at all.
func (p personSeal) open(stored, where string) (string, error) {
	raw, own := strings.CutPrefix(stored, personSealedPrefix)
	if !own {
		plain, _, err := p.data.open(stored, where)
		return plain, err
	}
	if p.own == nil {
		return "", errUnsealable
	}
	plain, _, err := openWith(raw, where, p.own)
	return plain, err
}

// personSeal returns what seals and opens the person's values. With create
// it makes their own key if they have none yet; a stored key that does not
// unwrap is an error then (errPersonKeyUnopened), while for reading it
// leaves only their own-key values unopened.
func (r *Redis) personSeal(ctx context.Context, person string, create bool) (personSeal, error) {
	ps := personSeal{data: r.seal}
	if r.seal == nil {
		return ps, nil
	}
	key := r.keys.dataKey(person)
	wrapped, err := r.rdb.Get(ctx, key).Result()
	if isNil(err) && create {
		fresh := make([]byte, 32)
		rand.Read(fresh)
		if _, err = r.rdb.SetNX(ctx, key, r.wrapKey(person, fresh), 0).Result(); err != nil {
			return ps, fmt.Errorf("store the person's own key: %w", err)
		}
		// Another writer may have been first: theirs is the key.
		wrapped, err = r.rdb.Get(ctx, key).Result()
	}
	if isNil(err) {
		return ps, nil
	}
	if err != nil {
		return ps, fmt.Errorf("load the person's own key: %w", err)
	}
	ps = r.readSeal(person, wrapped)
	if ps.own == nil && create {
		return ps, errPersonKeyUnopened
	}
	return ps, nil
}

// readSeal opens what the person's stored (wrapped) key allows: with no
// key, or one that does not unwrap, only values sealed otherwise open.
func (r *Redis) readSeal(person, wrapped string) personSeal {
	ps := personSeal{data: r.seal}
	if r.seal == nil || wrapped == "" {
		return ps
	}
	if own, _, err := r.unwrapKey(person, wrapped); err == nil {
		ps.own = own
	}
	return ps
}

// wrapKey seals a person's own key with DATA_KEY, bound to the person.
func (r *Redis) wrapKey(person string, key []byte) string {
	return sealWith(r.seal.current, wrappedPrefix, string(key), wrappedAt(person))
}

// unwrapKey opens a person's wrapped key; current says whether DATA_KEY
// itself (not a previous key) wrapped it.
func (r *Redis) unwrapKey(person, wrapped string) (aead cipher.AEAD, current bool, err error) {
	raw, ok := strings.CutPrefix(wrapped, wrappedPrefix)
	if !ok {
		return nil, false, fmt.Errorf("person's key in an unknown form: %w", errUnsealable)
	}
	key, i, err := openWith(raw, wrappedAt(person), r.seal.keys()...)
	if err != nil {
		return nil, false, err
	}
	aead, err = gcm([]byte(key))
	if err != nil {
		return nil, false, fmt.Errorf("person's key: %w", err)
	}
	return aead, i == 0, nil
}

// wrappedAt is the additional data of a person's wrapped key: copied to
// another person, it does not open.
func wrappedAt(person string) string { return "datakey/" + person }
