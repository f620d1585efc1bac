package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

var _ coach.GroupStore = (*Redis)(nil)

// groupDayKeep is how long a group day's record is kept: its post id and
// the figures it showed (none for a day below K).
const groupDayKeep = 400 * 24 * time.Hour

// Group implements coach.GroupStore.
func (r *Redis) Group(ctx context.Context, id string) (coach.Group, error) {
	var g coach.Group
	return g, r.getJSON(ctx, id, r.keys.group(id), &g)
}

// SaveGroup implements coach.GroupStore.
func (r *Redis) SaveGroup(ctx context.Context, g coach.Group) error {
	return r.setJSON(ctx, g.ID, r.keys.group(g.ID), g)
}

// SetGroupAnswer implements coach.GroupStore. The answers expire on their
// own after two days, should a close ever not happen.
func (r *Redis) SetGroupAnswer(ctx context.Context, group string, day localtime.Day, member string, mood int) error {
	if err := errors.Join(checkID(group), checkID(member)); err != nil {
		return err
	}
	key := r.keys.groupAnswers(group, day)
	_, err := r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, key, member, mood)
		p.Expire(ctx, key, 48*time.Hour)
		return nil
	})
	if err != nil {
		return fmt.Errorf("save group answer: %w", err)
	}
	return wrap("index group answer", r.rdb.SAdd(ctx, r.keys.groups(member), group+"/"+string(day)).Err())
}

// GroupAnswers implements coach.GroupStore.
func (r *Redis) GroupAnswers(ctx context.Context, group string, day localtime.Day) (map[string]int, error) {
	if err := checkID(group); err != nil {
		return nil, err
	}
	raw, err := r.rdb.HGetAll(ctx, r.keys.groupAnswers(group, day)).Result()
	if err != nil {
		return nil, fmt.Errorf("load group answers: %w", err)
	}
	out := make(map[string]int, len(raw))
	for member, v := range raw {
		if mood, err := strconv.Atoi(v); err == nil && mood >= 1 && mood <= 5 {
			out[member] = mood
		}
	}
	return out, nil
}

// CloseGroupDay implements coach.GroupStore: the day's record is written and
// the individual answers deleted in one transaction (one hash tag). Then
// each member's index entry for the day goes too: erasing has nothing left
// to find there, and no trace says who answered.
func (r *Redis) CloseGroupDay(ctx context.Context, group string, day localtime.Day, d coach.GroupDay) error {
	if err := checkID(group); err != nil {
		return err
	}
	raw, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode group day: %w", err)
	}
	members, err := r.rdb.HKeys(ctx, r.keys.groupAnswers(group, day)).Result()
	if err != nil {
		return fmt.Errorf("list group answers: %w", err)
	}
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, r.keys.groupDay(group, day), raw, groupDayKeep)
		p.Del(ctx, r.keys.groupAnswers(group, day))
		return nil
	})
	if err != nil {
		return fmt.Errorf("close group day: %w", err)
	}
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, m := range members {
			if checkID(m) == nil {
				p.SRem(ctx, r.keys.groups(m), group+"/"+string(day))
			}
		}
		return nil
	})
	return wrap("drop group answer index", err)
}

// GroupDay implements coach.GroupStore; a day never posted is empty.
func (r *Redis) GroupDay(ctx context.Context, group string, day localtime.Day) (coach.GroupDay, error) {
	var d coach.GroupDay
	err := r.getJSON(ctx, group, r.keys.groupDay(group, day), &d)
	if errors.Is(err, coach.ErrNotFound) {
		return coach.GroupDay{}, nil
	}
	return d, err
}

// SaveGroupDay implements coach.GroupStore.
func (r *Redis) SaveGroupDay(ctx context.Context, group string, day localtime.Day, d coach.GroupDay) error {
	if err := checkID(group); err != nil {
		return err
	}
	raw, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode group day: %w", err)
	}
	return wrap("save group day", r.rdb.Set(ctx, r.keys.groupDay(group, day), raw, groupDayKeep).Err())
}

// JoinChallenge implements coach.GroupStore.
func (r *Redis) JoinChallenge(ctx context.Context, group, member string) error {
	if err := errors.Join(checkID(group), checkID(member)); err != nil {
		return err
	}
	if err := r.rdb.SAdd(ctx, r.keys.groupMembers(group), member).Err(); err != nil {
		return fmt.Errorf("join challenge: %w", err)
	}
	return wrap("index group", r.rdb.SAdd(ctx, r.keys.groups(member), group).Err())
}

// ChallengeMembers implements coach.GroupStore.
func (r *Redis) ChallengeMembers(ctx context.Context, group string) ([]string, error) {
	if err := checkID(group); err != nil {
		return nil, err
	}
	ids, err := r.rdb.SMembers(ctx, r.keys.groupMembers(group)).Result()
	return ids, wrap("list challenge members", err)
}
