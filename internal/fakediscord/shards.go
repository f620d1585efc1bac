package fakediscord

import (
	"fmt"
	"sort"
	"strconv"
	"time"
)

// Shard is a gateway shard, [shard_id, num_shards] in IDENTIFY. A session
// that sends none is shard {0, 1} and receives everything.
type Shard struct{ ID, Count int }

func (sh Shard) String() string { return fmt.Sprintf("[%d, %d]", sh.ID, sh.Count) }

func shardOf(d *[2]int) Shard {
	if d == nil {
		return Shard{0, 1}
	}
	return Shard{d[0], d[1]}
}

// ShardOf returns the shard, of count, that receives a guild's events:
// (guild_id >> 22) % count, Discord's rule. DMs (guildID "") arrive on
// shard 0.
func ShardOf(guildID string, count int) int {
	if guildID == "" || count < 1 {
		return 0
	}
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

// holds reports whether the shard receives events of guildID ("" for DMs).
func (sh Shard) holds(guildID string) bool { return ShardOf(guildID, sh.Count) == sh.ID }

// checkShardLocked says how Discord closes an IDENTIFY with this shard: 4010
// for an id outside the count, 4011 when the shard would hold more guilds
// than one shard may. Code 0: the shard is fine.
func (s *Server) checkShardLocked(sh Shard) (code int, text string) {
	if sh.Count < 1 || sh.ID < 0 || sh.ID >= sh.Count {
		return 4010, "Invalid shard"
	}
	n := 0
	for _, id := range s.guildOrder {
		if sh.holds(id) {
			n++
		}
	}
	if n > s.cfg.shardGuilds {
		return 4011, "Sharding required"
	}
	return 0, ""
}

// claimShardLocked makes c the shard's one live connection. It reports
// false when another connection holds the shard. Discord itself would
// accept the second one and deliver every event of the shard to both; the
// fake closes it instead, so that a bot which connects a shard twice fails
// its tests. Only IDENTIFYs that name their shard claim it: several
// unsharded connections (replicas that each open the whole gateway) are
// allowed, as Discord allows them.
func (g *gateway) claimShardLocked(sh Shard, lc liveConn) bool {
	if other, ok := g.live[sh]; ok && other.conn != lc.conn {
		return false
	}
	g.live[sh] = lc
	return true
}

// liveConn is a shard's connection and the session on it; the session is
// kept here because only the connection's own goroutine reads gwConn.session.
type liveConn struct {
	conn    *gwConn
	session *gwSession
}

func (g *gateway) releaseShard(sh Shard, c *gwConn) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.live[sh].conn == c {
		delete(g.live, sh)
	}
}

// identifySlot reports whether the shard's bucket may identify now, and
// takes the slot if so.
func (s *Server) identifySlot(sh Shard) bool {
	if s.cfg.identifyGap <= 0 {
		return true
	}
	bucket := sh.ID % max(s.cfg.maxConc, 1)
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	now := time.Now()
	if last, ok := s.gw.lastIdent[bucket]; ok && now.Sub(last) < s.cfg.identifyGap {
		return false
	}
	s.gw.lastIdent[bucket] = now
	return true
}

// LiveShards returns the shards named in IDENTIFY with a connection open
// now, in order. Each appears once: the fake refuses a shard connected
// twice.
func (s *Server) LiveShards() []Shard {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	out := make([]Shard, 0, len(s.gw.live))
	for sh := range s.gw.live {
		out = append(out, sh)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count < out[j].Count
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// IdentifiesOf counts the IDENTIFYs the fake accepted for each shard.
func (s *Server) IdentifiesOf() map[Shard]int {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	out := map[Shard]int{}
	for _, id := range s.gw.identifies {
		out[shardOf(id.Shard)]++
	}
	return out
}
