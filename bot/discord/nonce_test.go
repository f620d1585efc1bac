package discord_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/scheduler"
)

// unkeyed sends with no idempotency key, as if the nonces did not come
// from the job id: every Send draws new ones.
type unkeyed struct{ bot.Sender }

func (u unkeyed) Send(ctx context.Context, person string, msgs []coach.Message) error {
	return u.Sender.Send(bot.WithIdempotencyKey(ctx, ""), person, msgs)
}

// TestDiscordLostResponseSendsOnce: Discord makes the first message of a
// check-in but its answer is lost. With the connection closed the job
// fails and the scheduler runs it again after its backoff; the nonces come
// from the job id, so Discord answers the resend with the message it
// already has and the person sees the check-in once. A 502 is resent by
// discordgo itself, with the same nonce. The control, sending without the
// key, shows the duplicate that the job's nonces prevent.
func TestDiscordLostResponseSendsOnce(t *testing.T) {
	t.Parallel()
	keyed := func(s bot.Sender) bot.Sender { return s }
	withoutKey := func(s bot.Sender) bot.Sender { return unkeyed{s} }
	for _, tc := range []struct {
		name    string
		status  int // of the lost answer; 0 closes the connection
		sender  func(bot.Sender) bot.Sender
		retried bool // the first run fails and the job runs again
		want    int  // check-ins the person sees
		deduped int  // sends answered with a message already made
	}{
		{"ClosedConnection", 0, keyed, true, 1, 1},
		{"BadGateway", http.StatusBadGateway, keyed, false, 1, 1},
		// Without the key a retried job repeats the check-in; discordgo's
		// own resend is still safe, its nonce being drawn once per Send.
		{"ClosedConnectionWithoutKey", 0, withoutKey, true, 2, 0},
		{"BadGatewayWithoutKey", http.StatusBadGateway, withoutKey, false, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			h := newHarness(t)
			h.onboard()
			dm := h.fake.DMChannel(alice)
			before := len(h.fake.Messages(dm))
			sched := &scheduler.Scheduler{Queue: h.store, Clock: h.clock,
				Handle: bot.Deliverer{Coach: h.coach, Sender: tc.sender(h.dc)}.Handle}
			h.clock.Set(checkInDue(t, h, "2026-03-02"))

			h.fake.LoseResponseNext(1, tc.status)
			n, err := sched.RunDue(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if tc.retried {
				if n != 0 {
					t.Fatal("the check-in counted as delivered though its answer was lost")
				}
				h.clock.Advance(30 * time.Minute) // past any first backoff
				if n, err = sched.RunDue(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if n != 1 {
				t.Fatalf("%d jobs finished, want the check-in", n)
			}

			ms := h.fake.Messages(dm)
			seen := 0
			for _, m := range ms {
				if strings.Contains(text(m), "time for a short check-in") {
					seen++
				}
			}
			if seen != tc.want {
				t.Errorf("the check-in arrived %d times, want %d", seen, tc.want)
			}
			made := len(ms) - before
			if posts := postsTo(h, dm); posts-made != tc.deduped {
				t.Errorf("%d sends made %d messages, want %d answered with an earlier one", posts, made, tc.deduped)
			}
			if vs := h.fake.Violations(); len(vs) != 0 {
				t.Errorf("fake Discord: %q", vs)
			}
		})
	}
}

// checkInDue returns when the person's check-in of day falls due.
func checkInDue(t *testing.T, h *harness, day localtime.Day) time.Time {
	t.Helper()
	jobs, err := h.store.Upcoming(context.Background(), alice)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jobs {
		if j.Kind == coach.JobCheckIn && j.Day == day {
			return j.Due
		}
	}
	t.Fatalf("no check-in on %s: %+v", day, jobs)
	return time.Time{}
}

// postsTo counts the requests that created messages in channel, or tried.
func postsTo(h *harness, channel string) int {
	n := 0
	for _, r := range h.fake.Requests() {
		if r.Method == http.MethodPost && r.Path == "/api/v9/channels/"+channel+"/messages" {
			n++
		}
	}
	return n
}
