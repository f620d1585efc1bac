package scheduler_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/nudge"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// planWorld is one person onboarded through the coach, on a real store,
// with a scheduler that delivers their plan the way bot.Deliverer does:
// the coach says what to send, and what it says is recorded as sent.
// Everything runs on one fake clock.
type planWorld struct {
	t      *testing.T
	ctx    context.Context
	store  *storage.Redis
	clock  *localtime.FakeClock
	coach  *coach.Coach
	sched  *scheduler.Scheduler
	person string
	loc    *time.Location

	mu   sync.Mutex
	runs []jobRun
}

// jobRun is one call of the handler: the job, the clock when it ran, and
// what the coach said (nothing when it chose to stay quiet).
type jobRun struct {
	job  coach.Job
	at   time.Time
	msgs []coach.Message
	err  error
}

func (r jobRun) sent() bool { return len(r.msgs) > 0 }

// newPlanWorld onboards person at start with a check-in time in zone, as
// coach/flow_test.go does: consent carrying "zone@time", then an ability.
func newPlanWorld(t *testing.T, person, zone, checkInAt string, start time.Time) *planWorld {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(start)
	w := &planWorld{t: t, ctx: context.Background(), store: store, clock: clock,
		coach: coach.New(store, store, clock, nil), person: person, loc: loc}
	w.sched = &scheduler.Scheduler{Queue: store, Clock: clock, Handle: w.deliver}
	w.press(coach.Action{Verb: coach.VerbConsent, Field: zone + "@" + checkInAt, Value: "yes"})
	w.press(coach.Action{Verb: coach.VerbSetting, Field: "ability", Value: string(nudge.AbilityMedium)})
	return w
}

// handle sends the person's event to the coach.
func (w *planWorld) handle(ev coach.Event) []coach.Message {
	w.t.Helper()
	ev.Person = w.person
	msgs, err := w.coach.Handle(w.ctx, ev)
	if err != nil {
		w.t.Fatalf("Handle(%+v): %v", ev, err)
	}
	return msgs
}

func (w *planWorld) press(a coach.Action) []coach.Message { return w.handle(coach.Event{Press: &a}) }
func (w *planWorld) command(name string) []coach.Message  { return w.handle(coach.Event{Command: name}) }

// deliver is the scheduler's handler: bot.Deliverer without Discord.
func (w *planWorld) deliver(ctx context.Context, job coach.Job) error {
	msgs, err := w.coach.Deliver(ctx, job)
	w.mu.Lock()
	defer w.mu.Unlock()
	w.runs = append(w.runs, jobRun{job: job, at: w.clock.Now(), msgs: msgs, err: err})
	return err
}

// takeRuns returns the handler calls since the last take.
func (w *planWorld) takeRuns() []jobRun {
	w.mu.Lock()
	defer w.mu.Unlock()
	runs := w.runs
	w.runs = nil
	return runs
}

// runUntil lets the scheduler work as Scheduler.Run would, without its
// sleeps: the clock moves to each due time up to end and RunDue runs there.
// The clock is at end afterwards.
func (w *planWorld) runUntil(end time.Time) {
	w.t.Helper()
	for {
		next, ok, err := w.store.NextDue(w.ctx)
		if err != nil {
			w.t.Fatal(err)
		}
		if !ok || next.After(end) {
			break
		}
		w.clock.Set(next)
		if _, err := w.sched.RunDue(w.ctx); err != nil {
			w.t.Fatal(err)
		}
	}
	w.clock.Set(end)
}

// runDue runs the scheduler once at the clock's time.
func (w *planWorld) runDue() {
	w.t.Helper()
	if _, err := w.sched.RunDue(w.ctx); err != nil {
		w.t.Fatal(err)
	}
}

// local returns a wall-clock time in the person's zone.
func (w *planWorld) local(day localtime.Day, hour, minute int) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d, hour, minute, 0, 0, w.loc)
}

// checkIn returns what is stored for one of the person's days.
func (w *planWorld) checkIn(day localtime.Day) coach.CheckIn {
	w.t.Helper()
	days, err := w.store.CheckIns(w.ctx, w.person, day, day)
	if err != nil {
		w.t.Fatal(err)
	}
	if len(days) == 0 {
		return coach.CheckIn{Day: day}
	}
	return days[0]
}

// upcoming lists the person's planned jobs.
func (w *planWorld) upcoming() []coach.Job {
	w.t.Helper()
	jobs, err := w.store.Upcoming(w.ctx, w.person)
	if err != nil {
		w.t.Fatal(err)
	}
	return jobs
}

// dayKind names one job of a plan: what it is and which local day.
type dayKind struct {
	day  localtime.Day
	kind coach.JobKind
}

// assertNoFlood checks that no kind of message went out twice on one day.
func assertNoFlood(t *testing.T, runs []jobRun) {
	t.Helper()
	count := map[dayKind]int{}
	for _, r := range runs {
		if r.sent() {
			count[dayKind{r.job.Day, r.job.Kind}]++
		}
	}
	for dk, n := range count {
		if n > 1 {
			t.Errorf("%s %s sent %d times, want at most once a day", dk.day, dk.kind, n)
		}
	}
}
