package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/langtest"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

// TestDiscordGermanTherapist: a therapist whose Discord client is German
// registers in the clinic's server with no language option; an English
// patient shares with alerts and later writes a crisis. The registration,
// the invite code, the alert and Monday's digest, which reach her by DM
// with no interaction to carry a locale, are all German.
func TestDiscordGermanTherapist(t *testing.T) {
	t.Parallel()
	const weber, ben = "200000000000000060", "200000000000000061"
	users := []fakediscord.User{{ID: weber, Username: "weber", GlobalName: "Dr Weber"}, {ID: ben, Username: "ben", GlobalName: "Ben"}}
	fake := startFake(t, fakediscord.WithUser(users[0]), fakediscord.WithUser(users[1]), fakediscord.WithGuild(fakediscord.Guild{ID: clinic, Name: "Clinic",
		Roles: []fakediscord.Role{{ID: therapistRl, Name: "Therapist"}}, Channels: []fakediscord.Channel{{ID: staff, Name: "staff"}},
		Members: []fakediscord.Member{{User: users[0], Roles: []string{therapistRl}}, {User: users[1]}}}))
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0)
	c := coach.New(store, store, clock, nil, coach.Config{TherapistGuilds: []string{clinic}})
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: bot.Deliverer{Coach: c, Sender: dc}.Handle}
	de := lang.For("de")
	allowed := []string{"Dr Weber", "Ben", "Europe/London", "UTC"}

	rs := h.do(fakediscord.Interaction{UserID: weber, GuildID: clinic, ChannelID: staff, Locale: "de", Command: "therapist",
		Options: []fakediscord.CommandOption{{Name: "register", Type: int(discordgo.ApplicationCommandOptionSubCommand)}}})
	reg := allText(shown(rs))
	code := codePattern.FindString(reg)
	contains(t, reg, "Sie sind registriert. Ihr Wochenbericht kommt jeden Montag um 09:00 Uhr")
	if english := langtest.English(reg, "de", append(allowed, code)...); len(english) > 0 {
		t.Errorf("English in the German registration: %q", english)
	}

	h.onboardAs(ben, "Ben")
	offer := shown(h.do(fakediscord.Interaction{UserID: ben, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}}))[0]
	offer = shown(h.do(fakediscord.Interaction{UserID: ben, CustomID: button(t, offer, "Turn crisis alerts on")}))[0]
	contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: ben, CustomID: button(t, offer, "Share")}))), "you're sharing with Dr Weber")

	clock.Set(time.Date(2026, 3, 5, 15, 0, 0, 0, time.UTC))
	before := len(fake.Messages(fake.DMChannel(weber)))
	h.do(fakediscord.Interaction{UserID: ben, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 10}, {Name: "activity", Value: "i want to die"}}})
	clock.Set(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)) // Monday: the digest too
	if _, err := sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	dms := fake.Messages(fake.DMChannel(weber))[before:]
	got := everything(dms)
	for _, want := range []string{de.T("alert.title"), "Aftercare hat Ben um 15:00 Uhr am Donnerstag, 5. März", de.T("digest.title"), "⚑ Krisenmarkierung diese Woche"} {
		contains(t, got, want)
	}
	if english := langtest.English(got, "de", allowed...); len(english) > 0 {
		t.Errorf("English in what the German therapist received by DM: %q\n%s", english, got)
	}
}

// TestDiscordFrenchGroup: an admin whose client is English sets a group up
// with the language option in French (the option the fake validated at
// registration); the post, its buttons and the closed post in the channel
// are French, while a member's own acknowledgement is in their language.
func TestDiscordFrenchGroup(t *testing.T) {
	t.Parallel()
	g := newGroupFixture(t, 3)
	fake, clock := g.fake, g.h.clock
	fr := lang.For("fr")
	rs := g.in(adminID, groupSub("setup", fakediscord.CommandOption{Name: "time", Value: "12:00"}, fakediscord.CommandOption{Name: "zone", Value: "Europe/London"},
		fakediscord.CommandOption{Name: "k", Value: 3}, fakediscord.CommandOption{Name: "language", Value: "fr"}))
	contains(t, allText(shown(rs)), "C'est fait. Je publierai ici un check-in de groupe chaque jour à 12:00")

	noon := t0.Add(3 * time.Hour)
	clock.Set(noon)
	if _, err := g.sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	post := lastWithButtons(t, fake, groupChannel)
	contains(t, text(post), fr.T("group.post_title"))
	for i := range 3 {
		in := fakediscord.Interaction{CustomID: button(t, post, fr.T("checkin.mood.level"+[]string{"2", "3", "4"}[i])), MessageID: post.ID}
		if i == 2 {
			in.Locale = "de"
		}
		ack := allText(shown(g.in(member(i), in)))
		want := map[bool]string{false: "Counted", true: "Gezählt"}[i == 2]
		contains(t, ack, want)
	}
	clock.Set(noon.Add(6 * time.Hour))
	if _, err := g.sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	closed, _ := fake.Message(post.ID)
	contains(t, text(closed), "3 personnes ont répondu. Humeurs : Très basse 0 · Basse 1 · Moyenne 1 · Bonne 1 · Très bonne 0.")
	var channel []fakediscord.Message
	for _, m := range fake.Messages(groupChannel) {
		if !m.Ephemeral() { // a member's own acknowledgement is theirs alone
			channel = append(channel, m)
		}
	}
	channel = append(channel, closed)
	if english := langtest.English(everything(channel), "fr", "Europe/London"); len(english) > 0 {
		t.Errorf("English in the French group's channel: %q", english)
	}
	if len(channel) < 2 || strings.Contains(everything(channel), "Zed") {
		t.Errorf("channel = %d public messages, or a member's name in them:\n%s", len(channel), everything(channel))
	}
}
