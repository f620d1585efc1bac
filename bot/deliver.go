package bot

import (
	"context"
	"fmt"

	"github.com/aftercare/aftercare/coach"
)

// Sender sends messages to one person, outside any conversation.
type Sender interface {
	Send(ctx context.Context, person string, msgs []coach.Message) error
}

// Deliverer runs due jobs: the coach says what to send, the sender sends it.
// Its Handle method is a scheduler.Handler.
type Deliverer struct {
	Coach  *coach.Coach
	Sender Sender
}

// Handle delivers one job. An error leaves the job to be tried again.
func (d Deliverer) Handle(ctx context.Context, job coach.Job) error {
	msgs, err := d.Coach.Deliver(ctx, job)
	if err != nil {
		return fmt.Errorf("prepare %s: %w", job.Kind, err)
	}
	if len(msgs) == 0 {
		return nil
	}
	if err := d.Sender.Send(ctx, job.Person, msgs); err != nil {
		return fmt.Errorf("send %s: %w", job.Kind, err)
	}
	return nil
}
