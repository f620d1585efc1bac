package discord

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// DefaultRate is Discord's global limit for a bot: 50 requests a second.
const DefaultRate = 50

// SendSlots hands out moments to send that every process of the bot
// shares, since Discord's global limit belongs to the bot, not to one
// process: two replicas pacing alone would send twice the limit.
// storage.Redis is one.
type SendSlots interface {
	// NextSendSlot reserves the next moment to send, at least every after
	// the one reserved before it, and returns how long to wait for it.
	NextSendSlot(ctx context.Context, every time.Duration) (time.Duration, error)
}

// paced holds every REST request to an even pace a little under Discord's
// global limit, so a burst of scheduled messages (100k people in one zone)
// is spread out here instead of coming back as 429s. Interaction callbacks
// and follow-ups are not held: Discord exempts them from the global limit,
// and they must arrive within three seconds.
type paced struct {
	every   time.Duration
	slots   SendSlots     // shared with the other processes; nil: this one alone
	limiter *rate.Limiter // this process alone, and the fallback when slots fail
	next    http.RoundTripper
	stats   *RESTStats
	log     *slog.Logger
	alone   atomic.Bool // the shared slots failed last time
}

// RESTStats counts what Discord answered, for logs and metrics.
type RESTStats struct {
	Requests, RateLimited, ServerErrors atomic.Int64
}

func newPaced(perSecond float64, slots SendSlots, next http.RoundTripper, stats *RESTStats, log *slog.Logger) http.RoundTripper {
	if perSecond <= 0 {
		perSecond = DefaultRate
	}
	// Evenly spaced, a little under the limit: a bucket that allowed a
	// second's worth at once could put two seconds' worth into one of
	// Discord's one-second windows, and scheduling jitter must not tip a
	// request over. 95% keeps 10k messages within 1.1x of the ideal time.
	perSecond *= 0.95
	return &paced{
		every: time.Duration(float64(time.Second) / perSecond), slots: slots,
		limiter: rate.NewLimiter(rate.Limit(perSecond), 1), next: next, stats: stats, log: log,
	}
}

// exempt reports whether a request is outside Discord's global limit:
// interaction callbacks, and the follow-ups and edits made with an
// interaction's token (the bot makes no other webhook requests). Held to
// the pace, a deferred answer would queue behind a burst of scheduled
// messages.
func exempt(path string) bool {
	return strings.Contains(path, "/interactions/") || strings.Contains(path, "/webhooks/")
}

// RoundTrip waits for its moment (or the request's context), then sends.
func (p *paced) RoundTrip(r *http.Request) (*http.Response, error) {
	if !exempt(r.URL.Path) {
		if err := p.wait(r.Context()); err != nil {
			return nil, fmt.Errorf("wait for Discord rate limit: %w", err)
		}
	}
	resp, err := p.next.RoundTrip(r)
	p.stats.Requests.Add(1)
	if err == nil {
		switch {
		case resp.StatusCode == http.StatusTooManyRequests:
			p.stats.RateLimited.Add(1)
		case resp.StatusCode >= 500:
			p.stats.ServerErrors.Add(1)
		}
	}
	return resp, err
}

// wait waits for a shared slot, or for this process's own limiter when
// there are no shared slots or they cannot be reached: a Redis hiccup
// must not stop a crisis reply's follow-up.
func (p *paced) wait(ctx context.Context) error {
	if p.slots == nil {
		return p.limiter.Wait(ctx)
	}
	d, err := p.slots.NextSendSlot(ctx, p.every)
	if err != nil {
		if !p.alone.Swap(true) { // once per outage, not once per request
			p.log.Warn("shared send pace unavailable; pacing this process alone", "err", err)
		}
		return p.limiter.Wait(ctx)
	}
	if p.alone.Swap(false) {
		p.log.Info("shared send pace back")
	}
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
