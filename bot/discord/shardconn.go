package discord

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// shardConn is one gateway shard's session, kept connected by its own
// goroutine until stopped. A watchdog closes it a margin before its lease
// may run out, unless the lease is extended first: however late the
// coordinator's round, the shard is closed before another replica can
// take it.
type shardConn struct {
	id     int
	s      *discordgo.Session
	cancel context.CancelFunc
	done   chan struct{}
	margin time.Duration

	mu       sync.Mutex
	watchdog *time.Timer
	expired  bool
}

// Reconnection backoff of one shard.
const (
	shardRetryFirst = 250 * time.Millisecond
	shardRetryMost  = 30 * time.Second
)

// connectShard starts connecting shard id of count. Its events go to the
// transport's handlers; its session sends nothing but the gateway's own
// frames.
// The lease is sure to last until validUntil; the session is closed a
// margin before that unless extendTo moves it.
//
// gate waits for the moment the shard may identify, before each connection.
func (d *Transport) connectShard(id, count int, validUntil time.Time, margin time.Duration, gate func(context.Context), log *slog.Logger) *shardConn {
	ctx, cancel := context.WithCancel(context.Background())
	sc := &shardConn{id: id, s: d.shardSession(id, count), cancel: cancel, done: make(chan struct{}), margin: margin}
	sc.mu.Lock()
	sc.watchdog = time.AfterFunc(time.Until(validUntil)-margin, sc.expire)
	sc.mu.Unlock()
	lost := make(chan struct{}, 1)
	sc.s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		select {
		case lost <- struct{}{}:
		default:
		}
	})
	go sc.keep(ctx, gate, lost, log.With("shard", id, "of", count))
	return sc
}

// shardSession is a gateway session for one shard. discordgo's own
// reconnect loop is off: it would go on forever, even after the lease is
// lost, so keep reconnects instead, and only while the shard is held.
func (d *Transport) shardSession(id, count int) *discordgo.Session {
	s, _ := discordgo.New("Bot " + d.Token) // fails only for a malformed token argument, never with "Bot "
	s.Client = d.session.Client             // one pace and one count of REST requests (GET /gateway)
	s.Identify.Intents = intents
	noPayloadCompression(s)
	s.StateEnabled = false
	s.ShouldReconnectOnError = false
	s.ShardID, s.ShardCount = id, count
	// discordgo names the shard only when there are several; naming it
	// always lets Discord (and the fake) tell which one it is.
	s.Identify.Shard = &[2]int{id, count}
	s.AddHandler(d.onInteraction)
	s.AddHandler(d.onMessage)
	return s
}

// keep connects the session and connects it again (resuming) whenever the
// connection ends, until ctx is done; then it closes the session.
func (sc *shardConn) keep(ctx context.Context, gate func(context.Context), lost <-chan struct{}, log *slog.Logger) {
	defer close(sc.done)
	wait := shardRetryFirst
	for {
		// A resume needs no slot, but discordgo decides within Open which
		// it does; waiting for one costs a resume a few seconds at most.
		gate(ctx)
		if ctx.Err() != nil {
			return
		}
		err := sc.s.Open()
		if ctx.Err() != nil {
			if err == nil {
				_ = sc.s.Close()
			}
			return
		}
		if err != nil {
			log.Warn("discord shard: connect failed", "err", err, "retry in", wait)
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
			wait = min(wait*2, shardRetryMost)
			continue
		}
		wait = shardRetryFirst
		log.Info("discord shard connected")
		select {
		case <-ctx.Done():
			if err := sc.s.Close(); err != nil {
				log.Warn("discord shard: close failed", "err", fmt.Errorf("close shard %d: %w", sc.id, err))
			}
			return
		case <-lost:
			log.Warn("discord shard: connection lost; connecting again")
		}
	}
}

// expire closes the session: its lease may run out soon.
func (sc *shardConn) expire() {
	sc.mu.Lock()
	sc.expired = true
	sc.mu.Unlock()
	sc.cancel()
}

// extendTo moves the watchdog: the lease now lasts until validUntil. It
// reports false when the watchdog has already closed the session.
func (sc *shardConn) extendTo(validUntil time.Time) bool {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if sc.expired {
		return false
	}
	sc.watchdog.Reset(time.Until(validUntil) - sc.margin)
	return true
}

func (sc *shardConn) hasExpired() bool {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.expired
}

// stop closes the session and waits for it to end (discordgo's Close
// takes a second after sending the close frame).
func (sc *shardConn) stop() {
	sc.mu.Lock()
	sc.watchdog.Stop()
	sc.mu.Unlock()
	sc.cancel()
	<-sc.done
}

func (sc *shardConn) ready() bool {
	sc.s.RLock()
	defer sc.s.RUnlock()
	return sc.s.DataReady
}

// openREST starts a sharded transport: no gateway here, so the
// application id comes from REST (the bot user's id, equal to it for
// current applications, as applicationID falls back to).
func (d *Transport) openREST(ctx context.Context) error {
	u, err := d.session.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("read the bot user: %w", err)
	}
	d.appID = u.ID
	return nil
}

// closeSharded ends a sharded transport's drain; the shards' sessions are
// the coordinator's to close.
func (d *Transport) closeSharded() error {
	d.mu.Lock()
	d.state = stateClosed
	d.mu.Unlock()
	d.late.Wait()
	d.log().Info("discord closed")
	return nil
}
