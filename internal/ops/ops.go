// Package ops serves what operators and their tools look at: /healthz,
// which says whether Redis and Discord are reachable, and /metrics, in
// Prometheus's text format. It reads the scheduler's and the Discord
// transport's counters when scraped, so nothing in those packages knows it
// exists; what only happens as it happens (how late a job runs, how long an
// interaction took) comes in through Timed and Observe. Nor does it know
// them: it imports none of Aftercare's packages, and cmd/aftercare hands it
// small functions that read each part (Config, WatchJobs, WatchDiscord).
// Everything it exposes is counts and durations: never a person's id, name
// or answer.
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
)

// Config is what Ops watches. Ops imports none of the parts it reports
// on: cmd/aftercare, where the parts are wired together, hands it these
// functions, and WatchJobs and WatchDiscord the rest once they exist.
type Config struct {
	// Ping checks that Redis answers, for /healthz. Required.
	Ping func(ctx context.Context) error
	// QueueDepth counts the jobs in the queue at now, for the queue
	// gauges. Required.
	QueueDepth func(ctx context.Context, now time.Time) (QueueDepth, error)
	Clock      Clock // the scheduler's clock, for lag and overdue jobs; nil: the system clock
	Log        *slog.Logger
	// Discord says the Discord transport is in use, so /healthz fails
	// until it is connected. False: the console, "not used".
	Discord bool
	// Replication counts the waits for a Redis replica before answers
	// were confirmed. Nil: not shown.
	Replication func() ReplicationCounts
}

// ReplicationCounts are how often an answer waited for a Redis replica to
// hold what it wrote, and how often none acknowledged in time (the answer
// was confirmed anyway).
type ReplicationCounts struct {
	Waited, Unacknowledged int64
}

// Clock is the scheduler's clock: the time a job's lateness and the
// queue's backlog are measured against.
type Clock interface {
	Now() time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// QueueDepth is how many jobs the queue holds, by state.
type QueueDepth struct {
	Scheduled int64 // waiting to fall due, now or later
	Overdue   int64 // people with a job due at or before now and not yet claimed: the backlog
	Leased    int64 // claimed and not yet acknowledged
	Dead      int64 // set aside for good after failing too often
}

// JobCounts are the scheduler's totals since it started.
type JobCounts struct {
	Sent    int64 // handled successfully
	Failed  int64 // attempts that failed
	Dead    int64 // dead-lettered
	Dropped int64 // dropped because their person has stopped or is gone
}

// RESTCounts are the REST requests the Discord transport has made since
// it started, and what Discord answered.
type RESTCounts struct {
	Requests, RateLimited, ServerErrors int64
}

// Ops collects Aftercare's metrics and serves them with /healthz. Make one
// with New.
type Ops struct {
	cfg      Config
	log      *slog.Logger
	registry *prometheus.Registry
	events   *events
	jobs     atomic.Pointer[func() JobCounts]
	discord  atomic.Pointer[discordWatch]
	addr     string
}

// discordWatch is what WatchDiscord was given.
type discordWatch struct {
	connected func() bool
	rest      func() RESTCounts
}

// New makes an Ops with its private registry: Aftercare's metrics and the
// Go runtime's and process's standard ones.
func New(cfg Config) *Ops {
	if cfg.Clock == nil {
		cfg.Clock = systemClock{}
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

// WatchJobs adds the scheduler's counters, read with counts at every
// scrape. Call it once the scheduler exists.
func (o *Ops) WatchJobs(counts func() JobCounts) {
	o.jobs.Store(&counts)
}

// WatchDiscord adds the Discord transport: connected reports whether its
// gateway connection is up (for /healthz), rest its REST counters (for
// /metrics). Call it once the transport is open; until then /healthz says
// Discord is disconnected.
func (o *Ops) WatchDiscord(connected func() bool, rest func() RESTCounts) {
	o.discord.Store(&discordWatch{connected: connected, rest: rest})
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
