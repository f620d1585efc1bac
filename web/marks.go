package web

import (
	"context"
	"sync"
	"time"
)

// MemoryMarks keeps marks in the process, for one replica and for tests;
// storage.Redis keeps them for every replica.
type MemoryMarks struct {
	Now func() time.Time
	mu  sync.Mutex
	m   map[string]time.Time // id → until
}

var _ Marks = (*MemoryMarks)(nil)

// MarkOnce records id until ttl from now.
func (m *MemoryMarks) MarkOnce(_ context.Context, id string, ttl time.Duration) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.Now()
	for k, until := range m.m {
		if !now.Before(until) {
			delete(m.m, k)
		}
	}
	if _, ok := m.m[id]; ok {
		return false, nil
	}
	if m.m == nil {
		m.m = map[string]time.Time{}
	}
	m.m[id] = now.Add(ttl)
	return true, nil
}

// Marked reports whether id is recorded and not expired.
func (m *MemoryMarks) Marked(_ context.Context, id string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	until, ok := m.m[id]
	return ok && m.Now().Before(until), nil
}
