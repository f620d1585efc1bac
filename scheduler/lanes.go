package scheduler

import (
	"context"
	"hash/fnv"
	"log/slog"
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

// acker acknowledges a batch's finished jobs as they finish: a goroutine
// takes whatever finished since its last acknowledgement and acknowledges
// it in one call, so acknowledgements follow sends within
// a round trip, and jobs finishing together share one.
type acker struct {
	queue Queue
	clock Clock
	ctx   context.Context

	wake     chan struct{}
	stop     chan struct{}
	finished chan struct{}

	mu   sync.Mutex
	done []coach.Job
	ran  int
	err  error
	// flushing is closed when the acknowledgement on its way, sent at
	// flushStart, is answered; nil when none is on its way.
	flushing   chan struct{}
	flushStart time.Time
}

// ackPatience is how long lanes go on starting jobs while an
// acknowledgement is on its way: far above a round trip to Redis, below
// a send to Discord. Past it a lane waits for the answer before it starts
// another job, so that when Redis is gone each lane stops after the job in
// hand, rather than sending jobs for as long as the client retries (each
// of them sent again once Redis is back, their acknowledgements lost).
const ackPatience = 5 * time.Millisecond

func newAcker(q Queue, clock Clock, ctx context.Context) *acker {
	a := &acker{queue: q, clock: clock, ctx: ctx,
		wake: make(chan struct{}, 1), stop: make(chan struct{}), finished: make(chan struct{})}
	go a.loop()
	return a
}

func (a *acker) loop() {
	defer close(a.finished)
	for {
		select {
		case <-a.wake:
			a.flush()
		case <-a.stop:
			a.flush()
			return
		}
	}
}

func (a *acker) add(job coach.Job) {
	a.mu.Lock()
	a.done = append(a.done, job)
	a.mu.Unlock()
	select {
	case a.wake <- struct{}{}:
	default: // an acknowledgement is due already; it takes this job too
	}
}

// keepingUp reports whether a lane may start its next job: no
// acknowledgement failed, after waiting for one that has been on its way
// longer than ackPatience.
func (a *acker) keepingUp() bool {
	a.mu.Lock()
	flushing, since := a.flushing, a.flushStart
	a.mu.Unlock()
	if flushing != nil && time.Since(since) > ackPatience {
		<-flushing
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err == nil
}

// close acknowledges what is left and returns how many jobs were
// acknowledged, and the first error.
func (a *acker) close() (int, error) {
	close(a.stop)
	<-a.finished
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.ran, a.err
}

// flush acknowledges the jobs finished so far. Lanes go on adding while it
// waits on Redis.
func (a *acker) flush() {
	a.mu.Lock()
	if a.err != nil || len(a.done) == 0 {
		a.mu.Unlock()
		return
	}
	jobs := a.done
	a.done = nil
	flushing := make(chan struct{})
	a.flushing, a.flushStart = flushing, time.Now() // real time: Redis answers in it, whatever the clock
	a.mu.Unlock()
	err := a.queue.Ack(a.ctx, a.clock.Now(), jobs...)
	a.mu.Lock()
	defer a.mu.Unlock()
	a.flushing = nil
	close(flushing)
	if err != nil {
		a.err = err // their leases bring them back
		return
	}
	a.ran += len(jobs)
}

// leaser extends the leases of a batch's jobs not yet finished, every
// third of the lease, and tells the lanes until when they may start a job:
// three quarters of a lease after the last extension that reached Redis.
// Past that it extends nothing: another worker may hold the jobs by then.
type leaser struct {
	queue Queue
	clock Clock
	log   *slog.Logger
	lease time.Duration

	mu      sync.Mutex
	held    map[string]coach.Job
	renewed time.Time // clock time
}

func newLeaser(q Queue, clock Clock, log *slog.Logger, lease time.Duration, jobs []coach.Job, claimed time.Time) *leaser {
	held := make(map[string]coach.Job, len(jobs))
	for _, j := range jobs {
		held[j.ID] = j
	}
	return &leaser{queue: q, clock: clock, log: log, lease: lease, held: held, renewed: claimed}
}

// start extends the leases until the returned stop is called.
func (l *leaser) start(ctx context.Context) (stop func()) {
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-quit:
				return
			case <-l.clock.After(l.lease / 3):
			}
			l.extend(ctx)
		}
	})
	return func() {
		close(quit)
		wg.Wait()
	}
}

func (l *leaser) extend(ctx context.Context) {
	now := l.clock.Now()
	l.mu.Lock()
	if now.After(l.renewed.Add(l.lease*3/4)) || len(l.held) == 0 {
		l.mu.Unlock()
		return
	}
	jobs := make([]coach.Job, 0, len(l.held))
	for _, j := range l.held {
		jobs = append(jobs, j)
	}
	l.mu.Unlock()
	if err := l.queue.Extend(ctx, now.Add(l.lease), jobs...); err != nil {
		l.log.Warn("extend leases; the batch stops starting jobs if this goes on", "jobs", len(jobs), "err", err)
		return
	}
	l.mu.Lock()
	l.renewed = now
	l.mu.Unlock()
}

// deadline is when the lanes stop starting jobs.
func (l *leaser) deadline() time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.renewed.Add(l.lease * 3 / 4)
}

// drop stops extending the leases of jobs that finished or went back.
func (l *leaser) drop(jobs ...coach.Job) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, j := range jobs {
		delete(l.held, j.ID)
	}
}
