package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/internal/testlog"
	"github.com/aftercare/aftercare/storage"
)

var errDown = errors.New("connection refused")

// fakeRecorder fails its first failures calls, then records.
type fakeRecorder struct {
	mu       sync.Mutex
	failures int
	calls    int
	made     []coach.PendingCrisis
	delays   []time.Duration
}

func (f *fakeRecorder) record(_ context.Context, pc coach.PendingCrisis) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.calls <= f.failures {
		return errDown
	}
	f.made = append(f.made, pc)
	return nil
}

// atOnce waits no time at all, and notes how long it was asked to wait.
func (f *fakeRecorder) atOnce(d time.Duration) <-chan time.Time {
	f.mu.Lock()
	f.delays = append(f.delays, d)
	f.mu.Unlock()
	ch := make(chan time.Time, 1)
	ch <- time.Time{}
	return ch
}

func (f *fakeRecorder) snapshot() (made int, delays []time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.made), slices.Clone(f.delays)
}

// TestCrisisRetrierBacksOff: the waits between tries double from a
// second up to a minute while storage stays down, and every recording is
// made, in order, once it is back.
func TestCrisisRetrierBacksOff(t *testing.T) {
	s := time.Second
	tests := []struct {
		failures int
		want     []time.Duration
	}{
		{0, []time.Duration{s}},
		{3, []time.Duration{s, 2 * s, 4 * s, 8 * s}},
		{8, []time.Duration{s, 2 * s, 4 * s, 8 * s, 16 * s, 32 * s, 60 * s, 60 * s, 60 * s}},
	}
	for _, tt := range tests {
		f := &fakeRecorder{failures: tt.failures}
		r := newCrisisRetrier(f.record, slog.New(slog.DiscardHandler))
		r.wait = f.atOnce
		ctx, cancel := context.WithCancel(context.Background())
		// Both wait before Run starts: with waits that take no time, Run
		// could otherwise finish a before b is handed over, and wait again.
		r.Retry(coach.PendingCrisis{Person: "a", At: t0})
		r.Retry(coach.PendingCrisis{Person: "b", At: t0})
		done := make(chan struct{})
		go func() { r.Run(ctx); close(done) }()
		if !waitFor(func() bool { made, _ := f.snapshot(); return made == 2 }) {
			t.Fatalf("%d failures: the recordings were never made", tt.failures)
		}
		cancel()
		<-done
		_, delays := f.snapshot()
		if !slices.Equal(delays, tt.want) {
			t.Errorf("%d failures: waited %v, want %v", tt.failures, delays, tt.want)
		}
		if f.made[0].Person != "a" || f.made[1].Person != "b" {
			t.Errorf("made %+v, want a then b", f.made)
		}
	}
}

// TestCrisisRetrierAtShutdown: the recording in hand is finished, not cut
// short; what storage still cannot take is given up, and the log says how
// many, and nothing of whom.
func TestCrisisRetrierAtShutdown(t *testing.T) {
	t.Run("in hand", func(t *testing.T) {
		started, release := make(chan struct{}), make(chan struct{})
		var ctxErr error
		record := func(ctx context.Context, pc coach.PendingCrisis) error {
			close(started)
			<-release
			ctxErr = ctx.Err()
			return nil
		}
		logs := &testlog.Buffer{}
		r := newCrisisRetrier(record, slog.New(slog.NewTextHandler(logs, nil)))
		r.wait = (&fakeRecorder{}).atOnce
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { r.Run(ctx); close(done) }()
		r.Retry(coach.PendingCrisis{Person: "200000000000000001", At: t0})
		<-started
		cancel() // SIGTERM while the recording is on its way
		close(release)
		<-done
		if ctxErr != nil || r.count() != 0 {
			t.Errorf("the recording in hand: context %v, %d left; want it finished", ctxErr, r.count())
		}
		if strings.Contains(logs.String(), "given up") {
			t.Errorf("logs: %s", logs.String())
		}
	})
	t.Run("storage still down", func(t *testing.T) {
		f := &fakeRecorder{failures: 1000}
		logs := &testlog.Buffer{}
		r := newCrisisRetrier(f.record, slog.New(slog.NewTextHandler(logs, nil)))
		r.wait = func(time.Duration) <-chan time.Time { return nil } // never: shutdown comes first
		ctx, cancel := context.WithCancel(context.Background())
		r.Retry(coach.PendingCrisis{Person: "200000000000000001", At: t0})
		r.Retry(coach.PendingCrisis{Person: "200000000000000002", At: t0})
		cancel()
		r.Run(ctx)
		text := logs.String()
		if !strings.Contains(text, "crisis recordings given up at shutdown") || !strings.Contains(text, "count=2") {
			t.Errorf("logs lack the count given up:\n%s", text)
		}
		if strings.Contains(text, "20000000000000000") {
			t.Errorf("logs name a person:\n%s", text)
		}
		if f.calls != 1 {
			t.Errorf("%d tries at shutdown, want one last pass that stops at the first failure", f.calls)
		}
	})
}

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// TestCrisisWithRedisDownInMain drives the real Main in the console: with
// Redis stopped, crisis words get the crisis lines; once Redis is back the
// wiring's retrier records the pause by itself, and its logs name no one.
func TestCrisisWithRedisDownInMain(t *testing.T) {
	redistest.EachStoppable(t, func(t *testing.T, rs *redistest.Stoppable) {
		url := rs.URL + "?max_retries=-1" // one try per command: the same failures, sooner
		in, typeIn := io.Pipe()
		out, logs := &testlog.Buffer{}, &testlog.Buffer{}
		m := &Main{
			Config: Config{RedisURL: url, ClockSpeed: 1, LogLevel: slog.LevelDebug},
			Stdin:  in, Stdout: out, Stderr: logs, Clock: localtime.NewFakeClock(t0),
			Prefix: "t:", Charts: t.TempDir(),
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		done := make(chan error, 1)
		go func() { done <- m.Run(ctx) }()
		say := func(lines ...string) {
			t.Helper()
			for _, l := range lines {
				if _, err := io.WriteString(typeIn, l+"\n"); err != nil {
					t.Fatalf("type %q: %v", l, err)
				}
			}
		}
		expect := func(in *testlog.Buffer, what string) {
			t.Helper()
			if !waitFor(func() bool { return strings.Contains(in.String(), what) }) {
				t.Fatalf("never saw %q\n--- seen ---\n%s", what, in.String())
			}
		}
		say("/start", "1", "Europe/London", "20:00", "2")
		expect(out, "All set")

		rs.Stop()
		say("I want to kill myself")
		expect(out, "Support, right now")
		expect(logs, "crisis recordings still wait for storage")
		rs.Start(t)
		expect(logs, "crisis recordings made after storage came back")

		store, err := storage.Open(context.Background(), url, storage.Options{Prefix: "t:", Attempts: 1})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if p, err := store.Person(context.Background(), "console"); err != nil || !p.PausedUntil.Equal(t0.Add(24*time.Hour)) {
			t.Errorf("after Redis is back, paused until %v (%v); want a day after the crisis", p.PausedUntil, err)
		}
		if strings.Contains(out.String(), "Sorry — something went wrong") {
			t.Errorf("the console said sorry:\n%s", out.String())
		}
		for _, line := range strings.Split(logs.String(), "\n") {
			if strings.Contains(line, "crisis") && strings.Contains(line, "console") {
				t.Errorf("a crisis log line names the person: %s", line)
			}
		}
		typeIn.Close()
		if err := <-done; err != nil {
			t.Fatalf("Run: %v", err)
		}
	})
}
