package bot

import (
	"context"
	"errors"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// PersonLimiter holds each person to a steady pace of events, so that a
// burst of a hundred clicks does not make a hundred writes at once. An
// event over the pace waits for its turn and is then done, late; one that
// would wait longer than MaxWait, or than its context allows, is not done,
// and the person is told so. Nothing is answered as if done when it was not.
type PersonLimiter struct {
	Every time.Duration // one event per Every, on average; 0 means 1s
	Burst int           // events allowed at once; 0 means 8
	// MaxWait is the longest an event waits for its turn; 0 means 10s.
	MaxWait time.Duration
	// Clock tells the time and waits; nil means the wall clock. The
	// clocks of coach/localtime satisfy it.
	Clock Clock

	mu     sync.Mutex
	people map[string]*personLimit
}

// Clock is the time a PersonLimiter paces by.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type personLimit struct {
	limiter *rate.Limiter
	// Told once a burst that answers come late, and once that some were
	// not done; quiet after that, until an event goes ahead without waiting.
	toldLate, toldUndone bool
}

// maxTracked bounds the memory the limiter keeps; beyond it, people whose
// bucket is full again (idle) are forgotten.
const maxTracked = 10000

// defaultMaxWait leaves most of a Discord handler's 30 seconds for the work.
const defaultMaxWait = 10 * time.Second

// turn is one event's place in its person's pace.
type turn struct {
	l      *PersonLimiter
	person string
	res    *rate.Reservation
	delay  time.Duration // how long until the turn comes; 0: now
}

// reserve takes the person's next turn.
func (l *PersonLimiter) reserve(person string) turn {
	now := l.clock().Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.people == nil {
		l.people = map[string]*personLimit{}
	}
	p, known := l.people[person]
	if !known {
		if len(l.people) >= maxTracked {
			l.forgetIdle(now)
		}
		p = &personLimit{limiter: rate.NewLimiter(rate.Every(cmpDuration(l.Every, time.Second)), cmpInt(l.Burst, 8))}
		l.people[person] = p
	}
	res := p.limiter.ReserveN(now, 1)
	t := turn{l: l, person: person, res: res, delay: res.DelayFrom(now)}
	if t.delay == 0 {
		p.toldLate, p.toldUndone = false, false
	}
	return t
}

// late reports whether the event is over the limit: its turn is not now.
func (t turn) late() bool { return t.delay > 0 }

// skip gives the turn back, for an event that goes ahead at once anyway.
func (t turn) skip() { t.res.CancelAt(t.l.clock().Now()) }

// wait waits for the turn. It returns nil when the event may go ahead now;
// otherwise the turn is given back and the event must not be done.
func (t turn) wait(ctx context.Context) error {
	if t.delay > cmpDuration(t.l.MaxWait, defaultMaxWait) {
		t.skip()
		return errTooLong
	}
	if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < t.delay {
		t.skip()
		return errTooLong
	}
	select {
	case <-t.l.clock().After(t.delay):
		return nil
	case <-ctx.Done():
		t.skip()
		return ctx.Err()
	}
}

// errTooLong means an event's turn would come too late to wait for it.
var errTooLong = errors.New("the turn would come too late")

// tellLate reports whether the person should be told, once a burst, that
// answers come late.
func (t turn) tellLate() bool {
	return t.l.tellOnce(t.person, func(p *personLimit) *bool { return &p.toldLate })
}

// tellUndone reports whether the person should be told, once a burst,
// that some events were not done.
func (t turn) tellUndone() bool {
	return t.l.tellOnce(t.person, func(p *personLimit) *bool { return &p.toldUndone })
}

func (l *PersonLimiter) tellOnce(person string, flag func(*personLimit) *bool) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	p, known := l.people[person]
	if !known {
		return true
	}
	told := flag(p)
	first := !*told
	*told = true
	return first
}

func (l *PersonLimiter) clock() Clock {
	if l.Clock != nil {
		return l.Clock
	}
	return wallClock{}
}

type wallClock struct{}

func (wallClock) Now() time.Time                         { return time.Now() }
func (wallClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

func (l *PersonLimiter) forgetIdle(now time.Time) {
	for id, p := range l.people {
		if p.limiter.TokensAt(now) >= float64(p.limiter.Burst()) {
			delete(l.people, id)
		}
	}
}

func cmpDuration(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

func cmpInt(n, def int) int {
	if n > 0 {
		return n
	}
	return def
}
