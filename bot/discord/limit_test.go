package discord_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestDiscordBurstOfClicks: a hundred presses in a row make a handful of
// coach calls (writes) and replies, every press is still acknowledged as
// Discord requires (the helpers check that), and crisis words are never
// held back.
func TestDiscordBurstOfClicks(t *testing.T) {
	t.Parallel()
	var calls atomic.Int64
	c := coachFunc(func(_ context.Context, ev coach.Event) ([]coach.Message, error) {
		calls.Add(1)
		return []coach.Message{{Text: "Saved."}}, nil
	})
	fake := startFake(t)
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c, Limit: &bot.PersonLimiter{Burst: 5, Every: time.Hour}})
	press := coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "mood", Value: "3"}
	if err := dc.Send(context.Background(), alice, []coach.Message{{Text: "How is your mood today?", Buttons: []coach.Button{{Label: "Okay", Action: press}}}}); err != nil {
		t.Fatal(err)
	}
	replies := 0
	for range 100 {
		rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, CustomID: press.Encode()})
		if len(shown(rs)) > 0 {
			replies++
		}
	}
	// With a refill of one an hour, no refill lands inside the test, so the
	// counts do not depend on how fast the machine is: the burst of 5, and
	// one kind word for the rest.
	if n := calls.Load(); n != 5 {
		t.Errorf("a burst of 100 presses reached the coach %d times, want 5", n)
	}
	if replies != 6 {
		t.Errorf("%d replies to a burst of 100 presses, want 6 (5 answers and one \"slow down\")", replies)
	}
	before := calls.Load()
	do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 5}, {Name: "activity", Value: "i want to kill myself"}}})
	if calls.Load() != before+1 {
		t.Error("crisis words in a command were held back by the limit")
	}
}
