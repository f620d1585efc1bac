package main

import (
	"context"
	"strings"
	"testing"

	"github.com/alicebob/miniredis/v2"

	"github.com/aftercare/aftercare/storage"
)

// TestKeyStore runs Aftercare on a Redis for the data and, apart, one for
// people's keys (two servers of the test's own, which keep their data
// between starts): without KEYSTORE_URL it says once at start that
// snapshots hold the keys; with it, the keys move there and it says
// nothing of the kind; then a start without it stops with exit code 2;
// rekey works through it.
func TestKeyStore(t *testing.T) {
	ctx := context.Background()
	data, keys := "redis://"+miniredis.RunT(t).Addr(), "redis://"+miniredis.RunT(t).Addr()
	keyA, keyB := decodeKey(t, newKey()), decodeKey(t, newKey())
	const warning = "no KEYSTORE_URL set"
	start := func(cfg Config) (string, error) {
		cfg.RedisURL, cfg.ClockSpeed = data, 1
		var stderr strings.Builder
		m := &Main{Config: cfg, Stdin: strings.NewReader(""), Stdout: &strings.Builder{}, Stderr: &stderr, Prefix: "p:", Charts: t.TempDir()}
		err := m.Run(ctx)
		return stderr.String(), err
	}

	s, err := storage.Open(ctx, data, storage.Options{Prefix: "p:", DataKey: keyA})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFields(ctx, "1", "2026-03-02", map[string]string{"note": "kept"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	logs, err := start(Config{DataKey: keyA})
	if err != nil || strings.Count(logs, warning) != 1 {
		t.Fatalf("without a key store: %v, the warning said %d times in:\n%s", err, strings.Count(logs, warning), logs)
	}
	logs, err = start(Config{DataKey: keyA, KeyStoreURL: keys})
	if err != nil || strings.Contains(logs, warning) || !strings.Contains(logs, "people's keys moved from the data's Redis to the key store") {
		t.Fatalf("with a key store: %v, logs:\n%s", err, logs)
	}

	_, err = start(Config{DataKey: keyA})
	var stderr strings.Builder
	if code := exitCode(err, &stderr); code != 2 || strings.Count(stderr.String(), "\n") != 1 || !strings.Contains(stderr.String(), "KEYSTORE_URL is not set") {
		t.Errorf("without the key store once the keys moved: exit code %d, stderr %q; want 2 and one line naming KEYSTORE_URL", code, stderr.String())
	}

	var out strings.Builder
	if err := runRekey(ctx, Config{RedisURL: data, KeyStoreURL: keys, DataKey: keyB, PreviousKeys: [][]byte{keyA}}, "p:", &out); err != nil || !strings.Contains(out.String(), "people's keys wrapped again 1") {
		t.Fatalf("rekey through the key store: %v\n%s", err, out.String())
	}
	if _, err := start(Config{DataKey: keyB, KeyStoreURL: keys}); err != nil {
		t.Fatalf("the new key alone after rekey: %v", err)
	}
	b, err := storage.Open(ctx, data, storage.Options{Prefix: "p:", DataKey: keyB, KeyStoreURL: keys})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if days, err := b.CheckIns(ctx, "1", "2026-03-02", "2026-03-02"); err != nil || len(days) != 1 || days[0].Note != "kept" {
		t.Errorf("after rekey, with the new key alone: %+v, %v", days, err)
	}
}
