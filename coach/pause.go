package coach

import (
	"context"
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"
	"strconv"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// maxPauseDays bounds /pause; longer breaks are what /stop is for.
const maxPauseDays = 30

// stop ends every message the bot would start. It takes effect at once: the
// person's jobs are cancelled, and delivery checks the status again.
func (c *Coach) stop(ctx context.Context, p Person) ([]Message, error) {
	p.Status = StatusStopped
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save stop: %w", err)
	}
	if err := c.queue.CancelAll(ctx, p.ID); err != nil {
		return nil, fmt.Errorf("cancel plan: %w", err)
	}
	return []Message{{Text: p.words().T("pause.stopped")}}, nil
}

// pause holds check-ins and nudges for a few days (default 1).
func (c *Coach) pause(ctx context.Context, p Person, days string) ([]Message, error) {
	n := 1
	if days != "" {
		v, err := strconv.Atoi(days)
		if err != nil || v < 1 || v > maxPauseDays {
			return []Message{{Text: p.words().T("pause.days_usage", lang.Args{"Max": maxPauseDays})}}, nil
		}
		n = v
	}
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	until := localtime.DayOf(c.clock.Now(), loc).AddDays(n).Start(loc)
	p.PausedUntil = until
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save pause: %w", err)
	}
	return []Message{{Text: p.words().T("pause.paused", lang.Args{"Until": p.words().Day(until.In(loc))})}}, nil
}

// resume ends a pause at once.
func (c *Coach) resume(ctx context.Context, p Person) ([]Message, error) {
	if p.Status == StatusStopped {
		return []Message{{Text: p.words().T("pause.off_since_stop")}}, nil
	}
	p.PausedUntil = time.Time{}
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save resume: %w", err)
	}
	return []Message{{Text: p.words().T("pause.resumed")}}, nil
}
