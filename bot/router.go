package bot

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
)

// Coach is what the router needs of the domain. *coach.Coach implements it.
type Coach interface {
	Handle(ctx context.Context, ev coach.Event) ([]coach.Message, error)
}

// Router passes events to the coach and turns failures into a kind reply,
// so no transport ever shows a person an error. Logs carry the kind of
// event, never what the person wrote.
type Router struct {
	Coach Coach
	Log   *slog.Logger
	// Limit, if set, holds each person to a steady pace: an event over it
	// waits for its turn and is done late. What coach.NeverHeld names
	// (stopping, erasing, asking for help) is never held back.
	Limit *PersonLimiter
	// Retry, if set, takes the recording of a crisis whose reply was sent
	// while storage was down, and makes it once storage is back.
	Retry Retrier
	// Durable, if set, is where the person's data lives: asked before the
	// event and after it, so that an answer is given only once a replica
	// holds what the event wrote. storage.Redis implements it.
	Durable Durable
}

// Durable makes what an event wrote survive a Redis failover before the
// event is answered. Locate says where the person's data lives before the
// event; Settle, after it, waits (a bounded time) for a replica to hold
// what was written there, and fails when it may be lost (that place
// failed, or changed): the event is then answered as a failure, a crisis
// reply still sent.
type Durable interface {
	Locate(ctx context.Context, person string) string
	Settle(ctx context.Context, person, at string) error
}

// SorryText is the answer to a failure on our side, whichever part failed:
// the coach's error here, or a transport's own trouble (a panic, say). No
// transport ever shows a person the error itself. It is errors.sorry in
// English; transports say Sorry, in the language of the event's locale.
// Nothing sends SorryText itself: tests here and in transports look for it
// in what an English-speaking person was shown.
const SorryText = "Sorry — something went wrong on my side and I couldn't do that. Nothing you gave me earlier is lost. Please try again in a minute."

// Sorry is SorryText in the language of a locale (errors.sorry). The
// notice of a wait (errors.slow_down) is said once a burst with the first
// answer that waited for its turn; errors.undone when an event could not
// wait for its turn.
func Sorry(locale string) string { return lang.For(locale).T("errors.sorry") }

// Handle answers one event. An event over the limit waits for its turn
// and is answered late, the first of a burst with a kind word; one that
// cannot wait is not done and is answered so (a repeated button press
// after the first, with nothing: nil).
func (r Router) Handle(ctx context.Context, ev coach.Event) []coach.Message {
	return r.Answer(ctx, ev, r.Wait(ctx, ev))
}

// Turn is an event's turn in its person's pace, once Wait has waited for
// it: a word to say first, or the whole answer to an event not done.
type Turn struct {
	notice []coach.Message
	final  bool
}

// Wait holds ev to its person's pace, the first half of Handle. A
// transport that builds heavy answers on a few workers waits here first,
// so that a person over the pace keeps no worker waiting.
func (r Router) Wait(ctx context.Context, ev coach.Event) Turn {
	if r.Limit == nil {
		return Turn{}
	}
	notice, final := r.pace(ctx, ev)
	return Turn{notice: notice, final: final}
}

// Answer answers ev in its turn, the second half of Handle.
func (r Router) Answer(ctx context.Context, ev coach.Event, t Turn) []coach.Message {
	if t.final {
		return t.notice
	}
	var at string
	durable := r.Durable != nil && ev.Person != ""
	if durable {
		at = r.Durable.Locate(ctx, ev.Person)
	}
	msgs, err := r.Coach.Handle(ctx, ev)
	if err == nil && durable {
		if err = r.Durable.Settle(ctx, ev.Person, at); err != nil {
			err = fmt.Errorf("settle what the event wrote: %w", err)
		}
	}
	if err != nil {
		return r.failed(ev, msgs, err)
	}
	return append(t.notice, msgs...)
}

// pace holds the event to the person's pace. The limiter is consulted
// first; coach.NeverHeld, which screens text, runs only for an event over
// the limit, so that stopping, erasing and asking for help go ahead at
// once. It returns the word to say before the answer, or, with final, the
// whole answer to an event that will not be done.
func (r Router) pace(ctx context.Context, ev coach.Event) (notice []coach.Message, final bool) {
	turn := r.Limit.reserve(ev.Person)
	if !turn.late() {
		return nil, false
	}
	if coach.NeverHeld(ev) {
		turn.skip()
		return nil, false
	}
	if err := turn.wait(ctx); err != nil {
		r.log().Info("event not done: over the pace", "kind", EventKind(ev), "err", err)
		if turn.tellUndone() || ev.Press == nil {
			return []coach.Message{{Text: lang.For(ev.Locale).T("errors.undone")}}, true
		}
		return nil, true
	}
	if turn.tellLate() {
		notice = []coach.Message{{Text: lang.For(ev.Locale).T("errors.slow_down")}}
	}
	return notice, false
}

func (r Router) log() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.New(slog.DiscardHandler)
}

// EventKind names an event's kind for logs and metrics: "press:answer",
// "submit:note", "command:start" or "text". It carries the verb or the
// command, never what the person wrote.
func EventKind(ev coach.Event) string {
	switch {
	case ev.Press != nil:
		return "press:" + ev.Press.Verb
	case ev.Submit != nil:
		return "submit:" + ev.Submit.Verb
	case ev.Command != "":
		return "command:" + ev.Command
	}
	return "text"
}
