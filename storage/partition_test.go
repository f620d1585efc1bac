package storage_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestClusterSlotIsRedis: ClusterSlot agrees with CLUSTER KEYSLOT (values
// from Redis 7), hash tags included.
func TestClusterSlotIsRedis(t *testing.T) {
	for _, tc := range []struct {
		key  string
		slot int
	}{
		{"foo", 12182},
		{"{sched:0}", 10459},
		{"x{sched:0}:due", 10459},
		{"{}foo", 9500}, // an empty tag is no tag
		{"{u:1}:person", 16340},
	} {
		if got := storage.ClusterSlot(tc.key); got != tc.slot {
			t.Errorf("ClusterSlot(%q) = %d, want %d", tc.key, got, tc.slot)
		}
	}
}

// partitionKeys returns the queue's keys in the store by partition tag,
// from what Redis holds.
func partitionJobs(t *testing.T, r *storage.Redis) map[string][]coach.Job {
	t.Helper()
	out := map[string][]coach.Job{}
	for _, line := range redistest.Dump(t, r) {
		key, rest, ok := strings.Cut(strings.TrimSpace(line), ": ")
		if !ok || !strings.HasPrefix(key, "{sched") {
			continue
		}
		switch {
		case strings.HasSuffix(key, "}:jobs"): // the per-job layout of before
			id, raw, _ := strings.Cut(rest, " = ")
			j, err := storage.DecodeJob(id, raw)
			if err != nil {
				t.Fatalf("payload in %s: %v", key, err)
			}
			out[strings.TrimSuffix(key, ":jobs")] = append(out[strings.TrimSuffix(key, ":jobs")], j)
		case strings.HasSuffix(key, "}:people"):
			// A person's field, one job a line.
			person, entries, _ := strings.Cut(rest, " = ")
			js, err := storage.PersonEntries(person, entries)
			if err != nil {
				t.Fatalf("entries in %s: %v", key, err)
			}
			out[strings.TrimSuffix(key, ":people")] = append(out[strings.TrimSuffix(key, ":people")], js...)
		}
	}
	return out
}

// TestJobsSpreadOverPartitionsByPerson: jobs of many people land in many
// partitions, each under a tag of its own (so in different Cluster slots),
// and all of one person's jobs in the same one.
func TestJobsSpreadOverPartitionsByPerson(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		var jobs []coach.Job
		for p := range 64 {
			for d := range 3 {
				jobs = append(jobs, job(fmt.Sprint(500+p), localtime.DayOf(t0.AddDate(0, 0, d), time.UTC), t0.AddDate(0, 0, d)))
			}
		}
		if err := r.Schedule(ctx, jobs...); err != nil {
			t.Fatal(err)
		}
		parts := partitionJobs(t, r)
		if len(parts) < storage.QueueParts/2 {
			t.Errorf("64 people's jobs in %d partitions, want them spread over most of %d", len(parts), storage.QueueParts)
		}
		home := map[string]string{}
		slots := map[int]bool{}
		total := 0
		for tag, js := range parts {
			slots[storage.ClusterSlot(tag)] = true
			for _, j := range js {
				total++
				if h, ok := home[j.Person]; ok && h != tag {
					t.Errorf("person %s has jobs in %s and %s", j.Person, h, tag)
				}
				home[j.Person] = tag
			}
		}
		if total != len(jobs) {
			t.Errorf("%d jobs in the partitions, want %d", total, len(jobs))
		}
		if len(slots) != len(parts) {
			t.Errorf("%d partitions share %d slots, want a slot each", len(parts), len(slots))
		}
	})
}

// TestClaimTakesPartitionsInTurn: with two people's jobs waiting in two
// partitions, claims of two alternate between them (round robin) instead
// of draining one first, and each person's jobs come in their order.
func TestClaimTakesPartitionsInTurn(t *testing.T) {
	a, b := "701", "702"
	for storage.QueuePart(a) == storage.QueuePart(b) {
		b += "1"
	}
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		var jobs []coach.Job
		for _, p := range []string{a, b} {
			for d := range 4 {
				jobs = append(jobs, job(p, localtime.DayOf(t0.AddDate(0, 0, d), time.UTC), t0.Add(time.Duration(d)*time.Minute)))
			}
		}
		if err := r.Schedule(ctx, jobs...); err != nil {
			t.Fatal(err)
		}
		var turns []string
		days := map[string][]localtime.Day{}
		for range 4 {
			got, err := r.Claim(ctx, t0.Add(time.Hour), 2, time.Minute)
			if err != nil || len(got) != 2 || got[0].Person != got[1].Person {
				t.Fatalf("claim = %v, %v; want two jobs of one person", whats(got), err)
			}
			turns = append(turns, got[0].Person)
			for _, j := range got {
				days[j.Person] = append(days[j.Person], j.Day)
			}
		}
		if turns[0] == turns[1] || turns[1] == turns[2] || turns[2] == turns[3] {
			t.Errorf("claims took %v in turn, want the two partitions alternating", turns)
		}
		for p, ds := range days {
			for i := 1; i < len(ds); i++ {
				if ds[i] < ds[i-1] {
					t.Errorf("person %s's jobs claimed out of order: %v", p, ds)
				}
			}
		}
		if got, err := r.Claim(ctx, t0.Add(time.Hour), 2, time.Minute); err != nil || len(got) != 0 {
			t.Errorf("claim after all = %v, %v; want none", whats(got), err)
		}
	})
}

// writeSingleQueue writes a job the way the version before partitions did:
// in the one queue tagged {sched}, due at its time, or leased until lease
// when that is set (a worker of an older replica held it).
func writeSingleQueue(t *testing.T, r *storage.Redis, j coach.Job, lease time.Time) {
	t.Helper()
	ctx := context.Background()
	raw, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	set, at := "{sched}:due", j.Due
	if !lease.IsZero() {
		set, at = "{sched}:leased", lease
	}
	_, err = r.Client().TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, r.Prefix()+"{sched}:jobs", j.ID, raw)
		p.ZAdd(ctx, r.Prefix()+set, redis.Z{Score: float64(at.UnixMilli()), Member: j.ID})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSingleQueueOfBeforePartitionsIsDrained: jobs an older version left in
// the single queue — one waiting, one leased by a worker that died — are
// claimed, moved to their partition and acknowledged there, once; a day
// that queue remembers as done is not sent again when planned again; and
// once it is empty the store stops looking at it.
func TestSingleQueueOfBeforePartitionsIsDrained(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		waiting := job("801", "2026-03-02", t0)
		waiting.ID = "jwaitingInTheSingleQueue"
		held := job("802", "2026-03-02", t0)
		held.ID = "jleasedInTheSingleQueue"
		writeSingleQueue(t, r, waiting, time.Time{})
		writeSingleQueue(t, r, held, t0.Add(30*time.Second)) // its worker died
		// A day sent before the upgrade, planned again after it.
		again := job("803", "2026-03-02", t0)
		if err := r.Schedule(ctx, again); err != nil {
			t.Fatal(err)
		}
		up, err := r.Upcoming(ctx, "803")
		if err != nil || len(up) != 1 {
			t.Fatalf("upcoming = %v, %v", whats(up), err)
		}
		if err := r.Client().ZAdd(ctx, r.Prefix()+"{sched}:done", redis.Z{Score: float64(t0.UnixMilli()), Member: up[0].ID}).Err(); err != nil {
			t.Fatal(err)
		}
		if _, err := r.Upgrade(ctx); err != nil { // cmd/aftercare calls it at start
			t.Fatal(err)
		}

		got, err := r.Claim(ctx, t0.Add(time.Minute), 10, time.Minute)
		if err != nil || len(got) != 2 {
			t.Fatalf("claim = %v, %v; want the two jobs of the single queue, not the day done before", whats(got), err)
		}
		if again, _ := r.Claim(ctx, t0.Add(90*time.Second), 10, time.Minute); len(again) != 0 {
			t.Fatalf("claimed again while leased: %v", whats(again))
		}
		if err := r.Ack(ctx, t0.Add(time.Minute), got...); err != nil {
			t.Fatal(err)
		}
		if later, _ := r.Claim(ctx, t0.Add(time.Hour), 10, time.Minute); len(later) != 0 {
			t.Fatalf("claimed after acknowledgement: %v", whats(later))
		}
		for _, key := range []string{"{sched}:due", "{sched}:leased", "{sched}:jobs"} {
			if n := len(redistest.Keys(t, r, r.Prefix()+key)); n != 0 {
				t.Errorf("%s still there after the drain", key)
			}
		}
		if next, ok, err := r.NextDue(ctx); err != nil || ok {
			t.Errorf("NextDue = %v, %v, %v; want nothing waiting", next, ok, err)
		}
		// The done record ages out (15 days), and with it the single queue.
		late := t0.AddDate(0, 0, 16)
		if err := r.Schedule(ctx, job("804", "2026-03-18", late)); err != nil {
			t.Fatal(err)
		}
		if got, err := r.Claim(ctx, late, 10, time.Minute); err != nil || len(got) != 1 {
			t.Fatalf("claim = %v, %v; want the new job", whats(got), err)
		}
		if _, _, err := r.NextDue(ctx); err != nil {
			t.Fatal(err)
		}
		if keys := redistest.Keys(t, r, r.Prefix()+"{sched}:"); len(keys) != 0 {
			t.Errorf("single queue keys left: %v", keys)
		}
	})
}
