package coach

import (
	"context"
	"errors"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// JobKind names the things Aftercare does at a time.
type JobKind string

// The kinds of scheduled work.
const (
	JobCheckIn  JobKind = "checkin"
	JobNudge    JobKind = "nudge"
	JobFollowUp JobKind = "followup" // "did you manage it?" after an unanswered nudge
	JobSnooze   JobKind = "snooze"   // the nudge again, once, after a snooze
	JobSummary  JobKind = "summary"  // the weekly summary
	JobDigest   JobKind = "digest"   // a therapist's weekly digest (Person is the therapist)
	JobAlert    JobKind = "alert"    // a crisis alert to a therapist, About a patient
	JobCaring   JobKind = "caring"   // one warm word the day after a crisis reply
	// JobIntention is the optional intention prompt the day before a
	// session logged ahead.
	JobIntention JobKind = "intention"

	JobGroupPost   JobKind = "gpost"   // a group's daily check-in post
	JobGroupClose  JobKind = "gclose"  // the post edited with the day's totals
	JobGroupDigest JobKind = "gdigest" // a group's weekly round-up
	JobRetention   JobKind = "retention"
)

// Job is one piece of work due at a time for one person. Its ID is derived
// from what it is, so planning the same thing twice schedules it once. The
// queue may keep the job under an opaque id made from that one (storage
// does, so that no id in Redis or in a log names a person or a day): a job
// read back from the queue carries its opaque id, and the queue's methods
// take either.
type Job struct {
	ID     string        `json:"id"`
	Person string        `json:"person"`
	Kind   JobKind       `json:"kind"`
	Day    localtime.Day `json:"day"`
	Due    time.Time     `json:"due"`
	// Every makes the job recur; zero means it runs once. The scheduler
	// plans the next firing each time this one has run.
	Every Recurrence `json:"every,omitzero"`
	// Attempt counts failed tries, for backoff and dead letters.
	Attempt int `json:"attempt,omitempty"`
	// About is the patient a therapist's job concerns.
	About string `json:"about,omitempty"`
	// Source is what raised an alert (JobAlert); empty for alerts planned
	// before it was kept, which came from words.
	Source AlertSource `json:"source,omitempty"`
}

// ErrInactive means a job's person has stopped or is gone: the job is done,
// and a recurring one does not come again.
var ErrInactive = errors.New("person is not active")

// Later asks for a job to be run again at a later time, without counting
// as a failure: a job made late by downtime that would now land in the
// person's quiet hours waits for the morning.
type Later struct{ At time.Time }

func (l Later) Error() string { return "not now; at " + l.At.Format(time.RFC3339) }

// NewJob builds a job with its stable ID.
func NewJob(person string, kind JobKind, day localtime.Day, due time.Time) Job {
	return Job{ID: person + ":" + string(kind) + ":" + string(day), Person: person, Kind: kind, Day: day, Due: due}
}

// Queue keeps jobs until they are due. The scheduler package takes them out
// again; the coach only adds, lists and cancels.
type Queue interface {
	// Schedule adds jobs, replacing any with the same ID.
	Schedule(ctx context.Context, jobs ...Job) error
	// Upcoming lists a person's scheduled jobs, earliest first.
	Upcoming(ctx context.Context, person string) ([]Job, error)
	// CancelAll removes every scheduled job of a person.
	CancelAll(ctx context.Context, person string) error
	// Cancel removes some of a person's scheduled jobs.
	Cancel(ctx context.Context, person string, ids ...string) error
}
