package fakediscord

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// rewriteTransport sends requests for https://discord.com to the fake. The
// real one lives in package bot; this one only serves these tests.
type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t rewriteTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host == "discord.com" {
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host, r.Host = t.base.Scheme, t.base.Host, ""
	}
	return t.next.RoundTrip(r)
}

const (
	testToken = "test-token"
	alice     = "200000000000000001"
	bob       = "200000000000000002"
	guildID   = "300000000000000001"
	generalID = "300000000000000002"
	roleID    = "300000000000000003"
)

// startFake starts a fake with a guild (one channel, one role, alice as a
// member with the role) and closes it when the test ends.
func startFake(t *testing.T, opts ...Option) *Server {
	t.Helper()
	base := []Option{
		WithToken(testToken),
		WithUser(User{ID: bob, Username: "bob"}),
		WithGuild(Guild{ID: guildID, Name: "Aftercare group", OwnerID: alice,
			Channels: []Channel{{ID: generalID, Name: "general"}},
			Roles:    []Role{{ID: roleID, Name: "Therapist"}},
			Members:  []Member{{User: User{ID: alice, Username: "alice"}, Roles: []string{roleID}}}}),
	}
	s := New(append(base, opts...)...)
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// newSession returns a discordgo session whose REST calls go to the fake.
func newSession(t *testing.T, s *Server) *discordgo.Session {
	t.Helper()
	dg, err := discordgo.New("Bot " + testToken)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse(s.URL())
	dg.Client = &http.Client{Timeout: 5 * time.Second, Transport: rewriteTransport{base, http.DefaultTransport}}
	dg.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	return dg
}

// openSession opens the gateway connection; the session is closed before
// the fake (cleanups run last first).
//
// discordgo's heartbeat goroutine sends its first heartbeat after Open has
// returned; if Close comes first, that heartbeat fails and discordgo starts
// reconnecting forever. So the cleanup waits for DataReady (set after the
// first heartbeat) and turns reconnecting off before it closes.
func openSession(t *testing.T, s *Server, dg *discordgo.Session) {
	t.Helper()
	if err := dg.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		eventually(t, "the first heartbeat", func() bool {
			dg.RLock()
			defer dg.RUnlock()
			return dg.DataReady
		})
		dg.Lock()
		dg.ShouldReconnectOnError = false
		dg.Unlock()
		_ = dg.Close()
	})
}

// eventually polls cond every few milliseconds for up to five seconds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// restError returns the HTTP status and Discord error code of err.
func restError(err error) (status, code int) {
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		return 0, 0
	}
	if re.Message != nil {
		code = re.Message.Code
	}
	return re.Response.StatusCode, code
}

func hasViolation(s *Server, substr string) bool {
	for _, v := range s.Violations() {
		if strings.Contains(v, substr) {
			return true
		}
	}
	return false
}

func noViolations(t *testing.T, s *Server) {
	t.Helper()
	for _, v := range s.Violations() {
		t.Errorf("violation: %s", v)
	}
}
