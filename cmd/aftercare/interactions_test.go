package main

import (
	"context"
	"io"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/internal/testlog"
)

// TestMainServesInteractionsEndpoint runs Main with INTERACTIONS_ADDR and
// the fake's DISCORD_PUBLIC_KEY: the developer portal's check passes, an
// interaction POSTed there is answered in the HTTP answer, and cancelling
// (SIGTERM) stops the endpoint with the rest.
func TestMainServesInteractionsEndpoint(t *testing.T) {
	const user = "200000000000000009"
	fake := fakediscord.New(fakediscord.WithToken("main-test-token"),
		fakediscord.WithUser(fakediscord.User{ID: user, Username: "pat"}))
	if err := fake.Start(); err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	base, _ := url.Parse(fake.URL())
	key, err := discord.ParsePublicKey(fake.PublicKey())
	if err != nil {
		t.Fatal(err)
	}
	logs := &testlog.Buffer{}
	m := &Main{
		Config: Config{DiscordToken: "main-test-token", DiscordAPIBase: base, RedisURL: os.Getenv("REDIS_URL"), ClockSpeed: 1, DefaultTimeZone: "UTC",
			InteractionsAddr: "127.0.0.1:0", DiscordPublicKey: key},
		Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: logs,
		Prefix: redistest.Prefix(t),
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()

	re := regexp.MustCompile(`serving the interactions endpoint"? addr=(\S+)`)
	var addr string
	if !waitFor(func() bool {
		if m := re.FindStringSubmatch(logs.String()); m != nil {
			addr = m[1]
		}
		return addr != "" && len(fake.Commands("")) > 0 && len(fake.Identifies()) > 0
	}) {
		t.Fatalf("no interactions endpoint in the log:\n%s", logs.String())
	}
	endpoint := "http://" + addr
	if err := fake.PingEndpoint(ctx, endpoint); err != nil {
		t.Errorf("the developer portal's check: %v", err)
	}
	fake.SetInteractionsEndpoint(endpoint)
	id, _ := fake.InjectInteraction(fakediscord.Interaction{Type: fakediscord.CommandInteraction, UserID: user, Command: "crisis"})
	if !waitFor(func() bool { return len(fake.InteractionResponses(id)) > 0 }) {
		t.Fatal("/crisis was not answered")
	}
	if r := fake.InteractionResponses(id)[0]; r.Via != "endpoint" || r.Message == nil || !strings.Contains(r.Message.Content+embedText(r.Message), "Call or text 988") {
		t.Errorf("/crisis answer via %q: %s", r.Via, r.JSON)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run after cancel: %v", err)
	}
	if err := fake.PingEndpoint(context.Background(), endpoint); err == nil {
		t.Error("the endpoint still answers after shutdown")
	}
	for _, v := range fake.Violations() {
		t.Errorf("fake Discord: %s", v)
	}
}
