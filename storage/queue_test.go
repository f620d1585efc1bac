package storage_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func job(person string, day localtime.Day, due time.Time) coach.Job {
	return coach.NewJob(person, coach.JobCheckIn, day, due)
}

// what names a job by what it is: a job read back from the queue carries
// its opaque id, not the name it was planned under.
func what(j coach.Job) string { return j.Person + ":" + string(j.Kind) + ":" + string(j.Day) }

func whats(jobs []coach.Job) []string {
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = what(j)
	}
	return out
}

func ids(jobs []coach.Job) []string {
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = j.ID
	}
	return out
}

func TestClaimTakesOnlyDueJobsOnce(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		early, late := job("1", "2026-03-02", t0), job("1", "2026-03-03", t0.Add(24*time.Hour))
		if err := r.Schedule(ctx, late, early); err != nil {
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0, 10, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || what(got[0]) != early.ID || !got[0].Due.Equal(early.Due) {
			t.Fatalf("claim at t0 = %v, want only %s", whats(got), early.ID)
		}
		again, err := r.Claim(ctx, t0.Add(30*time.Second), 10, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if len(again) != 0 {
			t.Fatalf("second claim inside the lease = %v, want none", ids(again))
		}
	})
}

func TestExpiredLeaseIsClaimedAgain(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		j := job("1", "2026-03-02", t0)
		if err := r.Schedule(ctx, j); err != nil {
			t.Fatal(err)
		}
		if _, err := r.Claim(ctx, t0, 10, time.Minute); err != nil {
			t.Fatal(err)
		}
		// The worker died without acknowledging: after the lease, another takes it.
		got, err := r.Claim(ctx, t0.Add(61*time.Second), 10, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || what(got[0]) != j.ID {
			t.Fatalf("claim after lease = %v, want %s", whats(got), j.ID)
		}
		// Acknowledged by the name it was planned under: the queue takes either.
		if err := r.Ack(ctx, t0, j); err != nil {
			t.Fatal(err)
		}
		if next, ok, err := r.NextDue(ctx); err != nil || ok {
			t.Errorf("NextDue after ack = %v, %v, %v; want nothing waiting", next, ok, err)
		}
	})
}

func TestScheduleSameJobTwiceKeepsOne(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		j := job("1", "2026-03-02", t0)
		moved := j
		moved.Due = t0.Add(time.Hour)
		if err := r.Schedule(ctx, j, moved); err != nil {
			t.Fatal(err)
		}
		up, err := r.Upcoming(ctx, "1")
		if err != nil {
			t.Fatal(err)
		}
		if len(up) != 1 || !up[0].Due.Equal(moved.Due) {
			t.Fatalf("upcoming = %+v, want one job at the later time", up)
		}
		got, err := r.Claim(ctx, t0.Add(2*time.Hour), 10, time.Minute)
		if err != nil || len(got) != 1 {
			t.Fatalf("claim = %v, %v; want exactly one", ids(got), err)
		}
	})
}

func TestClaimBatchesAndOrder(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		var jobs []coach.Job
		for i := range 25 {
			day := localtime.Day("2026-03-02").AddDays(i)
			jobs = append(jobs, job("1", day, t0.Add(time.Duration(i)*time.Minute)))
		}
		if err := r.Schedule(ctx, jobs...); err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for batch := 0; batch < 3; batch++ {
			got, err := r.Claim(ctx, t0.Add(time.Hour), 10, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			for _, j := range got {
				if seen[j.ID] {
					t.Fatalf("job %s claimed twice", j.ID)
				}
				seen[j.ID] = true
			}
			if err := r.Ack(ctx, t0, got...); err != nil {
				t.Fatal(err)
			}
		}
		if len(seen) != 25 {
			t.Errorf("claimed %d jobs in 3 batches of 10, want all 25", len(seen))
		}
	})
}

func TestCancelAllRemovesEveryJobOfOnePerson(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		mine := []coach.Job{job("1", "2026-03-02", t0), job("1", "2026-03-03", t0.Add(24*time.Hour))}
		theirs := job("2", "2026-03-02", t0)
		if err := r.Schedule(ctx, append(mine, theirs)...); err != nil {
			t.Fatal(err)
		}
		if err := r.CancelAll(ctx, "1"); err != nil {
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0.Add(48*time.Hour), 10, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || what(got[0]) != theirs.ID {
			t.Fatalf("claim after cancel = %v, want only the other person's job", whats(got))
		}
		if up, _ := r.Upcoming(ctx, "1"); len(up) != 0 {
			t.Errorf("upcoming after cancel = %v, want none", ids(up))
		}
	})
}

func TestUpcomingPrunesFinishedJobs(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		done, waiting := job("1", "2026-03-02", t0), job("1", "2026-03-03", t0.Add(24*time.Hour))
		if err := r.Schedule(ctx, done, waiting); err != nil {
			t.Fatal(err)
		}
		if _, err := r.Claim(ctx, t0, 10, time.Minute); err != nil {
			t.Fatal(err)
		}
		if err := r.Ack(ctx, t0, done); err != nil {
			t.Fatal(err)
		}
		up, err := r.Upcoming(ctx, "1")
		if err != nil {
			t.Fatal(err)
		}
		if len(up) != 1 || what(up[0]) != waiting.ID {
			t.Errorf("upcoming = %v, want only %s", whats(up), waiting.ID)
		}
	})
}

func TestAcknowledgedJobPlannedAgainIsNotRunAgain(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		j := job("1", "2026-03-02", t0)
		if err := r.Schedule(ctx, j); err != nil {
			t.Fatal(err)
		}
		got, _ := r.Claim(ctx, t0, 10, time.Minute)
		if err := r.Ack(ctx, t0, got...); err != nil {
			t.Fatal(err)
		}
		// A re-plan (a zone change) schedules the same day again.
		again := j
		again.Due = t0.Add(time.Hour)
		if err := r.Schedule(ctx, again); err != nil {
			t.Fatal(err)
		}
		if got, err := r.Claim(ctx, t0.Add(2*time.Hour), 10, time.Minute); err != nil || len(got) != 0 {
			t.Errorf("claim of a job already done = %v, %v; want nothing", ids(got), err)
		}
		if _, ok, _ := r.NextDue(ctx); ok {
			t.Error("the dropped job still waits")
		}
	})
}

func TestRetryAndDeadLetter(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		j := job("1", "2026-03-02", t0)
		if err := r.Schedule(ctx, j); err != nil {
			t.Fatal(err)
		}
		got, _ := r.Claim(ctx, t0, 10, time.Minute)
		got[0].Attempt = 1
		if err := r.Retry(ctx, got[0], t0.Add(30*time.Second)); err != nil {
			t.Fatal(err)
		}
		if early, _ := r.Claim(ctx, t0.Add(10*time.Second), 10, time.Minute); len(early) != 0 {
			t.Fatalf("retried job claimed before its time: %v", ids(early))
		}
		back, _ := r.Claim(ctx, t0.Add(31*time.Second), 10, time.Minute)
		if len(back) != 1 || back[0].Attempt != 1 {
			t.Fatalf("retried job = %+v, want it back with its attempt count", back)
		}
		if err := r.DeadLetter(ctx, back[0], t0.Add(time.Minute), "send failed: 500"); err != nil {
			t.Fatal(err)
		}
		if n, err := r.DeadLetters(ctx); err != nil || n != 1 {
			t.Errorf("dead letters = %d, %v; want 1", n, err)
		}
		if later, _ := r.Claim(ctx, t0.Add(time.Hour), 10, time.Minute); len(later) != 0 {
			t.Errorf("a dead letter was claimed again: %v", ids(later))
		}
	})
}

// TestRetryAfterCancel: a job cancelled (or its person erased) while it
// ran is not put back by its retry, and a job still claimed is.
func TestRetryAfterCancel(t *testing.T) {
	cases := []struct {
		name   string
		cancel func(ctx context.Context, r *storage.Redis, j coach.Job) error
		back   bool
	}{
		{"still claimed", func(context.Context, *storage.Redis, coach.Job) error { return nil }, true},
		{"cancelled", func(ctx context.Context, r *storage.Redis, j coach.Job) error { return r.Cancel(ctx, j.Person, j.ID) }, false},
		{"all cancelled", func(ctx context.Context, r *storage.Redis, j coach.Job) error { return r.CancelAll(ctx, j.Person) }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			redistest.Each(t, func(t *testing.T, r *storage.Redis) {
				ctx := context.Background()
				if err := r.Schedule(ctx, job("1", "2026-03-02", t0)); err != nil {
					t.Fatal(err)
				}
				got, err := r.Claim(ctx, t0, 10, time.Minute)
				if err != nil || len(got) != 1 {
					t.Fatalf("claim = %v, %v; want the job", ids(got), err)
				}
				if err := c.cancel(ctx, r, got[0]); err != nil {
					t.Fatal(err)
				}
				if err := r.Retry(ctx, got[0], t0.Add(time.Second)); err != nil {
					t.Fatal(err)
				}
				back, err := r.Claim(ctx, t0.Add(time.Second), 10, time.Minute)
				if err != nil || (len(back) == 1) != c.back {
					t.Errorf("claim after retry = %v, %v; want it back: %v", ids(back), err, c.back)
				}
				if up, _ := r.Upcoming(ctx, "1"); !c.back && len(up) != 0 {
					t.Errorf("upcoming after retry = %v; want nothing", whats(up))
				}
			})
		})
	}
}

// countCommands counts the commands a client sends, pipelines included,
// leaving out the handshake of a new connection (HELLO, CLIENT SETINFO).
type countCommands struct {
	names  []string
	rounds int
}

func (c *countCommands) add(cmd redis.Cmder) bool {
	if name := cmd.Name(); name != "hello" && name != "client" {
		c.names = append(c.names, name)
		return true
	}
	return false
}

func (c *countCommands) DialHook(next redis.DialHook) redis.DialHook { return next }
func (c *countCommands) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if c.add(cmd) {
			c.rounds++
		}
		return next(ctx, cmd)
	}
}
func (c *countCommands) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		counted := false
		for _, cmd := range cmds {
			counted = c.add(cmd) || counted
		}
		if counted {
			c.rounds++
		}
		return next(ctx, cmds)
	}
}

func TestScheduleCostsTwoRoundTrips(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		var jobs []coach.Job
		for _, person := range []string{"1", "2", "3"} {
			for d := range 6 {
				day := localtime.DayOf(t0.AddDate(0, 0, d), time.UTC)
				jobs = append(jobs, job(person, day, t0.AddDate(0, 0, d)))
			}
		}
		// The server has the queue's scripts once anything was planned.
		if err := r.Schedule(ctx, job("0", "2026-03-02", t0)); err != nil {
			t.Fatal(err)
		}
		if err := r.CancelAll(ctx, "0"); err != nil {
			t.Fatal(err)
		}
		count := &countCommands{}
		r.Client().AddHook(count)
		if err := r.Schedule(ctx, jobs...); err != nil {
			t.Fatal(err)
		}
		// Each person's salt (SET NX, GET), then one step (EVALSHA) per
		// queue partition.
		parts := map[int]bool{}
		for _, person := range []string{"1", "2", "3"} {
			parts[storage.QueuePart(person)] = true
		}
		if len(count.names) != 2*3+len(parts) || count.rounds != 2 {
			t.Errorf("Schedule of 18 jobs for 3 people in %d partitions sent %v in %d round trips, want two for each person's salt and a step per partition, in two", len(parts), count.names, count.rounds)
		}
		for _, person := range []string{"1", "2", "3"} {
			up, err := r.Upcoming(ctx, person)
			if err != nil {
				t.Fatal(err)
			}
			if len(up) != 6 {
				t.Errorf("person %s: %d upcoming jobs, want 6", person, len(up))
			}
			for _, j := range up {
				if j.Person != person {
					t.Errorf("person %s's index lists %s", person, j.ID)
				}
			}
		}
		got, err := r.Claim(ctx, t0.AddDate(0, 0, 7), 100, time.Minute)
		if err != nil || len(got) != 18 {
			t.Fatalf("claim = %d jobs, %v; want 18", len(got), err)
		}
	})
}

// TestExtendKeepsOnlyHeldJobsLeased: an extended lease is not claimed
// again when the first one would have run out; a job acknowledged before
// the extension is not leased again by it; and a lease is never shortened.
func TestExtendKeepsOnlyHeldJobsLeased(t *testing.T) {
	store := redistest.Open(t)
	ctx := context.Background()
	a, b := job("ext-a", "2026-03-02", t0), job("ext-b", "2026-03-02", t0)
	if err := store.Schedule(ctx, a, b); err != nil {
		t.Fatal(err)
	}
	claimed, err := store.Claim(ctx, t0, 10, 10*time.Second)
	if err != nil || len(claimed) != 2 {
		t.Fatalf("Claim = %v, %v; want both jobs", whats(claimed), err)
	}
	var done coach.Job
	for _, j := range claimed {
		if j.Person == "ext-a" {
			done = j
		}
	}
	if err := store.Ack(ctx, t0, done); err != nil {
		t.Fatal(err)
	}
	if err := store.Extend(ctx, t0.Add(time.Minute), claimed...); err != nil {
		t.Fatal(err)
	}
	if err := store.Extend(ctx, t0.Add(20*time.Second), claimed...); err != nil { // never shortens
		t.Fatal(err)
	}
	for _, c := range []struct {
		at   time.Duration
		want []string
	}{
		{30 * time.Second, nil}, // the first lease ran out; the extension holds
		{2 * time.Minute, []string{"ext-b:" + string(coach.JobCheckIn) + ":2026-03-02"}}, // only the job not acknowledged
	} {
		got, err := store.Claim(ctx, t0.Add(c.at), 10, 10*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if w := whats(got); len(w) != len(c.want) || (len(w) > 0 && w[0] != c.want[0]) {
			t.Errorf("Claim at +%v = %v, want %v", c.at, w, c.want)
		}
	}
}

// TestClaimTakesRunOutLeasesBeforeTheBacklog: a dead worker's job, whose
// lease ran out, is claimed before a backlog due in the other partitions,
// wherever the round-robin turn stands.
func TestClaimTakesRunOutLeasesBeforeTheBacklog(t *testing.T) {
	store := redistest.Open(t)
	ctx := context.Background()
	dead := job("dead-worker", "2026-03-02", t0)
	if err := store.Schedule(ctx, dead); err != nil {
		t.Fatal(err)
	}
	if got, err := store.Claim(ctx, t0, 1, 10*time.Second); err != nil || len(got) != 1 {
		t.Fatalf("Claim = %v, %v", whats(got), err)
	}
	var backlog []coach.Job
	for i := 0; len(backlog) < 4*storage.QueueParts; i++ {
		p := fmt.Sprintf("backlog-%d", i)
		if storage.QueuePart(p) != storage.QueuePart(dead.Person) {
			backlog = append(backlog, job(p, "2026-03-02", t0))
		}
	}
	if err := store.Schedule(ctx, backlog...); err != nil {
		t.Fatal(err)
	}
	got, err := store.Claim(ctx, t0.Add(time.Minute), 1, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Person != dead.Person {
		t.Errorf("Claim = %v, want the job whose lease ran out", whats(got))
	}
}

// TestAckMarksOnlyItsJobsDone: an acknowledgement marks its jobs done
// where they stand in the person's field (claimed or still waiting, several
// of one person in one batch, twice, or never scheduled), and leaves the
// person's other jobs waiting, due when they were.
func TestAckMarksOnlyItsJobsDone(t *testing.T) {
	later := job("1", "2026-03-04", t0.Add(48*time.Hour))
	for _, c := range []struct {
		name  string
		claim bool // claim the due jobs before acknowledging them
		twice bool
		plan  bool // schedule the due jobs at all
	}{
		{name: "ClaimedTogether", claim: true, plan: true},
		{name: "StillWaiting", plan: true},
		{name: "Twice", claim: true, plan: true, twice: true},
		{name: "NeverScheduled"},
	} {
		t.Run(c.name, func(t *testing.T) {
			redistest.Each(t, func(t *testing.T, r *storage.Redis) {
				ctx := context.Background()
				due := []coach.Job{job("1", "2026-03-02", t0), job("1", "2026-03-03", t0.Add(time.Minute))}
				plan := []coach.Job{later}
				if c.plan {
					plan = append(plan, due...)
				}
				if err := r.Schedule(ctx, plan...); err != nil {
					t.Fatal(err)
				}
				acked := due
				if c.claim {
					got, err := r.Claim(ctx, t0.Add(time.Hour), 10, time.Minute)
					if err != nil || len(got) != 2 {
						t.Fatalf("claim = %v, %v; want the two due", whats(got), err)
					}
					acked = got
				}
				for range map[bool]int{false: 1, true: 2}[c.twice] {
					if err := r.Ack(ctx, t0.Add(time.Hour), acked...); err != nil {
						t.Fatal(err)
					}
				}
				up, err := r.Upcoming(ctx, "1")
				if err != nil || len(up) != 1 || what(up[0]) != later.ID || !up[0].Due.Equal(later.Due) {
					t.Errorf("upcoming = %v, %v; want only %s", whats(up), err, later.ID)
				}
				if next, ok, err := r.NextDue(ctx); err != nil || !ok || !next.Equal(later.Due) {
					t.Errorf("next due = %v, %v, %v; want %v", next, ok, err, later.Due)
				}
				if err := r.Schedule(ctx, due...); err != nil {
					t.Fatal(err)
				}
				if got, err := r.Claim(ctx, t0.Add(2*time.Hour), 10, time.Minute); err != nil || len(got) != 0 {
					t.Errorf("claim after the acknowledgement = %v, %v; want nothing", whats(got), err)
				}
			})
		})
	}
}
