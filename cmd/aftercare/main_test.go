package main

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/internal/testlog"
)

// TestWholePath drives the real Main: /start, /session, the scheduler
// delivering the first check-in from Redis when the fake clock reaches the
// check-in time, the answers stored, and /summary showing them.
func TestWholePath(t *testing.T) {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) // 09:00 in London
	clock := localtime.NewFakeClock(start)
	in, typeIn := io.Pipe()
	out := &testlog.Buffer{}
	m := &Main{
		Config: Config{RedisURL: os.Getenv("REDIS_URL"), ClockSpeed: 1},
		Stdin:  in, Stdout: out, Stderr: io.Discard, Clock: clock,
		Prefix: redistest.Prefix(t), Charts: t.TempDir(),
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
	expect := func(what string) {
		t.Helper()
		if !waitFor(func() bool { return strings.Contains(out.String(), what) }) {
			t.Fatalf("never saw %q\n--- output ---\n%s", what, out.String())
		}
	}

	say("/start", "1", "Europe/London", "20:00", "2", "/session")
	expect("Session logged")
	if strings.Contains(out.String(), "Hi — time for a short check-in") {
		t.Fatal("check-in arrived before its time")
	}
	clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	expect("Hi — time for a short check-in")
	expect("after today's session") // side effects first: 13 is "None of these"
	say("13", "5", "1", "4", "4", "3", "2", "/summary")
	expect("Mood: 5.0 (very good).\n  Anxiety: 1.0 (calm).\n  Energy: 4.0 (good).\n  Sleep: 4.0 (well).\nMovement\n  20 minutes on 1 day.")

	typeIn.Close() // end of input ends the console
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
}

func waitFor(cond func() bool) bool {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return false
}
