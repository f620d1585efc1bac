// Package redistest gives tests a Redis to work on: the one in REDIS_URL
// when it is set (CI sets it), the embedded one otherwise. Each store gets
// a key prefix of its own and its keys are deleted afterwards; nothing here
// ever flushes a database.
package redistest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/alicebob/miniredis/v2"

	"github.com/aftercare/aftercare/storage"
)

// Open returns a store for t on the Redis in REDIS_URL, or on an embedded one.
func Open(t testing.TB) *storage.Redis {
	t.Helper()
	if url := os.Getenv("REDIS_URL"); url != "" {
		return open(t, url)
	}
	return open(t, "")
}

// Each runs body once against the embedded Redis and once against the real
// one in REDIS_URL, so a storage test proves both behave alike. Without
// REDIS_URL the real half is skipped, and says so.
func Each(t *testing.T, body func(t *testing.T, r *storage.Redis)) {
	t.Helper()
	t.Run("embedded", func(t *testing.T) { body(t, open(t, "")) })
	t.Run("real", func(t *testing.T) {
		url := os.Getenv("REDIS_URL")
		if url == "" {
			t.Skip("REDIS_URL is not set: no real Redis to test against (CI sets it)")
		}
		body(t, open(t, url))
	})
}

// Prefix returns a key prefix of t's own, and deletes its keys from the
// Redis in REDIS_URL (if any) when t ends. For tests that open their store
// the way the binary does.
func Prefix(t testing.TB) string {
	t.Helper()
	prefix := "test:" + safeName(t.Name()) + ":" + randomHex() + ":"
	if url := os.Getenv("REDIS_URL"); url != "" {
		t.Cleanup(func() {
			r, err := storage.Open(context.Background(), url, storage.Options{Attempts: 1})
			if err != nil {
				t.Errorf("clean up test keys: %v", err)
				return
			}
			defer r.Close()
			deletePrefix(t, r, prefix)
		})
	}
	return prefix
}

func open(t testing.TB, url string) *storage.Redis {
	t.Helper()
	ctx := context.Background()
	prefix := "test:" + safeName(t.Name()) + ":" + randomHex() + ":"
	r, err := storage.Open(ctx, url, storage.Options{Prefix: prefix, Attempts: 1})
	if err != nil {
		t.Fatalf("open Redis for test: %v", err)
	}
	t.Cleanup(func() {
		deletePrefix(t, r, prefix)
		r.Close()
	})
	return r
}

// deletePrefix removes the test's keys, and only those.
func deletePrefix(t testing.TB, r *storage.Redis, prefix string) {
	ctx := context.Background()
	rdb := r.Client()
	iter := rdb.Scan(ctx, 0, escapeGlob(prefix)+"*", 500).Iterator()
	for iter.Next(ctx) {
		rdb.Del(ctx, iter.Val())
	}
	if err := iter.Err(); err != nil {
		t.Errorf("clean up test keys: %v", err)
	}
}

// Keys lists the keys a store's prefix holds, for tests that check what
// was written or that nothing was left.
func Keys(t testing.TB, r *storage.Redis, prefix string) []string {
	t.Helper()
	ctx := context.Background()
	keys, err := r.Client().Keys(ctx, escapeGlob(prefix)+"*").Result()
	if err != nil {
		t.Fatalf("list keys: %v", err)
	}
	return keys
}

func escapeGlob(s string) string {
	return strings.NewReplacer("*", `\*`, "?", `\?`, "[", `\[`, "]", `\]`, `\`, `\\`).Replace(s)
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '{' || r == '}' || r == ' ' {
			return '_'
		}
		return r
	}, s)
}

func randomHex() string {
	b := make([]byte, 4)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// URL returns a Redis URL that several stores in one test can share: the
// one in REDIS_URL, or an embedded server that lives as long as t.
func URL(t testing.TB) string {
	t.Helper()
	if url := os.Getenv("REDIS_URL"); url != "" {
		return url
	}
	return "redis://" + miniredis.RunT(t).Addr()
}
