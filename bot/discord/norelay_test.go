package discord_test

import (
	"context"
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

// retries is a bot.Retrier that keeps what it is given.
type retries struct {
	mu  sync.Mutex
	got []coach.PendingCrisis
}

func (r *retries) Retry(pc coach.PendingCrisis) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, pc)
}

// TestDiscordCrisisWithRedisDown: with Redis stopped (and with it the
// kept DM channels and the shared send pace), /crisis and "I want to kill
// myself" typed in a DM get the crisis lines on Discord, not SorryText.
// Once Redis is back, the recording handed to the retrier pauses Alice's
// plan for a day, alerts the therapist she allowed to be alerted, and
// plans the next day's caring message.
func TestDiscordCrisisWithRedisDown(t *testing.T) {
	redistest.EachStoppable(t, func(t *testing.T, rs *redistest.Stoppable) {
		ctx := context.Background()
		// One try per command, not four: the same failures, sooner.
		store, err := storage.Open(ctx, rs.URL+"?max_retries=-1", storage.Options{Attempts: 1})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		r := &retries{}
		h := &harness{t: t, fake: startFake(t), clock: localtime.NewFakeClock(t0), store: store}
		h.coach = coach.New(store, store, h.clock, nil, coach.Config{TherapistGuilds: []string{guildID}})
		h.dc, h.seen = openDiscord(t, h.fake, bot.Router{Coach: h.coach, Retry: r}, func(d *discord.Transport) { d.DMs, d.Slots = store, store })
		h.onboard()
		shareWithAlerts(t, h.coach, alice, bob)

		rs.Stop()
		crisis := allText(shown(h.do(fakediscord.Interaction{UserID: alice, Command: "crisis"})))
		id := h.fake.InjectMessage(fakediscord.UserMessage{UserID: alice, Content: "I want to kill myself"})
		h.seen.wait(t, id)
		dm := h.fake.Messages(h.fake.DMChannel(alice))
		typed := text(dm[len(dm)-1])
		for name, got := range map[string]string{"/crisis": crisis, "typed": typed} {
			if !strings.Contains(got, "Support, right now") || strings.Contains(got, bot.SorryText) {
				t.Errorf("%s with Redis stopped:\n%s\nwant the crisis lines", name, got)
			}
		}
		if len(r.got) != 1 {
			t.Fatalf("the retrier was handed %d recordings, want 1 (the typed words; /crisis records nothing)", len(r.got))
		}

		rs.Start(t)
		redistest.Reachable(t, store)
		if err := h.coach.RecordCrisis(ctx, r.got[0]); err != nil {
			t.Fatal(err)
		}
		if p, err := store.Person(ctx, alice); err != nil || !p.PausedUntil.Equal(t0.Add(24*time.Hour)) {
			t.Errorf("after Redis is back, paused until %v (%v); want a day after the crisis", p.PausedUntil, err)
		}
		for _, want := range []struct {
			person string
			kind   coach.JobKind
		}{{bob, coach.JobAlert}, {alice, coach.JobCaring}} {
			jobs, err := store.Upcoming(ctx, want.person)
			n := 0
			for _, j := range jobs {
				if j.Kind == want.kind {
					n++
				}
			}
			if err != nil || n != 1 {
				t.Errorf("%s jobs for %s: %d (%v), want 1", want.kind, want.person, n, err)
			}
		}
	})
}

// shareWithAlerts registers therapist as a therapist and has patient share
// with them, crisis alerts on, through the coach: the setup, not what is
// tested.
func shareWithAlerts(t *testing.T, c *coach.Coach, patient, therapist string) {
	t.Helper()
	ctx := context.Background()
	msgs, err := c.Handle(ctx, coach.Event{Person: therapist, Name: "Dr Bob", Command: "therapist", Args: map[string]string{"action": "register"}, Guild: guildID, Roles: []string{"Therapist"}})
	if err != nil {
		t.Fatal(err)
	}
	var code string
	for _, m := range msgs {
		code += codePattern.FindString(m.Text)
	}
	if len(code) != 14 {
		t.Fatalf("no invite code in %+v", msgs)
	}
	for _, ev := range []coach.Event{
		{Command: "share", Args: map[string]string{"code": code}},
		{Press: &coach.Action{Verb: coach.VerbShare, Field: code, Value: "ok:a"}},
	} {
		ev.Person = patient
		if _, err := c.Handle(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
}
