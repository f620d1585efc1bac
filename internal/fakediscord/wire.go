package fakediscord

import (
	"strconv"
	"time"
)

// This file turns the fake's state into Discord's JSON objects.

type wireUser struct {
	ID            string  `json:"id"`
	Username      string  `json:"username"`
	Discriminator string  `json:"discriminator"`
	GlobalName    *string `json:"global_name"`
	Avatar        *string `json:"avatar"`
	Bot           bool    `json:"bot,omitempty"`
	PublicFlags   int     `json:"public_flags"`
}

func userJSON(u User) wireUser {
	w := wireUser{ID: u.ID, Username: u.Username, Discriminator: "0", Bot: u.Bot}
	if u.GlobalName != "" {
		w.GlobalName = &u.GlobalName
	}
	return w
}

type wireMember struct {
	User        *wireUser `json:"user,omitempty"`
	Nick        *string   `json:"nick"`
	Roles       []string  `json:"roles"`
	JoinedAt    string    `json:"joined_at"`
	Deaf        bool      `json:"deaf"`
	Mute        bool      `json:"mute"`
	Flags       int       `json:"flags"`
	Pending     bool      `json:"pending"`
	Permissions string    `json:"permissions,omitempty"`
}

func memberJSON(m Member) wireMember {
	u := userJSON(m.User)
	w := wireMember{User: &u, Roles: append([]string{}, m.Roles...), JoinedAt: timestamp(m.JoinedAt)}
	if m.Nick != "" {
		w.Nick = &m.Nick
	}
	return w
}

type wireRole struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Permissions string `json:"permissions"`
	Position    int    `json:"position"`
	Color       int    `json:"color"`
	Hoist       bool   `json:"hoist"`
	Managed     bool   `json:"managed"`
	Mentionable bool   `json:"mentionable"`
}

// guildRoles returns the guild's roles with @everyone (whose ID is the
// guild's) first, as Discord always has it.
func guildRoles(g *Guild) []wireRole {
	out := []wireRole{{ID: g.ID, Name: "@everyone", Permissions: "0"}}
	for i, r := range g.Roles {
		if r.ID == g.ID {
			continue
		}
		out = append(out, wireRole{ID: r.ID, Name: r.Name, Position: i + 1,
			Permissions: strconv.FormatInt(r.Permissions, 10)})
	}
	return out
}

type wireChannel struct {
	ID                   string     `json:"id"`
	Type                 int        `json:"type"`
	GuildID              string     `json:"guild_id,omitempty"`
	Name                 string     `json:"name,omitempty"`
	Position             int        `json:"position"`
	PermissionOverwrites []any      `json:"permission_overwrites"`
	Recipients           []wireUser `json:"recipients,omitempty"`
	LastMessageID        *string    `json:"last_message_id"`
	Flags                int        `json:"flags"`
}

func (s *Server) channelJSONLocked(ch channelInfo) wireChannel {
	w := wireChannel{ID: ch.ID, Type: ch.Type, GuildID: ch.guildID, Name: ch.Name, PermissionOverwrites: []any{}}
	if ch.recipient != "" {
		w.Recipients = []wireUser{userJSON(s.userLocked(ch.recipient))}
	}
	if ids := s.channelMsgs[ch.ID]; len(ids) > 0 {
		last := ids[len(ids)-1]
		w.LastMessageID = &last
	}
	return w
}

type wireMessage struct {
	ID              string       `json:"id"`
	Type            int          `json:"type"`
	ChannelID       string       `json:"channel_id"`
	GuildID         string       `json:"guild_id,omitempty"`
	Author          wireUser     `json:"author"`
	Member          *wireMember  `json:"member,omitempty"`
	Content         string       `json:"content"`
	Timestamp       string       `json:"timestamp"`
	EditedTimestamp *string      `json:"edited_timestamp"`
	TTS             bool         `json:"tts"`
	MentionEveryone bool         `json:"mention_everyone"`
	Mentions        []wireUser   `json:"mentions"`
	MentionRoles    []string     `json:"mention_roles"`
	Attachments     []Attachment `json:"attachments"`
	Embeds          []Embed      `json:"embeds"`
	Components      []Component  `json:"components"`
	Pinned          bool         `json:"pinned"`
	Flags           int          `json:"flags"`
	WebhookID       string       `json:"webhook_id,omitempty"`
	ApplicationID   string       `json:"application_id,omitempty"`
}

func (s *Server) messageJSON(m *Message) wireMessage {
	w := wireMessage{ID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID,
		Author: userJSON(m.Author), Content: m.Content, Timestamp: timestamp(m.CreatedAt),
		Mentions: []wireUser{}, MentionRoles: []string{}, Attachments: nonNil(m.Attachments),
		Embeds: nonNil(m.Embeds), Components: nonNil(m.Components), Flags: m.Flags}
	if !m.EditedAt.IsZero() {
		t := timestamp(m.EditedAt)
		w.EditedTimestamp = &t
	}
	if m.InteractionID != "" {
		w.Type = 20 // CHAT_INPUT_COMMAND reply; the bot rarely cares which
		w.WebhookID = s.cfg.appID
		w.ApplicationID = s.cfg.appID
	}
	return w
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// timestamp formats like Discord (ISO 8601 with microseconds); zero times
// become the Discord epoch, since discordgo cannot parse an empty string.
func timestamp(t time.Time) string {
	if t.IsZero() {
		t = time.UnixMilli(discordEpoch)
	}
	return t.UTC().Format("2006-01-02T15:04:05.000000+00:00")
}
