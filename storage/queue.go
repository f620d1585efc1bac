package storage

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

var _ coach.Queue = (*Redis)(nil)

// The queue keeps a person's jobs together: one field of their
// partition's people hash (QueuePart), named by the person, holds every
// job of theirs, waiting (P), claimed (L) or done (D, its id kept for
// doneFor so that a day planned again is not sent twice), one a line
// (queuescripts.go). The partition's next set has one member per person,
// scored by their earliest waiting job, and leases one per claimed job.
// A job thus costs a line of ~80 bytes in a small field, where one member
// per job in a sorted set alone cost ~137 (BENCHMARKS.md, issue 17 goal
// 3). Every change is one Lua step per partition, on whole people, and
// costs the same few commands however many people it holds. /delete
// removes the person's field (Erase). The layouts of before are drained
// (queueold.go).

// noCutoff is the cut-off of steps that do not know the time: they forget
// no done id.
const noCutoff = -1 << 52

// scriptKeys are the keys every queue step starts with, then extra.
func (q queueKeys) scriptKeys(extra ...string) []string {
	return append([]string{q.people, q.next, q.forget, q.pending}, extra...)
}

// keep is the first two arguments of a queue step at now: the cut-off
// before which done ids are forgotten, and doneFor.
func keep(now time.Time) []any {
	return []any{now.Add(-doneFor).UnixMilli(), doneFor.Milliseconds()}
}

// stepPeople is how many people one step takes at most (Lua's unpack has
// a limit).
const stepPeople = 500

// scriptCall is one queue step, for runScripts.
type scriptCall struct {
	script *redis.Script
	keys   []string
	args   []any
	people int
}

// runScripts runs steps in one pipeline (EVALSHA; on a Cluster, one round
// trip per master). Steps whose script the server did not have yet (a
// fresh server, a new master after a failover) run again once their
// scripts are loaded, in one more pipeline; where loading fails, each on
// its own (EVAL).
func (r *Redis) runScripts(ctx context.Context, calls []scriptCall) ([]*redis.Cmd, error) {
	cmds := make([]*redis.Cmd, len(calls))
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, c := range calls {
			cmds[i] = c.script.EvalSha(ctx, p, c.keys, c.args...)
		}
		return nil
	})
	if err == nil {
		return cmds, nil
	}
	var again []int
	loaded := map[*redis.Script]error{}
	for i, c := range calls {
		if e := cmds[i].Err(); e != nil && redis.HasErrorPrefix(e, "NOSCRIPT") {
			again = append(again, i)
			if _, ok := loaded[c.script]; !ok {
				loaded[c.script] = c.script.Load(ctx, r.rdb).Err()
			}
		}
	}
	if len(again) > 0 {
		_, _ = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, i := range again {
				if c := calls[i]; loaded[c.script] == nil {
					cmds[i] = c.script.EvalSha(ctx, p, c.keys, c.args...)
				}
			}
			return nil
		})
		for _, i := range again {
			if c := calls[i]; loaded[c.script] != nil {
				cmds[i] = c.script.Run(ctx, r.rdb, c.keys, c.args...)
			}
		}
	}
	for _, c := range cmds {
		if err := c.Err(); err != nil && !isNil(err) {
			return cmds, err
		}
	}
	return cmds, nil
}

// Schedule implements coach.Queue. A job with an existing ID is replaced:
// planning the same day twice schedules it once; a job done already is not
// planned again, and one running keeps running. The job is kept under its
// opaque id (jobref.go), in its person's field of their partition of the
// queue. However many jobs, it costs one round trip for the salts and one
// for a step per partition.
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
	type person struct {
		part int
		args []any
	}
	people := map[string]*person{}
	var order []string
	for _, j := range jobs {
		if ref, ok := refs[j.ID]; ok {
			j.ID = ref
		}
		if j.ID == "" || strings.ContainsAny(j.ID, " \t\r\n") {
			return fmt.Errorf("schedule job %q: an id has no spaces", j.ID)
		}
		raw, err := encodeLine(j)
		if err != nil {
			return err
		}
		p, ok := people[j.Person]
		if !ok {
			p = &person{part: QueuePart(j.Person)}
			people[j.Person] = p
			order = append(order, j.Person)
		}
		p.args = append(p.args, j.ID, strconv.FormatInt(j.Due.UnixMilli(), 36), string(raw))
	}
	var calls []scriptCall
	open := map[int]int{} // partition -> its call still taking people
	for _, id := range order {
		p := people[id]
		i, ok := open[p.part]
		if !ok || calls[i].people >= stepPeople {
			q := r.keys.part(p.part)
			calls = append(calls, scriptCall{script: scheduleScript, keys: q.scriptKeys(q.done),
				args: []any{noCutoff, doneFor.Milliseconds()}})
			i = len(calls) - 1
			open[p.part] = i
		}
		calls[i].people++
		calls[i].args = append(calls[i].args, id, len(p.args)/3)
		calls[i].args = append(calls[i].args, p.args...)
	}
	if _, err := r.runScripts(ctx, calls); err != nil {
		return fmt.Errorf("schedule %d jobs: %w", len(jobs), err)
	}
	return nil
}

// entry is one line of a person's field.
type entry struct {
	id    string
	state byte   // 'P' waiting, 'L' claimed, 'D' done
	rest  string // "<at>|<job>" for P and L
}

// entries reads a person's field.
func entries(field string) []entry {
	var out []entry
	for line := range strings.SplitSeq(field, "\n") {
		id, rest, ok := strings.Cut(line, " ")
		if !ok || rest == "" {
			continue
		}
		out = append(out, entry{id: id, state: rest[0], rest: rest[1:]})
	}
	return out
}

// decodeEntry reads a waiting or claimed job of person from "<at>|<job>".
func decodeEntry(person, id, rest string) (coach.Job, error) {
	_, raw, ok := strings.Cut(rest, "|")
	if !ok {
		return coach.Job{}, fmt.Errorf("decode job %s: no due time", id)
	}
	return decodeLine(person, id, raw)
}

// notDone decodes a person's field of a partition's people hash: their
// waiting and claimed jobs (done ids are left out).
func notDone(person, field string) ([]coach.Job, error) {
	var jobs []coach.Job
	for _, e := range entries(field) {
		if e.state != 'P' && e.state != 'L' {
			continue
		}
		j, err := decodeEntry(person, e.id, e.rest)
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, j)
	}
	return jobs, nil
}

// Upcoming implements coach.Queue: the person's jobs waiting or running,
// by due time (then id), in both layouts (the per-job layout of before
// only while the person's partition, or the single queue, holds any of
// it: findOldLayout).
//
// Once the layouts of before were found empty they are looked at again
// once a minute only (oldRecheck), so during a rolling upgrade a job an
// older replica writes there in that minute can be missing from
// Upcoming until the next look. Nothing is lost: Claim finds it at that
// look, and Cancel reads both layouts whatever was last seen.
func (r *Redis) Upcoming(ctx context.Context, person string) ([]coach.Job, error) {
	if err := checkID(person); err != nil {
		return nil, err
	}
	field, err := r.rdb.HGet(ctx, r.keys.partOf(person).people, person).Result()
	if err != nil && !isNil(err) {
		return nil, fmt.Errorf("load person's jobs: %w", err)
	}
	jobs, err := notDone(person, field)
	if err != nil {
		return nil, err
	}
	if !r.holdsOld(person) {
		return sortJobs(jobs), nil
	}
	seen := map[string]bool{}
	for _, j := range jobs {
		seen[j.ID] = true
	}
	old, err := r.upcomingOld(ctx, person)
	if err != nil {
		return nil, err
	}
	for _, j := range old {
		if !seen[j.ID] {
			jobs = append(jobs, j)
		}
	}
	return sortJobs(jobs), nil
}

// sortJobs sorts jobs by due time, then id.
func sortJobs(jobs []coach.Job) []coach.Job {
	slices.SortStableFunc(jobs, func(a, b coach.Job) int {
		return cmp.Or(a.Due.Compare(b.Due), strings.Compare(a.ID, b.ID))
	})
	return jobs
}

// CancelAll implements coach.Queue. Done ids stay, for doneFor.
func (r *Redis) CancelAll(ctx context.Context, person string) error {
	if err := checkID(person); err != nil {
		return err
	}
	q := r.keys.partOf(person)
	err := cancelScript.Run(ctx, r.rdb, q.scriptKeys(), noCutoff, doneFor.Milliseconds(), person).Err()
	if err != nil && !isNil(err) {
		return fmt.Errorf("cancel jobs: %w", err)
	}
	return r.cancelOld(ctx, person, nil)
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
	q := r.keys.partOf(person)
	args := []any{noCutoff, doneFor.Milliseconds(), person}
	for _, id := range all {
		args = append(args, id)
	}
	if err := cancelScript.Run(ctx, r.rdb, q.scriptKeys(), args...).Err(); err != nil && !isNil(err) {
		return fmt.Errorf("cancel jobs: %w", err)
	}
	return r.cancelOld(ctx, person, all)
}

// erasedFor is how long the opaque id of a job whose person was erased
// while it ran is kept in erased: longer than any job runs.
const erasedFor = 24 * time.Hour

// dropPerson removes the person's field from their partition, done ids
// too, and their leases (/delete); the jobs they had claimed are marked
// erased, so that the worker running one leaves nothing of them when it
// acknowledges, retries or sets it aside (eraseScript). It runs while the
// person's salt still exists: a claimed job under its readable name is
// marked under its opaque id.
//
// A job of the per-job layout claimed under its readable name between
// the listing here and eraseScript is not in names, and the script cannot
// mark a name (it has no salt): it returns such names, and they are
// marked under their opaque ids in one more step, itself "all", so that
// what an ack wrote back in between goes too; and so on while a step
// finds more (each is a job taken off the per-job layout, so they end).
// Without it, acknowledging one before the final delete would write its
// done id back into a field named by the person (TestEraseWhileALegacyJobIsClaimed).
//
// Only jobs claimed into people's fields are marked. During a rolling
// upgrade a job an older replica claimed through the per-job layout's
// leased set is not: that replica ends it as it always did, and may
// record its id (a readable name names the person) as done there. This
// ends with the upgrade.
func (r *Redis) dropPerson(ctx context.Context, person string) error {
	q := r.keys.partOf(person)
	leases, err := r.rdb.ZRange(ctx, q.leases, 0, -1).Result()
	if err != nil {
		return fmt.Errorf("list leases: %w", err)
	}
	var names []string
	for _, m := range leases {
		if id, ok := strings.CutPrefix(m, person+"/"); ok && isName(id) {
			names = append(names, id)
		}
	}
	field, err := r.rdb.HGet(ctx, q.people, person).Result()
	if err != nil && !isNil(err) {
		return fmt.Errorf("load person's jobs: %w", err)
	}
	for _, e := range entries(field) {
		if e.state == 'L' && isName(e.id) {
			names = append(names, e.id)
		}
	}
	if afterPersonListed != nil {
		afterPersonListed()
	}
	marked := map[string]bool{}
	for {
		for _, n := range names {
			marked[n] = true
		}
		skipped, err := r.markErased(ctx, q, person, true, names)
		if err != nil {
			return err
		}
		names = nil
		for _, n := range skipped {
			if !marked[n] && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return nil
		}
	}
}

// afterPersonListed, when set (by tests), runs in dropPerson between its
// listing of the person's claimed jobs and eraseScript.
var afterPersonListed func()

// markErased runs eraseScript in q for person: with all, everything of
// theirs; otherwise the jobs ids only. Readable names among ids are
// marked under their opaque ids (while the salts exist; as an ack's
// would, one is made for a person who has none yet but still holds
// something, and goes with the rest at Erase's final delete). With all,
// it returns the readable names eraseScript found claimed and could not
// mark.
func (r *Redis) markErased(ctx context.Context, q queueKeys, person string, all bool, ids []string) ([]string, error) {
	refs, err := r.stepRefs(ctx, ids)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	args := []any{noCutoff, doneFor.Milliseconds(), person, now.UnixMilli(), now.Add(erasedFor).UnixMilli(), ""}
	if all {
		args[5] = "all"
	}
	for _, id := range withRefs(ids, refs) {
		args = append(args, id)
	}
	skipped, err := eraseScript.Run(ctx, r.rdb, q.scriptKeys(q.leases, q.erased), args...).StringSlice()
	if err != nil && !isNil(err) {
		return nil, fmt.Errorf("remove person's jobs: %w", err)
	}
	return skipped, nil
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

// Claim implements scheduler.Queue. It takes jobs from the partitions in
// turn (round robin), starting after the partition its last claim ended
// on, and goes on to the next partition while the batch is not full; so a
// process works every partition fairly, and a batch short of max means
// nothing else is due. Each process starts its turn at a partition of its
// own choosing (at random), so several share the partitions. In a
// partition, people are taken by their earliest due job, with all their
// jobs due (while the batch has room).
//
// Once a second (claim time) it first takes, from every partition, the
// jobs whose lease ran out (their worker died): with a backlog, the turn
// might otherwise come back to their partition only many batches later.
func (r *Redis) Claim(ctx context.Context, now time.Time, max int, lease time.Duration) ([]coach.Job, error) {
	queues := r.queues()
	start := int(r.cursor.Load() % uint32(len(queues)))
	forget := r.forgetting(now)
	jobs, err := r.sweepLeases(ctx, queues, now, max, lease)
	if err != nil {
		return nil, err
	}
	last := start - 1
	var skipped error
	for i := 0; i < len(queues) && len(jobs) < max; i++ {
		n := (start + i) % len(queues)
		got, err := r.claimFrom(ctx, queues[n], now, max-len(jobs), lease, forget)
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
			counts[i] = p.ZCount(ctx, q.leaseKey(), "-inf", strconv.FormatInt(at, 10))
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
		got, err := r.claimFrom(ctx, queues[i], now, min(max-len(jobs), int(c.Val())), lease, 0)
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

// queues is every partition, then the per-job layouts of before that
// hold anything (queueold.go).
func (r *Redis) queues() []queueKeys {
	out := make([]queueKeys, 0, QueueParts)
	for i := range QueueParts {
		out = append(out, r.keys.part(i))
	}
	return append(out, r.oldQueues()...)
}

// claimFrom claims up to max jobs from one partition, and forgets the old
// done ids of up to forget people there.
func (r *Redis) claimFrom(ctx context.Context, q queueKeys, now time.Time, max int, lease time.Duration, forget int) ([]coach.Job, error) {
	var jobs []coach.Job
	if q.old {
		var err error
		if jobs, err = r.claimOld(ctx, q, now, max, lease); err != nil {
			return nil, err
		}
	} else {
		args := append(keep(now), now.UnixMilli(), max, now.Add(lease).UnixMilli(), forget)
		res, err := claimScript.Run(ctx, r.rdb, q.scriptKeys(q.leases), args...).StringSlice()
		if err != nil && !isNil(err) {
			return nil, fmt.Errorf("claim jobs: %w", err)
		}
		for i := 0; i+2 < len(res); i += 3 {
			j, err := decodeEntry(res[i], res[i+1], res[i+2])
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, j)
		}
	}
	if r.legacy.Load() {
		return r.dropDoneBefore(ctx, now, jobs)
	}
	return jobs, nil
}

// forgetting is how many people, in each partition it visits, a claim at
// now forgets old done ids of: forgetPeople once per sweepInterval (claim
// time), none otherwise, which spares every other claim a command.
func (r *Redis) forgetting(now time.Time) int {
	at := now.UnixMilli()
	last := r.forgot.Load()
	if at-last < sweepInterval.Milliseconds() || !r.forgot.CompareAndSwap(last, at) {
		return 0
	}
	return forgetPeople
}

// forgetPeople is how many people's old done ids a claim forgets at most.
const forgetPeople = 100

// doneFor is how long an acknowledged id is remembered: longer than any
// plan, so re-planning a day never sends what was already sent.
const doneFor = 15 * 24 * time.Hour

// Ack implements scheduler.Queue: each job is marked done in its person's
// field, one step per partition. A job still under its readable name (one
// planned before opaque ids) is remembered as done under its opaque id,
// so that nothing readable is kept any more. A job cancelled while it ran
// is still remembered as done; one whose person was erased while it ran
// leaves nothing of them (dropPerson, ackScript).
func (r *Redis) Ack(ctx context.Context, now time.Time, jobs ...coach.Job) error {
	byPart := map[int][]coach.Job{}
	var order []int
	for _, j := range jobs {
		n := QueuePart(j.Person)
		if _, ok := byPart[n]; !ok {
			order = append(order, n)
		}
		byPart[n] = append(byPart[n], j)
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

// ackIn acknowledges jobs of one partition.
func (r *Redis) ackIn(ctx context.Context, q queueKeys, now time.Time, jobs []coach.Job) error {
	if len(jobs) == 0 {
		return nil
	}
	ids := make([]string, len(jobs))
	for i, j := range jobs {
		ids[i] = j.ID
	}
	refs, err := r.stepRefs(ctx, ids)
	if err != nil {
		return err
	}
	for len(jobs) > 0 {
		batch := jobs[:min(len(jobs), stepPeople)]
		jobs = jobs[len(batch):]
		args := append(keep(now), strconv.FormatInt(now.UnixMilli(), 36))
		for _, j := range batch {
			as, ok := refs[j.ID]
			if _, named := nameSubjects(j.ID); !ok && named {
				as = "!" // a name whose person is gone: remembered nowhere
			}
			args = append(args, j.Person, j.ID, as)
		}
		if err := ackScript.Run(ctx, r.rdb, q.scriptKeys(q.leases, q.erased), args...).Err(); err != nil && !isNil(err) {
			return fmt.Errorf("acknowledge jobs: %w", err)
		}
	}
	return nil
}

// Retry implements scheduler.Queue. A job still under its readable name
// goes back under its opaque id. A job done meanwhile stays done, and one
// cancelled or erased meanwhile stays gone.
func (r *Redis) Retry(ctx context.Context, job coach.Job, at time.Time) error {
	name, _, err := r.renamed(ctx, &job)
	if err != nil {
		return err
	}
	raw, err := encodeLine(job)
	if err != nil {
		return err
	}
	q := r.keys.partOf(job.Person)
	err = retryScript.Run(ctx, r.rdb, q.scriptKeys(q.leases), noCutoff, doneFor.Milliseconds(),
		job.Person, job.ID, strconv.FormatInt(at.UnixMilli(), 36), string(raw), name).Err()
	if err != nil && !isNil(err) {
		return fmt.Errorf("retry job: %w", err)
	}
	return nil
}

// renamed gives a job still under its readable name its opaque id, and
// returns the name it had ("" when it had an opaque id already). gone
// reports a name with no opaque id: a person it names was erased
// (stepRefs), so nothing of the job may be kept.
func (r *Redis) renamed(ctx context.Context, job *coach.Job) (name string, gone bool, err error) {
	if !isName(job.ID) {
		return "", false, nil
	}
	refs, err := r.stepRefs(ctx, []string{job.ID})
	if err != nil {
		return "", false, err
	}
	ref, ok := refs[job.ID]
	if _, named := nameSubjects(job.ID); !ok {
		return "", named, nil
	}
	name = job.ID
	job.ID = ref
	return name, false, nil
}

// DeadLetter implements scheduler.Queue. The reason is an error message of
// ours; it never holds what a person wrote. A job still under its readable
// name is set aside under its opaque id. Dead letters are kept for a while
// only: see ForgetDeadLetters. The job of a person erased while it ran is
// not set aside (eraseScript, deadLetterScript): a dead letter names them.
func (r *Redis) DeadLetter(ctx context.Context, job coach.Job, now time.Time, reason string) error {
	name, gone, err := r.renamed(ctx, &job)
	if err != nil {
		return err
	}
	var raw []byte
	if !gone {
		if raw, err = json.Marshal(deadLetter{Job: job, Reason: reason, At: now}); err != nil {
			return fmt.Errorf("encode dead letter: %w", err)
		}
	}
	q := r.keys.partOf(job.Person)
	err = deadLetterScript.Run(ctx, r.rdb, q.scriptKeys(q.leases, q.dead, q.erased), noCutoff, doneFor.Milliseconds(),
		job.Person, job.ID, string(raw), name).Err()
	if err != nil && !isNil(err) {
		return fmt.Errorf("dead-letter job: %w", err)
	}
	return nil
}

// DeadLetters counts the jobs set aside for good, in every partition.
func (r *Redis) DeadLetters(ctx context.Context) (int64, error) {
	queues := r.deadQueues()
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

// deadQueues is every partition, and the single queue of before
// partitions while it holds anything: each has a dead-letter hash (a
// partition's, both its layouts share).
func (r *Redis) deadQueues() []queueKeys {
	var out []queueKeys
	for i := range QueueParts {
		out = append(out, r.keys.part(i))
	}
	if r.legacy.Load() {
		out = append(out, r.keys.legacyQueue())
	}
	return out
}

// NextDue returns when the earliest job falls due (or its lease runs out),
// in any partition, and false when nothing is waiting. It peeks at every
// partition in one pipeline (on a Cluster, one round trip per master), and
// notices on the way whether the layouts of before still hold anything
// (an older replica may still write to them during a rolling upgrade),
// for Claim to drain them.
func (r *Redis) NextDue(ctx context.Context) (time.Time, bool, error) {
	if err := r.lookForOldLayout(ctx); err != nil {
		return time.Time{}, false, err
	}
	var peeks []*redis.ZSliceCmd
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, q := range r.queues() {
			if q.old {
				peeks = append(peeks, p.ZRangeWithScores(ctx, q.due, 0, 0), p.ZRangeWithScores(ctx, q.leased, 0, 0))
				continue
			}
			peeks = append(peeks, p.ZRangeWithScores(ctx, q.next, 0, 0), p.ZRangeWithScores(ctx, q.leases, 0, 0))
		}
		return nil
	})
	if err != nil {
		return time.Time{}, false, fmt.Errorf("peek next job: %w", err)
	}
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
// acknowledged or put back meanwhile, or whose person was erased (Erase
// drops their leases), is not leased again (XX), and a lease is never
// shortened (GT).
func (r *Redis) Extend(ctx context.Context, until time.Time, jobs ...coach.Job) error {
	if len(jobs) == 0 {
		return nil
	}
	score := float64(until.UnixMilli())
	byPart := map[int][]redis.Z{}
	for _, j := range jobs {
		n := QueuePart(j.Person)
		byPart[n] = append(byPart[n], redis.Z{Score: score, Member: j.Person + "/" + j.ID})
	}
	cmds, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n, zs := range byPart {
			p.ZAddArgs(ctx, r.keys.part(n).leases, redis.ZAddArgs{XX: true, GT: true, Members: zs})
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
