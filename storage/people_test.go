package storage_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

func TestPersonRoundTrip(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		if _, err := r.Person(ctx, "42"); !errors.Is(err, coach.ErrNotFound) {
			t.Fatalf("Person of a stranger: err = %v, want ErrNotFound", err)
		}
		want := coach.Person{
			ID: "42", Name: "Ada", Zone: "Asia/Kathmandu", Status: coach.StatusActive,
			Consented: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
			CheckInAt: localtime.LocalTime{Hour: 20, Minute: 15, Set: true}, PlanDays: 10,
		}
		if err := r.SavePerson(ctx, want); err != nil {
			t.Fatal(err)
		}
		got, err := r.Person(ctx, "42")
		if err != nil {
			t.Fatal(err)
		}
		if !got.Consented.Equal(want.Consented) || got.Zone != want.Zone || got.CheckInAt != want.CheckInAt || got.PlanDays != 10 || got.Status != want.Status {
			t.Errorf("Person = %+v, want %+v", got, want)
		}
	})
}

func TestAnswersAreKeptOneByOne(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		day := localtime.Day("2026-03-03")
		for _, a := range [][2]string{{"mood", "4"}, {"anxiety", "2"}} {
			if err := r.SaveAnswer(ctx, "7", day, a[0], a[1]); err != nil {
				t.Fatal(err)
			}
		}
		// A check-in left half-done keeps what was given.
		got, err := r.CheckIns(ctx, "7", day, day)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Mood != 4 || got[0].Anxiety != 2 || got[0].Energy != 0 || got[0].HasMinutes {
			t.Fatalf("half-done check-in = %+v", got)
		}
		if next, _ := got[0].Next(); next != coach.FieldEnergy {
			t.Errorf("next question = %q, want energy", next)
		}
	})
}

func TestCheckInsRange(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		// Saved out of order, across a month and a year boundary.
		for _, d := range []localtime.Day{"2027-01-02", "2026-12-31", "2026-11-30", "2026-12-01"} {
			if err := r.SaveAnswer(ctx, "7", d, "minutes", "0"); err != nil {
				t.Fatal(err)
			}
		}
		got, err := r.CheckIns(ctx, "7", "2026-12-01", "2027-01-01")
		if err != nil {
			t.Fatal(err)
		}
		var days []string
		for _, c := range got {
			days = append(days, string(c.Day))
			if !c.HasMinutes || c.Minutes != 0 {
				t.Errorf("%s: zero minutes not kept as an answer: %+v", c.Day, c)
			}
		}
		if strings.Join(days, ",") != "2026-12-01,2026-12-31" {
			t.Errorf("days = %v, want 2026-12-01 and 2026-12-31 in order", days)
		}
	})
}

func TestSessionsRoundTrip(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		first := time.Date(2026, 3, 2, 11, 0, 0, 0, time.UTC)
		for _, at := range []time.Time{first.AddDate(0, 0, 14), first} {
			if err := r.AddSession(ctx, "7", coach.TherapySession{At: at, LoggedBy: "7"}); err != nil {
				t.Fatal(err)
			}
		}
		got, err := r.Sessions(ctx, "7")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || !got[0].At.Equal(first) {
			t.Errorf("sessions = %+v, want two, oldest first", got)
		}
	})
}

func TestPersonKeysShareOneHashTag(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		if err := r.SavePerson(ctx, coach.Person{ID: "99", Zone: "UTC"}); err != nil {
			t.Fatal(err)
		}
		if err := r.SaveAnswer(ctx, "99", "2026-03-03", "mood", "3"); err != nil {
			t.Fatal(err)
		}
		if err := r.AddSession(ctx, "99", coach.TherapySession{At: time.Now()}); err != nil {
			t.Fatal(err)
		}
		job := coach.NewJob("99", coach.JobCheckIn, "2026-03-04", time.Now().Add(time.Hour))
		if err := r.Schedule(ctx, job); err != nil {
			t.Fatal(err)
		}
		keys := redistest.Keys(t, r, r.Prefix())
		person := 0
		for _, k := range keys {
			switch {
			case strings.HasPrefix(k, r.Prefix()+"{u:99}:"):
				person++
			case strings.HasPrefix(k, r.Prefix()+"{sched:"):
			default:
				t.Errorf("key %q has neither the person's nor the scheduler's hash tag", k)
			}
		}
		if person != 5 { // person, ci day, ci-days, sessions, idkey (their jobs are in their partition)
			t.Errorf("person keys = %d, want 5 (all keys: %v)", person, keys)
		}
	})
}

func TestRefusesIDsThatBreakKeys(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		for _, id := range []string{"", "a}b", "x{u:1}", "with space", strings.Repeat("9", 65)} {
			if err := r.SavePerson(ctx, coach.Person{ID: id}); err == nil {
				t.Errorf("SavePerson(%q) succeeded, want an error", id)
			}
		}
	})
}

func TestOpenReportsUnreachableRedis(t *testing.T) {
	ctx := context.Background()
	_, err := storage.Open(ctx, "redis://127.0.0.1:1/0", storage.Options{Attempts: 3, Backoff: time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "3 attempts") {
		t.Fatalf("Open of a closed port: err = %v, want one naming the 3 attempts", err)
	}
}

func TestParseURL(t *testing.T) {
	tests := []struct {
		url   string
		addrs int
		ok    bool
	}{
		{"redis://127.0.0.1:6379/0", 1, true},
		{"rediss://user:pw@cache.example:6380", 1, true},
		{"redis://a:7000?addr=b:7001&addr=c:7002", 3, true},
		{"127.0.0.1:6379", 0, false},
		{"http://127.0.0.1:6379", 0, false},
		{"redis://127.0.0.1:6379/notadb", 0, false},
	}
	for _, tt := range tests {
		o, err := storage.ParseURL(tt.url)
		if (err == nil) != tt.ok {
			t.Errorf("ParseURL(%q) err = %v, want ok=%v", tt.url, err, tt.ok)
			continue
		}
		if tt.ok && len(o.Addrs) != tt.addrs {
			t.Errorf("ParseURL(%q) addrs = %v, want %d", tt.url, o.Addrs, tt.addrs)
		}
	}
}
