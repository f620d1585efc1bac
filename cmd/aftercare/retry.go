package main

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
)

var _ bot.Retrier = (*crisisRetrier)(nil)

// Backoff and bounds of the crisis retrier.
const (
	retryFirst   = time.Second      // the first wait after storage failed
	retryMost    = time.Minute      // the longest wait between tries
	retryTimeout = 5 * time.Second  // one recording's budget, also at shutdown
	retryFinal   = 10 * time.Second // the last pass at shutdown, all recordings together
	retryPending = 10000            // recordings held at most; beyond, the oldest are given up
)

// crisisRetrier makes the recordings of crisis replies sent while Redis was
// down (bot.Retrier): it holds them in memory and tries them in order with
// backoff until Redis is back. Run stops it on shutdown, after one last
// pass; what is still pending then is given up and counted in the log. Its
// logs name no person: who had a crisis is health data.
type crisisRetrier struct {
	record func(context.Context, coach.PendingCrisis) error
	log    *slog.Logger
	// wait waits between tries; time.After outside tests.
	wait func(time.Duration) <-chan time.Time

	mu      sync.Mutex
	pending []coach.PendingCrisis
	wake    chan struct{}
}

func newCrisisRetrier(record func(context.Context, coach.PendingCrisis) error, log *slog.Logger) *crisisRetrier {
	return &crisisRetrier{record: record, log: log, wait: time.After, wake: make(chan struct{}, 1)}
}

// Retry takes a recording to make later. It never blocks.
func (r *crisisRetrier) Retry(pc coach.PendingCrisis) {
	r.mu.Lock()
	r.pending = append(r.pending, pc)
	dropped := len(r.pending) - retryPending
	if dropped > 0 {
		r.pending = r.pending[dropped:]
	}
	r.mu.Unlock()
	if dropped > 0 {
		r.log.Error("crisis recordings given up: too many waiting for storage", "count", dropped)
	}
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// Run tries the pending recordings until ctx is done: a while after each
// arrives (storage has just failed), then again with a wait that doubles up
// to retryMost while storage stays down. On shutdown the recording in hand
// is finished, one last pass is made, and what is left is given up.
func (r *crisisRetrier) Run(ctx context.Context) {
	defer r.finish(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.wake:
		}
		for delay := retryFirst; r.count() > 0; delay = min(2*delay, retryMost) {
			select {
			case <-ctx.Done():
				return
			case <-r.wait(delay):
			}
			if r.pass(context.WithoutCancel(ctx)) { // the recording in hand is finished, even on shutdown
				break
			}
			r.log.Warn("crisis recordings still wait for storage", "count", r.count(), "next try in", min(2*delay, retryMost))
		}
	}
}

// pass makes the pending recordings in order, each within retryTimeout,
// and stops at the first failure (storage is still down). It reports
// whether none is left.
func (r *crisisRetrier) pass(ctx context.Context) bool {
	made := 0
	defer func() {
		if made > 0 {
			r.log.Info("crisis recordings made after storage came back", "count", made)
		}
	}()
	for {
		r.mu.Lock()
		if len(r.pending) == 0 {
			r.mu.Unlock()
			return true
		}
		pc := r.pending[0]
		r.mu.Unlock()
		one, cancel := context.WithTimeout(ctx, retryTimeout)
		err := r.record(one, pc)
		cancel()
		if err != nil {
			return false
		}
		made++
		r.mu.Lock()
		r.pending = r.pending[1:] // only pass removes, so pc is still first
		r.mu.Unlock()
	}
}

// finish makes one last pass at shutdown, within retryFinal, and logs how
// many recordings are given up.
func (r *crisisRetrier) finish(ctx context.Context) {
	if r.count() == 0 {
		return
	}
	last, cancel := context.WithTimeout(context.WithoutCancel(ctx), retryFinal)
	defer cancel()
	if !r.pass(last) {
		r.log.Error("crisis recordings given up at shutdown: storage is still down", "count", r.count())
	}
}

func (r *crisisRetrier) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.pending)
}
