package scheduler

import "time"

// Clock tells the time and waits. Durations are in the clock's own time: a
// scaled clock waits a simulated hour in a fraction of a real second.
// Package localtime has the real, the scaled and the fake one.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}
