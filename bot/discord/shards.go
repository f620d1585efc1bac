package discord

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// ShardLeases is what Shards needs of Redis: a lease per gateway shard
// that only its holder extends or releases, and the heartbeats of the
// replicas sharing the shards. storage.Redis has it.
type ShardLeases interface {
	AcquireShard(ctx context.Context, shard int, owner string, ttl time.Duration) (bool, error)
	ExtendShard(ctx context.Context, shard int, owner string, ttl time.Duration) (bool, error)
	ReleaseShard(ctx context.Context, shard int, owner string) error
	ShardReplicas(ctx context.Context, owner string, ttl time.Duration) (int, error)
	LeaveShards(ctx context.Context, owner string) error
	// NextIdentifySlot reserves the next moment a shard of the bucket may
	// identify, every after the one before, and says how long to wait.
	NextIdentifySlot(ctx context.Context, bucket int, every time.Duration) (time.Duration, error)
}

// DefaultIdentifyEvery is Discord's window: max_concurrency shards (one
// per bucket, shard id % max_concurrency) may identify each 5 seconds.
const DefaultIdentifyEvery = 5 * time.Second

// DefaultShardLease is how long a shard's lease lasts unless extended:
// how long the shards of a replica that died go unconnected, at most,
// before another replica takes them.
const DefaultShardLease = 6 * time.Second

// Shards shares the bot's gateway shards among replicas, so that each
// shard is connected exactly once and a dead replica's shards move to the
// others within a few seconds. Each replica holds a lease in Redis per
// shard it connects, extends it every third of the lease while connected,
// and closes a shard's session before the lease can run out unextended.
//
// Fair share: a replica holds at most ceil(shards / live replicas), the
// live replicas being those whose heartbeat in Redis has not run out. A
// replica over its share (another has joined) gives the surplus back, and
// one under it takes free shards, so the shards spread out within a few
// rounds of a replica coming or going; a replica may hold fewer than its
// share when the others hold the rest.
//
// Events of every shard go to the one Transport, opened with Sharded set
// before Run; the transport's own session sends everything (REST).
type Shards struct {
	Transport *Transport
	Leases    ShardLeases
	// Count is the number of shards; 0 asks Discord (GET /gateway/bot).
	// Every replica must use the same count.
	Count int
	// Lease is how long a lease lasts unless extended; 0 means
	// DefaultShardLease. Rounds run every third of it.
	Lease time.Duration
	// Replica names this replica in Redis; empty: the host name and a
	// random part.
	Replica string
	// IdentifyEvery is how far apart two shards of one rate-limit bucket
	// may connect, across replicas; 0 means DefaultIdentifyEvery.
	IdentifyEvery time.Duration
	Log           *slog.Logger

	mu    sync.Mutex
	count int
	conc  int // max_concurrency: identify rate-limit buckets
	held  map[int]*shardConn
	ever  map[int]bool // every shard held, for Release
	// closing counts sessions being closed in the background.
	closing sync.WaitGroup
	rounds  int // rounds run; guarded by mu
}

// Run connects the shards this replica's share allows until ctx is done,
// then closes their sessions and returns; its leases are left to run out
// unless Release is called then, as a stopping process should. It returns
// an error only when the shard count cannot be learnt.
func (c *Shards) Run(ctx context.Context) error {
	if err := c.init(ctx); err != nil {
		return err
	}
	c.log().Info("discord shards", "replica", c.Replica, "shards", c.count, "lease", c.lease())
	every := c.lease() / 3
	for {
		c.round(ctx)
		select {
		case <-ctx.Done():
			c.closeAll()
			return nil
		case <-time.After(every):
		}
	}
}

// Release gives back every lease this replica holds and forgets its
// heartbeat, so that the others take its shards at once. Call it after
// Run has returned.
func (c *Shards) Release(ctx context.Context) error {
	c.mu.Lock()
	ids := make([]int, 0, len(c.ever))
	for id := range c.ever {
		ids = append(ids, id)
	}
	c.mu.Unlock()
	var errs []error
	for _, id := range ids {
		errs = append(errs, c.Leases.ReleaseShard(ctx, id, c.Replica))
	}
	errs = append(errs, c.Leases.LeaveShards(ctx, c.Replica))
	return errors.Join(errs...)
}

// Held returns the shards this replica holds, in order.
func (c *Shards) Held() []int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]int, 0, len(c.held))
	for id := range c.held {
		out = append(out, id)
	}
	sort.Ints(out)
	return out
}

// Connected reports whether the first round has run and every shard this
// replica holds is connected; a replica holding none, because the others
// hold them all, is well.
func (c *Shards) Connected() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rounds == 0 {
		return false
	}
	for _, sc := range c.held {
		if !sc.ready() {
			return false
		}
	}
	return true
}

func (c *Shards) init(ctx context.Context) error {
	if c.Replica == "" {
		// The host names the replica in logs; the random part keeps two
		// processes on one host apart.
		b := make([]byte, 4)
		_, _ = rand.Read(b)
		host, _ := os.Hostname()
		c.Replica = cmp.Or(host, "replica") + "-" + hex.EncodeToString(b)
	}
	count, conc := c.Count, 1
	gb, err := c.Transport.session.GatewayBot(discordgo.WithContext(ctx))
	switch {
	case err != nil && count <= 0:
		return fmt.Errorf("ask Discord how many shards: %w", err)
	case err != nil:
		c.log().Warn("discord shards: GET /gateway/bot failed; identifying one shard at a time", "err", err)
	default:
		conc = max(gb.SessionStartLimit.MaxConcurrency, 1)
		if count <= 0 {
			count = max(gb.Shards, 1)
		}
	}
	c.mu.Lock()
	c.count, c.conc, c.held, c.ever = count, conc, map[int]*shardConn{}, map[int]bool{}
	c.mu.Unlock()
	return nil
}

// identifyGate waits, before a shard connects, for its bucket's next
// identify slot. Without Redis it lets the shard go: its lease's watchdog
// closes it soon anyway, and Discord answers an identify too many with an
// invalid session, after which the shard tries again.
func (c *Shards) identifyGate(id int) func(context.Context) {
	every := cmp.Or(c.IdentifyEvery, DefaultIdentifyEvery)
	return func(ctx context.Context) {
		wait, err := c.Leases.NextIdentifySlot(ctx, id%c.conc, every)
		if err != nil {
			c.log().Warn("discord shards: no identify slot", "shard", id, "err", err)
			return
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
	}
}

// round is one heartbeat: extend the leases held, drop those lost, give
// back the surplus over the fair share, and take free shards up to it.
func (c *Shards) round(ctx context.Context) {
	start := time.Now()
	replicas, err := c.Leases.ShardReplicas(ctx, c.Replica, c.lease())
	if err != nil && ctx.Err() == nil {
		c.log().Warn("discord shards: heartbeat failed", "err", err)
	}
	c.extend(ctx, start)
	if err != nil || ctx.Err() != nil {
		return // without the count of replicas, take nothing new
	}
	share := (c.count + replicas - 1) / replicas
	c.giveBack(share)
	c.take(ctx, share)
	c.mu.Lock()
	c.rounds++
	c.mu.Unlock()
}

// extend renews every lease held. A lease another replica now holds is
// given up at once; one that could not be renewed (Redis unreachable) is
// left to the shard's watchdog, which closes the shard before the lease
// can run out, so no shard is ever connected twice.
func (c *Shards) extend(ctx context.Context, start time.Time) {
	for _, id := range c.Held() {
		ok, err := c.Leases.ExtendShard(ctx, id, c.Replica, c.lease())
		c.mu.Lock()
		sc := c.held[id]
		c.mu.Unlock()
		switch {
		case err == nil && ok:
			if !sc.extendTo(start.Add(c.lease())) {
				c.log().Warn("discord shards: lease renewed too late; the shard was closed", "shard", id)
				c.retire(id, true)
			}
		case err == nil:
			c.log().Warn("discord shards: lease lost", "shard", id)
			c.retire(id, false)
		case sc.hasExpired():
			c.log().Warn("discord shards: lease not renewed in time; the shard was closed", "shard", id, "err", err)
			c.retire(id, true)
		case ctx.Err() == nil:
			c.log().Warn("discord shards: lease not renewed", "shard", id, "err", err)
		}
	}
}

// giveBack retires the highest shards over share, releasing their leases
// once their sessions have ended, so that a replica that has joined finds
// them free.
func (c *Shards) giveBack(share int) {
	held := c.Held()
	for i := len(held) - 1; i >= share; i-- {
		c.log().Info("discord shards: giving a shard back", "shard", held[i], "share", share)
		c.retire(held[i], true)
	}
}

// take leases free shards up to share, starting from shard 0 (the one DMs
// arrive on), and connects each.
func (c *Shards) take(ctx context.Context, share int) {
	for id := 0; id < c.count; id++ {
		c.mu.Lock()
		n, mine := len(c.held), c.held[id] != nil
		c.mu.Unlock()
		if n >= share {
			return
		}
		if mine {
			continue
		}
		start := time.Now()
		ok, err := c.Leases.AcquireShard(ctx, id, c.Replica, c.lease())
		if err != nil {
			if ctx.Err() == nil {
				c.log().Warn("discord shards: lease failed", "shard", id, "err", err)
			}
			return
		}
		if !ok {
			continue
		}
		sc := c.Transport.connectShard(id, c.count, start.Add(c.lease()), c.lease()/4, c.identifyGate(id), c.log())
		c.mu.Lock()
		c.held[id], c.ever[id] = sc, true
		c.mu.Unlock()
		c.log().Info("discord shards: took a shard", "shard", id, "of", c.count)
	}
}

// retire forgets a shard and closes its session in the background (it
// takes a second); then, if release, it gives the lease back. Rounds go on
// meanwhile, so the other leases are renewed in time.
func (c *Shards) retire(id int, release bool) {
	c.mu.Lock()
	sc := c.held[id]
	delete(c.held, id)
	c.mu.Unlock()
	if sc == nil {
		return
	}
	c.closing.Add(1)
	go func() {
		defer c.closing.Done()
		sc.stop()
		if !release {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), c.lease())
		defer cancel()
		if err := c.Leases.ReleaseShard(ctx, id, c.Replica); err != nil {
			c.log().Warn("discord shards: release failed; the lease will run out", "shard", id, "err", err)
		}
	}()
}

// closeAll closes every session, leaving the leases, and waits for them.
func (c *Shards) closeAll() {
	for _, id := range c.Held() {
		c.retire(id, false)
	}
	c.closing.Wait()
}

func (c *Shards) lease() time.Duration {
	if c.Lease > 0 {
		return c.Lease
	}
	return DefaultShardLease
}

func (c *Shards) log() *slog.Logger {
	if c.Log != nil {
		return c.Log
	}
	return slog.New(slog.DiscardHandler)
}

// WaitConnected waits until the first round has run and every shard this
// replica took is connected, or ctx is done: start-up uses it, so that the
// bot is listening once it says it is.
func (c *Shards) WaitConnected(ctx context.Context) error {
	for !c.Connected() {
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for the gateway shards: %w", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	return nil
}
