package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

// ForgetTherapist implements coach.CareStore. The patient's share with
// the therapist is kept under a field of its own, a random one, with the
// therapist's id taken out and their name kept; the sessions the
// therapist logged for the patient keep their name instead of their id.
// Both keys carry the patient's tag, so one transaction rewrites them.
func (r *Redis) ForgetTherapist(ctx context.Context, patient, therapist string) error {
	if err := errors.Join(checkID(patient), checkID(therapist)); err != nil {
		return err
	}
	sharesKey, sessionsKey := r.keys.shares(patient), r.keys.sessions(patient)
	// Watched, so that a session logged or a share changed meanwhile is
	// not lost or left with the id: the rewrite is then tried again.
	forget := func(tx *redis.Tx) error {
		name, share, err := r.forgottenShare(ctx, tx, patient, therapist)
		if err != nil {
			return err
		}
		old, renamed, err := r.forgottenSessions(ctx, tx, patient, therapist, name)
		if err != nil {
			return err
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			if share != nil {
				p.HDel(ctx, sharesKey, therapist)
				p.HSet(ctx, sharesKey, "gone:"+randomHex(8), share)
			}
			if len(old) > 0 {
				p.ZRem(ctx, sessionsKey, old...)
				p.ZAdd(ctx, sessionsKey, renamed...)
			}
			return nil
		})
		return err
	}
	for range 5 {
		err := r.rdb.Watch(ctx, forget, sharesKey, sessionsKey)
		if !errors.Is(err, redis.TxFailedErr) {
			return wrap("forget therapist in patient's records", err)
		}
	}
	return fmt.Errorf("forget therapist in patient's records: %w", redis.TxFailedErr)
}

// forgottenShare returns the therapist's name and the patient's share
// with them without their id, or a nil share when there is none.
func (r *Redis) forgottenShare(ctx context.Context, rdb redis.Cmdable, patient, therapist string) (string, []byte, error) {
	raw, err := rdb.HGet(ctx, r.keys.shares(patient), therapist).Bytes()
	if errors.Is(err, redis.Nil) {
		return "", nil, nil
	}
	if err != nil {
		return "", nil, fmt.Errorf("load share: %w", err)
	}
	var s coach.Share
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", nil, fmt.Errorf("decode share: %w", err)
	}
	s.Therapist = ""
	out, err := json.Marshal(s)
	if err != nil {
		return "", nil, fmt.Errorf("encode share: %w", err)
	}
	return s.TherapistName, out, nil
}

// forgottenSessions lists the sessions the therapist logged for the
// patient, as stored and as they are to be stored.
func (r *Redis) forgottenSessions(ctx context.Context, rdb redis.Cmdable, patient, therapist, name string) ([]any, []redis.Z, error) {
	zs, err := rdb.ZRangeWithScores(ctx, r.keys.sessions(patient), 0, -1).Result()
	if err != nil {
		return nil, nil, fmt.Errorf("list sessions: %w", err)
	}
	var old []any
	var renamed []redis.Z
	for _, z := range zs {
		raw, _ := z.Member.(string)
		var s coach.TherapySession
		if err := json.Unmarshal([]byte(raw), &s); err != nil {
			return nil, nil, fmt.Errorf("decode session: %w", err)
		}
		if s.LoggedBy != therapist {
			continue
		}
		s.LoggedBy, s.LoggedByName = coach.LoggedByGone, name
		out, err := json.Marshal(s)
		if err != nil {
			return nil, nil, fmt.Errorf("encode session: %w", err)
		}
		old = append(old, raw)
		renamed = append(renamed, redis.Z{Score: z.Score, Member: out})
	}
	return old, renamed, nil
}
