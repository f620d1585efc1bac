package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestBurstThenWhatMatters, with the real coach on Redis and the default
// pace (8 at once, then one a second): a burst of 20 commands is done in
// full, late, with one kind word and no "Okay."; what comes after it is
// done too, and what stops, erases or asks for help does not wait at all.
func TestBurstThenWhatMatters(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := redistest.Open(t)
	c := coach.New(store, store, localtime.NewFakeClock(t0), nil)
	for n, tc := range []struct {
		name  string
		after []coach.Event // sent after the burst, in order
		waits int           // how many of them wait for their turn
		check func(t *testing.T, person string, replies []coach.Message)
	}{
		{"/stop", []coach.Event{{Command: "stop"}}, 0, func(t *testing.T, person string, replies []coach.Message) {
			contains(t, texts(replies), "I won't send you anything more")
			if p, err := store.Person(ctx, person); err != nil || p.Status != coach.StatusStopped {
				t.Errorf("after /stop: status %q, %v; want stopped", p.Status, err)
			}
		}},
		{"/delete and its confirmation", []coach.Event{{Command: "delete"}, {Press: &coach.Action{Verb: coach.VerbErase, Value: "yes"}}}, 0, func(t *testing.T, person string, replies []coach.Message) {
			contains(t, texts(replies), "everything is deleted")
			if held, err := store.Holds(ctx, person); err != nil || held {
				t.Errorf("after /delete confirmed: data held %v, %v; want it erased", held, err)
			}
		}},
		{"/crisis", []coach.Event{{Command: "crisis"}}, 0, func(t *testing.T, _ string, replies []coach.Message) {
			isCrisisReply(t, replies)
		}},
		{"crisis text", []coach.Event{{Text: "I want to kill myself"}}, 0, func(t *testing.T, _ string, replies []coach.Message) {
			isCrisisReply(t, replies)
		}},
		{"review text", []coach.Event{{Text: "sometimes I think about death"}}, 0, func(t *testing.T, _ string, replies []coach.Message) {
			contains(t, strings.ToLower(texts(replies)), "safe")
		}},
		{"an ordinary /moved, done late", []coach.Event{{Command: "moved", Args: map[string]string{"minutes": "7"}}}, 1, func(t *testing.T, person string, _ []coach.Message) {
			movedMinutes(t, store, person, 20*5+7)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			person := fmt.Sprintf("20000000000000010%d", n)
			clock := localtime.NewJumpClock(t0)
			r := bot.Router{Coach: c, Limit: &bot.PersonLimiter{Clock: clock}}
			handle := func(ev coach.Event) []coach.Message {
				ev.Person = person
				msgs := r.Handle(ctx, ev)
				if len(msgs) == 0 || texts(msgs) == "Okay." {
					t.Errorf("%s answered %q", bot.EventKind(ev), texts(msgs))
				}
				return msgs
			}
			handle(coach.Event{Press: &coach.Action{Verb: coach.VerbConsent, Field: "America/New_York@20:00", Value: "yes"}})
			var burst strings.Builder
			for range 20 {
				burst.WriteString(texts(handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "5"}})) + "\n")
			}
			if n := strings.Count(burst.String(), "one at a time"); n != 1 {
				t.Errorf("the burst was told %d times that answers come late, want once", n)
			}
			if strings.Contains(burst.String(), "couldn't get to") {
				t.Errorf("some of the burst was not done:\n%s", burst.String())
			}
			movedMinutes(t, store, person, 20*5)
			before := clock.Waits()
			var replies []coach.Message
			for _, ev := range tc.after {
				replies = append(replies, handle(ev)...)
			}
			if got := clock.Waits() - before; got != tc.waits {
				t.Errorf("%d of the events after the burst waited for their turn, want %d", got, tc.waits)
			}
			tc.check(t, person, replies)
		})
	}
}

// movedMinutes checks the minutes /moved logged today.
func movedMinutes(t *testing.T, store *storage.Redis, person string, want int) {
	t.Helper()
	days, err := store.CheckIns(context.Background(), person, "2026-03-02", "2026-03-02")
	if err != nil || len(days) != 1 || days[0].Moved != want {
		t.Errorf("moved = %+v, %v; want %d minutes", days, err, want)
	}
}

// isCrisisReply checks that the crisis reply is among msgs.
func isCrisisReply(t *testing.T, msgs []coach.Message) {
	t.Helper()
	for _, m := range msgs {
		if m.Crisis {
			return
		}
	}
	t.Errorf("no crisis reply in %q", texts(msgs))
}

func contains(t *testing.T, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Errorf("%q lacks %q", got, want)
	}
}
