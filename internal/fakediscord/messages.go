package fakediscord

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// channelMessageFlags are the flags a bot may set on a channel message:
// SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2.
const channelMessageFlags = 1<<2 | 1<<12 | FlagComponentsV2

func (s *Server) createChannelMessage(c *call) reply {
	ch, ok := s.channels[c.r.PathValue("cid")]
	if !ok {
		s.violateLocked(c, "unknown channel")
		return apiError(http.StatusNotFound, 10003, "Unknown Channel")
	}
	if ch.private {
		s.violateLocked(c, "the bot is not in this private channel; it can only answer the interaction")
		return apiError(http.StatusForbidden, 50001, "Missing Access")
	}
	if ch.recipient != "" && s.dmClosed[ch.recipient] {
		// Not a violation: Discord does this to any bot, which must cope.
		return apiError(http.StatusForbidden, 50007, "Cannot send messages to this user")
	}
	body, rep, ok := s.checkMessageLocked(c, c.json, "", true)
	if !ok {
		return rep
	}
	f := &formErrors{}
	key := nonceKey{channelID: ch.ID, authorID: s.cfg.bot.ID, nonce: parseNonce(f, body.Nonce)}
	if !f.empty() {
		return s.invalidFormLocked(c, f)
	}
	if m, ok := s.nonceMessageLocked(key); ok && body.EnforceNonce {
		// Discord answers with the message the nonce made, and makes none.
		return s.faults.loseLocked(ok200(s.messageJSON(m)))
	}
	m := s.storeMessageLocked(ch, s.cfg.bot, body, c.files, channelMessageFlags)
	s.rememberNonceLocked(key, m)
	w := s.messageJSON(m)
	return s.faults.loseLocked(reply{status: http.StatusOK, body: w,
		events: []dispatch{{name: "MESSAGE_CREATE", data: w, intent: messageIntent(ch.guildID), guild: ch.guildID}}})
}

// checkMessageLocked parses and validates a message body; prefix nests
// errors (like "data" for callbacks); needBody rejects empty messages.
func (s *Server) checkMessageLocked(c *call, raw []byte, prefix string, needBody bool) (*messageBody, reply, bool) {
	body, fe := parseMessageBody(raw)
	if fe != nil {
		for i := range fe.items {
			fe.items[i].path = join(prefix, fe.items[i].path)
		}
		return nil, s.invalidFormLocked(c, fe), false
	}
	if rep, ok := validateFiles(c.files); !ok {
		s.violateLocked(c, "files over Discord's limits (%d files)", len(c.files))
		return nil, rep, false
	}
	f := &formErrors{}
	validateMessage(f, body, prefix)
	if !f.empty() {
		return nil, s.invalidFormLocked(c, f), false
	}
	if needBody && !body.hasBody(len(c.files)) {
		s.violateLocked(c, "empty message: no content, embeds, components or files")
		return nil, apiError(http.StatusBadRequest, 50006, "Cannot send an empty message"), false
	}
	return body, reply{}, true
}

func (s *Server) storeMessageLocked(ch channelInfo, author User, body *messageBody, files []upload, flagMask int) *Message {
	m := &Message{ID: s.ids.next(), ChannelID: ch.ID, GuildID: ch.guildID, Author: author, CreatedAt: time.Now()}
	m.Content = body.content()
	if body.Embeds != nil {
		m.Embeds = withRichType(*body.Embeds)
	}
	if body.Components != nil {
		m.Components = *body.Components
	}
	if body.Flags != nil {
		m.Flags = *body.Flags & flagMask
	}
	m.Attachments = s.attachmentsLocked(ch.ID, files)
	s.messages[m.ID] = m
	s.channelMsgs[ch.ID] = append(s.channelMsgs[ch.ID], m.ID)
	return m
}

func withRichType(es []Embed) []Embed {
	out := make([]Embed, len(es))
	for i, e := range es {
		if e.Type == "" {
			e.Type = "rich"
		}
		out[i] = e
	}
	return out
}

func (s *Server) attachmentsLocked(channelID string, files []upload) []Attachment {
	var out []Attachment
	for _, u := range files {
		id := s.ids.next()
		url := s.URL() + "/attachments/" + channelID + "/" + id + "/" + u.name
		out = append(out, Attachment{ID: id, Filename: u.name, ContentType: u.contentType,
			Size: len(u.data), URL: url, ProxyURL: url, Data: u.data})
	}
	return out
}

// editMessageLocked applies an edit: fields present replace, absent ones
// stay; an "attachments" list keeps only the attachments it names.
func (s *Server) editMessageLocked(m *Message, body *messageBody, files []upload) {
	if body.Content != nil {
		m.Content = *body.Content
	}
	if body.Embeds != nil {
		m.Embeds = withRichType(*body.Embeds)
	}
	if body.Components != nil {
		m.Components = *body.Components
	}
	if body.Flags != nil {
		m.Flags = m.Flags&^(1<<2) | *body.Flags&(1<<2) // only SUPPRESS_EMBEDS can change
	}
	kept := m.Attachments
	if body.Attachments != nil {
		keep := map[string]bool{}
		for _, a := range *body.Attachments {
			var id string
			if json.Unmarshal(a.ID, &id) == nil {
				keep[id] = true
			}
		}
		kept = nil
		for _, a := range m.Attachments {
			if keep[a.ID] {
				kept = append(kept, a)
			}
		}
	}
	// A new slice, so that copies handed to tests never share memory with it.
	m.Attachments = append(append([]Attachment(nil), kept...), s.attachmentsLocked(m.ChannelID, files)...)
	m.Flags &^= FlagLoading
	m.EditedAt = time.Now()
}

func (s *Server) editChannelMessage(c *call) reply {
	m, ok := s.messages[c.r.PathValue("mid")]
	if !ok || m.ChannelID != c.r.PathValue("cid") {
		s.violateLocked(c, "unknown message")
		return apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	if m.Author.ID != s.cfg.bot.ID {
		s.violateLocked(c, "editing a message another user wrote")
		return apiError(http.StatusForbidden, 50005, "Cannot edit a message authored by another user")
	}
	return s.applyEditLocked(c, m, c.json, "")
}

// applyEditLocked validates an edit, refuses one that would leave the
// message empty, and applies it.
func (s *Server) applyEditLocked(c *call, m *Message, raw []byte, prefix string) reply {
	body, rep, ok := s.checkMessageLocked(c, raw, prefix, false)
	if !ok {
		return rep
	}
	before := *m
	s.editMessageLocked(m, body, c.files)
	if m.Content == "" && len(m.Embeds) == 0 && len(m.Components) == 0 && len(m.Attachments) == 0 {
		*m = before
		s.violateLocked(c, "edit leaves the message empty")
		return apiError(http.StatusBadRequest, 50006, "Cannot send an empty message")
	}
	return ok200(s.messageJSON(m))
}

func ok200(body any) reply { return reply{status: http.StatusOK, body: body} }

func (s *Server) getChannelMessage(c *call) reply {
	m, ok := s.messages[c.r.PathValue("mid")]
	if !ok || m.ChannelID != c.r.PathValue("cid") {
		return apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	return ok200(s.messageJSON(m))
}

func (s *Server) deleteChannelMessage(c *call) reply {
	m, ok := s.messages[c.r.PathValue("mid")]
	if !ok || m.ChannelID != c.r.PathValue("cid") {
		s.violateLocked(c, "unknown message")
		return apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	s.deleteMessageLocked(m)
	return noContent()
}

func (s *Server) deleteMessageLocked(m *Message) {
	delete(s.messages, m.ID)
	ids := s.channelMsgs[m.ChannelID]
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != m.ID {
			out = append(out, id)
		}
	}
	s.channelMsgs[m.ChannelID] = out
}

// serveAttachment serves the bytes of an uploaded file, so tests and the
// bot can fetch what a message's attachment URL names.
func (s *Server) serveAttachment(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/attachments/"), "/")
	if len(parts) == 3 {
		s.mu.Lock()
		var data []byte
		for _, id := range s.channelMsgs[parts[0]] {
			for _, a := range s.messages[id].Attachments {
				if a.ID == parts[1] {
					data = a.Data
				}
			}
		}
		s.mu.Unlock()
		if data != nil {
			_, _ = w.Write(data)
			return
		}
	}
	http.NotFound(w, r)
}
