package discord_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

const (
	globalCommands = "PUT /api/v9/applications/{app}/commands"
	guildCommands  = "PUT /api/v9/applications/{app}/guilds/{gid}/commands"
	createDM       = "POST /api/v9/users/@me/channels"
	createMessage  = "POST /api/v9/channels/{cid}/messages"
)

// TestDiscordCommands: one bulk overwrite per start, the same ids on a
// second start, every command usable in DMs, and only unprivileged intents.
func TestDiscordCommands(t *testing.T) {
	t.Parallel()
	t.Run("Global", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		router := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) { return nil, nil })}
		first, _ := openDiscord(t, fake, router)
		if n := fake.CountRequests(globalCommands); n != 1 {
			t.Fatalf("%d bulk overwrites on start, want 1", n)
		}
		ids := map[string]string{}
		var names []string
		for _, c := range fake.Commands("") {
			ids[c.Name] = c.ID
			names = append(names, c.Name)
			var raw struct {
				Contexts    []int   `json:"contexts"`
				Permissions *string `json:"default_member_permissions"`
			}
			if err := json.Unmarshal(c.JSON, &raw); err != nil {
				t.Fatal(err)
			}
			// Every command is usable by anyone (the bot checks who may set
			// a group up, since /group join is for every member); /group lives
			// in servers only, every other one in DMs too.
			group := c.Name == "group"
			if raw.Permissions != nil || group == slices.Contains(raw.Contexts, 1) {
				t.Errorf("/%s has contexts %v and default_member_permissions %v: %s", c.Name, raw.Contexts, raw.Permissions, c.JSON)
			}
		}
		slices.Sort(names)
		want := []string{"checkin", "crisis", "delete", "export", "group", "help", "moved", "pause", "plan", "resume", "safetyplan", "session", "settings", "share", "start", "stop", "summary", "therapist"}
		if !slices.Equal(names, want) {
			t.Errorf("commands = %q, want %q", names, want)
		}
		if err := first.Close(); err != nil {
			t.Fatal(err)
		}
		openDiscord(t, fake, router)
		if n := fake.CountRequests(globalCommands); n != 2 {
			t.Errorf("%d bulk overwrites after two starts, want 2", n)
		}
		for _, c := range fake.Commands("") {
			if ids[c.Name] != c.ID {
				t.Errorf("/%s changed id on the second start", c.Name)
			}
		}
		for _, id := range fake.Identifies() {
			if want := fakediscord.IntentGuilds | fakediscord.IntentGuildMessages | fakediscord.IntentDirectMessages; id.Intents != want {
				t.Errorf("intents %#x, want %#x", id.Intents, want)
			}
			if id.Compress {
				t.Errorf("identify asks for payload compression: each compressed event costs the bot a zlib reader; want plain JSON")
			}
		}
	})
	t.Run("Guild", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		openDiscord(t, fake, bot.Router{}, func(d *discord.Transport) { d.GuildID = guildID })
		if fake.CountRequests(guildCommands) != 1 || len(fake.Commands(guildID)) != len(discord.Commands()) || len(fake.Commands("")) != 0 {
			t.Errorf("guild commands: %d overwrites, %d in the guild, %d global; want 1, %d, 0",
				fake.CountRequests(guildCommands), len(fake.Commands(guildID)), len(fake.Commands("")), len(discord.Commands()))
		}
	})
}

// TestDiscordCommandOptions: options reach the coach under the console's
// names, integers written as a person would type them.
func TestDiscordCommandOptions(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	got := make(chan coach.Event, 1)
	router := bot.Router{Coach: coachFunc(func(_ context.Context, ev coach.Event) ([]coach.Message, error) {
		got <- ev
		return []coach.Message{{Text: "ok"}}, nil
	})}
	_, seen := openDiscord(t, fake, router)
	do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "moved",
		Options: []fakediscord.CommandOption{{Name: "minutes", Value: 20}, {Name: "activity", Value: "walk"}}})
	ev := <-got
	if ev.Command != "moved" || ev.Args["minutes"] != "20" || ev.Args["activity"] != "walk" || ev.Person != alice || ev.Name != "Alice" {
		t.Errorf("event = %+v", ev)
	}
	do(t, fake, seen, fakediscord.Interaction{UserID: bob, GuildID: guildID, ChannelID: generalID, Command: "pause",
		Options: []fakediscord.CommandOption{{Name: "days", Value: 3}}})
	if ev := <-got; ev.Args["days"] != "3" || ev.Person != bob || ev.Name != "bob" {
		t.Errorf("event in a guild = %+v", ev)
	}
}

// TestDiscordSlowCoachDefers: an answer slower than AckAfter is preceded
// by a deferred response and sent afterwards, private in a guild; an
// Input then shows as a button, since a modal is no longer possible.
func TestDiscordSlowCoachDefers(t *testing.T) {
	t.Parallel()
	for _, endpoint := range []bool{false, true} {
		t.Run(map[bool]string{false: "Gateway", true: "Endpoint"}[endpoint], func(t *testing.T) {
			t.Parallel()
			slowCoachDefers(t, endpoint)
		})
	}
}

// slowCoachDefers is TestDiscordSlowCoachDefers over the gateway or, with
// endpoint, the interactions endpoint: the deferral is then the HTTP answer.
func slowCoachDefers(t *testing.T, endpoint bool) {
	fake := startFake(t)
	reply := []coach.Message{
		{Title: "Your week", Text: "Slow to compute."},
		{Text: "Pick one", Buttons: []coach.Button{{Label: "This", Action: coach.Action{Verb: "x", Value: "1"}}}},
		{Text: "And a word?", Input: &coach.Input{Action: coach.Action{Verb: coach.VerbZone}, Title: "Your time zone", Label: "Time zone", MaxLen: 64}},
	}
	router := bot.Router{Coach: coachFunc(func(ctx context.Context, ev coach.Event) ([]coach.Message, error) {
		time.Sleep(150 * time.Millisecond)
		return reply, nil
	})}
	dc, seen := openDiscord(t, fake, router, func(d *discord.Transport) { d.AckAfter = 20 * time.Millisecond })
	if endpoint {
		fake.SetInteractionsEndpoint(serveEndpoint(t, fake, dc))
	}
	actions := func(rs []fakediscord.InteractionResponse) string {
		var a []string
		for _, r := range rs {
			a = append(a, r.Action)
		}
		return strings.Join(a, ",")
	}

	rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "summary"})
	if rs[0].Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) || actions(rs) != "callback,edit_original,followup,followup" {
		t.Fatalf("deferred command: type %d, actions %s", rs[0].Type, actions(rs))
	}
	if m := rs[1].Message; m.Flags&fakediscord.FlagLoading != 0 || len(m.Embeds) != 1 || m.Embeds[0].Title != "Your week" {
		t.Errorf("edited response = %+v", m)
	}
	ask := button(t, *rs[3].Message, "✏️ Your time zone")

	rs = do(t, fake, seen, fakediscord.Interaction{UserID: alice, CustomID: button(t, *rs[2].Message, "This")})
	if rs[0].Type != int(discordgo.InteractionResponseDeferredMessageUpdate) || actions(rs) != "callback,followup,followup,followup" {
		t.Errorf("deferred press: type %d, actions %s", rs[0].Type, actions(rs))
	}

	rs = do(t, fake, seen, fakediscord.Interaction{UserID: alice, CustomID: ask})
	if rs[0].Type != int(discordgo.InteractionResponseModal) || rs[0].Modal.Title != "Your time zone" {
		t.Fatalf("ask button answered %+v, want the modal at once", rs[0])
	}
	rs = do(t, fake, seen, fakediscord.Interaction{UserID: alice, CustomID: rs[0].Modal.CustomID,
		Fields: []fakediscord.ModalField{{CustomID: rs[0].Modal.Components[0].Components[0].CustomID, Value: "UTC"}}})
	if rs[0].Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		t.Errorf("deferred modal submit: type %d, want %d", rs[0].Type, discordgo.InteractionResponseDeferredChannelMessageWithSource)
	}

	rs = do(t, fake, seen, fakediscord.Interaction{UserID: alice, GuildID: guildID, ChannelID: generalID, Command: "summary"})
	for _, m := range shown(rs) {
		if !m.Ephemeral() {
			t.Errorf("deferred answer in a guild is public: %q", text(m))
		}
	}
}

// TestDiscordSend: scheduled messages go by DM, the DM channel is opened
// once, every message has a nonce (the same for the same key), and closed
// DMs give ErrDMClosed.
func TestDiscordSend(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	dc, _ := openDiscord(t, fake, bot.Router{})
	ctx := bot.WithIdempotencyKey(context.Background(), "alice:checkin:2026-03-02")
	msgs := []coach.Message{{Text: "one"}, {Title: "two", Text: "second"}}
	for range 2 {
		if err := dc.Send(ctx, alice, msgs); err != nil {
			t.Fatal(err)
		}
	}
	if n := fake.CountRequests(createDM); n != 1 {
		t.Errorf("DM channel opened %d times, want once", n)
	}
	var nonces []string
	for _, r := range fake.Requests() {
		if r.Route != createMessage {
			continue
		}
		body := r.Body.(map[string]any)
		n, _ := body["nonce"].(string)
		if n == "" || len(n) > 25 || body["enforce_nonce"] != true {
			t.Errorf("message without a valid enforced nonce: %s", r.JSON)
		}
		nonces = append(nonces, n)
	}
	if len(nonces) != 4 || nonces[0] != nonces[2] || nonces[1] != nonces[3] || nonces[0] == nonces[1] {
		t.Errorf("nonces = %q, want two distinct ones, repeated for the same key", nonces)
	}

	week := []coach.Message{{Title: "Your week", Text: "A quiet week.", Week: &coach.WeeklySummary{}}}
	if err := dc.Send(context.Background(), alice, week); err != nil {
		t.Fatal(err)
	}
	if ms := fake.Messages(fake.DMChannel(alice)); !hasChart(ms[len(ms)-1:]) {
		t.Errorf("the weekly summary sent by DM has no chart: %+v", ms[len(ms)-1])
	}

	fake.SetDMsClosed(bob, true)
	err := dc.Send(context.Background(), bob, msgs)
	if !errors.Is(err, bot.ErrDMClosed) {
		t.Errorf("Send to closed DMs: %v, want ErrDMClosed", err)
	}
}

// TestDiscordLimits: whatever the coach says, nothing sent exceeds
// Discord's limits, and no text is lost to paging.
func TestDiscordLimits(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	long := strings.Repeat("Ein langer Satz mit Umlauten äöü und 🧘🏽‍♀️ Emoji. ", 300) // ~15,000 code points
	var buttons []coach.Button
	for i := range 30 {
		buttons = append(buttons, coach.Button{Label: strings.Repeat("lång ", 30), Action: coach.Action{Verb: "x", Value: strconv.Itoa(i % 28)}}) // two duplicates
	}
	msgs := []coach.Message{
		{Title: strings.Repeat("T", 300), Text: long, Buttons: buttons},
		{Text: long},
		{Title: "Support, right now", Text: long, Crisis: true},
	}
	router := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) { return msgs, nil })}
	dc, seen := openDiscord(t, fake, router)
	if err := dc.Send(context.Background(), alice, msgs); err != nil {
		t.Fatal(err)
	}
	sent := fake.Messages(fake.DMChannel(alice))
	buttonCount := 0
	for _, m := range sent {
		for _, row := range m.Components {
			buttonCount += len(row.Components)
		}
	}
	if len(sent) < 9 || buttonCount != 25 {
		t.Errorf("sent %d DMs with %d buttons; want the long texts paged, and 25 buttons (Discord's most)", len(sent), buttonCount)
	}
	do(t, fake, seen, fakediscord.Interaction{UserID: alice, GuildID: guildID, ChannelID: generalID, Command: "help"})
	sent = append(sent, fake.Messages(generalID)...)
	var shownText strings.Builder
	for _, m := range sent {
		if utf8.RuneCountInString(m.Content) > 2000 {
			t.Errorf("content of %d code points", utf8.RuneCountInString(m.Content))
		}
		shownText.WriteString(text(m))
		for _, row := range m.Components {
			for _, b := range row.Components {
				if utf8.RuneCountInString(b.Label) > 80 {
					t.Errorf("button label of %d code points", utf8.RuneCountInString(b.Label))
				}
			}
		}
	}
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if got, want := strings.Count(squash(shownText.String()), "Emoji."), 2*3*300; got != want {
		t.Errorf("%d sentences shown, want %d: text was lost or repeated in paging", got, want)
	}
}

// TestDiscordCloseFinishesInFlight: Close waits for the answer in hand.
func TestDiscordCloseFinishesInFlight(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	started := make(chan struct{})
	var calls atomic.Int32
	router := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		calls.Add(1)
		close(started)
		time.Sleep(300 * time.Millisecond)
		return []coach.Message{{Text: "done"}}, nil
	})}
	dc, _ := openDiscord(t, fake, router)
	id, _ := fake.InjectInteraction(fakediscord.Interaction{UserID: alice, Command: "help"})
	<-started
	if err := dc.Close(); err != nil {
		t.Fatal(err)
	}
	rs := fake.InteractionResponses(id)
	if len(rs) != 1 || rs[0].Status != 204 || rs[0].Message.Content != "done" {
		t.Errorf("after Close the interaction has %+v, want its answer", rs)
	}
}
