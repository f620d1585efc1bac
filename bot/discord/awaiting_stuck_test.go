package discord_test

import (
	"context"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

// stuckAwaiting keeps nothing: each call hangs until its context ends, as
// a command does on a Redis master that died and whose replica is not yet
// promoted.
type stuckAwaiting struct{}

func (stuckAwaiting) SetAwaiting(ctx context.Context, _, _ string) error {
	<-ctx.Done()
	return ctx.Err()
}

func (stuckAwaiting) TakeAwaiting(ctx context.Context, _ string) (string, error) {
	<-ctx.Done()
	return "", ctx.Err()
}

func (stuckAwaiting) ClearAwaiting(ctx context.Context, _ string) error {
	<-ctx.Done()
	return ctx.Err()
}

func (stuckAwaiting) SaveAsk(ctx context.Context, _, _ string, _ []byte) error {
	<-ctx.Done()
	return ctx.Err()
}

func (stuckAwaiting) LoadAsk(ctx context.Context, _, _ string) ([]byte, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestAnswerInTimeWhenAwaitingHangs: the coach answers at once, but
// recording which question typed text would answer hangs (the person's
// Redis master is failing over). The answer still comes within Discord's
// three seconds, without that record; before, the reply waited for Redis
// for as long as the handler may run (30 s), and the interaction failed.
// Found by TestWholeSystemWeek, where a press answered just before the
// deferral, during the failover, came too late.
func TestAnswerInTimeWhenAwaitingHangs(t *testing.T) {
	t.Parallel()
	fake := startFake(t) // its violations, a late answer among them, fail the test
	thanks := coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		return []coach.Message{{Text: "Thank you. I'm here whenever you want."}}, nil
	})
	_, seen := openDiscord(t, fake, bot.Router{Coach: thanks}, func(d *discord.Transport) { d.Awaiting = stuckAwaiting{} })
	// In the DM, where what typed text answers is recorded.
	rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "help"})
	contains(t, allText(shown(rs)), "Thank you.")
}
