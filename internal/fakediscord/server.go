package fakediscord

import (
	"errors"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Server is a fake Discord. Create it with New, start it with Start, and stop
// it with Close. All methods are safe for concurrent use.
type Server struct {
	cfg config
	ids idGen

	ln   net.Listener
	http *http.Server
	mux  *http.ServeMux
	wg   sync.WaitGroup // the serve loop and every gateway connection
	gw   gateway

	// mu guards everything below. It is never held while a gateway lock is
	// taken, so REST handlers and event injection cannot deadlock.
	mu           sync.Mutex
	requests     []Request
	violations   []string
	users        map[string]User
	guilds       map[string]*Guild
	guildOrder   []string
	channels     map[string]channelInfo
	dmByUser     map[string]string
	dmClosed     map[string]bool
	dmRefused    map[string]bool // users whose DM cannot even be opened
	messages     map[string]*Message
	channelMsgs  map[string][]string
	interactions map[string]*interactionState
	userMsgs     map[string]dispatch // MESSAGE_CREATE of each injected user message, for a replay
	byToken      map[string]*interactionState
	commands     map[string][]Command // by guild ID, "" for global
	nonces       map[nonceKey]nonceUse
	faults       faults
}

type channelInfo struct {
	Channel
	guildID   string
	recipient string // for DM channels
	private   bool   // a DM or group DM between users, which the bot is not in
}

// New returns a Server that is not yet listening.
func New(opts ...Option) *Server {
	cfg := config{
		bot:         User{ID: "100000000000000001", Username: "fakebot", Bot: true},
		ackDeadline: 3 * time.Second,
		heartbeat:   41250 * time.Millisecond,
		shards:      1,
		maxConc:     1,
		shardGuilds: 2500,
	}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.appID == "" {
		cfg.appID = cfg.bot.ID
	}
	s := &Server{
		cfg:          cfg,
		users:        map[string]User{cfg.bot.ID: cfg.bot},
		guilds:       map[string]*Guild{},
		channels:     map[string]channelInfo{},
		dmByUser:     map[string]string{},
		dmClosed:     map[string]bool{},
		dmRefused:    map[string]bool{},
		messages:     map[string]*Message{},
		channelMsgs:  map[string][]string{},
		interactions: map[string]*interactionState{},
		userMsgs:     map[string]dispatch{},
		byToken:      map[string]*interactionState{},
		commands:     map[string][]Command{},
		nonces:       map[nonceKey]nonceUse{},
	}
	s.faults.globalLimit = cfg.globalLimitN
	for _, u := range cfg.users {
		s.users[u.ID] = u
	}
	for _, g := range cfg.guilds {
		s.addGuildLocked(g)
	}
	s.gw.sessions = map[string]*gwSession{}
	s.gw.conns = map[*gwConn]struct{}{}
	s.gw.live = map[Shard]liveConn{}
	s.gw.lastIdent = map[int]time.Time{}
	s.mux = s.routes()
	return s
}

func (s *Server) addGuildLocked(g Guild) {
	g.Members = append([]Member(nil), g.Members...)
	s.guilds[g.ID] = &g
	s.guildOrder = append(s.guildOrder, g.ID)
	for _, ch := range g.Channels {
		s.channels[ch.ID] = channelInfo{Channel: ch, guildID: g.ID}
	}
	for _, m := range g.Members {
		s.users[m.User.ID] = m.User
	}
}

// Start listens on 127.0.0.1 on a free port and serves REST and the gateway.
func (s *Server) Start() error {
	if s.ln != nil {
		return errors.New("fakediscord: already started")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	s.ln = ln
	s.http = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		_ = s.http.Serve(ln) // returns http.ErrServerClosed after Close
	}()
	return nil
}

// URL returns the base URL, like http://127.0.0.1:PORT; REST lives under
// URL()+"/api/v9/" and the gateway at ws://127.0.0.1:PORT/gateway.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// GatewayURL returns the websocket URL that GET /gateway hands out.
func (s *Server) GatewayURL() string { return "ws://" + s.ln.Addr().String() + "/gateway" }

// ApplicationID returns the application ID the fake uses.
func (s *Server) ApplicationID() string { return s.cfg.appID }

// BotUser returns the bot's own user.
func (s *Server) BotUser() User { return s.cfg.bot }

// Close disconnects every gateway client, stops the HTTP server and waits
// for all of the fake's goroutines to end. Close discordgo sessions first:
// a session that loses its connection tries to reconnect forever.
func (s *Server) Close() error {
	if s.ln == nil {
		return nil
	}
	s.gw.closeAll()
	err := s.http.Close()
	s.wg.Wait()
	return err
}

// AddMember adds or replaces a guild member, for tests that change roles.
func (s *Server) AddMember(guildID string, m Member) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.guilds[guildID]
	if !ok {
		g = &Guild{ID: guildID}
		s.guilds[guildID] = g
		s.guildOrder = append(s.guildOrder, guildID)
	}
	s.users[m.User.ID] = m.User
	for i := range g.Members {
		if g.Members[i].User.ID == m.User.ID {
			g.Members[i] = m
			return
		}
	}
	g.Members = append(g.Members, m)
}

// SetDMsClosed makes DMs to the user fail with 50007 "Cannot send messages
// to this user", as when someone blocks the bot or closes DMs.
func (s *Server) SetDMsClosed(userID string, closed bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dmClosed[userID] = closed
}

// SetDMOpenRefused makes opening a DM with the user (POST
// /users/@me/channels) fail with 400 50007, as Discord answers for some
// users who shut the bot out, before any message is tried.
func (s *Server) SetDMOpenRefused(userID string, refused bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dmRefused[userID] = refused
}

// DMChannel returns the DM channel ID for a user, creating it if needed. The
// ID is stable: it is the one POST /users/@me/channels returns.
func (s *Server) DMChannel(userID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dmChannelLocked(userID)
}

func (s *Server) dmChannelLocked(userID string) string {
	if id, ok := s.dmByUser[userID]; ok {
		return id
	}
	id := s.ids.next()
	s.dmByUser[userID] = id
	s.channels[id] = channelInfo{Channel: Channel{ID: id, Type: 1}, recipient: userID}
	return id
}

func (s *Server) userLocked(id string) User {
	if u, ok := s.users[id]; ok {
		return u
	}
	return User{ID: id, Username: "user" + id}
}

// discordEpoch is the first millisecond of 2015, where snowflakes start.
const discordEpoch = 1420070400000

// idGen makes snowflakes: milliseconds since the Discord epoch in the high
// bits, so IDs sort by time as the bot may assume, and always increase.
type idGen struct {
	mu   sync.Mutex
	last uint64
}

func (g *idGen) next() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	id := uint64(time.Now().UnixMilli()-discordEpoch) << 22
	if id <= g.last {
		id = g.last + 1
	}
	g.last = id
	return strconv.FormatUint(id, 10)
}
