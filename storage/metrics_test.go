package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

func TestQueueDepth(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		if got, err := r.QueueDepth(ctx, now); err != nil || got != (storage.QueueDepth{}) {
			t.Fatalf("empty queue: got %+v, %v; want zeros", got, err)
		}
		jobs := []coach.Job{
			coach.NewJob("p1", coach.JobCheckIn, "2026-03-01", now.Add(-time.Hour)),
			coach.NewJob("p1", coach.JobNudge, "2026-03-02", now), // due exactly now counts as overdue
			coach.NewJob("p1", coach.JobCheckIn, "2026-03-02", now.Add(time.Hour)),
			coach.NewJob("p2", coach.JobCheckIn, "2026-03-01", now.Add(-time.Minute)),
		}
		if err := r.Schedule(ctx, jobs...); err != nil {
			t.Fatal(err)
		}
		claimed, err := r.Claim(ctx, now, 1, time.Minute)
		if err != nil || len(claimed) != 1 {
			t.Fatalf("claim: %v, %v", claimed, err)
		}
		if err := r.DeadLetter(ctx, claimed[0], now, "test"); err != nil {
			t.Fatal(err)
		}
		if _, err := r.Claim(ctx, now, 1, time.Minute); err != nil {
			t.Fatal(err)
		}
		got, err := r.QueueDepth(ctx, now)
		if err != nil {
			t.Fatal(err)
		}
		want := storage.QueueDepth{Scheduled: 2, Overdue: 1, Leased: 1, Dead: 1}
		if got != want {
			t.Errorf("QueueDepth = %+v, want %+v", got, want)
		}
	})
}

// TestQueueDepthCountsPeopleOverdue: Overdue counts people, each once
// however many of their jobs are due, and none whose jobs are all later.
func TestQueueDepthCountsPeopleOverdue(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		jobs := []coach.Job{
			coach.NewJob("p1", coach.JobCheckIn, "2026-03-01", now.Add(-2*time.Hour)),
			coach.NewJob("p1", coach.JobNudge, "2026-03-01", now.Add(-time.Hour)),
			coach.NewJob("p1", coach.JobCheckIn, "2026-03-02", now),
			coach.NewJob("p2", coach.JobCheckIn, "2026-03-01", now.Add(-time.Minute)),
			coach.NewJob("p3", coach.JobCheckIn, "2026-03-02", now.Add(time.Minute)),
		}
		if err := r.Schedule(ctx, jobs...); err != nil {
			t.Fatal(err)
		}
		got, err := r.QueueDepth(ctx, now)
		if err != nil {
			t.Fatal(err)
		}
		if want := (storage.QueueDepth{Scheduled: 5, Overdue: 2}); got != want {
			t.Errorf("QueueDepth = %+v, want %+v", got, want)
		}
	})
}

func TestQueueDepthClosed(t *testing.T) {
	r, err := storage.Open(context.Background(), "", storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if _, err := r.QueueDepth(context.Background(), time.Now()); err == nil {
		t.Errorf("QueueDepth on a closed store: err = %v, want a Redis error", err)
	}
}
