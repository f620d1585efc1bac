// Package discord is Aftercare's Discord transport. A Transport connects
// to the gateway, registers the slash commands in one bulk overwrite on
// every start, and turns interactions (commands, buttons, modals) and
// text written in a DM with the bot into coach events, which it hands to
// a bot.Router; it renders the coach's messages within Discord's limits
// (long text paged, buttons in rows, an Input as a modal or an "ask"
// button, the weekly summary as an embed with its chart).
//
// An interaction is answered within Discord's three seconds: at once when
// the coach is quick, otherwise with a deferred response first. A heavy
// one (/summary, /export, a therapist's digest, registering) is deferred
// at once and built on a bounded pool of workers (Transport.Workers), so
// that a crowd of them holds back no one else's answer. Replies
// are ephemeral everywhere but the bot's DM, and text that sounds like a
// crisis in a server channel is answered by DM only.
//
// The Transport is also the scheduler's bot.Sender and bot.ChannelSender.
// Every REST request but an interaction's callback and follow-ups (which
// Discord exempts) is paced a little under Discord's global limit,
// shared with the bot's other processes through SendSlots; each person's
// DM channel id is kept through DMChannels, so a morning's burst of
// check-ins does not open every DM again; every message carries a nonce
// derived from bot.WithIdempotencyKey's key, so a retried job or
// discordgo's own retry never shows a message twice. Close drains
// gracefully: interactions in hand are finished, new ones get a kind
// "try again", and sending DMs keeps working for the scheduler's job in
// hand.
//
// Opened with Sharded, the Transport connects no gateway itself: Shards
// shares the bot's gateway shards among replicas through leases in Redis
// and connects this replica's share, every shard's events going to the one
// Transport and its Router.
package discord
