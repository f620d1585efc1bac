package scheduler_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/scheduler"
)

// BenchmarkWeekMemory plans a week for N people, one Schedule per person
// as /session does, then lets the whole week fall due and drains it with
// the scheduler as the binary configures it (batch 100, no-op handler).
// One op is the whole week for all N people: run it with -benchtime=1x,
// each size in a process of its own so that RSS is that size's alone:
//
//	go test -run '^$' -bench 'WeekMemory/people=1000$' -benchtime=1x ./scheduler
//
// It reports the process's memory (MiB) at the start, after planning and
// after draining: VmRSS as read, VmRSS after the heap was collected and
// returned to the OS (-freed), and the Go heap in use. Flat means these do
// not grow with N. It also reports Redis's used_memory growth per person
// with the week planned (redis-B/person) and what is left per person
// after the week ran (redis-B/person-left), and the drain of the real mix
// of jobs (check-ins, nudges, follow-ups, a recurring weekly summary that
// plans its next firing): jobs/s and cmds/job. Then it writes the week's
// check-ins as the coach does (writeWeekOfCheckIns) and reports what they
// take (redis-B/person-checkins) and what the person-week keeps in all,
// what the queue left and the check-ins (redis-B/person-kept).
func BenchmarkWeekMemory(b *testing.B) {
	for _, people := range []int{1000, 100000} {
		b.Run(fmt.Sprintf("people=%d", people), func(b *testing.B) { benchWeekMemory(b, people) })
	}
}

// checkInPeople is how many people BenchmarkWeekMemory writes a week of
// check-ins for.
const checkInPeople = 2000

func benchWeekMemory(b *testing.B, people int) {
	if b.N > 1 {
		b.Fatalf("one op is a whole week for %d people: run with -benchtime=1x", people)
	}
	store := benchSealingStore(b)
	ctx := context.Background()
	rdb := store.Client()
	if err := rdb.Ping(ctx).Err(); err != nil {
		b.Fatal(err)
	}
	waitLazyFree(b, rdb)
	start := readProcessMemory(b)
	empty := snapshot(b, rdb)

	began := time.Now()
	jobs := 0
	for i := range people {
		js, err := coach.PlanAfterSession(benchPerson(i), benchSession)
		if err != nil {
			b.Fatal(err)
		}
		if err := store.Schedule(ctx, js...); err != nil {
			b.Fatal(err)
		}
		jobs += len(js)
	}
	planSeconds := time.Since(began).Seconds()
	b.StopTimer()
	planned := readProcessMemory(b)
	full := snapshot(b, rdb)
	b.StartTimer()

	// A day after the plan's last day, everything in it is due.
	clock := localtime.NewFakeClock(benchSession.AddDate(0, 0, 8))
	s := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: func(context.Context, coach.Job) error { return nil }}
	began = time.Now()
	ran, err := s.RunDue(ctx)
	drainSeconds := time.Since(began).Seconds()
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	if ran != jobs {
		b.Fatalf("drained %d jobs, want the %d planned", ran, jobs)
	}
	ranOut := snapshot(b, rdb)
	drained := readProcessMemory(b)

	// The week's check-ins, as the coach writes them, with notes sealed
	// under each person's own key: what stays for RETENTION_DAYS. Written
	// for the first checkInPeople only (a week of them is 77 commands a
	// person, one after another): the figure is per person written for.
	written := min(people, checkInPeople)
	for i := range written {
		writeWeekOfCheckIns(b, store, benchPerson(i).ID, i)
	}
	waitLazyFree(b, rdb)
	kept := snapshot(b, rdb)

	n := float64(people)
	b.ReportMetric(n/planSeconds, "plan-people/s")
	b.ReportMetric(float64(jobs)/drainSeconds, "drain-jobs/s")
	b.ReportMetric(float64(commandsSince(full, ranOut))/float64(jobs), "cmds/job")
	b.ReportMetric(float64(full.usedMemory-empty.usedMemory)/n, "redis-B/person")
	b.ReportMetric(float64(ranOut.usedMemory-empty.usedMemory)/n, "redis-B/person-left")
	checkIns := float64(kept.usedMemory-ranOut.usedMemory) / float64(written)
	b.ReportMetric(checkIns, "redis-B/person-checkins")
	b.ReportMetric(float64(ranOut.usedMemory-empty.usedMemory)/n+checkIns, "redis-B/person-kept")
	for _, m := range []struct {
		at string
		pm processMemory
	}{{"start", start}, {"planned", planned}, {"drained", drained}} {
		b.ReportMetric(m.pm.rss, "rss-"+m.at+"-MiB")
		b.ReportMetric(m.pm.rssAfterFree, "rss-"+m.at+"-freed-MiB")
		b.ReportMetric(m.pm.heap, "heap-"+m.at+"-MiB")
	}
}
