package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"

	"github.com/aftercare/aftercare/storage"
)

// newKey returns a fresh DATA_KEY: 32 bytes from crypto/rand, in base64.
func newKey() string {
	for {
		key := make([]byte, storage.KeySize)
		rand.Read(key)
		// Random bytes fail the strength check about once in 10^14 keys;
		// drawing again costs nothing.
		if storage.CheckKeyStrength(key) == nil {
			return base64.StdEncoding.EncodeToString(key)
		}
	}
}

// runRekey re-seals everything in the Redis at REDIS_URL with DATA_KEY
// (and the people's keys in the key store at KEYSTORE_URL, if set),
// printing a progress line as it goes. Stopped (Ctrl-C), it says so; run
// again, it goes on, since what is done is found done.
// prefix is where the bot keeps its keys (rekeyPrefix).
func runRekey(ctx context.Context, cfg Config, prefix string, stdout io.Writer) (err error) {
	if cfg.RedisURL == "" || cfg.DataKey == nil {
		return errors.New("rekey needs REDIS_URL and DATA_KEY (the new key), with the old ones in DATA_KEYS_PREVIOUS")
	}
	defer func() {
		if err != nil && ctx.Err() != nil {
			err = errors.New("rekey stopped before the end; what is done stays done: run aftercare rekey again to go on")
		}
	}()
	store, err := storage.Open(ctx, cfg.RedisURL, storage.Options{Prefix: prefix, DataKey: cfg.DataKey, PreviousKeys: cfg.PreviousKeys, KeyStoreURL: cfg.KeyStoreURL})
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.CheckDataKey(ctx); err != nil {
		return err // before anything is written with a wrong key
	}
	line := func(p storage.RekeyProgress) {
		fmt.Fprintf(stdout, "rekey: keys looked at %d · people's keys wrapped again %d · values moved to their person's key %d · unreadable %d\n",
			p.Keys, p.Wrapped, p.Resealed, p.Unreadable)
	}
	p, err := store.Rekey(ctx, line)
	switch {
	case err != nil:
		return fmt.Errorf("rekey: %w", err)
	case p.Unreadable > 0:
		return fmt.Errorf("rekey: %d values or people's keys open with none of the keys given; they were left as they are, and the previous keys are still needed: name the key they were sealed with in DATA_KEYS_PREVIOUS and run rekey again", p.Unreadable)
	}
	fmt.Fprintln(stdout, "rekey done: everything is sealed with DATA_KEY. DATA_KEYS_PREVIOUS can now be emptied.")
	return nil
}

// rekeyPrefix is where the bot itself keeps its keys: a Discord
// deployment's, or the terminal chat's when DISCORD_TOKEN is unset (as
// Main.Run picks).
func rekeyPrefix(cfg Config) string {
	if cfg.DiscordToken == "" {
		return consolePrefix
	}
	return ""
}
