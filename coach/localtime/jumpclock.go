package localtime

import (
	"sync"
	"time"
)

// JumpClock stands still until something waits on it: After(d) moves it on
// by d at once and counts the wait, so that pacing code under test gets its
// turn without a real wait, and the test can count how often it waited.
// With Stuck set, a wait never ends (and the clock does not move). Set
// Stuck before the clock is shared.
type JumpClock struct {
	Stuck bool

	mu    sync.Mutex
	now   time.Time
	waits int
}

// NewJumpClock returns a JumpClock that starts at start.
func NewJumpClock(start time.Time) *JumpClock { return &JumpClock{now: start} }

// Now returns the clock's time.
func (c *JumpClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// After counts a wait and, unless the clock is stuck, moves on by d and
// ends the wait at once.
func (c *JumpClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.waits++
	ch := make(chan time.Time, 1)
	if !c.Stuck {
		c.now = c.now.Add(d)
		ch <- c.now
	}
	return ch
}

// Advance moves the clock on by d without a wait.
func (c *JumpClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// Waits counts the calls to After so far.
func (c *JumpClock) Waits() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.waits
}
