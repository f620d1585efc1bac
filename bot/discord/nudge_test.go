package discord_test

import (
	"context"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/scheduler"
)

// onboard sets alice up through the commands and buttons, and logs a session.
func (h *harness) onboard() {
	h.t.Helper()
	rs := h.do(fakediscord.Interaction{UserID: alice, Command: "start", Options: []fakediscord.CommandOption{
		{Name: "zone", Value: "Europe/London"}, {Name: "time", Value: "20:00"},
	}})
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(h.t, *rs[0].Message, "I agree")})
	ms := shown(rs)
	h.do(fakediscord.Interaction{UserID: alice, CustomID: button(h.t, ms[len(ms)-1], "Light to moderate")})
	h.do(fakediscord.Interaction{UserID: alice, Command: "session"})
}

func (h *harness) scheduler() *scheduler.Scheduler {
	return &scheduler.Scheduler{Queue: h.store, Clock: h.clock, Handle: bot.Deliverer{Coach: h.coach, Sender: h.dc}.Handle}
}

// TestDiscordNudgeDone: the day after the session a nudge arrives by DM
// with Done / Not today / Later, and Done is acknowledged and logged.
func TestDiscordNudgeDone(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.onboard()
	dm := h.fake.DMChannel(alice)
	sched := h.scheduler()
	jobs, err := h.store.Upcoming(context.Background(), alice)
	if err != nil {
		t.Fatal(err)
	}
	var nudgeAt, followUpAt time.Time
	for _, j := range jobs {
		switch {
		case j.Day == "2026-03-03" && j.Kind == coach.JobNudge:
			nudgeAt = j.Due
		case j.Day == "2026-03-03" && j.Kind == coach.JobFollowUp:
			followUpAt = j.Due
		}
	}
	if nudgeAt.IsZero() || followUpAt.IsZero() {
		t.Fatalf("Tuesday has no nudge and follow-up: %+v", jobs)
	}
	h.clock.Set(nudgeAt)
	if _, err := sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The day after a session, the first message asks about side effects;
	// the idea follows the answer.
	fx := lastWithButtons(t, h.fake, dm)
	contains(t, text(fx), "Before today's idea")
	h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, fx, "None of these")})
	nudge := lastWithButtons(t, h.fake, dm)
	contains(t, text(nudge), "A small movement idea")
	rs := h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, nudge, "Done")})
	if rs[0].Type != int(discordgo.InteractionResponseChannelMessageWithSource) || rs[0].Message == nil {
		t.Fatalf("Done answered %+v", rs[0])
	}
	days, err := h.store.CheckIns(context.Background(), alice, "2026-03-03", "2026-03-03")
	if err != nil || len(days) != 1 || days[0].Nudge.Answer != coach.NudgeDone || days[0].Moved == 0 {
		t.Fatalf("Tuesday after Done = %+v, %v; want the nudge done and its minutes logged", days, err)
	}
	// The follow-up stays quiet once the nudge is answered.
	before := len(h.fake.Messages(dm))
	h.clock.Set(followUpAt)
	if _, err := sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if after := len(h.fake.Messages(dm)); after != before {
		t.Errorf("%d messages sent after the nudge was answered, want none before the check-in", after-before)
	}
}

// TestDiscordClosedDMs: a person whose DMs are closed has their plan held
// (no retries hammering Discord), and is told the next time they use a
// command in the server, privately.
func TestDiscordClosedDMs(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.onboard()
	h.fake.SetDMsClosed(alice, true)
	sched := h.scheduler()
	h.clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	if n, err := sched.RunDue(context.Background()); err != nil || n != 1 {
		t.Fatalf("RunDue = %d, %v; want the failed check-in finished, not retried", n, err)
	}
	p, err := h.store.Person(context.Background(), alice)
	if err != nil || !p.Unreachable {
		t.Fatalf("person after a closed DM = %+v, %v; want marked unreachable", p, err)
	}
	// Tuesday's jobs send nothing while the plan is held.
	attempts := h.fake.CountRequests("POST /api/v9/channels/{cid}/messages")
	h.clock.Set(time.Date(2026, 3, 3, 21, 0, 0, 0, time.UTC))
	if _, err := sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := h.fake.CountRequests("POST /api/v9/channels/{cid}/messages"); got != attempts {
		t.Errorf("%d more DM attempts while the plan was held", got-attempts)
	}
	rs := h.do(fakediscord.Interaction{UserID: alice, GuildID: guildID, ChannelID: generalID, Command: "plan"})
	ms := shown(rs)
	contains(t, allText(ms), "I couldn't send you direct messages")
	for _, m := range ms {
		if !m.Ephemeral() {
			t.Errorf("a reply in the server was public: %q", text(m))
		}
	}
}
