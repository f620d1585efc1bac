package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/storage"
)

// TestSoakSmall runs the soak with 12 people for 8 simulated days: people
// are onboarded and answer check-ins, nothing fails, and the soak's keys
// are gone afterwards. It needs a real Redis (INFO memory, MEMORY USAGE).
func TestSoakSmall(t *testing.T) {
	url := os.Getenv("REDIS_URL")
	if url == "" {
		t.Skip("REDIS_URL is not set: the soak measures a real Redis")
	}
	if testing.Short() {
		t.Skip("a simulated week of people takes seconds")
	}
	o := options{people: 12, days: 8, workers: 4, seed: 1, out: t.TempDir(), redisURL: url}
	res, err := run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	last := res.samples[len(res.samples)-1]
	if len(res.samples) != 8 {
		t.Errorf("%d samples, want one a day", len(res.samples))
	}
	if last.kept == 0 || last.jobs == 0 || last.interactions == 0 {
		t.Errorf("nothing happened: %+v", last)
	}
	if last.errors != 0 || last.stuck != 0 || last.failed != 0 || len(res.violations) != 0 {
		t.Errorf("errors %d, unanswered %d, failed %d, violations %q", last.errors, last.stuck, last.failed, res.violations)
	}
	var out bytes.Buffer
	res.print(&out, o)
	if !strings.Contains(out.String(), "issue 17 goal 5: process RSS kept") {
		t.Errorf("the report lacks the RSS verdict:\n%s", out.String())
	}
	r, err := storage.Open(context.Background(), url, storage.Options{Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n := countKeys(t, r.Client(), escapeGlob(res.prefix)+"*"); n != 0 {
		t.Errorf("%d keys under %s after the soak, want none", n, res.prefix)
	}
}

func countKeys(t *testing.T, rdb redis.UniversalClient, pattern string) int {
	t.Helper()
	keys, _, err := prefixUsage(context.Background(), rdb, pattern)
	if err != nil {
		t.Fatal(err)
	}
	return int(keys)
}

// TestVerdicts: the rules of the soak's goals, on made-up curves.
func TestVerdicts(t *testing.T) {
	type curves struct {
		kept     func(d int64) int64 // check-in days kept by day d
		rss      func(d int) int64   // as the process keeps it (after FreeOSMemory)
		raw      func(d int) int64   // as sampled
		bytes    func(d, kept int64) int64
		queue    func(d int64) int64
		expiring func(d int64) int64
	}
	curve := func(c curves) *result {
		r := &result{}
		for d := 1; d <= 21; d++ {
			kept := c.kept(int64(d))
			q, e := c.queue(int64(d)), c.expiring(int64(d))
			r.samples = append(r.samples, sample{day: d, rss: c.raw(d), rssKept: c.rss(d), goroutines: 13, kept: kept,
				keyBytes: c.bytes(int64(d), kept) + q + e, queueBytes: q, expiringBytes: e})
		}
		return r
	}
	daily := func(d int64) int64 { return d * 100 }
	plansEnd := func(d int64) int64 { return min(d, 14) * 100 } // no check-ins after day 14
	steadyQueue := func(int64) int64 { return 500000 }
	busyQueue := func(d int64) int64 { return d * d * 40000 } // more people in a plan late in the run
	seen := func(d int64) int64 { return 2000000 + d*d*30000 }
	flat := func(int) int64 { return 100 << 20 }
	creeping := func(d int) int64 { return int64(100+3*d) << 20 }
	withKept := func(_, kept int64) int64 { return 1000 + kept*1400 }
	leaking := func(d, kept int64) int64 { return kept*1400 + d*d*50000 }
	for _, c := range []struct {
		name       string
		c          curves
		rss, redis bool
	}{
		{"flat, growing with kept data", curves{daily, flat, flat, withKept, steadyQueue, steadyQueue}, true, true},
		{"more scheduled late in the run", curves{daily, flat, flat, withKept, busyQueue, steadyQueue}, true, true},
		{"more interactions seen late in the run", curves{daily, flat, flat, withKept, steadyQueue, seen}, true, true},
		{"no check-ins late in the run", curves{plansEnd, flat, flat, withKept, steadyQueue, steadyQueue}, true, true},
		{"RSS creeping", curves{daily, creeping, flat, withKept, steadyQueue, steadyQueue}, false, true},
		{"RSS as sampled creeping, kept flat", curves{daily, flat, creeping, withKept, steadyQueue, steadyQueue}, true, true},
		{"Redis growing faster than kept data", curves{daily, flat, flat, leaking, steadyQueue, steadyQueue}, true, false},
		{"Redis growing without check-ins", curves{plansEnd, flat, flat, leaking, steadyQueue, steadyQueue}, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			curve(c.c).print(&out, options{days: 21})
			lines := strings.Split(out.String(), "\n")
			rssLine, redisLine := find(lines, "process RSS kept"), find(lines, "Redis (the soak's data")
			if got := strings.HasSuffix(rssLine, ": met"); got != c.rss {
				t.Errorf("RSS verdict %q, want met=%v", rssLine, c.rss)
			}
			if got := strings.HasSuffix(redisLine, ": met"); got != c.redis {
				t.Errorf("Redis verdict %q, want met=%v", redisLine, c.redis)
			}
		})
	}
}

func find(lines []string, s string) string {
	for _, l := range lines {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// TestKeyKind: the kinds the Redis verdict sets apart. A key filed under
// the wrong kind moves its bytes between the soak's data and what is
// scheduled, and the verdict with them.
func TestKeyKind(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		key, kind string
		scheduled bool
	}{
		{"{u:42}:ci:2026-03-02", "{u}:ci:*", false},
		{"{u:42}:person", "{u}:person", false},
		{"{u:42}:jobs", "{u}:jobs", true},
		{"{sched:3}:due", "{sched}:due", true},
		{"{sched}:dead", "{sched}:dead", true},
		{"{g:500}:group", "{g}:group", false},
		{"seen:1234567890", "seen:*", false},
		{"plain", "plain", false},
	} {
		kind := keyKind(c.key)
		if kind != c.kind || scheduled(kind) != c.scheduled {
			t.Errorf("keyKind(%q) = %q (scheduled %v), want %q (%v)", c.key, kind, scheduled(kind), c.kind, c.scheduled)
		}
	}
}
