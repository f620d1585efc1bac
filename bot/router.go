package bot

import (
	"context"
	"log/slog"

	"github.com/aftercare/aftercare/coach"
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
}

// Handle answers one event.
func (r Router) Handle(ctx context.Context, ev coach.Event) []coach.Message {
	msgs, err := r.Coach.Handle(ctx, ev)
	if err != nil {
		r.log().Error("event failed", "person", ev.Person, "kind", eventKind(ev), "err", err)
		return []coach.Message{{Text: "Sorry — something went wrong on my side and I couldn't do that. Nothing you gave me earlier is lost. Please try again in a minute."}}
	}
	return msgs
}

func (r Router) log() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.New(slog.DiscardHandler)
}

func eventKind(ev coach.Event) string {
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
