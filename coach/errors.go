package coach

import "errors"

// Errors that come from what a person typed. The bot turns them into kind
// replies; they are never logged as failures.
var (
	ErrTimeOfDay = errors.New("not a time of day")
	ErrTimeZone  = errors.New("not a known time zone")
	ErrNotFound  = errors.New("not found")
)
