package fakediscord

import (
	"strconv"
	"time"
)

// defaultPermissions is what the bot may do in the channel of an injected
// interaction: view, send, embed links, attach files, read history, add
// reactions, use external emojis and application commands.
const defaultPermissions = 1<<10 | 1<<11 | 1<<14 | 1<<15 | 1<<16 | 1<<6 | 1<<18 | 1<<31

// interactionPayloadLocked builds the INTERACTION_CREATE data Discord sends
// and the fake's state for it.
func (s *Server) interactionPayloadLocked(in Interaction, id, token string) (map[string]any, *interactionState) {
	s.privateChannelLocked(&in)
	ch := s.resolveChannelLocked(in.GuildID, in.ChannelID, in.UserID)
	st := &interactionState{id: id, token: token, typ: in.Type, channelID: ch.ID,
		guildID: ch.guildID, userID: in.UserID, followups: map[string]bool{}, userInstallOnly: in.Install == ViaUser}
	locale := in.Locale
	if locale == "" {
		locale = "en-US"
	}
	perms := strconv.Itoa(defaultPermissions)
	p := map[string]any{
		"id": id, "application_id": s.cfg.appID, "type": int(in.Type), "token": token, "version": 1,
		"channel_id": ch.ID, "channel": map[string]any{"id": ch.ID, "type": ch.Type},
		"locale": locale, "app_permissions": perms, "entitlements": []any{},
	}
	if ch.guildID != "" {
		member := s.memberLocked(ch.guildID, in.UserID)
		mem := memberJSON(member)
		mem.Permissions = strconv.FormatInt(defaultPermissions|s.rolePermissionsLocked(ch.guildID, member), 10)
		p["guild_id"], p["member"], p["guild_locale"] = ch.guildID, mem, "en-US"
	} else {
		p["user"] = userJSON(s.userLocked(in.UserID))
	}
	p["context"] = interactionContext(in, ch.guildID)
	p["authorizing_integration_owners"] = authorizingOwners(in, ch.guildID)
	switch in.Type {
	case CommandInteraction, AutocompleteInteraction:
		st.name = in.Command
		p["data"] = s.commandDataLocked(in, ch.guildID)
	case ComponentInteraction:
		st.name = in.CustomID
		ctype := in.ComponentType
		if ctype == 0 {
			ctype = 2
		}
		p["data"] = map[string]any{"custom_id": in.CustomID, "component_type": ctype, "values": nonNil(in.Values)}
		m := s.componentMessageLocked(in, ch.ID)
		st.messageID = m.ID
		p["message"] = s.messageJSON(m)
	case ModalSubmitInteraction:
		st.name = in.CustomID
		p["data"] = s.modalDataLocked(in)
		// A modal opened from a component carries that component's message.
		if m, ok := s.messages[in.MessageID]; ok {
			st.messageID = m.ID
			p["message"] = s.messageJSON(m)
		}
	}
	return p, st
}

func (s *Server) commandDataLocked(in Interaction, guildID string) map[string]any {
	ctype := in.CommandType
	if ctype == 0 {
		ctype = 1
	}
	var cmdID string
	for _, scope := range []string{guildID, ""} {
		for _, c := range s.commands[scope] {
			if cmdID == "" && c.Name == in.Command && c.Type == ctype {
				cmdID = c.ID
				s.checkOfferedLocked(c, in, guildID)
			}
		}
		if guildID == "" {
			break
		}
	}
	if cmdID == "" {
		s.violateLocked(nil, "InjectInteraction: command %q is not registered where it was used; Discord could not deliver it", in.Command)
		cmdID = s.ids.next()
	}
	d := map[string]any{"id": cmdID, "name": in.Command, "type": ctype, "options": optionsJSON(in.Options)}
	if guildID != "" {
		d["guild_id"] = guildID
	}
	if users := s.resolvedUsersLocked(in.Options); len(users) > 0 {
		d["resolved"] = map[string]any{"users": users}
	}
	return d
}

// resolvedUsersLocked is Discord's "resolved" data for user options (type
// 6), at any depth: the user objects the ids name.
func (s *Server) resolvedUsersLocked(opts []CommandOption) map[string]any {
	users := map[string]any{}
	for _, o := range opts {
		if o.Type == 6 {
			if id, ok := o.Value.(string); ok {
				users[id] = userJSON(s.userLocked(id))
			}
		}
		for id, u := range s.resolvedUsersLocked(o.Options) {
			users[id] = u
		}
	}
	return users
}

func optionsJSON(opts []CommandOption) []map[string]any {
	out := []map[string]any{}
	for _, o := range opts {
		typ := o.Type
		if typ == 0 {
			typ = inferOptionType(o)
		}
		m := map[string]any{"name": o.Name, "type": typ}
		if o.Value != nil {
			m["value"] = o.Value
		}
		if len(o.Options) > 0 || typ == 1 || typ == 2 {
			m["options"] = optionsJSON(o.Options)
		}
		if o.Focused {
			m["focused"] = true
		}
		out = append(out, m)
	}
	return out
}

func inferOptionType(o CommandOption) int {
	switch o.Value.(type) {
	case string:
		return 3
	case int, int64, int32:
		return 4
	case bool:
		return 5
	case float64, float32:
		return 10
	}
	return 1 // no value: a sub-command
}

// componentMessageLocked finds the message a clicked component is on. A
// real user can only click what the bot sent, so a miss is a violation.
func (s *Server) componentMessageLocked(in Interaction, channelID string) *Message {
	if in.MessageID != "" {
		if m, ok := s.messages[in.MessageID]; ok {
			return m
		}
		s.violateLocked(nil, "InjectInteraction: message %s does not exist", in.MessageID)
		return &Message{ID: in.MessageID, ChannelID: channelID, Author: s.cfg.bot, CreatedAt: time.Now()}
	}
	ids := s.channelMsgs[channelID]
	for i := len(ids) - 1; i >= 0; i-- {
		m := s.messages[ids[i]]
		for _, cid := range m.CustomIDs() {
			if cid == in.CustomID {
				return m
			}
		}
	}
	s.violateLocked(nil, "InjectInteraction: no message in channel %s has a component with custom_id %q", channelID, in.CustomID)
	return &Message{ID: s.ids.next(), ChannelID: channelID, Author: s.cfg.bot, CreatedAt: time.Now()}
}

// modalDataLocked builds a modal submit, checking that the bot opened a
// modal with that custom_id.
func (s *Server) modalDataLocked(in Interaction) map[string]any {
	opened := false
	for _, it := range s.interactions {
		for _, r := range it.responses {
			opened = opened || (r.Modal != nil && r.Modal.CustomID == in.CustomID && r.Status < 300)
		}
	}
	if !opened {
		s.violateLocked(nil, "InjectInteraction: the bot never opened a modal with custom_id %q", in.CustomID)
	}
	rows := []map[string]any{}
	for _, f := range in.Fields {
		rows = append(rows, map[string]any{"type": 1, "components": []map[string]any{
			{"type": 4, "custom_id": f.CustomID, "value": f.Value},
		}})
	}
	return map[string]any{"custom_id": in.CustomID, "components": rows}
}

// rolePermissionsLocked is what a member's roles add to the defaults, as
// Discord computes a member's permissions in an interaction; the guild's
// owner may do everything.
func (s *Server) rolePermissionsLocked(guildID string, m Member) int64 {
	g, ok := s.guilds[guildID]
	if !ok {
		return 0
	}
	if g.OwnerID != "" && g.OwnerID == m.User.ID {
		return 1<<53 - 1
	}
	var perms int64
	for _, r := range g.Roles {
		for _, id := range m.Roles {
			if r.ID == id {
				perms |= r.Permissions
			}
		}
	}
	return perms
}
