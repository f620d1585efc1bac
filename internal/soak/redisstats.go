package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/redis/go-redis/v9"
)

// usedMemory is Redis's used_memory (INFO memory): everything in it,
// other clients' keys included; summed over the masters of a Cluster.
func usedMemory(ctx context.Context, rdb redis.UniversalClient) (int64, error) {
	var mu sync.Mutex
	var total int64
	err := eachNode(ctx, rdb, func(ctx context.Context, c redis.Cmdable) error {
		info, err := c.Info(ctx, "memory").Result()
		if err != nil {
			return fmt.Errorf("INFO memory: %w", err)
		}
		for line := range strings.SplitSeq(info, "\n") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil {
					return fmt.Errorf("used_memory %q: %w", v, err)
				}
				mu.Lock()
				total += n
				mu.Unlock()
			}
		}
		return nil
	})
	return total, err
}

// prefixUsage counts the keys matching pattern and sums their MEMORY
// USAGE: the soak's own share of Redis, whoever else uses it.
func prefixUsage(ctx context.Context, rdb redis.UniversalClient, pattern string) (keys, bytes int64, err error) {
	err = scanUsage(ctx, rdb, pattern, func(_ string, n int64, _ bool) {
		keys++
		bytes += n
	})
	return keys, bytes, err
}

// scanUsage calls fn with the MEMORY USAGE of every key matching pattern,
// and whether it has a time to live, one call at a time.
func scanUsage(ctx context.Context, rdb redis.UniversalClient, pattern string, fn func(key string, bytes int64, expires bool)) error {
	var mu sync.Mutex
	return eachNode(ctx, rdb, func(ctx context.Context, c redis.Cmdable) error {
		iter := c.Scan(ctx, 0, pattern, 1000).Iterator()
		var batch []string
		flush := func() error {
			if len(batch) == 0 {
				return nil
			}
			cmds := make([]*redis.IntCmd, len(batch))
			ttls := make([]*redis.DurationCmd, len(batch))
			_, err := c.Pipelined(ctx, func(p redis.Pipeliner) error {
				for i, k := range batch {
					cmds[i], ttls[i] = p.MemoryUsage(ctx, k), p.PTTL(ctx, k)
				}
				return nil
			})
			if err != nil && err != redis.Nil {
				return fmt.Errorf("MEMORY USAGE: %w", err)
			}
			mu.Lock()
			for i, cmd := range cmds {
				if n, err := cmd.Result(); err == nil {
					// PTTL is -1 without an expiry (-2: gone since).
					fn(batch[i], n, ttls[i].Val() > 0)
				}
			}
			mu.Unlock()
			batch = batch[:0]
			return nil
		}
		for iter.Next(ctx) {
			if batch = append(batch, iter.Val()); len(batch) == 1000 {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		if err := iter.Err(); err != nil {
			return fmt.Errorf("SCAN %s: %w", pattern, err)
		}
		return flush()
	})
}

// usage is the keys of one kind and their MEMORY USAGE, and of those the
// bytes of the keys that expire.
type usage struct{ keys, bytes, expiring int64 }

// keyKind names the kind of one of the soak's keys, its prefix cut off:
// "{u}:ci:*" for every person's check-in days, "{sched}:due" for every
// partition's due queue, "seen:*" for every interaction seen.
func keyKind(key string) string {
	tag, rest := "", key
	if strings.HasPrefix(key, "{") {
		if end := strings.IndexByte(key, '}'); end > 0 {
			tag, rest = key[:end+1], key[end+1:]
			name, _, _ := strings.Cut(tag[1:len(tag)-1], ":")
			if i := strings.IndexAny(name, "0123456789."); i > 0 {
				name = name[:i]
			}
			tag = "{" + name + "}"
		}
	}
	parts := strings.SplitN(rest, ":", 3)
	switch {
	case tag != "" && len(parts) == 3: // "{u:id}:ci:2026-03-02"
		rest = parts[0] + ":" + parts[1] + ":*"
	case tag == "" && len(parts) >= 2: // "seen:id"
		rest = parts[0] + ":*"
	}
	return tag + rest
}

// deletePrefix unlinks every key under prefix, and only those.
func deletePrefix(ctx context.Context, rdb redis.UniversalClient, prefix string) error {
	return eachNode(ctx, rdb, func(ctx context.Context, c redis.Cmdable) error {
		iter := c.Scan(ctx, 0, escapeGlob(prefix)+"*", 1000).Iterator()
		var keys []string
		for iter.Next(ctx) {
			keys = append(keys, iter.Val())
		}
		if err := iter.Err(); err != nil {
			return fmt.Errorf("SCAN %s*: %w", prefix, err)
		}
		for _, k := range keys {
			if err := c.Unlink(ctx, k).Err(); err != nil {
				return fmt.Errorf("delete the soak's keys: %w", err)
			}
		}
		return nil
	})
}

// eachNode runs fn on every master of a Cluster (a SCAN or an INFO sent to
// a Cluster client reaches one node only), on the one server otherwise.
func eachNode(ctx context.Context, rdb redis.UniversalClient, fn func(context.Context, redis.Cmdable) error) error {
	if cc, ok := rdb.(*redis.ClusterClient); ok {
		return cc.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error { return fn(ctx, node) })
	}
	return fn(ctx, rdb)
}

func escapeGlob(s string) string {
	return strings.NewReplacer("*", `\*`, "?", `\?`, "[", `\[`, "]", `\]`, `\`, `\\`).Replace(s)
}
