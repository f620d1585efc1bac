package discord_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
)

// TestReplayedInteractionIsAppliedOnce: "/moved 30" delivered three times
// with the same interaction id (a gateway resume, or someone replaying a
// captured event) counts 30 minutes, not 90, and is answered once: a
// second answer to one interaction is refused by Discord, which the fake
// records as a violation.
//
// With the questions awaiting text in the same Redis (as cmd/aftercare
// wires it), the replay record is read with the question in one round
// trip: the same holds.
func TestReplayedInteractionIsAppliedOnce(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		awaiting bool
	}{{"ReplaysAlone", false}, {"WithAwaiting", true}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			replayedInteractionIsAppliedOnce(t, tc.awaiting)
		})
	}
}

func replayedInteractionIsAppliedOnce(t *testing.T, awaiting bool) {
	fake := startFake(t)
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0)
	c := coach.New(store, store, clock, nil)
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c}, func(d *discord.Transport) {
		d.Seen = store
		if awaiting {
			d.Awaiting = store
		}
	})
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	h.onboardAs(alice, "Alice")

	id, _ := fake.InjectInteraction(fakediscord.Interaction{UserID: alice, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 30}}})
	if first := seen.waitTimes(t, id, 1); first.Kind != "command:moved" || first.Err != nil {
		t.Fatalf("first delivery handled as %+v, want the command", first)
	}
	for range 2 {
		if !fake.ReplayInteraction(id) {
			t.Fatal("the fake lost the interaction")
		}
	}
	if last := seen.waitTimes(t, id, 3); last.Kind != "replay" {
		t.Errorf("third delivery handled as %q, want a replay", last.Kind)
	}
	if rs := fake.InteractionResponses(id); len(rs) != 1 {
		t.Errorf("the interaction was answered %d times, want once: %+v", len(rs), rs)
	}
	days, err := store.CheckIns(context.Background(), alice, "2026-03-02", "2026-03-02")
	if err != nil || len(days) != 1 || days[0].MovedMinutes() != 30 {
		t.Fatalf("minutes logged = %+v, %v; want 30 once", days, err)
	}
}

// TestReplayedDirectMessageIsAppliedOnce: a DM delivered again reaches the
// coach once.
func TestReplayedDirectMessageIsAppliedOnce(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	store := redistest.Open(t)
	var calls atomic.Int32
	answer := coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		calls.Add(1)
		return []coach.Message{{Text: "Noted."}}, nil
	})
	_, seen := openDiscord(t, fake, bot.Router{Coach: answer}, func(d *discord.Transport) { d.Seen = store })

	id := fake.InjectMessage(fakediscord.UserMessage{UserID: alice, Content: "walked to the river"})
	seen.waitTimes(t, id, 1)
	fake.ReplayMessage(id)
	if again := seen.waitTimes(t, id, 2); again.Kind != "replay" {
		t.Errorf("second delivery handled as %q, want a replay", again.Kind)
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("the coach was asked %d times, want once", n)
	}
}

// stuckReplays is a replay record that does not answer, as a Redis
// master does between its death and its replica's promotion.
type stuckReplays struct{}

func (stuckReplays) FirstTime(ctx context.Context, _ string) (bool, error) {
	<-ctx.Done()
	return false, ctx.Err()
}

// TestReplayCheckThatHangsIsPassedOver: when the replay record does not
// answer, the press is applied and answered anyway, within Discord's three
// seconds (the fake reports a late acknowledgement as a violation).
func TestReplayCheckThatHangsIsPassedOver(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	var calls atomic.Int32
	answer := coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		calls.Add(1)
		return []coach.Message{{Text: "Noted."}}, nil
	})
	_, seen := openDiscord(t, fake, bot.Router{Coach: answer}, func(d *discord.Transport) { d.Seen = stuckReplays{} })
	do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "help"})
	if n := calls.Load(); n != 1 {
		t.Errorf("the coach was asked %d times, want once", n)
	}
}
