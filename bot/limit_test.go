package bot_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// countingCoach answers "Saved." to everything and counts what reached it.
type countingCoach struct {
	mu     sync.Mutex
	events []coach.Event
}

func (c *countingCoach) Handle(_ context.Context, ev coach.Event) ([]coach.Message, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events = append(c.events, ev)
	return []coach.Message{{Text: "Saved."}}, nil
}

func (c *countingCoach) calls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.events)
}

func texts(msgs []coach.Message) string {
	var parts []string
	for _, m := range msgs {
		parts = append(parts, m.Text)
	}
	return strings.Join(parts, "\n")
}

var (
	pressAnswer = coach.Event{Person: alice, Press: &coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: "mood", Value: "3"}}
	moved5      = coach.Event{Person: alice, Command: "moved", Args: map[string]string{"minutes": "5"}}
)

// TestLimiterWaitsThenDoes: an event over the pace waits for its turn and
// is done, the first of a burst with a kind word; another person is not
// held by alice's pace; once an event goes ahead without waiting, the
// next burst is told again.
func TestLimiterWaitsThenDoes(t *testing.T) {
	c := &countingCoach{}
	clock := localtime.NewJumpClock(t0)
	r := bot.Router{Coach: c, Limit: &bot.PersonLimiter{Burst: 2, Every: time.Second, Clock: clock}}
	ctx := context.Background()
	for i := range 2 {
		if got := texts(r.Handle(ctx, pressAnswer)); got != "Saved." || clock.Waits() != 0 {
			t.Fatalf("event %d within the burst: %q after %d waits", i+1, got, clock.Waits())
		}
	}
	first := texts(r.Handle(ctx, pressAnswer))
	if !strings.Contains(first, "one at a time") || !strings.HasSuffix(first, "Saved.") || clock.Waits() != 1 {
		t.Errorf("the first event over the pace: %q after %d waits; want it done late with a kind word", first, clock.Waits())
	}
	if got := texts(r.Handle(ctx, moved5)); got != "Saved." || clock.Waits() != 2 {
		t.Errorf("the second event over the pace: %q after %d waits; want it done late, without a second word", got, clock.Waits())
	}
	if got := texts(r.Handle(ctx, coach.Event{Person: bob, Command: "summary"})); got != "Saved." || clock.Waits() != 2 {
		t.Errorf("bob, after alice's burst: %q after %d waits", got, clock.Waits())
	}
	if c.calls() != 5 {
		t.Errorf("%d events reached the coach, want all 5", c.calls())
	}
	clock.Advance(time.Minute) // alice's pace refills
	r.Handle(ctx, pressAnswer)
	r.Handle(ctx, pressAnswer)
	if got := texts(r.Handle(ctx, pressAnswer)); !strings.Contains(got, "one at a time") {
		t.Errorf("a new burst after a pause was not told: %q", got)
	}
}

// TestLimiterCannotWait: an event whose turn would come after MaxWait, or
// after its context's deadline, or whose context ends while it waits, is
// not done and the person is told so, never "Okay." and never as if done;
// a button pressed again and again is told once. What stops, erases or
// asks for help goes ahead whatever the pace.
func TestLimiterCannotWait(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		ev      coach.Event
		done    bool   // the coach handles it
		want    string // in the reply
		nothing bool   // no reply at all
	}{
		{name: "a command, after the word", ev: moved5, want: "couldn't get to everything"},
		{name: "a button pressed again", ev: pressAnswer, nothing: true},
		{name: "ordinary text", ev: coach.Event{Person: alice, Text: "hello"}, want: "couldn't get to everything"},
		{name: "/stop", ev: coach.Event{Person: alice, Command: "stop"}, done: true},
		{name: "/delete", ev: coach.Event{Person: alice, Command: "delete"}, done: true},
		{name: "/delete's confirmation", ev: coach.Event{Person: alice, Press: &coach.Action{Verb: coach.VerbErase, Value: "yes"}}, done: true},
		{name: "/crisis", ev: coach.Event{Person: alice, Command: "crisis"}, done: true},
		{name: "/safetyplan", ev: coach.Event{Person: alice, Command: "safetyplan"}, done: true},
		{name: "crisis text", ev: coach.Event{Person: alice, Text: "I want to kill myself"}, done: true},
		{name: "review text", ev: coach.Event{Person: alice, Text: "sometimes I think about death"}, done: true},
		{name: "review words in a note", ev: coach.Event{Person: alice, Submit: &coach.Action{Verb: coach.VerbNote, Day: "2026-03-02"}, Text: "last year I tried to kill myself"}, done: true},
		{name: "crisis words in an option", ev: coach.Event{Person: alice, Command: "moved", Args: map[string]string{"minutes": "5", "activity": "i want to kill myself"}}, done: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &countingCoach{}
			// With one event an hour, no turn comes within MaxWait.
			r := bot.Router{Coach: c, Limit: &bot.PersonLimiter{Burst: 1, Every: time.Hour, Clock: localtime.NewJumpClock(t0)}}
			r.Handle(ctx, moved5)
			r.Handle(ctx, pressAnswer) // the burst's one word that some were not done
			got := r.Handle(ctx, tc.ev)
			if done := c.calls() == 2; done != tc.done {
				t.Errorf("done = %v, want %v", done, tc.done)
			}
			switch {
			case tc.done && texts(got) != "Saved.":
				t.Errorf("replied %q, want the coach's answer alone", texts(got))
			case tc.nothing && len(got) != 0:
				t.Errorf("replied %q to a press again, want nothing", texts(got))
			case !tc.done && !tc.nothing && !strings.Contains(texts(got), tc.want):
				t.Errorf("replied %q, want %q", texts(got), tc.want)
			}
		})
	}

	// A wait that its context cannot allow, or that its context ends.
	for _, tc := range []struct {
		name  string
		ctx   func() (context.Context, context.CancelFunc)
		stuck bool
	}{
		{"a deadline before the turn", func() (context.Context, context.CancelFunc) { return context.WithTimeout(ctx, time.Second) }, false},
		{"cancelled while waiting", func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(ctx)
			cancel()
			return ctx, cancel
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &countingCoach{}
			r := bot.Router{Coach: c, Limit: &bot.PersonLimiter{Burst: 1, Every: 5 * time.Second, Clock: stuckIf(tc.stuck)}}
			r.Handle(ctx, moved5)
			ctx, cancel := tc.ctx()
			defer cancel()
			if got := texts(r.Handle(ctx, moved5)); !strings.Contains(got, "couldn't get to everything") || c.calls() != 1 {
				t.Errorf("replied %q after %d coach calls; want it not done, and said so", got, c.calls())
			}
		})
	}
}

// stuckIf is a JumpClock at t0 whose waits never end when stuck is set.
func stuckIf(stuck bool) *localtime.JumpClock {
	c := localtime.NewJumpClock(t0)
	c.Stuck = stuck
	return c
}
