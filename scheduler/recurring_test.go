package scheduler_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

func TestNextFiringKeepsLocalTimeAcrossClockChanges(t *testing.T) {
	tests := []struct {
		zone  string
		first string // local time of the first firing
		want  []string
	}{
		// Sundays at 21:00 across London's spring and autumn changes.
		{"Europe/London", "2026-03-22 21:00", []string{"2026-03-29 21:00 +0100", "2026-04-05 21:00 +0100"}},
		{"Europe/London", "2026-10-18 21:00", []string{"2026-10-25 21:00 +0000", "2026-11-01 21:00 +0000"}},
		{"America/New_York", "2026-03-01 21:00", []string{"2026-03-08 21:00 -0400"}},
		{"Australia/Lord_Howe", "2026-09-27 21:00", []string{"2026-10-04 21:00 +1100"}},
		{"Asia/Kathmandu", "2026-06-07 21:00", []string{"2026-06-14 21:00 +0545"}},
	}
	for _, tt := range tests {
		loc, err := time.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		first, _ := time.ParseInLocation("2006-01-02 15:04", tt.first, loc)
		job := coach.NewJob("1", coach.JobSummary, localtime.DayOf(first, loc), first)
		job.Every = mustRecur(t, fmt.Sprintf("CRON_TZ=%s 0 21 * * 0", tt.zone))
		for _, want := range tt.want {
			next, err := scheduler.NextFiring(job)
			if err != nil {
				t.Fatal(err)
			}
			if got := next.Due.In(loc).Format("2006-01-02 15:04 -0700"); got != want {
				t.Errorf("%s after %s = %s, want %s", tt.zone, job.Due.In(loc).Format("2006-01-02 15:04"), got, want)
			}
			if next.Every != job.Every || next.Day != localtime.DayOf(next.Due, loc) {
				t.Errorf("next job %+v lost its schedule or day", next)
			}
			job = next
		}
	}
}

func TestRecurringJobComesBackUntilInactive(t *testing.T) {
	store := redistest.Open(t)
	ctx := context.Background()
	clock := localtime.NewFakeClock(t0)
	runs := 0
	stopAfter := 3
	handle := func(_ context.Context, j coach.Job) error {
		runs++
		if runs > stopAfter {
			return coach.ErrInactive // the person used /stop
		}
		return nil
	}
	s := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: handle}
	job := coach.NewJob("1", coach.JobSummary, "2026-03-08", time.Date(2026, 3, 8, 21, 0, 0, 0, time.UTC))
	job.Every = mustRecur(t, "CRON_TZ=UTC 0 21 * * 0")
	if err := store.Schedule(ctx, job); err != nil {
		t.Fatal(err)
	}
	for week := range 6 {
		clock.Set(job.Due.AddDate(0, 0, 7*week))
		if _, err := s.RunDue(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if runs != stopAfter+1 {
		t.Errorf("ran %d times over 6 weeks, want %d: weekly until the person became inactive", runs, stopAfter+1)
	}
	if _, ok, _ := store.NextDue(ctx); ok {
		t.Error("a job is still waiting after the person became inactive")
	}
}

// TestStoredJobStillDecodesAndRecurs: jobs queued before Recurrence was a
// type carry its stored form as a string; they decode, keep that exact
// text, and recur.
func TestStoredJobStillDecodesAndRecurs(t *testing.T) {
	stored := `{"id":"1:summary:2026-03-22","person":"1","kind":"summary","day":"2026-03-22","due":"2026-03-22T21:00:00Z","every":"CRON_TZ=Europe/London 0 21 * * 0"}`
	var job coach.Job
	if err := json.Unmarshal([]byte(stored), &job); err != nil {
		t.Fatal(err)
	}
	if err := job.Every.Err(); err != nil || job.Every.String() != "CRON_TZ=Europe/London 0 21 * * 0" {
		t.Fatalf("decoded every = %q (%v)", job.Every, err)
	}
	again, err := json.Marshal(job)
	if err != nil || string(again) != stored {
		t.Errorf("encoded again = %s (%v), want %s", again, err, stored)
	}
	next, err := scheduler.NextFiring(job)
	if err != nil {
		t.Fatal(err)
	}
	if got := next.Due.UTC().Format(time.RFC3339); got != "2026-03-29T20:00:00Z" || next.Day != "2026-03-29" || next.ID != "1:summary:2026-03-29" {
		t.Errorf("next firing = %s on %s (%s), want 21:00 London on the next Sunday, after the clocks went forward", got, next.Day, next.ID)
	}

	once, err := json.Marshal(coach.NewJob("1", coach.JobNudge, "2026-03-22", next.Due))
	if err != nil || strings.Contains(string(once), "every") {
		t.Errorf("a job that runs once encodes as %s (%v), want no every", once, err)
	}
}

// TestBadStoredScheduleStillDecodes: a job whose stored schedule no longer
// parses (a zone gone from the tz database) must still decode, or it would
// come back to its worker forever; it is not repeated, and says why.
func TestBadStoredScheduleStillDecodes(t *testing.T) {
	var job coach.Job
	stored := `{"id":"1:summary:2026-03-22","person":"1","kind":"summary","day":"2026-03-22","due":"2026-03-22T21:00:00Z","every":"CRON_TZ=Nowhere/Atlantis 0 21 * * 0"}`
	if err := json.Unmarshal([]byte(stored), &job); err != nil {
		t.Fatal(err)
	}
	if job.Every.IsZero() || job.Every.Err() == nil {
		t.Errorf("decoded every = %q, err %v; want kept, with its error", job.Every, job.Every.Err())
	}
	if again, _ := json.Marshal(job); string(again) != stored {
		t.Errorf("encoded again = %s, want it as it was", again)
	}
	if _, err := scheduler.NextFiring(job); err == nil || !strings.Contains(err.Error(), "Nowhere/Atlantis") {
		t.Errorf("NextFiring err = %v, want the bad schedule named", err)
	}
}

func mustRecur(t *testing.T, spec string) coach.Recurrence {
	t.Helper()
	r, err := coach.ParseRecurrence(spec)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
