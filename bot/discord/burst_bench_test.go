package discord_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// burstRate is Discord's global limit, enforced by the fake and paced by
// the transport.
const burstRate = 50

// BenchmarkBurst sends a burst of check-ins, all due on the same second,
// to distinct people through the production path: Scheduler.RunDue (batch
// 500) with bot.Deliverer (the real coach on Redis) and the real
// discord.Transport transport (Rate 50, its pace and DM channel ids kept in
// Redis, as cmd/aftercare wires it), opened on a fake Discord that answers
// 429 to anything over 50 requests in a second (WithGlobalRateLimit(50)).
//
// Everyone's DM channel id is in Redis before the transport opens, as a
// previous process leaves it: learnt from each person's DM interactions,
// or opened when they used a server command. It runs two bursts, on two
// days, on one transport:
//
//   - after-restart/workers=4: the first burst after a start, as
//     cmd/aftercare runs it (one scheduler, 4 workers);
//   - next-day/workers=1: the same people the next day, one job at a time.
//
// It reports the wall time (s), its ratio to the ideal jobs/50 seconds
// (x-ideal), the 429s the fake answered, and REST requests per job. The goal
// for 10k jobs is 1.1 × 200 s + 2 s = 222 s with no 429.
//
// It takes minutes, so it runs only with AFTERCARE_BENCH_BURST=1 (scripts/bench
// sets it), on a real Redis (REDIS_URL). AFTERCARE_BENCH_BURST_JOBS
// changes the number of jobs (default 10000); AFTERCARE_BENCH_BURST_RTT
// (like 50ms) holds every REST request that long before the fake answers,
// as Discord's distance would. Run with -benchtime=1x.
func BenchmarkBurst(b *testing.B) {
	if os.Getenv("AFTERCARE_BENCH_BURST") != "1" {
		b.Skip("takes minutes: set AFTERCARE_BENCH_BURST=1 to run it (scripts/bench does)")
	}
	if os.Getenv("REDIS_URL") == "" {
		b.Skip("REDIS_URL is not set: this benchmark measures a real Redis (scripts/bench sets it)")
	}
	jobs := 10000
	if v := os.Getenv("AFTERCARE_BENCH_BURST_JOBS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("AFTERCARE_BENCH_BURST_JOBS=%q: want a positive number", v)
		}
		jobs = n
	}
	var rtt time.Duration
	if v := os.Getenv("AFTERCARE_BENCH_BURST_RTT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			b.Fatalf("AFTERCARE_BENCH_BURST_RTT=%q: want a duration like 50ms", v)
		}
		rtt = d
	}
	w := newBurstWorld(b, jobs, rtt)
	b.Run("after-restart/workers=4", func(b *testing.B) { w.burst(b, "2026-03-03", 4) })
	b.Run("next-day/workers=1", func(b *testing.B) { w.burst(b, "2026-03-04", 1) })
}

// burstWorld is a Discord transport on a rate-limiting fake Discord, the
// real coach and scheduler on Redis, and people onboarded with a check-in
// at 09:00 London time.
type burstWorld struct {
	people  []string
	fake    *fakediscord.Server
	dc      *discord.Transport
	store   *storage.Redis
	clock   *localtime.FakeClock
	deliver scheduler.Handler
}

func newBurstWorld(b *testing.B, people int, rtt time.Duration) *burstWorld {
	b.Helper()
	ctx := context.Background()
	w := &burstWorld{store: redistest.Open(b), clock: localtime.NewFakeClock(time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC))}
	w.fake = fakediscord.New(fakediscord.WithToken(testToken), fakediscord.WithGlobalRateLimit(burstRate))
	if err := w.fake.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		for _, v := range w.fake.Violations() {
			b.Errorf("fake Discord: %s", v)
		}
		if err := w.fake.Close(); err != nil {
			b.Errorf("close fake Discord: %v", err)
		}
	})
	c := coach.New(w.store, w.store, w.clock, nil)
	base, err := url.Parse(slowProxy(b, w.fake.URL(), rtt))
	if err != nil {
		b.Fatal(err)
	}
	for i := range people {
		p := coach.Person{
			ID: fmt.Sprintf("6%017d", i), Name: "p", Consented: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
			Zone: "Europe/London", CheckInAt: localtime.LocalTime{Hour: 9, Set: true}, Status: coach.StatusActive,
		}
		if err := w.store.SavePerson(ctx, p); err != nil {
			b.Fatal(err)
		}
		if err := w.store.SaveDMChannel(ctx, p.ID, w.fake.DMChannel(p.ID)); err != nil {
			b.Fatal(err)
		}
		w.people = append(w.people, p.ID)
	}
	w.dc = &discord.Transport{Token: testToken, APIBase: base, Router: bot.Router{Coach: c}, Rate: burstRate, Slots: w.store, DMs: w.store}
	if err := w.dc.Open(ctx); err != nil {
		b.Fatalf("Open: %v", err)
	}
	b.Cleanup(func() {
		if err := w.dc.Close(); err != nil {
			b.Errorf("Close: %v", err)
		}
	})
	w.deliver = bot.Deliverer{Coach: c, Sender: w.dc}.Handle
	return w
}

// slowProxy returns target itself for rtt 0, else the URL of a proxy that
// holds each REST request rtt before passing it to target. The gateway
// websocket goes to the fake directly: GET /gateway names it.
func slowProxy(b *testing.B, target string, rtt time.Duration) string {
	if rtt == 0 {
		return target
	}
	u, err := url.Parse(target)
	if err != nil {
		b.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(u)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(rtt)
		proxy.ServeHTTP(w, r)
	}))
	b.Cleanup(srv.Close)
	return srv.URL
}

// burst schedules everyone's check-in for day at 09:00 London (GMT in
// early March), moves the clock there and times one scheduler's RunDue,
// with the given number of workers, until all are sent.
func (w *burstWorld) burst(b *testing.B, day localtime.Day, workers int) {
	if b.N > 1 {
		b.Fatal("one op is the whole burst: run with -benchtime=1x")
	}
	ctx := context.Background()
	y, m, d := day.Date()
	due := time.Date(y, m, d, 9, 0, 0, 0, time.UTC)
	var jobs []coach.Job
	for _, p := range w.people {
		jobs = append(jobs, coach.NewJob(p, coach.JobCheckIn, day, due))
		if len(jobs) == 1000 {
			if err := w.store.Schedule(ctx, jobs...); err != nil {
				b.Fatal(err)
			}
			jobs = jobs[:0]
		}
	}
	if err := w.store.Schedule(ctx, jobs...); err != nil {
		b.Fatal(err)
	}
	w.clock.Set(due)
	limited, requests := w.fake.RateLimited(), w.dc.Stats.Requests.Load()
	s := &scheduler.Scheduler{Queue: w.store, Clock: w.clock, Handle: w.deliver, Workers: workers}

	b.ResetTimer()
	start := time.Now()
	ran, err := s.RunDue(ctx)
	took := time.Since(start)
	b.StopTimer()
	if err != nil {
		b.Error(err)
	}
	if failed := s.Stats().Failed.Load(); ran != len(w.people) || failed != 0 {
		b.Errorf("sent %d check-ins with %d failures, want %d sent", ran, failed, len(w.people))
	}
	n := float64(len(w.people))
	b.ReportMetric(took.Seconds(), "s")
	b.ReportMetric(took.Seconds()/(n/burstRate), "x-ideal")
	b.ReportMetric(float64(w.fake.RateLimited()-limited), "429s")
	b.ReportMetric(float64(w.dc.Stats.Requests.Load()-requests)/n, "requests/job")
	b.ReportMetric(n/took.Seconds(), "jobs/s")
}
