package bot

import (
	"testing"
	"time"
)

// TestPersonLimiterSaysSoOnce: a person past their burst is held back, told
// once, then quiet until an event of theirs goes ahead again; others are
// not affected.
func TestPersonLimiterSaysSoOnce(t *testing.T) {
	l := &PersonLimiter{Burst: 2, Every: time.Minute}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for i := range 2 {
		if !l.allow("alice", now) {
			t.Fatalf("event %d within the burst was held back", i+1)
		}
	}
	if l.allow("alice", now) {
		t.Fatal("third event at once went ahead with a burst of 2")
	}
	if !l.hold("alice") || l.hold("alice") {
		t.Error("a held-back person should be told once, then not again")
	}
	if !l.allow("bob", now) {
		t.Error("another person was held back by alice's pace")
	}
	if !l.allow("alice", now.Add(time.Minute)) {
		t.Fatal("alice was still held back after her pace refilled")
	}
	if l.allow("alice", now.Add(time.Minute)) || !l.hold("alice") {
		t.Error("after an event went ahead, the next hold should be told again")
	}
}
