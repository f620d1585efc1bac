package scheduler_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// benchSealingStore is benchStore with a DATA_KEY, so that notes are sealed
// under each person's own key as in production (their wrapped key is part
// of what a person keeps).
func benchSealingStore(b *testing.B) *storage.Redis {
	b.Helper()
	url := os.Getenv("REDIS_URL")
	if url == "" {
		b.Skip("REDIS_URL is not set: these benchmarks measure a real Redis (scripts/bench sets it)")
	}
	key := []byte(strings.Repeat("k", 32))
	store, err := storage.Open(context.Background(), url, storage.Options{Prefix: redistest.Prefix(b), Attempts: 1, DataKey: key})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		unlinkPrefix(b, store)
		store.Close()
	})
	return store
}

// benchNotes are notes of the lengths people write: a few words to a few
// lines. Three days of seven have one; the others were finished without.
var benchNotes = []string{
	"tired but ok",
	"Walked to the river with my sister. Felt lighter after, slept better than last week.",
	"Hard morning, the integration session stirred a lot up. Wrote it down, called a friend, it eased by lunch.",
}

// writeWeekOfCheckIns writes a week of check-ins for person as the coach
// does, one call per step (coach/checkin_flow.go, nudging.go, ack.go): the
// check-in sent, four answers, the minutes moved, a note (sealed) or none,
// the acknowledgement chosen, the nudge sent, its answer and the movement
// it added.
func writeWeekOfCheckIns(b *testing.B, store *storage.Redis, person string, i int) {
	writeCheckIns(b, store, person, i, 1, 7)
}

// writeCheckIns writes days from the plan's first+1-th day on, as
// writeWeekOfCheckIns describes.
func writeCheckIns(b *testing.B, store *storage.Redis, person string, i, first, days int) {
	ctx := context.Background()
	for d := first; d < first+days; d++ {
		at := benchSession.AddDate(0, 0, d)
		day := localtime.DayOf(at, time.UTC)
		v := func(k int) string { return strconv.Itoa(1 + (i+d*k)%5) }
		note := ""
		if d%7 == 1 || d%7 == 3 || d%7 == 5 {
			note = benchNotes[(i+d)%len(benchNotes)]
		}
		steps := []map[string]string{
			{"sent": at.Format(time.RFC3339)},
			{string(coach.FieldMood): v(1)},
			{string(coach.FieldAnxiety): v(2)},
			{string(coach.FieldEnergy): v(3)},
			{string(coach.FieldSleep): v(4)},
			{string(coach.FieldMinutes): strconv.Itoa((i*7 + d*13) % 90)},
			{string(coach.FieldNote): note},
			{"ack": "steady" + strconv.Itoa((i+d)%6)},
			{"nudge": "walk-10-block", "nudge_min": "10", "nudge_act": "walk", "nudge_sent": at.Add(5 * time.Hour).Format(time.RFC3339)},
			{"nudge_answer": "done"},
		}
		for _, fields := range steps {
			if err := store.SaveFields(ctx, person, day, fields); err != nil {
				b.Fatal(err)
			}
		}
		if err := store.AddMoved(ctx, person, day, 10); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPersonYear writes a year of check-ins (RETENTION_DAYS' default,
// 365 days) for each of N people, as writeWeekOfCheckIns describes, and
// reports Redis's used_memory growth per person-year and per week of
// check-ins within it. A year, not a week times 52, because some of a
// person's keys change encoding as they grow (a sorted set of over 128
// days is no longer a listpack). One op is the whole year:
//
//	go test -run '^$' -bench 'PersonYear' -benchtime=1x ./scheduler
func BenchmarkPersonYear(b *testing.B) {
	if b.N > 1 {
		b.Fatal("one op is a whole year: run with -benchtime=1x")
	}
	const people = 200
	store := benchSealingStore(b)
	rdb := store.Client()
	waitLazyFree(b, rdb)
	empty := snapshot(b, rdb)
	for i := range people {
		writeCheckIns(b, store, benchPerson(i).ID, i, 1, 365)
	}
	b.StopTimer()
	full := snapshot(b, rdb)
	perYear := float64(full.usedMemory-empty.usedMemory) / people
	b.ReportMetric(perYear, "redis-B/person-year")
	b.ReportMetric(perYear*7/365, "redis-B/person-week")
}
