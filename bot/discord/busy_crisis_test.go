package discord_test

import (
	"context"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestCrisisNeverWaitsForAWorker: every worker that asks the coach for a
// quick answer is held by a slow /help; /crisis still gets its lines at
// once, rather than waiting behind them until it is answered "sorry".
func TestCrisisNeverWaitsForAWorker(t *testing.T) {
	t.Parallel()
	busy := 8 * runtime.GOMAXPROCS(0) // the transport's quick workers
	var opts []fakediscord.Option
	for i := range busy + 1 {
		opts = append(opts, fakediscord.WithUser(fakediscord.User{ID: fmt.Sprintf("4200000000000000%02d", i), Username: "p"}))
	}
	fake := startFake(t, opts...)
	release := make(chan struct{})
	var holding atomic.Int32
	_, seen := openDiscord(t, fake, bot.Router{Coach: coachFunc(func(ctx context.Context, ev coach.Event) ([]coach.Message, error) {
		if ev.Command == "crisis" {
			return []coach.Message{{Text: "people you can talk to now", Crisis: true}}, nil
		}
		holding.Add(1)
		<-release
		return []coach.Message{{Text: "help"}}, nil
	})})
	for i := range busy {
		fake.InjectInteraction(fakediscord.Interaction{UserID: fmt.Sprintf("4200000000000000%02d", i), Command: "help"})
	}
	eventually(t, "every worker held", func() bool { return int(holding.Load()) == busy })
	rs := do(t, fake, seen, fakediscord.Interaction{UserID: fmt.Sprintf("4200000000000000%02d", busy), Command: "crisis"})
	close(release)
	contains(t, allText(shown(rs)), "people you can talk to now")
}
