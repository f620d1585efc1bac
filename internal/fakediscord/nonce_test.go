package fakediscord

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// post creates a channel message the way package bot does, with the nonce
// fields that discordgo's MessageSend (v0.29) lacks.
func post(dg *discordgo.Session, channel string, body map[string]any) (*discordgo.Message, error) {
	ep := discordgo.EndpointChannelMessages(channel)
	raw, err := dg.RequestWithBucketID("POST", ep, body, ep)
	if err != nil {
		return nil, err
	}
	var m discordgo.Message
	return &m, json.Unmarshal(raw, &m)
}

// ageNonces makes every remembered nonce older than nonceWindow.
func ageNonces(s *Server) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, u := range s.nonces {
		u.at = u.at.Add(-nonceWindow - 1)
		s.nonces[k] = u
	}
}

func TestNonce(t *testing.T) {
	t.Parallel()
	type send struct {
		general bool // the guild channel rather than bob's DMs
		nonce   any
		enforce bool
	}
	for _, tc := range []struct {
		name  string
		sends []send
		age   bool // the nonces are past the window before the last send
		want  int  // messages made
	}{
		{"EnforcedReturnsTheFirst", []send{{nonce: "job-1", enforce: true}, {nonce: "job-1", enforce: true}}, false, 1},
		{"EnforcedInteger", []send{{nonce: 42, enforce: true}, {nonce: 42, enforce: true}}, false, 1},
		{"FirstNotEnforced", []send{{nonce: "job-1"}, {nonce: "job-1", enforce: true}}, false, 1},
		{"NotEnforced", []send{{nonce: "job-1"}, {nonce: "job-1"}}, false, 2},
		{"OtherNonce", []send{{nonce: "job-1", enforce: true}, {nonce: "job-2", enforce: true}}, false, 2},
		{"OtherChannel", []send{{nonce: "job-1", enforce: true}, {general: true, nonce: "job-1", enforce: true}}, false, 2},
		{"NoNonce", []send{{enforce: true}, {enforce: true}}, false, 2},
		{"PastTheWindow", []send{{nonce: "job-1", enforce: true}, {nonce: "job-1", enforce: true}}, true, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t)
			dg := newSession(t, fake)
			dm := fake.DMChannel(bob)
			ids := map[string]bool{}
			for i, s := range tc.sends {
				if tc.age && i == len(tc.sends)-1 {
					ageNonces(fake)
				}
				ch := dm
				if s.general {
					ch = generalID
				}
				body := map[string]any{"content": "message " + itoa(i), "enforce_nonce": s.enforce}
				if s.nonce != nil {
					body["nonce"] = s.nonce
				}
				m, err := post(dg, ch, body)
				if err != nil {
					t.Fatalf("send %d: %v", i, err)
				}
				stored, ok := fake.Message(m.ID)
				if !ok || stored.Content != m.Content || m.ChannelID != ch {
					t.Errorf("send %d answered %+v; the fake holds %+v (%v)", i, m, stored, ok)
				}
				ids[m.ID] = true
			}
			if made := len(fake.Messages(dm)) + len(fake.Messages(generalID)); made != tc.want || len(ids) != tc.want {
				t.Errorf("%d messages made, %d distinct answered; want %d", made, len(ids), tc.want)
			}
			noViolations(t, fake)
		})
	}
}

func TestNonceLimits(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		nonce     any
		violation string // "" if Discord accepts the nonce
	}{
		{"OK25", strings.Repeat("n", 25), ""},
		{"OK25CodePoints", strings.Repeat("é", 25), ""},
		{"OKInteger", 1234567890123, ""},
		{"ErrTooLong", strings.Repeat("n", 26), "nonce: Must be 25 or fewer in length."},
		{"ErrBool", true, "nonce: Must be an integer"},
		{"ErrFraction", 1.5, "nonce: Must be an integer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t)
			_, err := post(newSession(t, fake), generalID, map[string]any{"content": "hi", "nonce": tc.nonce, "enforce_nonce": true})
			if tc.violation == "" {
				if err != nil {
					t.Fatal(err)
				}
				noViolations(t, fake)
				return
			}
			if status, code := restError(err); status != 400 || code != 50035 {
				t.Fatalf("status %d code %d, want 400 50035 (err %v)", status, code, err)
			}
			if !hasViolation(fake, tc.violation) {
				t.Errorf("violations = %q, want %q", fake.Violations(), tc.violation)
			}
			if ms := fake.Messages(generalID); len(ms) != 0 {
				t.Errorf("a refused message was made: %+v", ms)
			}
		})
	}
}

func TestLoseResponseNext(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		n        int
		status   int  // of the lost answers; 0 closes the connection
		nonce    bool // the send has a nonce and enforces it
		wantErr  bool // the send fails, discordgo's retries included
		requests int
		want     int // messages made
	}{
		// No answer: discordgo does not resend, the caller sees an error.
		{"ClosedConnection", 1, 0, true, true, 1, 1},
		// A 502: discordgo resends, and the nonce makes that harmless...
		{"BadGatewayWithNonce", 1, http.StatusBadGateway, true, false, 2, 1},
		// ...which without a nonce it is not.
		{"BadGatewayWithoutNonce", 1, http.StatusBadGateway, false, false, 2, 2},
		// Every resend answered with the first message, every answer lost.
		{"BadGatewayPastRetries", 4, http.StatusBadGateway, true, true, 4, 1},
		// A 500 is not resent.
		{"InternalError", 1, http.StatusInternalServerError, true, true, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fake := startFake(t)
			dg := newSession(t, fake)
			body := map[string]any{"content": "check-in"}
			if tc.nonce {
				body["nonce"], body["enforce_nonce"] = "job-1", true
			}
			fake.LoseResponseNext(tc.n, tc.status)
			_, err := post(dg, generalID, body)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want an error: %v", err, tc.wantErr)
			}
			if n := fake.CountRequests(sendRoute); n != tc.requests {
				t.Errorf("%d requests, want %d", n, tc.requests)
			}
			if ms := fake.Messages(generalID); len(ms) != tc.want {
				t.Errorf("%d messages made, want %d", len(ms), tc.want)
			}
			if rs := fake.Requests(); rs[0].Status != tc.status {
				t.Errorf("recorded status %d, want %d", rs[0].Status, tc.status)
			}
			// The fault is used up: sending again answers, with the message
			// already made if the nonce is enforced.
			m, err := post(dg, generalID, body)
			if err != nil {
				t.Fatalf("after the fault: %v", err)
			}
			if ms := fake.Messages(generalID); tc.nonce && (len(ms) != 1 || ms[0].ID != m.ID) {
				t.Errorf("sending again answered %s; the channel holds %+v", m.ID, ms)
			}
			noViolations(t, fake)
		})
	}
	t.Run("RefusedKeepsTheFault", func(t *testing.T) {
		t.Parallel()
		fake := startFake(t)
		dg := newSession(t, fake)
		dm := fake.DMChannel(bob)
		fake.LoseResponseNext(1, 0)
		fake.SetDMsClosed(bob, true)
		if _, err := post(dg, dm, map[string]any{"content": "hi"}); err == nil {
			t.Fatal("a DM to closed DMs was accepted")
		}
		fake.SetDMsClosed(bob, false)
		if _, err := post(dg, dm, map[string]any{"content": "hi"}); err == nil {
			t.Error("the answer was not lost: a refused creation used up the fault")
		}
		if ms := fake.Messages(dm); len(ms) != 1 {
			t.Errorf("%d messages made, want 1", len(ms))
		}
		noViolations(t, fake)
	})
}
