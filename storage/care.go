package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

var _ coach.CareStore = (*Redis)(nil)

// auditKeep is how many entries of a patient's sharing record are kept.
const auditKeep = 500

// Therapist implements coach.CareStore.
func (r *Redis) Therapist(ctx context.Context, id string) (coach.Therapist, error) {
	var t coach.Therapist
	return t, r.getJSON(ctx, id, r.keys.therapist(id), &t)
}

// SaveTherapist implements coach.CareStore.
func (r *Redis) SaveTherapist(ctx context.Context, t coach.Therapist) error {
	return r.setJSON(ctx, t.ID, r.keys.therapist(t.ID), t)
}

// SetInviteCode implements coach.CareStore.
func (r *Redis) SetInviteCode(ctx context.Context, code, therapist string, ttl time.Duration) error {
	return wrap("save invite code", r.rdb.Set(ctx, r.keys.invite(code), therapist, ttl).Err())
}

// TherapistByCode implements coach.CareStore.
func (r *Redis) TherapistByCode(ctx context.Context, code string) (string, error) {
	id, err := r.rdb.Get(ctx, r.keys.invite(code)).Result()
	if errors.Is(err, redis.Nil) {
		return "", coach.ErrNotFound
	}
	return id, wrap("look up invite code", err)
}

// DropInviteCode implements coach.CareStore.
func (r *Redis) DropInviteCode(ctx context.Context, code string) error {
	return wrap("drop invite code", r.rdb.Del(ctx, r.keys.invite(code)).Err())
}

// Shares implements coach.CareStore.
func (r *Redis) Shares(ctx context.Context, patient string) ([]coach.Share, error) {
	if err := checkID(patient); err != nil {
		return nil, err
	}
	raws, err := r.rdb.HGetAll(ctx, r.keys.shares(patient)).Result()
	if err != nil {
		return nil, fmt.Errorf("load shares: %w", err)
	}
	out := make([]coach.Share, 0, len(raws))
	for _, raw := range raws {
		var s coach.Share
		if err := json.Unmarshal([]byte(raw), &s); err != nil {
			return nil, fmt.Errorf("decode share: %w", err)
		}
		out = append(out, s)
	}
	return out, nil
}

// SaveShare implements coach.CareStore. The patient's record is the
// consent; the therapist's index is written beside it (another slot, so not
// in the same transaction) and never trusted on its own.
func (r *Redis) SaveShare(ctx context.Context, patient string, s coach.Share) error {
	if err := errors.Join(checkID(patient), checkID(s.Therapist)); err != nil {
		return err
	}
	raw, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("encode share: %w", err)
	}
	if err := r.rdb.HSet(ctx, r.keys.shares(patient), s.Therapist, raw).Err(); err != nil {
		return fmt.Errorf("save share: %w", err)
	}
	return wrap("index patient", r.rdb.SAdd(ctx, r.keys.patients(s.Therapist), patient).Err())
}

// Patients implements coach.CareStore.
func (r *Redis) Patients(ctx context.Context, therapist string) ([]string, error) {
	if err := checkID(therapist); err != nil {
		return nil, err
	}
	ids, err := r.rdb.SMembers(ctx, r.keys.patients(therapist)).Result()
	return ids, wrap("list patients", err)
}

// Record implements coach.CareStore.
func (r *Redis) Record(ctx context.Context, patient string, e coach.AuditEntry) error {
	if err := checkID(patient); err != nil {
		return err
	}
	raw, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode audit entry: %w", err)
	}
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.LPush(ctx, r.keys.audit(patient), raw)
		p.LTrim(ctx, r.keys.audit(patient), 0, auditKeep-1)
		return nil
	})
	return wrap("record audit entry", err)
}

// AuditLog implements coach.CareStore: the newest n entries, newest first.
func (r *Redis) AuditLog(ctx context.Context, patient string, n int) ([]coach.AuditEntry, error) {
	if err := checkID(patient); err != nil {
		return nil, err
	}
	raws, err := r.rdb.LRange(ctx, r.keys.audit(patient), 0, int64(n-1)).Result()
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	out := make([]coach.AuditEntry, 0, len(raws))
	for _, raw := range raws {
		var e coach.AuditEntry
		if err := json.Unmarshal([]byte(raw), &e); err != nil {
			return nil, fmt.Errorf("decode audit entry: %w", err)
		}
		out = append(out, e)
	}
	return out, nil
}

// getJSON reads a JSON value, or coach.ErrNotFound.
func (r *Redis) getJSON(ctx context.Context, id, key string, v any) error {
	if err := checkID(id); err != nil {
		return err
	}
	raw, err := r.rdb.Get(ctx, key).Bytes()
	if errors.Is(err, redis.Nil) {
		return coach.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("get %s: %w", key, err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("decode %s: %w", key, err)
	}
	return nil
}

func (r *Redis) setJSON(ctx context.Context, id, key string, v any) error {
	if err := checkID(id); err != nil {
		return err
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	return wrap("save "+key, r.rdb.Set(ctx, key, raw, 0).Err())
}
