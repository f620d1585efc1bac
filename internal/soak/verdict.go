package main

import (
	"fmt"
	"io"
	"time"
)

// Rules of the verdicts (issue 17, goal 5), on the daily samples:
//
//   - flat after the first week: the largest value of the last 7 days is at
//     most 10% above the largest of the first 7 (RSS, goroutines);
//   - Redis growing only with kept data: the soak's keys, less what is
//     scheduled (the due queue and each person's jobs, which come and go
//     with plans), grow by the same bytes per kept check-in day in the
//     second half of the run after the first week as in its first half
//     (within 25%), and nothing is left of the people who deleted their
//     data and went;
//   - no error: no ERROR log record, no interaction unanswered or failed,
//     no dead job, and no breach of Discord's rules seen by the fake.
const (
	flatSlack   = 1.10
	growthSlack = 0.25
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
	row("Go heap in use", mb(func(s sample) int64 { return s.heap }))
	row("Go heap after a GC", mb(func(s sample) int64 { return s.live }))
	row("goroutines", func(s sample) string { return fmt.Sprint(s.goroutines) })
	row("Redis used_memory", mb(func(s sample) int64 { return s.redisUsed }))
	row("soak's keys (bytes)", mb(func(s sample) int64 { return s.keyBytes }))
	row("  of which scheduled", mb(func(s sample) int64 { return s.queueBytes }))
	row("soak's keys", func(s sample) string { return fmt.Sprint(s.keys) })
	row("check-in days kept", func(s sample) string { return fmt.Sprint(s.kept) })

	rssW1, rssLast := maxOf(week1, func(s sample) float64 { return float64(s.rss) }), maxOf(lastWeek, func(s sample) float64 { return float64(s.rss) })
	fmt.Fprintf(out, "issue 17 goal 5: process RSS, largest in the last week %.1f MiB vs %.1f in the first (goal <= +10%%): %s\n",
		rssLast/(1<<20), rssW1/(1<<20), verdict(rssLast <= flatSlack*rssW1))
	gW1, gLast := maxOf(week1, func(s sample) float64 { return float64(s.goroutines) }), maxOf(lastWeek, func(s sample) float64 { return float64(s.goroutines) })
	fmt.Fprintf(out, "                 goroutines, largest in the last week %.0f vs %.0f in the first (goal <= +10%%): %s\n",
		gLast, gW1, verdict(gLast <= flatSlack*gW1))
	early, late, ok := r.growth()
	fmt.Fprintf(out, "                 Redis (the soak's keys less the scheduled): %.0f B per kept check-in day added in days 7-%d, %.0f B in days %d-%d (goal: within 25%%), %d keys left by the %d people who deleted and left (goal 0): %s\n",
		early, r.mid(), late, r.mid(), last.day, r.leftKeys, r.left, verdict(ok && r.leftKeys == 0))
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

func (r *result) mid() int { return 7 + (r.samples[len(r.samples)-1].day-7)/2 }

// growth is the soak's key bytes, less the scheduled, added per kept
// check-in day added, in the
// first and the second half of the run after its first week.
func (r *result) growth() (early, late float64, ok bool) {
	at := func(day int) sample { return r.samples[day-1] }
	per := func(a, b sample) float64 {
		if b.kept == a.kept {
			return 0
		}
		return float64((b.keyBytes-b.queueBytes)-(a.keyBytes-a.queueBytes)) / float64(b.kept-a.kept)
	}
	w1, m, end := at(7), at(r.mid()), r.samples[len(r.samples)-1]
	early, late = per(w1, m), per(m, end)
	ok = early > 0 && late <= early*(1+growthSlack) && late >= early*(1-growthSlack)
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
