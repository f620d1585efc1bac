package coach

import (
	"context"

	"github.com/aftercare/aftercare/coach/localtime"
)

// GroupTies is what a person holds in support groups' records, which live
// apart from their own: the challenges they joined and their answers to
// group check-ins that are still open (a day's answers are dropped when it
// closes, leaving only totals).
type GroupTies struct {
	Challenges []string // the groups (channels) whose movement challenge they joined
	Answers    []GroupAnswer
}

// GroupAnswer is one member's own answer to a group's daily check-in.
type GroupAnswer struct {
	Group string
	Day   localtime.Day
	Mood  int
}

// TiesStore reads a person's records in others' keys, for /export.
// storage.Redis implements it.
type TiesStore interface {
	// GroupTies returns only the person's own entries: never another
	// member's answer or place.
	GroupTies(ctx context.Context, person string) (GroupTies, error)
}
