package storage_test

import (
	"context"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestAwaitingIsTakenOnceAndKeptOnlyForPeopleWeHold: the question typed
// text answers is shared, answered once, cleared by a newer question; the
// ask buttons' wordings are shared; neither is kept for a stranger, and
// both are erased with the person.
func TestAwaitingIsTakenOnceAndKeptOnlyForPeopleWeHold(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		take := func(person string) string {
			t.Helper()
			a, err := r.TakeAwaiting(ctx, person)
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		set := func(person, action string) {
			t.Helper()
			if err := r.SetAwaiting(ctx, person, action); err != nil {
				t.Fatal(err)
			}
		}
		set("11", "v1|note|2026-03-02||")
		if err := r.SaveAsk(ctx, "11", "v1|zone|||", []byte(`{}`)); err != nil {
			t.Fatal(err)
		}
		if keys := redistest.Keys(t, r, r.Prefix()); len(keys) != 0 {
			t.Errorf("a stranger's question left keys %v", keys)
		}
		if err := r.SavePerson(ctx, coach.Person{ID: "11", Zone: "UTC"}); err != nil {
			t.Fatal(err)
		}
		set("11", "v1|note|2026-03-02||")
		if a := take("11"); a != "v1|note|2026-03-02||" {
			t.Errorf("first take = %q, want the question", a)
		}
		if a := take("11"); a != "" {
			t.Errorf("second take = %q, want nothing: text answers a question once", a)
		}
		set("11", "v1|note|2026-03-02||")
		if err := r.ClearAwaiting(ctx, "11"); err != nil {
			t.Fatal(err)
		}
		if a := take("11"); a != "" {
			t.Errorf("after clear = %q, want nothing", a)
		}
		set("11", "v1|note|2026-03-02||")
		if err := r.SaveAsk(ctx, "11", "v1|zone|||", []byte(`{"Title":"Your time zone"}`)); err != nil {
			t.Fatal(err)
		}
		if b, err := r.LoadAsk(ctx, "11", "v1|zone|||"); err != nil || string(b) != `{"Title":"Your time zone"}` {
			t.Errorf("LoadAsk = %s, %v; want the wording", b, err)
		}
		if b, err := r.LoadAsk(ctx, "11", "v1|time|||"); err != nil || b != nil {
			t.Errorf("LoadAsk of another = %s, %v; want nothing", b, err)
		}
		if err := r.Erase(ctx, "11"); err != nil {
			t.Fatal(err)
		}
		if keys := redistest.Keys(t, r, r.Prefix()); len(keys) != 0 {
			t.Errorf("erasing left keys %v", keys)
		}
	})
}

// TestFirstTimeAwaitingAndClearIf: the replay record and the question
// awaiting text read in one call say "first" once per id and give the
// question as it is; clearing it if unchanged forgets that question and
// never a newer one.
func TestFirstTimeAwaitingAndClearIf(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		if err := r.SavePerson(ctx, coach.Person{ID: "12", Zone: "UTC"}); err != nil {
			t.Fatal(err)
		}
		const old, newer = "v1|note|2026-03-02||", "v1|note|2026-03-03||"
		first, q, err := r.FirstTimeAwaiting(ctx, "901", "12")
		if err != nil || !first || q != "" {
			t.Fatalf("first call = %v, %q, %v; want first, no question", first, q, err)
		}
		if err := r.SetAwaiting(ctx, "12", old); err != nil {
			t.Fatal(err)
		}
		first, q, err = r.FirstTimeAwaiting(ctx, "901", "12")
		if err != nil || first || q != old {
			t.Fatalf("the same id again = %v, %q, %v; want a replay and the question", first, q, err)
		}
		if seen, err := r.FirstTime(ctx, "901"); err != nil || seen {
			t.Errorf("FirstTime after FirstTimeAwaiting = %v, %v; want the id already recorded", seen, err)
		}
		for _, tc := range []struct {
			name, stored, ifIs, want string
		}{
			{"Unchanged", old, old, ""},
			{"NewerStays", newer, old, newer},
			{"NoneStaysNone", "", old, ""},
		} {
			if tc.stored != "" {
				if err := r.SetAwaiting(ctx, "12", tc.stored); err != nil {
					t.Fatal(err)
				}
			}
			if err := r.ClearAwaitingIf(ctx, "12", tc.ifIs); err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			got, err := r.TakeAwaiting(ctx, "12")
			if err != nil || got != tc.want {
				t.Errorf("%s: after ClearAwaitingIf(%q) the question is %q, %v; want %q", tc.name, tc.ifIs, got, err, tc.want)
			}
		}
	})
}
