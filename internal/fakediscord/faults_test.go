package fakediscord

import (
	"encoding/json"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

const sendRoute = "POST /api/v9/channels/{cid}/messages"

func TestRateLimitNext(t *testing.T) {
	t.Parallel()
	for _, global := range []bool{false, true} {
		fake := startFake(t)
		fake.RateLimitNext(1, 40*time.Millisecond, global)
		if _, err := newSession(t, fake).ChannelMessageSend(generalID, "hello"); err != nil {
			t.Fatalf("global=%v: discordgo should retry after a 429: %v", global, err)
		}
		if n := fake.CountRequests(sendRoute); n != 2 {
			t.Errorf("global=%v: %d requests, want 2 (429, then the retry)", global, n)
		}
		if fake.RateLimited() != 1 || len(fake.Messages(generalID)) != 1 {
			t.Errorf("global=%v: 429s = %d, messages = %d", global, fake.RateLimited(), len(fake.Messages(generalID)))
		}
	}
}

func TestRateLimitHeaders(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	fake.SetGlobalRateLimit(2)
	var last *http.Response
	for range 3 {
		req, _ := http.NewRequest("GET", fake.URL()+"/api/v9/users/@me", nil)
		req.Header.Set("Authorization", "Bot "+testToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		last = resp
	}
	h := last.Header
	if last.StatusCode != 429 || h.Get("X-RateLimit-Global") != "true" || h.Get("X-RateLimit-Scope") != "global" ||
		h.Get("Retry-After") == "" || h.Get("X-RateLimit-Reset-After") == "" || h.Get("X-RateLimit-Bucket") == "" {
		t.Errorf("third request: %d %v", last.StatusCode, h)
	}
	if fake.RateLimited() != 1 {
		t.Errorf("429s = %d, want 1", fake.RateLimited())
	}
}

func TestRateLimitBody(t *testing.T) {
	t.Parallel()
	rep := rateLimitReply(1500*time.Millisecond, false, sendRoute)
	b, _ := json.Marshal(rep.body)
	if string(b) != `{"global":false,"message":"You are being rate limited.","retry_after":1.5}` {
		t.Errorf("body = %s", b)
	}
	if rep.header.Get("X-RateLimit-Global") != "" || rep.header.Get("Retry-After") != "2" {
		t.Errorf("headers = %v", rep.header)
	}
}

func TestFailNext(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	dg := newSession(t, fake)
	fake.FailNext(1, http.StatusBadGateway)
	if _, err := dg.ChannelMessageSend(generalID, "retried"); err != nil {
		t.Fatalf("discordgo retries 502: %v", err)
	}
	fake.FailNext(1, http.StatusInternalServerError)
	_, err := dg.ChannelMessageSend(generalID, "lost")
	if status, _ := restError(err); status != 500 {
		t.Fatalf("err = %v, want a 500", err)
	}
	if n := fake.CountRequests(sendRoute); n != 3 {
		t.Errorf("%d requests, want 3", n)
	}
}

// TestCloseLeavesNoGoroutines runs alone (not parallel), so that the count
// of goroutines is not disturbed by other tests.
func TestCloseLeavesNoGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	fake := New()
	if err := fake.Start(); err != nil {
		t.Fatal(err)
	}
	ws, _, err := websocket.DefaultDialer.Dial(fake.GatewayURL()+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := ws.ReadMessage(); err != nil {
		t.Fatal(err)
	}
	if err := fake.Close(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ws.ReadMessage(); err == nil || !strings.Contains(err.Error(), "1001") {
		t.Errorf("after Close the client read %v, want close 1001", err)
	}
	ws.Close()
	eventually(t, "goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
}
