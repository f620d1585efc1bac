package discord_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/internal/testlog"
	"github.com/aftercare/aftercare/scheduler"
)

const (
	pia        = "200000000000000301"
	piaName    = "Pialuna"
	kaur       = "200000000000000302"
	lifeGuild  = "300000000000000301"
	lifeRoom   = "300000000000000302"
	lifeTherRl = "300000000000000303"
	lifeModRl  = "300000000000000304"
)

// TestDeleteLeavesNoTraceInRedis plays a life through the fake Discord:
// Pia starts, logs a session and answers a check-in; she shares with Dr
// Kaur (after one wrong code) and allows crisis alerts; she sets up a support group in a server
// channel, answers its check-in and joins its challenge; she writes of
// ending her life, and the alert to Dr Kaur fails until it is a dead
// letter. Then she deletes her data. Every key under the test's prefix is
// read back (SCAN, every field, member and value): none holds her id or
// her name, while Dr Kaur's record and the group are still there. The
// logs of the alert's failures name neither of them nor the day.
func TestDeleteLeavesNoTraceInRedis(t *testing.T) {
	t.Parallel()
	fake := startFake(t,
		fakediscord.WithUser(fakediscord.User{ID: pia, Username: "pia", GlobalName: piaName}),
		fakediscord.WithUser(fakediscord.User{ID: kaur, Username: "kaur", GlobalName: "Dr Kaur"}),
		fakediscord.WithGuild(fakediscord.Guild{ID: lifeGuild, Name: "Circle",
			Roles:    []fakediscord.Role{{ID: lifeTherRl, Name: "Therapist"}, {ID: lifeModRl, Name: "Moderator", Permissions: 16}},
			Channels: []fakediscord.Channel{{ID: lifeRoom, Name: "check-in"}},
			Members: []fakediscord.Member{
				{User: fakediscord.User{ID: pia, Username: "pia", GlobalName: piaName}, Roles: []string{lifeModRl}},
				{User: fakediscord.User{ID: kaur, Username: "kaur", GlobalName: "Dr Kaur"}, Roles: []string{lifeTherRl}},
			}}))
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0) // Monday 2 March, 09:00 in London
	logs := &testlog.Buffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c := coach.New(store, store, clock, log, coach.Config{TherapistGuilds: []string{lifeGuild}})
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c, Log: log}, func(d *discord.Transport) { d.Seen, d.DMs, d.Log = store, store, log })
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Log: log, MaxAttempts: 2,
		Handle: bot.Deliverer{Coach: c, Sender: dc, Log: log}.Handle}
	ctx := context.Background()
	runAt := func(hour, minute int) {
		t.Helper()
		clock.Set(time.Date(2026, 3, 2, hour, minute, 0, 0, time.UTC))
		if _, err := sched.RunDue(ctx); err != nil {
			t.Fatal(err)
		}
	}
	sub := func(name string, opts ...fakediscord.CommandOption) []fakediscord.CommandOption {
		return []fakediscord.CommandOption{{Name: name, Type: int(discordgo.ApplicationCommandOptionSubCommand), Options: opts}}
	}
	inRoom := func(user string, in fakediscord.Interaction) []fakediscord.InteractionResponse {
		in.UserID, in.GuildID, in.ChannelID = user, lifeGuild, lifeRoom
		return h.do(in)
	}

	// Onboarding, with her zone and time given to /start; a session.
	rs := h.do(fakediscord.Interaction{UserID: pia, Command: "start", Options: []fakediscord.CommandOption{{Name: "zone", Value: "Europe/London"}, {Name: "time", Value: "20:00"}}})
	rs = h.do(fakediscord.Interaction{UserID: pia, CustomID: button(t, *rs[0].Message, "I agree")})
	h.finishOnboarding(pia, rs, "20:00")
	contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: pia, Command: "session"}))), "Session logged")

	// Dr Kaur registers and gives her a code; she shares, alerts on.
	inRoom(kaur, fakediscord.Interaction{Command: "therapist", Options: sub("register")})
	code := codePattern.FindString(allText(shown(h.do(fakediscord.Interaction{UserID: kaur, Command: "therapist", Options: sub("code")}))))
	h.do(fakediscord.Interaction{UserID: pia, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: "AAAA-AAAA-AAAA"}}}) // a typo: counted
	offer := shown(h.do(fakediscord.Interaction{UserID: pia, Command: "share", Options: []fakediscord.CommandOption{{Name: "code", Value: code}}}))[0]
	offer = shown(h.do(fakediscord.Interaction{UserID: pia, CustomID: button(t, offer, "Turn crisis alerts on")}))[0]
	contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: pia, CustomID: button(t, offer, "Share")}))), "you're sharing with Dr Kaur")

	// She sets up a group in the server, starts its challenge and joins it.
	inRoom(pia, fakediscord.Interaction{Command: "group", Options: sub("setup", fakediscord.CommandOption{Name: "time", Value: "12:00"},
		fakediscord.CommandOption{Name: "zone", Value: "Europe/London"}, fakediscord.CommandOption{Name: "k", Value: 3})})
	challenge := shown(inRoom(pia, fakediscord.Interaction{Command: "group", Options: sub("challenge", fakediscord.CommandOption{Name: "minutes", Value: 300})}))[0]
	contains(t, allText(shown(inRoom(pia, fakediscord.Interaction{CustomID: button(t, challenge, "Count my minutes")}))), "")

	// Noon: the group's check-in, which she answers.
	runAt(12, 0)
	post := lastWithButtons(t, fake, lifeRoom)
	inRoom(pia, fakediscord.Interaction{CustomID: post.Components[0].Components[0].CustomID, MessageID: post.ID})

	// 20:00: her own check-in, answered; minutes logged.
	runAt(20, 0)
	checkIn := lastWithButtons(t, fake, fake.DMChannel(pia))
	h.do(fakediscord.Interaction{UserID: pia, CustomID: checkIn.Components[0].Components[0].CustomID, MessageID: checkIn.ID})
	h.do(fakediscord.Interaction{UserID: pia, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 20}}})

	// 20:30: crisis words in her DM. The alert to Dr Kaur fails, is
	// retried, fails again and becomes a dead letter.
	clock.Set(time.Date(2026, 3, 2, 20, 30, 0, 0, time.UTC))
	msg := fake.InjectMessage(fakediscord.UserMessage{UserID: pia, Content: "I want to end my life tonight"})
	seen.wait(t, msg)
	fake.FailNext(1, 500)
	runAt(20, 30)
	fake.FailNext(1, 500)
	runAt(20, 32)
	if dead, err := store.DeadLetters(ctx); err != nil || dead != 1 {
		t.Fatalf("dead letters = %d, %v; want the alert", dead, err)
	}
	alertLines := 0
	for _, line := range strings.Split(logs.String(), "\n") {
		if !strings.Contains(line, "kind=alert") {
			continue
		}
		alertLines++
		for _, trace := range []string{pia, kaur, "2026-03-02", piaName} {
			if strings.Contains(line, trace) {
				t.Errorf("a log line of the failing alert shows %q: %s", trace, line)
			}
		}
	}
	if alertLines < 2 {
		t.Errorf("%d log lines for the failing alert, want its retry and its dead letter:\n%s", alertLines, logs.String())
	}

	before := redistest.Dump(t, store)
	if !dumpHas(before, pia) || !dumpHas(before, piaName) || !dumpHasDone(before) {
		t.Fatalf("before /delete Redis holds nothing of hers, or nothing is done; the scan cannot tell anything:\n%s", strings.Join(before, "\n"))
	}
	confirm := shown(h.do(fakediscord.Interaction{UserID: pia, Command: "delete"}))[0]
	contains(t, allText(shown(h.do(fakediscord.Interaction{UserID: pia, CustomID: button(t, confirm, "Delete everything")}))), "everything is deleted")

	after := redistest.Dump(t, store)
	for _, line := range after {
		for _, trace := range []string{pia, piaName, "Pia"} {
			if strings.Contains(line, trace) {
				t.Errorf("after /delete Redis still holds %q: %s", trace, line)
			}
		}
	}
	for _, kept := range []string{kaur, "{g:" + lifeRoom + "}:group"} {
		if !dumpHas(after, kept) {
			t.Errorf("after /delete nothing holds %q, which is not hers to delete:\n%s", kept, strings.Join(after, "\n"))
		}
	}
	if !dumpHasDone(after) {
		t.Errorf("after /delete no done record is left, which is not hers to delete:\n%s", strings.Join(after, "\n"))
	}
}

// dumpHasDone reports whether a partition of the queue holds a done record:
// a line "<id> D<time>" in a person's field of its people, or a member of
// the done set of the per-job layout of before.
func dumpHasDone(lines []string) bool {
	for _, l := range lines {
		key, rest, _ := strings.Cut(strings.TrimSpace(l), ": ")
		if !strings.HasPrefix(key, "{sched:") {
			continue
		}
		if strings.HasSuffix(key, "}:done") {
			return true
		}
		if _, field, ok := strings.Cut(rest, " = "); ok && strings.HasSuffix(key, "}:people") {
			for line := range strings.SplitSeq(field, "\n") {
				if _, state, _ := strings.Cut(line, " "); strings.HasPrefix(state, "D") {
					return true
				}
			}
		}
	}
	return false
}

func dumpHas(lines []string, s string) bool {
	for _, l := range lines {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}
