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
	"github.com/aftercare/aftercare/web"
)

// TestDiscordLinkOnlyAlert: with DIGEST_LINK_ONLY, a crisis alert DM says
// an alert came in and links to the page, naming no patient and carrying
// no source or words; the page names the patient and the source, and
// shows nothing once the patient revokes. Without the setting the alert
// is unchanged (TestDiscordTherapistJourney).
func TestDiscordLinkOnlyAlert(t *testing.T) {
	t.Parallel()
	fake := clinicFake(t)
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(time.Date(2026, 3, 5, 15, 0, 0, 0, time.UTC))
	signer := web.NewSigner([]byte("alert-test-secret-0123456789abcdef"), clock.Now)
	c := coach.New(store, store, clock, nil, coach.Config{TherapistGuilds: []string{clinic},
		Links: web.Links{Base: "https://care.example", Signer: signer}, DigestLinkOnly: true})
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	ctx := context.Background()

	h.do(fakediscord.Interaction{UserID: clinicAdmin, GuildID: clinic, ChannelID: staff, Command: "therapist",
		Options: []fakediscord.CommandOption{{Name: "add", Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: []fakediscord.CommandOption{{Name: "user", Type: int(discordgo.ApplicationCommandOptionUser), Value: rivera}}}}})
	code := codePattern.FindString(allText(shown(h.do(fakediscord.Interaction{UserID: rivera, Command: "therapist", Options: []fakediscord.CommandOption{{Name: "code", Type: int(discordgo.ApplicationCommandOptionSubCommand)}}}))))
	ben := patients[1]
	h.onboardAs(ben.id, ben.name)
	offer := shown(h.do(fakediscord.Interaction{UserID: ben.id, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}}))[0]
	offer = shown(h.do(fakediscord.Interaction{UserID: ben.id, CustomID: button(t, offer, "Turn crisis alerts on")}))[0]
	h.do(fakediscord.Interaction{UserID: ben.id, CustomID: button(t, offer, "Share")})

	before := len(fake.Messages(fake.DMChannel(rivera)))
	h.do(fakediscord.Interaction{UserID: ben.id, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 10}, {Name: "activity", Value: "i want to die"}}})
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: bot.Deliverer{Coach: c, Sender: dc}.Handle}
	if _, err := sched.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	alert := fake.Messages(fake.DMChannel(rivera))[before:]
	if len(alert) != 1 {
		t.Fatalf("new therapist DMs = %d, want the one alert", len(alert))
	}
	got := text(alert[0])
	contains(t, got, "A crisis alert came in at 15:00 on Thursday 5 March")
	contains(t, got, "https://care.example/l/")
	for _, not := range []string{"Ben", "die", "screen", "Source", "safety question", "ASQ"} {
		if strings.Contains(got, not) {
			t.Errorf("the link-only alert carries %q: %q", not, got)
		}
	}

	page, err := c.TherapistPage(ctx, rivera)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Patients) != 1 || page.Patients[0].Name != "Ben" || len(page.Patients[0].Alerts) != 1 ||
		!strings.Contains(page.Patients[0].Alerts[0], "15:00 on Thursday 5 March") || !strings.Contains(page.Patients[0].Alerts[0], "a message they wrote") {
		t.Errorf("the page's patients = %+v, want Ben with the alert's time and source", page.Patients)
	}
	if strings.Contains(strings.Join(page.Patients[0].Alerts, " "), "die") {
		t.Error("the page carries the patient's words")
	}

	rs := h.do(fakediscord.Interaction{UserID: ben.id, Command: "share"})
	h.do(fakediscord.Interaction{UserID: ben.id, CustomID: button(t, shown(rs)[0], "Stop sharing with Dr Rivera")})
	if page, err := c.TherapistPage(ctx, rivera); err != nil || len(page.Patients) != 0 {
		t.Errorf("after revoking, the page = %+v, %v; want no patients", page, err)
	}
}
