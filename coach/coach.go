//go:build aftercare_wip

package coach

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
)

// Coach answers people and decides what scheduled work says. It is safe for
// concurrent use; all state lives in the Store and the Queue.
type Coach struct {
	store Store
	queue Queue
	clock Clock
	log   *slog.Logger
}

// New returns a Coach over the given store, queue and clock.
func New(store Store, queue Queue, clock Clock, log *slog.Logger) *Coach {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Coach{store: store, queue: queue, clock: clock, log: log}
}

// Handle answers one event. An error means something failed on our side
// (storage, the queue); anything the person did wrong gets a kind reply.
func (c *Coach) Handle(ctx context.Context, ev Event) ([]Message, error) {
	p, err := c.store.Person(ctx, ev.Person)
	switch {
	case errors.Is(err, ErrNotFound):
		p = Person{ID: ev.Person, Name: ev.Name}
	case err != nil:
		return nil, fmt.Errorf("load person: %w", err)
	}
	switch {
	case ev.Press != nil:
		return c.press(ctx, p, *ev.Press)
	case ev.Submit != nil:
		return c.submit(ctx, p, *ev.Submit, ev.Text)
	case ev.Command != "":
		return c.command(ctx, p, ev)
	default:
		return c.freeText(ctx, p, ev.Text)
	}
}

func (c *Coach) command(ctx context.Context, p Person, ev Event) ([]Message, error) {
	if ev.Command == "help" {
		return []Message{helpMessage()}, nil
	}
	if ev.Command == "crisis" {
		return []Message{crisisMessage(p)}, nil
	}
	if ev.Command == "start" {
		return c.start(ctx, p, ev.Args)
	}
	if !p.Onboarded() {
		return []Message{{Text: "We haven't set things up yet. Type /start when you're ready — it takes a minute."}}, nil
	}
	switch ev.Command {
	case "session":
		return c.logSession(ctx, p)
	case "checkin":
		return c.checkInNow(ctx, p)
	case "summary":
		return c.summary(ctx, p)
	case "plan":
		return c.plan(ctx, p)
	}
	return []Message{{Text: fmt.Sprintf("I don't know /%s. Here is what I can do:", ev.Command)}, helpMessage()}, nil
}

func (c *Coach) press(ctx context.Context, p Person, a Action) ([]Message, error) {
	switch a.Verb {
	case VerbConsent:
		return c.consent(ctx, p, a.Value == "yes", a.Field)
	case VerbAnswer:
		return c.answer(ctx, p, a)
	case VerbNote:
		return c.noteChoice(ctx, p, a)
	}
	return []Message{staleButton()}, nil
}

func (c *Coach) submit(ctx context.Context, p Person, a Action, text string) ([]Message, error) {
	if a.Verb == VerbNote {
		return c.saveNote(ctx, p, a.Day, text)
	}
	msgs, stop, err := c.screen(ctx, &p, text)
	if stop || err != nil {
		return msgs, err
	}
	var reply []Message
	switch a.Verb {
	case VerbZone:
		reply, err = c.setZone(ctx, p, text)
	case VerbTime:
		reply, err = c.setTime(ctx, p, text)
	default:
		reply = []Message{staleButton()}
	}
	return append(msgs, reply...), err
}

func staleButton() Message {
	return Message{Text: "That button belongs to an older message, so I've left everything as it was. Type /help to see what you can do now."}
}
