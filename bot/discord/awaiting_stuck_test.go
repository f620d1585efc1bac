package discord_test

import (
	"context"
	"sync"
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

// clearHangsOnce keeps questions in memory; its first ClearAwaiting hangs
// until its context ends (a Redis failover outlasting the bound on the
// work before a response), and later ones work.
type clearHangsOnce struct {
	mu      sync.Mutex
	waiting map[string]string
	clears  int
}

func (a *clearHangsOnce) SetAwaiting(_ context.Context, person, action string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.waiting[person] = action
	return nil
}

func (a *clearHangsOnce) TakeAwaiting(_ context.Context, person string) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	action := a.waiting[person]
	delete(a.waiting, person)
	return action, nil
}

func (a *clearHangsOnce) ClearAwaiting(ctx context.Context, person string) error {
	a.mu.Lock()
	a.clears++
	first := a.clears == 1
	a.mu.Unlock()
	if first {
		<-ctx.Done()
		return ctx.Err()
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.waiting, person)
	return nil
}

func (*clearHangsOnce) SaveAsk(context.Context, string, string, []byte) error { return nil }

func (*clearHangsOnce) LoadAsk(context.Context, string, string) ([]byte, error) { return nil, nil }

// TestPendingClearedAfterRespondingWhenCutShort: a reply that asks for no
// text must forget the question before it, or the person's next typed DM
// would answer that old question. When the bound on the work before the
// response cuts the clearing short, it is done again after responding.
func TestPendingClearedAfterRespondingWhenCutShort(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	thanks := coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		return []coach.Message{{Text: "Thank you. I'm here whenever you want."}}, nil
	})
	old := coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: string(coach.FieldNote)}
	aw := &clearHangsOnce{waiting: map[string]string{alice: old.Encode()}}
	_, seen := openDiscord(t, fake, bot.Router{Coach: thanks}, func(d *discord.Transport) { d.Awaiting = aw })
	rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "help"})
	contains(t, allText(shown(rs)), "Thank you.")
	aw.mu.Lock()
	defer aw.mu.Unlock()
	if aw.clears < 2 {
		t.Fatalf("ClearAwaiting called %d times; the test wants the first cut short and a second", aw.clears)
	}
	if q, ok := aw.waiting[alice]; ok {
		t.Errorf("the old question %q still awaits the next typed DM", q)
	}
}
