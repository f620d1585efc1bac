package fakediscord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"time"
)

// An application may set an Interactions Endpoint URL in the developer
// portal; Discord then POSTs each interaction there, signed with the
// application's Ed25519 key, instead of sending INTERACTION_CREATE on the
// gateway, and takes the HTTP response as the interaction's callback. The
// fake does the same once SetInteractionsEndpoint is called: several URLs
// are used in turn, as a load balancer in front of replicas would.

// endpointAgent is the User-Agent Discord sends to an endpoint.
const endpointAgent = "Discord-Interactions/1.0 (+https://discord.com)"

// maxEndpointAnswer bounds what the fake reads of an endpoint's answer:
// Discord's upload limit and a little.
const maxEndpointAnswer = 26 << 20

// EndpointCall is one POST the fake made to an interactions endpoint.
type EndpointCall struct {
	InteractionID string // "" for a PING
	URL           string
	Replay        bool          // sent again by ReplayInteraction
	Status        int           // the endpoint's HTTP status; 0 if it never answered
	Took          time.Duration // from the start of the POST to the whole answer read
	Err           string        // a transport error, if any
}

// endpointClient keeps connections to endpoints open between requests, as
// Discord's own client does, rather than a new one for nearly every POST.
var endpointClient = &http.Client{Transport: &http.Transport{
	MaxIdleConnsPerHost: 256,
	IdleConnTimeout:     90 * time.Second,
}}

// endpoint is the fake's side of the Interactions Endpoint URL; guarded by
// Server.mu except key, which is read-only.
type endpoint struct {
	key   ed25519.PrivateKey
	urls  []string
	next  int
	calls []EndpointCall
}

func newEndpointKey() ed25519.PrivateKey {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		panic(fmt.Sprintf("fakediscord: ed25519 key: %v", err)) // crypto/rand does not fail
	}
	return key
}

// PublicKey returns the application's public key in hex, as the developer
// portal shows it (DISCORD_PUBLIC_KEY).
func (s *Server) PublicKey() string {
	return hex.EncodeToString(s.ep.key.Public().(ed25519.PublicKey))
}

// Sign returns the X-Signature-Ed25519 Discord sends with body at
// timestamp (Unix seconds, X-Signature-Timestamp): the hex signature of
// the timestamp followed by the body.
func (s *Server) Sign(timestamp string, body []byte) string {
	return hex.EncodeToString(ed25519.Sign(s.ep.key, append([]byte(timestamp), body...)))
}

// SetInteractionsEndpoint makes the fake POST interactions to these URLs
// in turn instead of the gateway, as saving an Interactions Endpoint URL
// in the developer portal does; no URL goes back to the gateway.
func (s *Server) SetInteractionsEndpoint(urls ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ep.urls, s.ep.next = append([]string(nil), urls...), 0
}

// EndpointCalls returns every POST the fake made to an interactions
// endpoint, in the order the answers came.
func (s *Server) EndpointCalls() []EndpointCall {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]EndpointCall(nil), s.ep.calls...)
}

// nextEndpointLocked returns the URL to post the next interaction to, or
// "" for the gateway.
func (s *Server) nextEndpointLocked() string {
	if len(s.ep.urls) == 0 {
		return ""
	}
	u := s.ep.urls[s.ep.next%len(s.ep.urls)]
	s.ep.next++
	return u
}

// postInteraction delivers an interaction to an endpoint in the
// background, as Discord does, and applies its answer as the callback.
func (s *Server) postInteraction(url string, st *interactionState, replay bool) {
	body, err := json.Marshal(st.payload)
	if err != nil {
		panic(fmt.Sprintf("fakediscord: interaction payload: %v", err)) // maps of plain values always marshal
	}
	answered := make(chan struct{})
	s.mu.Lock()
	st.answering = answered
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer close(answered)
		// Discord gives up on an endpoint after its deadline; a little
		// longer here, so that a late answer is seen and named late.
		ctx, cancel := context.WithTimeout(context.Background(), s.cfg.ackDeadline+time.Second)
		defer cancel()
		call, ct, answer := s.post(ctx, url, body, time.Now())
		call.InteractionID, call.Replay = st.id, replay
		if call.Status/100 == 2 {
			s.applyEndpointAnswer(st, ct, answer) // before the call is listed: a test waiting for it sees its effect
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		s.ep.calls = append(s.ep.calls, call)
		if call.Status/100 != 2 && !replay {
			s.violations = append(s.violations, fmt.Sprintf("interactions endpoint %s: interaction %s (%s) answered %d %s",
				url, st.id, st.describe(), call.Status, call.Err))
		}
	}()
}

// post sends a signed body and reads the whole answer.
func (s *Server) post(ctx context.Context, url string, body []byte, at time.Time) (call EndpointCall, contentType string, answer []byte) {
	call.URL = url
	ts := strconv.FormatInt(at.Unix(), 10)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		call.Err = err.Error()
		return call, "", nil
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", endpointAgent)
	req.Header.Set("X-Signature-Ed25519", s.Sign(ts, body))
	req.Header.Set("X-Signature-Timestamp", ts)
	start := time.Now()
	resp, err := endpointClient.Do(req)
	if err != nil {
		call.Err, call.Took = err.Error(), time.Since(start)
		return call, "", nil
	}
	defer resp.Body.Close()
	answer, err = io.ReadAll(io.LimitReader(resp.Body, maxEndpointAnswer))
	call.Status, call.Took = resp.StatusCode, time.Since(start)
	if err != nil {
		call.Err = err.Error()
	}
	return call, resp.Header.Get("Content-Type"), answer
}

// viaEndpoint marks, in its context, the callback the fake makes of an
// endpoint's answer.
type viaEndpoint struct{}

// applyEndpointAnswer takes an endpoint's answer as the interaction's
// callback, through the same route, checks and records as a callback the
// bot sends itself; injected faults are not applied to it.
func (s *Server) applyEndpointAnswer(st *interactionState, contentType string, answer []byte) {
	path := "/api/v9/interactions/" + st.id + "/" + st.token + "/callback"
	r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(answer))
	r.Header.Set("Content-Type", contentType)
	r.Header.Set("User-Agent", endpointAgent)
	s.ServeHTTP(httptest.NewRecorder(), r.WithContext(context.WithValue(r.Context(), viaEndpoint{}, true)))
}

// PingEndpoint does what saving the URL in the developer portal does: it
// POSTs a signed PING and wants a PONG ({"type":1}), then the same PING
// with a broken signature and wants 401. It returns what was wrong, or nil.
func (s *Server) PingEndpoint(ctx context.Context, url string) error {
	body := []byte(`{"id":"` + s.ids.next() + `","application_id":"` + s.cfg.appID + `","type":1,"token":"ping","version":1}`)
	call, _, answer := s.post(ctx, url, body, time.Now())
	var pong struct {
		Type *int `json:"type"`
	}
	if call.Status != http.StatusOK || json.Unmarshal(answer, &pong) != nil || pong.Type == nil || *pong.Type != 1 {
		return fmt.Errorf("PING answered %d %q %s, want 200 {\"type\":1}", call.Status, answer, call.Err)
	}
	tampered := append(bytes.Clone(body[:len(body)-1]), []byte(`,"x":1}`)...) // signed for the other body
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(tampered))
	if err != nil {
		return err
	}
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req.Header.Set("X-Signature-Ed25519", s.Sign(ts, body))
	req.Header.Set("X-Signature-Timestamp", ts)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("PING with a bad signature: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		return fmt.Errorf("PING with a bad signature answered %d, want 401", resp.StatusCode)
	}
	return nil
}

// awaitEndpointAnswer holds a webhook request (a follow-up, an edit of
// @original) while the answer of the endpoint to its interaction is on its
// way: a bot sends those only after its answer went out, and Discord has
// taken the answer by the time it reads the next request; the fake, which
// reads the answer on another goroutine, must not see them in the other
// order.
func (s *Server) awaitEndpointAnswer(r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/api/v9/webhooks/")
	if !ok {
		return
	}
	parts := strings.SplitN(rest, "/", 3)
	if len(parts) < 2 {
		return
	}
	s.mu.Lock()
	var answering chan struct{}
	if it := s.byToken[parts[1]]; it != nil {
		answering = it.answering
	}
	s.mu.Unlock()
	if answering == nil {
		return
	}
	select {
	case <-answering:
	case <-time.After(s.cfg.ackDeadline + time.Second):
	}
}
