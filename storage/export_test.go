package storage

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// Hooks for the external tests.

// SealLegacy seals plain with DATA_KEY directly, as values were sealed
// before each person had a key of their own.
func SealLegacy(r *Redis, plain, person, day, field string) string {
	return r.seal.seal(plain, person+"/"+day+"/"+field)
}

// SetRekeyEvery sets how often Rekey reports progress, and returns a
// function that sets it back.
func SetRekeyEvery(n int) func() {
	old := rekeyEvery
	rekeyEvery = n
	return func() { rekeyEvery = old }
}

// StoredDay returns a day's fields as stored (sealed values sealed), under
// the coach's names, long values whole: from its week's record, or from
// its own hash when it has one.
func StoredDay(t interface{ Fatal(...any) }, r *Redis, person, day string) map[string]string {
	ctx := context.Background()
	d := localtime.Day(day)
	own, err := r.rdb.HGetAll(ctx, r.keys.checkIn(person, d)).Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(own) > 0 {
		return joinChunks(own)
	}
	monday, _ := weekOf(d)
	week, err := r.rdb.HGetAll(ctx, r.keys.checkWeek(person, monday)).Result()
	if err != nil {
		t.Fatal(err)
	}
	return decodeWeek(monday, week)[d]
}

// WriteOldDay writes fields to a day as versions before week records did:
// a hash of the day's own, listed by its date.
func WriteOldDay(t interface{ Fatal(...any) }, r *Redis, person, day string, fields map[string]string) {
	ctx := context.Background()
	_, err := r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, r.keys.checkIn(person, localtime.Day(day)), fields)
		p.ZAddNX(ctx, r.keys.checkInDays(person), redis.Z{Score: dayScore(localtime.Day(day)), Member: day})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// DecodeJob reads a job as the queue stores it.
func DecodeJob(id, raw string) (coach.Job, error) { return decodeJob(id, raw) }

// PersonEntries decodes a person's field of a partition's people hash:
// their waiting and claimed jobs (done ids are left out).
func PersonEntries(person, field string) ([]coach.Job, error) {
	return notDone(person, field)
}

// OldLayout is where the version before people's fields kept a person's
// jobs: their partition's due, leased, payload and done keys, and their
// own list.
func OldLayout(r *Redis, person string) (due, leased, jobs, done, list string) {
	q := r.keys.partOf(person)
	return q.due, q.leased, q.jobs, q.done, r.keys.personJobs(person)
}

// EncodeJob is a job's stored form.
func EncodeJob(j coach.Job) ([]byte, error) { return encodeJob(j) }

// LookAgainForOldLayout makes the next NextDue look for the layouts of
// before, as once oldRecheck has passed since they were found empty.
func LookAgainForOldLayout(r *Redis) { r.oldGoneAt.Store(0) }

// OldLayoutLeft reports whether the store, as it last looked, has
// anything of the layouts of before to drain, and whether NextDue looks
// for them again on its next call.
func OldLayoutLeft(r *Redis) (left, looks bool) {
	return r.oldParts.Load() != 0 || r.legacy.Load(), r.oldGoneAt.Load() == 0
}

// SetBeforeStepSalts has f run once, the next time the scheduler's steps
// are about to make salts for job names without one (stepRefs), and
// returns a function that takes it away.
func SetBeforeStepSalts(f func()) func() {
	beforeStepSalts = func() {
		beforeStepSalts = nil
		f()
	}
	return func() { beforeStepSalts = nil }
}

// StepRefs is stepRefs.
func StepRefs(ctx context.Context, r *Redis, ids []string) (map[string]string, error) {
	return r.stepRefs(ctx, ids)
}

// AgeOrphanLooks makes the orphans of the layouts of before found so far
// look found d earlier, as if d had passed since.
func AgeOrphanLooks(r *Redis, d time.Duration) {
	r.orphanMu.Lock()
	defer r.orphanMu.Unlock()
	for k, l := range r.orphanSeen {
		l.at -= d.Milliseconds()
		r.orphanSeen[k] = l
	}
}

// SetBetweenDropSteps has f run once, the next time Erase is between the
// two steps on the jobs about the person in a therapist's queue (marking
// them erased, cancelling them), and returns a function that takes it
// away.
func SetBetweenDropSteps(f func()) func() {
	betweenDropSteps = func() {
		betweenDropSteps = nil
		f()
	}
	return func() { betweenDropSteps = nil }
}

// SetEraseHooks has listed run once, the next time Erase's dropPerson has
// listed the person's claimed jobs (before eraseScript), and final run
// once, the next time Erase is about to delete the person's own keys;
// either may be nil. It returns a function that takes them away.
func SetEraseHooks(listed, final func()) func() {
	if listed != nil {
		afterPersonListed = func() {
			afterPersonListed = nil
			listed()
		}
	}
	if final != nil {
		beforeFinalDelete = func() {
			beforeFinalDelete = nil
			final()
		}
	}
	return func() { afterPersonListed, beforeFinalDelete = nil, nil }
}
