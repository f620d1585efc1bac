package discord_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
)

const openDMRoute = "POST /api/v9/users/@me/channels"

// TestDMChannelsOutliveARestart: what an interaction shows of a person's
// DM channel is kept in Redis, so scheduled messages after a restart need
// no request to open a DM; people seen only in a server get theirs opened
// once, ahead of time; strangers and people who deleted their data get
// nothing opened and nothing kept.
func TestDMChannelsOutliveARestart(t *testing.T) {
	t.Parallel()
	const carol = "200000000000000003"
	fake := startFake(t, fakediscord.WithUser(fakediscord.User{ID: carol, Username: "carol"}))
	fake.AddMember(guildID, fakediscord.Member{User: fakediscord.User{ID: carol, Username: "carol"}})
	store := redistest.Open(t)
	c := coach.New(store, store, localtime.NewFakeClock(t0), nil)
	ctx := context.Background()
	for _, id := range []string{alice, bob} {
		p := coach.Person{ID: id, Name: "p", Zone: "Europe/London", Consented: t0, Status: coach.StatusActive,
			CheckInAt: localtime.LocalTime{Hour: 20, Set: true}}
		if err := store.SavePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	useStore := func(d *discord.Transport) { d.DMs = store }
	first, seen := openDiscord(t, fake, bot.Router{Coach: c}, useStore)

	// Alice writes in her DM: its channel is right there, nothing is opened.
	do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "help"})
	// Bob and Carol use a server channel: Bob has a plan, so his DM is
	// opened now; Carol has none, so nothing is opened for her.
	do(t, fake, seen, fakediscord.Interaction{UserID: bob, GuildID: guildID, ChannelID: generalID, Command: "help"})
	do(t, fake, seen, fakediscord.Interaction{UserID: carol, GuildID: guildID, ChannelID: generalID, Command: "help"})
	if n := fake.CountRequests(openDMRoute); n != 1 {
		t.Errorf("DMs opened after three interactions: %d, want 1 (Bob's)", n)
	}
	for _, c := range []struct{ id, want string }{{alice, fake.DMChannel(alice)}, {bob, fake.DMChannel(bob)}, {carol, ""}} {
		if got, _, err := store.DMChannel(ctx, c.id); err != nil || got != c.want {
			t.Errorf("kept DM channel of %s = %q, %v; want %q", c.id, got, err, c.want)
		}
	}

	// A restart: a new transport on the same store sends without opening.
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	restarted, seen := openDiscord(t, fake, bot.Router{Coach: c}, useStore)
	for _, id := range []string{alice, bob} {
		if err := restarted.Send(ctx, id, []coach.Message{{Text: "Time for a short check-in."}}); err != nil {
			t.Fatalf("send to %s: %v", id, err)
		}
		if ms := fake.Messages(fake.DMChannel(id)); len(ms) == 0 || !strings.Contains(text(ms[len(ms)-1]), "short check-in") {
			t.Errorf("%s's DM holds %d messages, the last not the check-in", id, len(ms))
		}
	}
	if n := fake.CountRequests(openDMRoute); n != 1 {
		t.Errorf("DMs opened after the restart's sends: %d, want still 1", n)
	}

	// Bob deletes his data: a later interaction keeps nothing of his.
	if err := store.Erase(ctx, bob); err != nil {
		t.Fatal(err)
	}
	do(t, fake, seen, fakediscord.Interaction{UserID: bob, GuildID: guildID, ChannelID: generalID, Command: "help"})
	for _, k := range redistest.Keys(t, store, store.Prefix()) {
		if strings.Contains(k, "{u:"+bob+"}") {
			t.Errorf("after Bob's erasure the store holds %s", k)
		}
	}
}

// TestReplicasShareOnePace: two transports (two replicas of the bot) on
// one Redis send a burst together through a fake Discord that answers 429
// above 10 requests a second. Each paces to 10 a second, so alone they
// would send 20; sharing the store's send slots, Discord refuses nothing.
func TestReplicasShareOnePace(t *testing.T) {
	t.Parallel()
	// Each replica paced to 7 a second alone would make 14 together, over
	// the limit of 10; shared, they stay under it with room for a late slot.
	const perReplica, perSecond, paced = 12, 10, 7
	var opts []fakediscord.Option
	for i := range 2 * perReplica {
		opts = append(opts, fakediscord.WithUser(fakediscord.User{ID: fmt.Sprintf("5000000000000000%02d", i), Username: "p"}))
	}
	fake := startFake(t, append(opts, fakediscord.WithGlobalRateLimit(perSecond))...)
	store := redistest.Open(t)
	quiet := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) { return nil, nil })}
	var replicas []*discord.Transport
	for range 2 {
		dc, _ := openDiscord(t, fake, quiet, func(d *discord.Transport) { d.Rate, d.Slots = paced, store })
		replicas = append(replicas, dc)
	}
	limited := fake.RateLimited()
	var wg sync.WaitGroup
	for r, dc := range replicas {
		for i := range perReplica {
			wg.Go(func() {
				id := fmt.Sprintf("5000000000000000%02d", r*perReplica+i)
				if err := dc.Send(context.Background(), id, []coach.Message{{Text: "Hi — time for a short check-in."}}); err != nil {
					t.Errorf("send to %s: %v", id, err)
				}
			})
		}
	}
	wg.Wait()
	if n := fake.RateLimited() - limited; n != 0 {
		t.Errorf("Discord answered 429 %d times to two replicas, want none", n)
	}
	for r, dc := range replicas {
		if n := dc.Stats.Requests.Load(); n < 2*perReplica {
			t.Errorf("replica %d made %d requests, want at least %d (a DM channel and a message each)", r, n, 2*perReplica)
		}
	}
}
