package fakediscord

import "time"

// readyPayloads builds READY and one GUILD_CREATE per guild of the
// session's shard.
func (s *Server) readyPayloads(ss *gwSession) (map[string]any, []map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	unavailable := []map[string]any{}
	var creates []map[string]any
	for _, id := range s.guildOrder {
		if !ss.shard.holds(id) {
			continue // another shard's guild
		}
		g := s.guilds[id]
		unavailable = append(unavailable, map[string]any{"id": g.ID, "unavailable": true})
		creates = append(creates, s.guildCreateLocked(g, ss.intents))
	}
	shard := [2]int{ss.shard.ID, ss.shard.Count}
	bot := map[string]any{"id": s.cfg.bot.ID, "username": s.cfg.bot.Username, "discriminator": "0",
		"global_name": nil, "avatar": nil, "bot": true, "verified": true, "mfa_enabled": false, "flags": 0}
	ready := map[string]any{
		"v": 9, "user": bot, "session_id": ss.id, "session_type": "normal",
		"resume_gateway_url": s.GatewayURL(), "shard": shard,
		"application": map[string]any{"id": s.cfg.appID, "flags": 0},
		"guilds":      unavailable, "private_channels": []any{}, "presences": []any{},
		"relationships": []any{}, "guild_join_requests": []any{}, "user_settings": map[string]any{},
		"geo_ordered_rtc_regions": []string{}, "_trace": []string{"fakediscord"},
	}
	return ready, creates
}

// guildCreateLocked builds a GUILD_CREATE. Members other than the bot are
// listed only with the GUILD_MEMBERS intent, as Discord does.
func (s *Server) guildCreateLocked(g *Guild, intents int) map[string]any {
	channels := []wireChannel{}
	for _, ch := range g.Channels {
		channels = append(channels, wireChannel{ID: ch.ID, Type: ch.Type, Name: ch.Name, PermissionOverwrites: []any{}})
	}
	members := []wireMember{memberJSON(Member{User: s.cfg.bot, JoinedAt: time.Now()})}
	if intents&IntentGuildMembers != 0 {
		for _, m := range g.Members {
			members = append(members, memberJSON(m))
		}
	}
	return map[string]any{
		"id": g.ID, "name": g.Name, "owner_id": g.OwnerID, "unavailable": false,
		"joined_at": timestamp(time.Now()), "large": false, "member_count": len(g.Members) + 1,
		"channels": channels, "roles": guildRoles(g), "members": members,
		"emojis": []any{}, "stickers": []any{}, "threads": []any{}, "voice_states": []any{},
		"presences": []any{}, "stage_instances": []any{}, "guild_scheduled_events": []any{},
		"features": []string{}, "premium_tier": 0, "preferred_locale": "en-US",
		"icon": nil, "system_channel_id": nil, "verification_level": 0,
	}
}
