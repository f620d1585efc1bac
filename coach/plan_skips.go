package coach

import (
	"context"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// planState is what /plan needs to say which listed jobs delivery will
// skip: the same facts Deliver, resting and deliverNudge read.
type planState struct {
	now         time.Time
	loc         *time.Location
	pausedUntil time.Time // a /pause or the pause after a crisis reply
	sessions    []TherapySession
	rest        func(time.Time) time.Time // a session's time to the end of its rest
	movedToday  bool                      // today's answers already count as moved
}

// loadPlanState reads the sessions and today's check-in for /plan's notes.
func (c *Coach) loadPlanState(ctx context.Context, p Person, loc *time.Location) (planState, error) {
	now := c.clock.Now()
	st := planState{now: now, loc: loc, pausedUntil: p.PausedUntil, rest: p.restUntil}
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil {
		return st, fmt.Errorf("load sessions for plan: %w", err)
	}
	st.sessions = sessions
	today := localtime.DayOf(now, loc)
	days, err := c.store.CheckIns(ctx, p.ID, today, today)
	if err != nil {
		return st, fmt.Errorf("load today's check-in for plan: %w", err)
	}
	st.movedToday = dayIn(days, today).movedForNudge() > 0
	return st, nil
}

// skipNoteIn says, in w's language, why delivery will not send a job as
// listed, or "" when it will: a pause holds everything until it ends; the
// rest after a session drops movement ideas and moves a check-in or
// summary to its end; a day already moved gets no movement idea.
func (st planState) skipNoteIn(w lang.Printer, j Job) string {
	if st.now.Before(st.pausedUntil) && j.Due.Before(st.pausedUntil) {
		until := st.pausedUntil.In(st.loc)
		return w.T("plan.skipped_paused", lang.Args{"Until": shortDayIn(w, localtime.DayOf(until, st.loc)) + " " + until.Format("15:04")})
	}
	movement := j.Kind == JobNudge || j.Kind == JobFollowUp || j.Kind == JobSnooze
	for _, s := range st.sessions {
		end := st.rest(s.At)
		if j.Due.Before(s.At) || !j.Due.Before(end) {
			continue
		}
		switch {
		case movement:
			return w.T("plan.skipped_rest")
		case j.Kind == JobCheckIn || j.Kind == JobSummary:
			return w.T("plan.moved_rest", lang.Args{"Time": end.In(st.loc).Format("15:04")})
		}
	}
	if movement && st.movedToday && localtime.DayOf(st.now, st.loc) == j.Day {
		return w.T("plan.skipped_moved")
	}
	return ""
}
