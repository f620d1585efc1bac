package main

import (
	"context"
	"encoding/base64"
	"io"
	neturl "net/url"
	"os"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestWrongDataKeyExitsWithCode2 starts Aftercare on a store with one key,
// then again with another: the second start stops before the transport,
// with one line and exit code 2. With the first key named as previous, it
// starts.
func TestWrongDataKeyExitsWithCode2(t *testing.T) {
	url := os.Getenv("REDIS_URL")
	if url == "" {
		t.Skip("REDIS_URL is not set: an embedded Redis is empty at every start, with nothing to check against")
	}
	prefix := redistest.Prefix(t)
	keyA, keyB := decodeKey(t, newKey()), decodeKey(t, newKey())
	start := func(key []byte, previous ...[]byte) (string, error) {
		out := &strings.Builder{}
		m := &Main{
			Config: Config{RedisURL: url, DataKey: key, PreviousKeys: previous, ClockSpeed: 1},
			Stdin:  strings.NewReader(""), Stdout: out, Stderr: &strings.Builder{},
			Prefix: prefix, Charts: t.TempDir(),
		}
		err := m.Run(context.Background())
		return out.String(), err
	}
	if _, err := start(keyA); err != nil {
		t.Fatalf("first start: %v", err)
	}
	out, err := start(keyB)
	var stderr strings.Builder
	if code := exitCode(err, &stderr); code != 2 {
		t.Fatalf("with a wrong key: exit code %d (%v), want 2", code, err)
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "DATA_KEY does not open") {
		t.Errorf("stderr = %q, want one line saying DATA_KEY does not open the data", stderr.String())
	}
	if out != "" {
		t.Errorf("the console started with a wrong key: %q", out)
	}
	if _, err := start(keyB, keyA); err != nil {
		t.Errorf("new key with the old one in DATA_KEYS_PREVIOUS: %v", err)
	}
}

// TestRekeyCommand: aftercare rekey with the new key and the old one as
// previous prints its progress and says it is done; then the new key alone
// starts. Stopped (Ctrl-C), it says how to go on, and a wrong key stops it
// before it writes anything.
func TestRekeyCommand(t *testing.T) {
	url := os.Getenv("REDIS_URL")
	if url == "" {
		t.Skip("REDIS_URL is not set: rekey works on a Redis that outlives the process")
	}
	ctx := context.Background()
	prefix := redistest.Prefix(t)
	keyA, keyB := decodeKey(t, newKey()), decodeKey(t, newKey())
	a, err := storage.Open(ctx, url, storage.Options{Prefix: prefix, DataKey: keyA})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := a.CheckDataKey(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.SaveFields(ctx, "1", "2026-03-02", map[string]string{"note": "kept"}); err != nil {
		t.Fatal(err)
	}
	cfg := Config{RedisURL: url, DataKey: keyB, PreviousKeys: [][]byte{keyA}}

	stopped, stop := context.WithCancel(ctx)
	stop()
	if err := runRekey(stopped, cfg, prefix, &strings.Builder{}); err == nil || !strings.Contains(err.Error(), "run aftercare rekey again to go on") {
		t.Errorf("stopped rekey: %v", err)
	}
	if err := runRekey(ctx, Config{RedisURL: url, DataKey: keyB}, prefix, &strings.Builder{}); exitCode(err, io.Discard) != 2 {
		t.Errorf("rekey with a wrong key and no previous one: %v, want exit code 2", err)
	}

	var out strings.Builder
	if err := runRekey(ctx, cfg, prefix, &out); err != nil {
		t.Fatalf("rekey: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "rekey: keys looked at ") || !strings.Contains(out.String(), "people's keys wrapped again 1") || !strings.HasSuffix(out.String(), "DATA_KEYS_PREVIOUS can now be emptied.\n") {
		t.Errorf("rekey printed:\n%s", out.String())
	}
	b, err := storage.Open(ctx, url, storage.Options{Prefix: prefix, DataKey: keyB})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.CheckDataKey(ctx); err != nil {
		t.Fatalf("the new key alone after rekey: %v", err)
	}
	if days, err := b.CheckIns(ctx, "1", "2026-03-02", "2026-03-02"); err != nil || len(days) != 1 || days[0].Note != "kept" {
		t.Errorf("after rekey, with the new key alone: %+v, %v", days, err)
	}
}

// TestWrongDataKeyOnDiscord: on Discord too, a wrong key stops start-up
// before the bot connects: the fake Discord sees no login, and nobody is
// answered with notes missing.
func TestWrongDataKeyOnDiscord(t *testing.T) {
	url := os.Getenv("REDIS_URL")
	if url == "" {
		t.Skip("REDIS_URL is not set: an embedded Redis is empty at every start, with nothing to check against")
	}
	fake := fakediscord.New(fakediscord.WithToken("keys-test-token"))
	if err := fake.Start(); err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	base, _ := neturl.Parse(fake.URL())
	prefix := redistest.Prefix(t)
	keyA := decodeKey(t, newKey())
	a, err := storage.Open(context.Background(), url, storage.Options{Prefix: prefix, DataKey: keyA})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := a.CheckDataKey(context.Background()); err != nil {
		t.Fatal(err)
	}
	m := &Main{
		Config: Config{DiscordToken: "keys-test-token", DiscordAPIBase: base, RedisURL: url, DataKey: decodeKey(t, newKey()), ClockSpeed: 1, DefaultTimeZone: "UTC"},
		Stdin:  strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		Prefix: prefix,
	}
	err = m.Run(context.Background())
	if code := exitCode(err, io.Discard); code != 2 {
		t.Fatalf("on Discord with a wrong key: %v (exit code %d), want exit code 2", err, code)
	}
	if n := len(fake.Identifies()); n != 0 {
		t.Errorf("the bot logged in to Discord %d times with a wrong key", n)
	}
}

func TestWeakDataKeyExitsWithCode2(t *testing.T) {
	for name, key := range map[string]string{
		"all zero":       base64.StdEncoding.EncodeToString(make([]byte, 32)),
		"a password":     base64.StdEncoding.EncodeToString([]byte("correct horse battery staple 123")),
		"one byte again": base64.StdEncoding.EncodeToString([]byte(strings.Repeat("\xa7", 32))),
		"16 bytes":       base64.StdEncoding.EncodeToString([]byte("0123456789abcdef")),
	} {
		t.Run(name, func(t *testing.T) {
			var stderr strings.Builder
			env := map[string]string{"DATA_KEY": key}
			code := run(nil, func(k string) string { return env[k] }, strings.NewReader(""), &strings.Builder{}, &stderr)
			lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			if code != 2 || len(lines) != 1 || !strings.HasPrefix(lines[0], "aftercare: DATA_KEY: want 32 random bytes") || !strings.Contains(lines[0], "aftercare key") {
				t.Errorf("exit %d, stderr %q; want 2 and one line naming DATA_KEY and how to make one", code, stderr.String())
			}
			if strings.Contains(stderr.String(), key) {
				t.Errorf("the key was echoed: %q", stderr.String())
			}
		})
	}
}

// TestKeyPrintsAFreshStrongKey: aftercare key works even when the
// configuration is bad (that is when one needs it), and its keys pass
// the strength check and differ.
func TestKeyPrintsAFreshStrongKey(t *testing.T) {
	seen := map[string]bool{}
	for range 20 {
		var out strings.Builder
		env := map[string]string{"DATA_KEY": "not base64!"}
		if code := run([]string{"key"}, func(k string) string { return env[k] }, strings.NewReader(""), &out, &strings.Builder{}); code != 0 {
			t.Fatalf("exit code %d", code)
		}
		line := strings.TrimSpace(out.String())
		key := decodeKey(t, line)
		if err := storage.CheckKeyStrength(key); err != nil || seen[line] {
			t.Fatalf("key %q: %v, seen before %v", line, err, seen[line])
		}
		seen[line] = true
	}
}

func decodeKey(t *testing.T, s string) []byte {
	t.Helper()
	k, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(k) != 32 {
		t.Fatalf("key %q: %v, %d bytes", s, err, len(k))
	}
	return k
}
