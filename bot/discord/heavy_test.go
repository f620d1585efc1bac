package discord_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

// acked reports whether the fake has the interaction's deferred response.
func acked(fake *fakediscord.Server, id string) bool {
	for _, r := range fake.InteractionResponses(id) {
		if r.Action == "callback" {
			return r.Type == int(discordgo.InteractionResponseDeferredChannelMessageWithSource)
		}
	}
	return false
}

// TestDiscordHeavyDefersFirst: a heavy interaction is acknowledged with a
// deferred response before the coach is even asked, and its answer comes
// after as the edit of that response. AckAfter is an hour, so only the
// deferral at once can acknowledge it; the order of calls is checked, not
// their timing. A cheap one is still answered directly.
func TestDiscordHeavyDefersFirst(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	var mu sync.Mutex
	ids := map[string]string{} // command → interaction id
	ackedFirst := map[string]bool{}
	router := bot.Router{Coach: coachFunc(func(_ context.Context, ev coach.Event) ([]coach.Message, error) {
		key := ev.Command + " " + ev.Args["action"]
		var id string
		eventually(t, "the interaction id of "+key, func() bool {
			mu.Lock()
			defer mu.Unlock()
			id = ids[key]
			return id != ""
		})
		mu.Lock()
		ackedFirst[key] = acked(fake, id)
		mu.Unlock()
		return []coach.Message{{Title: "Your week", Text: "Built."}, {Text: "And one more."}}, nil
	})}
	_, seen := openDiscord(t, fake, router, func(d *discord.Transport) { d.AckAfter = time.Hour })

	tests := []struct {
		in   fakediscord.Interaction
		key  string
		want string // the actions, in order
	}{
		{fakediscord.Interaction{UserID: alice, Command: "summary"}, "summary ", "callback,edit_original,followup"},
		{fakediscord.Interaction{UserID: alice, Command: "export"}, "export ", "callback,edit_original,followup"},
		{fakediscord.Interaction{UserID: alice, Command: "therapist", Options: []fakediscord.CommandOption{{Name: "digest", Type: int(discordgo.ApplicationCommandOptionSubCommand)}}}, "therapist digest", "callback,edit_original,followup"},
		{fakediscord.Interaction{UserID: alice, Command: "help"}, "help ", "callback,followup"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			id, _ := fake.InjectInteraction(tt.in)
			mu.Lock()
			ids[tt.key] = id
			mu.Unlock()
			h := seen.wait(t, id)
			rs := fake.InteractionResponses(id)
			var actions []string
			for _, r := range rs {
				actions = append(actions, r.Action)
			}
			if got := strings.Join(actions, ","); got != tt.want {
				t.Errorf("actions %s, want %s", got, tt.want)
			}
			mu.Lock()
			first := ackedFirst[tt.key]
			mu.Unlock()
			heavy := tt.in.Command != "help"
			if heavy && (!first || !h.Deferred) {
				t.Errorf("deferred before the coach: %v, reported deferred: %v; want both", first, h.Deferred)
			}
			if !heavy && (h.Deferred || rs[0].Type != int(discordgo.InteractionResponseChannelMessageWithSource)) {
				t.Errorf("cheap %s: deferred %v, callback type %d; want answered at once", tt.in.Command, h.Deferred, rs[0].Type)
			}
		})
	}
}

// TestDiscordHeavyWorkersBounded: with one worker, a second heavy answer is
// acknowledged at once but not built until the first is done.
func TestDiscordHeavyWorkersBounded(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	entered := make(chan string, 2)
	release := make(chan struct{})
	router := bot.Router{Coach: coachFunc(func(_ context.Context, ev coach.Event) ([]coach.Message, error) {
		entered <- ev.Person
		<-release
		return []coach.Message{{Text: "Built."}}, nil
	})}
	_, seen := openDiscord(t, fake, router, func(d *discord.Transport) { d.Workers = 1 })

	first, _ := fake.InjectInteraction(fakediscord.Interaction{UserID: alice, Command: "summary"})
	if who := <-entered; who != alice {
		t.Fatalf("first built for %s", who)
	}
	second, _ := fake.InjectInteraction(fakediscord.Interaction{UserID: bob, Command: "summary"})
	eventually(t, "the second summary's deferred response", func() bool { return acked(fake, second) })
	select {
	case who := <-entered:
		t.Fatalf("%s's summary was built while the one worker was busy", who)
	default:
	}
	close(release)
	if who := <-entered; who != bob {
		t.Errorf("second built for %s", who)
	}
	seen.wait(t, first)
	seen.wait(t, second)
}

// TestDiscordHeavyExportInServerGoesByDM: a deferred /export asked in a
// server channel sends its files by DM and says so in place of
// "thinking…", privately.
func TestDiscordHeavyExportInServerGoesByDM(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	router := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		return []coach.Message{{Text: "Your data, as files.", ByDM: true}}, nil
	})}
	_, seen := openDiscord(t, fake, router)
	rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, GuildID: guildID, ChannelID: generalID, Command: "export"})
	if rs[0].Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) || len(rs) != 2 || rs[1].Action != "edit_original" {
		t.Fatalf("responses %+v, want a deferral and its edit", rs)
	}
	if m := rs[1].Message; !strings.Contains(m.Content, "sent it to you by direct message") || !m.Ephemeral() {
		t.Errorf("in the channel: %q (private: %v)", m.Content, m.Ephemeral())
	}
	if strings.Contains(allText(fake.Messages(generalID)), "Your data") {
		t.Error("the export was shown in the server channel")
	}
	if dm := allText(fake.Messages(fake.DMChannel(alice))); !strings.Contains(dm, "Your data, as files.") {
		t.Errorf("DM holds %q, want the export", dm)
	}
}

// TestDiscordExportByDMNoteInPersonsLanguage: someone who chose Spanish in
// /settings, on a Discord client in English, is told in Spanish that the
// export went by DM, as the export itself is.
func TestDiscordExportByDMNoteInPersonsLanguage(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	router := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
		return []coach.Message{{Text: "Tus datos, en archivos.", ByDM: true, Lang: "es"}}, nil
	})}
	_, seen := openDiscord(t, fake, router)
	rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, GuildID: guildID, ChannelID: generalID, Command: "export", Locale: "en-US"})
	want := lang.For("es").T("errors.dm_sent")
	if len(rs) != 2 || rs[1].Message.Content != want {
		t.Fatalf("responses %+v, want the edit %q", rs, want)
	}
}
