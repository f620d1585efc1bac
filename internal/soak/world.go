package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

const token = "soak-token"

// world is the bot as cmd/aftercare wires it for Discord, on a fake
// Discord in the same process and a fake clock.
type world struct {
	fake   *fakediscord.Server
	clock  *localtime.FakeClock
	store  *storage.Redis
	prefix string
	dc     *discord.Transport
	sched  *scheduler.Scheduler
	log    *slog.Logger
	errs   *counting

	mu       sync.Mutex
	waiting  map[string]chan discord.Handled // by interaction id
	notified map[string]bool                 // people sent a scheduled message this step

	interactions, stuck, failed, kept, unfinished atomic.Int64
}

// simStart is a Monday, midnight UTC.
var simStart = time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)

func openWorld(ctx context.Context, o options, errs *counting) (*world, error) {
	log := slog.New(errs)
	w := &world{clock: localtime.NewFakeClock(simStart), log: log, errs: errs,
		waiting: map[string]chan discord.Handled{}, notified: map[string]bool{}}
	w.prefix = "soak:" + randomHex() + ":"
	store, err := storage.Open(ctx, o.redisURL, storage.Options{Prefix: w.prefix, Attempts: 1, Log: log, DataKey: randomKey()})
	if err != nil {
		return nil, fmt.Errorf("open Redis: %w", err)
	}
	w.store = store
	w.fake = fakediscord.New(fakediscord.WithToken(token))
	if err := w.fake.Start(); err != nil {
		return nil, fmt.Errorf("start the fake Discord: %w", err)
	}
	c := coach.New(store, store, w.clock, log, coach.Config{})
	if err := store.Schedule(ctx, coach.RetentionJob(w.clock.Now())); err != nil {
		return nil, fmt.Errorf("plan the retention sweep: %w", err)
	}
	base, err := url.Parse(w.fake.URL())
	if err != nil {
		return nil, err
	}
	// Rate: the fake has no global limit, and a paced month would take
	// hours of wall time; the pace is still taken from Redis per request.
	// The person limiter's pace is shortened by as much: a simulated person
	// presses a check-in's buttons within milliseconds, not minutes.
	w.dc = &discord.Transport{Token: token, APIBase: base, DefaultZone: "Europe/London", Log: log, Rate: 1e5,
		Router: bot.Router{Coach: c, Log: log, Limit: &bot.PersonLimiter{Every: time.Millisecond}}, Slots: store, DMs: store, Seen: store,
		Observe: w.observe}
	if err := w.dc.Open(ctx); err != nil {
		return nil, fmt.Errorf("open the transport: %w", err)
	}
	deliver := bot.Deliverer{Coach: c, Sender: w.dc, Log: log}.Handle
	w.sched = &scheduler.Scheduler{Queue: store, Clock: w.clock, Log: log, Workers: 4,
		Handle: func(ctx context.Context, job coach.Job) error {
			w.mu.Lock()
			w.notified[job.Person] = true
			w.mu.Unlock()
			return deliver(ctx, job)
		}}
	return w, nil
}

// close stops the transport and the fake, deletes the soak's keys and
// closes the store.
func (w *world) close(ctx context.Context) error {
	var first error
	keep := func(err error) {
		if err != nil && first == nil {
			first = err
		}
	}
	if w.dc != nil {
		keep(w.dc.Close())
	}
	if w.fake != nil {
		keep(w.fake.Close())
	}
	if w.store != nil {
		keep(deletePrefix(ctx, w.store.Client(), w.prefix))
		keep(w.store.Close())
	}
	return first
}

// drain runs every job due now, batch after batch.
func (w *world) drain(ctx context.Context) error {
	for {
		n, err := w.sched.RunDue(ctx)
		if err != nil {
			return fmt.Errorf("run due jobs: %w", err)
		}
		if n == 0 {
			return nil
		}
	}
}

// takeNotified returns the people sent a scheduled message since the last call.
func (w *world) takeNotified() map[string]bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := w.notified
	w.notified = map[string]bool{}
	return n
}

func (w *world) observe(h discord.Handled) {
	if h.Err != nil {
		w.failed.Add(1)
	}
	w.slot(h.ID) <- h
}

// slot is the channel on which interaction id's outcome arrives; either
// side may come first.
func (w *world) slot(id string) chan discord.Handled {
	w.mu.Lock()
	defer w.mu.Unlock()
	ch, ok := w.waiting[id]
	if !ok {
		ch = make(chan discord.Handled, 1)
		w.waiting[id] = ch
	}
	return ch
}

// do injects an interaction and waits until the transport has finished
// with it, then returns what the fake recorded of the answer. An answer
// that does not come within a minute counts as stuck.
func (w *world) do(ctx context.Context, in fakediscord.Interaction) []fakediscord.InteractionResponse {
	rs, _ := w.doHandled(ctx, in)
	return rs
}

// doHandled is do, with how the transport handled the interaction.
func (w *world) doHandled(ctx context.Context, in fakediscord.Interaction) ([]fakediscord.InteractionResponse, discord.Handled) {
	w.interactions.Add(1)
	id, _ := w.fake.InjectInteraction(in)
	ch := w.slot(id)
	defer func() {
		w.mu.Lock()
		delete(w.waiting, id)
		w.mu.Unlock()
	}()
	var h discord.Handled
	select {
	case h = <-ch:
	case <-time.After(time.Minute):
		w.stuck.Add(1)
		return nil, h
	case <-ctx.Done():
		return nil, h
	}
	return w.fake.InteractionResponses(id), h
}

func randomHex() string {
	b := make([]byte, 4)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func randomKey() []byte {
	b := make([]byte, 32)
	rand.Read(b)
	return b
}
