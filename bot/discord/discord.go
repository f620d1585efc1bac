package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
)

// Transport is the Discord transport. It registers Aftercare's slash
// commands, turns interactions (commands, buttons, modals) and direct
// messages into coach events through the Router, and sends scheduled
// messages as DMs (it is a bot.Sender and a bot.ChannelSender). Set the
// fields, call Open once, and Close when done.
type Transport struct {
	Token   string   // the bot token, without "Bot "
	APIBase *url.URL // nil: Discord itself; else a REST proxy or a fake Discord (DISCORD_API_BASE)
	GuildID string   // register the commands in this guild only; empty: globally
	Router  bot.Router
	Log     *slog.Logger
	// DefaultZone is offered first when someone opens /start's zone list.
	DefaultZone string
	// AckAfter is how long an answer may take before the interaction is
	// acknowledged with a deferred response and answered later; 0 means 2s.
	// Discord drops interactions not acknowledged within 3s.
	AckAfter time.Duration
	// Observe, if set, is told about every interaction and direct message
	// once everything for it has been sent: for metrics, and for tests.
	Observe func(Handled)
	// Workers is how many heavy answers (/summary, /export, a therapist's
	// digest, registering) are built at once; 0 means two a core. They
	// are acknowledged at once whatever the wait.
	Workers int
	// Rate is how many REST requests a second the bot may make (Discord's
	// global limit); 0 means DefaultRate.
	Rate float64
	// Slots, if set, paces REST requests together with every other
	// process of the bot (Discord's global limit is per bot); nil paces
	// this process alone.
	Slots SendSlots
	// DMs keeps each person's DM channel id across restarts; nil keeps
	// them in memory only.
	DMs DMChannels
	// Seen records each interaction and direct message applied, so that
	// one delivered again is neither applied nor answered a second time;
	// nil keeps no record.
	Seen Replays
	// Awaiting keeps the question typed DM text would answer, shared by
	// every replica; nil keeps it in memory, for one process alone.
	Awaiting Awaiting
	// Stats counts REST requests and what Discord answered.
	Stats RESTStats
	// Sharded leaves the gateway to a Shards coordinator, which connects
	// the shards this replica holds: Open and Close only start and stop
	// REST and the handlers.
	Sharded bool

	session  *discordgo.Session
	appID    string
	localDMs memoryDMs // DM channel ids when DMs is nil
	pending  sync.Map  // person id → coach.Action that typed DM text answers, when Awaiting is nil
	inputs   inputCache
	langs    personLangs // person id → their language, from the coach's answers
	workers  workers     // builds heavy answers; made by Open
	quick    workers     // asks the coach for quick answers; made by Open

	mu       sync.Mutex
	state    transportState
	inflight sync.WaitGroup // handlers started while open
	late     sync.WaitGroup // kind refusals sent while draining
}

// Handled describes one interaction or direct message the transport
// answered. It carries ids and kinds only, never what anyone wrote.
type Handled struct {
	ID       string // the interaction or message id
	Kind     string // like "command:start", "press:answer", "submit:note", "autocomplete"
	Deferred bool   // acknowledged first and answered later
	Took     time.Duration
	Err      error // a Discord call that failed, if any
}

type transportState int

const (
	stateOpen     transportState = iota
	stateDraining                // finishing in-flight work, refusing new work kindly
	stateClosed
)

// defaultAckAfter leaves a second of Discord's three for the deferred
// response itself to arrive.
const defaultAckAfter = 2 * time.Second

// handlerTimeout bounds one interaction's work, so Close never waits long.
const handlerTimeout = 30 * time.Second

// intents are all the bot asks for: guild and channel events, and
// messages in guilds and DMs. Interactions need no intent, and DM text
// needs no privileged MESSAGE_CONTENT intent.
const intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// Open connects to the gateway and registers the commands, with one bulk
// overwrite on every start so that the registered set always matches this
// build.
func (d *Transport) Open(ctx context.Context) error {
	if d.session != nil {
		return errors.New("discord: already open")
	}
	s, err := discordgo.New("Bot " + d.Token)
	if err != nil {
		return fmt.Errorf("discord session: %w", err)
	}
	// No Client.Timeout: bounded keeps the same bound more cheaply.
	s.Client = &http.Client{Transport: bounded{requestTimeout, newPaced(d.Rate, d.Slots, newAPIRewrite(d.APIBase, newHTTPTransport()), &d.Stats, d.log())}}
	s.Identify.Intents = intents
	noPayloadCompression(s)
	s.StateEnabled = false // Aftercare keeps no Discord state; READY's essentials are kept anyway
	d.workers = newWorkers(d.Workers)
	d.quick = newWorkers(quickWorkers())
	s.AddHandler(d.onInteraction)
	s.AddHandler(d.onMessage)
	d.session = s
	if d.Sharded {
		err = d.openREST(ctx)
	} else {
		err = s.Open()
	}
	if err != nil {
		d.session = nil
		return fmt.Errorf("connect to the Discord gateway: %w", err)
	}
	if d.appID == "" {
		d.appID = applicationID(s)
	}
	if err := d.registerCommands(ctx); err != nil {
		return errors.Join(err, d.Close())
	}
	d.log().Info("discord connected", "application", d.appID, "guild", d.GuildID)
	return nil
}

// restIdleConns is how many idle connections to Discord's API the
// transport keeps. net/http's default transport keeps 2 a host: a crowd of
// interactions answered at once then opens a new connection (a TCP and TLS
// handshake, on Discord: milliseconds of CPU each) for nearly every
// callback beyond the second, and closes it after.
const restIdleConns = 256

// newHTTPTransport is http.DefaultTransport's configuration with enough
// idle connections per host for a crowd of callbacks to reuse them.
func newHTTPTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = restIdleConns
	t.MaxIdleConnsPerHost = restIdleConns
	return t
}

// noPayloadCompression asks the gateway for plain JSON. With compression
// on, discordgo makes a new zlib reader (about 34 KB) for every compressed
// event and inflates it before decoding; the events the bot gets are small
// (an interaction is 1–3 KB), so the saving in bytes is small and the CPU
// is the bot's. READY and GUILD_CREATE come uncompressed too, once a
// connection.
func noPayloadCompression(s *discordgo.Session) {
	s.Compress = false
	s.Identify.Compress = false
}

// applicationID reads the application id from READY; for current
// applications it equals the bot user's id, which is the fallback.
func applicationID(s *discordgo.Session) string {
	s.State.RLock()
	defer s.State.RUnlock()
	if app := s.State.Application; app != nil && app.ID != "" {
		return app.ID
	}
	if s.State.User != nil {
		return s.State.User.ID
	}
	return ""
}

// Close stops gracefully: new interactions get a kind "try again"
// (except /crisis, which is always answered), interactions in hand are
// finished, then the gateway is closed. Send keeps working afterwards,
// since it needs only REST: the scheduler may finish its job in hand.
func (d *Transport) Close() error {
	d.mu.Lock()
	if d.session == nil || d.state != stateOpen {
		d.mu.Unlock()
		return nil
	}
	d.state = stateDraining
	d.mu.Unlock()
	d.inflight.Wait()

	if d.Sharded {
		return d.closeSharded()
	}
	s := d.session
	waitFirstHeartbeat(s)
	// A failed heartbeat or read after this point must not start
	// discordgo's reconnect loop, which would never end.
	s.Lock()
	s.ShouldReconnectOnError = false
	s.Unlock()
	err := s.Close()

	d.mu.Lock()
	d.state = stateClosed
	d.mu.Unlock()
	d.late.Wait()
	if err != nil {
		return fmt.Errorf("close the Discord gateway: %w", err)
	}
	d.log().Info("discord closed")
	return nil
}

// waitFirstHeartbeat waits, briefly, for discordgo's first heartbeat
// (DataReady). That heartbeat is sent by a goroutine Open starts; if the
// connection is closed before it, the write fails and discordgo tries to
// reconnect.
func waitFirstHeartbeat(s *discordgo.Session) {
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		s.RLock()
		ready := s.DataReady
		s.RUnlock()
		if ready {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// begin admits one handler. It reports false once Close has started,
// with refuse true while a kind refusal can still be sent; done must be
// called when admitted.
func (d *Transport) begin() (done func(), refuse bool, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	switch d.state {
	case stateOpen:
		d.inflight.Add(1)
		return d.inflight.Done, false, true
	case stateDraining:
		d.late.Add(1)
		return d.late.Done, true, true
	}
	return nil, false, false
}

func (d *Transport) ackAfter() time.Duration {
	if d.AckAfter > 0 {
		return d.AckAfter
	}
	return defaultAckAfter
}

func (d *Transport) log() *slog.Logger {
	if d.Log != nil {
		return d.Log
	}
	return slog.New(slog.DiscardHandler)
}

// recoverHandler keeps a bug in one handler from ending the process:
// discordgo runs handlers in goroutines of their own and recovers nothing.
func (d *Transport) recoverHandler(id string) {
	if r := recover(); r != nil {
		d.log().Error("discord handler panicked", "id", id, "panic", r)
	}
}

// observe logs a handled interaction or message (ids and kinds only) and
// passes it to Observe.
func (d *Transport) observe(h Handled) {
	if h.Err != nil {
		d.log().Error("discord reply failed", "id", h.ID, "kind", h.Kind, "err", h.Err)
	} else {
		d.log().Debug("discord handled", "id", h.ID, "kind", h.Kind, "deferred", h.Deferred, "took", h.Took)
	}
	if d.Observe != nil {
		d.Observe(h)
	}
}
