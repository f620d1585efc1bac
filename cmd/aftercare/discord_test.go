package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/internal/testlog"
)

// TestMainOnDiscord runs the binary's Main with DISCORD_TOKEN and
// DISCORD_API_BASE pointing at the fake Discord: commands are registered,
// a command in a DM is answered, /healthz and /metrics on METRICS_ADDR tell
// so, and cancelling (SIGTERM) shuts down cleanly.
func TestMainOnDiscord(t *testing.T) {
	const user = "200000000000000009"
	fake := fakediscord.New(fakediscord.WithToken("main-test-token"),
		fakediscord.WithUser(fakediscord.User{ID: user, Username: "pat"}))
	if err := fake.Start(); err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	base, _ := url.Parse(fake.URL())
	logs := &testlog.Buffer{}
	m := &Main{
		Config: Config{DiscordToken: "main-test-token", DiscordAPIBase: base, RedisURL: os.Getenv("REDIS_URL"), ClockSpeed: 1, DefaultTimeZone: "UTC",
			MetricsAddr: "127.0.0.1:0"},
		Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: logs,
		Prefix: redistest.Prefix(t),
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()

	if !waitFor(func() bool { return len(fake.Identifies()) > 0 && len(fake.Commands("")) > 0 }) {
		t.Fatal("the bot never connected and registered its commands")
	}
	var names []string
	for _, c := range fake.Commands("") {
		names = append(names, c.Name)
	}
	for _, want := range []string{"start", "session", "checkin", "summary", "settings", "stop", "crisis", "help"} {
		if !strings.Contains(","+strings.Join(names, ",")+",", ","+want+",") {
			t.Errorf("command /%s not registered (have %v)", want, names)
		}
	}
	id, _ := fake.InjectInteraction(fakediscord.Interaction{Type: fakediscord.CommandInteraction, UserID: user, Command: "crisis"})
	if !waitFor(func() bool { return len(fake.InteractionResponses(id)) > 0 }) {
		t.Fatal("/crisis was not answered")
	}
	// The fake's interactions carry the locale en-US: the US lines.
	if r := fake.InteractionResponses(id)[0]; r.Message == nil || !strings.Contains(r.Message.Content+embedText(r.Message), "Call or text 988") {
		t.Errorf("/crisis answer = %s", r.JSON)
	}
	// Neither THERAPIST_GUILDS nor DISCORD_GUILD_ID: one line says so.
	if n := strings.Count(logs.String(), "nobody can register as a therapist"); n != 1 {
		t.Errorf("%d lines say nobody can register as a therapist, want 1:\n%s", n, logs.String())
	}
	ops := opsAddr(t, logs)
	if code, body := get(t, "http://"+ops+"/healthz"); code != 200 || !strings.Contains(body, `"discord":"connected"`) || !strings.Contains(body, `"redis":"ok"`) {
		t.Errorf("/healthz = %d %s", code, body)
	}
	if code, body := get(t, "http://"+ops+"/metrics"); code != 200 || !regexp.MustCompile(`(?m)^aftercare_discord_requests_total [1-9]`).MatchString(body) {
		t.Errorf("/metrics = %d, without a count of Discord requests:\n%.2000s", code, body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run after cancel: %v", err)
	}
	for _, v := range fake.Violations() {
		t.Errorf("fake Discord: %s", v)
	}
}

// opsAddr reads the address the health and metrics server took from the
// log, since the test asks for any free port.
func opsAddr(t *testing.T, logs *testlog.Buffer) string {
	t.Helper()
	re := regexp.MustCompile(`serving /healthz and /metrics"? addr=(\S+)`)
	var addr string
	if !waitFor(func() bool {
		m := re.FindStringSubmatch(logs.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	}) {
		t.Fatalf("no health and metrics server in the log:\n%s", logs.String())
	}
	return addr
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", url, err)
	}
	return resp.StatusCode, string(body)
}

func embedText(m *fakediscord.Message) string {
	var b strings.Builder
	for _, e := range m.Embeds {
		b.WriteString(e.Title + e.Description)
	}
	return b.String()
}
