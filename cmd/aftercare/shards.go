package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/storage"
)

// shardsStartWait bounds how long start-up waits for this replica's first
// shards to connect; past it the bot runs on and they connect later.
const shardsStartWait = 30 * time.Second

// newShards shares the gateway shards (SHARD_COUNT, or as many as Discord
// recommends) with the other replicas on the same Redis; its Connected is
// what /healthz reads.
func newShards(cfg Config, d *discord.Transport, store *storage.Redis, log *slog.Logger) *discord.Shards {
	return &discord.Shards{Transport: d, Leases: store, Count: cfg.ShardCount, Log: log}
}

// runShards connects this replica's share of the shards to the transport
// sh serves, opened with Sharded. It returns once they are connected, with
// stop, which closes them and gives their leases back, for after the
// transport has drained.
func runShards(ctx context.Context, sh *discord.Shards, log *slog.Logger) (stop func() error, err error) {
	// Not ctx: the shards outlive the signal to stop until d has finished
	// the interactions in hand.
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan error, 1)
	go func() { done <- sh.Run(runCtx) }()
	waitCtx, cancelWait := context.WithTimeout(ctx, shardsStartWait)
	defer cancelWait()
	waited := make(chan error, 1)
	go func() { waited <- sh.WaitConnected(waitCtx) }()
	select {
	case err := <-done: // Run returns this early only when the count cannot be learnt
		cancel()
		return nil, fmt.Errorf("share the gateway shards: %w", err)
	case err := <-waited:
		if err != nil {
			log.Warn("discord shards not all connected yet; going on", "err", err)
		}
	}
	stop = func() error {
		cancel()
		err := <-done
		releaseCtx, cancelRelease := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancelRelease()
		return errors.Join(err, sh.Release(releaseCtx))
	}
	return stop, nil
}
