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
