package discord_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

const (
	testToken = "test-token"
	alice     = "200000000000000001"
	bob       = "200000000000000002"
	guildID   = "300000000000000001"
	generalID = "300000000000000002"
)

// t0 is 09:00 on a Monday in London (GMT in early March).
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// harness is a Discord transport on a fake Discord, with the real coach on
// Redis and a fake clock.
type harness struct {
	t     *testing.T
	fake  *fakediscord.Server
	clock *localtime.FakeClock
	store *storage.Redis
	coach *coach.Coach
	dc    *discord.Transport
	seen  *observed
}

// newHarness starts everything for one test and stops it when the test
// ends, checking then that the fake saw no violation of Discord's rules.
func newHarness(t *testing.T, tweak ...func(*discord.Transport)) *harness {
	t.Helper()
	h := &harness{t: t, fake: startFake(t), clock: localtime.NewFakeClock(t0), store: redistest.Open(t)}
	h.coach = coach.New(h.store, h.store, h.clock, nil)
	h.dc, h.seen = openDiscord(t, h.fake, bot.Router{Coach: h.coach}, tweak...)
	return h
}

// startFake starts a fake Discord with one guild (alice and bob are
// members) and stops it last, after checking its violations.
func startFake(t *testing.T, opts ...fakediscord.Option) *fakediscord.Server {
	t.Helper()
	base := []fakediscord.Option{
		fakediscord.WithToken(testToken),
		fakediscord.WithUser(fakediscord.User{ID: alice, Username: "alice", GlobalName: "Alice"}),
		fakediscord.WithUser(fakediscord.User{ID: bob, Username: "bob"}),
		fakediscord.WithGuild(fakediscord.Guild{ID: guildID, Name: "Aftercare group", OwnerID: alice,
			Channels: []fakediscord.Channel{{ID: generalID, Name: "general"}},
			Members: []fakediscord.Member{
				{User: fakediscord.User{ID: alice, Username: "alice", GlobalName: "Alice"}},
				{User: fakediscord.User{ID: bob, Username: "bob"}},
			}}),
	}
	fake := fakediscord.New(append(base, opts...)...)
	if err := fake.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, v := range fake.Violations() {
			t.Errorf("fake Discord: %s", v)
		}
		if err := fake.Close(); err != nil {
			t.Errorf("close fake Discord: %v", err)
		}
	})
	return fake
}

// openDiscord opens a transport on the fake and closes it when the test
// ends (before the fake closes).
func openDiscord(t *testing.T, fake *fakediscord.Server, router bot.Router, tweak ...func(*discord.Transport)) (*discord.Transport, *observed) {
	t.Helper()
	base, err := url.Parse(fake.URL())
	if err != nil {
		t.Fatal(err)
	}
	seen := &observed{byID: map[string]discord.Handled{}}
	dc := &discord.Transport{Token: testToken, APIBase: base, Router: router, DefaultZone: "Europe/London", Observe: seen.add}
	for _, f := range tweak {
		f(dc)
	}
	if err := dc.Open(context.Background()); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := dc.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return dc, seen
}

// observed collects what the transport reports it handled.
type observed struct {
	mu    sync.Mutex
	byID  map[string]discord.Handled
	times map[string]int // how often each id was handled
}

func (o *observed) add(h discord.Handled) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.byID[h.ID] = h
	if o.times == nil {
		o.times = map[string]int{}
	}
	o.times[h.ID]++
}

// waitTimes returns how the transport handled id the n-th time, once it has.
func (o *observed) waitTimes(t *testing.T, id string, n int) discord.Handled {
	t.Helper()
	var h discord.Handled
	eventually(t, fmt.Sprintf("the transport to handle %s %d times", id, n), func() bool {
		o.mu.Lock()
		defer o.mu.Unlock()
		h = o.byID[id]
		return o.times[id] >= n
	})
	return h
}

// wait returns how the transport handled id, once it has.
func (o *observed) wait(t *testing.T, id string) discord.Handled {
	t.Helper()
	var h discord.Handled
	eventually(t, "the transport to handle "+id, func() bool {
		o.mu.Lock()
		defer o.mu.Unlock()
		var ok bool
		h, ok = o.byID[id]
		return ok
	})
	if h.Err != nil {
		t.Errorf("handling %s (%s): %v", id, h.Kind, h.Err)
	}
	return h
}

// do injects an interaction, waits until the transport has finished with
// it, checks that it was acknowledged exactly once and that Discord
// accepted everything sent for it, and returns what was sent.
func (h *harness) do(in fakediscord.Interaction) []fakediscord.InteractionResponse {
	h.t.Helper()
	return do(h.t, h.fake, h.seen, in)
}

func do(t *testing.T, fake *fakediscord.Server, seen *observed, in fakediscord.Interaction) []fakediscord.InteractionResponse {
	t.Helper()
	id, _ := fake.InjectInteraction(in)
	seen.wait(t, id)
	// Over the interactions endpoint the fake takes the answer on its own
	// goroutine, which may come after the transport is done.
	var rs []fakediscord.InteractionResponse
	callbacks := 0
	eventually(t, "the callback of "+id, func() bool {
		rs, callbacks = fake.InteractionResponses(id), 0
		for _, r := range rs {
			if r.Action == "callback" {
				callbacks++
			}
		}
		return callbacks > 0
	})
	for _, r := range rs {
		if r.Status >= 300 {
			t.Errorf("interaction %s: %s answered %d: %s", id, r.Action, r.Status, r.JSON)
		}
	}
	if callbacks != 1 {
		t.Fatalf("interaction %s was acknowledged %d times, want once: %+v", id, callbacks, rs)
	}
	return rs
}

// shown returns the messages an interaction's responses created or edited.
func shown(rs []fakediscord.InteractionResponse) []fakediscord.Message {
	var out []fakediscord.Message
	for _, r := range rs {
		if r.Message != nil {
			out = append(out, *r.Message)
		}
	}
	return out
}

// text is everything a message shows, for assertions.
func text(m fakediscord.Message) string {
	parts := []string{m.Content}
	for _, e := range m.Embeds {
		parts = append(parts, e.Title, e.Description)
	}
	return strings.Join(parts, "\n")
}

func allText(ms []fakediscord.Message) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, text(m))
	}
	return strings.Join(parts, "\n")
}

// button returns the custom_id of the button labelled label on m.
func button(t *testing.T, m fakediscord.Message, label string) string {
	t.Helper()
	var labels []string
	for _, row := range m.Components {
		for _, c := range row.Components {
			if c.Label == label {
				return c.CustomID
			}
			labels = append(labels, c.Label)
		}
	}
	t.Fatalf("no button %q on message %q; buttons: %q", label, text(m), labels)
	return ""
}

// lastWithButtons returns the newest message in a channel with buttons.
func lastWithButtons(t *testing.T, fake *fakediscord.Server, channel string) fakediscord.Message {
	t.Helper()
	ms := fake.Messages(channel)
	for i := len(ms) - 1; i >= 0; i-- {
		if len(ms[i].Components) > 0 {
			return ms[i]
		}
	}
	t.Fatalf("no message with buttons in channel %s", channel)
	return fakediscord.Message{}
}

// submit fills in the modal an interaction opened and submits it.
func (h *harness) submit(user string, rs []fakediscord.InteractionResponse, value string) []fakediscord.InteractionResponse {
	h.t.Helper()
	m := rs[0].Modal
	if m == nil {
		h.t.Fatalf("no modal opened: %+v", rs)
	}
	field := m.Components[0].Components[0].CustomID
	return h.do(fakediscord.Interaction{Type: fakediscord.ModalSubmitInteraction, UserID: user,
		CustomID: m.CustomID, Fields: []fakediscord.ModalField{{CustomID: field, Value: value}}})
}

// finishOnboarding answers any further setup question with its first
// button until the coach says all is set, which must mention want.
func (h *harness) finishOnboarding(user string, rs []fakediscord.InteractionResponse, want string) {
	h.t.Helper()
	for range 5 {
		ms := shown(rs)
		if strings.Contains(allText(ms), "All set") {
			contains(h.t, allText(ms), want)
			return
		}
		last := ms[len(ms)-1]
		if len(last.Components) == 0 {
			break
		}
		rs = h.do(fakediscord.Interaction{UserID: user, CustomID: last.Components[0].Components[0].CustomID})
	}
	h.t.Fatalf("onboarding did not finish; last shown:\n%s", allText(shown(rs)))
}

// hasChart reports whether one of ms shows the weekly chart in its embed.
func hasChart(ms []fakediscord.Message) bool {
	for _, m := range ms {
		if len(m.Attachments) == 1 && m.Attachments[0].Filename == "week.png" && m.Attachments[0].Size > 0 &&
			len(m.Embeds) > 0 && m.Embeds[len(m.Embeds)-1].Image != nil && m.Embeds[len(m.Embeds)-1].Image.URL == "attachment://week.png" {
			return true
		}
	}
	return false
}

func contains(t *testing.T, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Errorf("shown text lacks %q\n--- shown ---\n%s", want, got)
	}
}

// eventually polls cond for up to ten seconds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// coachFunc is a stand-in coach, for tests of the transport alone.
type coachFunc func(ctx context.Context, ev coach.Event) ([]coach.Message, error)

func (f coachFunc) Handle(ctx context.Context, ev coach.Event) ([]coach.Message, error) {
	return f(ctx, ev)
}
