package storage_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// gone is a person who deleted their data before the upgrade: only the
// done set and a dead letter still had their job ids.
const gone = "430000000000000003"

// writeOldData writes what the version before opaque ids left in Redis: a
// patient with two jobs waiting (one a therapist's alert about them), a
// finished day, a dead letter; a person already gone, with a finished day
// and a dead letter; a group that names who set it up.
func writeOldData(t *testing.T, r *storage.Redis) (waiting coach.Job, doneDay coach.Job) {
	t.Helper()
	ctx := context.Background()
	if err := r.SavePerson(ctx, coach.Person{ID: patient, Zone: "UTC"}); err != nil {
		t.Fatal(err)
	}
	waiting = job(patient, "2026-03-03", t0.Add(24*time.Hour))
	writeNamed(t, r, waiting)
	writeNamed(t, r, alertJob(t0.Add(time.Hour)))
	doneDay = job(patient, "2026-03-02", t0)
	rdb, p := r.Client(), r.Prefix()
	for _, id := range []string{doneDay.ID, gone + ":checkin:2026-03-02"} {
		if err := rdb.ZAdd(ctx, p+"{sched}:done", redis.Z{Score: float64(t0.UnixMilli()), Member: id}).Err(); err != nil {
			t.Fatal(err)
		}
	}
	for _, j := range []coach.Job{job(patient, "2026-03-01", t0), job(gone, "2026-03-01", t0)} {
		raw, _ := json.Marshal(map[string]any{"job": j, "reason": "send failed: 500", "at": t0})
		if err := rdb.HSet(ctx, p+"{sched}:dead", j.ID, raw).Err(); err != nil {
			t.Fatal(err)
		}
	}
	group, _ := json.Marshal(coach.Group{ID: "500", Zone: "UTC", PostAt: localtime.LocalTime{Hour: 12, Set: true}, K: 5})
	group = append(group[:len(group)-1], `,"set_by":"`+gone+`"}`...)
	if err := rdb.Set(ctx, p+"{g:500}:group", group, 0).Err(); err != nil {
		t.Fatal(err)
	}
	return waiting, doneDay
}

// TestUpgradeLeavesNoReadableIDs: after Upgrade, the old data works as
// before — the waiting job is listed, claimed at its time and cancellable,
// the finished day is not sent again when planned again — and no key or
// member holds a readable job id, nor anything of the person already
// gone. A second run changes nothing.
func TestUpgradeLeavesNoReadableIDs(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		waiting, doneDay := writeOldData(t, r)
		n, err := r.Upgrade(ctx)
		if err != nil || n != 7 { // 2 waiting, 2 done, 2 dead letters, 1 group
			t.Fatalf("Upgrade = %d, %v; want 7 records changed", n, err)
		}
		if again, err := r.Upgrade(ctx); err != nil || again != 0 {
			t.Errorf("second Upgrade = %d, %v; want nothing to do", again, err)
		}
		ids := schedulerIDs(t, r)
		if strings.Contains(ids, ":") {
			t.Errorf("readable job ids left:\n%s", ids)
		}
		for _, line := range redistest.Dump(t, r) {
			if strings.Contains(line, gone) || strings.Contains(line, "set_by") {
				t.Errorf("Redis still holds %q", line)
			}
		}
		g, err := r.Group(ctx, "500")
		if err != nil || g.K != 5 || g.PostAt.String() != "12:00" {
			t.Errorf("group after upgrade = %+v, %v; want its settings kept", g, err)
		}
		up, err := r.Upcoming(ctx, patient)
		if err != nil || len(up) != 1 || what(up[0]) != waiting.ID || !up[0].Due.Equal(waiting.Due) {
			t.Fatalf("upcoming = %v, %v; want the waiting job at its time", whats(up), err)
		}
		again := doneDay
		again.Due = t0.Add(2 * time.Hour)
		if err := r.Schedule(ctx, again); err != nil {
			t.Fatal(err)
		}
		got, err := r.Claim(ctx, t0.Add(3*time.Hour), 10, time.Minute)
		if err != nil || len(got) != 1 || got[0].Kind != coach.JobAlert {
			t.Fatalf("claim = %v, %v; want the alert only, not the day done before", whats(got), err)
		}
		if err := r.Ack(ctx, t0.Add(3*time.Hour), got[0]); err != nil {
			t.Fatal(err)
		}
		if err := r.CancelAll(ctx, patient); err != nil {
			t.Fatal(err)
		}
		if got, _ := r.Claim(ctx, t0.Add(48*time.Hour), 10, time.Minute); len(got) != 0 {
			t.Errorf("claim after cancelling = %v, want nothing", whats(got))
		}
	})
}
