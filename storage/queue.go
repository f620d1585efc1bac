package storage

import (
	"cmp"
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
// planning the same day twice schedules it once. The job is kept under its
// opaque id (jobref.go). However many jobs, it costs one round trip for the
// salts and one for an HSET, one ZADD to the due set and one ZADD per
// person.
func (r *Redis) Schedule(ctx context.Context, jobs ...coach.Job) error {
	if len(jobs) == 0 {
		return nil
	}
	names := make([]string, len(jobs))
	for i, j := range jobs {
		if err := checkID(j.Person); err != nil {
			return err
		}
		names[i] = j.ID
	}
	refs, err := r.refs(ctx, names, true)
	if err != nil {
		return err
	}
	payloads := make([]any, 0, 2*len(jobs))
	due := make([]redis.Z, 0, len(jobs))
	byPerson := map[string][]redis.Z{}
	for _, j := range jobs {
		if ref, ok := refs[j.ID]; ok {
			j.ID = ref
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
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
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
		j.ID = ids[i] // the id it is kept under, whatever the payload says
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

// Cancel implements coach.Queue. An id may be a job's readable name or its
// opaque id; for a name, both it (a job planned before opaque ids) and its
// opaque id are removed.
func (r *Redis) Cancel(ctx context.Context, person string, ids ...string) error {
	if err := checkID(person); err != nil || len(ids) == 0 {
		return err
	}
	refs, err := r.refs(ctx, ids, false)
	if err != nil {
		return err
	}
	all := withRefs(ids, refs)
	members := make([]any, len(all))
	for i, id := range all {
		members[i] = id
	}
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, r.keys.due(), members...)
		p.HDel(ctx, r.keys.jobs(), all...)
		p.ZRem(ctx, r.keys.personJobs(person), members...)
		return nil
	})
	return wrap("cancel jobs", err)
}

// withRefs is ids followed by the opaque ids of the names among them.
func withRefs(ids []string, refs map[string]string) []string {
	out := append([]string(nil), ids...)
	for _, id := range ids {
		if ref, ok := refs[id]; ok {
			out = append(out, ref)
		}
	}
	return out
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
		j.ID = id // the id it is kept under, whatever the payload says
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

// ackScript removes finished jobs (ARGV[3] of them, from ARGV[4] on) and
// remembers the ids that follow with the time, forgetting those older than
// ARGV[2].
var ackScript = redis.NewScript(`
local n = tonumber(ARGV[3])
redis.call('ZREM', KEYS[1], unpack(ARGV, 4, 3 + n))
redis.call('HDEL', KEYS[2], unpack(ARGV, 4, 3 + n))
local done = {}
for i = 4 + n, #ARGV do
  done[#done + 1] = ARGV[1]
  done[#done + 1] = ARGV[i]
end
redis.call('ZADD', KEYS[3], unpack(done))
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[2])
return #done / 2
`)

// Ack implements scheduler.Queue. A job still under its readable name (one
// planned before opaque ids) is remembered as done under its opaque id,
// so that nothing readable enters the done set any more.
func (r *Redis) Ack(ctx context.Context, now time.Time, ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	refs, err := r.refs(ctx, ids, true)
	if err != nil {
		return err
	}
	remove := withRefs(ids, refs)
	args := make([]any, 0, len(remove)+len(ids)+3)
	args = append(args, now.UnixMilli(), now.Add(-doneFor).UnixMilli(), len(remove))
	for _, id := range remove {
		args = append(args, id)
	}
	for _, id := range ids {
		args = append(args, cmp.Or(refs[id], id))
	}
	err = ackScript.Run(ctx, r.rdb, []string{r.keys.leased(), r.keys.jobs(), r.keys.done()}, args...).Err()
	return wrap("acknowledge jobs", err)
}

// Retry implements scheduler.Queue. A job still under its readable name
// goes back under its opaque id.
func (r *Redis) Retry(ctx context.Context, job coach.Job, at time.Time) error {
	name, err := r.renamed(ctx, &job)
	if err != nil {
		return err
	}
	raw, err := json.Marshal(job)
	if err != nil {
		return fmt.Errorf("encode job: %w", err)
	}
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, r.keys.leased(), job.ID)
		if name != "" {
			p.ZRem(ctx, r.keys.leased(), name)
			p.HDel(ctx, r.keys.jobs(), name)
		}
		p.HSet(ctx, r.keys.jobs(), job.ID, raw)
		p.ZAdd(ctx, r.keys.due(), redis.Z{Score: float64(at.UnixMilli()), Member: job.ID})
		return nil
	})
	if err != nil || name == "" {
		return wrap("retry job", err)
	}
	// The person's list is another slot: not in the transaction.
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, r.keys.personJobs(job.Person), name)
		p.ZAdd(ctx, r.keys.personJobs(job.Person), redis.Z{Score: float64(at.UnixMilli()), Member: job.ID})
		return nil
	})
	return wrap("list retried job", err)
}

// renamed gives a job still under its readable name its opaque id, and
// returns the name it had ("" when it had an opaque id already).
func (r *Redis) renamed(ctx context.Context, job *coach.Job) (string, error) {
	if !isName(job.ID) {
		return "", nil
	}
	refs, err := r.refs(ctx, []string{job.ID}, true)
	if err != nil {
		return "", err
	}
	ref, ok := refs[job.ID]
	if !ok {
		return "", nil
	}
	name := job.ID
	job.ID = ref
	return name, nil
}

// DeadLetter implements scheduler.Queue. The reason is an error message of
// ours; it never holds what a person wrote. A job still under its readable
// name is set aside under its opaque id. Dead letters are kept for a while
// only: see ForgetDeadLetters.
func (r *Redis) DeadLetter(ctx context.Context, job coach.Job, now time.Time, reason string) error {
	name, err := r.renamed(ctx, &job)
	if err != nil {
		return err
	}
	raw, err := json.Marshal(deadLetter{Job: job, Reason: reason, At: now})
	if err != nil {
		return fmt.Errorf("encode dead letter: %w", err)
	}
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, id := range []string{job.ID, name} {
			if id != "" {
				p.ZRem(ctx, r.keys.leased(), id)
				p.HDel(ctx, r.keys.jobs(), id)
			}
		}
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
