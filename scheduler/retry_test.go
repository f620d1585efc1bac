package scheduler_test

import (
	"context"
	"errors"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// TestJobWhoseSendFailedIsSentOnRetry: the coach has said what to send, and
// the send fails (Discord answers 502, or the process dies before the
// request is out). bot.Deliverer returns the error, the scheduler retries
// after its backoff, and the retry must send the message: what the coach
// recorded on the first try must not make it stay quiet on the second.
func TestJobWhoseSendFailedIsSentOnRetry(t *testing.T) {
	for _, kind := range []coach.JobKind{coach.JobCheckIn, coach.JobNudge, coach.JobFollowUp, coach.JobSummary} {
		t.Run(string(kind), func(t *testing.T) {
			w := newDowntimeWorld(t)
			var failed coach.Job
			w.sched.Handle = func(ctx context.Context, j coach.Job) error {
				if j.Kind != kind || failed.ID != "" {
					return w.deliver(ctx, j)
				}
				msgs, err := w.coach.Deliver(ctx, j)
				if err != nil || len(msgs) == 0 {
					return err
				}
				failed = j
				return errors.New("send: discord: 502 Bad Gateway")
			}
			w.runUntil(at("2026-03-09", 12, 0)) // the whole plan, retries and all
			if failed.ID == "" {
				t.Fatalf("no %s was delivered to fail", kind)
			}
			retries, sent := 0, 0
			for _, r := range w.takeRuns() {
				if r.job.ID == failed.ID {
					retries++
					if r.sent() {
						sent++
					}
				}
			}
			if retries != 1 || sent != 1 {
				t.Errorf("%s retried %d times and sent %d after its first send failed, want retried once and sent", failed.ID, retries, sent)
			}
			if dead, _ := w.store.DeadLetters(w.ctx); dead != 0 {
				t.Errorf("%d dead letters, want none", dead)
			}
		})
	}
}
