package coach

import "errors"

// ErrNotFound means the store holds no such record: a person the bot has
// never met, an unregistered therapist, an unknown or expired code. Callers
// answer it as an ordinary case; it is never logged as a failure.
var ErrNotFound = errors.New("not found")
