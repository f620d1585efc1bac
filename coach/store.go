package coach

import (
	"context"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// Store keeps people and their answers. storage.Redis implements it.
type Store interface {
	// Person returns ErrNotFound for someone the bot has never met.
	Person(ctx context.Context, id string) (Person, error)
	SavePerson(ctx context.Context, p Person) error

	AddSession(ctx context.Context, person string, s TherapySession) error
	Sessions(ctx context.Context, person string) ([]TherapySession, error)

	// SaveAnswer stores one answer of a day's check-in at once, so that a
	// check-in left half-done keeps what was given.
	SaveAnswer(ctx context.Context, person string, day localtime.Day, field string, value string) error
	// SaveFields stores several fields of a day at once.
	SaveFields(ctx context.Context, person string, day localtime.Day, fields map[string]string) error
	// AddMoved adds minutes to a day's logged movement.
	AddMoved(ctx context.Context, person string, day localtime.Day, minutes int) error
	// CheckIns returns the days from..to (inclusive) with anything stored
	// (answers, nudges, movement), oldest first.
	CheckIns(ctx context.Context, person string, from, to localtime.Day) ([]CheckIn, error)

	CareStore
	GroupStore
	SafetyPlanStore
	TiesStore
	Eraser
	Retainer
}

// TherapySession is one therapy session (an appointment, not a chat session).
type TherapySession struct {
	At       time.Time `json:"at"`
	LoggedBy string    `json:"logged_by"`
	// LoggedByName is the name of a therapist who logged the session and
	// has since erased their data (LoggedBy is then LoggedByGone): the
	// patient's record keeps who it was, not their id.
	LoggedByName string `json:"logged_by_name,omitempty"`
}

// LoggedByGone stands in TherapySession.LoggedBy for a therapist who has
// erased their data.
const LoggedByGone = "-"
