package discord_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// codePattern finds an invite code in a reply.
var codePattern = regexp.MustCompile(`[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}`)

// Discord's permission bits, as a server's roles carry them.
const (
	manageChannels = int64(discordgo.PermissionManageChannels)
	manageServer   = int64(discordgo.PermissionManageGuild)
)

// The people and places of the vouching tests: a clinic's server that the
// deployment trusts, and a server an impostor made for themselves.
const (
	impostor     = "200000000000000070"
	moderator    = "200000000000000071"
	clinicAdmin2 = "200000000000000072"
	lowerCase    = "200000000000000073"
	therapist2   = "200000000000000074"
	patientAna   = "200000000000000075"
	ownServer    = "300000000000000070"
	ownChannel   = "300000000000000071"
	vouched      = "300000000000000072"
	vouchedRoom  = "300000000000000073"
	therapistRl2 = "300000000000000074"
	lowerRl      = "300000000000000075"
	modRl        = "300000000000000076"
	adminRl2     = "300000000000000077"
	ownTherRl    = "300000000000000078"
	ownLowerRl   = "300000000000000079"
)

// vouchFake is a fake Discord with the clinic's server (vouched) and the
// impostor's own server, where the impostor is owner and holds roles named
// "Therapist" and "therapist".
func vouchFake(t *testing.T) *fakediscord.Server {
	users := map[string]string{impostor: "Dr Impostor", moderator: "Mod", clinicAdmin2: "Admin", lowerCase: "Lee", therapist2: "Dr Okafor", patientAna: "Ana"}
	var opts []fakediscord.Option
	var clinicMembers []fakediscord.Member
	roles := map[string][]string{moderator: {modRl}, clinicAdmin2: {adminRl2}, lowerCase: {lowerRl}, therapist2: {therapistRl2}}
	for id, name := range users {
		u := fakediscord.User{ID: id, Username: name, GlobalName: name}
		opts = append(opts, fakediscord.WithUser(u))
		clinicMembers = append(clinicMembers, fakediscord.Member{User: u, Roles: roles[id]})
	}
	return startFake(t, append(opts,
		fakediscord.WithGuild(fakediscord.Guild{ID: vouched, Name: "Bright Clinic",
			Roles: []fakediscord.Role{{ID: therapistRl2, Name: "Therapist"}, {ID: lowerRl, Name: "therapist"},
				{ID: modRl, Name: "Moderator", Permissions: manageChannels}, {ID: adminRl2, Name: "Admin", Permissions: manageServer}},
			Channels: []fakediscord.Channel{{ID: vouchedRoom, Name: "staff"}}, Members: clinicMembers}),
		fakediscord.WithGuild(fakediscord.Guild{ID: ownServer, Name: "Totally A Clinic", OwnerID: impostor,
			Roles:    []fakediscord.Role{{ID: ownTherRl, Name: "Therapist"}, {ID: ownLowerRl, Name: "therapist"}},
			Channels: []fakediscord.Channel{{ID: ownChannel, Name: "general"}},
			Members:  []fakediscord.Member{{User: fakediscord.User{ID: impostor, Username: "Dr Impostor", GlobalName: "Dr Impostor"}, Roles: []string{ownTherRl, ownLowerRl}}}}),
	)...)
}

func vouchHarness(t *testing.T) *harness {
	t.Helper()
	fake := vouchFake(t)
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0)
	c := coach.New(store, store, clock, nil, coach.Config{TherapistGuilds: []string{vouched}})
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	return &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
}

func therapistCmd(user, guild, channel, sub string, opts ...fakediscord.CommandOption) fakediscord.Interaction {
	return fakediscord.Interaction{UserID: user, GuildID: guild, ChannelID: channel, Command: "therapist",
		Options: []fakediscord.CommandOption{{Name: sub, Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: opts}}}
}

func userOpt(name, id string) fakediscord.CommandOption {
	return fakediscord.CommandOption{Name: name, Type: int(discordgo.ApplicationCommandOptionUser), Value: id}
}

// registered reports whether the store holds a therapist registration.
func (h *harness) registered(id string) bool {
	h.t.Helper()
	_, err := h.store.Therapist(context.Background(), id)
	return err == nil
}

// TestImpostorCannotRegister: a server of one's own with roles named
// "Therapist" and "therapist", owned (so every permission), is not a
// server the deployment trusts: neither /therapist register nor /therapist
// add @self registers anyone there.
func TestImpostorCannotRegister(t *testing.T) {
	t.Parallel()
	h := vouchHarness(t)
	rs := h.do(therapistCmd(impostor, ownServer, ownChannel, "register"))
	contains(t, allText(shown(rs)), "Therapists can't register in this server")
	rs = h.do(therapistCmd(impostor, ownServer, ownChannel, "add", userOpt("user", impostor)))
	contains(t, allText(shown(rs)), "Therapists can't register in this server")
	if h.registered(impostor) {
		t.Fatal("the impostor is registered as a therapist")
	}
	// In a DM, nothing either.
	rs = h.do(therapistCmd(impostor, "", "", "register"))
	contains(t, allText(shown(rs)), "not in a direct message")
	if h.registered(impostor) {
		t.Fatal("the impostor registered from a DM")
	}
}

// TestExactRoleInAVouchedServer: in the clinic's server, "therapist" in
// lower case is not the role; "Therapist" is.
func TestExactRoleInAVouchedServer(t *testing.T) {
	t.Parallel()
	h := vouchHarness(t)
	rs := h.do(therapistCmd(lowerCase, vouched, vouchedRoom, "register"))
	contains(t, allText(shown(rs)), `needs the "Therapist" role`)
	if h.registered(lowerCase) {
		t.Fatal("a member with the role \"therapist\" registered")
	}
	rs = h.do(therapistCmd(therapist2, vouched, vouchedRoom, "register"))
	contains(t, allText(shown(rs)), "You're registered.")
	if codePattern.FindString(allText(shown(rs))) == "" {
		t.Errorf("no invite code in %q", allText(shown(rs)))
	}
	tr, err := h.store.Therapist(context.Background(), therapist2)
	if err != nil || tr.VouchedBy == nil || *tr.VouchedBy != (coach.Vouch{Guild: vouched, Name: "Bright Clinic"}) {
		t.Errorf("registration = %+v, %v; want vouched for by Bright Clinic", tr, err)
	}
}

// TestAddNeedsManageServer: a moderator who may manage channels, not the
// server, cannot add a therapist, whatever Discord's defaults let them
// run; an admin with Manage Server can.
func TestAddNeedsManageServer(t *testing.T) {
	t.Parallel()
	h := vouchHarness(t)
	rs := h.do(therapistCmd(moderator, vouched, vouchedRoom, "add", userOpt("user", lowerCase)))
	contains(t, allText(shown(rs)), "needs the Manage Server permission")
	if h.registered(lowerCase) {
		t.Fatal("a channel manager added a therapist")
	}
	rs = h.do(therapistCmd(clinicAdmin2, vouched, vouchedRoom, "add", userOpt("user", lowerCase)))
	contains(t, allText(shown(rs)), "Lee is registered as a therapist, vouched for by this server.")
	if !h.registered(lowerCase) {
		t.Fatal("the admin's add registered no one")
	}
}

// TestShareOfferNamesTheServer: the patient's preview names the therapist
// and the server that vouched, by the name Discord gives it.
func TestShareOfferNamesTheServer(t *testing.T) {
	t.Parallel()
	h := vouchHarness(t)
	code := codePattern.FindString(allText(shown(h.do(therapistCmd(therapist2, vouched, vouchedRoom, "register")))))
	h.onboardAs(patientAna, "Ana")
	offer := allText(shown(h.do(fakediscord.Interaction{UserID: patientAna, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}})))
	contains(t, offer, "Share with Dr Okafor?")
	contains(t, offer, "Dr Okafor is a therapist, vouched for by the server “Bright Clinic”")
}

// TestCodeGuessingStopsAcrossReplicas: a patient's wrong codes are counted
// in Redis, so two replicas (each its own fake Discord, coach and Redis
// client, on one Redis) share the count: after five wrong codes, spread
// over both, even the right code waits.
func TestCodeGuessingStopsAcrossReplicas(t *testing.T) {
	t.Parallel()
	url, prefix := redistest.URL(t), redistest.Prefix(t)
	clock := localtime.NewFakeClock(t0)
	type replica struct {
		fake *fakediscord.Server
		seen *observed
		c    *coach.Coach
	}
	var rs []replica
	for range 2 {
		store, err := storage.Open(context.Background(), url, storage.Options{Prefix: prefix, Attempts: 1})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		fake := vouchFake(t)
		c := coach.New(store, store, clock, nil, coach.Config{TherapistGuilds: []string{vouched}})
		_, seen := openDiscord(t, fake, bot.Router{Coach: c})
		rs = append(rs, replica{fake, seen, c})
	}
	reply := allText(shown(do(t, rs[0].fake, rs[0].seen, therapistCmd(therapist2, vouched, vouchedRoom, "register"))))
	code := codePattern.FindString(reply)
	(&harness{t: t, coach: rs[1].c}).onboardAs(patientAna, "Ana")
	share := func(r replica, code string) string {
		return allText(shown(do(t, r.fake, r.seen, fakediscord.Interaction{UserID: patientAna, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}})))
	}
	for i := range 5 {
		contains(t, share(rs[i%2], fmt.Sprintf("ZZZZ-ZZZZ-ZZZ%d", i)), "I don't recognise that code")
	}
	for _, r := range rs {
		got := share(r, code)
		contains(t, got, "You can try again at 10:00 today")
		if codePattern.MatchString(got) || regexp.MustCompile(`Share with`).MatchString(got) {
			t.Errorf("the right code was looked up during the wait: %q", got)
		}
	}
	clock.Set(t0.Add(60 * 60e9)) // 10:00: the first wrong code is an hour old
	contains(t, share(rs[1], code), "Share with Dr Okafor?")
}
