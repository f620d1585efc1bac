package discord_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
)

// serveEndpoint serves dc's interactions endpoint, checked with the fake's
// public key, and returns its URL. It stops before dc closes.
func serveEndpoint(t *testing.T, fake *fakediscord.Server, dc *discord.Transport) string {
	t.Helper()
	key, err := discord.ParsePublicKey(fake.PublicKey())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(&discord.Endpoint{Transport: dc, PublicKey: key})
	t.Cleanup(srv.Close)
	return srv.URL
}

// newReplicas is a harness of n replicas of the bot on one Redis and one
// fake Discord, each serving the interactions endpoint, which the fake
// uses in turn as a load balancer would. Each replica keeps its replay
// record, DM channels and the questions awaiting text in Redis, as
// cmd/aftercare wires them. Only the first connects the gateway, where the
// DMs people type arrive (shard 0 is connected once, whoever holds it); the
// others are REST only. h.dc is the first replica; h.seen hears them all.
func newReplicas(t *testing.T, n int, tweak ...func(*discord.Transport)) (*harness, []*observed, []string, []*discord.Transport) {
	t.Helper()
	h := &harness{t: t, fake: startFake(t), clock: localtime.NewFakeClock(t0), store: redistest.Open(t), seen: &observed{byID: map[string]discord.Handled{}}}
	h.coach = coach.New(h.store, h.store, h.clock, nil)
	var urls []string
	var each []*observed
	var dcs []*discord.Transport
	for r := range n {
		mine := &observed{byID: map[string]discord.Handled{}}
		each = append(each, mine)
		shared := func(d *discord.Transport) {
			d.Seen, d.DMs, d.Awaiting = h.store, h.store, h.store
			d.Sharded = r > 0
			d.Observe = func(hd discord.Handled) {
				mine.add(hd)
				if hd.Kind != "replay" {
					h.seen.add(hd)
				}
			}
		}
		dc, _ := openDiscord(t, h.fake, bot.Router{Coach: h.coach}, append(tweak, shared)...)
		if h.dc == nil {
			h.dc = dc
		}
		dcs = append(dcs, dc)
		urls = append(urls, serveEndpoint(t, h.fake, dc))
	}
	h.fake.SetInteractionsEndpoint(urls...)
	return h, each, urls, dcs
}

// checkAllViaEndpoint fails unless every interaction was answered through
// the endpoint, each replica served some, and none was refused.
func checkAllViaEndpoint(t *testing.T, h *harness, each []*observed) {
	t.Helper()
	calls := h.fake.EndpointCalls()
	perURL := map[string]int{}
	for _, c := range calls {
		perURL[c.URL]++
		if c.Status != http.StatusOK {
			t.Errorf("endpoint call %+v, want 200", c)
		}
		for _, r := range h.fake.InteractionResponses(c.InteractionID) {
			if r.Action == "callback" && r.Via != "endpoint" {
				t.Errorf("interaction %s answered through the callback endpoint, not the HTTP answer", c.InteractionID)
			}
		}
	}
	if len(perURL) != len(each) {
		t.Errorf("calls per replica %v, want all %d replicas used", perURL, len(each))
	}
	for n, o := range each {
		o.mu.Lock()
		if len(o.byID) == 0 {
			t.Errorf("replica %d handled nothing", n)
		}
		o.mu.Unlock()
	}
}

// TestEndpointDMJourneyOnTwoReplicas: a first week in a DM, the same as
// over the gateway (modals, buttons, a deferred /summary with its chart as
// a multipart answer, /session's follow-up), with each interaction going
// to the other replica in turn: two replicas behave as one.
func TestEndpointDMJourneyOnTwoReplicas(t *testing.T) {
	t.Parallel()
	h, each, _, _ := newReplicas(t, 2)
	dmJourney(t, h)
	checkAllViaEndpoint(t, h, each)
}

// TestEndpointTypedAnswersOnTwoReplicas: the question asked by one replica
// is answered by text that reaches the other: what it waits for is in Redis.
func TestEndpointTypedAnswersOnTwoReplicas(t *testing.T) {
	t.Parallel()
	h, each, _, _ := newReplicas(t, 2)
	typedAnswersInDM(t, h)
	checkAllViaEndpoint(t, h, each)
}

// TestEndpointAutocomplete: the zone choices are the HTTP answer too.
func TestEndpointAutocomplete(t *testing.T) {
	t.Parallel()
	h, each, _, _ := newReplicas(t, 2)
	autocompleteZones(t, h)
	checkAllViaEndpoint(t, h, each)
}

// TestEndpointReplicaLostLosesNothing: a replica answers, and goes away
// (closed, as a crash leaves it: no state of its own survives); the load
// balancer sends everything to the other, which still knows the
// interaction was answered and which question the person's text answers.
func TestEndpointReplicaLostLosesNothing(t *testing.T) {
	t.Parallel()
	h, _, urls, dcs := newReplicas(t, 2)
	h.onboardAs(alice, "Alice")
	dm := h.fake.DMChannel(alice)
	// A is the replica without the gateway, so that B, which keeps shard 0,
	// still receives the DM typed afterwards.
	a, b := 1, 0

	// On replica A: /moved 30, and the note button, whose modal the person
	// closes; typed text answers it instead.
	h.fake.SetInteractionsEndpoint(urls[a])
	moved, _ := h.fake.InjectInteraction(fakediscord.Interaction{UserID: alice, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 30}}})
	h.seen.wait(t, moved)
	rs := h.do(fakediscord.Interaction{UserID: alice, Command: "checkin"})
	note := rs[0].Modal
	for n := 0; note == nil; n++ {
		if n == 10 {
			t.Fatal("no note button after ten presses")
		}
		last := lastWithButtons(t, h.fake, dm)
		label := last.Components[0].Components[0].Label
		if hasLabel(last, "Write a note") {
			label = "Write a note"
		}
		rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, last, label)})
		note = rs[0].Modal
	}
	if err := dcs[a].Close(); err != nil {
		t.Fatal(err)
	}

	// On replica B alone: the replay is refused, the text is the note.
	h.fake.SetInteractionsEndpoint(urls[b])
	h.fake.ReplayInteraction(moved)
	eventually(t, "the replay's answer", func() bool {
		return len(h.fake.EndpointCalls()) > 0 && h.fake.EndpointCalls()[len(h.fake.EndpointCalls())-1].Replay
	})
	if c := h.fake.EndpointCalls()[len(h.fake.EndpointCalls())-1]; c.Status != http.StatusConflict {
		t.Errorf("replay on the other replica answered %d, want 409", c.Status)
	}
	id := h.fake.InjectMessage(fakediscord.UserMessage{UserID: alice, Content: "slept well"})
	h.seen.wait(t, id)
	days, err := h.store.CheckIns(context.Background(), alice, "2026-03-02", "2026-03-02")
	if err != nil || len(days) != 1 || days[0].MovedMinutes() != 30 || days[0].Note != "slept well" {
		t.Fatalf("day = %+v, %v; want 30 minutes once and the typed note", days, err)
	}
}

func hasLabel(m fakediscord.Message, label string) bool {
	for _, row := range m.Components {
		for _, c := range row.Components {
			if c.Label == label {
				return true
			}
		}
	}
	return false
}

// TestEndpointReplayAnsweredOnce: "/moved 30" POSTed three times with one
// id is applied and answered once; the copies get 409.
func TestEndpointReplayAnsweredOnce(t *testing.T) {
	t.Parallel()
	h, _, _, _ := newReplicas(t, 1)
	h.onboardAs(alice, "Alice")
	id, _ := h.fake.InjectInteraction(fakediscord.Interaction{UserID: alice, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 30}}})
	h.seen.wait(t, id)
	for range 2 {
		h.fake.ReplayInteraction(id)
	}
	eventually(t, "three POSTs answered", func() bool { return len(h.fake.EndpointCalls()) == 3 })
	for _, c := range h.fake.EndpointCalls() {
		if want := map[bool]int{false: http.StatusOK, true: http.StatusConflict}[c.Replay]; c.Status != want {
			t.Errorf("call %+v, want %d", c, want)
		}
	}
	if rs := h.fake.InteractionResponses(id); len(rs) != 1 {
		t.Errorf("answered %d times, want once: %+v", len(rs), rs)
	}
	days, err := h.store.CheckIns(context.Background(), alice, "2026-03-02", "2026-03-02")
	if err != nil || len(days) != 1 || days[0].MovedMinutes() != 30 {
		t.Fatalf("minutes logged = %+v, %v; want 30 once", days, err)
	}
}

// TestEndpointRefuses: what is not a fresh request signed with the
// application's key never reaches the coach; a PING is answered.
func TestEndpointRefuses(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	var calls atomic.Int32
	router := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		calls.Add(1)
		return []coach.Message{{Text: "Hello."}}, nil
	})}
	dc, _ := openDiscord(t, fake, router)
	url := serveEndpoint(t, fake, dc)
	if err := fake.PingEndpoint(context.Background(), url); err != nil {
		t.Errorf("the developer portal's check: %v", err)
	}
	_, other, _ := ed25519.GenerateKey(rand.Reader)
	cmd := []byte(`{"id":"900000000000000001","application_id":"` + fake.ApplicationID() + `","type":2,"token":"t","version":1,"user":{"id":"` + alice + `","username":"alice"},"data":{"id":"1","name":"help","type":1}}`)
	now := time.Now().Unix()
	ts := func(d int64) string { return strconv.FormatInt(now+d, 10) }
	big := append([]byte(`{"type":1,"x":"`), bytes.Repeat([]byte("a"), 2<<20)...)
	for _, c := range []struct {
		name, method, ts, sig string
		body                  []byte
		want                  int
		answer                string
	}{
		{name: "PING", ts: ts(0), body: []byte(`{"type":1}`), want: 200, answer: `{"type":1}`},
		{name: "NoSignature", ts: ts(0), sig: "-", body: cmd, want: 401},
		{name: "NotHex", ts: ts(0), sig: "zz", body: cmd, want: 401},
		{name: "OtherBody", ts: ts(0), sig: fake.Sign(ts(0), []byte(`{"type":1}`)), body: cmd, want: 401},
		{name: "OtherTimestamp", ts: ts(0), sig: fake.Sign(ts(-1), cmd), body: cmd, want: 401},
		{name: "OtherKey", ts: ts(0), sig: hex.EncodeToString(ed25519.Sign(other, append([]byte(ts(0)), cmd...))), body: cmd, want: 401},
		{name: "Stale", ts: ts(-10), body: cmd, want: 401},
		{name: "Future", ts: ts(10), body: cmd, want: 401},
		{name: "NoTimestamp", ts: "", body: cmd, want: 401},
		{name: "TooLarge", ts: ts(0), body: big, want: 413},
		{name: "NotAnInteraction", ts: ts(0), body: []byte(`[1,2]`), want: 400},
		{name: "GET", method: http.MethodGet, ts: ts(0), body: nil, want: 405},
	} {
		t.Run(c.name, func(t *testing.T) {
			sig := c.sig
			switch sig {
			case "":
				sig = fake.Sign(c.ts, c.body)
			case "-":
				sig = ""
			}
			method := c.method
			if method == "" {
				method = http.MethodPost
			}
			req, err := http.NewRequest(method, url, bytes.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("X-Signature-Ed25519", sig)
			req.Header.Set("X-Signature-Timestamp", c.ts)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != c.want || (c.answer != "" && strings.TrimSpace(string(body)) != c.answer) {
				t.Errorf("answered %d %q, want %d %q", resp.StatusCode, body, c.want, c.answer)
			}
		})
	}
	if n := calls.Load(); n != 0 {
		t.Errorf("the coach was asked %d times; nothing refused may reach it", n)
	}
}

// TestEndpointShutdownFinishesInFlight: stopping as cmd/aftercare does on
// SIGTERM (the server's Shutdown, then the transport's Close) answers the
// interaction in hand over HTTP before either returns.
func TestEndpointShutdownFinishesInFlight(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	started := make(chan struct{})
	router := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		return []coach.Message{{Text: "done"}}, nil
	})}
	dc, _ := openDiscord(t, fake, router)
	key, err := discord.ParsePublicKey(fake.PublicKey())
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: &discord.Endpoint{Transport: dc, PublicKey: key}, ReadHeaderTimeout: time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fake.SetInteractionsEndpoint("http://" + ln.Addr().String())

	id, _ := fake.InjectInteraction(fakediscord.Interaction{UserID: alice, Command: "help"})
	<-started
	if err := srv.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := dc.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		t.Errorf("Serve = %v", err)
	}
	eventually(t, "the answer taken", func() bool { return len(fake.EndpointCalls()) == 1 })
	rs := fake.InteractionResponses(id)
	if c := fake.EndpointCalls()[0]; c.Status != http.StatusOK || len(rs) != 1 || rs[0].Via != "endpoint" || rs[0].Message.Content != "done" {
		t.Errorf("after shutdown: call %+v, responses %+v; want the answer over HTTP", c, rs)
	}
}
