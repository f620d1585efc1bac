package fakediscord

import (
	"net/http"
	"time"
)

// This file serves the interaction webhook: follow-ups and @original.

// webhookInteractionLocked finds the interaction whose token the request
// uses. Discord knows the token only once the interaction is acknowledged,
// and for 15 minutes.
func (s *Server) webhookInteractionLocked(c *call) (*interactionState, reply, bool) {
	it := s.byToken[c.r.PathValue("token")]
	switch {
	case c.r.PathValue("app") != s.cfg.appID || it == nil:
		s.violateLocked(c, "unknown webhook: not the application ID or not an interaction token")
		return nil, apiError(http.StatusNotFound, 10015, "Unknown Webhook"), false
	case !it.acked:
		s.violateLocked(c, "interaction %s (%s): webhook used before the interaction was acknowledged", it.id, it.describe())
		return nil, apiError(http.StatusNotFound, 10015, "Unknown Webhook"), false
	case time.Since(it.created) > webhookTokenLifetime:
		s.violateLocked(c, "interaction %s: token used after 15 minutes", it.id)
		return nil, apiError(http.StatusUnauthorized, 50027, "Invalid Webhook Token"), false
	}
	return it, reply{}, true
}

// webhookMessageLocked resolves {mid}: @original or one of the follow-ups.
func (s *Server) webhookMessageLocked(c *call, it *interactionState) (*Message, string, bool) {
	mid := c.r.PathValue("mid")
	kind := "followup"
	if mid == "@original" {
		mid, kind = it.originalID, "original"
	} else if !it.followups[mid] {
		return nil, kind, false
	}
	m, ok := s.messages[mid]
	return m, kind, ok
}

func (s *Server) createFollowup(c *call) reply {
	it, rep, ok := s.webhookInteractionLocked(c)
	if !ok {
		return rep
	}
	resp := InteractionResponse{Action: "followup", Time: time.Now(), JSON: c.json}
	if it.userInstallOnly && len(it.followups) >= maxUserInstallFollowups {
		// Discord's changelog (June 2024) gives the limit but not its error.
		s.violateLocked(c, "interaction %s (%s): more than %d follow-ups through a user install alone", it.id, it.describe(), maxUserInstallFollowups)
	}
	body, rep, ok := s.checkMessageLocked(c, c.json, "", true)
	if ok {
		m := s.storeMessageLocked(s.channels[it.channelID], s.cfg.bot, body, c.files, interactionMessageFlags)
		m.InteractionID = it.id
		it.followups[m.ID] = true
		cp := *m
		resp.Message = &cp
		// discordgo reads the body only with ?wait=true; Discord returns the
		// message for interaction follow-ups either way.
		rep = ok200(s.messageJSON(m))
		if !m.Ephemeral() {
			rep.events = []dispatch{{name: "MESSAGE_CREATE", data: rep.body, intent: messageIntent(m.GuildID), guild: m.GuildID}}
		}
	}
	resp.Status = rep.status
	it.responses = append(it.responses, resp)
	return rep
}

func (s *Server) getWebhookMessage(c *call) reply {
	it, rep, ok := s.webhookInteractionLocked(c)
	if !ok {
		return rep
	}
	m, _, ok := s.webhookMessageLocked(c, it)
	if !ok {
		return apiError(http.StatusNotFound, 10008, "Unknown Message")
	}
	return ok200(s.messageJSON(m))
}

func (s *Server) editWebhookMessage(c *call) reply {
	it, rep, ok := s.webhookInteractionLocked(c)
	if !ok {
		return rep
	}
	m, kind, ok := s.webhookMessageLocked(c, it)
	resp := InteractionResponse{Action: "edit_" + kind, Time: time.Now(), JSON: c.json}
	if !ok {
		s.violateLocked(c, "interaction %s: editing an unknown message", it.id)
		rep = apiError(http.StatusNotFound, 10008, "Unknown Message")
	} else if rep = s.applyEditLocked(c, m, c.json, ""); rep.status < 300 {
		cp := *m
		resp.Message = &cp
	}
	resp.Status = rep.status
	it.responses = append(it.responses, resp)
	return rep
}

func (s *Server) deleteWebhookMessage(c *call) reply {
	it, rep, ok := s.webhookInteractionLocked(c)
	if !ok {
		return rep
	}
	m, kind, ok := s.webhookMessageLocked(c, it)
	resp := InteractionResponse{Action: "delete_" + kind, Time: time.Now()}
	if !ok {
		s.violateLocked(c, "interaction %s: deleting an unknown message", it.id)
		rep = apiError(http.StatusNotFound, 10008, "Unknown Message")
	} else {
		s.deleteMessageLocked(m)
		rep = noContent()
	}
	resp.Status = rep.status
	it.responses = append(it.responses, resp)
	return rep
}
