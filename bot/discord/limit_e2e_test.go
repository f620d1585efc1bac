package discord_test

import (
	"context"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestDiscordBurstThenStopOrDelete, with the real coach and the default
// pace (8 at once, then one a second): after a burst of 20 commands, every
// one of them done and none answered "Okay.", /stop leaves the person
// stopped and says so, and /delete with its confirmation erases their
// data; neither waits for a turn.
func TestDiscordBurstThenStopOrDelete(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		after func(h *harness) string // what follows the burst; returns what was shown
		check func(t *testing.T, h *harness, shown string)
	}{
		{"/stop", func(h *harness) string {
			return allText(shown(h.do(fakediscord.Interaction{UserID: alice, Command: "stop"})))
		}, func(t *testing.T, h *harness, said string) {
			contains(t, said, "I won't send you anything more")
			if p, err := h.store.Person(context.Background(), alice); err != nil || p.Status != coach.StatusStopped {
				t.Errorf("after /stop: status %q, %v; want stopped", p.Status, err)
			}
		}},
		{"/delete and its confirmation", func(h *harness) string {
			ms := shown(h.do(fakediscord.Interaction{UserID: alice, Command: "delete"}))
			yes := button(h.t, ms[len(ms)-1], "Delete everything")
			return allText(shown(h.do(fakediscord.Interaction{UserID: alice, CustomID: yes})))
		}, func(t *testing.T, h *harness, said string) {
			contains(t, said, "everything is deleted")
			if held, err := h.store.Holds(context.Background(), alice); err != nil || held {
				t.Errorf("after /delete confirmed: data held %v, %v; want it erased", held, err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			clock := localtime.NewJumpClock(t0)
			h := newHarness(t, func(d *discord.Transport) { d.Router.Limit = &bot.PersonLimiter{Clock: clock} })
			consent := coach.Action{Verb: coach.VerbConsent, Field: "Europe/London@20:00", Value: "yes"}
			if err := h.dc.Send(context.Background(), alice, []coach.Message{{Text: "Welcome", Buttons: []coach.Button{{Label: "I agree", Action: consent}}}}); err != nil {
				t.Fatal(err)
			}
			h.do(fakediscord.Interaction{UserID: alice, CustomID: consent.Encode()})
			var burst []string
			for range 20 {
				said := allText(shown(h.do(fakediscord.Interaction{UserID: alice, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 5}}})))
				if said == "" || said == "Okay." || strings.Contains(said, "wasn't done") {
					t.Errorf("/moved in the burst answered %q", said)
				}
				burst = append(burst, said)
			}
			if n := strings.Count(strings.Join(burst, "\n"), "one at a time"); n != 1 {
				t.Errorf("the burst was told %d times that answers come late, want once", n)
			}
			days, err := h.store.CheckIns(context.Background(), alice, "2026-03-02", "2026-03-02")
			if err != nil || len(days) != 1 || days[0].Moved != 100 {
				t.Errorf("after the burst: %+v, %v; want all 20 /moved 5 counted (100 minutes)", days, err)
			}
			waits := clock.Waits()
			if waits == 0 {
				t.Fatal("nothing in the burst waited for its turn: the test tests nothing")
			}
			said := tc.after(h)
			if clock.Waits() != waits {
				t.Errorf("%s waited for a turn", tc.name)
			}
			tc.check(t, h, said)
		})
	}
}
