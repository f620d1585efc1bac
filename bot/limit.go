package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// PersonLimiter holds each person to a steady pace of events, so that a
// burst of a hundred clicks makes a few writes and replies, not a hundred.
type PersonLimiter struct {
	Every time.Duration // one event per Every, on average; 0 means 1s
	Burst int           // events allowed at once; 0 means 8

	mu     sync.Mutex
	people map[string]*personLimit
}

type personLimit struct {
	limiter *rate.Limiter
	warned  bool // told once that they are going fast; quiet after that
}

// maxTracked bounds the memory the limiter keeps; beyond it, people whose
// bucket is full again (idle) are forgotten.
const maxTracked = 10000

// allow reports whether the person's event may go ahead. An event it
// refuses may still go ahead (crisis words); hold records one that does not.
func (l *PersonLimiter) allow(person string, now time.Time) bool {
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
	if p.limiter.AllowN(now, 1) {
		p.warned = false
		return true
	}
	return false
}

// hold records that the person's event was held back, and reports whether
// it is the first since they were last allowed one (to say so once).
func (l *PersonLimiter) hold(person string) (first bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	p, known := l.people[person]
	if !known {
		return false
	}
	first = !p.warned
	p.warned = true
	return first
}

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
