package bot

import (
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"

	"golang.org/x/time/rate"
)

// DefaultRate is Discord's global limit for a bot: 50 requests a second.
const DefaultRate = 50

// paced holds every REST request to a token bucket sized to Discord's
// global limit, so a burst of scheduled messages (100k people in one zone)
// is spread out here instead of coming back as 429s. Interaction callbacks
// are not held: Discord exempts them from the global limit, and they must
// arrive within three seconds.
type paced struct {
	limiter *rate.Limiter
	next    http.RoundTripper
	stats   *RESTStats
}

// RESTStats counts what Discord answered, for logs and metrics.
type RESTStats struct {
	Requests, RateLimited, ServerErrors atomic.Int64
}

func newPaced(perSecond float64, next http.RoundTripper, stats *RESTStats) http.RoundTripper {
	if perSecond <= 0 {
		perSecond = DefaultRate
	}
	// Evenly spaced, a little under the limit: a bucket that allowed a
	// second's worth at once could put two seconds' worth into one of
	// Discord's one-second windows, and scheduling jitter must not tip a
	// request over. 95% keeps 10k messages within 1.1x of the ideal time.
	return paced{limiter: rate.NewLimiter(rate.Limit(perSecond*0.95), 1), next: next, stats: stats}
}

// RoundTrip waits for a token (or the request's context), then sends.
func (p paced) RoundTrip(r *http.Request) (*http.Response, error) {
	if !strings.Contains(r.URL.Path, "/interactions/") {
		if err := p.limiter.Wait(r.Context()); err != nil {
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
