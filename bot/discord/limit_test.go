package discord_test

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
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
	var said []string
	for range 100 {
		rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, CustomID: press.Encode()})
		if ms := shown(rs); len(ms) > 0 {
			replies++
			said = append(said, allText(ms))
		}
	}
	// With a refill of one an hour, no turn comes within the wait allowed,
	// so the counts do not depend on how fast the machine is: the burst of
	// 5, and one kind word, honest that the rest were not done.
	if n := calls.Load(); n != 5 {
		t.Errorf("a burst of 100 presses reached the coach %d times, want 5", n)
	}
	if replies != 6 || !strings.Contains(said[5], "wasn't done") {
		t.Errorf("%d replies to a burst of 100 presses, want 6 (5 answers and one word that the rest were not done): %q", replies, said)
	}
	before := calls.Load()
	do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 5}, {Name: "activity", Value: "i want to kill myself"}}})
	if calls.Load() != before+1 {
		t.Error("crisis words in a command were held back by the limit")
	}
}

// gateClock stands still; a wait on it is announced on waiting and ends
// when the test moves the clock on with release.
type gateClock struct {
	mu      sync.Mutex
	now     time.Time
	waiting chan time.Duration
	gates   []chan time.Time
}

func (c *gateClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *gateClock) After(d time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.mu.Lock()
	c.gates = append(c.gates, ch)
	c.mu.Unlock()
	c.waiting <- d
	return ch
}

// release moves the clock on by d and ends every wait.
func (c *gateClock) release(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	for _, g := range c.gates {
		g <- c.now
	}
	c.gates = nil
}

// TestDiscordHeldEventIsDeferredThenDone: an event over the pace is
// acknowledged within Discord's three seconds (deferred) while it waits for
// its turn, and is then done and answered, with the burst's one kind word,
// never "Okay.".
func TestDiscordHeldEventIsDeferredThenDone(t *testing.T) {
	t.Parallel()
	press := coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "mood", Value: "3"}
	for _, tc := range []struct {
		name     string
		in       fakediscord.Interaction
		deferred discordgo.InteractionResponseType
	}{
		{"a command", fakediscord.Interaction{UserID: alice, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 5}}},
			discordgo.InteractionResponseDeferredChannelMessageWithSource},
		{"a button", fakediscord.Interaction{UserID: alice, CustomID: press.Encode()}, discordgo.InteractionResponseDeferredMessageUpdate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int64
			c := coachFunc(func(_ context.Context, ev coach.Event) ([]coach.Message, error) {
				calls.Add(1)
				return []coach.Message{{Text: "Saved."}}, nil
			})
			clock := &gateClock{now: t0, waiting: make(chan time.Duration, 1)}
			fake := startFake(t)
			dc, seen := openDiscord(t, fake, bot.Router{Coach: c, Limit: &bot.PersonLimiter{Burst: 1, Every: time.Second, Clock: clock}},
				func(d *discord.Transport) { d.AckAfter = 10 * time.Millisecond })
			if err := dc.Send(context.Background(), alice, []coach.Message{{Text: "How is your mood today?", Buttons: []coach.Button{{Label: "Okay", Action: press}}}}); err != nil {
				t.Fatal(err)
			}
			do(t, fake, seen, tc.in) // the burst of one
			id, _ := fake.InjectInteraction(tc.in)
			if d := <-clock.waiting; d != time.Second {
				t.Errorf("the held event waits %v, want its turn in 1s", d)
			}
			eventually(t, "the held event to be deferred", func() bool { return len(fake.InteractionResponses(id)) > 0 })
			if calls.Load() != 1 {
				t.Errorf("the held event reached the coach before its turn")
			}
			clock.release(time.Second)
			seen.wait(t, id)
			rs := fake.InteractionResponses(id)
			if rs[0].Type != int(tc.deferred) {
				t.Errorf("the held event was acknowledged with type %d, want %d (deferred)", rs[0].Type, tc.deferred)
			}
			said := allText(shown(rs))
			if calls.Load() != 2 || !strings.Contains(said, "one at a time") || !strings.Contains(said, "Saved.") || strings.Contains(said, "Okay.") {
				t.Errorf("after its turn: %d coach calls, answered %q; want it done, with the kind word", calls.Load(), said)
			}
		})
	}
}
