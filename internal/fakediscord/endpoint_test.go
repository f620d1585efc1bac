package fakediscord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// signedEndpoint is an interactions endpoint that checks the fake's
// signature with its public key and answers every interaction with a
// message naming the endpoint, and a PING with a PONG.
func signedEndpoint(t *testing.T, fake *Server, name string, hits *atomic.Int32) *httptest.Server {
	t.Helper()
	key, err := hex.DecodeString(fake.PublicKey())
	if err != nil || len(key) != ed25519.PublicKeySize {
		t.Fatalf("public key %q: %v", fake.PublicKey(), err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		sig, _ := hex.DecodeString(r.Header.Get("X-Signature-Ed25519"))
		msg := append([]byte(r.Header.Get("X-Signature-Timestamp")), body...)
		if !ed25519.Verify(key, msg, sig) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		var in struct{ Type int }
		if json.Unmarshal(body, &in) == nil && in.Type == 1 {
			_, _ = w.Write([]byte(`{"type":1}`))
			return
		}
		hits.Add(1)
		_, _ = w.Write([]byte(`{"type":4,"data":{"content":"from ` + name + `","flags":64}}`))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestEndpointDelivery: with an endpoint set, interactions are POSTed,
// signed, to the URLs in turn, and each answer is the interaction's one
// callback; a replay gets the same checks as a second callback.
func TestEndpointDelivery(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	registerCommands(t, fake)
	var hitsA, hitsB atomic.Int32
	a, b := signedEndpoint(t, fake, "A", &hitsA), signedEndpoint(t, fake, "B", &hitsB)
	fake.SetInteractionsEndpoint(a.URL, b.URL)

	var ids []string
	for range 4 {
		id, _ := fake.InjectInteraction(Interaction{UserID: alice, Command: "help"})
		ids = append(ids, id)
	}
	eventually(t, "four answers", func() bool { return len(fake.EndpointCalls()) == 4 })
	for n, id := range ids {
		rs := fake.InteractionResponses(id)
		if len(rs) != 1 || rs[0].Via != "endpoint" || rs[0].Type != 4 || rs[0].Status != 204 || rs[0].Message == nil {
			t.Fatalf("interaction %d: responses %+v, want one type 4 callback via the endpoint", n, rs)
		}
		want := map[int]string{0: "from A", 1: "from B"}[n%2]
		if rs[0].Message.Content != want {
			t.Errorf("interaction %d answered %q, want %q (round robin)", n, rs[0].Message.Content, want)
		}
	}
	if hitsA.Load() != 2 || hitsB.Load() != 2 {
		t.Errorf("endpoints hit %d and %d times, want 2 each", hitsA.Load(), hitsB.Load())
	}

	// An endpoint that answers a replay a second time is told, like a bot
	// that calls back twice, that the interaction is already acknowledged.
	fake.ReplayInteraction(ids[0])
	eventually(t, "the replay's answer", func() bool { return len(fake.InteractionResponses(ids[0])) == 2 })
	if rs := fake.InteractionResponses(ids[0]); rs[1].Status != http.StatusBadRequest {
		t.Errorf("second answer accepted with %d, want 400", rs[1].Status)
	}
	v := fake.Violations()
	if len(v) != 1 || !strings.Contains(v[0], "acknowledged a second time") {
		t.Errorf("violations = %q, want only the second acknowledgement", v)
	}
}

// TestEndpointRefusalIsAViolation: an endpoint that answers an interaction
// with an error status leaves it unanswered, which the fake reports.
func TestEndpointRefusalIsAViolation(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	registerCommands(t, fake)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusUnauthorized) }))
	t.Cleanup(srv.Close)
	fake.SetInteractionsEndpoint(srv.URL)
	fake.InjectInteraction(Interaction{UserID: alice, Command: "help"})
	eventually(t, "the endpoint's answer", func() bool { return len(fake.EndpointCalls()) == 1 })
	if c := fake.EndpointCalls()[0]; c.Status != http.StatusUnauthorized {
		t.Errorf("call = %+v, want 401 recorded", c)
	}
	v := fake.Violations()
	if len(v) != 1 || !strings.Contains(v[0], "answered 401") {
		t.Errorf("violations = %q, want the refusal", v)
	}
}

// TestPingEndpoint: the portal's check passes an endpoint that answers
// PING and refuses a bad signature, and fails one that checks nothing.
func TestPingEndpoint(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	var hits atomic.Int32
	good := signedEndpoint(t, fake, "good", &hits)
	if err := fake.PingEndpoint(context.Background(), good.URL); err != nil {
		t.Errorf("good endpoint: %v", err)
	}
	lax := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(`{"type":1}`)) }))
	t.Cleanup(lax.Close)
	if err := fake.PingEndpoint(context.Background(), lax.URL); err == nil || !strings.Contains(err.Error(), "want 401") {
		t.Errorf("endpoint that checks no signature: %v, want refused for answering a bad one", err)
	}
}
