package main

import (
	"net"

	"github.com/aftercare/aftercare/bot/discord"
)

// The interactions endpoint's variables: INTERACTIONS_ADDR turns it on,
// and DISCORD_PUBLIC_KEY, the application's key from the developer portal,
// checks that each request comes from Discord. One without the other is a
// mistake, caught before anything starts: an endpoint that checks nothing
// would let anyone act as anyone, and a key with no address serves
// nothing while Discord, told of the URL, gets no answer.

func (c *Config) parseInteractions(get func(string) string) error {
	addr, key := get("INTERACTIONS_ADDR"), get("DISCORD_PUBLIC_KEY")
	if addr == "" && key == "" {
		return nil
	}
	if addr == "" {
		return &ConfigError{Var: "INTERACTIONS_ADDR", Want: "an address to serve the interactions endpoint on (host:port such as :8081) when DISCORD_PUBLIC_KEY is set, or leave DISCORD_PUBLIC_KEY empty"}
	}
	if _, port, err := net.SplitHostPort(addr); err != nil || port == "" {
		return &ConfigError{"INTERACTIONS_ADDR", "host:port such as 127.0.0.1:8081 or :8081", addr}
	}
	if key == "" {
		return &ConfigError{Var: "DISCORD_PUBLIC_KEY", Want: "the application's Public Key from the developer portal (64 hex digits) when INTERACTIONS_ADDR is set: it checks that each request comes from Discord"}
	}
	pub, err := discord.ParsePublicKey(key)
	if err != nil {
		return &ConfigError{"DISCORD_PUBLIC_KEY", "the application's Public Key from the developer portal (64 hex digits)", key}
	}
	if c.DiscordToken == "" {
		return &ConfigError{Var: "DISCORD_TOKEN", Want: "the bot token when INTERACTIONS_ADDR is set: the endpoint answers Discord's interactions, and follow-ups need the token"}
	}
	c.InteractionsAddr, c.DiscordPublicKey = addr, pub
	return nil
}
