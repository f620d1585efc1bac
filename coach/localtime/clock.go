package localtime

import (
	"sync"
	"time"
)

// The clocks satisfy the small interfaces that the packages using them
// declare (Now, or Now and After). After waits in the clock's own time: a
// scaled clock waits a simulated hour in a fraction of a real second.

// SystemClock is the real wall clock.
type SystemClock struct{}

// Now returns the current time.
func (SystemClock) Now() time.Time { return time.Now() }

// After waits d of real time.
func (SystemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// ScaledClock runs Speed times faster than the wall clock from the moment it
// was made: with Speed 1440 a simulated day passes in one real minute.
type ScaledClock struct {
	start time.Time
	speed float64
}

// NewScaledClock returns a clock that starts at the current real time and
// runs speed times faster.
func NewScaledClock(speed float64) *ScaledClock {
	return &ScaledClock{start: time.Now(), speed: speed}
}

// Now returns the simulated time.
func (c *ScaledClock) Now() time.Time {
	elapsed := time.Since(c.start)
	return c.start.Add(time.Duration(float64(elapsed) * c.speed))
}

// After waits d of simulated time.
func (c *ScaledClock) After(d time.Duration) <-chan time.Time {
	real := time.Duration(float64(d) / c.speed)
	out := make(chan time.Time, 1)
	time.AfterFunc(real, func() { out <- c.Now() })
	return out
}

// FakeClock stands still until told to move. Tests and the demo use it to
// run days of a plan without waiting.
type FakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []waiter
}

type waiter struct {
	at time.Time
	ch chan time.Time
}

// NewFakeClock returns a clock stopped at now.
func NewFakeClock(now time.Time) *FakeClock { return &FakeClock{now: now} }

// Now returns the clock's time.
func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// After returns a channel that receives once the clock has been moved d on.
func (c *FakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, waiter{at: c.now.Add(d), ch: ch})
	return ch
}

// Set moves the clock to t (never backwards) and wakes whoever waited for it.
func (c *FakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.now) {
		c.now = t
	}
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if w.at.After(c.now) {
			kept = append(kept, w)
			continue
		}
		w.ch <- c.now
	}
	c.waiters = kept
}

// Advance moves the clock on by d.
func (c *FakeClock) Advance(d time.Duration) { c.Set(c.Now().Add(d)) }
