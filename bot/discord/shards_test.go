package discord_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
)

// shardLease is short so that a crashed replica's shards move quickly in
// tests; conditions are awaited with deadlines far beyond it. Shards of a
// bucket identify identifyEvery apart, and the fake refuses them closer
// than identifyWindow: the gap between the two absorbs how much longer one
// connection takes than another to reach its IDENTIFY.
const (
	shardLease     = 2 * time.Second
	identifyEvery  = 400 * time.Millisecond
	identifyWindow = 100 * time.Millisecond
)

// shardGuild is a guild on shard n of 4: (id >> 22) % 4 == n.
func shardGuild(n int) string { return strconv.FormatUint(uint64(1000+n)<<22, 10) }

// replica is one bot process: its transport, the coordinator sharing
// shards with the others, and what it handled.
type replica struct {
	name   string
	dc     *discord.Transport
	shards *discord.Shards
	seen   *observed
	cancel context.CancelFunc
	done   chan error
}

// startReplica opens a sharded transport and runs its coordinator on
// leases; the test's end stops it gracefully, unless crash came first.
func startReplica(t *testing.T, fake *fakediscord.Server, leases discord.ShardLeases, name string, all *observed, lease ...time.Duration) *replica {
	t.Helper()
	r := &replica{name: name, seen: &observed{byID: map[string]discord.Handled{}}, done: make(chan error, 1)}
	echo := coachFunc(func(_ context.Context, ev coach.Event) ([]coach.Message, error) {
		return []coach.Message{{Text: "Thank you. I'm here whenever you want."}}, nil
	})
	r.dc, _ = openDiscord(t, fake, bot.Router{Coach: echo}, func(d *discord.Transport) {
		d.Sharded = true
		d.Observe = func(h discord.Handled) { all.add(h); r.seen.add(h) }
	})
	r.shards = &discord.Shards{Transport: r.dc, Leases: leases, Lease: append(lease, shardLease)[0], Replica: name, IdentifyEvery: identifyEvery,
		Log: slog.New(slog.NewTextHandler(tWriter{t}, nil)).With("replica", name)}
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() { r.done <- r.shards.Run(ctx) }()
	t.Cleanup(r.stop(t))
	return r
}

// stop returns a graceful stop: the sessions close, then the leases are
// released.
func (r *replica) stop(t *testing.T) func() {
	return func() {
		if r.crash() {
			if err := r.shards.Release(context.Background()); err != nil {
				t.Errorf("release %s: %v", r.name, err)
			}
		}
	}
}

// crash stops the coordinator as a dying process does: its sessions end
// and its leases are left to run out. It reports whether it was running.
func (r *replica) crash() bool {
	if r.done == nil {
		return false
	}
	r.cancel()
	<-r.done
	r.done = nil
	return true
}

// handledBy reports the replica whose transport handled id, once one has.
func handledBy(t *testing.T, all *observed, id string, rs ...*replica) string {
	t.Helper()
	all.wait(t, id)
	for _, r := range rs {
		r.seen.mu.Lock()
		_, ok := r.seen.byID[id]
		r.seen.mu.Unlock()
		if ok {
			return r.name
		}
	}
	return ""
}

// TestShardsAcrossReplicas: two replicas share four shards, each connected
// exactly once, identifying one at a time; every shard's interactions are handled once, by the
// replica that holds the shard, and DMs arrive on shard 0. When a replica
// crashes, the other takes its shards once their leases run out, and DMs
// still reach the router.
func TestShardsAcrossReplicas(t *testing.T) {
	// One identify at a time, as for most bots: the replicas take turns.
	opts := []fakediscord.Option{fakediscord.WithShards(4), fakediscord.WithMaxConcurrency(1), fakediscord.WithIdentifyWindow(identifyWindow)}
	for n := range 4 {
		opts = append(opts, fakediscord.WithGuild(fakediscord.Guild{ID: shardGuild(n), Name: fmt.Sprintf("shard %d", n),
			Members: []fakediscord.Member{{User: fakediscord.User{ID: alice, Username: "alice"}}}}))
	}
	fake := startFake(t, opts...)
	store := redistest.Open(t)
	all := &observed{byID: map[string]discord.Handled{}}
	allShards := []fakediscord.Shard{{ID: 0, Count: 4}, {ID: 1, Count: 4}, {ID: 2, Count: 4}, {ID: 3, Count: 4}}
	settled := func(what string, want map[*replica][]int) {
		t.Helper()
		eventually(t, what, func() bool {
			for r, held := range want {
				if !reflect.DeepEqual(r.shards.Held(), held) || !r.shards.Connected() {
					return false
				}
			}
			return reflect.DeepEqual(fake.LiveShards(), allShards)
		})
	}

	a := startReplica(t, fake, store, "a", all)
	settled("a alone to connect every shard", map[*replica][]int{a: {0, 1, 2, 3}})
	b := startReplica(t, fake, store, "b", all)
	settled("a to give b its share", map[*replica][]int{a: {0, 1}, b: {2, 3}})
	if n := fake.CountRequests("GET /api/v9/gateway/bot"); n != 2 {
		t.Errorf("GET /gateway/bot asked %d times, want once a replica", n)
	}
	// Shards 2 and 3 were connected by a, then by b; never two at once
	// (the fake refuses that, and its violations fail the test).
	wantIDs := map[fakediscord.Shard]int{allShards[0]: 1, allShards[1]: 1, allShards[2]: 2, allShards[3]: 2}
	if got := fake.IdentifiesOf(); !reflect.DeepEqual(got, wantIDs) {
		t.Errorf("identifies = %v, want %v", got, wantIDs)
	}

	var ids []string
	check := func(when string, owner func(shard int) *replica) {
		t.Helper()
		for n := range 4 {
			id, _ := fake.InjectInteraction(fakediscord.Interaction{UserID: alice, GuildID: shardGuild(n), Command: "help"})
			if got, want := handledBy(t, all, id, a, b), owner(n).name; got != want {
				t.Errorf("%s: the interaction on shard %d was handled by %q, want %q", when, n, got, want)
			}
			if rs := fake.InteractionResponses(id); len(rs) != 1 || rs[0].Status >= 300 {
				t.Errorf("%s: the interaction on shard %d was answered %+v, want once", when, n, rs)
			}
			ids = append(ids, id)
		}
		dm := fake.InjectMessage(fakediscord.UserMessage{UserID: alice, Content: "feeling a bit wobbly today"})
		if got, want := handledBy(t, all, dm, a, b), owner(0).name; got != want {
			t.Errorf("%s: the DM was handled by %q, want %q (shard 0)", when, got, want)
		}
		ids = append(ids, dm)
	}
	check("both up", func(n int) *replica { return map[bool]*replica{true: a, false: b}[n < 2] })

	a.crash()
	settled("b to take a's shards", map[*replica][]int{b: {0, 1, 2, 3}})
	wantIDs = map[fakediscord.Shard]int{allShards[0]: 2, allShards[1]: 2, allShards[2]: 2, allShards[3]: 2}
	if got := fake.IdentifiesOf(); !reflect.DeepEqual(got, wantIDs) {
		t.Errorf("identifies after the crash = %v, want %v: only a's shards connected again", got, wantIDs)
	}
	check("after a crashed", func(int) *replica { return b })

	all.mu.Lock()
	defer all.mu.Unlock()
	for _, id := range ids {
		if n := all.times[id]; n != 1 {
			t.Errorf("%s handled %d times, want once", id, n)
		}
	}
}

// TestShardsReleasedOnStop: a replica that stops gracefully releases its
// leases at once, so the others need not wait for them to run out. The
// lease is long, so that only the release can free the shard in time.
func TestShardsReleasedOnStop(t *testing.T) {
	const long = 9 * time.Second
	fake := startFake(t, fakediscord.WithShards(2), fakediscord.WithMaxConcurrency(2))
	store := redistest.Open(t)
	all := &observed{byID: map[string]discord.Handled{}}
	a := startReplica(t, fake, store, "a", all, long)
	eventually(t, "a to hold both shards", func() bool { return reflect.DeepEqual(a.shards.Held(), []int{0, 1}) })
	b := startReplica(t, fake, store, "b", all, long)
	// a's next round, three seconds on, gives shard 1 back; b's takes it.
	within(t, 3*long, "b to take shard 1", func() bool {
		return reflect.DeepEqual(a.shards.Held(), []int{0}) && reflect.DeepEqual(b.shards.Held(), []int{1}) && b.shards.Connected()
	})
	b.stop(t)()
	ctx := context.Background()
	if ok, err := store.AcquireShard(ctx, 1, "probe", time.Second); err != nil || !ok {
		t.Fatalf("shard 1's lease after b stopped: taken %v, err %v; want it free", ok, err)
	}
	if err := store.ReleaseShard(ctx, 1, "probe"); err != nil {
		t.Fatal(err)
	}
	if n, err := store.ShardReplicas(ctx, "probe", time.Millisecond); err != nil || n != 2 {
		t.Errorf("live replicas after b left = %d (err %v), want a and the probe", n, err)
	}
	within(t, 3*long, "a to take shard 1 back", func() bool { return reflect.DeepEqual(a.shards.Held(), []int{0, 1}) && a.shards.Connected() })
}

// within polls cond until it holds or the deadline passes.
func within(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// faultyLeases is a ShardLeases on Redis that can lose one shard's lease
// to another replica, or lose Redis altogether.
type faultyLeases struct {
	discord.ShardLeases
	stolen atomic.Int32 // shard+1 whose lease another replica holds; 0: none
	down   atomic.Bool
}

var errRedisDown = errors.New("redis: connection refused")

func (f *faultyLeases) AcquireShard(ctx context.Context, shard int, owner string, ttl time.Duration) (bool, error) {
	if f.down.Load() {
		return false, errRedisDown
	}
	if int(f.stolen.Load()) == shard+1 {
		return false, nil
	}
	return f.ShardLeases.AcquireShard(ctx, shard, owner, ttl)
}

func (f *faultyLeases) ExtendShard(ctx context.Context, shard int, owner string, ttl time.Duration) (bool, error) {
	if f.down.Load() {
		return false, errRedisDown
	}
	if int(f.stolen.Load()) == shard+1 {
		return false, nil
	}
	return f.ShardLeases.ExtendShard(ctx, shard, owner, ttl)
}

func (f *faultyLeases) ShardReplicas(ctx context.Context, owner string, ttl time.Duration) (int, error) {
	if f.down.Load() {
		return 0, errRedisDown
	}
	return f.ShardLeases.ShardReplicas(ctx, owner, ttl)
}

// TestShardLeaseLost: a replica closes a shard whose lease it lost, and
// every shard when it cannot renew its leases before they run out; it
// connects them again once it can.
func TestShardLeaseLost(t *testing.T) {
	fake := startFake(t, fakediscord.WithShards(2), fakediscord.WithMaxConcurrency(2), fakediscord.WithIdentifyWindow(identifyWindow))
	leases := &faultyLeases{ShardLeases: redistest.Open(t)}
	r := startReplica(t, fake, leases, "r", &observed{byID: map[string]discord.Handled{}})
	both := []fakediscord.Shard{{ID: 0, Count: 2}, {ID: 1, Count: 2}}
	cases := []struct {
		name  string
		fault func()
		held  []int
		live  []fakediscord.Shard
	}{
		{"connected", func() {}, []int{0, 1}, both},
		{"shard 1 taken by another", func() { leases.stolen.Store(2) }, []int{0}, both[:1]},
		{"shard 1 free again", func() { leases.stolen.Store(0) }, []int{0, 1}, both},
		{"Redis unreachable", func() { leases.down.Store(true) }, []int{}, []fakediscord.Shard{}},
		{"Redis back", func() { leases.down.Store(false) }, []int{0, 1}, both},
	}
	for _, c := range cases {
		c.fault()
		eventually(t, c.name, func() bool {
			return reflect.DeepEqual(r.shards.Held(), c.held) && reflect.DeepEqual(fake.LiveShards(), c.live) && r.shards.Connected()
		})
	}
}

// tWriter writes a coordinator's log to the test's, shown when it fails.
type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) { w.t.Log(string(p)); return len(p), nil }
