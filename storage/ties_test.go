package storage_test

import (
	"context"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
)

// TestGroupTiesAreOnlyThePersonsOwn joins a challenge and answers three
// group days, one of them since closed, beside another member, and reads
// back only what is still the person's.
func TestGroupTiesAreOnlyThePersonsOwn(t *testing.T) {
	ctx := context.Background()
	r := redistest.Open(t)
	for _, step := range []error{
		r.JoinChallenge(ctx, "g1", "me"), r.JoinChallenge(ctx, "g1", "other"),
		r.SetGroupAnswer(ctx, "g1", "2026-03-02", "me", 4), r.SetGroupAnswer(ctx, "g1", "2026-03-02", "other", 1),
		r.SetGroupAnswer(ctx, "g2", "2026-03-03", "me", 2),
		r.SetGroupAnswer(ctx, "g1", "2026-03-01", "me", 5),
		r.CloseGroupDay(ctx, "g1", "2026-03-01", coach.GroupDay{Closed: true}),
	} {
		if step != nil {
			t.Fatal(step)
		}
	}
	ties, err := r.GroupTies(ctx, "me")
	if err != nil {
		t.Fatal(err)
	}
	want := []coach.GroupAnswer{{Group: "g1", Day: "2026-03-02", Mood: 4}, {Group: "g2", Day: "2026-03-03", Mood: 2}}
	if len(ties.Challenges) != 1 || ties.Challenges[0] != "g1" || len(ties.Answers) != 2 || ties.Answers[0] != want[0] || ties.Answers[1] != want[1] {
		t.Errorf("ties = %+v; want challenge g1 and answers %+v", ties, want)
	}
	if none, err := r.GroupTies(ctx, "stranger"); err != nil || len(none.Challenges)+len(none.Answers) != 0 {
		t.Errorf("a stranger's ties = %+v, %v", none, err)
	}
}
