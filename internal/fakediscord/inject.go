package fakediscord

import (
	"fmt"
	"time"
)

// InteractionType is Discord's interaction type.
type InteractionType int

// The interaction types a test can inject.
const (
	CommandInteraction      InteractionType = 2
	ComponentInteraction    InteractionType = 3
	AutocompleteInteraction InteractionType = 4
	ModalSubmitInteraction  InteractionType = 5
)

// Interaction describes an interaction a user starts. In a guild (GuildID
// set) the bot receives a member object with the member's configured roles;
// in a DM it receives a user object, and ChannelID defaults to the user's DM
// channel. A command Discord would not offer there (see Command.Contexts and
// IntegrationTypes) is a violation.
type Interaction struct {
	Type      InteractionType
	UserID    string
	GuildID   string
	ChannelID string
	Locale    string // default "en-US"
	// Install is which installations of the app authorize the interaction:
	// ViaGuild (the default), ViaUser (only the user's own install) or ViaBoth.
	Install Install
	// PrivateChannel puts the interaction in a DM or group DM between
	// users (context 2), where only a user-installed app is offered; a new
	// channel unless ChannelID names one. Without it and without GuildID
	// the interaction is in the user's DM with the bot (context 1).
	PrivateChannel bool

	// Command and autocomplete.
	Command     string
	CommandType int // default 1, a slash command
	Options     []CommandOption

	// Component and modal submit.
	CustomID      string
	ComponentType int      // default 2, a button; 3 for a string select
	Values        []string // chosen select values
	// MessageID is the message the component is on. Empty: the newest
	// message in the channel with a component of that CustomID.
	MessageID string
	Fields    []ModalField // the text inputs of a submitted modal
}

// CommandOption is an option value the user gave. Type is Discord's option
// type (1 sub-command, 3 string, 4 integer, 5 boolean, 10 number, ...); zero
// infers it from Value.
type CommandOption struct {
	Name    string
	Type    int
	Value   any
	Focused bool // the option being typed, for autocomplete
	Options []CommandOption
}

// ModalField is one text input's value in a submitted modal.
type ModalField struct {
	CustomID string
	Value    string
}

// interactionState is the fake's record of an injected interaction.
type interactionState struct {
	id, token  string
	typ        InteractionType
	name       string // command name or custom_id
	channelID  string
	guildID    string
	userID     string
	messageID  string // the message a component is on
	created    time.Time
	acked      bool
	triedLate  bool
	originalID string
	followups  map[string]bool
	// userInstallOnly: authorized by a user install alone, which Discord
	// allows at most maxUserInstallFollowups follow-ups.
	userInstallOnly bool
	responses       []InteractionResponse
	payload         map[string]any // the INTERACTION_CREATE data, for a replay
}

func (it *interactionState) describe() string {
	kinds := map[InteractionType]string{CommandInteraction: "command", ComponentInteraction: "component",
		AutocompleteInteraction: "autocomplete", ModalSubmitInteraction: "modal submit"}
	return fmt.Sprintf("%s %q", kinds[it.typ], it.name)
}

// InjectInteraction delivers an INTERACTION_CREATE to every gateway session
// and returns the interaction's ID and token. The acknowledgement deadline
// starts now.
func (s *Server) InjectInteraction(in Interaction) (id, token string) {
	if in.Type == 0 {
		in.Type = inferType(in)
	}
	s.mu.Lock()
	id = s.ids.next()
	token = "aW50ZXJhY3Rpb246" + id // tokens are opaque; this one is unique
	payload, st := s.interactionPayloadLocked(in, id, token)
	st.created, st.payload = time.Now(), payload
	s.interactions[id] = st
	s.byToken[token] = st
	s.mu.Unlock()
	s.gw.dispatchAll(dispatch{name: "INTERACTION_CREATE", data: payload, guild: st.guildID})
	return id, token
}

// ReplayInteraction delivers an injected interaction's INTERACTION_CREATE
// again, with the same ID and token, as a gateway resume may, or someone
// replaying a captured event. Discord has one acknowledgement for it: a
// second answer is refused (400, code 40060) and recorded as a violation.
// It reports false for an ID the fake never injected.
func (s *Server) ReplayInteraction(id string) bool {
	s.mu.Lock()
	st, ok := s.interactions[id]
	s.mu.Unlock()
	if !ok {
		return false
	}
	s.gw.dispatchAll(dispatch{name: "INTERACTION_CREATE", data: st.payload, guild: st.guildID})
	return true
}

func inferType(in Interaction) InteractionType {
	switch {
	case in.Command != "":
		return CommandInteraction
	case len(in.Fields) > 0:
		return ModalSubmitInteraction
	default:
		return ComponentInteraction
	}
}

// UserMessage is a message a user writes; the bot receives it as MESSAGE_CREATE.
type UserMessage struct {
	UserID    string
	GuildID   string // empty for a DM
	ChannelID string // default: the user's DM channel
	Content   string
	// MentionsBot puts the bot in mentions, which lets a bot without the
	// MESSAGE_CONTENT intent read a guild message.
	MentionsBot bool
}

// InjectMessage stores the user's message and delivers MESSAGE_CREATE to
// sessions with the intent for it; it returns the message ID.
func (s *Server) InjectMessage(um UserMessage) string {
	s.mu.Lock()
	ch := s.resolveChannelLocked(um.GuildID, um.ChannelID, um.UserID)
	user := s.userLocked(um.UserID)
	m := s.storeMessageLocked(ch, user, &messageBody{Content: &um.Content}, nil, 0)
	w := s.messageJSON(m)
	if um.MentionsBot {
		w.Mentions = []wireUser{userJSON(s.cfg.bot)}
	}
	d := dispatch{name: "MESSAGE_CREATE", data: w, intent: messageIntent(ch.guildID), guild: ch.guildID}
	if ch.guildID != "" {
		mem := memberJSON(s.memberLocked(ch.guildID, um.UserID))
		mem.User = nil // a message's member object leaves out the user
		w.Member = &mem
		d.data = w
		if !um.MentionsBot {
			blank := w
			blank.Content = ""
			d.withoutContent = blank
		}
	}
	s.userMsgs[m.ID] = d
	s.mu.Unlock()
	s.gw.dispatchAll(d)
	return m.ID
}

// ReplayMessage delivers an injected user message's MESSAGE_CREATE again,
// as a gateway resume may. It reports false for an ID the fake never
// injected.
func (s *Server) ReplayMessage(id string) bool {
	s.mu.Lock()
	d, ok := s.userMsgs[id]
	s.mu.Unlock()
	if ok {
		s.gw.dispatchAll(d)
	}
	return ok
}

// resolveChannelLocked finds the channel an injected event happens in,
// creating a DM or an unknown guild channel on the fly.
func (s *Server) resolveChannelLocked(guildID, channelID, userID string) channelInfo {
	if channelID == "" && guildID == "" {
		channelID = s.dmChannelLocked(userID)
	}
	if channelID == "" {
		channelID = s.ids.next()
	}
	ch, ok := s.channels[channelID]
	if !ok {
		ch = channelInfo{Channel: Channel{ID: channelID, Name: "channel-" + channelID}, guildID: guildID}
		s.channels[channelID] = ch
	}
	return ch
}

func (s *Server) memberLocked(guildID, userID string) Member {
	if g, ok := s.guilds[guildID]; ok {
		for _, m := range g.Members {
			if m.User.ID == userID {
				return m
			}
		}
	}
	return Member{User: s.userLocked(userID)}
}
