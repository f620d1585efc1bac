package coach

import (
	"github.com/aftercare/aftercare/coach/lang"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

func TestPlanSkipNote(t *testing.T) {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 3, 9, 0, 0, 0, loc) // Tuesday morning
	at := func(day, h, m int) time.Time { return time.Date(2026, 3, day, h, m, 0, 0, loc) }
	rest := func(s time.Time) time.Time { return s.Add(4 * time.Hour) }
	job := func(kind JobKind, due time.Time) Job { return NewJob("1", kind, localtime.DayOf(due, loc), due) }
	tests := []struct {
		name  string
		st    planState
		job   Job
		wants string
	}{
		{"nothing in the way", planState{}, job(JobNudge, at(3, 12, 0)), ""},
		{"paused", planState{pausedUntil: at(4, 0, 0)}, job(JobCheckIn, at(3, 20, 0)), "skipped: paused until Wed 4 Mar 00:00"},
		{"after the pause", planState{pausedUntil: at(4, 0, 0)}, job(JobCheckIn, at(4, 20, 0)), ""},
		{"moved today", planState{movedToday: true}, job(JobNudge, at(3, 12, 0)), "skipped: you've already moved today"},
		{"moved today, follow-up", planState{movedToday: true}, job(JobFollowUp, at(3, 15, 0)), "skipped: you've already moved today"},
		{"moved today, check-in still comes", planState{movedToday: true}, job(JobCheckIn, at(3, 20, 0)), ""},
		{"moved today, not tomorrow", planState{movedToday: true}, job(JobNudge, at(4, 12, 0)), ""},
		{"nudge in the rest", planState{sessions: []TherapySession{{At: at(3, 10, 0)}}}, job(JobNudge, at(3, 12, 0)), "skipped: quiet hours after your session"},
		{"check-in in the rest", planState{sessions: []TherapySession{{At: at(3, 17, 0)}}}, job(JobCheckIn, at(3, 20, 0)), "comes at 21:00 instead, after the quiet hours following your session"},
		{"before the session", planState{sessions: []TherapySession{{At: at(3, 13, 0)}}}, job(JobNudge, at(3, 12, 0)), ""},
		{"after the rest", planState{sessions: []TherapySession{{At: at(3, 7, 0)}}}, job(JobNudge, at(3, 12, 0)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.st.now, tt.st.loc, tt.st.rest = now, loc, rest
			if got := tt.st.skipNoteIn(lang.For("en"), tt.job); got != tt.wants {
				t.Errorf("skipNote = %q, want %q", got, tt.wants)
			}
		})
	}
}
