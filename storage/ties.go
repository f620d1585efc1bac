package storage

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

var _ coach.TiesStore = (*Redis)(nil)

// GroupTies implements coach.TiesStore. It follows the person's own index
// ({u:<id>}:groups) and reads, in each group's keys, only the person's
// field or membership: an answer already dropped by the day's close, or a
// place since left, is not reported.
func (r *Redis) GroupTies(ctx context.Context, person string) (coach.GroupTies, error) {
	var ties coach.GroupTies
	if err := checkID(person); err != nil {
		return ties, err
	}
	entries, err := r.rdb.SMembers(ctx, r.keys.groups(person)).Result()
	if err != nil {
		return ties, fmt.Errorf("list groups: %w", err)
	}
	slices.Sort(entries)
	answers := make([]*redis.StringCmd, len(entries))
	places := make([]*redis.BoolCmd, len(entries))
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, e := range entries {
			// "<channel>/<day>": an answer; "<channel>": a challenge place.
			if channel, day, answer := strings.Cut(e, "/"); answer {
				answers[i] = p.HGet(ctx, r.keys.groupAnswers(channel, localtime.Day(day)), person)
				continue
			}
			places[i] = p.SIsMember(ctx, r.keys.groupMembers(e), person)
		}
		return nil
	})
	if err := wrap("read group ties", err); err != nil { // redis.Nil: an answer already dropped
		return ties, err
	}
	for i, e := range entries {
		if places[i] != nil && places[i].Val() {
			ties.Challenges = append(ties.Challenges, e)
		}
		if answers[i] == nil {
			continue
		}
		channel, day, _ := strings.Cut(e, "/")
		if mood, err := strconv.Atoi(answers[i].Val()); err == nil && mood >= 1 && mood <= 5 {
			ties.Answers = append(ties.Answers, coach.GroupAnswer{Group: channel, Day: localtime.Day(day), Mood: mood})
		}
	}
	return ties, nil
}
