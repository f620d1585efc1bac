package main

import (
	"context"
	"errors"
	"log/slog"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/ops"
	"github.com/aftercare/aftercare/storage"
)

// runDiscord connects Aftercare to Discord: it registers the slash
// commands (in DISCORD_GUILD_ID, or globally) and connects this replica's
// share of the gateway shards (runShards). It returns the transport as the
// scheduler's Sender, and wait, which blocks until ctx is done and then
// closes the transport gracefully: interactions in hand are finished
// before the shards close and their leases are given back. Sending DMs keeps
// working after that, so the scheduler may finish its job in hand.
//
// With INTERACTIONS_ADDR set it also serves Discord's Interactions
// Endpoint URL there, stopped before the transport closes.
//
// The store keeps each person's DM channel id, paces this process's
// requests together with any other replica's on the same Redis, records
// each interaction applied, so that a replay changes nothing, and keeps
// what the bot waits for from each person (the question typed text
// answers), so that any replica can take the answer.
//
// retry makes the recordings of crisis replies sent while Redis was down.
//
// mon counts every interaction the transport answers, and reads its
// connection state and REST counters once it is open.
func runDiscord(ctx context.Context, cfg Config, c *coach.Coach, retry bot.Retrier, store *storage.Redis, log *slog.Logger, mon *ops.Ops) (sender bot.Sender, wait func() error, err error) {
	logTherapistGuilds(log, cfg)
	ln, err := listenInteractions(cfg)
	if err != nil {
		return nil, nil, err
	}
	d := &discord.Transport{
		Token:       cfg.DiscordToken,
		APIBase:     cfg.DiscordAPIBase,
		GuildID:     cfg.DiscordGuildID,
		Router:      bot.Router{Coach: c, Log: log, Limit: &bot.PersonLimiter{}, Retry: retry, Durable: store},
		Log:         log,
		DefaultZone: cfg.DefaultTimeZone,
		Rate:        cfg.DiscordRate,
		Slots:       store,
		DMs:         store,
		Seen:        store,
		Awaiting:    store,
		Sharded:     true, // runShards connects this replica's share of the gateway
		Observe: func(h discord.Handled) {
			mon.Observe(ops.Handled{Kind: h.Kind, Deferred: h.Deferred, Took: h.Took, Err: h.Err})
		},
	}
	if err := d.Open(ctx); err != nil {
		if ln != nil {
			_ = ln.Close()
		}
		return nil, nil, err
	}
	stopEndpoint := serveInteractions(ln, d, cfg, log)
	shards := newShards(cfg, d, store, log)
	mon.WatchDiscord(shards.Connected, func() ops.RESTCounts {
		return ops.RESTCounts{Requests: d.Stats.Requests.Load(), RateLimited: d.Stats.RateLimited.Load(), ServerErrors: d.Stats.ServerErrors.Load()}
	})
	stopShards, err := runShards(ctx, shards, log)
	if err != nil {
		stopEndpoint()
		return nil, nil, errors.Join(err, d.Close())
	}
	wait = func() error {
		<-ctx.Done()
		stopEndpoint() // no new requests; those in hand answered
		err := d.Close()
		return errors.Join(err, stopShards())
	}
	return d, wait, nil
}
