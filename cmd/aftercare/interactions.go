package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/aftercare/aftercare/bot/discord"
)

// listenInteractions opens INTERACTIONS_ADDR, or returns nil when it is
// unset. It is opened before the gateway, so that a port in use stops
// Aftercare before it connects anywhere.
func listenInteractions(cfg Config) (net.Listener, error) {
	if cfg.InteractionsAddr == "" {
		return nil, nil
	}
	ln, err := net.Listen("tcp", cfg.InteractionsAddr)
	if err != nil {
		return nil, fmt.Errorf("interactions endpoint on INTERACTIONS_ADDR %s: %w", cfg.InteractionsAddr, err)
	}
	return ln, nil
}

// Time limits of the interactions endpoint's server. Discord waits 3 s for
// an answer: a request that takes longer to arrive, or an answer longer
// to write, is already lost, and only holds a connection.
const (
	interactionsReadTimeout  = 5 * time.Second
	interactionsWriteTimeout = 10 * time.Second
	interactionsIdleTimeout  = 2 * time.Minute
	interactionsStopTimeout  = 10 * time.Second
)

// serveInteractions serves the interactions endpoint on ln for the open
// transport d; stop stops taking requests and waits for those in hand to
// be answered (the work after an answer, follow-ups, is the transport's,
// and its Close waits for it). ln nil serves nothing.
func serveInteractions(ln net.Listener, d *discord.Transport, cfg Config, log *slog.Logger) (stop func()) {
	if ln == nil {
		return func() {}
	}
	srv := &http.Server{
		Handler:           &discord.Endpoint{Transport: d, PublicKey: cfg.DiscordPublicKey},
		ReadHeaderTimeout: interactionsReadTimeout,
		ReadTimeout:       interactionsReadTimeout,
		WriteTimeout:      interactionsWriteTimeout,
		IdleTimeout:       interactionsIdleTimeout,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			log.Error("interactions endpoint failed", "err", err)
		}
	})
	log.Info("serving the interactions endpoint", "addr", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), interactionsStopTimeout)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			log.Error("interactions endpoint shutdown", "err", err)
		}
		wg.Wait()
	}
}
