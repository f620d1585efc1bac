package scheduler_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// Helpers shared by the benchmarks of this package. The benchmarks measure
// a real Redis (REDIS_URL), never the embedded one: scripts/bench sets it.
// Figures and how to reproduce them are in BENCHMARKS.md.

// benchSession is when every benchmarked plan starts: 09:00 UTC on a Monday.
var benchSession = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// benchZones spread people over zones with whole, half and quarter hour
// offsets, and Lord Howe's half-hour daylight saving.
var benchZones = []string{"Europe/London", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe"}

// benchPerson returns the i-th of many distinct onboarded people, with
// check-in times from 08:00 to 20:45.
func benchPerson(i int) coach.Person {
	return coach.Person{
		ID:        fmt.Sprintf("5%017d", i),
		Name:      "p",
		Consented: benchSession.Add(-24 * time.Hour),
		Zone:      benchZones[i%len(benchZones)],
		CheckInAt: localtime.LocalTime{Hour: 8 + i%13, Minute: i / 13 % 4 * 15, Set: true},
		Status:    coach.StatusActive,
	}
}

// benchStore returns a store of b's own on the Redis in REDIS_URL, and
// removes its keys when b's run ends, quickly (pipelined UNLINKs; the
// redistest clean-up then finds nothing left).
func benchStore(b *testing.B) *storage.Redis {
	b.Helper()
	if os.Getenv("REDIS_URL") == "" {
		b.Skip("REDIS_URL is not set: these benchmarks measure a real Redis (scripts/bench sets it)")
	}
	store := redistest.Open(b)
	b.Cleanup(func() { unlinkPrefix(b, store) })
	return store
}

// unlinkPrefix removes every key of the store's prefix, and waits until
// Redis has freed them, so that the next run's memory reading starts clean.
// On a Cluster it walks every master, and unlinks key by key (pipelined),
// since one UNLINK may not span slots.
func unlinkPrefix(b *testing.B, store *storage.Redis) {
	ctx := context.Background()
	rdb := store.Client()
	match := globEscape(store.Prefix()) + "*"
	walk := func(ctx context.Context, node redis.Cmdable) error {
		var cursor uint64
		for {
			keys, next, err := node.Scan(ctx, cursor, match, 5000).Result()
			if err != nil {
				return err
			}
			if len(keys) > 0 {
				_, err := node.Pipelined(ctx, func(p redis.Pipeliner) error {
					for _, k := range keys {
						p.Unlink(ctx, k)
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
			if cursor = next; cursor == 0 {
				return nil
			}
		}
	}
	var err error
	if cc, ok := rdb.(*redis.ClusterClient); ok {
		err = cc.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
			if err := walk(ctx, node); err != nil {
				return err
			}
			waitLazyFree(b, node)
			return nil
		})
	} else if err = walk(ctx, rdb); err == nil {
		waitLazyFree(b, rdb)
	}
	if err != nil {
		b.Errorf("clean up benchmark keys: %v", err)
	}
}

// waitLazyFree waits until Redis has freed what UNLINK handed to its
// background thread, so that used_memory means what is stored.
func waitLazyFree(b *testing.B, rdb redis.Cmdable) {
	for range 600 {
		info, err := rdb.Info(context.Background(), "memory").Result()
		if err != nil || infoField(info, "lazyfree_pending_objects") == 0 {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.Log("Redis still freeing keys after 30s")
}

func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`, "]", `\]`).Replace(s)
}

// redisSnapshot is what INFO says at one moment: commands run so far (the
// sum of calls over INFO commandstats, which counts the commands a Lua
// script runs as well as the EVALSHA itself) and memory in use.
type redisSnapshot struct {
	calls      int64
	usedMemory int64
}

func snapshot(b *testing.B, rdb redis.UniversalClient) redisSnapshot {
	b.Helper()
	if cc, ok := rdb.(*redis.ClusterClient); ok {
		// INFO reaches one node of a Cluster: add up the masters.
		var mu sync.Mutex
		var s redisSnapshot
		err := cc.ForEachMaster(context.Background(), func(ctx context.Context, node *redis.Client) error {
			one, err := snapshotOf(node)
			mu.Lock()
			s.calls += one.calls
			s.usedMemory += one.usedMemory
			mu.Unlock()
			return err
		})
		if err != nil {
			b.Fatalf("INFO: %v", err)
		}
		return s
	}
	s, err := snapshotOf(rdb)
	if err != nil {
		b.Fatalf("INFO: %v", err)
	}
	return s
}

func snapshotOf(rdb redis.Cmdable) (redisSnapshot, error) {
	info, err := rdb.Info(context.Background(), "memory", "commandstats").Result()
	if err != nil {
		return redisSnapshot{}, err
	}
	s := redisSnapshot{usedMemory: infoField(info, "used_memory")}
	for line := range strings.SplitSeq(info, "\n") {
		if !strings.HasPrefix(line, "cmdstat_") {
			continue
		}
		_, stats, _ := strings.Cut(line, ":")
		calls, _, _ := strings.Cut(stats, ",")
		n, _ := strconv.ParseInt(strings.TrimPrefix(calls, "calls="), 10, 64)
		s.calls += n
	}
	return s, nil
}

// commandsSince returns the commands Redis ran between two snapshots,
// less the INFO of the first (counted in the second). Commands other
// clients sent meanwhile are counted too: run on a quiet Redis.
func commandsSince(before, after redisSnapshot) int64 { return after.calls - before.calls - 1 }

func infoField(info, name string) int64 {
	for line := range strings.SplitSeq(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), name+":"); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return 0
}

// processMemory is the process's resident set (VmRSS) and the Go heap in
// use after a collection, in MiB. RSS is read first, as the process is;
// then the heap is collected and returned to the OS, and RSS read again.
type processMemory struct {
	rss, rssAfterFree, heap float64
}

func readProcessMemory(b *testing.B) processMemory {
	b.Helper()
	m := processMemory{rss: vmRSS(b)}
	runtime.GC()
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m.heap = float64(ms.HeapInuse) / (1 << 20)
	m.rssAfterFree = vmRSS(b)
	return m
}

// vmRSS reads VmRSS from /proc/self/status, in MiB.
func vmRSS(b *testing.B) float64 {
	b.Helper()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Fatalf("read RSS: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			if err != nil {
				b.Fatalf("read RSS: %q: %v", v, err)
			}
			return kb / 1024
		}
	}
	b.Fatal("read RSS: no VmRSS in /proc/self/status")
	return 0
}
