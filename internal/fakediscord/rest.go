package fakediscord

import (
	"encoding/json"
	"net/http"
)

const api = "/api/v9"

// routes lists the REST subset the fake models. Anything else is a 404 with
// Discord's error shape and a violation, so a gap in the fake shows up.
func (s *Server) routes() *http.ServeMux {
	s.mux = http.NewServeMux()
	s.handle("GET "+api+"/gateway", s.getGateway)
	s.handle("GET "+api+"/gateway/bot", s.getGatewayBot)
	s.handle("GET "+api+"/users/@me", s.getMe)
	s.handle("GET "+api+"/users/{uid}", s.getUser)
	s.handle("POST "+api+"/users/@me/channels", s.createDM)
	s.handle("GET "+api+"/channels/{cid}", s.getChannel)
	s.handle("POST "+api+"/channels/{cid}/typing", func(*call) reply { return noContent() })
	s.handle("POST "+api+"/channels/{cid}/messages", s.createChannelMessage)
	s.handle("GET "+api+"/channels/{cid}/messages/{mid}", s.getChannelMessage)
	s.handle("PATCH "+api+"/channels/{cid}/messages/{mid}", s.editChannelMessage)
	s.handle("DELETE "+api+"/channels/{cid}/messages/{mid}", s.deleteChannelMessage)
	s.handle("GET "+api+"/guilds/{gid}", s.getGuild)
	s.handle("GET "+api+"/guilds/{gid}/roles", s.getGuildRoles)
	s.handle("GET "+api+"/guilds/{gid}/members/{uid}", s.getMember)
	s.handle("PUT "+api+"/applications/{app}/commands", s.putCommands)
	s.handle("GET "+api+"/applications/{app}/commands", s.getCommands)
	s.handle("PUT "+api+"/applications/{app}/guilds/{gid}/commands", s.putCommands)
	s.handle("GET "+api+"/applications/{app}/guilds/{gid}/commands", s.getCommands)
	s.handle("POST "+api+"/interactions/{iid}/{token}/callback", s.interactionCallback)
	s.handle("POST "+api+"/webhooks/{app}/{token}", s.createFollowup)
	s.handle("GET "+api+"/webhooks/{app}/{token}/messages/{mid}", s.getWebhookMessage)
	s.handle("PATCH "+api+"/webhooks/{app}/{token}/messages/{mid}", s.editWebhookMessage)
	s.handle("DELETE "+api+"/webhooks/{app}/{token}/messages/{mid}", s.deleteWebhookMessage)
	return s.mux
}

func (s *Server) getGateway(*call) reply {
	return ok200(map[string]string{"url": s.GatewayURL()})
}

func (s *Server) getGatewayBot(*call) reply {
	return ok200(map[string]any{
		"url":    s.GatewayURL(),
		"shards": s.cfg.shards,
		"session_start_limit": map[string]int{
			"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": s.cfg.maxConc,
		},
	})
}

func (s *Server) getMe(*call) reply { return ok200(userJSON(s.cfg.bot)) }

func (s *Server) getUser(c *call) reply {
	u, ok := s.users[c.r.PathValue("uid")]
	if !ok {
		return apiError(http.StatusNotFound, 10013, "Unknown User")
	}
	return ok200(userJSON(u))
}

func (s *Server) createDM(c *call) reply {
	var body struct {
		RecipientID string `json:"recipient_id"`
	}
	if err := json.Unmarshal(c.json, &body); err != nil || body.RecipientID == "" {
		f := &formErrors{}
		f.required("recipient_id")
		return s.invalidFormLocked(c, f)
	}
	if s.dmRefused[body.RecipientID] {
		// Not a violation: Discord does this to any bot, which must cope.
		return apiError(http.StatusBadRequest, 50007, "Cannot send messages to this user")
	}
	id := s.dmChannelLocked(body.RecipientID)
	return ok200(s.channelJSONLocked(s.channels[id]))
}

func (s *Server) getChannel(c *call) reply {
	ch, ok := s.channels[c.r.PathValue("cid")]
	if !ok {
		return apiError(http.StatusNotFound, 10003, "Unknown Channel")
	}
	return ok200(s.channelJSONLocked(ch))
}

func (s *Server) getGuild(c *call) reply {
	g, ok := s.guilds[c.r.PathValue("gid")]
	if !ok {
		return apiError(http.StatusNotFound, 10004, "Unknown Guild")
	}
	return ok200(map[string]any{"id": g.ID, "name": g.Name, "owner_id": g.OwnerID,
		"roles": guildRoles(g), "emojis": []any{}, "features": []string{}})
}

func (s *Server) getGuildRoles(c *call) reply {
	g, ok := s.guilds[c.r.PathValue("gid")]
	if !ok {
		return apiError(http.StatusNotFound, 10004, "Unknown Guild")
	}
	return ok200(guildRoles(g))
}

func (s *Server) getMember(c *call) reply {
	g, ok := s.guilds[c.r.PathValue("gid")]
	if !ok {
		return apiError(http.StatusNotFound, 10004, "Unknown Guild")
	}
	uid := c.r.PathValue("uid")
	if uid == s.cfg.bot.ID {
		return ok200(memberJSON(Member{User: s.cfg.bot}))
	}
	for _, m := range g.Members {
		if m.User.ID == uid {
			return ok200(memberJSON(m))
		}
	}
	return apiError(http.StatusNotFound, 10007, "Unknown Member")
}
