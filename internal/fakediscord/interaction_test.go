package fakediscord

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// respondWith opens a session whose interaction handler is answer, and
// returns the errors of the handler's calls, one per interaction.
func respondWith(t *testing.T, fake *Server, answer func(*discordgo.Session, *discordgo.InteractionCreate) error) chan error {
	t.Helper()
	dg := newSession(t, fake)
	errs := make(chan error, 4)
	dg.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) { errs <- answer(s, i) })
	openSession(t, fake, dg)
	return errs
}

func registerCommands(t *testing.T, fake *Server) {
	t.Helper()
	dg := newSession(t, fake)
	cmds, err := dg.ApplicationCommandBulkOverwrite(fake.ApplicationID(), "", []*discordgo.ApplicationCommand{
		{Name: "moved", Description: "Log movement", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "minutes", Description: "Minutes", Required: true},
		}},
		{Name: "help", Description: "What I can do"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cmds) != 2 || cmds[0].ID == "" || cmds[0].ID != fake.Commands("")[0].ID {
		t.Fatalf("commands = %+v, stored %+v", cmds, fake.Commands(""))
	}
}

func TestCommandInteraction(t *testing.T) {
	t.Parallel()
	t.Run("OK", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		registerCommands(t, fake)
		errs := respondWith(t, fake, func(s *discordgo.Session, i *discordgo.InteractionCreate) error {
			d := i.ApplicationCommandData()
			content := d.Name + " " + i.User.ID + " " + strconv.FormatInt(d.GetOption("minutes").IntValue(), 10)
			return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: content, Flags: discordgo.MessageFlagsEphemeral},
			})
		})
		id, _ := fake.InjectInteraction(Interaction{Type: CommandInteraction, UserID: alice, Command: "moved",
			Options: []CommandOption{{Name: "minutes", Value: 20}}})
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		rs := fake.InteractionResponses(id)
		if len(rs) != 1 || rs[0].Status != 204 || rs[0].Type != 4 || rs[0].Message == nil {
			t.Fatalf("responses = %+v", rs)
		}
		if got := rs[0].Message.Content; got != "moved "+alice+" 20" || !rs[0].Message.Ephemeral() {
			t.Errorf("reply = %q, ephemeral %v", got, rs[0].Message.Ephemeral())
		}
		if ms := fake.Messages(fake.DMChannel(alice)); len(ms) != 1 || ms[0].InteractionID != id {
			t.Errorf("DM channel messages = %+v", ms)
		}
		noViolations(t, fake)
	})
	t.Run("ErrAnsweredTwice", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		registerCommands(t, fake)
		errs := respondWith(t, fake, func(s *discordgo.Session, i *discordgo.InteractionCreate) error {
			r := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
			if err := s.InteractionRespond(i.Interaction, r); err != nil {
				return err
			}
			return s.InteractionRespond(i.Interaction, r)
		})
		id, _ := fake.InjectInteraction(Interaction{Type: CommandInteraction, UserID: alice, GuildID: guildID, ChannelID: generalID, Command: "help"})
		if status, code := restError(<-errs); status != 400 || code != 40060 {
			t.Errorf("second response: status %d code %d, want 400 40060", status, code)
		}
		if rs := fake.InteractionResponses(id); len(rs) != 2 || rs[1].Status != 400 {
			t.Errorf("responses = %+v", rs)
		}
		if !hasViolation(fake, "acknowledged a second time") {
			t.Errorf("violations = %q", fake.Violations())
		}
	})
	t.Run("ErrLate", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t, WithAckDeadline(30*time.Millisecond))
		registerCommands(t, fake)
		errs := respondWith(t, fake, func(s *discordgo.Session, i *discordgo.InteractionCreate) error {
			time.Sleep(60 * time.Millisecond) // past the shortened deadline
			return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "too late"},
			})
		})
		fake.InjectInteraction(Interaction{Type: CommandInteraction, UserID: alice, Command: "help"})
		if status, code := restError(<-errs); status != 404 || code != 10062 {
			t.Errorf("late response: status %d code %d, want 404 10062", status, code)
		}
		if !hasViolation(fake, "late acknowledgement") {
			t.Errorf("violations = %q", fake.Violations())
		}
	})
	t.Run("ErrNeverAnswered", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t, WithAckDeadline(time.Millisecond))
		registerCommands(t, fake)
		fake.InjectInteraction(Interaction{Type: CommandInteraction, UserID: alice, Command: "help"})
		eventually(t, "a violation", func() bool { return hasViolation(fake, "never acknowledged") })
	})
}

// TestComponentModalFlow clicks a button the bot sent, answers with a
// modal, submits it, and updates the original message.
func TestComponentModalFlow(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	errs := respondWith(t, fake, func(s *discordgo.Session, i *discordgo.InteractionCreate) error {
		switch i.Type {
		case discordgo.InteractionMessageComponent:
			return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseModal,
				Data: &discordgo.InteractionResponseData{CustomID: "note:" + i.Message.ID, Title: "A note",
					Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
						discordgo.TextInput{CustomID: "note", Label: "Anything to add?", Style: discordgo.TextInputParagraph},
					}}}},
			})
		default:
			note := i.ModalSubmitData().Components[0].(*discordgo.ActionsRow).Components[0].(*discordgo.TextInput).Value
			return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseUpdateMessage,
				Data: &discordgo.InteractionResponseData{Content: "Saved: " + note},
			})
		}
	})
	dm := fake.DMChannel(alice)
	dg := newSession(t, fake)
	sent, err := dg.ChannelMessageSendComplex(dm, &discordgo.MessageSend{Content: "How are you?",
		Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{CustomID: "note", Label: "Add a note", Style: discordgo.PrimaryButton},
		}}}})
	if err != nil {
		t.Fatal(err)
	}
	click, _ := fake.InjectInteraction(Interaction{Type: ComponentInteraction, UserID: alice, CustomID: "note"})
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
	modal := fake.InteractionResponses(click)[0].Modal
	if modal == nil || modal.CustomID != "note:"+sent.ID {
		t.Fatalf("modal = %+v", modal)
	}
	fake.InjectInteraction(Interaction{Type: ModalSubmitInteraction, UserID: alice, CustomID: modal.CustomID,
		MessageID: sent.ID, Fields: []ModalField{{CustomID: "note", Value: "slept well"}}})
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
	if m, _ := fake.Message(sent.ID); m.Content != "Saved: slept well" || m.EditedAt.IsZero() {
		t.Errorf("updated message = %+v", m)
	}
	noViolations(t, fake)
}

func TestDeferredThenEditAndFollowup(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	registerCommands(t, fake)
	errs := respondWith(t, fake, func(s *discordgo.Session, i *discordgo.InteractionCreate) error {
		err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
		if err != nil {
			return err
		}
		content := "Your week"
		if _, err := s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &content}); err != nil {
			return err
		}
		_, err = s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "One more thing"})
		return err
	})
	id, _ := fake.InjectInteraction(Interaction{Type: CommandInteraction, UserID: alice, Command: "help"})
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, r := range fake.InteractionResponses(id) {
		actions = append(actions, r.Action)
	}
	if strings.Join(actions, ",") != "callback,edit_original,followup" {
		t.Errorf("actions = %q", actions)
	}
	ms := fake.Messages(fake.DMChannel(alice))
	if len(ms) != 2 || ms[0].Content != "Your week" || ms[0].Flags&FlagLoading != 0 || ms[1].Content != "One more thing" {
		t.Errorf("messages = %+v", ms)
	}
	noViolations(t, fake)
}

func TestAutocompleteAndModalLimits(t *testing.T) {
	t.Parallel()
	fake := startFake(t)
	registerCommands(t, fake)
	errs := respondWith(t, fake, func(s *discordgo.Session, i *discordgo.InteractionCreate) error {
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			choices := make([]*discordgo.ApplicationCommandOptionChoice, 26)
			for n := range choices {
				choices[n] = &discordgo.ApplicationCommandOptionChoice{Name: strconv.Itoa(n), Value: n}
			}
			return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: choices},
			})
		}
		return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseModal,
			Data: &discordgo.InteractionResponseData{CustomID: "m", Title: strings.Repeat("t", 46),
				Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
					discordgo.TextInput{CustomID: "note", Label: "Note", Style: discordgo.TextInputShort},
				}}}},
		})
	})
	fake.InjectInteraction(Interaction{Type: AutocompleteInteraction, UserID: alice, Command: "moved",
		Options: []CommandOption{{Name: "minutes", Type: 4, Value: "2", Focused: true}}})
	if status, code := restError(<-errs); status != 400 || code != 50035 {
		t.Errorf("26 choices: status %d code %d, want 400 50035", status, code)
	}
	fake.InjectInteraction(Interaction{Type: CommandInteraction, UserID: alice, Command: "help"})
	if status, code := restError(<-errs); status != 400 || code != 50035 {
		t.Errorf("modal title of 46: status %d code %d, want 400 50035", status, code)
	}
	if !hasViolation(fake, "data.choices: Must be 25 or fewer") || !hasViolation(fake, "data.title: Must be between 1 and 45") {
		t.Errorf("violations = %q", fake.Violations())
	}
}
