package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

var _ coach.Retainer = (*Redis)(nil)

// PeopleWithDaysBefore implements coach.Retainer: it walks the key space
// (every master of a Cluster) for people whose oldest day is before the
// cutoff, and calls fn with each, one call at a time (a Cluster's masters
// are walked at once).
func (r *Redis) PeopleWithDaysBefore(ctx context.Context, cutoff localtime.Day, fn func(person string) error) error {
	var mu sync.Mutex
	walk := func(ctx context.Context, c redis.UniversalClient) error {
		iter := c.Scan(ctx, 0, r.keys.everyCheckInDays(), 500).Iterator()
		for iter.Next(ctx) {
			person, ok := r.keys.personOfCheckInDays(iter.Val())
			if !ok {
				continue
			}
			oldest, err := c.ZRangeWithScores(ctx, iter.Val(), 0, 0).Result()
			if err != nil {
				return fmt.Errorf("oldest day: %w", err)
			}
			if len(oldest) == 1 && oldest[0].Score < dayScore(cutoff) {
				mu.Lock()
				err := fn(person)
				mu.Unlock()
				if err != nil {
					return err
				}
			}
		}
		return wrap("scan people", iter.Err())
	}
	return r.eachMaster(ctx, walk)
}

// ForgetDays implements coach.Retainer: the weekly aggregates are kept and
// the raw days deleted, in one transaction (one hash tag).
func (r *Redis) ForgetDays(ctx context.Context, person string, days []localtime.Day, weeks []coach.WeekAggregate) error {
	if err := checkID(person); err != nil || len(days) == 0 {
		return err
	}
	_, err := r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, w := range weeks {
			raw, err := json.Marshal(w)
			if err != nil {
				return fmt.Errorf("encode week: %w", err)
			}
			p.HSet(ctx, r.keys.weeks(person), string(w.Start), raw)
		}
		members := make([]any, len(days))
		for i, d := range days {
			p.Del(ctx, r.keys.checkIn(person, d))
			members[i] = string(d)
		}
		p.ZRem(ctx, r.keys.checkInDays(person), members...)
		return nil
	})
	return wrap("forget days", err)
}

// Weeks implements coach.Retainer.
func (r *Redis) Weeks(ctx context.Context, person string) ([]coach.WeekAggregate, error) {
	if err := checkID(person); err != nil {
		return nil, err
	}
	raws, err := r.rdb.HGetAll(ctx, r.keys.weeks(person)).Result()
	if err != nil {
		return nil, fmt.Errorf("load weeks: %w", err)
	}
	out := make([]coach.WeekAggregate, 0, len(raws))
	for _, raw := range raws {
		var w coach.WeekAggregate
		if err := json.Unmarshal([]byte(raw), &w); err != nil {
			return nil, fmt.Errorf("decode week: %w", err)
		}
		out = append(out, w)
	}
	return out, nil
}
