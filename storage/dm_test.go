package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

func TestDMChannelIsKeptOnlyForPeopleWeHold(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		lookup := func(person string) (string, bool) {
			t.Helper()
			ch, known, err := r.DMChannel(ctx, person)
			if err != nil {
				t.Fatal(err)
			}
			return ch, known
		}
		// A stranger: nothing is kept, and they are not known.
		if err := r.SaveDMChannel(ctx, "11", "900"); err != nil {
			t.Fatal(err)
		}
		if ch, known := lookup("11"); ch != "" || known {
			t.Errorf("stranger: DMChannel = %q, known %v; want nothing", ch, known)
		}
		if keys := redistest.Keys(t, r, r.Prefix()); len(keys) != 0 {
			t.Errorf("a stranger's DM channel left keys %v", keys)
		}

		// A patient and a therapist are known, with or without a channel.
		if err := r.SavePerson(ctx, coach.Person{ID: "11", Zone: "UTC"}); err != nil {
			t.Fatal(err)
		}
		if err := r.SaveTherapist(ctx, coach.Therapist{ID: "12", Name: "Dr R", Zone: "UTC"}); err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"11", "12"} {
			if ch, known := lookup(id); ch != "" || !known {
				t.Errorf("%s before: DMChannel = %q, known %v; want \"\", known", id, ch, known)
			}
			if err := r.SaveDMChannel(ctx, id, "9"+id); err != nil {
				t.Fatal(err)
			}
			if ch, known := lookup(id); ch != "9"+id || !known {
				t.Errorf("%s after: DMChannel = %q, known %v; want 9%s, known", id, ch, known, id)
			}
		}

		// Erasing takes the channel too, and a late save does not bring it back.
		if err := r.Erase(ctx, "11"); err != nil {
			t.Fatal(err)
		}
		if err := r.SaveDMChannel(ctx, "11", "911"); err != nil {
			t.Fatal(err)
		}
		if ch, known := lookup("11"); ch != "" || known {
			t.Errorf("after erase: DMChannel = %q, known %v; want nothing", ch, known)
		}
	})
}

func TestDMChannelRefusesBadIDs(t *testing.T) {
	r := redistest.Open(t)
	ctx := context.Background()
	for _, c := range []struct{ person, channel string }{
		{"11", ""}, {"11", "1}:x"}, {"", "900"}, {"{u:1}", "900"},
	} {
		if err := r.SaveDMChannel(ctx, c.person, c.channel); err == nil {
			t.Errorf("SaveDMChannel(%q, %q) = nil, want an error", c.person, c.channel)
		}
	}
	if _, _, err := r.DMChannel(ctx, "a:b"); err == nil {
		t.Error("DMChannel of a bad id = nil error")
	}
}

func TestSendSlotsAreSharedAndSpaced(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		// An hour apart, so the few milliseconds between calls cannot
		// blur which slot each call got.
		replica := storage.NewRedis(r.Client(), r.Prefix())
		for i, s := range []*storage.Redis{r, replica, r, replica} {
			w, err := s.NextSendSlot(ctx, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			if lo, hi := time.Duration(i)*time.Hour-time.Minute, time.Duration(i)*time.Hour; w < lo || w > hi {
				t.Errorf("slot %d: wait %v, want within a minute under %v", i, w, hi)
			}
		}
		if _, err := r.NextSendSlot(ctx, 0); err == nil {
			t.Error("NextSendSlot(0) = nil error")
		}
	})
}
