package scheduler_test

import (
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// TestPlanThroughTheSchedulerKeepsLocalTimes runs whole plans through the
// scheduler on a fake clock, across daylight-saving changes and odd
// offsets, and checks what the handler saw: each check-in once a day at
// 20:00 local, and the weekly summary, also after it re-armed itself, at
// 21:00 local on Sundays.
func TestPlanThroughTheSchedulerKeepsLocalTimes(t *testing.T) {
	tests := []struct {
		zone    string
		session string // local time of the session, a Thursday
		shift   bool   // whether the plan's week crosses a change of offset
	}{
		{"America/New_York", "2026-03-05 09:00", true},    // forward an hour on Sunday 8 March
		{"America/New_York", "2026-10-29 09:00", true},    // back an hour on Sunday 1 November
		{"Australia/Lord_Howe", "2026-10-01 09:00", true}, // forward half an hour on Sunday 4 October
		{"Australia/Lord_Howe", "2026-04-02 09:00", true}, // back half an hour on Sunday 5 April
		{"Asia/Kathmandu", "2026-06-11 09:00", false},     // +05:45 all year
		{"Europe/London", "2026-03-26 09:00", true},       // forward an hour on Sunday 29 March
	}
	for _, tt := range tests {
		t.Run(tt.zone+" "+tt.session, func(t *testing.T) {
			loc, err := time.LoadLocation(tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			session, err := time.ParseInLocation("2006-01-02 15:04", tt.session, loc)
			if err != nil {
				t.Fatal(err)
			}
			first := localtime.DayOf(session, loc)
			if shifts := offset(first, loc) != offset(first.AddDays(6), loc); shifts != tt.shift {
				t.Fatalf("the week from %s changes offset: %v, want %v", first, shifts, tt.shift)
			}
			w := newPlanWorld(t, "1007", tt.zone, "20:00", session)
			w.command("session")
			w.runUntil(w.local(first.AddDays(7+14), 0, 0)) // the plan and two more weeks
			runs := w.takeRuns()

			perDay := map[dayKind]int{}
			summaries := 0
			for _, r := range runs {
				local := r.at.In(loc)
				perDay[dayKind{r.job.Day, r.job.Kind}]++
				if got := localtime.DayOf(r.at, loc); got != r.job.Day {
					t.Errorf("%s ran on %s local, not on its own day", r.job.ID, got)
				}
				if coach.InQuietHours(localtime.LocalTime{Hour: local.Hour(), Minute: local.Minute(), Set: true}) {
					t.Errorf("%s ran at %s local, inside quiet hours", r.job.ID, local.Format("15:04"))
				}
				switch r.job.Kind {
				case coach.JobCheckIn:
					if !r.sent() || local.Format("15:04") != "20:00" {
						t.Errorf("%s: sent %v at %s, want sent at 20:00 local", r.job.ID, r.sent(), local.Format("15:04 -0700"))
					}
				case coach.JobSummary:
					summaries++
					if local.Weekday() != time.Sunday || local.Format("15:04") != "21:00" {
						t.Errorf("%s ran %s, want Sunday 21:00 local", r.job.ID, local.Format("Mon 15:04 -0700"))
					}
				case coach.JobNudge:
					if h := local.Hour(); h < 10 || h >= 17 {
						t.Errorf("%s ran at %s, outside the 10:00-17:00 window", r.job.ID, local.Format("15:04"))
					}
				}
			}
			for i := range 7 {
				if n := perDay[dayKind{first.AddDays(i), coach.JobCheckIn}]; n != 1 {
					t.Errorf("check-in of %s ran %d times, want once", first.AddDays(i), n)
				}
			}
			for dk, n := range perDay {
				if n > 1 {
					t.Errorf("%s %s ran %d times, want at most once", dk.day, dk.kind, n)
				}
			}
			if checkIns := countKind(runs, coach.JobCheckIn); checkIns != 7 || summaries != 3 {
				t.Errorf("ran %d check-ins and %d summaries over three weeks, want the plan's 7 and 3", checkIns, summaries)
			}
		})
	}
}

// offset is the zone's UTC offset at noon on day.
func offset(day localtime.Day, loc *time.Location) int {
	y, m, d := day.Date()
	_, off := time.Date(y, m, d, 12, 0, 0, 0, loc).Zone()
	return off
}

func countKind(runs []jobRun, kind coach.JobKind) int {
	n := 0
	for _, r := range runs {
		if r.job.Kind == kind {
			n++
		}
	}
	return n
}
