package fakediscord

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestInstallContexts checks the context and authorizing installs of
// injected interactions, and that a command is refused where its
// declared contexts and integration types would not offer it.
func TestInstallContexts(t *testing.T) {
	t.Parallel()
	cmds := `[{"name":"help","description":"H","contexts":[0,1,2],"integration_types":[0,1]},
		{"name":"group","description":"G","contexts":[0],"integration_types":[0]},
		{"name":"old","description":"O"}]`
	for _, tc := range []struct {
		name    string
		in      Interaction
		context discordgo.InteractionContextType
		owners  map[discordgo.ApplicationIntegrationType]string
		refused string // a word of the violation wanted, "" for none
	}{
		{"GuildViaGuild", Interaction{Command: "group", GuildID: guildID, ChannelID: generalID}, 0,
			map[discordgo.ApplicationIntegrationType]string{0: guildID}, ""},
		{"BotDMViaGuild", Interaction{Command: "help"}, 1,
			map[discordgo.ApplicationIntegrationType]string{0: "0"}, ""},
		{"BotDMViaUser", Interaction{Command: "help", Install: ViaUser}, 1,
			map[discordgo.ApplicationIntegrationType]string{1: alice}, ""},
		{"PrivateChannelViaUser", Interaction{Command: "help", Install: ViaUser, PrivateChannel: true}, 2,
			map[discordgo.ApplicationIntegrationType]string{1: alice}, ""},
		{"OtherServerViaUser", Interaction{Command: "help", Install: ViaUser, GuildID: "399999999999999999"}, 0,
			map[discordgo.ApplicationIntegrationType]string{1: alice}, ""},
		{"BothInServer", Interaction{Command: "group", Install: ViaBoth, GuildID: guildID, ChannelID: generalID}, 0,
			map[discordgo.ApplicationIntegrationType]string{0: guildID, 1: alice}, ""},
		{"GuildOnlyInBotDM", Interaction{Command: "group"}, 1,
			map[discordgo.ApplicationIntegrationType]string{0: "0"}, "does not offer /group in context 1"},
		{"GuildOnlyViaUser", Interaction{Command: "group", Install: ViaUser, GuildID: guildID, ChannelID: generalID}, 0,
			map[discordgo.ApplicationIntegrationType]string{1: alice}, "does not offer /group"},
		{"DefaultsAreGuildInstall", Interaction{Command: "old", Install: ViaUser}, 1,
			map[discordgo.ApplicationIntegrationType]string{1: alice}, "does not offer /old"},
		{"PrivateChannelNeedsUserInstall", Interaction{Command: "help", PrivateChannel: true}, 2,
			map[discordgo.ApplicationIntegrationType]string{0: "0"}, "only a user install reaches a private channel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t)
			if status, b := sendRaw(t, fake, "PUT", "/applications/"+fake.ApplicationID()+"/commands", "application/json", []byte(cmds)); status != 200 {
				t.Fatalf("register: %d %v", status, b)
			}
			got := make(chan *discordgo.Interaction, 1)
			errs := respondWith(t, fake, func(s *discordgo.Session, i *discordgo.InteractionCreate) error {
				got <- i.Interaction
				return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: "ok", Flags: discordgo.MessageFlagsEphemeral},
				})
			})
			tc.in.UserID = alice
			fake.InjectInteraction(tc.in)
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
			i := <-got
			if i.Context != tc.context || len(i.AuthorizingIntegrationOwners) != len(tc.owners) {
				t.Errorf("context %d, owners %v; want %d, %v", i.Context, i.AuthorizingIntegrationOwners, tc.context, tc.owners)
			}
			for k, v := range tc.owners {
				if i.AuthorizingIntegrationOwners[k] != v {
					t.Errorf("owner %d = %q, want %q", k, i.AuthorizingIntegrationOwners[k], v)
				}
			}
			vs := strings.Join(fake.Violations(), "\n")
			if tc.refused == "" && vs != "" {
				t.Errorf("violations: %s", vs)
			}
			if tc.refused != "" && !strings.Contains(vs, tc.refused) {
				t.Errorf("violations %q, want one saying %q", vs, tc.refused)
			}
		})
	}
}

// TestPrivateChannelNoPosts checks that the bot cannot post by REST in a
// private channel it was used in: it is not a member, as on Discord.
func TestPrivateChannelNoPosts(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	const private = "300000000000000099"
	fake.mu.Lock()
	fake.privateChannelLocked(&Interaction{UserID: alice, Install: ViaUser, PrivateChannel: true, ChannelID: private})
	fake.mu.Unlock()
	status, body := sendRaw(t, fake, "POST", "/channels/"+private+"/messages", "application/json", []byte(`{"content":"hi"}`))
	if status != 403 || body["code"] != float64(50001) {
		t.Errorf("post in a private channel: %d %v, want 403 50001", status, body)
	}
	if len(fake.Violations()) != 1 {
		t.Errorf("violations %q, want the post", fake.Violations())
	}
}

// TestUserInstallFollowupLimit: through a user install alone Discord
// allows five follow-ups to an interaction; a server install, more.
func TestUserInstallFollowupLimit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		install Install
		refused bool
	}{
		{"UserInstall", ViaUser, true},
		{"BothInstalls", ViaBoth, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t)
			cmds := `[{"name":"help","description":"H","contexts":[0,1,2],"integration_types":[0,1]}]`
			if status, b := sendRaw(t, fake, "PUT", "/applications/"+fake.ApplicationID()+"/commands", "application/json", []byte(cmds)); status != 200 {
				t.Fatalf("register: %d %v", status, b)
			}
			errs := respondWith(t, fake, func(s *discordgo.Session, i *discordgo.InteractionCreate) error {
				if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionResponseChannelMessageWithSource,
					Data: &discordgo.InteractionResponseData{Content: "first", Flags: discordgo.MessageFlagsEphemeral},
				}); err != nil {
					return err
				}
				for range 6 {
					if _, err := s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "more", Flags: discordgo.MessageFlagsEphemeral}); err != nil {
						return err
					}
				}
				return nil
			})
			fake.InjectInteraction(Interaction{Command: "help", UserID: alice, Install: tc.install})
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
			vs := strings.Join(fake.Violations(), "\n")
			if got := strings.Contains(vs, "more than 5 follow-ups"); got != tc.refused {
				t.Errorf("violations %q; want the sixth follow-up refused: %v", vs, tc.refused)
			}
		})
	}
}
