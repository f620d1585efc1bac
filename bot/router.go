package bot

import (
	"context"
	"log/slog"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/risk"
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
	// Limit, if set, holds each person to a steady pace. Text that sounds
	// like a crisis is never held back.
	Limit *PersonLimiter
	// Retry, if set, takes the recording of a crisis whose reply was sent
	// while storage was down, and makes it once storage is back.
	Retry Retrier
}

// SorryText is the answer to a failure on our side, whichever part failed:
// the coach's error here, or a transport's own trouble (a panic, say). No
// transport ever shows a person the error itself.
const SorryText = "Sorry — something went wrong on my side and I couldn't do that. Nothing you gave me earlier is lost. Please try again in a minute."

// slowDownText is said once to someone going faster than the limit.
const slowDownText = "That's a lot at once — I'll catch up if you give me a moment. Nothing you've answered is lost."

// Handle answers one event. An event held back by the limit gets no
// answer (nil), except the first, which is told kindly.
func (r Router) Handle(ctx context.Context, ev coach.Event) []coach.Message {
	// The coach screens every text; the router screens only an event the
	// limit would hold back, so that crisis words still go through.
	if r.Limit != nil && !r.Limit.allow(ev.Person, time.Now()) && !soundsLikeCrisis(ev) {
		if r.Limit.hold(ev.Person) {
			return []coach.Message{{Text: slowDownText}}
		}
		return nil
	}
	msgs, err := r.Coach.Handle(ctx, ev)
	if err != nil {
		return r.failed(ev, msgs, err)
	}
	return msgs
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

// soundsLikeCrisis reports whether any text of the event (typed, or a
// command's option) calls for the coach's safety screening.
func soundsLikeCrisis(ev coach.Event) bool {
	if risk.Assess(ev.Text) != risk.None {
		return true
	}
	for _, v := range ev.Args {
		if risk.Assess(v) != risk.None {
			return true
		}
	}
	return false
}
