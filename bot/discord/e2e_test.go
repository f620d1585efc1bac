package discord_test

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/testlog"
	"github.com/aftercare/aftercare/scheduler"
)

// TestDiscordDMJourney is a first week's start in a DM, end to end: /start,
// consent, time zone and time in modals, /session, the scheduler's
// check-in answered with buttons and a note, /summary and /stop.
func TestDiscordDMJourney(t *testing.T) {
	t.Parallel()
	logs := &testlog.Buffer{}
	h := newHarness(t, func(d *discord.Transport) {
		d.Log = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	defer func() {
		for _, secret := range []string{"slept well", "|answer|", "|4"} {
			if strings.Contains(logs.String(), secret) {
				t.Errorf("the log shows %q:\n%s", secret, logs.String())
			}
		}
		if !strings.Contains(logs.String(), "kind=press:answer") {
			t.Errorf("the log has no handled presses:\n%s", logs.String())
		}
	}()
	dmJourney(t, h)
}

// dmJourney is TestDiscordDMJourney's week, on any harness: over the
// gateway, or over the interactions endpoint of several replicas.
func dmJourney(t *testing.T, h *harness) {
	t.Helper()
	dm := h.fake.DMChannel(alice)

	rs := h.do(fakediscord.Interaction{UserID: alice, Command: "start"})
	if rs[0].Type != int(discordgo.InteractionResponseChannelMessageWithSource) || rs[0].Message.Ephemeral() || len(rs[0].Message.Embeds) != 1 {
		t.Fatalf("/start answered %+v, want one public embed in the DM", rs[0])
	}
	contains(t, text(*rs[0].Message), "Welcome to Aftercare")

	// Consent: a thank-you, then the zone question with a button, since a
	// modal would hide the thank-you.
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, *rs[0].Message, "I agree")})
	ms := shown(rs)
	contains(t, allText(ms), "Thank you. Three quick questions")
	contains(t, allText(ms), "Which time zone are you in?")
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, ms[len(ms)-1], "✏️ Your time zone")})
	if m := rs[0].Modal; rs[0].Type != int(discordgo.InteractionResponseModal) || m.Title != "Your time zone" || m.Components[0].Components[0].MaxLength != 64 {
		t.Fatalf("zone button answered %+v, want the zone modal", rs[0])
	}

	// A modal cannot answer a modal: the time question comes with a button.
	rs = h.submit(alice, rs, "Europe/London")
	ms = shown(rs)
	contains(t, allText(ms), "What time of day would you like your check-in?")
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, ms[len(ms)-1], "✏️ Your check-in time")})
	rs = h.submit(alice, rs, "20:00")
	h.finishOnboarding(alice, rs, "I'll check in at 20:00, Europe/London time.")

	rs = h.do(fakediscord.Interaction{UserID: alice, Command: "session"})
	if ms = shown(rs); len(ms) != 2 || rs[1].Action != "followup" {
		t.Fatalf("/session showed %d messages (%+v), want the response and the plan as a follow-up", len(ms), rs)
	}
	contains(t, allText(ms), "Session logged")
	contains(t, allText(ms), "What's coming (Europe/London time)")

	// The scheduler sends the session day's check-in at 20:00 by DM.
	sched := &scheduler.Scheduler{Queue: h.store, Clock: h.clock, Handle: bot.Deliverer{Coach: h.coach, Sender: h.dc}.Handle}
	h.clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	if n, err := sched.RunDue(context.Background()); err != nil || n != 1 {
		t.Fatalf("RunDue = %d, %v; want the check-in", n, err)
	}
	checkIn := lastWithButtons(t, h.fake, dm)
	contains(t, text(checkIn), "Your check-in")
	// The session evening asks about side effects first, in one message:
	// four rows of three and a last row, which the fake Discord accepts.
	contains(t, text(checkIn), "after today's session")
	h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, checkIn, "Nausea: a little")})
	others := lastWithButtons(t, h.fake, dm)
	contains(t, text(others), "And the others?")
	h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, others, "None of the others")})
	contains(t, text(lastWithButtons(t, h.fake, dm)), "How is your mood today?")

	for _, label := range []string{"Good", "A little", "Some", "Well", "20 min"} {
		rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, lastWithButtons(t, h.fake, dm), label)})
		if rs[0].Type != int(discordgo.InteractionResponseChannelMessageWithSource) || rs[0].Message.Ephemeral() {
			t.Fatalf("pressing %q answered %+v, want a new message in the DM", label, rs[0])
		}
	}
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, lastWithButtons(t, h.fake, dm), "Write a note")})
	note := rs[0].Modal
	if rs[0].Type != int(discordgo.InteractionResponseModal) || note.Title != "A note about today" {
		t.Fatalf("Write a note answered %+v, want the note modal", rs[0])
	}
	if in := note.Components[0].Components[0]; in.Style != int(discordgo.TextInputParagraph) || in.MaxLength != coach.MaxNoteLen {
		t.Errorf("note input = %+v, want a paragraph of at most %d", in, coach.MaxNoteLen)
	}
	rs = h.submit(alice, rs, "slept well")
	if done := allText(shown(rs)); !slices.ContainsFunc(coach.Acknowledgements(), func(a string) bool { return strings.Contains(done, a) }) {
		t.Errorf("the last answer got %q, want an acknowledgement", done)
	}

	rs = h.do(fakediscord.Interaction{UserID: alice, Command: "summary"})
	summary := strings.ToLower(allText(shown(rs)))
	for _, want := range []string{"good", "a little", "some", "well", "20 min"} {
		contains(t, summary, want)
	}
	if !hasChart(shown(rs)) {
		t.Error("the summary has no chart")
	}

	rs = h.do(fakediscord.Interaction{UserID: alice, Command: "stop"})
	contains(t, allText(shown(rs)), "I won't send you anything more")
	before := len(h.fake.Messages(dm))
	h.clock.Set(time.Date(2026, 3, 3, 21, 0, 0, 0, time.UTC))
	if _, err := sched.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if after := len(h.fake.Messages(dm)); after != before {
		t.Errorf("after /stop the DM went from %d to %d messages", before, after)
	}
}

// TestDiscordGuildRepliesArePrivate: in a server channel every answer is
// ephemeral, follow-ups and the crisis reply included.
func TestDiscordGuildRepliesArePrivate(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	in := func(i fakediscord.Interaction) fakediscord.Interaction {
		i.UserID, i.GuildID, i.ChannelID = alice, guildID, generalID
		return i
	}
	h.do(in(fakediscord.Interaction{Command: "help"}))
	rs := h.do(in(fakediscord.Interaction{Command: "crisis"}))
	crisis := *rs[0].Message
	if len(crisis.Embeds) != 0 || !strings.HasPrefix(crisis.Content, "**Support, right now**") {
		t.Errorf("crisis reply = %+v, want plain content, which no embed setting hides", crisis)
	}
	rs = h.do(in(fakediscord.Interaction{Command: "start"}))
	rs = h.do(in(fakediscord.Interaction{CustomID: button(t, *rs[0].Message, "I agree")}))
	if len(shown(rs)) != 2 {
		t.Errorf("consent showed %d messages, want a response and a follow-up", len(shown(rs)))
	}
	ms := h.fake.Messages(generalID)
	if len(ms) != 5 {
		t.Errorf("channel has %d messages, want 5", len(ms))
	}
	for _, m := range ms {
		if !m.Ephemeral() {
			t.Errorf("a public message in the guild channel: %q", text(m))
		}
	}
}

// TestDiscordStaleAndForgedButtons: a custom_id the bot did not write gets
// a kind private word and changes nothing; a well-formed but outdated one
// gets the coach's own answer.
func TestDiscordStaleAndForgedButtons(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	rs := h.do(fakediscord.Interaction{UserID: alice, Command: "start"})
	on := rs[0].Message.ID
	for _, id := range []string{"v2|consent||x|yes", "not ours", strings.Repeat("v1|", 40), "ask|v1|zone|not-a-day||", "v1|answer|2026-13-45|mood|3"} {
		rs := h.do(fakediscord.Interaction{UserID: alice, CustomID: id, MessageID: on})
		if m := rs[0].Message; rs[0].Type != int(discordgo.InteractionResponseChannelMessageWithSource) || !m.Ephemeral() || !strings.Contains(m.Content, lang.For("en").T("errors.stale")) {
			t.Errorf("custom_id %q answered %+v, want a kind ephemeral word", id, rs[0])
		}
	}
	// In the interaction's language, as every word the transport says itself.
	rs = h.do(fakediscord.Interaction{UserID: alice, Locale: "de", CustomID: "not ours", MessageID: on})
	if m := rs[0].Message; m == nil || m.Content != lang.For("de").T("errors.stale") {
		t.Errorf("a forged button from a German client answered %+v, want errors.stale in German", rs[0])
	}
	old := coach.Action{Verb: coach.VerbAnswer, Day: "2026-01-01", Field: "mood", Value: "3"}.Encode()
	rs = h.do(fakediscord.Interaction{UserID: alice, CustomID: old, MessageID: on})
	contains(t, allText(shown(rs)), "That button belongs to an older message")
	if _, err := h.store.Person(context.Background(), alice); err == nil {
		t.Error("a forged or stale button stored a person")
	}
}

// TestDiscordTypedAnswersInDM: in a DM, typing answers the question that
// waits for text, and free text is screened for crisis language.
func TestDiscordTypedAnswersInDM(t *testing.T) {
	t.Parallel()
	typedAnswersInDM(t, newHarness(t))
}

// typedAnswersInDM is TestDiscordTypedAnswersInDM on any harness.
func typedAnswersInDM(t *testing.T, h *harness) {
	t.Helper()
	dm := h.fake.DMChannel(alice)
	rs := h.do(fakediscord.Interaction{UserID: alice, Command: "start"})
	h.do(fakediscord.Interaction{UserID: alice, CustomID: button(t, *rs[0].Message, "I agree")})

	say := func(s string) fakediscord.Message {
		t.Helper()
		id := h.fake.InjectMessage(fakediscord.UserMessage{UserID: alice, Content: s})
		h.seen.wait(t, id)
		ms := h.fake.Messages(dm)
		return ms[len(ms)-1]
	}
	contains(t, text(say("europe/london")), "What time of day would you like your check-in?")
	say("8pm")
	if p, err := h.store.Person(context.Background(), alice); err != nil || p.CheckInAt.String() != "20:00" {
		t.Errorf("after typing 8pm: check-in at %v (%v), want 20:00", p.CheckInAt, err)
	}
	contains(t, text(say("hello there")), "I can't chat freely")
	if m := say("I want to kill myself"); !strings.HasPrefix(m.Content, "**Support, right now**") {
		t.Errorf("crisis text answered %q, want the crisis reply", text(m))
	}
}

// TestDiscordAutocompleteZones offers tz database names for /start's zone.
func TestDiscordAutocompleteZones(t *testing.T) {
	t.Parallel()
	autocompleteZones(t, newHarness(t))
}

// autocompleteZones is TestDiscordAutocompleteZones on any harness.
func autocompleteZones(t *testing.T, h *harness) {
	t.Helper()
	ask := func(q string) []fakediscord.Choice {
		rs := h.do(fakediscord.Interaction{Type: fakediscord.AutocompleteInteraction, UserID: alice, Command: "start",
			Options: []fakediscord.CommandOption{{Name: "zone", Type: int(discordgo.ApplicationCommandOptionString), Value: q, Focused: true}}})
		return rs[0].Choices
	}
	if cs := ask("new york"); len(cs) == 0 || cs[0].Value != "America/New_York" || cs[0].Name != "America/New York" {
		t.Errorf("new york: %+v", cs)
	}
	if cs := ask(""); len(cs) != 25 || cs[0].Value != "Europe/London" {
		t.Errorf("nothing typed: %d choices, first %+v; want 25, the default first", len(cs), cs[0])
	}
	if cs := ask("no such place"); len(cs) != 0 {
		t.Errorf("no match: %+v", cs)
	}
}
