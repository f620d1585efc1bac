package ops_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/ops"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// t0 is 09:00 on a Monday.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// start serves o on a free local port until the test ends.
func start(t *testing.T, o *ops.Ops) string {
	t.Helper()
	stop := o.Start(context.Background(), "127.0.0.1:0")
	t.Cleanup(stop)
	if o.Addr() == "" {
		t.Fatal("Start did not listen")
	}
	return "http://" + o.Addr()
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// metric returns the value of the sample named name (with its labels, as
// written, e.g. `x_total{kind="press"}`) in a Prometheus text exposition.
func metric(t *testing.T, body, name string) float64 {
	t.Helper()
	for line := range strings.Lines(body) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			return f
		}
	}
	t.Fatalf("no %s in /metrics", name)
	return 0
}

func TestMetrics(t *testing.T) {
	ctx := context.Background()
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0)
	cfg := config(store, clock, true)
	cfg.Replication = func() ops.ReplicationCounts { return ops.ReplicationCounts{Waited: 7, Unacknowledged: 2} }
	o := ops.New(cfg)
	base := start(t, o)

	jobs := []coach.Job{
		coach.NewJob("ann", coach.JobCheckIn, "2026-03-01", t0.Add(-90*time.Second)),
		coach.NewJob("ann", coach.JobNudge, "2026-03-02", t0.Add(-30*time.Second)),
		coach.NewJob("bob", coach.JobCheckIn, "2026-03-02", t0.Add(-10*time.Second)), // bob has stopped
		coach.NewJob("cat", coach.JobCheckIn, "2026-03-02", t0.Add(-5*time.Second)),  // cat's fails: retried later
		coach.NewJob("dan", coach.JobSummary, "2026-03-02", t0.Add(-2*time.Second)),  // dan's waits for the morning
		coach.NewJob("ann", coach.JobCheckIn, "2026-03-02", t0.Add(time.Hour)),       // not due yet
	}
	if err := store.Schedule(ctx, jobs...); err != nil {
		t.Fatal(err)
	}
	handle := func(_ context.Context, job coach.Job) error {
		switch job.Person {
		case "bob":
			return coach.ErrInactive
		case "cat":
			return errors.New("discord is down")
		case "dan":
			return coach.Later{At: t0.Add(2 * time.Hour)}
		}
		return nil
	}
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: timed(o, handle)}
	watchJobs(o, sched)
	if n, err := sched.RunDue(ctx); err != nil || n != 3 {
		t.Fatalf("RunDue = %d, %v; want 3 finished (2 sent, 1 dropped)", n, err)
	}
	o.Observe(ops.Handled{Kind: "command:start", Took: 200 * time.Millisecond})
	o.Observe(ops.Handled{Kind: "press:answer", Took: 100 * time.Millisecond})
	o.Observe(ops.Handled{Kind: "message:submit:answer", Took: 100 * time.Millisecond})
	o.Observe(ops.Handled{Kind: "ask:note", Took: 50 * time.Millisecond})
	o.Observe(ops.Handled{Kind: "submit:note", Took: 4 * time.Second, Deferred: true, Err: errors.New("404")})
	o.Observe(ops.Handled{Kind: "refused:stale"})
	o.Observe(ops.Handled{Kind: "ignored"})

	code, body := get(t, base+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("GET /metrics: %d\n%s", code, body)
	}
	want := map[string]float64{
		"aftercare_jobs_started_total":                       5,
		"aftercare_jobs_sent_total":                          2,
		"aftercare_jobs_dropped_total":                       1,
		"aftercare_jobs_failed_total":                        1,
		"aftercare_jobs_dead_lettered_total":                 0,
		"aftercare_jobs_put_off_total":                       1,
		"aftercare_job_delivery_lag_seconds_count":           5,
		"aftercare_job_delivery_lag_seconds_sum":             90 + 30 + 10 + 5 + 2,
		`aftercare_job_delivery_lag_seconds_bucket{le="10"}`: 3,
		// Waiting: the one not due yet, cat's retry and dan's put-off job.
		"aftercare_queue_scheduled_jobs": 3,
		"aftercare_queue_overdue_jobs":   0,
		"aftercare_queue_leased_jobs":    0,
		"aftercare_queue_dead_letters":   0,

		"aftercare_replica_waits_total":          7,
		"aftercare_replica_unacknowledged_total": 2,

		`aftercare_interaction_duration_seconds_count{kind="command"}`:        1,
		`aftercare_interaction_duration_seconds_count{kind="press"}`:          2,
		`aftercare_interaction_duration_seconds_count{kind="submit"}`:         1,
		`aftercare_interaction_duration_seconds_count{kind="message"}`:        1,
		`aftercare_interaction_duration_seconds_count{kind="refused"}`:        1,
		`aftercare_interaction_duration_seconds_count{kind="other"}`:          1,
		`aftercare_interaction_duration_seconds_count{kind="autocomplete"}`:   0,
		`aftercare_interaction_duration_seconds_bucket{kind="submit",le="3"}`: 0,
		`aftercare_interaction_errors_total{kind="submit"}`:                   1,
		`aftercare_interaction_errors_total{kind="command"}`:                  0,
		`aftercare_interactions_deferred_total{kind="submit"}`:                1,
		"aftercare_checkin_answers_total":                                     2,
	}
	for name, v := range want {
		if got := metric(t, body, name); got != v {
			t.Errorf("%s = %v, want %v", name, got, v)
		}
	}
	if metric(t, body, "go_goroutines") <= 0 {
		t.Error("go_goroutines missing from the standard collectors")
	}
	if strings.Contains(body, "aftercare_discord_requests_total") {
		t.Error("Discord REST counters shown without a Discord transport")
	}
}

func TestConsoleMetrics(t *testing.T) {
	base := start(t, ops.New(config(redistest.Open(t), nil, false)))
	code, body := get(t, base+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("GET /metrics: %d\n%s", code, body)
	}
	if got := metric(t, body, "aftercare_queue_scheduled_jobs"); got != 0 {
		t.Errorf("aftercare_queue_scheduled_jobs = %v, want 0", got)
	}
	if strings.Contains(body, "aftercare_interaction_duration_seconds_count") {
		t.Error("interaction series shown for the console, which has none")
	}
}

func TestHealthz(t *testing.T) {
	// An embedded store of the test's own, to close underneath Ops.
	store, err := storage.Open(context.Background(), "", storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })

	t.Run("OK", func(t *testing.T) {
		base := start(t, ops.New(config(store, nil, false)))
		code, h := healthz(t, base)
		if code != http.StatusOK || h["redis"] != "ok" || h["discord"] != "not used" {
			t.Errorf("GET /healthz = %d %v, want 200 redis ok, discord not used", code, h)
		}
	})
	t.Run("DiscordNotConnected", func(t *testing.T) {
		base := start(t, ops.New(config(store, nil, true)))
		code, h := healthz(t, base)
		if code != http.StatusServiceUnavailable || h["redis"] != "ok" || h["discord"] != "disconnected" {
			t.Errorf("GET /healthz = %d %v, want 503 redis ok, discord disconnected", code, h)
		}
	})
	t.Run("RedisDown", func(t *testing.T) {
		o := ops.New(config(store, nil, false))
		watchJobs(o, &scheduler.Scheduler{})
		base := start(t, o)
		if err := store.Close(); err != nil {
			t.Fatal(err)
		}
		code, h := healthz(t, base)
		if code != http.StatusServiceUnavailable || !strings.HasPrefix(h["redis"], "down: ") {
			t.Errorf("GET /healthz = %d %v, want 503 redis down", code, h)
		}
		// /metrics still serves what it can.
		code, body := get(t, base+"/metrics")
		if code != http.StatusOK || !strings.Contains(body, "aftercare_jobs_started_total") || !strings.Contains(body, "aftercare_jobs_sent_total") {
			t.Errorf("GET /metrics with Redis down = %d, want 200 with the other metrics", code)
		}
		if strings.Contains(body, "aftercare_queue_scheduled_jobs") {
			t.Error("queue gauges shown though Redis is down")
		}
	})
}

func healthz(t *testing.T, base string) (int, map[string]string) {
	t.Helper()
	code, body := get(t, base+"/healthz")
	var h map[string]string
	if err := json.Unmarshal([]byte(body), &h); err != nil {
		t.Fatalf("GET /healthz: %v in %q", err, body)
	}
	return code, h
}

// TestDiscord runs the real transport on the fake Discord with Ops's
// Observe hook, as the binary does.
func TestDiscord(t *testing.T) {
	const token, alice = "test-token", "200000000000000001"
	fake := fakediscord.New(fakediscord.WithToken(token), fakediscord.WithUser(fakediscord.User{ID: alice, Username: "alice"}))
	if err := fake.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, v := range fake.Violations() {
			t.Errorf("fake Discord: %s", v)
		}
		fake.Close()
	})
	store := redistest.Open(t)
	o := ops.New(config(store, nil, true))
	base := start(t, o)

	seen := make(chan discord.Handled, 1)
	apiBase, err := url.Parse(fake.URL())
	if err != nil {
		t.Fatal(err)
	}
	c := coach.New(store, store, localtime.NewFakeClock(t0), nil, coach.Config{})
	d := &discord.Transport{Token: token, APIBase: apiBase, Router: bot.Router{Coach: c},
		Observe: func(h discord.Handled) {
			o.Observe(handled(h))
			select {
			case seen <- h:
			default:
			}
		}}
	if err := d.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	var closeOnce sync.Once
	closeDiscord := func() {
		closeOnce.Do(func() {
			if err := d.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
	}
	t.Cleanup(closeDiscord)
	watchDiscord(o, d)

	// discordgo's first heartbeat, which makes it ready, comes from a
	// goroutine of its own some time after Open.
	for deadline := time.Now().Add(10 * time.Second); !d.Connected(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("not connected 10s after Open")
		}
	}
	if code, h := healthz(t, base); code != http.StatusOK || h["discord"] != "connected" {
		t.Errorf("GET /healthz = %d %v, want 200 discord connected", code, h)
	}

	fake.InjectInteraction(fakediscord.Interaction{UserID: alice, Command: "help"})
	select {
	case h := <-seen:
		if h.Kind != "command:help" || h.Err != nil {
			t.Fatalf("handled %+v, want command:help without error", h)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("/help not handled within 10s")
	}
	_, body := get(t, base+"/metrics")
	if got := metric(t, body, `aftercare_interaction_duration_seconds_count{kind="command"}`); got != 1 {
		t.Errorf("command interactions = %v, want 1", got)
	}
	if got := metric(t, body, "aftercare_discord_requests_total"); got < 1 {
		t.Errorf("aftercare_discord_requests_total = %v, want at least 1", got)
	}
	if got := metric(t, body, "aftercare_discord_rate_limited_total"); got != 0 {
		t.Errorf("aftercare_discord_rate_limited_total = %v, want 0", got)
	}

	closeDiscord()
	if code, h := healthz(t, base); code != http.StatusServiceUnavailable || h["discord"] != "disconnected" {
		t.Errorf("after Close: GET /healthz = %d %v, want 503 discord disconnected", code, h)
	}
}
