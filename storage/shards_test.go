package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestShardLeaseOwnership: a held lease is refused to others, and only its
// holder extends or releases it.
func TestShardLeaseOwnership(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		ttl := time.Minute
		steps := []struct {
			name string
			do   func() (bool, error)
			want bool
		}{
			{"a takes 3", func() (bool, error) { return r.AcquireShard(ctx, 3, "a", ttl) }, true},
			{"b cannot take 3", func() (bool, error) { return r.AcquireShard(ctx, 3, "b", ttl) }, false},
			{"a cannot take 3 twice", func() (bool, error) { return r.AcquireShard(ctx, 3, "a", ttl) }, false},
			{"b takes 2", func() (bool, error) { return r.AcquireShard(ctx, 2, "b", ttl) }, true},
			{"b cannot extend 3", func() (bool, error) { return r.ExtendShard(ctx, 3, "b", ttl) }, false},
			{"a extends 3", func() (bool, error) { return r.ExtendShard(ctx, 3, "a", ttl) }, true},
			{"a cannot extend 1, held by no one", func() (bool, error) { return r.ExtendShard(ctx, 1, "a", ttl) }, false},
			{"b's release of 3 changes nothing", func() (bool, error) { return true, r.ReleaseShard(ctx, 3, "b") }, true},
			{"so b still cannot take 3", func() (bool, error) { return r.AcquireShard(ctx, 3, "b", ttl) }, false},
			{"a releases 3", func() (bool, error) { return true, r.ReleaseShard(ctx, 3, "a") }, true},
			{"a cannot extend 3 after", func() (bool, error) { return r.ExtendShard(ctx, 3, "a", ttl) }, false},
			{"b takes 3 at once", func() (bool, error) { return r.AcquireShard(ctx, 3, "b", ttl) }, true},
		}
		for _, s := range steps {
			got, err := s.do()
			if err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			if got != s.want {
				t.Fatalf("%s: got %v, want %v", s.name, got, s.want)
			}
		}
	})
}

// TestShardReplicas: replicas count while their heartbeat lasts, and not
// after they leave or their heartbeat runs out.
func TestShardReplicas(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		beat := func(owner string, ttl time.Duration) int {
			t.Helper()
			n, err := r.ShardReplicas(ctx, owner, ttl)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := beat("a", time.Minute); n != 1 {
			t.Fatalf("a alone: %d replicas", n)
		}
		if n := beat("b", time.Minute); n != 2 {
			t.Fatalf("a and b: %d replicas", n)
		}
		if n := beat("a", time.Minute); n != 2 {
			t.Fatalf("a beating again: %d replicas, want still 2", n)
		}
		if err := r.LeaveShards(ctx, "b"); err != nil {
			t.Fatal(err)
		}
		if n := beat("c", 5*time.Millisecond); n != 2 {
			t.Fatalf("after b left and c came: %d replicas, want 2", n)
		}
		time.Sleep(50 * time.Millisecond) // c's heartbeat runs out on Redis's clock
		if n := beat("a", time.Minute); n != 1 {
			t.Fatalf("after c's heartbeat ran out: %d replicas, want 1", n)
		}
	})
}

// TestIdentifySlots: slots of one bucket are handed out every interval,
// whoever asks; another bucket has its own.
func TestIdentifySlots(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		every := time.Hour // far beyond the test's own run time
		waits := make([]time.Duration, 0, 3)
		for range 3 {
			w, err := r.NextIdentifySlot(ctx, 0, every)
			if err != nil {
				t.Fatal(err)
			}
			waits = append(waits, w)
		}
		if waits[0] != 0 || waits[1] < every-time.Minute || waits[1] > every || waits[2] < 2*every-time.Minute || waits[2] > 2*every {
			t.Errorf("bucket 0 waits = %v, want 0, about 1h, about 2h", waits)
		}
		if w, err := r.NextIdentifySlot(ctx, 1, every); err != nil || w != 0 {
			t.Errorf("bucket 1's first slot: wait %v, err %v; want at once", w, err)
		}
	})
}
