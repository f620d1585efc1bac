package main

import (
	"cmp"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/risk"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// consolePrefix keeps a console's data apart from a Discord deployment's
// when both point at one Redis, so the console never claims their jobs.
const consolePrefix = "console:"

// Main is one running Aftercare: its store, scheduler and transport.
type Main struct {
	Config Config
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Clock  scheduler.Clock // nil: from Config.ClockSpeed
	Prefix string          // Redis key prefix; empty: consolePrefix
	Charts string          // where the console makes its person's folder for charts and exports; empty: the system's temporary folder

	store *storage.Redis
	// memLimit is the soft memory limit run set (0: none) and memWhy why,
	// for Run to log: it is the process's, set once, not each Main's.
	memLimit int64
	memWhy   string
	// gcPercent is the GOGC run set (0: none) and gcWhy why.
	gcPercent int
	gcWhy     string
}

// Run starts everything and blocks until the transport ends or ctx is
// cancelled, then stops in order: the transport (finishing the interactions
// in hand), the scheduler (finishing the job in hand) and the crisis
// retrier (finishing the recording in hand, one last pass), the store.
func (m *Main) Run(ctx context.Context) error {
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: m.Config.LogLevel}))
	if m.memLimit > 0 {
		log.Info("Go memory limit set", "limit", m.memWhy)
	} else if m.memWhy != "" {
		log.Debug("Go memory limit not set by Aftercare", "why", m.memWhy)
	}
	if m.gcPercent > 0 {
		log.Info("Go GC percent set", "gogc", m.gcWhy)
	} else if m.gcWhy != "" {
		log.Debug("Go GC percent not set by Aftercare", "why", m.gcWhy)
	}
	go risk.Prepare() // while Redis and Discord connect, not when the first text arrives
	discord := m.Config.DiscordToken != ""
	prefix := m.Prefix
	if prefix == "" && !discord {
		prefix = consolePrefix
	}
	key := m.Config.DataKey
	if key == nil {
		key = throwawayKey()
		log.Warn("no DATA_KEY set: notes are encrypted with a throwaway key, and cannot be read after Aftercare exits; set DATA_KEY to keep them (aftercare key makes one)")
	}
	store, err := storage.Open(ctx, m.Config.RedisURL, storage.Options{Prefix: prefix, Log: log, DataKey: key, PreviousKeys: m.Config.PreviousKeys, KeyStoreURL: m.Config.KeyStoreURL})
	if err != nil {
		return err
	}
	m.store = store
	defer m.Close()
	// Before anything reads or writes health data: a wrong key stops here,
	// rather than leaving every note unread. A throwaway key has nothing
	// to match (LoadConfig allows one only without REDIS_URL).
	if m.Config.DataKey != nil {
		if err := store.CheckDataKey(ctx); err != nil {
			return err
		}
	}
	if store.Embedded() {
		log.Warn("no REDIS_URL set: using an embedded in-process Redis; everything is lost when Aftercare exits")
	} else if !store.KeysApart() {
		log.Warn("no KEYSTORE_URL set: each person's own key is kept in the data's Redis, wrapped with DATA_KEY, so its snapshots and AOF files still hold the keys of people who have since used /delete; see the README's Privacy section")
	}
	// Before anything uses the store: data an earlier version wrote (job
	// ids that name people and days) is brought to this version's form.
	if n, err := store.Upgrade(ctx); err != nil {
		return fmt.Errorf("upgrade stored data: %w", err)
	} else if n > 0 {
		log.Info("stored data upgraded to this version's form", "records", n)
	}
	clock := m.clock(log)
	mon := newOps(store, clock, log, discord)
	stopOps := mon.Start(ctx, m.Config.MetricsAddr)
	defer stopOps()
	wv, err := listenWeb(m.Config, clock)
	if err != nil {
		return err
	}
	c := coach.New(store, store, clock, log, coach.Config{TherapistRole: m.Config.TherapistRole, TherapistGuilds: m.Config.TherapistGuilds, DefaultZone: m.Config.DefaultTimeZone, RetentionDays: m.Config.RetentionDays, ClinicLine: m.Config.ClinicLine,
		Links: wv.linker(), DigestLinkOnly: m.Config.DigestLinkOnly})
	stopWeb := wv.serve(c, store, log)
	defer stopWeb()
	if err := store.Schedule(ctx, coach.RetentionJob(clock.Now())); err != nil {
		return fmt.Errorf("plan the nightly retention sweep: %w", err)
	}

	// Crisis replies sent while Redis is down have their recording made
	// once it is back: by the retrier, stopped with the scheduler.
	retrier := newCrisisRetrier(c.RecordCrisis, log)
	var sender bot.Sender
	var wait func() error
	if discord {
		if sender, wait, err = runDiscord(ctx, m.Config, c, retrier, store, log, mon); err != nil {
			return err
		}
	} else {
		console := &bot.Console{
			In: m.Stdin, Out: m.Stdout, Router: bot.Router{Coach: c, Log: log, Retry: retrier, Durable: store},
			Person: "console", Name: consoleName(), Styled: isTerminal(m.Stdin), ChartDir: cmp.Or(m.Charts, os.TempDir()),
			Locale: m.Config.ConsoleLocale,
		}
		sender, wait = console, func() error { return console.Run(ctx) }
	}
	sched := &scheduler.Scheduler{
		Queue: store, Clock: clock, Log: log,
		Handle:  timed(mon, bot.Deliverer{Coach: c, Sender: sender, Log: log}.Handle),
		MaxWait: time.Duration(m.Config.ClockSpeed * float64(time.Second)),
	}
	if discord {
		// Discord is tens of milliseconds away: sends overlap, so that the
		// shared pace, not the round trip, sets the rate of a burst.
		sched.Workers = discordWorkers
	}
	watchJobs(mon, sched)
	schedCtx, stopSched := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := sched.Run(schedCtx); err != nil {
			log.Error("scheduler stopped", "err", err)
		}
	})
	wg.Go(func() { retrier.Run(schedCtx) })
	err = wait()
	stopSched()
	wg.Wait()
	return err
}

// discordWorkers is how many scheduled messages are on their way to
// Discord at once. One at a time, a 50 ms round trip would allow 20 a
// second of Discord's 50; four keep the pace full with room to spare.
const discordWorkers = 4

func (m *Main) clock(log *slog.Logger) scheduler.Clock {
	if m.Clock != nil {
		return m.Clock
	}
	if m.Config.ClockSpeed == 1 {
		return localtime.SystemClock{}
	}
	log.Info("simulated time", "speed", m.Config.ClockSpeed, "one day takes", (24 * time.Hour / time.Duration(m.Config.ClockSpeed)).Round(time.Second))
	return localtime.NewScaledClock(m.Config.ClockSpeed)
}

// Close releases the store.
func (m *Main) Close() error {
	if m.store == nil {
		return nil
	}
	err := m.store.Close()
	m.store = nil
	if err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

func consoleName() string {
	if name := os.Getenv("USER"); name != "" {
		return name
	}
	return "you"
}

// isTerminal reports whether r is an interactive terminal, where a prompt
// and bold titles help; piped input gets plain text.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// throwawayKey is a random data key for the console and the demo, which
// may run without DATA_KEY; Discord mode refuses to start without one.
func throwawayKey() []byte {
	key := make([]byte, 32)
	rand.Read(key)
	return key
}
