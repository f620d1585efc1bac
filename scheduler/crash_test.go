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
)

// TestKilledWorkersStillDeliverEveryJobOnce kills a worker process with
// SIGKILL in the middle of its batches, again and again, restarting it each
// time, until the queue is empty. No job is lost, and every job went out
// under one idempotency key only. A job can be sent twice only in the
// window between its send and its batch's acknowledgement; the resend has
// the same nonce, which Discord (enforce_nonce) collapses into the first
// message, so the person sees each job once.
func TestKilledWorkersStillDeliverEveryJobOnce(t *testing.T) {
	url := os.Getenv("REDIS_URL")
	if url == "" {
		t.Skip("REDIS_URL is not set: the embedded Redis lives inside this process, and a worker process could not reach it")
	}
	const n, kills = 2000, 10
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

	killed := 0
	for {
		w := startCrashWorker(t, url, store.Prefix())
		if killed < kills {
			// Once this worker is sending, kill it a moment later: mid-batch.
			from := sends()
			if !pollUntil(func() bool { return sends() > from || w.exited() }, 30*time.Second) {
				w.kill()
				t.Fatalf("worker %d sent nothing:\n%s", killed+1, w.out.String())
			}
			time.Sleep(rand.N(20 * time.Millisecond))
			if w.kill() {
				killed++
				continue
			}
		}
		if err := w.wait(time.Minute); err != nil { // the last one runs to the end
			t.Fatalf("last worker: %v\n%s", err, w.out.String())
		}
		break
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
	repeated := 0
	for _, j := range jobs {
		switch count := sent[j.ID]; count {
		case "":
			t.Errorf("job %s was never sent", j.ID)
		case "1":
		default:
			var c int
			fmt.Sscan(count, &c)
			repeated += c - 1
		}
	}
	if len(sent) != n {
		t.Errorf("%d distinct idempotency keys sent, want %d", len(sent), n)
	}
	assertOneKeyPerJob(t, rdb.LRange(ctx, store.Prefix()+crashLog, 0, -1).Val())
	t.Logf("%d workers killed; %d sends repeated with the same nonce (crash between send and ack), for Discord's enforce_nonce to collapse", killed, repeated)
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

// TestHelperProcess is the crash worker when the crash test starts this
// binary as one, and does nothing otherwise. It delivers from the queue
// with a short lease until the queue is empty (or it is killed).
func TestHelperProcess(t *testing.T) {
	if os.Getenv(crashWorkerEnv) != "1" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	store, err := storage.Open(ctx, os.Getenv(crashRedisEnv), storage.Options{Prefix: os.Getenv(crashPrefixEnv), Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	rdb, prefix := store.Client(), store.Prefix()
	send := func(ctx context.Context, j coach.Job) error {
		time.Sleep(time.Millisecond + rand.N(time.Millisecond)) // building and posting the message
		_, err := rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HIncrBy(ctx, prefix+crashSent, name(j), 1)
			p.RPush(ctx, prefix+crashLog, fmt.Sprintf("%s %s %s %s", j.Person, j.Kind, j.Day, j.ID))
			return nil
		})
		return err
	}
	s := &scheduler.Scheduler{Queue: store, Clock: localtime.SystemClock{}, Handle: send,
		Batch: 20, Workers: 4, Lease: 200 * time.Millisecond, MaxWait: 10 * time.Millisecond}
	run, stop := context.WithCancel(ctx)
	go func() {
		defer stop()
		pollUntil(func() bool {
			_, waiting, err := store.NextDue(run)
			return err != nil || !waiting
		}, time.Minute)
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
	w.cmd = exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.timeout=2m")
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
