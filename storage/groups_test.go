package storage_test

import (
	"context"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestCloseGroupDayKeepsOnlyTheDay: closing a day writes its record and
// deletes the answers, and no member's index still names the day, so
// nothing says who answered once the day is over.
func TestCloseGroupDayKeepsOnlyTheDay(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		for i, m := range []string{"11", "12", "13"} {
			if err := r.SetGroupAnswer(ctx, "500", "2026-03-02", m, i+1); err != nil {
				t.Fatal(err)
			}
		}
		if err := r.JoinChallenge(ctx, "500", "11"); err != nil {
			t.Fatal(err)
		}
		if keys := redistest.Keys(t, r, r.Prefix()+"{u:11}:groups"); len(keys) != 1 {
			t.Fatalf("member 11's index = %v before the close, want it", keys)
		}
		if err := r.CloseGroupDay(ctx, "500", "2026-03-02", coach.GroupDay{PostID: "p", Closed: true}); err != nil {
			t.Fatal(err)
		}
		if answers, _ := r.GroupAnswers(ctx, "500", "2026-03-02"); len(answers) != 0 {
			t.Errorf("answers after the close: %v", answers)
		}
		for _, m := range []string{"12", "13"} {
			if keys := redistest.Keys(t, r, r.Prefix()+"{u:"+m+"}"); len(keys) != 0 {
				t.Errorf("member %s still has %v after the close", m, keys)
			}
		}
		// Member 11's place in the challenge stays: only the day's entry goes.
		groups, err := r.Client().SMembers(ctx, r.Prefix()+"{u:11}:groups").Result()
		if err != nil || len(groups) != 1 || groups[0] != "500" {
			t.Errorf("member 11's index = %v, %v; want only the challenge", groups, err)
		}
		if d, _ := r.GroupDay(ctx, "500", "2026-03-02"); d.PostID != "p" || !d.Closed || d.Answered() != 0 {
			t.Errorf("the day kept %+v", d)
		}
	})
}
