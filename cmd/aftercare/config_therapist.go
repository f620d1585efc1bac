package main

import (
	"log/slog"
	"slices"
	"strings"
)

// parseTherapistGuilds reads THERAPIST_GUILDS, the servers that vouch for
// therapists: Discord ids separated by commas. Unset, it is the server in
// DISCORD_GUILD_ID; with neither, no server vouches and nobody can
// register as a therapist.
func (c *Config) parseTherapistGuilds(v string) error {
	if v == "" {
		if c.DiscordGuildID != "" {
			c.TherapistGuilds = []string{c.DiscordGuildID}
		}
		return nil
	}
	for id := range strings.SplitSeq(v, ",") {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if err := checkSnowflake("THERAPIST_GUILDS", id); err != nil {
			return &ConfigError{"THERAPIST_GUILDS", "server (guild) ids separated by commas, like 123456789012345678,234567890123456789", clip(v, 80)}
		}
		if !slices.Contains(c.TherapistGuilds, id) {
			c.TherapistGuilds = append(c.TherapistGuilds, id)
		}
	}
	if len(c.TherapistGuilds) == 0 {
		return &ConfigError{Var: "THERAPIST_GUILDS", Want: "server (guild) ids separated by commas, or nothing at all to mean DISCORD_GUILD_ID", Got: v}
	}
	return nil
}

// logTherapistGuilds says at start where therapists may register, in one
// line: a deployment where nobody can should not have to find out from a
// therapist.
func logTherapistGuilds(log *slog.Logger, cfg Config) {
	if len(cfg.TherapistGuilds) == 0 {
		log.Warn("nobody can register as a therapist: no server vouches for therapists (set THERAPIST_GUILDS, or DISCORD_GUILD_ID)")
		return
	}
	log.Info("therapists may register in these servers", "therapist_guilds", strings.Join(cfg.TherapistGuilds, ","), "role", cfg.TherapistRole)
}
