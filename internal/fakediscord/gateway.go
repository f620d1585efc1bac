package fakediscord

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// gateway holds the websocket connections and the sessions they belong to.
// A session outlives its connection, so that a client can RESUME it.
type gateway struct {
	mu         sync.Mutex
	closed     bool
	conns      map[*gwConn]struct{}
	sessions   map[string]*gwSession
	identifies []Identify
	live       map[Shard]liveConn // each shard's one connection
	lastIdent  map[int]time.Time  // each identify bucket's last IDENTIFY
	resumes    int
}

// gwConn is one websocket connection. Writes are serialized by wmu, since
// gorilla/websocket allows one writer at a time; only the connection's own
// goroutine reads and touches session.
type gwConn struct {
	ws       *websocket.Conn
	wmu      sync.Mutex
	stream   *zlib.Writer // zlib-stream transport compression, if asked for
	zbuf     bytes.Buffer
	compress bool // payload compression, asked for in IDENTIFY; guarded by wmu
	// payload compresses one payload at a time, each a zlib stream of its
	// own, into zbuf: made on first use and Reset for each payload after,
	// since a new zlib writer allocates about a megabyte. Guarded by wmu.
	payload *zlib.Writer
	session *gwSession
}

// frame is a gateway payload; s and t are null outside dispatches (op 0).
type frame struct {
	Op int     `json:"op"`
	D  any     `json:"d"`
	S  *int64  `json:"s"`
	T  *string `json:"t"`
}

// compressMin is the size from which payloads are zlib-compressed when the
// client asked for payload compression; Discord compresses large payloads,
// READY among them, and discordgo always asks.
const compressMin = 256

func (c *gwConn) send(f frame) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	switch {
	case c.stream != nil:
		c.zbuf.Reset()
		_, _ = c.stream.Write(b)
		_ = c.stream.Flush() // ends the message with the 00 00 ff ff suffix clients look for
		return c.ws.WriteMessage(websocket.BinaryMessage, c.zbuf.Bytes())
	case c.compress && len(b) >= compressMin:
		return c.ws.WriteMessage(websocket.BinaryMessage, c.compressPayload(b))
	default:
		return c.ws.WriteMessage(websocket.TextMessage, b)
	}
}

// compressPayload returns b as a zlib stream of its own, complete, as
// Discord's payload compression sends each large payload. The bytes are
// c.zbuf's, valid until the next write; the caller holds wmu. BestSpeed:
// the client inflates any level alike, and the fake's CPU is the harness's.
func (c *gwConn) compressPayload(b []byte) []byte {
	c.zbuf.Reset()
	if c.payload == nil {
		c.payload, _ = zlib.NewWriterLevel(&c.zbuf, zlib.BestSpeed) // a valid level: no error
	} else {
		c.payload.Reset(&c.zbuf)
	}
	_, _ = c.payload.Write(b) // into a bytes.Buffer: no error
	_ = c.payload.Close()
	return c.zbuf.Bytes()
}

// setCompress is guarded like writes, since other goroutines send on c.
func (c *gwConn) setCompress(on bool) {
	c.wmu.Lock()
	c.compress = on
	c.wmu.Unlock()
}

// closeWith sends a close frame with a gateway close code and closes.
func (c *gwConn) closeWith(code int, text string) {
	msg := websocket.FormatCloseMessage(code, text)
	_ = c.ws.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
	_ = c.ws.Close()
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if enc := q.Get("encoding"); enc != "" && enc != "json" {
		http.Error(w, "the fake speaks encoding=json only", http.StatusBadRequest)
		return
	}
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered the client
	}
	c := &gwConn{ws: ws}
	if q.Get("compress") == "zlib-stream" {
		c.stream = zlib.NewWriter(&c.zbuf)
	}
	if !s.gw.register(c, &s.wg) {
		_ = ws.Close()
		return
	}
	defer s.wg.Done()
	defer s.gw.unregister(c)
	s.runConn(c)
}

func (g *gateway) register(c *gwConn, wg *sync.WaitGroup) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return false
	}
	g.conns[c] = struct{}{}
	wg.Add(1) // under g.mu, so that Close cannot be waiting already
	return true
}

func (g *gateway) unregister(c *gwConn) {
	g.mu.Lock()
	delete(g.conns, c)
	g.mu.Unlock()
	_ = c.ws.Close()
	if c.session != nil {
		c.session.detach(c)
		g.releaseShard(c.session.shard, c)
	}
}

// runConn says HELLO and then serves the client's opcodes until the
// connection ends or stays silent past the heartbeat allowance.
func (s *Server) runConn(c *gwConn) {
	hb := s.cfg.heartbeat
	if c.send(frame{Op: 10, D: map[string]int64{"heartbeat_interval": hb.Milliseconds()}}) != nil {
		return
	}
	for {
		_ = c.ws.SetReadDeadline(time.Now().Add(hb * 3 / 2))
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var f struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(data, &f) != nil {
			c.closeWith(4002, "Decode error")
			return
		}
		switch f.Op {
		case 1:
			err = c.send(frame{Op: 11})
		case 2:
			err = s.identify(c, f.D)
		case 6:
			err = s.resume(c, f.D)
		case 3, 4, 8: // presence, voice state, request members: accepted, not modelled
		default:
			c.closeWith(4001, "Unknown opcode")
			return
		}
		if err != nil {
			return
		}
	}
}

// Identifies returns every IDENTIFY the fake received, oldest first.
func (s *Server) Identifies() []Identify {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return append([]Identify(nil), s.gw.identifies...)
}

// Resumes returns how many sessions were resumed.
func (s *Server) Resumes() int {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return s.gw.resumes
}

// Connections returns how many gateway connections are open.
func (s *Server) Connections() int {
	s.gw.mu.Lock()
	defer s.gw.mu.Unlock()
	return len(s.gw.conns)
}

// DropConnection cuts every gateway connection without a close frame, like
// a network failure; sessions stay resumable.
func (s *Server) DropConnection() {
	for _, c := range s.gw.snapshotConns() {
		_ = c.ws.Close()
	}
}

// RequestReconnect sends op 7 RECONNECT to every connection, as Discord
// does before it moves a client to another server.
func (s *Server) RequestReconnect() {
	for _, c := range s.gw.snapshotConns() {
		_ = c.send(frame{Op: 7})
	}
}

func (g *gateway) snapshotConns() []*gwConn {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make([]*gwConn, 0, len(g.conns))
	for c := range g.conns {
		out = append(out, c)
	}
	return out
}

// closeAll refuses new connections and closes the open ones.
func (g *gateway) closeAll() {
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
	for _, c := range g.snapshotConns() {
		c.closeWith(websocket.CloseGoingAway, "fake Discord closed")
	}
}

func tokenOf(t string) string { return strings.TrimPrefix(t, "Bot ") }
