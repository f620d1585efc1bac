// Package ops serves what operators and their tools look at: /healthz,
// which says whether Redis and Discord are reachable, and /metrics, in
// Prometheus's text format. It reads the scheduler's and the Discord
// transport's counters when scraped, so nothing in those packages knows it
// exists; what only happens as it happens (how late a job runs, how long an
// interaction took) comes in through Timed and Observe. Everything it
// exposes is counts and durations: never a person's id, name or answer.
package ops

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// Config is what Ops watches.
type Config struct {
	Store *storage.Redis
	Clock scheduler.Clock // the scheduler's clock, for lag and overdue jobs; nil: the system clock
	Log   *slog.Logger
	// Discord says the Discord transport is in use, so /healthz fails
	// until it is connected. False: the console, "not used".
	Discord bool
}

// Ops collects Aftercare's metrics and serves them with /healthz. Make one
// with New.
type Ops struct {
	cfg      Config
	log      *slog.Logger
	registry *prometheus.Registry
	events   *events
	jobs     atomic.Pointer[scheduler.Stats]
	discord  atomic.Pointer[discord.Transport]
	addr     string
}

// New makes an Ops with its private registry: Aftercare's metrics and the
// Go runtime's and process's standard ones.
func New(cfg Config) *Ops {
	if cfg.Clock == nil {
		cfg.Clock = scheduler.SystemClock{}
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	o := &Ops{cfg: cfg, log: log, registry: prometheus.NewRegistry(), events: newEvents()}
	o.registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		(*scrape)(o),
	)
	o.events.register(o.registry, cfg.Discord)
	return o
}

// Watch adds the scheduler's counters and, when the transport is Discord,
// its connection state and REST counters. Call it once both exist; either
// may be nil.
func (o *Ops) Watch(s *scheduler.Scheduler, transport bot.Sender) {
	if s != nil {
		o.jobs.Store(s.Stats())
	}
	if d, ok := transport.(*discord.Transport); ok && d != nil {
		o.discord.Store(d)
	}
}

// Handler serves /healthz and /metrics.
func (o *Ops) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", o.healthz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(o.registry, promhttp.HandlerOpts{
		ErrorLog:      slog.NewLogLogger(o.log.Handler(), slog.LevelWarn),
		ErrorHandling: promhttp.ContinueOnError, // Redis down: serve the rest
		Timeout:       10 * time.Second,
	}))
	return mux
}

// shutdownTimeout bounds how long Start's server waits for requests in
// hand when it stops.
const shutdownTimeout = 5 * time.Second

// Start serves Handler on addr until ctx is cancelled or stop is called,
// then shuts the server down gracefully; stop returns once it has. An
// empty addr serves nothing. A server that cannot start is logged, not
// fatal: the bot's work matters more than its metrics.
func (o *Ops) Start(ctx context.Context, addr string) (stop func()) {
	if addr == "" {
		return func() {}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		o.log.Error("health and metrics server not started", "addr", addr, "err", err)
		return func() {}
	}
	o.addr = ln.Addr().String()
	srv := &http.Server{
		Handler:           o.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(o.log.Handler(), slog.LevelWarn),
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			o.log.Error("health and metrics server failed", "addr", o.addr, "err", err)
		}
	})
	wg.Go(func() {
		<-ctx.Done()
		sctx, done := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
		defer done()
		if err := srv.Shutdown(sctx); err != nil {
			o.log.Error("health and metrics server shutdown", "err", err)
		}
	})
	o.log.Info("serving /healthz and /metrics", "addr", o.addr)
	return func() {
		cancel()
		wg.Wait()
	}
}

// Addr is the address Start listens on (with the port chosen, for ":0"),
// empty when it serves nothing. Call it after Start.
func (o *Ops) Addr() string { return o.addr }
