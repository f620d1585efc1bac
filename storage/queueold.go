package storage

import (
	"cmp"
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

// The layouts of before, drained.
//
// Versions before kept the queue one member per job: in each partition a
// due set and a leased set of job ids, a hash of payloads by id and a done
// set, and the person's own list of their job ids ({u:<id>}:jobs); and
// before partitions, the same in a single queue ({sched}). A running
// deployment upgrades with jobs waiting there, and older replicas may go
// on writing there during a rolling upgrade. So while a partition's
// per-job keys hold a job due or leased (NextDue looks, and the store when
// it opens, and Erase), Claim also claims from them, and moves what it
// claimed into the person's field as claimed (adoptScript: in the same
// step, since both layouts of a partition share its slot); from there
// Ack, Retry, DeadLetter and Extend see it as any other job. Upcoming
// reads, and Cancel cancels, both layouts. Schedule does not plan again
// an id the partition's done set still holds, and the done sets empty
// themselves after doneFor. Payloads left with nothing due or leased are
// dropped when NextDue looks; once nothing is left, NextDue looks again
// only once per oldRecheck, and Upcoming reads the person's field alone.

// oldClaimScript moves up to ARGV[2] jobs of the per-job layout that are
// due at ARGV[1] (or whose lease ran out) into its leased set until
// ARGV[3], and returns their ids and payloads interleaved. A due id that
// was already acknowledged is dropped instead.
var oldClaimScript = redis.NewScript(`
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

// oldAckScript removes finished jobs of the per-job layout (ARGV[3] of
// them, from ARGV[4] on) and remembers the ids that follow with the time,
// forgetting those older than ARGV[2].
var oldAckScript = redis.NewScript(`
local n = tonumber(ARGV[3])
redis.call('ZREM', KEYS[1], unpack(ARGV, 4, 3 + n))
redis.call('HDEL', KEYS[2], unpack(ARGV, 4, 3 + n))
local done = {}
for i = 4 + n, #ARGV do
  done[#done + 1] = ARGV[1]
  done[#done + 1] = ARGV[i]
end
if #done > 0 then redis.call('ZADD', KEYS[3], unpack(done)) end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[2])
return #done / 2
`)

// claimOld claims up to max jobs from the per-job layout of a partition
// (or the single queue), and moves them into their people's fields.
func (r *Redis) claimOld(ctx context.Context, q queueKeys, now time.Time, max int, lease time.Duration) ([]coach.Job, error) {
	res, err := oldClaimScript.Run(ctx, r.rdb, []string{q.due, q.leased, q.jobs, q.done},
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
		if err := r.oldAckIn(ctx, q, now, orphans); err != nil {
			return nil, err
		}
	}
	return r.adopt(ctx, q, jobs, now.Add(lease))
}

// adopt moves jobs claimed from the per-job layout into their people's
// fields, claimed until until, and returns those moved. From a partition
// it is one step there (adoptScript). From the single queue of before
// partitions, which is another slot, the jobs are written in their
// partition before they are removed from the single queue: a crash in
// between leaves the job claimed in both, and it runs again, under the
// same id (so the same nonce), as after any crash between a send and its
// acknowledgement.
func (r *Redis) adopt(ctx context.Context, q queueKeys, jobs []coach.Job, until time.Time) ([]coach.Job, error) {
	if len(jobs) == 0 {
		return nil, nil
	}
	byPart := map[int][]any{}
	var order []int
	for _, j := range jobs {
		raw, err := encodeLine(j)
		if err != nil {
			return nil, err
		}
		n := QueuePart(j.Person)
		if _, ok := byPart[n]; !ok {
			order = append(order, n)
		}
		byPart[n] = append(byPart[n], j.Person, j.ID, strconv.FormatInt(j.Due.UnixMilli(), 36), string(raw))
	}
	moved := map[string]bool{}
	for _, n := range order {
		p := r.keys.part(n)
		keys := p.scriptKeys(p.leases)
		if !q.legacy {
			keys = append(keys, q.leased, q.jobs)
		}
		args := append([]any{noCutoff, doneFor.Milliseconds(), until.UnixMilli()}, byPart[n]...)
		ids, err := adoptScript.Run(ctx, r.rdb, keys, args...).StringSlice()
		if err != nil {
			return nil, fmt.Errorf("move claimed jobs of before into their people's entries: %w", err)
		}
		for _, id := range ids {
			moved[id] = true
		}
	}
	if q.legacy {
		ids := make([]any, len(jobs))
		fields := make([]string, len(jobs))
		for i, j := range jobs {
			ids[i], fields[i] = j.ID, j.ID
		}
		_, err := r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.ZRem(ctx, q.leased, ids...)
			p.HDel(ctx, q.jobs, fields...)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("move jobs from the single queue to their partitions: %w", err)
		}
	}
	// Their people's lists of before are another slot each: a crash
	// before this leaves an id there, which Upcoming prunes.
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, j := range jobs {
			p.ZRem(ctx, r.keys.personJobs(j.Person), j.ID)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("move claimed jobs of before out of their people's lists: %w", err)
	}
	var out []coach.Job
	for _, j := range jobs {
		if moved[j.ID] {
			out = append(out, j)
		}
	}
	return out, nil
}

// oldAckIn acknowledges jobs of the per-job layout by id: those claimed
// there whose payload was gone.
func (r *Redis) oldAckIn(ctx context.Context, q queueKeys, now time.Time, ids []string) error {
	refs, err := r.stepRefs(ctx, ids)
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
		if _, named := nameSubjects(id); named && refs[id] == "" {
			continue // its person is gone: remembered nowhere
		}
		args = append(args, cmp.Or(refs[id], id))
	}
	err = oldAckScript.Run(ctx, r.rdb, []string{q.leased, q.jobs, q.done}, args...).Err()
	return wrap("acknowledge jobs", err)
}

// dropDoneBefore drops (and acknowledges) the claimed jobs that the single
// queue of before partitions remembers as done: a day planned again after
// the move to partitions is not sent twice. It costs a round trip per
// claim only while that queue holds anything.
func (r *Redis) dropDoneBefore(ctx context.Context, now time.Time, jobs []coach.Job) ([]coach.Job, error) {
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
	var keep, stale []coach.Job
	for i, j := range jobs {
		if done[i] != 0 {
			stale = append(stale, j)
		} else {
			keep = append(keep, j)
		}
	}
	if len(stale) > 0 {
		if err := r.Ack(ctx, now, stale...); err != nil {
			return nil, err
		}
	}
	return keep, nil
}

// upcomingOld lists a person's jobs waiting in the per-job layout (their
// own list, and the payloads in their partition or the single queue).
// Ids whose job is gone are pruned from the list on the way.
func (r *Redis) upcomingOld(ctx context.Context, person string) ([]coach.Job, error) {
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

// cancelOld removes jobs (by name and opaque id, all) from the per-job
// layout: the person's partition, the single queue while it holds
// anything, and the person's list. With all nil, every job on the
// person's list.
func (r *Redis) cancelOld(ctx context.Context, person string, all []string) error {
	if all == nil {
		ids, err := r.rdb.ZRange(ctx, r.keys.personJobs(person), 0, -1).Result()
		if err != nil {
			return wrap("list jobs to cancel", err)
		}
		if len(ids) == 0 {
			return nil
		}
		refs, err := r.refs(ctx, ids, false)
		if err != nil {
			return err
		}
		all = withRefs(ids, refs)
	}
	members := make([]any, len(all))
	for i, id := range all {
		members[i] = id
	}
	queues := []queueKeys{r.keys.partOf(person)}
	if r.legacy.Load() {
		queues = append(queues, r.keys.legacyQueue())
	}
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, q := range queues {
			p.ZRem(ctx, q.due, members...)
			p.HDel(ctx, q.jobs, all...)
		}
		p.ZRem(ctx, r.keys.personJobs(person), members...)
		return nil
	})
	return wrap("cancel jobs", err)
}

// findOldLayout notes which partitions' per-job keys hold a job to drain
// (due or leased), and whether the single queue of before partitions
// holds anything: one pipeline, one EXISTS per partition (its keys share
// a slot). Payloads left without a job to drain (orphans: a crash between
// two steps of a version before) can never run, so they go, once found
// orphaned at two looks at least oldRecheck apart (dropOrphans); else
// they would keep the layout looked at, claimed from and listed forever.
func (r *Redis) findOldLayout(ctx context.Context) error {
	single := r.keys.legacyQueue()
	var legacy, legacyJobs *redis.IntCmd
	exists := make([]*redis.IntCmd, QueueParts)
	payloads := make([]*redis.IntCmd, QueueParts)
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n := range QueueParts {
			q := r.keys.part(n)
			exists[n] = p.Exists(ctx, q.due, q.leased)
			payloads[n] = p.Exists(ctx, q.jobs)
		}
		legacy = p.Exists(ctx, single.due, single.leased, single.done, single.dead)
		legacyJobs = p.Exists(ctx, single.jobs)
		return nil
	})
	if err != nil {
		return fmt.Errorf("look for jobs in the layout of before: %w", err)
	}
	var mask uint32
	var orphans []queueKeys
	for n, e := range exists {
		switch {
		case e.Val() > 0:
			mask |= 1 << n
		case payloads[n].Val() > 0:
			orphans = append(orphans, r.keys.part(n))
		}
	}
	if legacyJobs.Val() > 0 {
		// The single queue's done and dead sets stay, for their time;
		// its payloads go once nothing there is due or leased.
		orphans = append(orphans, single)
	}
	for _, q := range orphans {
		if err := r.dropOrphans(ctx, q); err != nil {
			return err
		}
	}
	r.oldParts.Store(mask)
	left := legacy.Val() > 0
	r.legacy.Store(left)
	if mask == 0 && !left {
		r.oldGoneAt.Store(time.Now().UnixMilli())
	} else {
		r.oldGoneAt.Store(0)
	}
	return nil
}

// orphanLook is the orphans of one payload hash found at a look, and when
// (Unix ms, wall clock).
type orphanLook struct {
	ids []string
	at  int64
}

// maxOrphans is how many orphans one look notes in one payload hash; the
// rest are noted at later looks.
const maxOrphans = 1000

// dropOrphans drops the payloads of q that were orphans (neither due nor
// leased) at the last look, at least oldRecheck ago, and still are, and
// notes the orphans of now for the next look. Not at once: an older
// replica of a rolling upgrade schedules with a plain pipeline, HSET of
// the payload then ZADD to due, and a look between the two would drop
// the payload of a job about to be due, which claim would then
// acknowledge as having none: the job would be lost. A job stays half
// written for no longer than a round trip, never for oldRecheck.
func (r *Redis) dropOrphans(ctx context.Context, q queueKeys) error {
	now := time.Now().UnixMilli()
	r.orphanMu.Lock()
	seen, ok := r.orphanSeen[q.jobs]
	r.orphanMu.Unlock()
	if ok && now-seen.at < oldRecheck.Milliseconds() {
		return nil
	}
	args := make([]any, 0, len(seen.ids)+1)
	args = append(args, maxOrphans)
	for _, id := range seen.ids {
		args = append(args, id)
	}
	ids, err := dropOrphansScript.Run(ctx, r.rdb, []string{q.due, q.leased, q.jobs}, args...).StringSlice()
	if err != nil && !isNil(err) {
		return fmt.Errorf("drop orphaned jobs of the layout of before: %w", err)
	}
	r.orphanMu.Lock()
	defer r.orphanMu.Unlock()
	if len(ids) == 0 {
		delete(r.orphanSeen, q.jobs)
		return nil
	}
	if r.orphanSeen == nil {
		r.orphanSeen = map[string]orphanLook{}
	}
	r.orphanSeen[q.jobs] = orphanLook{ids: ids, at: now}
	return nil
}

// dropOrphansScript deletes from a per-job layout's payloads (KEYS[3])
// those of ARGV[2] on (the orphans of the last look) that are still
// neither due (KEYS[1]) nor leased (KEYS[2]), and returns the orphans
// there now, at most ARGV[1] of them.
var dropOrphansScript = redis.NewScript(`
local function orphan(id)
  return not redis.call('ZSCORE', KEYS[1], id) and not redis.call('ZSCORE', KEYS[2], id)
end
for i = 2, #ARGV do
  local id = ARGV[i]
  if orphan(id) then redis.call('HDEL', KEYS[3], id) end
end
local out, most = {}, tonumber(ARGV[1])
for _, id in ipairs(redis.call('HKEYS', KEYS[3])) do
  if #out >= most then break end
  if orphan(id) then out[#out + 1] = id end
end
return out
`)

// oldRecheck is how often NextDue looks again for the layouts of before
// once they held nothing: an older replica of a rolling upgrade may still
// write there, and its jobs must not be stranded.
const oldRecheck = time.Minute

// lookForOldLayout is findOldLayout on each call while the layouts of
// before hold anything, and once they are empty at most once per
// oldRecheck: Claim and NextDue then cost nothing more for them.
func (r *Redis) lookForOldLayout(ctx context.Context) error {
	if gone := r.oldGoneAt.Load(); gone != 0 && time.Now().UnixMilli()-gone < oldRecheck.Milliseconds() {
		return nil
	}
	return r.findOldLayout(ctx)
}

// holdsOld reports whether a person's partition, or the single queue of
// before partitions, holds anything of the per-job layout (as last
// looked): Upcoming reads the person's list of before only then.
func (r *Redis) holdsOld(person string) bool {
	return r.oldParts.Load()&(1<<QueuePart(person)) != 0 || r.legacy.Load()
}

// oldQueues is the partitions whose per-job layout holds anything, and the
// single queue of before partitions while it does.
func (r *Redis) oldQueues() []queueKeys {
	var out []queueKeys
	mask := r.oldParts.Load()
	for n := range QueueParts {
		if mask&(1<<n) != 0 {
			out = append(out, r.keys.oldPart(n))
		}
	}
	if r.legacy.Load() {
		out = append(out, r.keys.legacyQueue())
	}
	return out
}
