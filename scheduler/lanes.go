package scheduler

import (
	"context"
	"hash/fnv"
	"sync"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// lanes splits a batch into n lanes by person, keeping the batch's order
// within each: a person's check-in and nudge never run at once, and never
// out of order.
func lanes(jobs []coach.Job, n int) [][]coach.Job {
	if n <= 1 || len(jobs) <= 1 {
		return [][]coach.Job{jobs}
	}
	out := make([][]coach.Job, n)
	for _, j := range jobs {
		h := fnv.New32a()
		h.Write([]byte(j.Person))
		i := h.Sum32() % uint32(n)
		out[i] = append(out[i], j)
	}
	return out
}

// acker gathers finished jobs from a batch's lanes and acknowledges them
// together once ackEvery are done and ackAfter has passed, and at the end.
type acker struct {
	queue Queue
	clock Clock
	ctx   context.Context

	mu   sync.Mutex
	done []coach.Job
	last time.Time // real time: the round trips it spaces are real
	ran  int
	err  error
}

func (a *acker) add(job coach.Job) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.done = append(a.done, job)
	if len(a.done) >= ackEvery && time.Since(a.last) >= ackAfter {
		a.flushLocked()
	}
}

// failed reports whether an acknowledgement failed: the batch stops.
func (a *acker) failed() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err != nil
}

// close acknowledges what is left and returns how many jobs were
// acknowledged, and the first error.
func (a *acker) close() (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.flushLocked()
	return a.ran, a.err
}

func (a *acker) flushLocked() {
	if a.err != nil || len(a.done) == 0 {
		return
	}
	if err := a.queue.Ack(a.ctx, a.clock.Now(), a.done...); err != nil {
		a.err = err
		return
	}
	a.ran += len(a.done)
	a.done, a.last = a.done[:0], time.Now()
}
