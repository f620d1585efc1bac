package scheduler_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

// lanesHandler checks what Workers promises: jobs run at once, each once,
// but a person's jobs one after another and in order.
type lanesHandler struct {
	mu      sync.Mutex
	busy    map[string]bool // person → a job of theirs is running
	order   map[string][]localtime.Day
	ran     map[string]int
	overlap []string // people with two jobs running at once
	running int
	started chan struct{} // closed once `want` jobs run at the same time
	want    int
	once    sync.Once
}

func (h *lanesHandler) handle(_ context.Context, j coach.Job) error {
	h.mu.Lock()
	if h.busy[j.Person] {
		h.overlap = append(h.overlap, j.Person)
	}
	h.busy[j.Person] = true
	h.ran[j.ID]++
	h.order[j.Person] = append(h.order[j.Person], j.Day)
	h.running++
	if h.running == h.want {
		h.once.Do(func() { close(h.started) })
	}
	h.mu.Unlock()

	// Every job waits until `want` run at once: with one lane at a time this
	// never happens, and the test fails on the timeout below, not on a timing.
	select {
	case <-h.started:
	case <-time.After(10 * time.Second):
	}

	h.mu.Lock()
	h.busy[j.Person] = false
	h.running--
	h.mu.Unlock()
	return nil
}

func TestWorkersRunABatchAtOnceButEachPersonInOrder(t *testing.T) {
	store := redistest.Open(t)
	ctx := context.Background()
	clock := localtime.NewFakeClock(t0)
	const workers, people, days = 4, 12, 5
	h := &lanesHandler{busy: map[string]bool{}, order: map[string][]localtime.Day{}, ran: map[string]int{}, started: make(chan struct{}), want: 2}
	var jobs []coach.Job
	for d := range days {
		for p := range people {
			day := localtime.Day("2026-03-02").AddDays(d)
			jobs = append(jobs, coach.NewJob(fmt.Sprint(1000+p), coach.JobCheckIn, day, t0.Add(time.Duration(d)*time.Minute)))
		}
	}
	if err := store.Schedule(ctx, jobs...); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Hour)
	s := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: h.handle, Workers: workers}

	done := make(chan struct{})
	var n int
	var err error
	go func() { n, err = s.RunDue(ctx); close(done) }()
	select {
	case <-h.started:
	case <-time.After(10 * time.Second):
		t.Fatal("no two jobs ran at once with 4 workers")
	}
	<-done
	if err != nil {
		t.Fatal(err)
	}
	if n != len(jobs) {
		t.Errorf("ran %d jobs, want %d", n, len(jobs))
	}
	for id, c := range h.ran {
		if c != 1 {
			t.Errorf("job %s ran %d times", id, c)
		}
	}
	if len(h.overlap) > 0 {
		t.Errorf("two jobs of one person ran at once: %v", h.overlap)
	}
	for person, got := range h.order {
		for i := 1; i < len(got); i++ {
			if got[i] <= got[i-1] {
				t.Errorf("person %s's jobs ran in the order %v", person, got)
				break
			}
		}
	}
	if again, _ := s.RunDue(ctx); again != 0 {
		t.Errorf("a second pass ran %d jobs, want 0", again)
	}
}
