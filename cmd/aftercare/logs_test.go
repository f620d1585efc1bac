package main

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
)

// TestLogsHoldNoHealthData runs the demo's whole week, plus a crisis text,
// a questionnaire and an export, with every component logging at debug
// level into a buffer, and checks the logs hold none of what Sam wrote or
// answered.
func TestLogsHoldNoHealthData(t *testing.T) {
	var mu sync.Mutex
	var logs strings.Builder
	log := slog.New(slog.NewTextHandler(lockedWriter{&mu, &logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	extra := []string{
		"I have been thinking everyone would be better off without me. I have the pills here",
		"/settings", "8", "3", "1", // weekly questionnaire: GAD-7, answer it now
		"3", "3", "2", "2", "1", "1", "2", // its seven items
		"/export",
	}
	var out strings.Builder
	if err := playDemo(context.Background(), &out, io.Discard, t.TempDir(), log, extra, nil, "en"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "GAD-7 score is 7") || !strings.Contains(out.String(), "(Saved: ") {
		t.Fatalf("the extra steps did not run as planned:\n%s", tail(out.String()))
	}
	mu.Lock()
	text := logs.String()
	mu.Unlock()
	if !strings.Contains(text, "crisis reply sent") {
		t.Fatalf("the logs are missing events they should have; got:\n%s", text)
	}
	for _, secret := range []string{
		"Walked to the park", "Tired after the session", "better off without me", // notes and free text
		"GAD-7", "gad7", "score", "mild", // questionnaire and its result
		"mood=", "anxiety=", "minutes=", "value=", "|4", // answers
	} {
		if strings.Contains(text, secret) {
			t.Errorf("the logs hold %q", secret)
		}
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func tail(s string) string {
	if len(s) > 3000 {
		return s[len(s)-3000:]
	}
	return s
}
