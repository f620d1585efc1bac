package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Endpoint serves Discord's Interactions Endpoint URL: with one set in the
// developer portal, Discord POSTs every interaction to it, signed with the
// application's Ed25519 key, and takes the HTTP answer as the interaction
// response. Any number of replicas can serve it behind a load balancer:
// what an answer needs beyond the request (the replay record, the
// questions that wait for typed text, each person's data) is in Redis, so
// that consecutive interactions of one person may reach different
// replicas, and a replica's crash loses nothing but the requests in its
// hands, which Discord shows the person as failed.
//
// An interaction goes through the same path as one from the gateway
// (interact): the replay check, decoding, the router. Its response (a
// message, a deferral, a modal, an update, autocomplete choices) is the
// HTTP answer; follow-ups and edits of a deferred answer go through the
// interaction webhook as always.
type Endpoint struct {
	Transport *Transport
	// PublicKey is the application's public key (DISCORD_PUBLIC_KEY).
	PublicKey ed25519.PublicKey
	// MaxAge is how far X-Signature-Timestamp may be from now, in either
	// direction, for a request to be served; 0 means DefaultMaxAge.
	// A captured request replayed later is refused without a look at
	// Redis.
	MaxAge time.Duration
	// Now is the clock the age is read with; nil means time.Now.
	Now func() time.Time
}

// DefaultMaxAge is Endpoint.MaxAge when unset: Discord's deadline to
// answer is 3 s, and a clock may be off by a second or two.
const DefaultMaxAge = 5 * time.Second

// maxInteractionBody bounds what is read of a request. An interaction is a
// few kilobytes; a modal of five 4000-character fields, under 100 KB.
const maxInteractionBody = 1 << 20

// answerWithin is how long an HTTP request waits for its interaction's
// response: Discord's own deadline. The transport defers after AckAfter
// (2 s), well before it.
const answerWithin = 3 * time.Second

// ParsePublicKey reads the hex public key the developer portal shows.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("want %d bytes in hex (the developer portal's Public Key)", ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// ServeHTTP answers one POST from Discord.
func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	arrived := time.Now()
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
	if err != nil {
		http.Error(w, "body too large or unreadable", http.StatusRequestEntityTooLarge)
		return
	}
	if err := e.verify(r.Header, body); err != nil {
		// Discord checks, when the URL is saved, that a bad signature gets 401.
		// Debug: Discord itself sends bad signatures now and then, to check.
		e.Transport.log().Debug("interactions endpoint: request refused", "err", err)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "not an interaction", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"type":1}`))
		return
	}
	e.Transport.serveDirect(r.Context(), w, &i, arrived)
}

var (
	errSignature = errors.New("bad or missing X-Signature-Ed25519")
	errStale     = errors.New("X-Signature-Timestamp too old or too far ahead")
)

// verify checks the signature over the timestamp and the body, then the
// timestamp's age: only a signed timestamp is worth reading.
func (e *Endpoint) verify(h http.Header, body []byte) error {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	ts := h.Get("X-Signature-Timestamp")
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" ||
		!ed25519.Verify(e.PublicKey, append([]byte(ts), body...), sig) {
		return errSignature
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errStale
	}
	now, maxAge := time.Now, e.MaxAge
	if e.Now != nil {
		now = e.Now
	}
	if maxAge <= 0 {
		maxAge = DefaultMaxAge
	}
	if age := now().Sub(time.Unix(secs, 0)); age > maxAge || age < -maxAge {
		return fmt.Errorf("%w: %v", errStale, age.Round(time.Second))
	}
	return nil
}

// serveDirect runs an interaction from the endpoint and writes its
// response as the HTTP answer. The interaction's work goes on after the
// answer (follow-ups of a deferred one), counted like any handler so that
// Close waits for it.
func (d *Transport) serveDirect(reqCtx context.Context, w http.ResponseWriter, i *discordgo.Interaction, arrived time.Time) {
	if d.session == nil {
		http.Error(w, "not connected yet", http.StatusServiceUnavailable)
		return
	}
	p := newDirect()
	finished := make(chan struct{})
	var handled string // written before finished is closed, read only after
	go func() {
		defer close(finished)
		handled = d.interact(i, p, arrived)
	}()
	timer := time.NewTimer(time.Until(arrived.Add(answerWithin)))
	defer timer.Stop()
	select {
	case <-p.ready:
	case <-finished:
	case <-timer.C:
	case <-reqCtx.Done():
	}
	a, ok := p.take()
	if !ok {
		// No response: a replay, a closed transport, or one not made in
		// time (logged by the handler when it ends).
		kind := "late"
		select {
		case <-finished:
			kind = handled
		default:
		}
		switch kind {
		case replayKind:
			http.Error(w, "interaction already answered", http.StatusConflict)
		case "":
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
		default:
			http.Error(w, "no response in time", http.StatusInternalServerError)
		}
		return
	}
	w.Header().Set("Content-Type", a.contentType)
	_, err := w.Write(a.body)
	if err == nil {
		err = http.NewResponseController(w).Flush()
	}
	p.written <- err
}

// direct carries one interaction response from the exchange to the HTTP
// request waiting for it, and back whether it was written, so that
// follow-ups start only once Discord has the response.
type direct struct {
	mu      sync.Mutex
	closed  bool // the request took the response, or stopped waiting
	resp    *directAnswer
	ready   chan struct{} // closed when resp is set
	written chan error    // whether the response went out; buffered
}

type directAnswer struct {
	contentType string
	body        []byte
}

func newDirect() *direct {
	return &direct{ready: make(chan struct{}), written: make(chan error, 1)}
}

// errNotWaiting is a response made after the HTTP request stopped waiting.
var errNotWaiting = errors.New("the interactions endpoint's request no longer waits for a response")

// answer hands the response (and its files, as a multipart body, as the
// callback endpoint takes them) to the waiting request and waits until
// it is written.
func (p *direct) answer(ctx context.Context, body any, files []*discordgo.File) error {
	var a directAnswer
	var err error
	if a.contentType, a.body, err = encodeBody(body, files); err != nil {
		return fmt.Errorf("interaction response: %w", err)
	}
	p.mu.Lock()
	if p.closed || p.resp != nil {
		p.mu.Unlock()
		return errNotWaiting
	}
	p.resp = &a
	close(p.ready)
	p.mu.Unlock()
	select {
	case err := <-p.written:
		if err != nil {
			return fmt.Errorf("write interaction response: %w", err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("write interaction response: %w", ctx.Err())
	}
}

// take returns the response for the request to write, if one was made;
// either way no other can be made after it.
func (p *direct) take() (directAnswer, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	if p.resp == nil {
		return directAnswer{}, false
	}
	return *p.resp, true
}
