package redistest

import (
	"context"
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/storage"
)

// Stoppable is a Redis of a test's own, which the test may stop and start
// again on the same address with its data, as a Redis with AOF comes back
// after a restart. It is never the shared Redis in REDIS_URL: stopping that
// would break every other test.
type Stoppable struct {
	URL   string
	stop  func()
	start func() error
}

// Stop stops the server; clients see connections refused.
func (s *Stoppable) Stop() { s.stop() }

// Start starts it again with the data it held.
func (s *Stoppable) Start(t testing.TB) {
	t.Helper()
	if err := s.start(); err != nil {
		t.Fatalf("start Redis again: %v", err)
	}
}

// EachStoppable runs body on an embedded Redis, and on a real redis-server
// of the test's own (an empty directory, a free port, AOF on) when the
// redis-server binary is installed; without it the real half is skipped,
// and says so.
func EachStoppable(t *testing.T, body func(t *testing.T, s *Stoppable)) {
	t.Helper()
	t.Run("embedded", func(t *testing.T) {
		mr := miniredis.RunT(t)
		body(t, &Stoppable{URL: "redis://" + mr.Addr(), stop: mr.Close, start: mr.Restart})
	})
	t.Run("real", func(t *testing.T) {
		bin, err := exec.LookPath("redis-server")
		if err != nil {
			t.Skip("no redis-server installed: no real Redis of the test's own to stop")
		}
		body(t, realServer(t, bin))
	})
}

// realServer starts redis-server on a free port and stops it when t ends.
func realServer(t *testing.T, bin string) *Stoppable {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	dir := t.TempDir()
	var cmd *exec.Cmd
	s := &Stoppable{URL: "redis://127.0.0.1:" + strconv.Itoa(port)}
	s.start = func() error {
		cmd = exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", dir,
			"--appendonly", "yes", "--appendfsync", "always", "--save", "")
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("start redis-server: %w", err)
		}
		return waitUp(s.URL)
	}
	s.stop = func() {
		if cmd != nil && cmd.Process != nil {
			cmd.Process.Kill() // as abrupt as a crash; AOF with fsync always keeps every write
			cmd.Wait()
			cmd = nil
		}
	}
	if err := s.start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.stop)
	return s
}

// waitUp waits until a Redis answers PING, for up to five seconds.
func waitUp(url string) error {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return err
	}
	c := redis.NewClient(opt)
	defer c.Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := c.Ping(context.Background()).Err()
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Reachable waits until r's connection pool reaches Redis again after a
// Start (a pool that failed to dial waits a while before it tries again),
// for up to ten seconds.
func Reachable(t testing.TB, r *storage.Redis) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := r.Client().Ping(context.Background()).Err()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("Redis is not reachable again: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
