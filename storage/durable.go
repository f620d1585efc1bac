package storage

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// Before the bot confirms what a person gave it, Settle waits for a
// replica to hold it: replication is asynchronous, and a master that dies
// before passing a write on takes it with it, while its replica, promoted,
// knows nothing of it. Redis's WAIT waits for the writes made on its own
// connection; a master passes its writes on in order, so waiting for a
// small write made on the WAIT's connection after the answer's (a marker)
// waits for the answer too. It is done per master: one for the person's
// keys ({u:<id>}) and one for their partition of the queue (the jobs an
// answer planned), once when both live on the same one.

// SettleWait is how long Settle waits for a replica to acknowledge.
const SettleWait = 200 * time.Millisecond

// rolesFor is how long what ROLE said of a master's replicas is believed:
// a master with none (a single Redis; a promoted replica before its old
// master comes back) is not waited on.
const rolesFor = 5 * time.Second

// ErrMoved means a person's keys changed master while the event was
// handled (a failover): what it wrote may have been on the master that
// failed, and is not confirmed.
var ErrMoved = errors.New("the person's data moved to another Redis master while the event was handled (a failover)")

// Replication counts what Settle did, for metrics.
type Replication struct {
	// Waited is how often a replica was waited for; Unacknowledged how
	// often none acknowledged within SettleWait (confirmed anyway).
	Waited, Unacknowledged atomic.Int64
}

// replicaCounts remembers how many replicas each master had, by address.
type replicaCounts struct {
	mu   sync.Mutex
	seen map[string]replicaCount
}

type replicaCount struct {
	n  int
	at time.Time
}

// Replication returns Settle's counters.
func (r *Redis) Replication() *Replication { return &r.repl }

// Locate says where the person's keys and their partition of the queue
// live now: the masters' addresses on a Cluster, "" on a single Redis.
// Handing it to Settle after the event tells a failover in between.
func (r *Redis) Locate(ctx context.Context, person string) string {
	cc, ok := r.rdb.(*redis.ClusterClient)
	if !ok {
		return ""
	}
	var addrs []string
	for _, key := range r.settleKeys(person) {
		node, err := cc.MasterForKey(ctx, key)
		if err != nil {
			addrs = append(addrs, "?") // unknown now: Settle will not match it
			continue
		}
		addrs = append(addrs, node.Options().Addr)
	}
	return strings.Join(addrs, ",")
}

// settleKeys are a key in the person's slot and one in their partition's.
func (r *Redis) settleKeys(person string) []string {
	return []string{r.keys.person(person), r.keys.partOf(person).due}
}

// Settle waits, up to SettleWait, for one replica of each master that
// holds the person's keys or their partition of the queue to acknowledge
// every write made there so far. at is what Locate said before the event.
// An error means what the event wrote may be lost (the master is
// unreachable, or it changed since Locate: ErrMoved): the caller does not
// confirm it. No replica acknowledging in time is not an error: it is
// logged and counted (Replication().Unacknowledged), and the caller
// confirms. A master without replicas, a single Redis with none among
// them, and the embedded Redis are not waited on.
func (r *Redis) Settle(ctx context.Context, person, at string) error {
	if r.embedded != nil {
		return nil
	}
	if err := checkID(person); err != nil {
		return err
	}
	cc, ok := r.rdb.(*redis.ClusterClient)
	if !ok {
		return r.settleOn(ctx, r.rdb, "", r.keys.prefix+"sync")
	}
	var nodes []*redis.Client
	var addrs []string
	for _, key := range r.settleKeys(person) {
		node, err := cc.MasterForKey(ctx, key)
		if err != nil {
			return fmt.Errorf("find the master of the person's data: %w", err)
		}
		addrs = append(addrs, node.Options().Addr)
		nodes = append(nodes, node)
	}
	if strings.Join(addrs, ",") != at {
		return ErrMoved
	}
	for i, key := range r.settleKeys(person) {
		if i > 0 && addrs[i] == addrs[0] {
			break // one master: one wait covers both
		}
		if err := r.settleOn(ctx, nodes[i], addrs[i], r.marker(key)); err != nil {
			return err
		}
	}
	return nil
}

// marker is a key in key's slot that names nobody: its tag is one of
// slotTags, not the person's id.
func (r *Redis) marker(key string) string {
	return r.keys.prefix + "{" + slotTags()[ClusterSlot(key)] + "}:sync"
}

// slotTags are, for each Cluster slot, a short hash tag that falls in it
// ("w<k>", k the first number that does). Computed once, on first use
// (about 170,000 CRC16s of a few bytes).
var slotTags = sync.OnceValue(func() []string {
	tags := make([]string, clusterSlots)
	left := clusterSlots
	for k := 0; left > 0; k++ {
		tag := "w" + strconv.Itoa(k)
		if s := ClusterSlot(tag); tags[s] == "" {
			tags[s] = tag
			left--
		}
	}
	return tags
})

// settleOn writes the marker and waits for a replica on one connection
// to node (a master; addr its address, "" for a single Redis), unless the
// node has no replica.
func (r *Redis) settleOn(ctx context.Context, node redis.UniversalClient, addr, marker string) error {
	n, err := r.replicas(ctx, node, addr)
	if err != nil || n == 0 {
		return err
	}
	var set *redis.StatusCmd
	var acked *redis.Cmd
	// A pipeline runs on one connection: WAIT counts the marker's write.
	_, err = node.Pipelined(ctx, func(p redis.Pipeliner) error {
		set = p.Set(ctx, marker, "1", 10*time.Second)
		acked = p.Do(ctx, "WAIT", 1, SettleWait.Milliseconds())
		return nil
	})
	if set.Err() == nil && refused(acked.Err()) {
		err = nil // WAIT refused (renamed away): as if no replica answered
	}
	if err != nil {
		if _, moved := redis.IsMovedError(err); moved || strings.HasPrefix(err.Error(), "READONLY") {
			return ErrMoved // the node was demoted meanwhile
		}
		return fmt.Errorf("wait for a replica: %w", err)
	}
	r.repl.Waited.Add(1)
	if n, _ := acked.Int64(); n < 1 {
		r.repl.Unacknowledged.Add(1)
		r.log.Warn("no replica acknowledged in time; confirmed anyway", "master", addr, "waited", SettleWait)
	}
	return nil
}

// refused reports whether err is Redis refusing a command (an error
// reply), rather than not answering. MOVED and READONLY are not refusals:
// the node is no longer the master.
func refused(err error) bool {
	var re redis.Error
	if err == nil || !errors.As(err, &re) {
		return false
	}
	_, moved := redis.IsMovedError(err)
	return !moved && !strings.HasPrefix(err.Error(), "READONLY")
}

// replicas is how many replicas the master node has, as ROLE said at
// most rolesFor ago. A node that is not a master now is an error: the
// Cluster moved on.
func (r *Redis) replicas(ctx context.Context, node redis.UniversalClient, addr string) (int, error) {
	r.roles.mu.Lock()
	seen, ok := r.roles.seen[addr]
	r.roles.mu.Unlock()
	if ok && time.Since(seen.at) < rolesFor {
		return seen.n, nil
	}
	role, err := node.Do(ctx, "ROLE").Slice()
	var list []any
	switch {
	case refused(err):
		// A Redis that does not know ROLE or refuses it (an in-process
		// one; a managed service that renamed it): no replica is known,
		// none is waited for.
		r.log.Debug("ROLE refused; not waiting for replicas", "err", err)
	case err != nil:
		return 0, fmt.Errorf("ask a master for its replicas: %w", err)
	case len(role) < 3 || role[0] != "master":
		return 0, ErrMoved
	default:
		list, _ = role[2].([]any)
	}
	r.roles.mu.Lock()
	defer r.roles.mu.Unlock()
	if r.roles.seen == nil {
		r.roles.seen = map[string]replicaCount{}
	}
	r.roles.seen[addr] = replicaCount{n: len(list), at: time.Now()}
	return len(list), nil
}
