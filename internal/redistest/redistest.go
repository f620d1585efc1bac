// Package redistest gives tests a Redis to work on: the one in REDIS_URL
// when it is set (CI sets it), the embedded one otherwise; Each adds the
// Redis Cluster in REDIS_CLUSTER_URL (scripts/redis-cluster starts one).
// Each store gets a key prefix of its own and its keys are deleted
// afterwards, on every master of a Cluster; nothing here ever flushes a
// database.
package redistest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

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

// Each runs body against the embedded Redis, the real one in REDIS_URL and
// the Redis Cluster in REDIS_CLUSTER_URL (go-redis's cluster form,
// redis://host:port?addr=host:port&addr=...), so a storage test proves all
// behave alike, and that no multi-key step spans two Cluster slots. A case
// whose variable is unset is skipped, and says so.
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
	t.Run("cluster", func(t *testing.T) {
		url := ClusterURL(t)
		body(t, open(t, url))
	})
}

// ClusterURL returns the Redis Cluster in REDIS_CLUSTER_URL, and skips t
// when it is unset.
func ClusterURL(t testing.TB) string {
	t.Helper()
	url := os.Getenv("REDIS_CLUSTER_URL")
	if url == "" {
		t.Skip("REDIS_CLUSTER_URL is not set: no Redis Cluster to test against (scripts/redis-cluster starts one; CI sets it)")
	}
	return url
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
	err := scan(ctx, rdb, escapeGlob(prefix)+"*", func(key string) error {
		return rdb.Del(ctx, key).Err()
	})
	if err != nil {
		t.Errorf("clean up test keys: %v", err)
	}
}

// Keys lists the keys a store's prefix holds, for tests that check what
// was written or that nothing was left.
func Keys(t testing.TB, r *storage.Redis, prefix string) []string {
	t.Helper()
	var keys []string
	err := scan(context.Background(), r.Client(), escapeGlob(prefix)+"*", func(key string) error {
		keys = append(keys, key)
		return nil
	})
	if err != nil {
		t.Fatalf("list keys: %v", err)
	}
	return keys
}

// scan calls fn with every key that matches pattern: on each master of a
// Cluster (a SCAN sent to a Cluster client reaches one node only), on the
// one server otherwise.
func scan(ctx context.Context, rdb redis.UniversalClient, pattern string, fn func(key string) error) error {
	var mu sync.Mutex // ForEachMaster walks the masters at once
	var keys []string
	walk := func(ctx context.Context, c redis.Cmdable) error {
		iter := c.Scan(ctx, 0, pattern, 500).Iterator()
		for iter.Next(ctx) {
			mu.Lock()
			keys = append(keys, iter.Val())
			mu.Unlock()
		}
		return iter.Err()
	}
	var err error
	if cc, ok := rdb.(*redis.ClusterClient); ok {
		err = cc.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error { return walk(ctx, node) })
	} else {
		err = walk(ctx, rdb)
	}
	if err != nil {
		return err
	}
	for _, key := range keys {
		if err := fn(key); err != nil {
			return err
		}
	}
	return nil
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
