// Package testlog lets a test read a log, or any other output, while the
// code under test is still writing it from goroutines of its own: a
// strings.Builder would be a data race there.
package testlog

import (
	"strings"
	"sync"
)

// Buffer is an io.Writer whose text can be read at any time, from any
// goroutine. The zero value is ready to use.
type Buffer struct {
	mu sync.Mutex
	b  strings.Builder
}

// Write appends p. It never fails.
func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns everything written so far.
func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
