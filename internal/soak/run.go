package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"
)

// sample is the state of the process and of Redis at the end of a
// simulated day.
type sample struct {
	day                    int
	wall                   time.Duration // since the soak began
	rss, heap, live        int64         // bytes; live: the heap after a GC
	rssKept                int64         // RSS after a GC and debug.FreeOSMemory: what the process keeps
	goroutines             int
	redisUsed              int64 // used_memory, the whole Redis
	keys, keyBytes         int64 // the soak's keys, and their MEMORY USAGE
	queueBytes             int64 // of those, what is scheduled: the due queue and each person's jobs
	expiringBytes          int64 // and of the rest, the keys that expire (interactions seen, questions awaited)
	kept                   int64 // check-in days answered and not deleted
	errors, warnings       int64
	interactions, stuck    int64
	failed, jobs, jobsDead int64
	unfinished             int64            // onboardings that did not reach "All set"
	kinds                  map[string]usage // the soak's keys by kind (keyKind)
}

type result struct {
	samples    []sample
	people     int
	leftKeys   int64 // keys of people who deleted their data and left
	left       int
	violations []string
	wall       time.Duration
	prefix     string // of the soak's keys, deleted at the end
	stopped    bool   // interrupted before the last day
}

// run plays the soak: an hour of simulated time a step; in each, the due
// jobs are run, then the people whose hour it is use their commands and
// those sent something answer it.
func run(ctx context.Context, o options) (*result, error) {
	logFile, err := os.Create(filepath.Join(o.out, "soak.log"))
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	w, err := openWorld(ctx, o, newCounting(logFile))
	if w != nil {
		defer func() {
			if err := w.close(context.Background()); err != nil {
				fmt.Fprintln(os.Stderr, "soak: clean up:", err)
			}
		}()
	}
	if err != nil {
		return nil, err
	}
	people := newPeople(o.people, o.seed)
	began := time.Now()
	res := &result{people: o.people, prefix: w.prefix}
	for h := range o.days * 24 {
		if ctx.Err() != nil {
			// Interrupted: report the days so far, if there are enough.
			if len(res.samples) < 8 {
				return nil, ctx.Err()
			}
			res.stopped = true
			break
		}
		w.clock.Set(simStart.Add(time.Duration(h) * time.Hour))
		if err := w.drain(ctx); err != nil {
			return nil, err
		}
		notified := w.takeNotified()
		day := h / 24
		var todo []*person
		for _, p := range people {
			if p.hour == h%24 || notified[p.id] {
				todo = append(todo, p)
			}
		}
		each(todo, o.workers, func(p *person) { w.act(ctx, p, day, p.hour == h%24, notified[p.id]) })
		// Every step, so that the fake's records of a simulated day's
		// interactions do not set this process's peak memory.
		w.fake.Forget(4, 0)
		if (h+1)%24 == 0 {
			s, err := w.sample(ctx, day+1, time.Since(began))
			if err != nil {
				return nil, err
			}
			res.samples = append(res.samples, s)
			if s.day == 7 && o.memprofile != "" {
				// What the first week left, to set against the end's.
				if err := writeHeapProfile(o.memprofile + ".day7"); err != nil {
					return nil, err
				}
			}
			fmt.Fprintf(os.Stderr, "day %2d (%s): RSS %.1f MiB (kept %.1f), heap %.1f MiB (live %.1f), %d goroutines, Redis %.1f MiB (soak keys %.1f MiB, %d keys, of which scheduled %.1f MiB), %d check-in days kept, %d errors, %d interactions\n",
				s.day, s.wall.Round(time.Second), mib(s.rss), mib(s.rssKept), mib(s.heap), mib(s.live), s.goroutines, mib(s.redisUsed), mib(s.keyBytes), s.keys, mib(s.queueBytes), s.kept, s.errors, s.interactions)
		}
	}
	ctx = context.WithoutCancel(ctx)
	for _, p := range people {
		if p.gone {
			res.left++
			n, _, err := prefixUsage(ctx, w.store.Client(), escapeGlob(w.prefix+"{u:"+p.id+"}:")+"*")
			if err != nil {
				return nil, err
			}
			res.leftKeys += n
		}
	}
	res.violations = w.fake.Violations()
	if o.memprofile != "" {
		if err := writeHeapProfile(o.memprofile); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// each runs fn for every person, on at most n goroutines.
func each(ps []*person, n int, fn func(*person)) {
	ch := make(chan *person)
	var wg sync.WaitGroup
	for range max(n, 1) {
		wg.Go(func() {
			for p := range ch {
				fn(p)
			}
		})
	}
	for _, p := range ps {
		ch <- p
	}
	close(ch)
	wg.Wait()
}

func (w *world) sample(ctx context.Context, day int, wall time.Duration) (sample, error) {
	// RSS and the heap as the process runs; then the heap still live
	// after a collection, the one that shows a leak; then RSS once the
	// freed pages are given back to the system (debug.FreeOSMemory), which
	// is what the process keeps, whenever the collector last ran.
	s := sample{day: day, wall: wall, rss: rss(), goroutines: runtime.NumGoroutine()}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	s.heap = int64(ms.HeapInuse)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	s.live = int64(ms.HeapAlloc)
	debug.FreeOSMemory()
	s.rssKept = rss()
	s.kept, s.errors, s.warnings = w.kept.Load(), w.errs.errors.Load(), w.errs.warning.Load()
	s.interactions, s.stuck, s.failed, s.unfinished = w.interactions.Load(), w.stuck.Load(), w.failed.Load(), w.unfinished.Load()
	st := w.sched.Stats()
	s.jobs, s.jobsDead = st.Ran.Load(), st.Dead.Load()
	var err error
	if s.redisUsed, err = usedMemory(ctx, w.store.Client()); err != nil {
		return s, err
	}
	s.kinds = map[string]usage{}
	err = scanUsage(ctx, w.store.Client(), escapeGlob(w.prefix)+"*", func(key string, n int64, expires bool) {
		k := keyKind(strings.TrimPrefix(key, w.prefix))
		u := s.kinds[k]
		u.keys++
		u.bytes += n
		if expires {
			u.expiring += n
		}
		s.kinds[k] = u
	})
	if err != nil {
		return s, err
	}
	for k, u := range s.kinds {
		s.keys += u.keys
		s.keyBytes += u.bytes
		if scheduled(k) {
			s.queueBytes += u.bytes
		} else {
			s.expiringBytes += u.expiring
		}
	}
	return s, nil
}

// scheduled tells whether keys of a kind are scheduled work, which comes
// and goes with plans: the due queue's partitions (with the jobs done in
// the last 15 days) and each person's jobs.
func scheduled(kind string) bool {
	return strings.HasPrefix(kind, "{sched}") || kind == "{u}:jobs"
}

// rss is the process's resident set (VmRSS in /proc/self/status); 0 where
// there is no /proc.
func rss() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

func writeCSV(path string, ss []sample) error {
	var b strings.Builder
	b.WriteString("day,wall_s,rss_bytes,rss_kept_bytes,heap_inuse_bytes,heap_live_after_gc_bytes,goroutines,redis_used_memory,soak_keys,soak_key_bytes,soak_queue_bytes,soak_expiring_bytes,kept_checkin_days,errors,warnings,interactions,stuck,failed,jobs_ran,jobs_dead\n")
	for _, s := range ss {
		fmt.Fprintf(&b, "%d,%.1f,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d\n", s.day, s.wall.Seconds(), s.rss, s.rssKept, s.heap, s.live, s.goroutines,
			s.redisUsed, s.keys, s.keyBytes, s.queueBytes, s.expiringBytes, s.kept, s.errors, s.warnings, s.interactions, s.stuck, s.failed, s.jobs, s.jobsDead)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		return fmt.Errorf("write the heap profile: %w", err)
	}
	return nil
}
