package fakediscord

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

// gwSession is an identified gateway session. It keeps the events it sent,
// so that a client resuming with its last sequence number gets the ones it
// missed.
type gwSession struct {
	id      string
	token   string
	intents int
	shard   Shard
	named   bool // IDENTIFY gave the shard; only such sessions hold one alone

	mu      sync.Mutex
	seq     int64
	history []frame
	conn    *gwConn // nil while disconnected
}

// historyMax bounds the events kept for resuming.
const historyMax = 1000

// send dispatches an event to the session, recording it for replay even
// when no connection is attached.
func (ss *gwSession) send(name string, data any) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	ss.seq++
	seq := ss.seq
	f := frame{Op: 0, D: data, S: &seq, T: &name}
	ss.history = append(ss.history, f)
	if len(ss.history) > historyMax {
		ss.history = ss.history[len(ss.history)-historyMax:]
	}
	if ss.conn != nil {
		_ = ss.conn.send(f) // a failed write ends the connection; resume replays
	}
}

func (ss *gwSession) detach(c *gwConn) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.conn == c {
		ss.conn = nil
	}
}

type identifyData struct {
	Token          string            `json:"token"`
	Intents        *int              `json:"intents"`
	Compress       bool              `json:"compress"`
	LargeThreshold int               `json:"large_threshold"`
	Shard          *[2]int           `json:"shard"`
	Properties     map[string]string `json:"properties"`
}

func (s *Server) identify(c *gwConn, raw json.RawMessage) error {
	if c.session != nil {
		c.closeWith(4005, "Already authenticated")
		return errClosed
	}
	var d identifyData
	if json.Unmarshal(raw, &d) != nil || d.Intents == nil {
		s.gatewayViolation("IDENTIFY without intents or not decodable")
		c.closeWith(4013, "Invalid intent(s)")
		return errClosed
	}
	if d.Token == "" || (s.cfg.token != "" && tokenOf(d.Token) != s.cfg.token) {
		s.gatewayViolation("IDENTIFY with a wrong or empty token")
		c.closeWith(4004, "Authentication failed")
		return errClosed
	}
	if bad := *d.Intents & privilegedIntents &^ s.cfg.privileged; bad != 0 {
		s.gatewayViolation(fmt.Sprintf("IDENTIFY asks for privileged intents %#x that are not enabled", bad))
		c.closeWith(4014, "Disallowed intent(s)")
		return errClosed
	}
	sh := shardOf(d.Shard)
	s.mu.Lock()
	code, text := s.checkShardLocked(sh)
	s.mu.Unlock()
	if code != 0 {
		s.gatewayViolation(fmt.Sprintf("IDENTIFY with shard %v: %s", sh, text))
		c.closeWith(code, text)
		return errClosed
	}
	if !s.identifySlot(sh) {
		s.gatewayViolation(fmt.Sprintf("IDENTIFY for shard %v within the identify window of its bucket", sh))
		return c.send(frame{Op: 9, D: false})
	}
	c.setCompress(d.Compress && c.stream == nil)
	ss := &gwSession{id: newSessionID(), token: tokenOf(d.Token), intents: *d.Intents, shard: sh, named: d.Shard != nil}
	s.gw.mu.Lock()
	if ss.named && !s.gw.claimShardLocked(sh, liveConn{c, ss}) {
		s.gw.mu.Unlock()
		s.gatewayViolation(fmt.Sprintf("IDENTIFY for shard %v while another connection holds it", sh))
		c.closeWith(4005, "Shard already connected")
		return errClosed
	}
	s.gw.identifies = append(s.gw.identifies, Identify{Intents: *d.Intents, Compress: d.Compress,
		LargeThreshold: d.LargeThreshold, Shard: d.Shard, Properties: d.Properties, Time: time.Now()})
	s.gw.sessions[ss.id] = ss
	s.gw.mu.Unlock()

	ready, guilds := s.readyPayloads(ss)
	c.session = ss
	ss.mu.Lock()
	ss.conn = c
	ss.mu.Unlock()
	ss.send("READY", ready)
	if ss.intents&IntentGuilds != 0 {
		for _, g := range guilds {
			ss.send("GUILD_CREATE", g)
		}
	}
	return nil
}

type resumeData struct {
	Token     string `json:"token"`
	SessionID string `json:"session_id"`
	Seq       int64  `json:"seq"`
}

// resume re-attaches a session: the missed events first, then RESUMED, as
// Discord does. An unknown session gets op 9 INVALID_SESSION (not resumable).
func (s *Server) resume(c *gwConn, raw json.RawMessage) error {
	var d resumeData
	_ = json.Unmarshal(raw, &d)
	s.gw.mu.Lock()
	ss := s.gw.sessions[d.SessionID]
	s.gw.mu.Unlock()
	if ss == nil || ss.token != tokenOf(d.Token) {
		s.gatewayViolation("RESUME of an unknown session or with another token")
		return c.send(frame{Op: 9, D: false})
	}
	ss.mu.Lock()
	if ss.conn != nil && ss.conn != c {
		ss.conn.closeWith(4000, "Session resumed elsewhere")
	}
	s.gw.mu.Lock()
	if cur, ok := s.gw.live[ss.shard]; ss.named && ok && cur.session != ss {
		s.gw.mu.Unlock()
		ss.mu.Unlock()
		s.gatewayViolation(fmt.Sprintf("RESUME of shard %v while another session holds it", ss.shard))
		c.closeWith(4005, "Shard already connected")
		return errClosed
	}
	if ss.named {
		s.gw.live[ss.shard] = liveConn{c, ss}
	}
	s.gw.mu.Unlock()
	for _, f := range ss.history {
		if *f.S > d.Seq {
			_ = c.send(f)
		}
	}
	ss.conn = c
	ss.mu.Unlock()
	c.session = ss
	c.setCompress(false) // RESUME has no compress field: this connection sends plain text
	s.gw.mu.Lock()
	s.gw.resumes++
	s.gw.mu.Unlock()
	ss.send("RESUMED", map[string]any{"_trace": []string{"fakediscord"}})
	return nil
}

// dispatchAll sends an event to every session whose shard holds its guild
// and whose intents allow it.
func (g *gateway) dispatchAll(d dispatch) {
	g.mu.Lock()
	sessions := make([]*gwSession, 0, len(g.sessions))
	for _, ss := range g.sessions {
		sessions = append(sessions, ss)
	}
	g.mu.Unlock()
	for _, ss := range sessions {
		if !ss.shard.holds(d.guild) || (d.intent != 0 && ss.intents&d.intent == 0) {
			continue
		}
		data := d.data
		if d.withoutContent != nil && ss.intents&IntentMessageContent == 0 {
			data = d.withoutContent
		}
		ss.send(d.name, data)
	}
}

func (s *Server) gatewayViolation(msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.violations = append(s.violations, "gateway: "+msg)
}

// errClosed ends a connection's loop after the fake closed it.
var errClosed = fmt.Errorf("fakediscord: connection closed by the fake")

// newSessionID returns 32 hex digits, the shape of Discord's session IDs.
func newSessionID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
