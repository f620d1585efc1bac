package discord

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestBounded checks the bound that replaced http.Client.Timeout: a
// request whose answer, or the answer's body, comes later than the bound
// fails as timed out, one whose context ends sooner keeps its own, and a
// prompt answer is read whole.
func TestBounded(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow-headers":
			<-release
		case "/slow-body":
			w.Write([]byte("part"))
			w.(http.Flusher).Flush()
			<-release
		default:
			w.Write([]byte("ok"))
		}
	}))
	defer srv.Close()
	defer close(release) // before Close, which waits for the handlers
	const bound = 100 * time.Millisecond
	client := &http.Client{Transport: bounded{bound, srv.Client().Transport}}
	for _, tc := range []struct {
		name    string
		path    string
		ctx     time.Duration // the request's own deadline; 0: none
		want    string
		timeout bool
		within  time.Duration
	}{
		{"prompt", "/", 0, "ok", false, time.Second},
		{"headers late", "/slow-headers", 0, "", true, time.Second},
		{"body late", "/slow-body", 0, "", true, time.Second},
		{"own context sooner", "/slow-headers", 30 * time.Millisecond, "", true, 90 * time.Millisecond},
		{"own context later", "/slow-headers", time.Minute, "", true, time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			if tc.ctx > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tc.ctx)
				defer cancel()
			}
			req, err := http.NewRequestWithContext(ctx, "GET", srv.URL+tc.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			body, err := get(client, req)
			took := time.Since(start)
			var ne net.Error
			if timedOut := errors.As(err, &ne) && ne.Timeout(); timedOut != tc.timeout {
				t.Errorf("err %v, want timed out %v", err, tc.timeout)
			}
			if body != tc.want {
				t.Errorf("body %q, want %q", body, tc.want)
			}
			if took > tc.within {
				t.Errorf("took %v, want within %v", took, tc.within)
			}
		})
	}
}

func get(c *http.Client, req *http.Request) (string, error) {
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// TestBoundedKeepsAnEarlierDeadline checks that a request whose context
// ends before the bound goes on as it came, with nothing added to it.
func TestBoundedKeepsAnEarlierDeadline(t *testing.T) {
	var got context.Context
	next := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got = r.Context()
		return &http.Response{StatusCode: 200, Body: http.NoBody}, nil
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://x/", nil)
	if _, err := (bounded{time.Minute, next}).RoundTrip(req); err != nil {
		t.Fatal(err)
	}
	if got != ctx {
		t.Error("the request's context was replaced though it ends before the bound")
	}
}

// TestClientStartsNoGoroutinePerRequest checks why bounded exists: with
// it the client sends a request with no goroutine of its own, where
// http.Client.Timeout over a RoundTripper of ours starts one for each
// request (net/http's setRequestCancel) and keeps it until the answer. It
// looks for that goroutine by name in the stacks while a request is in
// flight, not at the count of all goroutines, which the runtime and other
// tests move too (the count failed once under load).
func TestClientStartsNoGoroutinePerRequest(t *testing.T) {
	hold := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-hold }))
	defer srv.Close()
	defer close(hold) // before Close, which waits for the handlers
	inner := roundTripFunc(srv.Client().Transport.RoundTrip)
	// timers is how many of the client's per-request timeout goroutines
	// there are while c has one request in flight.
	timers := func(c *http.Client) int {
		ctx, cancel := context.WithCancel(context.Background())
		req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL, nil)
		done := make(chan struct{})
		go func() { defer close(done); c.Do(req) }()
		time.Sleep(100 * time.Millisecond) // the request reaches the server and waits there
		buf := make([]byte, 1<<22)
		n := strings.Count(string(buf[:runtime.Stack(buf, true)]), "net/http.setRequestCancel")
		cancel()
		<-done
		return n
	}
	if got := timers(&http.Client{Transport: bounded{time.Minute, inner}}); got != 0 {
		t.Errorf("bounded: %d per-request timeout goroutines, want none", got)
	}
	// What the test tells apart: the bound bounded replaced.
	if got := timers(&http.Client{Timeout: time.Minute, Transport: inner}); got < 1 {
		t.Errorf("Client.Timeout: %d per-request timeout goroutines, want at least 1", got)
	}
}
