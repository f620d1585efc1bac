package bot_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

const (
	rivera      = "200000000000000050"
	therapistRl = "300000000000000090"
)

// TestDiscordTherapistJourney: a therapist with the server role registers
// privately in the server, a patient shares by code in a DM, the
// therapist's digest shows the patient, and a crisis brings an alert by DM
// without the patient's words.
func TestDiscordTherapistJourney(t *testing.T) {
	t.Parallel()
	fake := startFake(t,
		fakediscord.WithUser(fakediscord.User{ID: rivera, Username: "rivera", GlobalName: "Dr Rivera"}),
		fakediscord.WithGuild(fakediscord.Guild{ID: "300000000000000080", Name: "Clinic",
			Roles:    []fakediscord.Role{{ID: therapistRl, Name: "Therapist"}},
			Channels: []fakediscord.Channel{{ID: "300000000000000081", Name: "staff"}},
			Members: []fakediscord.Member{
				{User: fakediscord.User{ID: rivera, Username: "rivera", GlobalName: "Dr Rivera"}, Roles: []string{therapistRl}},
				{User: fakediscord.User{ID: alice, Username: "alice", GlobalName: "Alice"}},
			}}))
	store := redistest.Open(t)
	clock := scheduler.NewFakeClock(t0)
	c := coach.New(store, store, clock, nil)
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	h.onboard()

	// Alice has no therapist role: refused, privately.
	rs := h.do(fakediscord.Interaction{UserID: alice, GuildID: "300000000000000080", ChannelID: "300000000000000081", Command: "therapist",
		Options: []fakediscord.CommandOption{{Name: "register", Type: 1}}})
	contains(t, allText(shown(rs)), `needs the "Therapist" role`)

	rs = h.do(fakediscord.Interaction{UserID: rivera, GuildID: "300000000000000080", ChannelID: "300000000000000081", Command: "therapist",
		Options: []fakediscord.CommandOption{{Name: "register", Type: 1}}})
	reg := shown(rs)
	contains(t, allText(reg), "You're registered.")
	for _, m := range reg {
		if !m.Ephemeral() {
			t.Errorf("the invite code was shown publicly in the server: %q", text(m))
		}
	}
	code := regexp.MustCompile(`[A-Z2-9]{4}-[A-Z2-9]{4}`).FindString(allText(reg))

	rs = h.do(fakediscord.Interaction{UserID: alice, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}})
	offer := shown(rs)[0]
	contains(t, text(offer), "Dr Rivera would see")
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, offer, "Turn crisis alerts on")})
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, shown(rs)[0], "Share")})
	contains(t, allText(shown(rs)), "you're sharing with Dr Rivera")

	rs = h.do(fakediscord.Interaction{UserID: rivera, Command: "therapist", Options: []fakediscord.CommandOption{{Name: "digest", Type: 1}}})
	contains(t, allText(shown(rs)), "Alice — check-ins 0 of 0")

	before := len(fake.Messages(fake.DMChannel(rivera)))
	h.do(fakediscord.Interaction{UserID: alice, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 10}, {Name: "activity", Value: "kill myself"}}})
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: bot.Deliverer{Coach: c, Sender: dc}.Handle}
	if _, err := sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	alert := fake.Messages(fake.DMChannel(rivera))[before:]
	if len(alert) != 1 {
		t.Fatalf("new therapist DMs = %d, want the one alert", len(alert))
	}
	contains(t, text(alert[0]), "Alice reached out in a crisis")
	if strings.Contains(text(alert[0]), "kill") {
		t.Errorf("the alert carries the patient's words: %q", text(alert[0]))
	}
}
