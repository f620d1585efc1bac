package discord_test

import (
	"context"
	"testing"
	"time"

	"github.com/aftercare/aftercare/internal/fakediscord"
)

// carol shares no server with the bot: she installed it to her account.
const carol = "200000000000000003"

// viaCarol sends an interaction as carol, through her own install.
func viaCarol(in fakediscord.Interaction) fakediscord.Interaction {
	in.UserID, in.Install = carol, fakediscord.ViaUser
	return in
}

// startThroughInstall takes carol through /start through her install, each
// interaction sent by via: consent, her zone and time given with the
// command, a movement level.
func startThroughInstall(t *testing.T, h *harness, via func(fakediscord.Interaction) fakediscord.Interaction) {
	t.Helper()
	rs := h.do(via(fakediscord.Interaction{Command: "start", Options: []fakediscord.CommandOption{
		{Name: "zone", Value: "Europe/London"}, {Name: "time", Value: "20:00"},
	}}))
	rs = h.do(via(fakediscord.Interaction{CustomID: button(t, *rs[0].Message, "I agree")}))
	ms := shown(rs)
	h.do(via(fakediscord.Interaction{CustomID: button(t, ms[len(ms)-1], "Light to moderate")}))
}

// TestDiscordUserInstall plays a person who added the app to her own
// account (no server): /start and /session in her DM with the bot, a
// check-in by DM answered with its buttons; then her DMs close, the
// check-in cannot be sent, and the next command she uses in a private
// channel tells her, privately, how to fix it; once DMs open again the
// next check-in arrives.
func TestDiscordUserInstall(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	dm := h.fake.DMChannel(carol)
	startThroughInstall(t, h, viaCarol)
	contains(t, allText(shown(h.do(viaCarol(fakediscord.Interaction{Command: "session"})))), "Session logged")

	sched := h.scheduler()
	h.clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	if n, err := sched.RunDue(context.Background()); err != nil || n != 1 {
		t.Fatalf("RunDue = %d, %v; want the check-in", n, err)
	}
	checkIn := lastWithButtons(t, h.fake, dm)
	contains(t, text(checkIn), "Your check-in")
	h.do(viaCarol(fakediscord.Interaction{CustomID: button(t, checkIn, "Nausea: a little")}))
	contains(t, text(lastWithButtons(t, h.fake, dm)), "And the others?")

	// Her other commands work through her install too, within the five
	// follow-ups Discord allows it (the fake counts them).
	for _, in := range []fakediscord.Interaction{
		{Command: "summary"}, {Command: "export"}, {Command: "help"}, {Command: "settings"},
		{Command: "crisis", PrivateChannel: true}, {Command: "summary", PrivateChannel: true},
	} {
		if ms := shown(h.do(viaCarol(in))); len(ms) == 0 {
			t.Errorf("/%s showed nothing", in.Command)
		}
	}

	// Her DMs close: Tuesday's messages cannot go, and are not retried.
	h.fake.SetDMsClosed(carol, true)
	h.clock.Set(time.Date(2026, 3, 3, 21, 0, 0, 0, time.UTC))
	if _, err := sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if p, err := h.store.Person(context.Background(), carol); err != nil || !p.Unreachable {
		t.Fatalf("after a closed DM: %+v, %v; want her marked unreachable", p, err)
	}

	// She uses /plan in a DM with a friend: told privately, the flag cleared.
	rs := h.do(viaCarol(fakediscord.Interaction{Command: "plan", PrivateChannel: true}))
	for _, m := range shown(rs) {
		if !m.Ephemeral() {
			t.Errorf("a reply in a private channel was public: %q", text(m))
		}
	}
	contains(t, allText(shown(rs)), "I couldn't send you direct messages")
	contains(t, allText(shown(rs)), "Content & Social")
	if p, err := h.store.Person(context.Background(), carol); err != nil || p.Unreachable {
		t.Fatalf("after telling her: %+v, %v; want the flag cleared", p, err)
	}

	// With DMs open again, Wednesday's check-in arrives.
	h.fake.SetDMsClosed(carol, false)
	before := len(h.fake.Messages(dm))
	h.clock.Set(time.Date(2026, 3, 4, 20, 0, 0, 0, time.UTC))
	if _, err := sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	ms := h.fake.Messages(dm)[before:]
	if len(ms) == 0 {
		t.Fatal("nothing sent on Wednesday")
	}
	contains(t, allText(ms), "Your check-in")
}

// TestDiscordDMCannotBeOpened: when Discord refuses even to open the DM
// (400 50007, before any message), the check-in is not retried, the
// person is marked, told at their next command, and the mark cleared.
func TestDiscordDMCannotBeOpened(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	const groupDM = "300000000000000077" // a group DM with friends, which the bot is not in
	via := func(in fakediscord.Interaction) fakediscord.Interaction {
		in.UserID, in.Install, in.PrivateChannel, in.ChannelID = carol, fakediscord.ViaUser, true, groupDM
		return in
	}
	// Onboarded in a private channel: the bot never learns her DM channel.
	startThroughInstall(t, h, via)
	h.do(via(fakediscord.Interaction{Command: "session"}))

	h.fake.SetDMOpenRefused(carol, true)
	h.clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	if n, err := h.scheduler().RunDue(context.Background()); err != nil || n != 1 {
		t.Fatalf("RunDue = %d, %v; want the check-in finished, not retried", n, err)
	}
	if got := h.fake.CountRequests("POST /api/v9/users/@me/channels"); got != 1 {
		t.Errorf("%d attempts to open her DM, want 1", got)
	}
	if p, err := h.store.Person(context.Background(), carol); err != nil || !p.Unreachable {
		t.Fatalf("after a refused DM: %+v, %v; want her marked unreachable", p, err)
	}
	rs := h.do(via(fakediscord.Interaction{Command: "help"}))
	contains(t, allText(shown(rs)), "I couldn't send you direct messages")
	if p, err := h.store.Person(context.Background(), carol); err != nil || p.Unreachable {
		t.Fatalf("after telling her: %+v, %v; want the flag cleared", p, err)
	}
}
