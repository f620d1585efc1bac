package scheduler_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/scheduler"
)

// TestStopWhileJobsAreClaimed: /stop arrives while a scheduler holds a
// batch of the person's jobs, the weekly summary among them. Nothing of the
// batch is sent, nothing is sent later, and the summary does not come back.
func TestStopWhileJobsAreClaimed(t *testing.T) {
	tests := []struct {
		name string
		// deliverBatch runs the person's due jobs with /stop coming while
		// they are claimed (stop runs it) and returns what was attempted.
		deliverBatch func(t *testing.T, w *planWorld, stop func()) int
	}{
		{"claimed, then /stop, then the handler runs", func(t *testing.T, w *planWorld, stop func()) int {
			jobs, err := w.store.Claim(w.ctx, w.clock.Now(), 100, 2*time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			stop()
			var done []coach.Job
			for _, j := range jobs {
				if err := w.deliver(w.ctx, j); !errors.Is(err, coach.ErrInactive) {
					t.Errorf("handler for %s after /stop: %v, want coach.ErrInactive", j.ID, err)
				}
				done = append(done, j) // as the scheduler does with ErrInactive
			}
			if err := w.store.Ack(w.ctx, w.clock.Now(), done...); err != nil {
				t.Fatal(err)
			}
			return len(jobs)
		}},
		{"/stop in the middle of a scheduler's batch", func(t *testing.T, w *planWorld, stop func()) int {
			var once sync.Once
			s := &scheduler.Scheduler{Queue: w.store, Clock: w.clock, Handle: func(ctx context.Context, j coach.Job) error {
				once.Do(stop) // the person types /stop while the batch runs
				return w.deliver(ctx, j)
			}}
			if _, err := s.RunDue(w.ctx); err != nil {
				t.Fatal(err)
			}
			if ran := s.Stats().Ran.Load(); ran != 0 {
				t.Errorf("%d jobs ran as delivered after /stop, want all dropped", ran)
			}
			return int(s.Stats().Dropped.Load())
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newDowntimeWorld(t)
			// Sunday evening: the week's jobs are due, the summary with them.
			w.clock.Set(at("2026-03-08", 21, 1))
			if !hasKind(w.upcoming(), coach.JobSummary) {
				t.Fatal("no weekly summary planned")
			}
			stop := func() {
				if reply := w.command("stop"); len(reply) == 0 {
					t.Error("/stop gave no reply")
				}
			}
			// Monday's check-in, three jobs a day Tuesday to Sunday.
			if n := tt.deliverBatch(t, w, stop); n != 19 {
				t.Fatalf("%d jobs were in the batch, want the week's 19", n)
			}
			if sent := sentRuns(w.takeRuns()); len(sent) > 0 {
				t.Errorf("sent after /stop: %v", sent)
			}

			// Weeks later, with leases long run out: still nothing.
			for range 5 * 7 {
				w.clock.Advance(24 * time.Hour)
				w.runDue()
			}
			if runs := w.takeRuns(); len(runs) > 0 {
				t.Errorf("the scheduler ran %d jobs for a stopped person, first %s", len(runs), runs[0].job.ID)
			}
			if up := w.upcoming(); len(up) > 0 {
				t.Errorf("planned for a stopped person: %+v", up)
			}
			if next, ok, err := w.store.NextDue(w.ctx); err != nil || ok {
				t.Errorf("NextDue = %v, %v, %v; want an empty queue: the summary re-armed?", next, ok, err)
			}
		})
	}
}

func hasKind(jobs []coach.Job, kind coach.JobKind) bool {
	for _, j := range jobs {
		if j.Kind == kind {
			return true
		}
	}
	return false
}

func sentRuns(runs []jobRun) []string {
	var ids []string
	for _, r := range runs {
		if r.sent() {
			ids = append(ids, r.job.ID)
		}
	}
	return ids
}
