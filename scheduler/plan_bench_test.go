package scheduler_test

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// BenchmarkPlanWeek plans a week after a session (coach.PlanAfterSession)
// and schedules it (storage.Redis.Schedule, one pipeline per call) for
// b.N distinct onboarded people: one op is one person. Run it with
// -benchtime=100000x for 100k people.
//
//   - per-person: one Schedule per person, one after another, as /session does;
//   - per-person/parallel=16: the same from 16 goroutines, as many /session
//     commands at once would;
//   - batch=100: 100 people's jobs in one Schedule pipeline, as a bulk
//     re-plan or import could.
//
// Besides people/s it reports jobs/person, Redis commands/person and
// redis-B/person: the growth of Redis's used_memory per person with a
// week of plan stored.
func BenchmarkPlanWeek(b *testing.B) {
	b.Run("per-person", func(b *testing.B) { benchPlan(b, 1, 1) })
	b.Run("per-person/parallel=16", func(b *testing.B) { benchPlan(b, 1, 16) })
	b.Run("batch=100", func(b *testing.B) { benchPlan(b, 100, 1) })
}

func benchPlan(b *testing.B, perPipeline, goroutines int) {
	store := benchStore(b)
	ctx := context.Background()
	rdb := store.Client()
	waitLazyFree(b, rdb)
	var jobs atomic.Int64
	plan := func(i int) []coach.Job {
		js, err := coach.PlanAfterSession(benchPerson(i), benchSession)
		if err != nil {
			b.Fatal(err)
		}
		jobs.Add(int64(len(js)))
		return js
	}
	before := snapshot(b, rdb)
	b.ResetTimer()
	switch {
	case goroutines > 1:
		var next atomic.Int64
		b.SetParallelism(max(1, goroutines/runtime.GOMAXPROCS(0)))
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := store.Schedule(ctx, plan(int(next.Add(1)-1))...); err != nil {
					b.Error(err)
					return
				}
			}
		})
	default:
		var pending []coach.Job
		for i := range b.N {
			pending = append(pending, plan(i)...)
			if (i+1)%perPipeline == 0 || i == b.N-1 {
				if err := store.Schedule(ctx, pending...); err != nil {
					b.Fatal(err)
				}
				pending = pending[:0]
			}
		}
	}
	b.StopTimer()
	after := snapshot(b, rdb)
	n := float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "people/s")
	b.ReportMetric(float64(jobs.Load())/n, "jobs/person")
	b.ReportMetric(float64(commandsSince(before, after))/n, "cmds/person")
	b.ReportMetric(float64(after.usedMemory-before.usedMemory)/n, "redis-B/person")
}
