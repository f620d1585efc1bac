package scheduler_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// The environment that makes this test binary a crash worker.
const (
	crashWorkerEnv = "AFTERCARE_TEST_CRASH_WORKER" // "1" in a worker
	crashRedisEnv  = "AFTERCARE_TEST_CRASH_REDIS"
	crashPrefixEnv = "AFTERCARE_TEST_CRASH_PREFIX"
)

// What a worker "sends" is kept beside the queue, under the test's prefix:
// a hash of idempotency key -> sends, and a list of "person kind day key",
// in one hash slot so that one transaction writes both on a Cluster too.
// The key is the job's id, from which bot.Deliverer derives the Discord
// nonces (WithIdempotencyKey(ctx, job.ID)).
const (
	crashSent = "{crash}:sent"
	crashLog  = "{crash}:log"
	crashFast = "{crash}:fast" // set: sends take no time (the last worker drains the queue)
)

// crashLanes is how many lanes a crash worker runs: a kill may re-send at
// most this many jobs, those in flight.
const crashLanes = 4

// TestKilledWorkersStillDeliverEveryJobOnce kills a worker process with
// SIGKILL in the middle of its batches, 20 times, starting another each
// time, until the queue is empty. No job is lost, every job went out under
// one idempotency key only, and each kill re-sent at most one job per lane:
// the one in flight (or one that finished within the last round trip,
// before its acknowledgement reached Redis), with the same nonce, which
// Discord (enforce_nonce) collapses into the first message.
//
// After each kill it waits until the dead worker's batch is finished by
// the next one before it kills again, so that each kill's re-sends are
// counted apart, and it logs (never asserts: the machine is shared) how
// long the dead batch's jobs waited to be claimed again and to be done.
func TestKilledWorkersStillDeliverEveryJobOnce(t *testing.T) {
	url := os.Getenv("REDIS_URL")
	if url == "" {
		t.Skip("REDIS_URL is not set: the embedded Redis lives inside this process, and a worker process could not reach it")
	}
	if testing.Short() {
		t.Skip("20 kills take about a minute")
	}
	const n, kills = 8000, 20
	store := redistest.Open(t)
	ctx := context.Background()
	var jobs []coach.Job
	due := time.Now().Add(-time.Minute) // workers use the system clock
	for i := range n {
		jobs = append(jobs, coach.NewJob(fmt.Sprintf("p%d", i%100), coach.JobCheckIn, localtime.Day("2026-03-02").AddDays(i/100), due))
	}
	if err := store.Schedule(ctx, jobs...); err != nil {
		t.Fatal(err)
	}
	rdb := store.Client()
	sends := func() int64 { return rdb.LLen(ctx, store.Prefix()+crashLog).Val() }
	repeated := func() int {
		sent, err := rdb.HGetAll(ctx, store.Prefix()+crashSent).Result()
		if err != nil {
			t.Fatal(err)
		}
		r := 0
		for _, count := range sent {
			var c int
			fmt.Sscan(count, &c)
			r += c - 1
		}
		return r
	}

	before := 0
	var reclaimMax, doneMax time.Duration
	w := startCrashWorker(t, url, store.Prefix())
	for killed := 1; killed <= kills; killed++ {
		// Once this worker is sending, kill it a moment later: mid-batch.
		from := sends()
		if !pollUntil(func() bool { return sends() > from || w.exited() }, 30*time.Second) {
			w.kill()
			t.Fatalf("worker %d sent nothing:\n%s", killed, w.out.String())
		}
		time.Sleep(rand.N(20 * time.Millisecond))
		if !w.kill() {
			t.Fatalf("worker %d finished before it was killed: too few jobs for %d kills\n%s", killed, kills, w.out.String())
		}
		at := time.Now()
		held := leasedJobs(t, store)
		w = startCrashWorker(t, url, store.Prefix())
		reclaim, done := waitTakenOver(t, store, held, at)
		if done < 0 {
			t.Fatalf("kill %d: the dead worker's %d jobs were not done a minute later", killed, len(held))
		}
		reclaimMax, doneMax = max(reclaimMax, reclaim), max(doneMax, done)
		now := repeated()
		t.Logf("kill %d: %d jobs leased, %d re-sent; claimed again after %v, all done after %v",
			killed, len(held), now-before, reclaim.Round(time.Millisecond), done.Round(time.Millisecond))
		if now-before > crashLanes {
			t.Errorf("kill %d re-sent %d jobs; want at most %d (one per lane)", killed, now-before, crashLanes)
		}
		before = now
	}
	if err := rdb.Set(ctx, store.Prefix()+crashFast, "1", 0).Err(); err != nil {
		t.Fatal(err)
	}
	if err := w.wait(2 * time.Minute); err != nil { // the last one runs to the end
		t.Fatalf("last worker: %v\n%s", err, w.out.String())
	}

	if next, ok, err := store.NextDue(ctx); err != nil || ok {
		t.Fatalf("NextDue = %v, %v, %v; want every job acknowledged", next, ok, err)
	}
	if dead, err := store.DeadLetters(ctx); err != nil || dead != 0 {
		t.Errorf("dead letters = %d, %v; want none", dead, err)
	}
	sent, err := rdb.HGetAll(ctx, store.Prefix()+crashSent).Result()
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	for _, j := range jobs {
		if sent[j.ID] == "" {
			lost++
		}
	}
	if lost > 0 {
		t.Errorf("%d of %d jobs were never sent", lost, n)
	}
	if len(sent) != n {
		t.Errorf("%d distinct idempotency keys sent, want %d", len(sent), n)
	}
	assertOneKeyPerJob(t, rdb.LRange(ctx, store.Prefix()+crashLog, 0, -1).Val())
	t.Logf("%d workers killed (lease %v, %d lanes); %d sends repeated with the same nonce, for Discord's enforce_nonce to collapse; %d lost; longest wait for a dead worker's jobs to be claimed again %v, to be done %v",
		kills, crashLease, crashLanes, repeated(), lost, reclaimMax.Round(time.Millisecond), doneMax.Round(time.Millisecond))
}

// leasedJob is a job a worker held, as the queue keeps it: a member
// "<person>/<id>" of its partition's leases, and a line "<id> L…" in the
// person's field of its partition's people.
type leasedJob struct {
	leases, people, person, id string // keys of its partition, whose it is, and its opaque id
	until                      float64
}

// waiting reports whether the job is still to be done: claimed (L) or
// put back (P), not done (D) or gone.
func (j leasedJob) waiting(ctx context.Context, rdb redis.UniversalClient) bool {
	field, _ := rdb.HGet(ctx, j.people, j.person).Result()
	for line := range strings.SplitSeq(field, "\n") {
		if strings.HasPrefix(line, j.id+" L") || strings.HasPrefix(line, j.id+" P") {
			return true
		}
	}
	return false
}

// leasedJobs lists every job leased now, in every partition of the store.
func leasedJobs(t *testing.T, store *storage.Redis) []leasedJob {
	t.Helper()
	ctx := context.Background()
	rdb := store.Client()
	var out []leasedJob
	iter := rdb.Scan(ctx, 0, globEscape(store.Prefix())+"*:leases", 100).Iterator()
	for iter.Next(ctx) {
		key := iter.Val()
		zs, err := rdb.ZRangeWithScores(ctx, key, 0, -1).Result()
		if err != nil {
			t.Fatal(err)
		}
		for _, z := range zs {
			person, id, _ := strings.Cut(z.Member.(string), "/")
			out = append(out, leasedJob{leases: key, people: strings.TrimSuffix(key, "leases") + "people", person: person, id: id, until: z.Score})
		}
	}
	if err := iter.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// waitTakenOver waits until every job a dead worker held is claimed again
// (its lease changed) or done (gone), and then until every one is done. It
// returns how long each took since start (the kill), or -1 after a minute.
func waitTakenOver(t *testing.T, store *storage.Redis, held []leasedJob, start time.Time) (reclaimed, done time.Duration) {
	t.Helper()
	ctx := context.Background()
	rdb := store.Client()
	state := func() (claimed, finished bool) {
		claimed, finished = true, true
		for _, j := range held {
			if !j.waiting(ctx, rdb) {
				continue
			}
			finished = false
			score, err := rdb.ZScore(ctx, j.leases, j.person+"/"+j.id).Result()
			if err == nil && score == j.until {
				claimed = false
			}
		}
		return claimed, finished
	}
	reclaimed = -1
	ok := pollUntil(func() bool {
		claimed, finished := state()
		if claimed && reclaimed < 0 {
			reclaimed = time.Since(start)
		}
		return finished
	}, time.Minute)
	if !ok {
		return -1, -1
	}
	return reclaimed, time.Since(start)
}

// assertOneKeyPerJob checks that no job (a person's kind of message on a
// day) went out under two different idempotency keys: those would be two
// messages for the person, whatever Discord does with nonces.
func assertOneKeyPerJob(t *testing.T, log []string) {
	t.Helper()
	keys := map[string]string{}
	for _, entry := range log {
		i := strings.LastIndexByte(entry, ' ')
		job, key := entry[:i], entry[i+1:]
		if first, ok := keys[job]; ok && first != key {
			t.Errorf("%s sent under two keys, %s and %s", job, first, key)
		}
		keys[job] = key
	}
}

// crashLease is the crash workers' lease: shorter than the app's 8 s, so
// that 20 kills take a minute, with the same rule of extending it every
// third of it.
const crashLease = time.Second

// TestHelperProcess is the crash worker when the crash test starts this
// binary as one, and does nothing otherwise. It delivers from the queue
// with a short lease until the queue is empty (or it is killed). A send
// takes 20 to 30 ms, as Discord's answers do.
func TestHelperProcess(t *testing.T) {
	if os.Getenv(crashWorkerEnv) != "1" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	store, err := storage.Open(ctx, os.Getenv(crashRedisEnv), storage.Options{Prefix: os.Getenv(crashPrefixEnv), Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	rdb, prefix := store.Client(), store.Prefix()
	send := func(ctx context.Context, j coach.Job) error {
		if rdb.Exists(ctx, prefix+crashFast).Val() == 0 {
			time.Sleep(20*time.Millisecond + rand.N(10*time.Millisecond)) // building and posting the message
		}
		_, err := rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HIncrBy(ctx, prefix+crashSent, name(j), 1)
			p.RPush(ctx, prefix+crashLog, fmt.Sprintf("%s %s %s %s", j.Person, j.Kind, j.Day, j.ID))
			return nil
		})
		return err
	}
	s := &scheduler.Scheduler{Queue: store, Clock: localtime.SystemClock{}, Handle: send,
		Batch: 50, Workers: crashLanes, Lease: crashLease, MaxWait: 10 * time.Millisecond}
	run, stop := context.WithCancel(ctx)
	go func() {
		defer stop()
		pollUntil(func() bool {
			_, waiting, err := store.NextDue(run)
			return err != nil || !waiting
		}, 2*time.Minute)
	}()
	if err := s.Run(run); err != nil {
		t.Fatal(err)
	}
	if _, waiting, err := store.NextDue(ctx); err != nil || waiting {
		t.Fatalf("worker stopped with jobs waiting (%v)", err)
	}
}

// crashWorker is one worker process.
type crashWorker struct {
	cmd  *exec.Cmd
	out  bytes.Buffer
	done chan struct{}
	err  error
}

func startCrashWorker(t *testing.T, url, prefix string) *crashWorker {
	t.Helper()
	w := &crashWorker{done: make(chan struct{})}
	w.cmd = exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.timeout=3m")
	w.cmd.Env = append(os.Environ(), crashWorkerEnv+"=1", crashRedisEnv+"="+url, crashPrefixEnv+"="+prefix)
	w.cmd.Stdout, w.cmd.Stderr = &w.out, &w.out
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		w.err = w.cmd.Wait()
		close(w.done)
	}()
	t.Cleanup(func() { w.kill() })
	return w
}

func (w *crashWorker) exited() bool {
	select {
	case <-w.done:
		return true
	default:
		return false
	}
}

// kill sends SIGKILL and waits for the process to be gone. It reports
// whether the signal found the worker still running.
func (w *crashWorker) kill() bool {
	running := !w.exited() && w.cmd.Process.Signal(syscall.SIGKILL) == nil
	<-w.done
	return running
}

// wait waits for the worker to finish on its own.
func (w *crashWorker) wait(within time.Duration) error {
	select {
	case <-w.done:
		return w.err
	case <-time.After(within):
		w.kill()
		return fmt.Errorf("still running after %v", within)
	}
}
