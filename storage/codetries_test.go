package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestCodeTriesSlideAndExpire: three tries a minute apart fill a limit of
// three; the fourth is refused until the first is a window old; a try
// given back frees its place; the key expires and is erased with the person.
func TestCodeTriesSlideAndExpire(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		take := func(at time.Time) coach.CodeTry {
			t.Helper()
			try, err := r.TakeCodeTry(ctx, "11", at, 3, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			return try
		}
		var ids []string
		for i := range 3 {
			try := take(t0.Add(time.Duration(i) * time.Minute))
			if try.ID == "" || try.Left != 2-i {
				t.Fatalf("try %d = %+v, want taken with %d left", i+1, try, 2-i)
			}
			if last := !try.RetryAt.IsZero(); last != (i == 2) || last && !try.RetryAt.Equal(t0.Add(time.Hour)) {
				t.Errorf("try %d RetryAt = %v", i+1, try.RetryAt)
			}
			ids = append(ids, try.ID)
		}
		if try := take(t0.Add(59 * time.Minute)); try.ID != "" || !try.RetryAt.Equal(t0.Add(time.Hour)) {
			t.Errorf("fourth try = %+v, want refused until 10:00", try)
		}
		if try := take(t0.Add(time.Hour)); try.ID == "" || try.Left != 0 {
			t.Errorf("at 10:00 = %+v, want taken, the last", try)
		}
		if err := r.ReturnCodeTry(ctx, "11", ids[2]); err != nil {
			t.Fatal(err)
		}
		if try := take(t0.Add(time.Hour)); try.ID == "" {
			t.Errorf("after giving one back = %+v, want taken", try)
		}
		key := r.Prefix() + "{u:11}:code-tries"
		if ttl := r.Client().PTTL(ctx, key).Val(); ttl <= 0 || ttl > time.Hour {
			t.Errorf("PTTL %s = %v, want within the hour", key, ttl)
		}
		if err := r.Erase(ctx, "11"); err != nil {
			t.Fatal(err)
		}
		for _, k := range redistest.Keys(t, r, r.Prefix()) {
			if strings.Contains(k, "{u:11}") {
				t.Errorf("after erasure the store holds %s", k)
			}
		}
	})
}
