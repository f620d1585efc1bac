package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

const (
	rivera      = "200000000000000050"
	clinic      = "300000000000000080"
	staff       = "300000000000000081"
	therapistRl = "300000000000000090"
	adminRl     = "300000000000000091"
	clinicAdmin = "200000000000000059"
)

var patients = []struct{ id, name, flags string }{
	{"200000000000000051", "Ana", "n"}, // notes shared
	{"200000000000000052", "Ben", "a"}, // crisis alerts
	{"200000000000000053", "Cleo", ""},
	{"200000000000000054", "Dev", "-"}, // never shares
}

// clinicFake is a server with a therapist, an admin and four patients.
func clinicFake(t *testing.T) *fakediscord.Server {
	members := []fakediscord.Member{
		{User: fakediscord.User{ID: rivera, Username: "rivera", GlobalName: "Dr Rivera"}},
		{User: fakediscord.User{ID: clinicAdmin, Username: "admin"}, Roles: []string{adminRl}},
	}
	opts := []fakediscord.Option{
		fakediscord.WithUser(fakediscord.User{ID: rivera, Username: "rivera", GlobalName: "Dr Rivera"}),
		fakediscord.WithUser(fakediscord.User{ID: clinicAdmin, Username: "admin"}),
	}
	for _, p := range patients {
		u := fakediscord.User{ID: p.id, Username: strings.ToLower(p.name), GlobalName: p.name}
		opts = append(opts, fakediscord.WithUser(u))
		members = append(members, fakediscord.Member{User: u})
	}
	return startFake(t, append(opts, fakediscord.WithGuild(fakediscord.Guild{ID: clinic, Name: "Clinic",
		Roles:    []fakediscord.Role{{ID: therapistRl, Name: "Therapist"}, {ID: adminRl, Name: "Admin", Permissions: manageServer}},
		Channels: []fakediscord.Channel{{ID: staff, Name: "staff"}}, Members: members}))...)
}

// TestDiscordTherapistJourney: an admin adds a therapist; three patients
// share by code (one never does); a week of data; the digest's content is
// exact and shows only what each allowed; a patient revokes mid-week and
// disappears from it; a crisis brings an alert by DM, without the words.
func TestDiscordTherapistJourney(t *testing.T) {
	t.Parallel()
	fake := clinicFake(t)
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0)
	c := coach.New(store, store, clock, nil, coach.Config{TherapistGuilds: []string{clinic}})
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	ctx := context.Background()

	// A patient cannot add a therapist; the admin can.
	rs := h.do(fakediscord.Interaction{UserID: patients[0].id, GuildID: clinic, ChannelID: staff, Command: "therapist",
		Options: []fakediscord.CommandOption{{Name: "add", Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: []fakediscord.CommandOption{{Name: "user", Type: int(discordgo.ApplicationCommandOptionUser), Value: rivera}}}}})
	contains(t, allText(shown(rs)), "for server admins")
	rs = h.do(fakediscord.Interaction{UserID: clinicAdmin, GuildID: clinic, ChannelID: staff, Command: "therapist",
		Options: []fakediscord.CommandOption{{Name: "add", Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: []fakediscord.CommandOption{{Name: "user", Type: int(discordgo.ApplicationCommandOptionUser), Value: rivera}}}}})
	contains(t, allText(shown(rs)), "Dr Rivera is registered as a therapist, vouched for by this server.")
	rs = h.do(fakediscord.Interaction{UserID: rivera, Command: "therapist", Options: []fakediscord.CommandOption{{Name: "code", Type: int(discordgo.ApplicationCommandOptionSubCommand)}}})
	code := codePattern.FindString(allText(shown(rs)))

	for _, p := range patients {
		h.onboardAs(p.id, p.name)
		for i := range 8 { // Mon 2 .. Mon 9 March
			fields := map[string]string{"mood": "4", "anxiety": "2", "minutes": "20", "note": "words of " + p.name, "sent": "2026-03-02T20:00:00Z"}
			if err := store.SaveFields(ctx, p.id, localtime.Day("2026-03-02").AddDays(i), fields); err != nil {
				t.Fatal(err)
			}
		}
		if p.flags == "-" {
			continue
		}
		rs := h.do(fakediscord.Interaction{UserID: p.id, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}})
		offer := shown(rs)[0]
		for _, f := range p.flags {
			label := map[rune]string{'a': "Turn crisis alerts on", 'n': "Share my notes too"}[f]
			offer = shown(h.do(fakediscord.Interaction{UserID: p.id, CustomID: button(t, offer, label)}))[0]
		}
		contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: p.id, CustomID: button(t, offer, "Share")}))), "you're sharing with Dr Rivera")
	}

	// Thursday: a crisis from Ben, who allowed alerts, and Cleo's revocation.
	clock.Set(time.Date(2026, 3, 5, 15, 0, 0, 0, time.UTC))
	before := len(fake.Messages(fake.DMChannel(rivera)))
	h.do(fakediscord.Interaction{UserID: patients[1].id, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 10}, {Name: "activity", Value: "i want to die"}}})
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: bot.Deliverer{Coach: c, Sender: dc}.Handle}
	if _, err := sched.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	alert := fake.Messages(fake.DMChannel(rivera))[before:]
	if len(alert) != 1 {
		t.Fatalf("new therapist DMs = %d, want the one alert", len(alert))
	}
	contains(t, text(alert[0]), "Aftercare sent Ben its crisis reply at 15:00 on Thursday 5 March")
	if strings.Contains(text(alert[0]), "die") {
		t.Errorf("the alert carries the patient's words: %q", text(alert[0]))
	}
	rs = h.do(fakediscord.Interaction{UserID: patients[2].id, Command: "share"})
	h.do(fakediscord.Interaction{UserID: patients[2].id, CustomID: button(t, shown(rs)[0], "Stop sharing with Dr Rivera")})

	clock.Set(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)) // Monday: the weekly digest
	if _, err := sched.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := fake.Messages(fake.DMChannel(rivera))
	digest := text(msgs[len(msgs)-1])
	want := []string{
		// Each row is the patient's own week, Mon 2 – Sun 8 March: the week before holds no answers, so there is nothing to compare with.
		"Ben — check-ins 7 of 7 · mood 4.0 · anxiety 2.0 · 140 min moved ⚑ crisis flag this week",
		"Ana — check-ins 7 of 7 · mood 4.0 · anxiety 2.0 · 140 min moved",
	}
	var got []string
	for _, l := range strings.Split(digest, "\n") {
		if strings.Contains(l, " — check-ins") {
			got = append(got, strings.TrimSpace(l))
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("digest rows:\n%s\nwant:\n%s\n--- digest ---\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), digest)
	}
	for _, leak := range []string{"Cleo", "Dev", "words of Ben", "words of Cleo", "words of Dev", "die"} {
		if strings.Contains(digest, leak) {
			t.Errorf("the digest shows %q", leak)
		}
	}
	contains(t, digest, "note Tuesday 3 March: words of Ana") // Ana shares her notes
}

// addRivera has the clinic's admin add Dr Rivera as a therapist, and
// returns the invite code she gives.
func (h *harness) addRivera() string {
	h.t.Helper()
	sub := func(name string, opts ...fakediscord.CommandOption) []fakediscord.CommandOption {
		return []fakediscord.CommandOption{{Name: name, Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: opts}}
	}
	h.do(fakediscord.Interaction{UserID: clinicAdmin, GuildID: clinic, ChannelID: staff, Command: "therapist",
		Options: sub("add", fakediscord.CommandOption{Name: "user", Type: int(discordgo.ApplicationCommandOptionUser), Value: rivera})})
	return codePattern.FindString(allText(shown(h.do(fakediscord.Interaction{UserID: rivera, Command: "therapist", Options: sub("code")}))))
}

// shareWithRivera sets a patient up and shares with Dr Rivera by her code,
// crisis alerts on when alerts is set.
func (h *harness) shareWithRivera(id, name, code string, alerts bool) {
	h.t.Helper()
	h.onboardAs(id, name)
	offer := shown(h.do(fakediscord.Interaction{UserID: id, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}}))[0]
	if alerts {
		offer = shown(h.do(fakediscord.Interaction{UserID: id, CustomID: button(h.t, offer, "Turn crisis alerts on")}))[0]
	}
	contains(h.t, allText(shown(h.do(fakediscord.Interaction{UserID: id, CustomID: button(h.t, offer, "Share")}))), "you're sharing with Dr Rivera")
}

// newClinicHarness is a harness on the clinic's server, whose server
// vouches for its therapists.
func newClinicHarness(t *testing.T) *harness {
	t.Helper()
	fake := clinicFake(t)
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0)
	c := coach.New(store, store, clock, nil, coach.Config{TherapistGuilds: []string{clinic}})
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	return &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
}
