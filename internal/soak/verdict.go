package main

import (
	"fmt"
	"io"
	"math"
	"runtime/debug"
	"sort"
	"time"
)

// Rules of the verdicts (issue 17, goal 5), on the daily samples:
//
//   - flat after the first week: the largest value of the last 7 days is at
//     most 10% above the largest of the first 7 (goroutines; and RSS as the
//     process keeps it, sampled after a GC and debug.FreeOSMemory, so that
//     it measures memory kept and not when the collector last ran or how
//     soon Go gave freed pages back; RSS as sampled is printed beside it);
//   - Redis growing only with kept data: the soak's data (its keys less
//     what is scheduled, the due queue with its jobs done and each
//     person's jobs, which come and go with plans, and less the keys that
//     expire, such as the interactions seen, kept for 15 minutes of wall
//     time, which is a simulated day or more here) grows in the second half
//     of the run after the first week by what the check-in days kept in it
//     cost at the first half's bytes per kept check-in day, within 25% (and
//     1% of the data, for a half with few check-ins: a plan ends, people
//     delete); and nothing is left of the people who deleted their data and
//     went;
//   - no error: no ERROR log record, no interaction unanswered or failed,
//     no dead job, and no breach of Discord's rules seen by the fake.
const (
	flatSlack   = 1.10
	growthSlack = 0.25
	dataSlack   = 0.01
)

func (r *result) print(out io.Writer, o options) {
	ss := r.samples
	first, last := ss[0], ss[len(ss)-1]
	week1 := ss[:7]
	lastWeek := ss[len(ss)-7:]
	stopped := ""
	if r.stopped {
		stopped = fmt.Sprintf(" (interrupted: %d of %d)", last.day, o.days)
	}
	fmt.Fprintf(out, "soak: %d people, %d simulated days%s (an hour a step), %s of wall time; %d interactions, %d scheduled jobs run\n",
		r.people, last.day, stopped, r.wall.Round(time.Second), last.interactions, last.jobs)
	fmt.Fprintf(out, "curve                 day 1       day 7       day %d\n", last.day)
	row := func(name string, f func(sample) string) {
		fmt.Fprintf(out, "%-20s %10s  %10s  %10s\n", name, f(first), f(ss[6]), f(last))
	}
	mb := func(f func(sample) int64) func(sample) string {
		return func(s sample) string { return fmt.Sprintf("%.1f MiB", mib(f(s))) }
	}
	row("process RSS", mb(func(s sample) int64 { return s.rss }))
	row("RSS kept (freed)", mb(func(s sample) int64 { return s.rssKept }))
	row("Go heap in use", mb(func(s sample) int64 { return s.heap }))
	row("Go heap after a GC", mb(func(s sample) int64 { return s.live }))
	row("goroutines", func(s sample) string { return fmt.Sprint(s.goroutines) })
	row("Redis used_memory", mb(func(s sample) int64 { return s.redisUsed }))
	row("soak's keys (bytes)", mb(func(s sample) int64 { return s.keyBytes }))
	row("  of which scheduled", mb(func(s sample) int64 { return s.queueBytes }))
	row("  and expiring", mb(func(s sample) int64 { return s.expiringBytes }))
	row("  data kept", mb(sample.data))
	row("soak's keys", func(s sample) string { return fmt.Sprint(s.keys) })
	row("check-in days kept", func(s sample) string { return fmt.Sprint(s.kept) })

	r.printKinds(out)

	keptW1, keptLast := maxOf(week1, func(s sample) float64 { return float64(s.rssKept) }), maxOf(lastWeek, func(s sample) float64 { return float64(s.rssKept) })
	fmt.Fprintf(out, "issue 17 goal 5: process RSS kept (after a GC and debug.FreeOSMemory), largest in the last week %.1f MiB vs %.1f in the first (goal <= +10%%): %s\n",
		keptLast/(1<<20), keptW1/(1<<20), verdict(keptLast <= flatSlack*keptW1))
	rssW1, rssLast := maxOf(week1, func(s sample) float64 { return float64(s.rss) }), maxOf(lastWeek, func(s sample) float64 { return float64(s.rss) })
	fmt.Fprintf(out, "                 (process RSS as sampled, largest in the last week %.1f MiB vs %.1f in the first: %+.1f%%, GOMEMLIMIT %s)\n",
		rssLast/(1<<20), rssW1/(1<<20), 100*(rssLast/rssW1-1), memLimit())
	gW1, gLast := maxOf(week1, func(s sample) float64 { return float64(s.goroutines) }), maxOf(lastWeek, func(s sample) float64 { return float64(s.goroutines) })
	fmt.Fprintf(out, "                 goroutines, largest in the last week %.0f vs %.0f in the first (goal <= +10%%): %s\n",
		gLast, gW1, verdict(gLast <= flatSlack*gW1))
	early, late, ok := r.growth()
	m := r.samples[r.mid()-1]
	fmt.Fprintf(out, "                 Redis (the soak's data: its keys less the scheduled and the expiring): %.0f B per kept check-in day added in days 7-%d; days %d-%d added %.1f KiB for %d check-in days, %.1f KiB at that rate (%.0f B a day; goal: within 25%% + 1%% of the data), %d keys left by the %d people who deleted and left (goal 0): %s\n",
		early, r.mid(), r.mid(), last.day, float64(last.data()-m.data())/1024, last.kept-m.kept, early*float64(last.kept-m.kept)/1024, late, r.leftKeys, r.left, verdict(ok && r.leftKeys == 0))
	clean := last.errors == 0 && last.stuck == 0 && last.failed == 0 && last.jobsDead == 0 && len(r.violations) == 0
	fmt.Fprintf(out, "                 errors logged %d (warnings %d), interactions unanswered %d, failed %d, dead jobs %d, the fake's violations %d (goal: all 0): %s\n",
		last.errors, last.warnings, last.stuck, last.failed, last.jobsDead, len(r.violations), verdict(clean))
	if last.unfinished > 0 {
		fmt.Fprintf(out, "                 (onboardings that did not finish, a limit of the simulated people: %d)\n", last.unfinished)
	}
	for i, v := range r.violations {
		if i == 5 {
			fmt.Fprintf(out, "                 … and %d more\n", len(r.violations)-5)
			break
		}
		fmt.Fprintf(out, "                 violation: %s\n", v)
	}
}

// printKinds prints the soak's keys by kind on day 7, in the middle of
// the rest and at the end: what the Redis verdict is made of.
func (r *result) printKinds(out io.Writer) {
	w1, m, end := r.samples[6], r.samples[r.mid()-1], r.samples[len(r.samples)-1]
	var kinds []string
	for k := range end.kinds {
		kinds = append(kinds, k)
	}
	for k := range w1.kinds {
		if _, ok := end.kinds[k]; !ok {
			kinds = append(kinds, k)
		}
	}
	sort.Slice(kinds, func(i, j int) bool {
		if a, b := end.kinds[kinds[i]].bytes, end.kinds[kinds[j]].bytes; a != b {
			return a > b
		}
		return kinds[i] < kinds[j]
	})
	fmt.Fprintf(out, "%-22s %21s  %21s  %21s\n", "Redis, keys by kind", "day 7", fmt.Sprintf("day %d", m.day), fmt.Sprintf("day %d", end.day))
	cell := func(u usage) string { return fmt.Sprintf("%.1f KiB (%d)", float64(u.bytes)/1024, u.keys) }
	for _, k := range kinds {
		fmt.Fprintf(out, "%-22s %21s  %21s  %21s\n", k, cell(w1.kinds[k]), cell(m.kinds[k]), cell(end.kinds[k]))
	}
}

func (r *result) mid() int { return 7 + (r.samples[len(r.samples)-1].day-7)/2 }

// data is the bytes of the soak's kept data: its keys less what is
// scheduled and what expires.
func (s sample) data() int64 { return s.keyBytes - s.queueBytes - s.expiringBytes }

// growth is the bytes of the soak's data added per kept check-in day
// added, in the first and the second half of the run after its first
// week, and whether the second half's growth is what its check-in days
// cost at the first half's rate (see the rules above).
func (r *result) growth() (early, late float64, ok bool) {
	at := func(day int) sample { return r.samples[day-1] }
	per := func(a, b sample) float64 {
		if b.kept == a.kept {
			return 0
		}
		return float64(b.data()-a.data()) / float64(b.kept-a.kept)
	}
	w1, m, end := at(7), at(r.mid()), r.samples[len(r.samples)-1]
	early, late = per(w1, m), per(m, end)
	added, days := float64(end.data()-m.data()), float64(end.kept-m.kept)
	ok = early > 0 && math.Abs(added-early*days) <= growthSlack*early*math.Abs(days)+dataSlack*float64(m.data())
	return early, late, ok
}

func maxOf(ss []sample, f func(sample) float64) float64 {
	m := f(ss[0])
	for _, s := range ss[1:] {
		m = max(m, f(s))
	}
	return m
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "not met"
}

// memLimit is the Go runtime's soft memory limit, as GOMEMLIMIT would
// write it, or "off".
func memLimit() string {
	n := debug.SetMemoryLimit(-1)
	if n == math.MaxInt64 {
		return "off"
	}
	return fmt.Sprintf("%dMiB", n>>20)
}
