package coach

import "time"

// Clock tells the time. The coach never reads the wall clock itself, so that
// tests, the demo and CLOCK_SPEED can run days in seconds. Package localtime
// has the real, the scaled and the fake one.
type Clock interface {
	Now() time.Time
}
