package bot_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
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

type coachFunc func(context.Context, coach.Event) ([]coach.Message, error)

func (f coachFunc) Handle(ctx context.Context, ev coach.Event) ([]coach.Message, error) {
	return f(ctx, ev)
}

// TestRouterSendsHelpWhateverFailed: on an error the crisis reply is still
// sent, a pending recording goes to the retrier, and anything else is
// SorryText.
func TestRouterSendsHelpWhateverFailed(t *testing.T) {
	help := coach.Message{Title: "Support, right now", Text: "lines", Crisis: true}
	other := coach.Message{Text: "Welcome back"}
	pending := &coach.PendingCrisis{Person: alice, At: t0, Err: errors.New("connection refused")}
	tests := []struct {
		name    string
		msgs    []coach.Message
		err     error
		retrier bool
		want    []string
		retried int
	}{
		{"pending, with a retrier", []coach.Message{help, other}, pending, true, []string{"lines", "Welcome back"}, 1},
		{"pending, wrapped", []coach.Message{help}, errors.Join(errors.New("route"), pending), true, []string{"lines"}, 1},
		{"pending, no retrier", []coach.Message{help}, pending, false, []string{"lines"}, 0},
		{"pending, no reply", nil, pending, true, []string{bot.SorryText}, 1},
		{"another failure after the crisis reply", []coach.Message{help, other}, errors.New("save"), true, []string{"lines"}, 0},
		{"another failure", []coach.Message{other}, errors.New("save"), true, []string{bot.SorryText}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &retries{}
			router := bot.Router{Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) { return tt.msgs, tt.err })}
			if tt.retrier {
				router.Retry = r
			}
			var got []string
			for _, m := range router.Handle(context.Background(), coach.Event{Person: alice, Text: "x"}) {
				got = append(got, m.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(r.got) != tt.retried {
				t.Errorf("sent %q, retried %d; want %q, %d", got, len(r.got), tt.want, tt.retried)
			}
		})
	}
}

// TestConsoleCrisisWithRedisDown: in the console, with Redis stopped,
// /crisis and crisis words get the crisis lines, not SorryText; once Redis
// is back, the recording the retrier was handed pauses the plan for a day.
func TestConsoleCrisisWithRedisDown(t *testing.T) {
	redistest.EachStoppable(t, func(t *testing.T, rs *redistest.Stoppable) {
		ctx := context.Background()
		// One try per command, not four: the same failures, sooner.
		store, err := storage.Open(ctx, rs.URL+"?max_retries=-1", storage.Options{Attempts: 1})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		c := coach.New(store, store, localtime.NewFakeClock(t0), nil)
		r := &retries{}
		var out strings.Builder
		con := &bot.Console{Out: &out, Router: bot.Router{Coach: c, Retry: r}, Person: alice, Name: "Ada"}
		for _, line := range []string{"/start", "1", "Europe/London", "20:00", "2"} {
			con.Type(ctx, line)
		}
		if !strings.Contains(out.String(), "All set") {
			t.Fatalf("onboarding did not finish:\n%s", out.String())
		}

		rs.Stop()
		for _, line := range []string{"/crisis", "I want to kill myself"} {
			out.Reset()
			con.Type(ctx, line)
			if got := out.String(); !strings.Contains(got, "Support, right now") || strings.Contains(got, bot.SorryText) {
				t.Errorf("%q with Redis stopped:\n%s\nwant the crisis lines", line, got)
			}
		}
		out.Reset()
		if con.Type(ctx, "hello"); !strings.Contains(out.String(), bot.SorryText) {
			t.Errorf("ordinary text with Redis stopped: %q, want SorryText", out.String())
		}
		if len(r.got) != 1 {
			t.Fatalf("the retrier was handed %d recordings, want 1 (the crisis words; /crisis records nothing)", len(r.got))
		}

		rs.Start(t)
		redistest.Reachable(t, store)
		if err := c.RecordCrisis(ctx, r.got[0]); err != nil {
			t.Fatal(err)
		}
		if p, err := store.Person(ctx, alice); err != nil || !p.PausedUntil.Equal(t0.Add(24*time.Hour)) {
			t.Errorf("after Redis is back, paused until %v (%v); want a day after the crisis", p.PausedUntil, err)
		}
	})
}
