package scheduler_test

import (
	"context"
	"fmt"
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
		job.Every = fmt.Sprintf("CRON_TZ=%s 0 21 * * 0", tt.zone)
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
	job.Every = "CRON_TZ=UTC 0 21 * * 0"
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
