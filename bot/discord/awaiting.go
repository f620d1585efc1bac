package discord

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aftercare/aftercare/coach"
)

// Awaiting keeps what the bot waits for from each person: the question
// that text typed in their DM would answer (an encoded coach.Action), and
// the wording of the modals their ask buttons open. storage.Redis
// implements it, so that every replica shares it: with the interactions
// endpoint behind a load balancer, the question is asked by one replica
// and the answer may reach another.
type Awaiting interface {
	SetAwaiting(ctx context.Context, person, action string) error
	// TakeAwaiting returns and forgets the question; "" when none.
	TakeAwaiting(ctx context.Context, person string) (string, error)
	ClearAwaiting(ctx context.Context, person string) error
	// SaveAsk keeps an ask button's Input (JSON) by its encoded action;
	// LoadAsk returns it, nil when none.
	SaveAsk(ctx context.Context, person, action string, input []byte) error
	LoadAsk(ctx context.Context, person, action string) ([]byte, error)
}

// trackPending remembers, after the bot wrote to a person's DM, which
// question typed text would answer: the last message asking for text, or
// none. The error is the write's, already logged.
func (d *Transport) trackPending(ctx context.Context, person string, out []outgoing) error {
	waiting := awaited(out)
	if waiting == nil {
		return d.clearPending(ctx, person)
	}
	return d.storePending(ctx, person, *waiting)
}

// awaited is the question typed text answers after out: the last message
// asking for text, or nil when none or a later one wants a button.
func awaited(out []outgoing) *coach.Action {
	var waiting *coach.Action
	for _, o := range out {
		if o.input != nil {
			waiting = o.input
		} else if len(o.components) > 0 {
			waiting = nil // a newer question wants a button, not text
		}
	}
	return waiting
}

// setPending remembers the text a modal opened in a DM asks for, so that
// someone who closes the modal can type the answer instead. A write that
// fails is tried again once the modal is shown (exchange.retryPending).
func (d *Transport) setPending(ctx context.Context, x *exchange, a *coach.Action) {
	if x.ephemeral {
		return
	}
	person, action := x.person, *a
	err := d.storePending(ctx, person, action)
	x.clearAfter = false
	x.noteStored(&action, err)
	x.redoPending(err, func(ctx context.Context) error {
		return d.storePending(ctx, person, action)
	})
}

// storePending keeps the question in Awaiting, or in memory without one. A
// question Redis did not take is logged: the text then reaches the coach
// as free text, which screens it as always.
func (d *Transport) storePending(ctx context.Context, person string, a coach.Action) error {
	if d.Awaiting == nil {
		d.pending.Store(person, a)
		return nil
	}
	if err := d.Awaiting.SetAwaiting(ctx, person, a.Encode()); err != nil {
		d.log().Warn("keep the question awaiting text", "err", err)
		return fmt.Errorf("keep the question awaiting text: %w", err)
	}
	return nil
}

// clearPending forgets the question typed text would answer. One that
// stays would take the person's next typed message as its answer.
func (d *Transport) clearPending(ctx context.Context, person string) error {
	if d.Awaiting == nil {
		d.pending.Delete(person)
		return nil
	}
	if err := d.Awaiting.ClearAwaiting(ctx, person); err != nil {
		d.log().Warn("clear the question awaiting text", "err", err)
		return fmt.Errorf("clear the question awaiting text: %w", err)
	}
	return nil
}

// takePending returns and forgets the question the person's text answers.
func (d *Transport) takePending(ctx context.Context, person string) (coach.Action, bool) {
	if d.Awaiting == nil {
		a, ok := d.pending.LoadAndDelete(person)
		if !ok {
			return coach.Action{}, false
		}
		return a.(coach.Action), true
	}
	enc, err := d.Awaiting.TakeAwaiting(ctx, person)
	if err != nil {
		d.log().Warn("read the question awaiting text; taking the text as free text", "err", err)
		return coach.Action{}, false
	}
	if enc == "" {
		return coach.Action{}, false
	}
	a, err := coach.DecodeAction(enc)
	if err != nil { // written by an older version: no question, as after a restart
		return coach.Action{}, false
	}
	return a, true
}

// keepInput remembers the Input behind one of the person's ask buttons:
// in memory, and with Awaiting for every replica, unless it starts with
// the person's own words (a step of their safety plan, a note handed back
// to shorten), which are kept nowhere but in this process.
func (d *Transport) keepInput(ctx context.Context, person string, in coach.Input) {
	d.inputs.put(person, in)
	if d.Awaiting == nil || person == "" || in.Value != "" {
		return
	}
	b, err := json.Marshal(in)
	if err == nil {
		err = d.Awaiting.SaveAsk(ctx, person, in.Action.Encode(), b)
	}
	if err != nil {
		d.log().Warn("share an ask button's wording", "err", err)
	}
}

// sharedInput finds an Input keepInput kept: in memory first.
func (d *Transport) sharedInput(ctx context.Context, person, enc string) (coach.Input, bool) {
	if in, ok := d.inputs.get(person, enc); ok || d.Awaiting == nil {
		return in, ok
	}
	b, err := d.Awaiting.LoadAsk(ctx, person, enc)
	if err != nil {
		d.log().Warn("read an ask button's wording; opening a plain modal", "err", err)
		return coach.Input{}, false
	}
	var in coach.Input
	if b == nil || json.Unmarshal(b, &in) != nil || in.Action.Encode() != enc {
		return coach.Input{}, false
	}
	return in, true
}
