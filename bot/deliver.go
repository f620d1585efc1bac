package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"

	"github.com/aftercare/aftercare/coach"
)

// Sender sends messages to one person, outside any conversation.
type Sender interface {
	Send(ctx context.Context, person string, msgs []coach.Message) error
}

// ChannelSender posts to and edits messages in a server channel: a support
// group's daily check-in and its totals.
type ChannelSender interface {
	Post(ctx context.Context, channel string, msg coach.Message) (id string, err error)
	Edit(ctx context.Context, channel, id string, msg coach.Message) error
}

// ErrDMClosed means the transport refused to deliver a direct message
// (on Discord, 403 with code 50007): the person blocked the bot, left every
// server it shares with them, or turned DMs off. Trying again will not
// help until they change that.
var ErrDMClosed = errors.New("the person does not accept direct messages from the bot")

type idempotencyKey struct{}

// WithIdempotencyKey returns a context under which Send derives its
// nonces from key, so that sending the same thing again (a job retried
// after a failure, say) does not repeat messages Discord already has.
// The scheduler's job id is a good key.
func WithIdempotencyKey(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, idempotencyKey{}, key)
}

// IdempotencyKey returns the key WithIdempotencyKey put in ctx, or "" if
// there is none: a transport's Send and Post derive their nonces from it.
func IdempotencyKey(ctx context.Context) string {
	key, _ := ctx.Value(idempotencyKey{}).(string)
	return key
}

// Deliverer runs due jobs: the coach says what to send, the sender sends it.
// Its Handle method is a scheduler.Handler.
type Deliverer struct {
	Coach  *coach.Coach
	Sender Sender
	Log    *slog.Logger
}

// Handle delivers one job. An error leaves the job to be tried again; a
// person who closed their DMs is not retried but marked, so the coach holds
// their plan and tells them the next time they use a command.
func (d Deliverer) Handle(ctx context.Context, job coach.Job) error {
	msgs, err := d.Coach.Deliver(ctx, job)
	if err != nil {
		return fmt.Errorf("prepare %s: %w", job.Kind, err)
	}
	if len(msgs) == 0 {
		return nil
	}
	if group := job.Group(); group != "" {
		return d.post(ctx, job, group, msgs)
	}
	// The job id keys the message nonces, so a job retried after a crash
	// between sending and acknowledging is not shown twice.
	err = d.Sender.Send(WithIdempotencyKey(ctx, job.ID), job.Person, msgs)
	if errors.Is(err, ErrDMClosed) {
		if d.Log != nil {
			d.Log.Warn("direct messages closed; plan held until the person is back", "person", job.Person, "job", job.ID)
		}
		return d.Coach.MarkUnreachable(ctx, job.Person)
	}
	if err != nil {
		return fmt.Errorf("send %s: %w", job.Kind, err)
	}
	// Sent: trying the job again would not unsend it, so a failure to
	// record it is logged, not returned.
	if err := d.Coach.Delivered(ctx, job); err != nil && d.Log != nil {
		d.Log.Error("record a delivered job", "kind", job.Kind, "err", err)
	}
	return nil
}

// post sends a group's messages to its channel: new posts, or edits of an
// earlier one, whose id the coach is told so it can edit it later.
func (d Deliverer) post(ctx context.Context, job coach.Job, channel string, msgs []coach.Message) error {
	cs, ok := d.Sender.(ChannelSender)
	if !ok {
		return nil // the console has no channels
	}
	for n, m := range msgs {
		// Each post its own nonce: Discord answers a repeated nonce with
		// the message it already has, so a second post under the first
		// one's nonce would never appear.
		key := job.ID
		if n > 0 {
			key += "#" + strconv.Itoa(n)
		}
		ctx := WithIdempotencyKey(ctx, key)
		if m.Replace != "" {
			if err := cs.Edit(ctx, channel, m.Replace, m); err != nil {
				return fmt.Errorf("edit %s: %w", job.Kind, err)
			}
			continue
		}
		id, err := cs.Post(ctx, channel, m)
		if err != nil {
			return fmt.Errorf("post %s: %w", job.Kind, err)
		}
		if err := d.Coach.GroupPosted(ctx, job, id); err != nil {
			return err
		}
	}
	return nil
}
