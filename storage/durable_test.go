package storage_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestSettleWithoutReplicasWaitsForNothing: on the embedded Redis, and on
// a single Redis with no replica, Settle confirms at once and sends no WAIT
// (which would hold every answer for its whole timeout).
func TestSettleWithoutReplicasWaitsForNothing(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		if role, err := r.Client().Do(ctx, "ROLE").Slice(); err == nil && len(role) > 2 {
			if list, _ := role[2].([]any); len(list) > 0 {
				t.Skip("this Redis has replicas; the Cluster cases are in TestFailoverStore")
			}
		}
		for range 3 {
			at := r.Locate(ctx, "alice")
			if err := r.Settle(ctx, "alice", at); err != nil {
				t.Fatalf("Settle: %v", err)
			}
		}
		if w := r.Replication().Waited.Load(); w != 0 {
			t.Errorf("waited for a replica %d times on a Redis without replicas", w)
		}
	})
}

// TestSettleWhereROLEIsRefused: a Redis that refuses ROLE (an in-process
// one here; a managed service may rename it away) is not waited on, and
// its answers are confirmed, not refused.
func TestSettleWhereROLEIsRefused(t *testing.T) {
	mr := miniredis.RunT(t)
	ctx := context.Background()
	r, err := storage.Open(ctx, "redis://"+mr.Addr(), storage.Options{Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Settle(ctx, "alice", r.Locate(ctx, "alice")); err != nil {
		t.Errorf("Settle: %v; want the answer confirmed", err)
	}
	if w := r.Replication().Waited.Load(); w != 0 {
		t.Errorf("waited for a replica %d times where none is known", w)
	}
}

// TestFailoverStore runs the store on a Cluster of its own (three
// masters, one replica each), whose nodes it stops, kills and fails over:
// what Settle confirmed is on a replica; a replica that does not answer is
// waited for a bounded time and counted, and the answer confirmed; a
// failover between Locate and Settle is ErrMoved; a dead master's
// partitions of the queue are passed over, and their jobs claimed once its
// replica took over. The node timeout is long (10 s), so that the Cluster
// does not declare itself down while a dead master is looked at;
// promotions are asked for (CLUSTER FAILOVER).
func TestFailoverStore(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster of its own")
	}
	c := redistest.StartCluster(t, 10*time.Second)
	ctx := context.Background()
	// One try per command: a dead master is passed over at once, long
	// before the Cluster's node timeout, however slow the machine.
	r, err := storage.Open(ctx, c.URL+"&max_retries=-1", storage.Options{Prefix: "settle:", Attempts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	const person = "100000000000000001"
	key := "settle:{u:" + person + "}:person"

	t.Run("confirmed is on a replica", func(t *testing.T) {
		at := r.Locate(ctx, person)
		if err := r.Client().Set(ctx, key, "answer", 0).Err(); err != nil {
			t.Fatal(err)
		}
		before := r.Replication().Unacknowledged.Load()
		if err := r.Settle(ctx, person, at); err != nil {
			t.Fatalf("Settle: %v", err)
		}
		if r.Replication().Waited.Load() == 0 {
			t.Fatal("Settle did not wait for a replica on a Cluster with replicas")
		}
		if r.Replication().Unacknowledged.Load() != before {
			t.Skip("no replica acknowledged within the wait (a loaded machine): nothing to check")
		}
		_, replica := c.MasterOf(t, c.Ports[0], key)
		conn := c.Node(t, replica).Conn()
		defer conn.Close()
		if err := conn.ReadOnly(ctx).Err(); err != nil {
			t.Fatal(err)
		}
		if got, err := conn.Get(ctx, key).Result(); err != nil || got != "answer" {
			t.Errorf("the replica holds %q, %v; want the confirmed write", got, err)
		}
	})

	t.Run("a silent replica is counted, not waited on for long", func(t *testing.T) {
		_, replica := c.MasterOf(t, c.Ports[0], key)
		at := r.Locate(ctx, person)
		if err := r.Client().Set(ctx, key, "second answer", 0).Err(); err != nil {
			t.Fatal(err)
		}
		before := r.Replication().Unacknowledged.Load()
		c.Signal(t, replica, syscall.SIGSTOP)
		err := r.Settle(ctx, person, at)
		c.Signal(t, replica, syscall.SIGCONT)
		if err != nil {
			t.Fatalf("Settle with a stopped replica: %v; want it confirmed anyway", err)
		}
		if got := r.Replication().Unacknowledged.Load() - before; got != 1 {
			t.Errorf("%d waits unacknowledged; want the stopped replica's one", got)
		}
	})

	t.Run("a failover in between is not confirmed", func(t *testing.T) {
		master, replica := c.MasterOf(t, c.Ports[0], key)
		c.WaitMaster(t, master) // the stopped replica is back in step
		at := r.Locate(ctx, person)
		if err := c.Node(t, replica).Do(ctx, "CLUSTER", "FAILOVER").Err(); err != nil {
			t.Fatalf("CLUSTER FAILOVER: %v", err)
		}
		c.WaitMaster(t, replica)
		err := r.Settle(ctx, person, at)
		if !errors.Is(err, storage.ErrMoved) {
			t.Errorf("Settle after a failover = %v; want ErrMoved", err)
		}
		// Once the client has seen the new master, the next event settles.
		eventually(t, func() bool {
			at := r.Locate(ctx, person)
			return r.Client().Set(ctx, key, "third", 0).Err() == nil && r.Settle(ctx, person, at) == nil
		})
	})

	t.Run("a dead master's partitions are passed over", func(t *testing.T) {
		now := time.Now()
		var jobs []coach.Job
		for i := range 200 {
			jobs = append(jobs, coach.NewJob(fmt.Sprintf("7%017d", i), coach.JobCheckIn, "2026-03-03", now.Add(-time.Minute)))
		}
		if err := r.Schedule(ctx, jobs...); err != nil {
			t.Fatal(err)
		}
		master, replica := c.MasterOf(t, c.Ports[0], "settle:{"+storage.PartTag(storage.QueuePart(jobs[0].Person))+"}:due")
		c.Signal(t, master, syscall.SIGKILL)
		got, err := r.Claim(ctx, now, 500, time.Minute)
		if err != nil {
			t.Fatalf("Claim with a master dead: %v; want the other masters' jobs", err)
		}
		if len(got) == 0 || len(got) == len(jobs) {
			t.Fatalf("claimed %d of %d jobs with a master dead; want the others' share", len(got), len(jobs))
		}
		if err := r.Ack(ctx, now, append(got, jobs...)...); err != nil {
			t.Fatalf("Ack with a master dead: %v; want the others acknowledged", err)
		}
		// On a slow machine the Cluster may have promoted it already.
		if err := c.Node(t, replica).Do(ctx, "CLUSTER", "FAILOVER", "TAKEOVER").Err(); err != nil && !strings.Contains(err.Error(), "to a replica") {
			t.Fatalf("CLUSTER FAILOVER TAKEOVER: %v", err)
		}
		c.WaitMaster(t, replica)
		var rest []coach.Job
		eventually(t, func() bool {
			more, err := r.Claim(ctx, now, 500, time.Minute)
			rest = append(rest, more...)
			return err == nil && len(got)+len(rest) >= len(jobs)
		})
		if len(got)+len(rest) != len(jobs) {
			t.Errorf("claimed %d + %d jobs; want each of %d once", len(got), len(rest), len(jobs))
		}
	})
}

// eventually polls cond for up to a minute.
func eventually(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition not met within a minute")
}
