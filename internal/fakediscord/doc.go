// Package fakediscord is an in-process fake of the parts of Discord that a bot
// uses: the REST API (version 9, under /api/v9/) and the gateway websocket.
//
// End-to-end tests start a Server, point discordgo at its URL (REST through an
// http.RoundTripper that rewrites https://discord.com, the gateway through the
// URL that GET /api/v9/gateway returns), inject interactions and messages as if
// users had sent them, and then read what the bot did: every request, the
// messages in each channel, the answers to each interaction, and the
// violations of Discord's rules that the fake found.
//
// The fake answers like Discord does where a bot can get it wrong: payloads
// over Discord's limits, or that break the request schema Discord's OpenAPI
// description (embedded from openapi/) gives their operation, get 400
// Invalid Form Body, interactions must be acknowledged once and within the
// deadline, and rate limits come with Discord's headers, and a message
// created with enforce_nonce and a nonce already used in its channel within
// a few minutes returns the message made then. Faults (5xx, 429, answers
// lost after the message is made) can be injected.
//
// The gateway is sharded as Discord's is: GET /gateway/bot recommends a
// shard count (WithShards), IDENTIFY's [shard_id, num_shards] is checked
// (4010 Invalid shard, 4011 Sharding required), a guild's events go to
// shard (guild_id >> 22) % num_shards and DMs to shard 0. A shard named
// in IDENTIFY and connected a second time while its first connection is
// open is closed with 4005 and recorded as a violation; Discord would
// deliver its events twice.
//
// Lengths are counted in Unicode code points, as Discord counts them.
package fakediscord
