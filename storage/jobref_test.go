package storage_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

const (
	patient   = "410000000000000001"
	therapist = "420000000000000002"
	crisisDay = "2026-03-02"
)

// alertJob is a crisis alert to the therapist about the patient, named as
// the coach names it.
func alertJob(due time.Time) coach.Job {
	j := coach.NewJob(therapist, coach.JobAlert, crisisDay, due)
	j.ID += ":" + patient
	j.About = patient
	return j
}

// schedulerIDs is every id the queue holds outside the job payloads: the
// members of the due, leased, done sets and people's job lists, the
// fields of the payload and dead-letter hashes, the ids of the lines of
// people's fields and of their leases. A person's own field, and their
// place in next and forget, are named by the person, as their job list
// ({u:<id>}:jobs) was before: Erase removes them (TestEraseLeavesNoneOfThePerson).
func schedulerIDs(t *testing.T, r *storage.Redis) string {
	t.Helper()
	var ids []string
	for _, line := range redistest.Dump(t, r) {
		key, rest, ok := strings.Cut(strings.TrimSpace(line), ": ")
		switch {
		case !ok:
		case strings.HasPrefix(key, "{sched") && (strings.HasSuffix(key, "}:next") || strings.HasSuffix(key, "}:forget") || strings.HasSuffix(key, "}:pending")):
		case strings.HasPrefix(key, "{sched") && strings.HasSuffix(key, "}:people"):
			_, field, _ := strings.Cut(rest, " = ")
			for e := range strings.SplitSeq(field, "\n") {
				id, _, _ := strings.Cut(e, " ")
				ids = append(ids, id)
			}
		case strings.HasPrefix(key, "{sched") && strings.HasSuffix(key, "}:leases"):
			_, id, _ := strings.Cut(rest, "/")
			ids = append(ids, id)
		case strings.HasPrefix(key, "{sched") && (strings.HasSuffix(key, "}:jobs") || strings.HasSuffix(key, "}:dead")):
			field, _, _ := strings.Cut(rest, " = ")
			ids = append(ids, field)
		case strings.HasPrefix(key, "{sched") || strings.HasSuffix(key, "}:jobs"):
			ids = append(ids, rest)
		}
	}
	return strings.Join(ids, "\n")
}

// TestJobIDsNameNoOne: a crisis alert and a check-in go through the queue
// (scheduled, claimed, one acknowledged, one dead-lettered); no id the
// queue keeps names the patient, the therapist or the day.
func TestJobIDsNameNoOne(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		checkIn := coach.NewJob(patient, coach.JobCheckIn, crisisDay, t0)
		if err := r.Schedule(ctx, alertJob(t0), checkIn, job(patient, "2026-03-03", t0.Add(24*time.Hour))); err != nil {
			t.Fatal(err)
		}
		before := schedulerIDs(t, r)
		got, err := r.Claim(ctx, t0, 10, time.Minute)
		if err != nil || len(got) != 2 {
			t.Fatalf("claim = %v, %v; want the alert and the check-in", whats(got), err)
		}
		for _, j := range got {
			if strings.Contains(j.ID, ":") {
				t.Errorf("claimed job carries the readable id %q", j.ID)
			}
			if j.Kind == coach.JobAlert {
				if err := r.DeadLetter(ctx, j, t0, "send failed: 500"); err != nil {
					t.Fatal(err)
				}
			} else if err := r.Ack(ctx, t0, j); err != nil {
				t.Fatal(err)
			}
		}
		all := before + "\n" + schedulerIDs(t, r)
		for _, trace := range []string{patient, therapist, crisisDay, "alert", "checkin"} {
			if strings.Contains(all, trace) {
				t.Errorf("a job id in the queue shows %q:\n%s", trace, all)
			}
		}
	})
}

// TestDeletingAPersonForgetsTheirJobIDs: a done check-in of a person who
// deletes their data and then starts again is not held against the new
// person: with the salt gone, the same day's job has a new id.
func TestDeletingAPersonForgetsTheirJobIDs(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		j := job(patient, crisisDay, t0)
		if err := r.Schedule(ctx, j); err != nil {
			t.Fatal(err)
		}
		got, _ := r.Claim(ctx, t0, 10, time.Minute)
		if err := r.Ack(ctx, t0, got...); err != nil {
			t.Fatal(err)
		}
		if err := r.Erase(ctx, patient); err != nil {
			t.Fatal(err)
		}
		if err := r.Schedule(ctx, j); err != nil {
			t.Fatal(err)
		}
		again, err := r.Claim(ctx, t0.Add(time.Minute), 10, time.Minute)
		if err != nil || len(again) != 1 {
			t.Fatalf("claim after starting afresh = %v, %v; want the job, not a match with the deleted person's done id", whats(again), err)
		}
		if again[0].ID == got[0].ID {
			t.Errorf("the same opaque id %s before and after /delete", got[0].ID)
		}
	})
}

// writeNamed writes a job the way the version before opaque ids did: under
// its readable name, in the single queue of before partitions (the due set
// and the payloads) and the person's list.
func writeNamed(t *testing.T, r *storage.Redis, j coach.Job) {
	t.Helper()
	ctx := context.Background()
	raw, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	z := redis.Z{Score: float64(j.Due.UnixMilli()), Member: j.ID}
	_, err = r.Client().Pipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, r.Prefix()+"{sched}:jobs", j.ID, raw)
		p.ZAdd(ctx, r.Prefix()+"{sched}:due", z)
		p.ZAdd(ctx, r.Prefix()+"{u:"+j.Person+"}:jobs", z)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// A running scheduler looks at the queue (NextDue) every second at
	// most, and so notices the single queue (within oldRecheck).
	storage.LookAgainForOldLayout(r)
	if _, _, err := r.NextDue(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestJobsPlannedBeforeOpaqueIDsStillWork: jobs an older version wrote
// under their names are listed, cancelled, claimed, retried and
// acknowledged; once done under its name, the same day planned again is
// still not sent twice.
func TestJobsPlannedBeforeOpaqueIDsStillWork(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		first, second, third := job(patient, "2026-03-02", t0), job(patient, "2026-03-03", t0.Add(24*time.Hour)), job(patient, "2026-03-04", t0.Add(48*time.Hour))
		for _, j := range []coach.Job{first, second, third} {
			writeNamed(t, r, j)
		}
		if up, err := r.Upcoming(ctx, patient); err != nil || len(up) != 3 {
			t.Fatalf("upcoming = %v, %v; want the three old jobs", whats(up), err)
		}
		if err := r.Cancel(ctx, patient, third.ID); err != nil {
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0, 10, time.Minute)
		if err != nil || len(got) != 1 || got[0].ID != first.ID {
			t.Fatalf("claim = %v, %v; want the first old job under its name", ids(got), err)
		}
		got[0].Attempt = 1
		if err := r.Retry(ctx, got[0], t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		got, err = r.Claim(ctx, t0.Add(time.Minute), 10, time.Minute)
		if err != nil || len(got) != 1 || what(got[0]) != first.ID || got[0].Attempt != 1 || isReadable(got[0].ID) {
			t.Fatalf("claim after retry = %v, %v; want the first job back under an opaque id", ids(got), err)
		}
		if err := r.Ack(ctx, t0.Add(time.Minute), got[0]); err != nil {
			t.Fatal(err)
		}
		// The second is done under its name, as an older replica would.
		claimed, _ := r.Claim(ctx, t0.Add(24*time.Hour), 10, time.Minute)
		if len(claimed) != 1 || claimed[0].ID != second.ID {
			t.Fatalf("claim = %v; want the second old job", ids(claimed))
		}
		if err := r.Ack(ctx, t0.Add(24*time.Hour), second); err != nil {
			t.Fatal(err)
		}
		moved := first
		moved.Due = t0.Add(30 * time.Hour)
		again := second
		again.Due = t0.Add(30 * time.Hour)
		if err := r.Schedule(ctx, moved, again); err != nil {
			t.Fatal(err)
		}
		if got, _ := r.Claim(ctx, t0.Add(31*time.Hour), 10, time.Minute); len(got) != 0 {
			t.Errorf("days done before were sent again: %v", whats(got))
		}
		if _, err := r.Upcoming(ctx, patient); err != nil { // prunes the list of finished jobs
			t.Fatal(err)
		}
		if ids := schedulerIDs(t, r); strings.Contains(ids, "2026-03-0") {
			t.Errorf("a readable id is left in the queue:\n%s", ids)
		}
	})
}

func isReadable(id string) bool { return strings.Contains(id, ":") }

// TestEraseReachesJobsAboutThePersonAndDeadLetters: a crisis alert about
// the patient waits in the therapist's queue, and another job of theirs
// is a dead letter; /delete takes both, and leaves the therapist's own.
func TestEraseReachesJobsAboutThePersonAndDeadLetters(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		if err := r.SaveShare(ctx, patient, coach.Share{Therapist: therapist, TherapistName: "Dr R", ShownAs: "Pat"}); err != nil {
			t.Fatal(err)
		}
		digest := coach.NewJob(therapist, coach.JobDigest, "2026-03-09", t0.Add(7*24*time.Hour))
		failing := coach.NewJob(patient, coach.JobNudge, crisisDay, t0)
		theirs := coach.NewJob(therapist, coach.JobCheckIn, crisisDay, t0)
		if err := r.Schedule(ctx, alertJob(t0.Add(time.Hour)), digest, failing, theirs); err != nil {
			t.Fatal(err)
		}
		got, _ := r.Claim(ctx, t0, 10, time.Minute)
		for _, j := range got {
			if err := r.DeadLetter(ctx, j, t0, "send failed: 500"); err != nil {
				t.Fatal(err)
			}
		}
		if err := r.CancelAll(ctx, patient); err != nil { // as coach.erase does first
			t.Fatal(err)
		}
		if err := r.Erase(ctx, patient); err != nil {
			t.Fatal(err)
		}
		for _, line := range redistest.Dump(t, r) {
			if strings.Contains(line, patient) {
				t.Errorf("after /delete Redis still holds %q", line)
			}
		}
		up, err := r.Upcoming(ctx, therapist)
		if err != nil || len(up) != 1 || up[0].Kind != coach.JobDigest {
			t.Errorf("therapist's jobs = %v, %v; want their digest only", whats(up), err)
		}
		if n, _ := r.DeadLetters(ctx); n != 1 {
			t.Errorf("dead letters = %d, want the therapist's own one", n)
		}
	})
}

// TestDeadLettersAreKeptForAWhile: the retention sweep's cut drops the
// older dead letter and keeps the newer.
func TestDeadLettersAreKeptForAWhile(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		old, recent := job("1", "2026-03-02", t0), job("2", "2026-03-02", t0)
		if err := r.Schedule(ctx, old, recent); err != nil {
			t.Fatal(err)
		}
		got, _ := r.Claim(ctx, t0, 10, time.Minute)
		for i, j := range got {
			if err := r.DeadLetter(ctx, j, t0.Add(time.Duration(i)*72*time.Hour), "send failed"); err != nil {
				t.Fatal(err)
			}
		}
		n, err := r.ForgetDeadLetters(ctx, t0.Add(24*time.Hour))
		if err != nil || n != 1 {
			t.Fatalf("ForgetDeadLetters = %d, %v; want the older one", n, err)
		}
		if left, _ := r.DeadLetters(ctx); left != 1 {
			t.Errorf("dead letters left = %d, want 1", left)
		}
	})
}

// TestEraseWhileAnAlertAboutThemRuns: a crisis alert about the patient is
// being sent when the patient uses /delete; whether it is then set aside
// as a dead letter or acknowledged, nothing names the patient, and the
// therapist's own job is untouched.
func TestEraseWhileAnAlertAboutThemRuns(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name string
		end  func(r *storage.Redis, j coach.Job) error
	}{
		{"dead letter", func(r *storage.Redis, j coach.Job) error { return r.DeadLetter(ctx, j, t0, "send failed: 500") }},
		{"ack", func(r *storage.Redis, j coach.Job) error { return r.Ack(ctx, t0, j) }},
		{"retry", func(r *storage.Redis, j coach.Job) error { return r.Retry(ctx, j, t0.Add(time.Minute)) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			redistest.Each(t, func(t *testing.T, r *storage.Redis) {
				if err := r.SaveShare(ctx, patient, coach.Share{Therapist: therapist, TherapistName: "Dr R", ShownAs: "Pat"}); err != nil {
					t.Fatal(err)
				}
				theirs := coach.NewJob(therapist, coach.JobCheckIn, crisisDay, t0.Add(time.Hour))
				if err := r.Schedule(ctx, alertJob(t0), theirs); err != nil {
					t.Fatal(err)
				}
				got, err := r.Claim(ctx, t0, 10, time.Minute)
				if err != nil || len(got) != 1 || got[0].Kind != coach.JobAlert {
					t.Fatalf("claim = %v, %v; want the alert", whats(got), err)
				}
				if err := r.CancelAll(ctx, patient); err != nil { // as coach.erase does first
					t.Fatal(err)
				}
				if err := r.Erase(ctx, patient); err != nil {
					t.Fatal(err)
				}
				if err := c.end(r, got[0]); err != nil {
					t.Fatal(err)
				}
				if again, err := r.Claim(ctx, t0.Add(2*time.Hour), 10, time.Minute); err != nil || len(again) != 1 || again[0].Kind != coach.JobCheckIn {
					t.Errorf("claim later = %v, %v; want the therapist's own job only", whats(again), err)
				}
				for _, line := range redistest.Dump(t, r) {
					if strings.Contains(line, patient) {
						t.Errorf("after /delete Redis still holds %q", line)
					}
				}
				if n, _ := r.DeadLetters(ctx); n != 0 {
					t.Errorf("dead letters = %d, want none", n)
				}
			})
		})
	}
}

// TestStepRefsMakeNoSaltAfterErase: a person erased while a step of the
// scheduler looks up a job name of theirs (between its look at whether
// they still hold anything and the making of their salt) gets no salt
// back: nothing of theirs is left after /delete, and the name gets no
// opaque id.
func TestStepRefsMakeNoSaltAfterErase(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		j := job(patient, crisisDay, t0)
		writeNamed(t, r, j)
		if holds, err := r.Holds(ctx, patient); err != nil || !holds {
			t.Fatalf("Holds before /delete = %v, %v; want true", holds, err)
		}
		defer storage.SetBeforeStepSalts(func() {
			if err := r.Erase(ctx, patient); err != nil {
				t.Errorf("erase: %v", err)
			}
		})()
		refs, err := storage.StepRefs(ctx, r, []string{j.ID})
		if err != nil {
			t.Fatal(err)
		}
		if ref, ok := refs[j.ID]; ok {
			t.Errorf("opaque id %s made for a job of a person erased meanwhile", ref)
		}
		if holds, err := r.Holds(ctx, patient); err != nil || holds {
			t.Errorf("Holds after /delete = %v, %v; want false: a salt of theirs was made again", holds, err)
		}
	})
}

// TestAckOfANameWhoseSubjectIsGoneDropsItsLine: a crisis alert still under
// its readable name, about a patient of whom nothing is left (so the name
// has no opaque id and is remembered nowhere), is acknowledged: its line
// leaves the therapist's field, so nothing in the queue still names the
// patient, and the job is not left claimed for good.
func TestAckOfANameWhoseSubjectIsGoneDropsItsLine(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		if err := r.SavePerson(ctx, coach.Person{ID: therapist, Zone: "UTC"}); err != nil {
			t.Fatal(err)
		}
		writeOld(t, r, alertJob(t0), time.Time{})
		if _, _, err := r.NextDue(ctx); err != nil { // notices the per-job layout
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0, 10, time.Minute)
		if err != nil || len(got) != 1 {
			t.Fatalf("claim = %v, %v; want the alert", whats(got), err)
		}
		if err := r.Ack(ctx, t0, got...); err != nil {
			t.Fatal(err)
		}
		for _, line := range redistest.Dump(t, r) {
			if strings.Contains(line, patient) {
				t.Errorf("after the ack the queue still names the patient: %s", line)
			}
		}
	})
}

// TestAckDuringEraseOfAnAlertAboutThem: a crisis alert about the patient
// runs, and is acknowledged while Erase is between its steps in the
// therapist's queue; nothing of the alert is kept as done there.
func TestAckDuringEraseOfAnAlertAboutThem(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		if err := r.SaveShare(ctx, patient, coach.Share{Therapist: therapist, TherapistName: "Dr R", ShownAs: "Pat"}); err != nil {
			t.Fatal(err)
		}
		if err := r.Schedule(ctx, alertJob(t0)); err != nil {
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0, 10, time.Minute)
		if err != nil || len(got) != 1 || got[0].Kind != coach.JobAlert {
			t.Fatalf("claim = %v, %v; want the alert", whats(got), err)
		}
		defer storage.SetBetweenDropSteps(func() {
			if err := r.Ack(ctx, t0, got[0]); err != nil {
				t.Errorf("ack: %v", err)
			}
		})()
		if err := r.Erase(ctx, patient); err != nil {
			t.Fatal(err)
		}
		// Only erased (for a day) may still hold its opaque id.
		for _, line := range redistest.Dump(t, r) {
			if strings.Contains(line, got[0].ID) && !strings.Contains(line, "}:erased") {
				t.Errorf("after /delete the queue still keeps the alert about them: %s", line)
			}
		}
	})
}
