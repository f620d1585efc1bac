package discord_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/testlog"
)

// TestDiscordPacingKeepsUnderTheGlobalLimit sends a burst of DMs to many
// people at once through a fake Discord that answers 429 above 10 requests
// a second: paced to 7 a second, not one request is refused. (Unpaced,
// some of the 24 requests are refused; the margin below 10 is for a
// loaded machine, where a request given its slot late lands in the next
// second beside that second's own.)
func TestDiscordPacingKeepsUnderTheGlobalLimit(t *testing.T) {
	t.Parallel()
	const people, perSecond, paced = 12, 10, 7
	var opts []fakediscord.Option
	for i := range people {
		opts = append(opts, fakediscord.WithUser(fakediscord.User{ID: fmt.Sprintf("4000000000000000%02d", i), Username: "p"}))
	}
	fake := startFake(t, append(opts, fakediscord.WithGlobalRateLimit(perSecond))...)
	dc, _ := openDiscord(t, fake, bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) { return nil, nil })},
		func(d *discord.Transport) { d.Rate = paced })
	var wg sync.WaitGroup
	for i := range people {
		wg.Go(func() {
			id := fmt.Sprintf("4000000000000000%02d", i)
			if err := dc.Send(context.Background(), id, []coach.Message{{Text: "Hi — time for a short check-in."}}); err != nil {
				t.Errorf("send to %s: %v", id, err)
			}
		})
	}
	wg.Wait()
	if n := fake.RateLimited(); n != 0 {
		t.Errorf("Discord answered 429 %d times, want none", n)
	}
	if n := dc.Stats.RateLimited.Load(); n != 0 {
		t.Errorf("transport counted %d 429s, want none", n)
	}
	if n := dc.Stats.Requests.Load(); n < 2*people {
		t.Errorf("counted %d requests, want at least %d (a DM channel and a message each)", n, 2*people)
	}
}

// brokenSlots is a shared pace whose store cannot be reached.
type brokenSlots struct{}

func (brokenSlots) NextSendSlot(context.Context, time.Duration) (time.Duration, error) {
	return 0, errors.New("redis: connection refused")
}

// TestDiscordPacesAloneWhenTheSharedPaceFails: with Redis gone, sends go on
// at this process's own pace, still under the limit, and the outage is
// logged once, not once per request.
func TestDiscordPacesAloneWhenTheSharedPaceFails(t *testing.T) {
	t.Parallel()
	const people, perSecond = 12, 10
	var opts []fakediscord.Option
	for i := range people {
		opts = append(opts, fakediscord.WithUser(fakediscord.User{ID: fmt.Sprintf("4100000000000000%02d", i), Username: "p"}))
	}
	fake := startFake(t, append(opts, fakediscord.WithGlobalRateLimit(perSecond))...)
	logs := &testlog.Buffer{}
	dc, _ := openDiscord(t, fake, bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) { return nil, nil })},
		func(d *discord.Transport) {
			// Paced below the fake's limit, as the tests above: on a loaded
			// machine a send given its slot late lands beside the next
			// second's own.
			d.Rate, d.Slots = perSecond*7/10, brokenSlots{}
			d.Log = slog.New(slog.NewTextHandler(logs, nil))
		})
	var wg sync.WaitGroup
	for i := range people {
		wg.Go(func() {
			id := fmt.Sprintf("4100000000000000%02d", i)
			if err := dc.Send(context.Background(), id, []coach.Message{{Text: "Hi — time for a short check-in."}}); err != nil {
				t.Errorf("send to %s: %v", id, err)
			}
		})
	}
	wg.Wait()
	if n := fake.RateLimited(); n != 0 {
		t.Errorf("Discord answered 429 %d times, want none", n)
	}
	if n := strings.Count(logs.String(), "shared send pace unavailable"); n != 1 {
		t.Errorf("the outage was logged %d times, want once:\n%s", n, logs.String())
	}
}
