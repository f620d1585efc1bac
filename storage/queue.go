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

var _ coach.Queue = (*Redis)(nil)

// Schedule implements coach.Queue. A job with an existing ID is replaced:
// planning the same day twice schedules it once. However many jobs, it
// costs one HSET, one ZADD to the due set and one ZADD per person, in one
// round trip.
func (r *Redis) Schedule(ctx context.Context, jobs ...coach.Job) error {
	if len(jobs) == 0 {
		return nil
	}
	payloads := make([]any, 0, 2*len(jobs))
	due := make([]redis.Z, 0, len(jobs))
	byPerson := map[string][]redis.Z{}
	for _, j := range jobs {
		if err := checkID(j.Person); err != nil {
			return err
		}
		raw, err := json.Marshal(j)
		if err != nil {
			return fmt.Errorf("encode job: %w", err)
		}
		z := redis.Z{Score: float64(j.Due.UnixMilli()), Member: j.ID}
		payloads = append(payloads, j.ID, raw)
		due = append(due, z)
		byPerson[j.Person] = append(byPerson[j.Person], z)
	}
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, r.keys.jobs(), payloads...)
		p.ZAdd(ctx, r.keys.due(), due...)
		for person, zs := range byPerson {
			p.ZAdd(ctx, r.keys.personJobs(person), zs...)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("schedule %d jobs: %w", len(jobs), err)
	}
	return nil
}

// Upcoming implements coach.Queue. Ids whose job is gone (done or
// cancelled) are pruned from the person's index on the way.
func (r *Redis) Upcoming(ctx context.Context, person string) ([]coach.Job, error) {
	if err := checkID(person); err != nil {
		return nil, err
	}
	ids, err := r.rdb.ZRange(ctx, r.keys.personJobs(person), 0, -1).Result()
	if err != nil || len(ids) == 0 {
		return nil, wrap("list person's jobs", err)
	}
	raws, err := r.rdb.HMGet(ctx, r.keys.jobs(), ids...).Result()
	if err != nil {
		return nil, fmt.Errorf("load person's jobs: %w", err)
	}
	var jobs []coach.Job
	var gone []any
	for i, raw := range raws {
		s, ok := raw.(string)
		if !ok {
			gone = append(gone, ids[i])
			continue
		}
		var j coach.Job
		if err := json.Unmarshal([]byte(s), &j); err != nil {
			return nil, fmt.Errorf("decode job %s: %w", ids[i], err)
		}
		jobs = append(jobs, j)
	}
	if len(gone) > 0 {
		if err := r.rdb.ZRem(ctx, r.keys.personJobs(person), gone...).Err(); err != nil {
			return nil, fmt.Errorf("prune person's jobs: %w", err)
		}
	}
	return jobs, nil
}

// CancelAll implements coach.Queue.
func (r *Redis) CancelAll(ctx context.Context, person string) error {
	if err := checkID(person); err != nil {
		return err
	}
	ids, err := r.rdb.ZRange(ctx, r.keys.personJobs(person), 0, -1).Result()
	if err != nil {
		return wrap("list jobs to cancel", err)
	}
	return r.Cancel(ctx, person, ids...)
}

// Cancel implements coach.Queue.
func (r *Redis) Cancel(ctx context.Context, person string, ids ...string) error {
	if err := checkID(person); err != nil || len(ids) == 0 {
		return err
	}
	members := make([]any, len(ids))
	for i, id := range ids {
		members[i] = id
	}
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, r.keys.due(), members...)
		p.HDel(ctx, r.keys.jobs(), ids...)
		p.ZRem(ctx, r.keys.personJobs(person), members...)
		return nil
	})
	return wrap("cancel jobs", err)
}

// claimScript moves up to ARGV[2] jobs that are due at ARGV[1] (or whose
// lease ran out: their worker died) into the leased set until ARGV[3], and
// returns their ids and payloads interleaved. A due id that was already
// acknowledged (planned again after it ran) is dropped instead. One call per
// batch keeps a claim atomic across any number of schedulers.
var claimScript = redis.NewScript(`
local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
local room = tonumber(ARGV[2]) - #ids
if room > 0 then
  local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, room)
  if #due > 0 then
    redis.call('ZREM', KEYS[1], unpack(due))
    local done = redis.call('ZMSCORE', KEYS[4], unpack(due))
    local stale = {}
    for i, id in ipairs(due) do
      if done[i] then stale[#stale + 1] = id else ids[#ids + 1] = id end
    end
    if #stale > 0 then redis.call('HDEL', KEYS[3], unpack(stale)) end
  end
end
if #ids == 0 then return {} end
local lease = {}
for i, id in ipairs(ids) do
  lease[2 * i - 1] = ARGV[3]
  lease[2 * i] = id
end
redis.call('ZADD', KEYS[2], unpack(lease))
local payloads = redis.call('HMGET', KEYS[3], unpack(ids))
local out = {}
for i, id in ipairs(ids) do
  out[2 * i - 1] = id
  out[2 * i] = payloads[i]
end
return out
`)

// Claim implements scheduler.Queue. A job whose payload is gone (cancelled
// meanwhile) is acknowledged and skipped.
func (r *Redis) Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]coach.Job, error) {
	res, err := claimScript.Run(ctx, r.rdb,
		[]string{r.keys.due(), r.keys.leased(), r.keys.jobs(), r.keys.done()},
		now.UnixMilli(), max, now.Add(lease).UnixMilli()).Slice()
	if err != nil {
		return nil, fmt.Errorf("claim jobs: %w", err)
	}
	var jobs []coach.Job
	var orphans []string
	for i := 0; i+1 < len(res); i += 2 {
		id, _ := res[i].(string)
		raw, ok := res[i+1].(string)
		if !ok {
			orphans = append(orphans, id)
			continue
		}
		var j coach.Job
		if err := json.Unmarshal([]byte(raw), &j); err != nil {
			return nil, fmt.Errorf("decode job %s: %w", id, err)
		}
		jobs = append(jobs, j)
	}
	if len(orphans) > 0 {
		if err := r.Ack(ctx, now, orphans...); err != nil {
			return nil, err
		}
	}
	return jobs, nil
}

// doneFor is how long an acknowledged id is remembered: longer than any
// plan, so re-planning a day never sends what was already sent.
const doneFor = 15 * 24 * time.Hour

// ackScript removes finished jobs and remembers their ids (KEYS[3]) with
// the time, forgetting those older than ARGV[2].
var ackScript = redis.NewScript(`
redis.call('ZREM', KEYS[1], unpack(ARGV, 3))
redis.call('HDEL', KEYS[2], unpack(ARGV, 3))
local done = {}
for i = 3, #ARGV do
  done[#done + 1] = ARGV[1]
  done[#done + 1] = ARGV[i]
end
redis.call('ZADD', KEYS[3], unpack(done))
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[2])
return #ARGV - 2
`)

// Ack implements scheduler.Queue.
func (r *Redis) Ack(ctx context.Context, now time.Time, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	args := make([]any, 0, len(ids)+2)
	args = append(args, now.UnixMilli(), now.Add(-doneFor).UnixMilli())
	for _, id := range ids {
		args = append(args, id)
	}
	err := ackScript.Run(ctx, r.rdb, []string{r.keys.leased(), r.keys.jobs(), r.keys.done()}, args...).Err()
	return wrap("acknowledge jobs", err)
}

// Retry implements scheduler.Queue.
func (r *Redis) Retry(ctx context.Context, job coach.Job, at time.Time) error {
	raw, err := json.Marshal(job)
	if err != nil {
		return fmt.Errorf("encode job: %w", err)
	}
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, r.keys.leased(), job.ID)
		p.HSet(ctx, r.keys.jobs(), job.ID, raw)
		p.ZAdd(ctx, r.keys.due(), redis.Z{Score: float64(at.UnixMilli()), Member: job.ID})
		return nil
	})
	return wrap("retry job", err)
}

// deadLetter is what is kept of a job that failed for good.
type deadLetter struct {
	Job    coach.Job `json:"job"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// DeadLetter implements scheduler.Queue. The reason is an error message of
// ours; it never holds what a person wrote.
func (r *Redis) DeadLetter(ctx context.Context, job coach.Job, now time.Time, reason string) error {
	raw, err := json.Marshal(deadLetter{Job: job, Reason: reason, At: now})
	if err != nil {
		return fmt.Errorf("encode dead letter: %w", err)
	}
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, r.keys.leased(), job.ID)
		p.HDel(ctx, r.keys.jobs(), job.ID)
		p.HSet(ctx, r.keys.dead(), job.ID, raw)
		return nil
	})
	return wrap("dead-letter job", err)
}

// DeadLetters counts the jobs set aside for good.
func (r *Redis) DeadLetters(ctx context.Context) (int64, error) {
	n, err := r.rdb.HLen(ctx, r.keys.dead()).Result()
	if err != nil {
		return 0, fmt.Errorf("count dead letters: %w", err)
	}
	return n, nil
}

// NextDue returns when the earliest job falls due (or its lease runs out),
// and false when nothing is waiting.
func (r *Redis) NextDue(ctx context.Context) (time.Time, bool, error) {
	var next time.Time
	found := false
	for _, key := range []string{r.keys.due(), r.keys.leased()} {
		zs, err := r.rdb.ZRangeWithScores(ctx, key, 0, 0).Result()
		if err != nil {
			return time.Time{}, false, fmt.Errorf("peek next job: %w", err)
		}
		if len(zs) == 1 {
			at := time.UnixMilli(int64(zs[0].Score))
			if !found || at.Before(next) {
				next, found = at, true
			}
		}
	}
	return next, found, nil
}

func wrap(what string, err error) error {
	if err == nil || errors.Is(err, redis.Nil) {
		return nil
	}
	return fmt.Errorf("%s: %w", what, err)
}
