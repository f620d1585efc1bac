package bot

import (
	"errors"

	"github.com/aftercare/aftercare/coach"
)

// Retrier makes later what the coach could not record when it answered: the
// recording of a crisis (the pause, alerts, the next day's caring message)
// whose reply was sent while storage was down. Retry must not block; the
// wiring's retrier (cmd/aftercare) tries again with backoff until storage
// is back or the process stops.
type Retrier interface {
	Retry(pending coach.PendingCrisis)
}

// failed answers an event the coach could not finish. A crisis reply is
// sent all the same, and a crisis's pending recording goes to the Retrier;
// anything else becomes SorryText. A log line about a crisis names no
// person and carries no error text (storage errors can hold key names,
// which hold ids): who had a crisis is health data.
func (r Router) failed(ev coach.Event, msgs []coach.Message, err error) []coach.Message {
	var pending *coach.PendingCrisis
	if errors.As(err, &pending) {
		if r.Retry != nil {
			r.log().Warn("crisis reply sent; its recording waits for storage", "kind", EventKind(ev))
			r.Retry.Retry(*pending)
		} else {
			r.log().Error("crisis reply sent; its recording is lost: no retrier", "kind", EventKind(ev))
		}
		if len(msgs) > 0 {
			return msgs
		}
		return []coach.Message{{Text: Sorry(ev.Locale)}}
	}
	r.log().Error("event failed", "person", ev.Person, "kind", EventKind(ev), "err", err)
	var crisis []coach.Message
	for _, m := range msgs {
		if m.Crisis {
			crisis = append(crisis, m)
		}
	}
	if len(crisis) > 0 {
		return crisis // help first, whatever else failed
	}
	return []coach.Message{{Text: Sorry(ev.Locale)}}
}
