package scheduler

import (
	"errors"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// errNotRecurring means NextFiring was asked about a job that runs once.
var errNotRecurring = errors.New("job does not recur")

// NextFiring returns the job's next occurrence after this one, on its
// recurrence (coach.Job.Every), which resolves local time across clock
// changes the way the coach did for the first firing.
//
// Recurring jobs fire at most once a day: the next firing falls on a later
// local day than this one's due time, even when downtime made this one run
// late, or a retry ran it on the day after.
func NextFiring(job coach.Job) (coach.Job, error) {
	if err := job.Every.Err(); err != nil {
		return coach.Job{}, fmt.Errorf("schedule %q: %w", job.Every, err)
	}
	loc := job.Every.Location()
	if loc == nil {
		return coach.Job{}, fmt.Errorf("job %s: %w", job.ID, errNotRecurring)
	}
	lastOfDay := localtime.DayOf(job.Due, loc).AddDays(1).Start(loc).Add(-time.Nanosecond)
	next := coach.NewRecurringJob(job.Person, job.Kind, job.Every, lastOfDay)
	if next.Due.IsZero() {
		return coach.Job{}, fmt.Errorf("schedule %q never fires again", job.Every)
	}
	return next, nil
}
