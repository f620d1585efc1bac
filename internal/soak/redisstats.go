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
	var mu sync.Mutex
	err = eachNode(ctx, rdb, func(ctx context.Context, c redis.Cmdable) error {
		iter := c.Scan(ctx, 0, pattern, 1000).Iterator()
		var batch []string
		flush := func() error {
			if len(batch) == 0 {
				return nil
			}
			cmds := make([]*redis.IntCmd, len(batch))
			_, err := c.Pipelined(ctx, func(p redis.Pipeliner) error {
				for i, k := range batch {
					cmds[i] = p.MemoryUsage(ctx, k)
				}
				return nil
			})
			if err != nil && err != redis.Nil {
				return fmt.Errorf("MEMORY USAGE: %w", err)
			}
			mu.Lock()
			for _, cmd := range cmds {
				if n, err := cmd.Result(); err == nil {
					keys++
					bytes += n
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
	return keys, bytes, err
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
