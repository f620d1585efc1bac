package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

// schemaVersion is the form of the data this version writes. Upgrade brings
// older data up to it. Version 1: job ids are opaque (jobref.go), and a
// group's record does not keep who set it up.
const schemaVersion = "1"

// upgradeBatch is how many records Upgrade reads and changes at a time.
const upgradeBatch = 500

// Upgrade brings data an earlier version wrote to this version's form, and
// returns how many records it changed. It runs once per Redis (the schema
// key records that it did); cmd/aftercare calls it at start, before the
// scheduler or any transport uses the store. Several replicas may run it
// at once, and a run cut short is taken up again by the next.
//
//   - Jobs waiting under their readable names move to their opaque ids, in
//     the queue and in their person's list. One running at that moment
//     keeps its name until its worker acknowledges, retries or
//     dead-letters it, which moves it too.
//   - The done set's names become opaque ids, so that a day planned again
//     is still not sent twice; a name whose person has no record any more
//     (they deleted their data) is dropped instead.
//   - Dead letters move to their opaque ids, or are dropped with their
//     person gone.
//   - Group records lose who set them up (coach.Group).
//
// An older replica still running during a rolling upgrade may write a few
// readable names after this ran. They work as before, and those in the
// done set are gone within 15 days.
func (r *Redis) Upgrade(ctx context.Context) (int, error) {
	if err := r.findLegacyQueue(ctx); err != nil {
		return 0, err
	}
	v, err := r.rdb.Get(ctx, r.keys.schema()).Result()
	if err != nil && !isNil(err) {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if v >= schemaVersion {
		return 0, nil
	}
	total := 0
	for _, step := range []func(context.Context) (int, error){r.upgradePending, r.upgradeDone, r.upgradeDead, r.upgradeGroups} {
		n, err := step(ctx)
		total += n
		if err != nil {
			return total, err
		}
	}
	if err := r.rdb.Set(ctx, r.keys.schema(), schemaVersion, 0).Err(); err != nil {
		return total, fmt.Errorf("record schema version: %w", err)
	}
	return total, nil
}

// named is a record kept under a job's readable name.
type named struct {
	name, value string
	score       float64
}

// scanNamed walks a hash (HSCAN) or sorted set (ZSCAN) for members that
// are readable names, and hands them to fn in batches.
func (r *Redis) scanNamed(ctx context.Context, key string, zset bool, fn func([]named) (int, error)) (int, error) {
	var iter *redis.ScanIterator
	if zset {
		iter = r.rdb.ZScan(ctx, key, 0, "*:*", upgradeBatch).Iterator()
	} else {
		iter = r.rdb.HScan(ctx, key, 0, "*:*", upgradeBatch).Iterator()
	}
	total := 0
	var batch []named
	flush := func() error {
		n, err := fn(batch)
		total += n
		batch = batch[:0]
		return err
	}
	for iter.Next(ctx) {
		rec := named{name: iter.Val()}
		if !iter.Next(ctx) {
			break
		}
		if zset {
			fmt.Sscan(iter.Val(), &rec.score)
		} else {
			rec.value = iter.Val()
		}
		if !isName(rec.name) {
			continue
		}
		if batch = append(batch, rec); len(batch) == upgradeBatch {
			if err := flush(); err != nil {
				return total, err
			}
		}
	}
	if err := iter.Err(); err != nil {
		return total, fmt.Errorf("scan %s: %w", key, err)
	}
	if len(batch) > 0 {
		err := flush()
		return total, err
	}
	return total, nil
}

// movePendingScript moves jobs that wait in the due set under their names
// (ARGV: name, opaque id, payload, ...) to their opaque ids, and returns the
// due time of each, false for one that is not waiting (running, or gone).
var movePendingScript = redis.NewScript(`
local out = {}
for i = 1, #ARGV, 3 do
  local name, ref = ARGV[i], ARGV[i + 1]
  local due = redis.call('ZSCORE', KEYS[1], name)
  if due then
    redis.call('ZADD', KEYS[1], due, ref)
    redis.call('ZREM', KEYS[1], name)
    redis.call('HSET', KEYS[2], ref, ARGV[i + 2])
    redis.call('HDEL', KEYS[2], name)
  end
  out[#out + 1] = due
end
return out
`)

func (r *Redis) upgradePending(ctx context.Context) (int, error) {
	return r.scanNamed(ctx, r.keys.legacyQueue().jobs, false, func(batch []named) (int, error) {
		refs, err := r.refs(ctx, names(batch), true)
		if err != nil {
			return 0, err
		}
		var args []any
		var jobs []coach.Job
		for _, rec := range batch {
			ref, ok := refs[rec.name]
			j, err := decodeJob(ref, rec.value)
			if !ok || err != nil || checkID(j.Person) != nil {
				continue
			}
			raw, err := encodeJob(j)
			if err != nil {
				return 0, err
			}
			args = append(args, rec.name, ref, raw)
			jobs = append(jobs, j)
		}
		if len(args) == 0 {
			return 0, nil
		}
		dues, err := movePendingScript.Run(ctx, r.rdb, []string{r.keys.legacyQueue().due, r.keys.legacyQueue().jobs}, args...).Slice()
		if err != nil {
			return 0, fmt.Errorf("move waiting jobs to opaque ids: %w", err)
		}
		moved := 0
		_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for i, due := range dues {
				score, ok := due.(string)
				if !ok {
					continue
				}
				moved++
				var at float64
				fmt.Sscan(score, &at)
				p.ZAdd(ctx, r.keys.personJobs(jobs[i].Person), redis.Z{Score: at, Member: jobs[i].ID})
				p.ZRem(ctx, r.keys.personJobs(jobs[i].Person), args[3*i])
			}
			return nil
		})
		return moved, wrap("move person's job list to opaque ids", err)
	})
}

func (r *Redis) upgradeDone(ctx context.Context) (int, error) {
	return r.scanNamed(ctx, r.keys.legacyQueue().done, true, func(batch []named) (int, error) {
		refs, err := r.liveRefs(ctx, names(batch))
		if err != nil {
			return 0, err
		}
		_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, rec := range batch {
				if ref, ok := refs[rec.name]; ok {
					p.ZAdd(ctx, r.keys.legacyQueue().done, redis.Z{Score: rec.score, Member: ref})
				}
				p.ZRem(ctx, r.keys.legacyQueue().done, rec.name)
			}
			return nil
		})
		return len(batch), wrap("move done ids to opaque ids", err)
	})
}

func (r *Redis) upgradeDead(ctx context.Context) (int, error) {
	return r.scanNamed(ctx, r.keys.legacyQueue().dead, false, func(batch []named) (int, error) {
		refs, err := r.liveRefs(ctx, names(batch))
		if err != nil {
			return 0, err
		}
		_, err = r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, rec := range batch {
				var d deadLetter
				ref, ok := refs[rec.name]
				if ok && json.Unmarshal([]byte(rec.value), &d) == nil {
					d.Job.ID = ref
					if raw, err := json.Marshal(d); err == nil {
						p.HSet(ctx, r.keys.legacyQueue().dead, ref, raw)
					}
				}
				p.HDel(ctx, r.keys.legacyQueue().dead, rec.name)
			}
			return nil
		})
		return len(batch), wrap("move dead letters to opaque ids", err)
	})
}

// liveRefs returns the opaque ids of those names whose people all still
// have a record; it gives a salt only to them.
func (r *Redis) liveRefs(ctx context.Context, batch []string) (map[string]string, error) {
	exists := map[string]*redis.IntCmd{}
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, name := range batch {
			subjects, _ := nameSubjects(name)
			for _, s := range subjects {
				if _, ok := exists[s]; !ok {
					exists[s] = p.Exists(ctx, r.keys.person(s), r.keys.therapist(s), r.keys.personJobs(s), r.keys.idKey(s))
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("look for the people of old job ids: %w", err)
	}
	var live []string
	for _, name := range batch {
		subjects, ok := nameSubjects(name)
		for _, s := range subjects {
			ok = ok && exists[s].Val() > 0
		}
		if ok {
			live = append(live, name)
		}
	}
	return r.refs(ctx, live, true)
}

// upgradeGroups removes "set_by" from every group record, on every master
// of a Cluster.
func (r *Redis) upgradeGroups(ctx context.Context) (int, error) {
	var total atomic.Int64 // a Cluster's masters are walked at once
	walk := func(ctx context.Context, c redis.UniversalClient) error {
		iter := c.Scan(ctx, 0, r.keys.everyGroup(), upgradeBatch).Iterator()
		for iter.Next(ctx) {
			changed, err := r.forgetSetter(ctx, iter.Val())
			if err != nil {
				return err
			}
			if changed {
				total.Add(1)
			}
		}
		return wrap("scan groups", iter.Err())
	}
	err := r.eachMaster(ctx, walk)
	return int(total.Load()), err
}

// replaceScript sets KEYS[1] to ARGV[2] only while it still holds ARGV[1].
var replaceScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1
`)

// forgetSetter rewrites one group record without "set_by", unless it
// changed meanwhile (then a later save wrote it without).
func (r *Redis) forgetSetter(ctx context.Context, key string) (bool, error) {
	raw, err := r.rdb.Get(ctx, key).Result()
	if isNil(err) || (err == nil && !strings.Contains(raw, `"set_by"`)) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read group: %w", err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &fields); err != nil {
		return false, fmt.Errorf("decode group %s: %w", key, err)
	}
	delete(fields, "set_by")
	out, err := json.Marshal(fields)
	if err != nil {
		return false, fmt.Errorf("encode group: %w", err)
	}
	n, err := replaceScript.Run(ctx, r.rdb, []string{key}, raw, out).Int()
	if err != nil {
		return false, fmt.Errorf("rewrite group: %w", err)
	}
	return n == 1, nil
}

func names(batch []named) []string {
	out := make([]string, len(batch))
	for i, rec := range batch {
		out[i] = rec.name
	}
	return out
}
