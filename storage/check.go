package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"
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
// first start with no check value writes one, sealed with DATA_KEY.
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
