package discord

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
)

// TestHTTPTransportKeepsCrowdConnections sends two waves of concurrent
// requests, as a crowd's callbacks come: the second wave must reuse the
// first wave's connections. net/http's default transport keeps 2 idle a
// host, so it would open a new connection (on Discord, a TLS handshake)
// for nearly every request of the second wave too.
func TestHTTPTransportKeepsCrowdConnections(t *testing.T) {
	t.Parallel()
	const wave = 64
	var opened atomic.Int64
	var mu sync.Mutex // guards release, made anew for each wave
	release := make(chan struct{})
	var arrived sync.WaitGroup
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		wait := release
		mu.Unlock()
		arrived.Done()
		<-wait // all of a wave in flight at once, each on a connection of its own
		_, _ = io.WriteString(w, "ok")
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			opened.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	client := &http.Client{Transport: newHTTPTransport()}
	t.Cleanup(client.CloseIdleConnections)
	send := func() {
		arrived.Add(wave)
		var done sync.WaitGroup
		errs := make(chan error, wave)
		for range wave {
			done.Go(func() {
				resp, err := client.Get(srv.URL)
				if err != nil {
					errs <- err
					return
				}
				_, err = io.Copy(io.Discard, resp.Body)
				errs <- err
				_ = resp.Body.Close()
			})
		}
		arrived.Wait()
		mu.Lock()
		close(release)
		mu.Unlock()
		done.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		mu.Lock()
		release = make(chan struct{})
		mu.Unlock()
	}
	send()
	first := opened.Load()
	if first != wave {
		t.Fatalf("first wave opened %d connections, want %d (one each, all in flight at once)", first, wave)
	}
	send()
	if n := opened.Load() - first; n != 0 {
		t.Errorf("second wave opened %d new connections, want 0: the first wave's were not kept", n)
	}
}
