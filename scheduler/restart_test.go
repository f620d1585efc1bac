package scheduler_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os/exec"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// TestRedisKilledMidBurstLosesNoJob kills a Redis of the test's own (AOF,
// fsync on every write, as a deployment that cares keeps it) with SIGKILL
// three times in the middle of a burst, and starts it again from its
// files. The scheduler goes on through the errors; no job is lost, and
// each kill re-sent at most one job per lane: the one in hand when Redis
// went, whose acknowledgement could not be written (sent again under the
// same idempotency key, so the same nonce).
func TestRedisKilledMidBurstLosesNoJob(t *testing.T) {
	if testing.Short() {
		t.Skip("three Redis restarts take about thirty seconds")
	}
	srv := startOwnRedis(t)
	const n, kills = 4000, 3
	ctx := context.Background()
	store, err := storage.Open(ctx, srv.url(), storage.Options{Prefix: "restart:", Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var jobs []coach.Job
	due := time.Now().Add(-time.Minute)
	for i := range n {
		jobs = append(jobs, coach.NewJob(fmt.Sprintf("p%d", i%100), coach.JobCheckIn, localtime.Day("2026-03-02").AddDays(i/100), due))
	}
	if err := store.Schedule(ctx, jobs...); err != nil {
		t.Fatal(err)
	}

	sent := &sendCount{by: map[string]int{}}
	var fast atomic.Bool
	send := func(ctx context.Context, j coach.Job) error {
		if !fast.Load() {
			time.Sleep(10*time.Millisecond + rand.N(10*time.Millisecond)) // posting to Discord
		}
		sent.add(name(j))
		return nil
	}
	s := &scheduler.Scheduler{Queue: store, Clock: localtime.SystemClock{}, Handle: send,
		Batch: 50, Workers: crashLanes, Lease: crashLease, MaxWait: 10 * time.Millisecond}
	run, stop := context.WithCancel(ctx)
	defer stop()
	finished := make(chan error, 1)
	go func() { finished <- s.Run(run) }()

	before := 0
	for killed := 1; killed <= kills; killed++ {
		from := sent.total()
		if !pollUntil(func() bool { return sent.total() > from+200 }, time.Minute) {
			t.Fatalf("kill %d: nothing sent for a minute", killed)
		}
		time.Sleep(rand.N(20 * time.Millisecond))
		srv.kill(t)
		time.Sleep(redisDown) // longer than the client's own retries ride out
		srv.start(t)
		// The dead batch's leases run out within one lease; its jobs are
		// claimed again and re-sent within the next.
		mark := sent.total()
		if !pollUntil(func() bool { return sent.total() > mark+200 }, time.Minute) {
			t.Fatalf("kill %d: nothing sent for a minute after Redis came back", killed)
		}
		time.Sleep(3 * crashLease)
		now := sent.repeated()
		t.Logf("Redis kill %d: %d jobs re-sent", killed, now-before)
		if now-before > crashLanes {
			t.Errorf("Redis kill %d re-sent %d jobs; want at most %d (one per lane)", killed, now-before, crashLanes)
		}
		before = now
	}
	fast.Store(true)
	if !pollUntil(func() bool {
		_, waiting, err := store.NextDue(ctx)
		return err == nil && !waiting
	}, 2*time.Minute) {
		t.Fatal("jobs still waiting two minutes after the last kill")
	}
	stop()
	if err := <-finished; err != nil {
		t.Fatal(err)
	}
	lost := 0
	for _, j := range jobs {
		if sent.count(name(j)) == 0 {
			lost++
		}
	}
	if lost > 0 {
		t.Errorf("%d of %d jobs were never sent", lost, n)
	}
	if dead, err := store.DeadLetters(ctx); err != nil || dead != 0 {
		t.Errorf("dead letters = %d, %v; want none", dead, err)
	}
	t.Logf("%d Redis kills (lease %v, %d lanes): %d sends repeated with the same nonce, %d lost", kills, crashLease, crashLanes, sent.repeated(), lost)
}

// redisDown is how long Redis stays down: a restart that loads its files.
// go-redis rides out a few hundred milliseconds by retrying on its own;
// this is longer, and longer than a lease.
const redisDown = 2 * time.Second

// sendCount counts sends by job (a person's kind of message on a day).
type sendCount struct {
	mu sync.Mutex
	by map[string]int
	n  int
}

func (c *sendCount) add(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.by[key]++
	c.n++
}

func (c *sendCount) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func (c *sendCount) count(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.by[key]
}

func (c *sendCount) repeated() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n - len(c.by)
}

// ownRedis is a redis-server of the test's own, which it may kill: the
// shared one on 6379 serves every other test at the same time.
type ownRedis struct {
	bin, dir string
	port     int
	cmd      *exec.Cmd
}

func startOwnRedis(t *testing.T) *ownRedis {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("redis-server is not on PATH: this test kills and restarts a Redis of its own")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	r := &ownRedis{bin: bin, dir: t.TempDir(), port: port}
	r.start(t)
	t.Cleanup(func() { r.kill(t) })
	return r
}

func (r *ownRedis) url() string { return "redis://127.0.0.1:" + strconv.Itoa(r.port) }

func (r *ownRedis) start(t *testing.T) {
	t.Helper()
	r.cmd = exec.Command(r.bin, "--bind", "127.0.0.1", "--port", strconv.Itoa(r.port), "--dir", r.dir,
		"--save", "", "--appendonly", "yes", "--appendfsync", "always")
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if !pollUntil(func() bool {
		c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(r.port))
		if err == nil {
			c.Close()
		}
		return err == nil
	}, 10*time.Second) {
		t.Fatal("own redis-server did not start listening")
	}
}

func (r *ownRedis) kill(t *testing.T) {
	t.Helper()
	if r.cmd == nil || r.cmd.Process == nil {
		return
	}
	r.cmd.Process.Kill()
	r.cmd.Wait()
	r.cmd = nil
}
