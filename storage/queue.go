package storage

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

var _ coach.Queue = (*Redis)(nil)

// Schedule implements coach.Queue. A job with an existing ID is replaced:
// planning the same day twice schedules it once. The job is kept under its
// opaque id (jobref.go), in its person's partition of the queue
// (QueuePart). However many jobs, it costs one round trip for the salts
// and one for an HSET and a ZADD to the due set per partition and one ZADD
// per person.
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
	payloads := map[int][]any{}
	due := map[int][]redis.Z{}
	byPerson := map[string][]redis.Z{}
	for _, j := range jobs {
		if ref, ok := refs[j.ID]; ok {
			j.ID = ref
		}
		raw, err := encodeJob(j)
		if err != nil {
			return err
		}
		z := redis.Z{Score: float64(j.Due.UnixMilli()), Member: j.ID}
		n := QueuePart(j.Person)
		payloads[n] = append(payloads[n], j.ID, raw)
		due[n] = append(due[n], z)
		byPerson[j.Person] = append(byPerson[j.Person], z)
	}
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n, zs := range due {
			q := r.keys.part(n)
			p.HSet(ctx, q.jobs, payloads[n]...)
			p.ZAdd(ctx, q.due, zs...)
		}
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
	raws, err := r.rdb.HMGet(ctx, r.keys.partOf(person).jobs, ids...).Result()
	if err != nil {
		return nil, fmt.Errorf("load person's jobs: %w", err)
	}
	if err := r.fillFromLegacy(ctx, ids, raws); err != nil {
		return nil, err
	}
	var jobs []coach.Job
	var gone []any
	for i, raw := range raws {
		s, ok := raw.(string)
		if !ok {
			gone = append(gone, ids[i])
			continue
		}
		j, err := decodeJob(ids[i], s)
		if err != nil {
			return nil, err
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

// fillFromLegacy looks up in the single queue of before partitions the
// jobs that were not found in a partition (raws[i] nil), while that queue
// still holds anything.
func (r *Redis) fillFromLegacy(ctx context.Context, ids []string, raws []any) error {
	if !r.legacy.Load() {
		return nil
	}
	var missing []string
	var at []int
	for i, raw := range raws {
		if raw == nil {
			missing = append(missing, ids[i])
			at = append(at, i)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	old, err := r.rdb.HMGet(ctx, r.keys.legacyQueue().jobs, missing...).Result()
	if err != nil {
		return fmt.Errorf("load person's jobs from the single queue: %w", err)
	}
	for i, raw := range old {
		raws[at[i]] = raw
	}
	return nil
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
	queues := []queueKeys{r.keys.partOf(person)}
	if r.legacy.Load() {
		queues = append(queues, r.keys.legacyQueue())
	}
	_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, q := range queues {
			p.ZRem(ctx, q.due, members...)
			p.HDel(ctx, q.jobs, all...)
		}
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

// Claim implements scheduler.Queue. It takes jobs from the partitions in
// turn (round robin), starting after the partition its last claim ended
// on, and goes on to the next partition while the batch is not full; so a
// process works every partition fairly, and a batch short of max means
// nothing else is due. Each process starts its turn at a partition of its
// own choosing (at random), so several share the partitions. A job whose
// payload is gone (cancelled meanwhile) is acknowledged and skipped.
//
// Once a second (claim time) it first takes, from every partition, the
// jobs whose lease ran out (their worker died): with a backlog, the turn
// might otherwise come back to their partition only many batches later.
func (r *Redis) Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]coach.Job, error) {
	queues := r.queues()
	start := int(r.cursor.Load() % uint32(len(queues)))
	jobs, err := r.sweepLeases(ctx, queues, now, max, lease)
	if err != nil {
		return nil, err
	}
	last := start - 1
	var skipped error
	for i := 0; i < len(queues) && len(jobs) < max; i++ {
		n := (start + i) % len(queues)
		got, err := r.claimFrom(ctx, queues[n], now, max-len(jobs), lease)
		if r.skippable(err) {
			skipped = err // a master down: the other partitions go on (failover.go)
			continue
		}
		if err != nil {
			return nil, err // those claimed already come back when their lease runs out
		}
		jobs = append(jobs, got...)
		last = n
	}
	r.cursor.Store(uint32((last + 1 + len(queues)) % len(queues)))
	if skipped != nil && len(jobs) == 0 {
		return nil, skipped
	}
	return jobs, nil
}

// sweepInterval is how often (claim time) Claim looks in every partition
// for leases that ran out: one pipeline of a ZCOUNT per partition.
const sweepInterval = time.Second

// sweepLeases claims, up to max, the jobs whose lease ran out, from every
// partition that has any, at most once per sweepInterval.
func (r *Redis) sweepLeases(ctx context.Context, queues []queueKeys, now time.Time, max int, lease time.Duration) ([]coach.Job, error) {
	at := now.UnixMilli()
	last := r.sweptLeases.Load()
	if at-last < sweepInterval.Milliseconds() || !r.sweptLeases.CompareAndSwap(last, at) {
		return nil, nil
	}
	counts := make([]*redis.IntCmd, len(queues))
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, q := range queues {
			counts[i] = p.ZCount(ctx, q.leased, "-inf", strconv.FormatInt(at, 10))
		}
		return nil
	})
	if err != nil && !r.skippable(err) {
		return nil, fmt.Errorf("look for leases run out: %w", err)
	}
	var jobs []coach.Job
	for i, c := range counts {
		if c.Err() != nil || c.Val() == 0 || len(jobs) >= max {
			continue // a master down: its partitions are swept once it is back
		}
		// The claim script takes the jobs whose lease ran out first.
		got, err := r.claimFrom(ctx, queues[i], now, min(max-len(jobs), int(c.Val())), lease)
		if r.skippable(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, got...)
	}
	return jobs, nil
}

// queues is every partition, and the single queue of before partitions
// while it holds anything.
func (r *Redis) queues() []queueKeys {
	n := QueueParts
	if r.legacy.Load() {
		n++
	}
	out := make([]queueKeys, 0, n)
	for i := range QueueParts {
		out = append(out, r.keys.part(i))
	}
	if r.legacy.Load() {
		out = append(out, r.keys.legacyQueue())
	}
	return out
}

// claimFrom claims up to max jobs from one partition.
func (r *Redis) claimFrom(ctx context.Context, q queueKeys, now time.Time, max int, lease time.Duration) ([]coach.Job, error) {
	res, err := claimScript.Run(ctx, r.rdb, []string{q.due, q.leased, q.jobs, q.done},
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
		j, err := decodeJob(id, raw)
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, j)
	}
	if len(orphans) > 0 {
		if err := r.ackIn(ctx, q, now, orphans); err != nil {
			return nil, err
		}
	}
	if q.legacy {
		return jobs, r.rehome(ctx, jobs, now.Add(lease))
	}
	if r.legacy.Load() {
		return r.dropDoneBefore(ctx, q, now, jobs)
	}
	return jobs, nil
}

// rehome moves jobs claimed from the single queue of before partitions
// into their person's partition, leased as they were, so that Ack, Retry
// and DeadLetter find them there. The lease is written in the partition
// before it is removed from the single queue: a crash in between leaves
// the job leased in both, and it runs again, under the same id (so the
// same nonce), as after any crash between a send and its acknowledgement.
func (r *Redis) rehome(ctx context.Context, jobs []coach.Job, until time.Time) error {
	if len(jobs) == 0 {
		return nil
	}
	old := r.keys.legacyQueue()
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, j := range jobs {
			raw, err := encodeJob(j)
			if err != nil {
				return err
			}
			q := r.keys.partOf(j.Person)
			p.HSet(ctx, q.jobs, j.ID, raw)
			p.ZAdd(ctx, q.leased, redis.Z{Score: float64(until.UnixMilli()), Member: j.ID})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("move jobs from the single queue to their partitions: %w", err)
	}
	ids := make([]any, len(jobs))
	fields := make([]string, len(jobs))
	for i, j := range jobs {
		ids[i], fields[i] = j.ID, j.ID
	}
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, old.leased, ids...)
		p.HDel(ctx, old.jobs, fields...)
		return nil
	})
	return wrap("move jobs from the single queue to their partitions", err)
}

// dropDoneBefore drops (and acknowledges) the claimed jobs that the single
// queue of before partitions remembers as done: a day planned again after
// the move to partitions is not sent twice. It costs a round trip per
// claim only while that queue holds anything.
func (r *Redis) dropDoneBefore(ctx context.Context, q queueKeys, now time.Time, jobs []coach.Job) ([]coach.Job, error) {
	if len(jobs) == 0 {
		return jobs, nil
	}
	ids := make([]string, len(jobs))
	for i, j := range jobs {
		ids[i] = j.ID
	}
	old := r.keys.legacyQueue().done
	var look *redis.FloatSliceCmd
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		// Forget what is older than any plan, at most once a minute, so
		// that the single queue empties and this look-up stops.
		if at := now.UnixMilli(); at-r.prunedLegacy.Load() >= time.Minute.Milliseconds() {
			r.prunedLegacy.Store(at)
			p.ZRemRangeByScore(ctx, old, "-inf", strconv.FormatInt(now.Add(-doneFor).UnixMilli(), 10))
		}
		look = p.ZMScore(ctx, old, ids...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("look up done jobs in the single queue: %w", err)
	}
	done := look.Val()
	var keep []coach.Job
	var stale []string
	for i, j := range jobs {
		if done[i] != 0 {
			stale = append(stale, j.ID)
		} else {
			keep = append(keep, j)
		}
	}
	if len(stale) > 0 {
		if err := r.ackIn(ctx, q, now, stale); err != nil {
			return nil, err
		}
	}
	return keep, nil
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

// Ack implements scheduler.Queue: each job leaves its person's partition,
// one script per partition. A job still under its readable name (one
// planned before opaque ids) is remembered as done under its opaque id,
// so that nothing readable enters the done set any more.
func (r *Redis) Ack(ctx context.Context, now time.Time, jobs ...coach.Job) error {
	byPart := map[int][]string{}
	var order []int
	for _, j := range jobs {
		n := QueuePart(j.Person)
		if _, ok := byPart[n]; !ok {
			order = append(order, n)
		}
		byPart[n] = append(byPart[n], j.ID)
	}
	for _, n := range order {
		err := r.ackIn(ctx, r.keys.part(n), now, byPart[n])
		if r.skippable(err) {
			r.log.Warn("jobs not acknowledged: their master is unreachable; their lease brings them back, sent again under the same nonce", "jobs", len(byPart[n]), "err", err)
			continue
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// ackIn acknowledges jobs of one partition by id.
func (r *Redis) ackIn(ctx context.Context, q queueKeys, now time.Time, ids []string) error {
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
	err = ackScript.Run(ctx, r.rdb, []string{q.leased, q.jobs, q.done}, args...).Err()
	return wrap("acknowledge jobs", err)
}

// Retry implements scheduler.Queue. A job still under its readable name
// goes back under its opaque id.
func (r *Redis) Retry(ctx context.Context, job coach.Job, at time.Time) error {
	name, err := r.renamed(ctx, &job)
	if err != nil {
		return err
	}
	raw, err := encodeJob(job)
	if err != nil {
		return err
	}
	q := r.keys.partOf(job.Person)
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, q.leased, job.ID)
		if name != "" {
			p.ZRem(ctx, q.leased, name)
			p.HDel(ctx, q.jobs, name)
		}
		p.HSet(ctx, q.jobs, job.ID, raw)
		p.ZAdd(ctx, q.due, redis.Z{Score: float64(at.UnixMilli()), Member: job.ID})
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
	q := r.keys.partOf(job.Person)
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, id := range []string{job.ID, name} {
			if id != "" {
				p.ZRem(ctx, q.leased, id)
				p.HDel(ctx, q.jobs, id)
			}
		}
		p.HSet(ctx, q.dead, job.ID, raw)
		return nil
	})
	return wrap("dead-letter job", err)
}

// DeadLetters counts the jobs set aside for good, in every partition.
func (r *Redis) DeadLetters(ctx context.Context) (int64, error) {
	queues := r.queues()
	counts := make([]*redis.IntCmd, len(queues))
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, q := range queues {
			counts[i] = p.HLen(ctx, q.dead)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("count dead letters: %w", err)
	}
	var n int64
	for _, c := range counts {
		n += c.Val()
	}
	return n, nil
}

// NextDue returns when the earliest job falls due (or its lease runs out),
// in any partition, and false when nothing is waiting. It peeks at every
// partition and at the single queue of before partitions in one pipeline
// (on a Cluster, one round trip per master), and notices on the way whether
// that single queue still holds anything (an older replica may still write
// to it during a rolling upgrade), for Claim to drain it.
func (r *Redis) NextDue(ctx context.Context) (time.Time, bool, error) {
	queues := append(r.queues()[:QueueParts], r.keys.legacyQueue())
	old := r.keys.legacyQueue()
	var legacy *redis.IntCmd
	peeks := make([]*redis.ZSliceCmd, 0, 2*len(queues))
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, q := range queues {
			peeks = append(peeks, p.ZRangeWithScores(ctx, q.due, 0, 0), p.ZRangeWithScores(ctx, q.leased, 0, 0))
		}
		legacy = p.Exists(ctx, old.due, old.leased, old.jobs, old.done, old.dead)
		return nil
	})
	if err != nil {
		return time.Time{}, false, fmt.Errorf("peek next job: %w", err)
	}
	r.legacy.Store(legacy.Val() > 0)
	var next time.Time
	found := false
	for _, peek := range peeks {
		if zs := peek.Val(); len(zs) == 1 {
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

// Extend implements scheduler.Queue: the claimed jobs still leased are
// leased until until, one ZADD XX GT per partition, in one pipeline. A job
// acknowledged or put back meanwhile is not leased again (XX), and a lease
// is never shortened (GT).
func (r *Redis) Extend(ctx context.Context, until time.Time, jobs ...coach.Job) error {
	if len(jobs) == 0 {
		return nil
	}
	score := float64(until.UnixMilli())
	byPart := map[int][]redis.Z{}
	for _, j := range jobs {
		n := QueuePart(j.Person)
		byPart[n] = append(byPart[n], redis.Z{Score: score, Member: j.ID})
	}
	cmds, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n, zs := range byPart {
			p.ZAddArgs(ctx, r.keys.part(n).leased, redis.ZAddArgs{XX: true, GT: true, Members: zs})
		}
		return nil
	})
	if r.skippable(err) && slices.ContainsFunc(cmds, func(c redis.Cmder) bool { return c.Err() == nil }) {
		// A master down: the leases there run out, and those jobs may run
		// again elsewhere (under the same nonce); the rest are extended.
		r.log.Warn("leases not extended where their master is unreachable", "err", err)
		return nil
	}
	return wrap("extend leases", err)
}
