package discord_test

import (
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot/discord"
)

func TestConnected(t *testing.T) {
	if (&discord.Transport{}).Connected() {
		t.Error("Connected before Open = true, want false")
	}
	h := newHarness(t)
	waitConnected(t, h.dc)
	if err := h.dc.Close(); err != nil {
		t.Fatal(err)
	}
	if h.dc.Connected() {
		t.Error("Connected after Close = true, want false")
	}
}

// waitConnected waits for discordgo's first heartbeat, which a goroutine of
// its own sends at some point after Open.
func waitConnected(t *testing.T, d *discord.Transport) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !d.Connected(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("Connected still false 10s after Open")
		}
	}
}
