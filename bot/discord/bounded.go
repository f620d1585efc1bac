package discord

import (
	"context"
	"io"
	"net/http"
	"time"
)

// requestTimeout bounds each REST request, the reading of its answer
// included.
const requestTimeout = 20 * time.Second

// bounded gives each request at most timeout, through the request's
// context, unless that context ends sooner.
//
// Why not http.Client.Timeout: for a RoundTripper that is not
// *http.Transport itself (the transport's paces and may rewrite), the
// client enforces its Timeout with a timer, two channels and a goroutine
// of its own for every request (net/http's setRequestCancel): some 16
// allocations and a goroutine for each interaction's callback. A context
// deadline costs a few, and nothing when the request's context ends
// sooner. The bound is the same: *http.Transport stops a request, and the
// reading of its body, when its context ends.
type bounded struct {
	timeout time.Duration
	next    http.RoundTripper
}

// RoundTrip sends r with its deadline, and frees the deadline's timer when
// the answer's body is closed.
func (b bounded) RoundTrip(r *http.Request) (*http.Response, error) {
	deadline := time.Now().Add(b.timeout)
	if d, ok := r.Context().Deadline(); ok && !d.After(deadline) {
		return b.next.RoundTrip(r)
	}
	ctx, cancel := context.WithDeadline(r.Context(), deadline)
	resp, err := b.next.RoundTrip(r.WithContext(ctx))
	if err != nil {
		cancel()
		return nil, err
	}
	resp.Body = cancelOnClose{resp.Body, cancel}
	return resp, nil
}

// cancelOnClose ends a request's own context once its body is read and
// closed.
type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}
