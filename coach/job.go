package coach

import (
	"context"
	"time"
)

// JobKind names the things Aftercare does at a time.
type JobKind string

// The kinds of scheduled work.
const (
	JobCheckIn JobKind = "checkin"
)

// Job is one piece of work due at a time for one person. Its ID is derived
// from what it is, so planning the same thing twice schedules it once.
type Job struct {
	ID     string    `json:"id"`
	Person string    `json:"person"`
	Kind   JobKind   `json:"kind"`
	Day    Day       `json:"day"`
	Due    time.Time `json:"due"`
}

// NewJob builds a job with its stable ID.
func NewJob(person string, kind JobKind, day Day, due time.Time) Job {
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
}
