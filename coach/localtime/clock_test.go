package localtime

import (
	"testing"
	"time"
)

// TestFakeClockWakesWaitersWhenMoved checks what tests and the demo rely
// on: the fake clock stands still, never goes back, and wakes a waiter only
// once it has been moved past the waiter's time.
func TestFakeClockWakesWaitersWhenMoved(t *testing.T) {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	c := NewFakeClock(start)
	hour := c.After(time.Hour)
	select {
	case <-c.After(0):
	default:
		t.Fatal("After(0) did not fire at once")
	}
	c.Advance(59 * time.Minute)
	select {
	case at := <-hour:
		t.Fatalf("After(1h) fired at %v, after 59 minutes", at)
	default:
	}
	c.Set(start) // backwards: ignored
	if got := c.Now(); !got.Equal(start.Add(59 * time.Minute)) {
		t.Fatalf("Now() = %v after setting the clock back; want it unmoved", got)
	}
	c.Advance(time.Minute)
	select {
	case at := <-hour:
		if !at.Equal(start.Add(time.Hour)) {
			t.Errorf("After(1h) fired with %v; want %v", at, start.Add(time.Hour))
		}
	default:
		t.Fatal("After(1h) did not fire once the clock reached it")
	}
}

// TestJumpClockMovesWhenWaitedOn: a wait ends at once and moves the clock
// on by its length; a stuck clock never ends a wait; both count waits.
func TestJumpClockMovesWhenWaitedOn(t *testing.T) {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	c := NewJumpClock(start)
	if got := <-c.After(5 * time.Second); !got.Equal(start.Add(5*time.Second)) || !c.Now().Equal(got) {
		t.Errorf("after a 5s wait: got %v, now %v; want both 5s on", got, c.Now())
	}
	c.Advance(time.Minute)
	if !c.Now().Equal(start.Add(65 * time.Second)) {
		t.Errorf("after Advance: %v", c.Now())
	}
	stuck := NewJumpClock(start)
	stuck.Stuck = true
	select {
	case <-stuck.After(time.Second):
		t.Error("a stuck clock ended a wait")
	default:
	}
	if c.Waits() != 1 || stuck.Waits() != 1 || !stuck.Now().Equal(start) {
		t.Errorf("waits %d and %d, stuck now %v; want 1, 1 and unmoved", c.Waits(), stuck.Waits(), stuck.Now())
	}
}
