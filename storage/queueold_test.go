package storage_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// writeOld writes a job the way the version before people's fields did:
// one member of its partition's due set (or, with a lease, of its leased
// set), its payload in the partition's jobs, a member of the person's list.
// The next NextDue looks for it, as a running scheduler does within
// oldRecheck.
func writeOld(t *testing.T, r *storage.Redis, j coach.Job, leasedUntil time.Time) {
	t.Helper()
	storage.LookAgainForOldLayout(r)
	ctx := context.Background()
	due, leased, jobs, _, list := storage.OldLayout(r, j.Person)
	raw, err := storage.EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	z := redis.Z{Score: float64(j.Due.UnixMilli()), Member: j.ID}
	_, err = r.Client().Pipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, jobs, j.ID, raw)
		if leasedUntil.IsZero() {
			p.ZAdd(ctx, due, z)
		} else {
			p.ZAdd(ctx, leased, redis.Z{Score: float64(leasedUntil.UnixMilli()), Member: j.ID})
		}
		p.ZAdd(ctx, list, z)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func oldJob(person string, day localtime.Day, due time.Time, id string) coach.Job {
	j := coach.NewJob(person, coach.JobCheckIn, day, due)
	j.ID = id
	return j
}

// TestJobsOfThePerJobLayoutAreDrained: jobs a version before people's
// fields planned (waiting, and one whose worker died holding it) are
// listed, cancelled, claimed, retried and acknowledged after the upgrade,
// each once; an id that layout remembers as done is not planned again;
// and the per-job keys are gone once drained.
func TestJobsOfThePerJobLayoutAreDrained(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		a1 := oldJob("901", "2026-03-02", t0, "jold-a1")
		a2 := oldJob("901", "2026-03-03", t0.Add(24*time.Hour), "jold-a2")
		b := oldJob("902", "2026-03-02", t0, "jold-b")
		c := oldJob("903", "2026-03-04", t0.Add(48*time.Hour), "jold-c")
		writeOld(t, r, a1, time.Time{})
		writeOld(t, r, a2, time.Time{})
		writeOld(t, r, b, t0.Add(30*time.Second)) // its worker died
		writeOld(t, r, c, time.Time{})
		// A running scheduler looks every second (NextDue), and so notices.
		if _, _, err := r.NextDue(ctx); err != nil {
			t.Fatal(err)
		}

		if up, err := r.Upcoming(ctx, "901"); err != nil || !slices.Equal(ids(up), []string{a1.ID, a2.ID}) {
			t.Fatalf("upcoming = %v, %v; want both old jobs, in order", ids(up), err)
		}
		if err := r.Cancel(ctx, "903", c.ID); err != nil {
			t.Fatal(err)
		}
		if up, err := r.Upcoming(ctx, "903"); err != nil || len(up) != 0 {
			t.Fatalf("upcoming after cancel = %v, %v; want none", ids(up), err)
		}

		// A day the old layout remembers as done, planned again after the upgrade.
		again := job("904", "2026-03-02", t0)
		if err := r.Schedule(ctx, again); err != nil {
			t.Fatal(err)
		}
		up, err := r.Upcoming(ctx, "904")
		if err != nil || len(up) != 1 {
			t.Fatalf("upcoming = %v, %v", ids(up), err)
		}
		if err := r.CancelAll(ctx, "904"); err != nil {
			t.Fatal(err)
		}
		_, _, _, done, _ := storage.OldLayout(r, "904")
		if err := r.Client().ZAdd(ctx, done, redis.Z{Score: float64(t0.UnixMilli()), Member: up[0].ID}).Err(); err != nil {
			t.Fatal(err)
		}
		if err := r.Schedule(ctx, again); err != nil {
			t.Fatal(err)
		}
		if up, _ := r.Upcoming(ctx, "904"); len(up) != 0 {
			t.Errorf("a day done before the upgrade is planned again: %v", whats(up))
		}

		got, err := r.Claim(ctx, t0.Add(time.Minute), 10, time.Minute)
		if err != nil || !sameIDs(got, a1.ID, b.ID) {
			t.Fatalf("claim = %v, %v; want the waiting old job and the one whose lease ran out", ids(got), err)
		}
		if again, _ := r.Claim(ctx, t0.Add(90*time.Second), 10, time.Minute); len(again) != 0 {
			t.Fatalf("claimed again while leased: %v", ids(again))
		}
		if err := r.Ack(ctx, t0.Add(time.Minute), got...); err != nil {
			t.Fatal(err)
		}

		got, err = r.Claim(ctx, t0.Add(25*time.Hour), 10, time.Minute)
		if err != nil || !sameIDs(got, a2.ID) {
			t.Fatalf("claim = %v, %v; want the second old job", ids(got), err)
		}
		got[0].Attempt = 1
		if err := r.Retry(ctx, got[0], t0.Add(26*time.Hour)); err != nil {
			t.Fatal(err)
		}
		got, err = r.Claim(ctx, t0.Add(26*time.Hour), 10, time.Minute)
		if err != nil || !sameIDs(got, a2.ID) || got[0].Attempt != 1 {
			t.Fatalf("claim after retry = %v, %v; want the second old job, attempt 1", got, err)
		}
		if err := r.Ack(ctx, t0.Add(26*time.Hour), got...); err != nil {
			t.Fatal(err)
		}
		if later, _ := r.Claim(ctx, t0.Add(7*24*time.Hour), 10, time.Minute); len(later) != 0 {
			t.Fatalf("claimed after acknowledgement: %v", ids(later))
		}
		if next, ok, err := r.NextDue(ctx); err != nil || ok {
			t.Errorf("NextDue = %v, %v, %v; want nothing waiting", next, ok, err)
		}
		for _, person := range []string{"901", "902", "903"} {
			due, leased, jobs, _, list := storage.OldLayout(r, person)
			for _, key := range []string{due, leased, jobs, list} {
				if n := r.Client().Exists(ctx, key).Val(); n != 0 {
					t.Errorf("%s still there after the drain", strings.TrimPrefix(key, r.Prefix()))
				}
			}
		}
	})
}

// TestOldJobAcknowledgedByAnOlderReplicaIsNotRunAgain: a job claimed
// from the per-job layout by an older replica and acknowledged there,
// whose lease had run out meanwhile, is not moved and run again once the
// older replica acknowledged it.
func TestOldJobAcknowledgedByAnOlderReplicaIsNotRunAgain(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		j := oldJob("911", "2026-03-02", t0, "jold-acked")
		writeOld(t, r, j, t0.Add(-time.Second))
		_, leased, jobs, done, _ := storage.OldLayout(r, j.Person)
		// The older replica acknowledges it as that version did.
		_, err := r.Client().TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.ZRem(ctx, leased, j.ID)
			p.HDel(ctx, jobs, j.ID)
			p.ZAdd(ctx, done, redis.Z{Score: float64(t0.UnixMilli()), Member: j.ID})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := r.NextDue(ctx); err != nil {
			t.Fatal(err)
		}
		if got, err := r.Claim(ctx, t0.Add(time.Minute), 10, time.Minute); err != nil || len(got) != 0 {
			t.Errorf("claim = %v, %v; want nothing", ids(got), err)
		}
		if err := r.Schedule(ctx, j); err != nil { // planned again under the same id
			t.Fatal(err)
		}
		if got, err := r.Claim(ctx, t0.Add(time.Minute), 10, time.Minute); err != nil || len(got) != 0 {
			t.Errorf("claim after planning it again = %v, %v; want nothing", ids(got), err)
		}
	})
}

func sameIDs(jobs []coach.Job, want ...string) bool {
	got := ids(jobs)
	slices.Sort(got)
	slices.Sort(want)
	return slices.Equal(got, want)
}

// TestDoneIDsAreForgottenAfterFifteenDays: a person's done ids are kept
// for 15 days, then forgotten, and with the last of them their field
// and their place in the partition.
func TestDoneIDsAreForgottenAfterFifteenDays(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		j := job("921", "2026-03-02", t0)
		if err := r.Schedule(ctx, j); err != nil {
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0, 10, time.Minute)
		if err != nil || len(got) != 1 {
			t.Fatalf("claim = %v, %v", ids(got), err)
		}
		if err := r.Ack(ctx, t0, got...); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			at   time.Duration
			kept bool
		}{{14 * 24 * time.Hour, true}, {16 * 24 * time.Hour, false}} {
			if _, err := r.Claim(ctx, t0.Add(c.at), 10, time.Minute); err != nil {
				t.Fatal(err)
			}
			if kept := strings.Contains(strings.Join(redistest.Dump(t, r), "\n"), got[0].ID); kept != c.kept {
				t.Errorf("at +%v the done id is kept: %v, want %v", c.at, kept, c.kept)
			}
		}
		if keys := redistest.Keys(t, r, r.Prefix()+"{sched"); len(keys) != 0 {
			t.Errorf("queue keys left once the done id is forgotten: %v", keys)
		}
	})
}

// TestEraseLeavesNoneOfThePerson: after /delete no key of the queue names
// the person, their done ids included.
func TestEraseLeavesNoneOfThePerson(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		person := "931000000000000001"
		if err := r.Schedule(ctx, job(person, "2026-03-02", t0), job(person, "2026-03-03", t0.Add(24*time.Hour))); err != nil {
			t.Fatal(err)
		}
		got, _ := r.Claim(ctx, t0, 10, time.Minute)
		if err := r.Ack(ctx, t0, got...); err != nil {
			t.Fatal(err)
		}
		if err := r.CancelAll(ctx, person); err != nil { // as /delete does first
			t.Fatal(err)
		}
		if err := r.Erase(ctx, person); err != nil {
			t.Fatal(err)
		}
		for _, line := range redistest.Dump(t, r) {
			if strings.Contains(line, person) {
				t.Errorf("after Erase Redis still holds the person: %s", line)
			}
		}
	})
}

// TestEraseWhileRunning: a job claimed when its person uses /delete may
// end any way (acknowledged, retried, set aside, its lease extended or
// run out): at once, and once every lease has run out, nothing under the
// test's prefix names the person. The job may come from either layout,
// under its opaque id or (planned by a version before opaque ids) its
// readable name.
func TestEraseWhileRunning(t *testing.T) {
	ctx := context.Background()
	person, other := "931000000000000002", "931000000000000003"
	ends := []struct {
		name string
		end  func(r *storage.Redis, j coach.Job) error
	}{
		{"ack", func(r *storage.Redis, j coach.Job) error { return r.Ack(ctx, t0, j) }},
		{"retry", func(r *storage.Redis, j coach.Job) error { return r.Retry(ctx, j, t0.Add(time.Minute)) }},
		{"dead letter", func(r *storage.Redis, j coach.Job) error { return r.DeadLetter(ctx, j, t0, "test") }},
		{"lease runs out", func(r *storage.Redis, j coach.Job) error { return nil }},
		{"extend, then ack", func(r *storage.Redis, j coach.Job) error {
			if err := r.Extend(ctx, t0.Add(time.Hour), j); err != nil {
				return err
			}
			return r.Ack(ctx, t0, j)
		}},
		{"extend, then dead letter", func(r *storage.Redis, j coach.Job) error {
			if err := r.Extend(ctx, t0.Add(time.Hour), j); err != nil {
				return err
			}
			return r.DeadLetter(ctx, j, t0, "test")
		}},
	}
	layouts := []struct {
		name string
		plan func(t *testing.T, r *storage.Redis)
	}{
		{"people's fields", func(t *testing.T, r *storage.Redis) {
			if err := r.Schedule(ctx, job(person, "2026-03-02", t0)); err != nil {
				t.Fatal(err)
			}
		}},
		{"per-job layout, opaque id", func(t *testing.T, r *storage.Redis) {
			writeOld(t, r, oldJob(person, "2026-03-02", t0, "jold-erased"), time.Time{})
		}},
		{"per-job layout, readable name", func(t *testing.T, r *storage.Redis) {
			j := job(person, "2026-03-02", t0)
			writeOld(t, r, oldJob(person, "2026-03-02", t0, what(j)), time.Time{})
		}},
	}
	for _, l := range layouts {
		for _, c := range ends {
			t.Run(l.name+"/"+c.name, func(t *testing.T) {
				redistest.Each(t, func(t *testing.T, r *storage.Redis) {
					l.plan(t, r)
					if err := r.Schedule(ctx, job(person, "2026-03-03", t0.Add(24*time.Hour)), job(other, "2026-03-02", t0)); err != nil {
						t.Fatal(err)
					}
					if _, _, err := r.NextDue(ctx); err != nil { // notices the per-job layout
						t.Fatal(err)
					}
					got, err := r.Claim(ctx, t0, 10, time.Minute)
					if err != nil || len(got) != 2 {
						t.Fatalf("claim = %v, %v", whats(got), err)
					}
					if err := r.CancelAll(ctx, person); err != nil { // as /delete does first
						t.Fatal(err)
					}
					if err := r.Erase(ctx, person); err != nil {
						t.Fatal(err)
					}
					for _, j := range got {
						if j.Person == person {
							if err := c.end(r, j); err != nil {
								t.Fatal(err)
							}
						} else if err := r.Ack(ctx, t0, j); err != nil {
							t.Fatal(err)
						}
					}
					holdsNone(t, r, person, "when the job ends")
					// Past every lease and retry: nothing of theirs runs again.
					again, err := r.Claim(ctx, t0.Add(2*time.Hour), 10, time.Minute)
					if err != nil || len(again) != 0 {
						t.Errorf("claim after Erase = %v, %v; want none", whats(again), err)
					}
					holdsNone(t, r, person, "once every lease ran out")
					// The other person's job is remembered as done, as ever.
					if dump := strings.Join(redistest.Dump(t, r), "\n"); !strings.Contains(dump, other) {
						t.Errorf("the other person's done job is gone too:\n%s", dump)
					}
				})
			})
		}
	}
}

// TestEraseWhileALegacyJobIsClaimed: a job of the per-job layout, under
// its readable name, is claimed while Erase is between its listing of the
// person's claimed jobs and the step that marks them erased, and ends
// (acknowledged, retried, set aside) before Erase deletes the person's own
// keys, their salt still there: nothing under the test's prefix names
// the person afterwards, neither then nor once every lease ran out.
func TestEraseWhileALegacyJobIsClaimed(t *testing.T) {
	ctx := context.Background()
	person := "931000000000000005"
	ends := []struct {
		name string
		end  func(r *storage.Redis, j coach.Job) error
	}{
		{"ack", func(r *storage.Redis, j coach.Job) error { return r.Ack(ctx, t0, j) }},
		{"retry", func(r *storage.Redis, j coach.Job) error { return r.Retry(ctx, j, t0.Add(time.Minute)) }},
		{"dead letter", func(r *storage.Redis, j coach.Job) error { return r.DeadLetter(ctx, j, t0, "test") }},
	}
	salts := []struct {
		name string
		make bool
	}{
		{"salt made before", true},
		{"no salt yet", false},
	}
	for _, s := range salts {
		for _, c := range ends {
			t.Run(s.name+"/"+c.name, func(t *testing.T) {
				redistest.Each(t, func(t *testing.T, r *storage.Redis) {
					if err := r.SavePerson(ctx, coach.Person{ID: person, Zone: "UTC"}); err != nil {
						t.Fatal(err)
					}
					if s.make { // a job of theirs planned since: their salt is made
						if err := r.Schedule(ctx, job(person, "2026-03-03", t0.Add(24*time.Hour))); err != nil {
							t.Fatal(err)
						}
					}
					named := job(person, "2026-03-02", t0)
					writeOld(t, r, oldJob(person, "2026-03-02", t0, what(named)), time.Time{})
					if _, _, err := r.NextDue(ctx); err != nil { // notices the per-job layout
						t.Fatal(err)
					}
					var got []coach.Job
					defer storage.SetEraseHooks(func() {
						var err error
						if got, err = r.Claim(ctx, t0, 10, time.Minute); err != nil {
							t.Errorf("claim: %v", err)
						}
					}, func() {
						for _, j := range got {
							if err := c.end(r, j); err != nil {
								t.Errorf("end the job: %v", err)
							}
						}
					})()
					if err := r.Erase(ctx, person); err != nil {
						t.Fatal(err)
					}
					if len(got) != 1 || got[0].ID != what(named) {
						t.Fatalf("claimed during Erase = %v, want the job under its readable name", ids(got))
					}
					holdsNone(t, r, person, "when the job ends")
					if holds, err := r.Holds(ctx, person); err != nil || holds {
						t.Errorf("Holds after Erase = %v, %v; want false", holds, err)
					}
					again, err := r.Claim(ctx, t0.Add(2*time.Hour), 10, time.Minute)
					if err != nil || len(again) != 0 {
						t.Errorf("claim after Erase = %v, %v; want none", whats(again), err)
					}
					holdsNone(t, r, person, "once every lease ran out")
					if n, _ := r.DeadLetters(ctx); n != 0 {
						t.Errorf("dead letters = %d, want none", n)
					}
				})
			})
		}
	}
}

// holdsNone fails t for each key or value under r's prefix that names
// person.
func holdsNone(t *testing.T, r *storage.Redis, person, when string) {
	t.Helper()
	for _, line := range redistest.Dump(t, r) {
		if strings.Contains(line, person) {
			t.Errorf("after Erase, %s, Redis still holds the person: %s", when, line)
		}
	}
}

// TestCancelWhileRunningIsRemembered: a job cancelled (/stop) while it ran
// is still remembered as done when it is acknowledged, unlike one whose
// person was erased: planned again, it is not sent twice.
func TestCancelWhileRunningIsRemembered(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		person := "931000000000000004"
		j := job(person, "2026-03-02", t0)
		if err := r.Schedule(ctx, j); err != nil {
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0, 10, time.Minute)
		if err != nil || len(got) != 1 {
			t.Fatalf("claim = %v, %v", whats(got), err)
		}
		if err := r.CancelAll(ctx, person); err != nil {
			t.Fatal(err)
		}
		if err := r.Ack(ctx, t0, got...); err != nil {
			t.Fatal(err)
		}
		if err := r.Schedule(ctx, j); err != nil {
			t.Fatal(err)
		}
		if again, err := r.Claim(ctx, t0.Add(time.Hour), 10, time.Minute); err != nil || len(again) != 0 {
			t.Errorf("claim of the job planned again = %v, %v; want none (done already)", whats(again), err)
		}
	})
}

// commands records the names of the commands a client sends, pipelined
// or not.
type commands struct{ names []string }

func (c *commands) DialHook(next redis.DialHook) redis.DialHook { return next }

func (c *commands) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		c.names = append(c.names, cmd.Name())
		return next(ctx, cmd)
	}
}

func (c *commands) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		for _, cmd := range cmds {
			c.names = append(c.names, cmd.Name())
		}
		return next(ctx, cmds)
	}
}

// TestOrphansOfThePerJobLayoutEndTheLook: payloads of the per-job layout
// with no job due or leased (orphans, in a partition and in the single
// queue of before partitions) end the look when NextDue looks: from
// then on the layouts of before cost nothing: NextDue does not look again
// (until oldRecheck), and Upcoming reads only the person's field. They
// are dropped at the look after, oldRecheck later, not at the first (an
// older replica may be between writing a payload and its due entry).
func TestOrphansOfThePerJobLayoutEndTheLook(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		person := "931000000000000005"
		_, _, jobs, _, _ := storage.OldLayout(r, person)
		raw, err := storage.EncodeJob(oldJob(person, "2026-03-02", t0, "jold-orphan"))
		if err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{jobs, r.Prefix() + "{sched}:jobs"} {
			if err := r.Client().HSet(ctx, key, "jold-orphan", raw).Err(); err != nil {
				t.Fatal(err)
			}
		}
		if err := r.Schedule(ctx, job(person, "2026-03-02", t0)); err != nil {
			t.Fatal(err)
		}
		storage.LookAgainForOldLayout(r)
		if _, _, err := r.NextDue(ctx); err != nil {
			t.Fatal(err)
		}
		if left, looks := storage.OldLayoutLeft(r); left || looks {
			t.Errorf("after orphans only: layout of before left %v, looked for again %v; want neither", left, looks)
		}
		for _, key := range []string{jobs, r.Prefix() + "{sched}:jobs"} {
			if n, err := r.Client().HExists(ctx, key, "jold-orphan").Result(); err != nil || !n {
				t.Errorf("orphan in %s dropped at the first look it was seen (%v, %v); want it kept until the next", key, n, err)
			}
		}
		storage.AgeOrphanLooks(r, time.Minute)
		storage.LookAgainForOldLayout(r)
		if _, _, err := r.NextDue(ctx); err != nil {
			t.Fatal(err)
		}
		for _, key := range redistest.Keys(t, r, r.Prefix()) {
			if strings.HasSuffix(key, "}:jobs") && strings.Contains(key, "{sched") {
				t.Errorf("orphaned payloads kept: %s", key)
			}
		}

		seen := &commands{}
		r.Client().AddHook(seen)
		up, err := r.Upcoming(ctx, person)
		if err != nil || len(up) != 1 {
			t.Fatalf("upcoming = %v, %v; want the one job planned", whats(up), err)
		}
		if !slices.Equal(seen.names, []string{"hget"}) {
			t.Errorf("Upcoming sent %v; want only the person's field read (hget)", seen.names)
		}
		seen.names = nil
		if _, found, err := r.NextDue(ctx); err != nil || !found {
			t.Fatalf("next due: found %v, %v", found, err)
		}
		if slices.Contains(seen.names, "exists") {
			t.Errorf("NextDue still looks for the layout of before: %v", seen.names)
		}
		if got, err := r.Claim(ctx, t0, 10, time.Minute); err != nil || len(got) != 1 {
			t.Errorf("claim = %v, %v; want the one job planned", whats(got), err)
		}
	})
}

// TestHalfWrittenOldJobIsNotLost: an older replica of a rolling upgrade
// writes a job's payload, then (a separate command) its due entry; a look
// between the two finds the payload orphaned. It is kept, the due entry
// lands, and at the next look, past oldRecheck, the job is still there,
// and claimed with its payload.
func TestHalfWrittenOldJobIsNotLost(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		person := "931000000000000006"
		j := oldJob(person, "2026-03-02", t0, "jold-halfway")
		due, _, jobs, _, _ := storage.OldLayout(r, person)
		raw, err := storage.EncodeJob(j)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Client().HSet(ctx, jobs, j.ID, raw).Err(); err != nil {
			t.Fatal(err)
		}
		storage.LookAgainForOldLayout(r)
		if _, _, err := r.NextDue(ctx); err != nil {
			t.Fatal(err)
		}
		if err := r.Client().ZAdd(ctx, due, redis.Z{Score: float64(t0.UnixMilli()), Member: j.ID}).Err(); err != nil {
			t.Fatal(err)
		}
		storage.AgeOrphanLooks(r, time.Minute)
		storage.LookAgainForOldLayout(r)
		if _, _, err := r.NextDue(ctx); err != nil {
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0, 10, time.Minute)
		if err != nil || len(got) != 1 || got[0].Kind != coach.JobCheckIn || got[0].Person != person {
			t.Fatalf("claim = %v, %v; want the check-in written half-way at the first look", whats(got), err)
		}
	})
}
