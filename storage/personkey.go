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
// bytes, wrapped (sealed) with DATA_KEY and kept in the key store: a Redis
// of its own (KEYSTORE_URL), or {u:<id>}:datakey in the data's Redis.
// Erasing the person destroys that key first, so what an older copy of the
// data (a snapshot, an AOF file, a replica's backup) holds of them can no
// longer be opened, even by someone who has DATA_KEY, as long as the copy
// holds no key: with the key store kept apart, it holds none.

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
	wrapped, err := r.wrappedKey(ctx, person)
	if err != nil {
		return ps, err
	}
	if wrapped == "" && create {
		if err := r.keyStoreHeld(ctx); err != nil {
			return ps, err
		}
		fresh := make([]byte, 32)
		rand.Read(fresh)
		if wrapped, err = r.ks.Create(ctx, person, r.wrapKey(person, fresh)); err != nil {
			return ps, err
		}
	}
	ps = r.readSeal(person, wrapped)
	if ps.own == nil && create {
		return ps, errPersonKeyUnopened
	}
	return ps, nil
}

// wrappedKey returns the person's wrapped key, "" when they have none.
// With the key store kept apart, a key still in the data's Redis (from
// before the store, or written by a replica without KEYSTORE_URL) is moved
// to the store as it is found.
func (r *Redis) wrappedKey(ctx context.Context, person string) (string, error) {
	w, err := r.ks.Get(ctx, person)
	if w != "" || err != nil || !r.apart {
		return w, err
	}
	left, err := r.inPlace().Get(ctx, person)
	if left == "" || err != nil {
		return "", err
	}
	return r.moveKey(ctx, person, left)
}

// moveKey puts a person's key found in the data's Redis into the key store
// kept apart, and then removes it from the data's Redis. Should the store
// hold another key of theirs already (a replica with KEYSTORE_URL made one
// while a replica without it made this), the store's is their key, and
// this one is left where it is for /delete to remove.
func (r *Redis) moveKey(ctx context.Context, person, wrapped string) (string, error) {
	held, err := r.ks.Create(ctx, person, wrapped)
	if err != nil {
		return "", err
	}
	if held != wrapped {
		r.log.Warn("a person's key in the data's Redis differs from their key in the key store: the key store's is used, the other left as it is")
		return held, nil
	}
	return held, r.inPlace().deleteIf(ctx, person, wrapped)
}

// keyStoreHeld refuses to make anyone a new key in a key store kept apart
// that has lost its stamp since start (restarted empty, say): every key
// went with it, and a fresh key would seal new notes under a key their old
// notes do not open, even once the store is restored from its backup.
func (r *Redis) keyStoreHeld(ctx context.Context) error {
	if r.ksID == "" {
		return nil
	}
	held, err := r.ks.Stamp(ctx, "")
	if err != nil {
		return err
	}
	if held != r.ksID {
		return errKeyStoreLost
	}
	return nil
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
