package storage_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// longNote is long enough that sealed it takes several pieces.
var longNote = strings.Repeat("Walked to the river with my sister, and it eased. ", 6)

// TestLongSealedValuesAreWrittenInPieces: a note whose sealed value is
// longer than a listpack value is written in pieces of at most 64 bytes
// and reads back whole; replaced by a short one, no piece of it is left.
// The same on a day kept in a hash of its own (written before week
// records).
func TestLongSealedValuesAreWrittenInPieces(t *testing.T) {
	for name, url := range map[string]string{"real or embedded": redistest.URL(t), "cluster": os.Getenv("REDIS_CLUSTER_URL")} {
		for _, old := range []bool{false, true} {
			t.Run(name, func(t *testing.T) {
				if url == "" {
					t.Skip("REDIS_CLUSTER_URL is not set")
				}
				longPieces(t, opener{t: t, url: url, prefix: redistest.Prefix(t)}, old)
			})
		}
	}
}

func longPieces(t *testing.T, o opener, old bool) {
	ctx := context.Background()
	r := o.open(randomKey(t))
	key, _ := r.DayFieldAt("1", day, "note")
	if old {
		storage.WriteOldDay(t, r, "1", string(day), map[string]string{"sent": "2026-03-02T09:00:00Z"})
		key = o.prefix + "{u:1}:ci:" + string(day)
	}
	if err := r.SaveFields(ctx, "1", day, map[string]string{"note": longNote, "mood": "3"}); err != nil {
		t.Fatal(err)
	}
	raw, err := r.Client().HGetAll(ctx, key).Result()
	if err != nil {
		t.Fatal(err)
	}
	pieces := 0
	for f, v := range raw {
		if len(v) > 64 {
			t.Errorf("field %s holds %d bytes, want at most 64", f, len(v))
		}
		if strings.Contains(f, "#") {
			pieces++
		}
	}
	if stored := storage.StoredDay(t, r, "1", string(day)); pieces < 2 || !strings.HasPrefix(stored["note"], "enc2:") || len(stored["note"]) < 3*64 {
		t.Fatalf("stored = %v, want the sealed note in pieces", raw)
	}
	if got := readDay(t, r, "1"); got.Note != longNote || got.Mood != 3 || got.Unreadable != nil {
		t.Fatalf("read back note %q, mood %d, unreadable %v", got.Note, got.Mood, got.Unreadable)
	}
	if err := r.SaveAnswer(ctx, "1", day, "note", "short"); err != nil {
		t.Fatal(err)
	}
	raw, err = r.Client().HGetAll(ctx, key).Result()
	if err != nil {
		t.Fatal(err)
	}
	for f := range raw {
		if strings.Contains(f, "#") {
			t.Errorf("field %s left behind by a longer note", f)
		}
	}
	if got := readDay(t, r, "1"); got.Note != "short" {
		t.Fatalf("note = %q after a shorter one was written", got.Note)
	}
}

// TestOldDaysStillRead: days kept as versions before week records kept
// them (a hash a day, a long sealed note whole in one field) read as they
// did beside days in week records, in one range; writing to such a day
// keeps it where it is, movement adds up there, and forgetting it and its
// week's neighbours leaves nothing.
func TestOldDaysStillRead(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	r := o.open(randomKey(t))
	// A whole sealed note, as versions before pieces wrote it: sealed by
	// this store (it names its day), then copied whole into the old form.
	if err := r.SaveFields(ctx, "1", day, map[string]string{"note": longNote}); err != nil {
		t.Fatal(err)
	}
	sealed := storage.StoredDay(t, r, "1", string(day))["note"]
	if err := r.ForgetDays(ctx, "1", []localtime.Day{day}, nil); err != nil {
		t.Fatal(err)
	}
	storage.WriteOldDay(t, r, "1", string(day), map[string]string{"note": sealed, "mood": "2", "moved": "5"})
	next := day.AddDays(1)
	if err := r.SaveFields(ctx, "1", next, map[string]string{"mood": "4", "sent": "2026-03-03T09:00:00Z"}); err != nil {
		t.Fatal(err)
	}
	if err := r.AddMoved(ctx, "1", day, 10); err != nil {
		t.Fatal(err)
	}
	days, err := r.CheckIns(ctx, "1", day, next)
	if err != nil || len(days) != 2 {
		t.Fatalf("CheckIns = %+v, %v; want two days", days, err)
	}
	if d := days[0]; d.Day != day || d.Note != longNote || d.Mood != 2 || d.Moved != 15 || d.Unreadable != nil {
		t.Errorf("the old day = %+v", d)
	}
	if d := days[1]; d.Day != next || d.Mood != 4 || d.Sent.Format("15:04") != "09:00" {
		t.Errorf("the new day = %+v", d)
	}
	if _, err := r.Client().Get(ctx, o.prefix+"{u:1}:ci:"+string(next)).Result(); err == nil {
		t.Error("a new day was given a hash of its own")
	}
	if err := r.ForgetDays(ctx, "1", []localtime.Day{day, next}, nil); err != nil {
		t.Fatal(err)
	}
	if days, err := r.CheckIns(ctx, "1", day.AddDays(-30), day.AddDays(30)); err != nil || len(days) != 0 {
		t.Errorf("after forgetting: %+v, %v", days, err)
	}
	for _, k := range redistest.Keys(t, r, o.prefix) {
		if strings.Contains(k, ":ci") || strings.Contains(k, ":cw:") {
			t.Errorf("key %s left after its days were forgotten", k)
		}
	}
}

// TestADayWithANoteStaysCompact: on a real Redis, a week of days with long
// sealed notes is one listpack, not a hash table.
func TestADayWithANoteStaysCompact(t *testing.T) {
	if os.Getenv("REDIS_URL") == "" {
		t.Skip("REDIS_URL is not set: the encoding is a real Redis's")
	}
	ctx := context.Background()
	o := newOpener(t)
	r := o.open(randomKey(t))
	for d := range 7 {
		fields := map[string]string{"sent": "2026-03-02T09:00:00Z", "mood": "2", "anxiety": "3", "energy": "4", "sleep": "5", "minutes": "20", "note": longNote,
			"nudge": "walk-10-block", "nudge_sent": "2026-03-02T14:00:00Z", "nudge_answer": "done"}
		for f, v := range fields {
			if err := r.SaveAnswer(ctx, "1", day.AddDays(d), f, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	key, _ := r.DayFieldAt("1", day, "note")
	enc, err := r.Client().ObjectEncoding(ctx, key).Result()
	if err != nil {
		t.Fatal(err)
	}
	if enc != "listpack" {
		t.Errorf("a week with long notes is kept as %s, want listpack", enc)
	}
	days, err := r.CheckIns(ctx, "1", day, day.AddDays(6))
	if err != nil || len(days) != 7 {
		t.Fatalf("CheckIns = %d days, %v", len(days), err)
	}
	for _, got := range days {
		if got.Note != longNote || got.Mood != 2 || !got.HasMinutes || got.Nudge.Sent.IsZero() || got.Sent.Format("15:04") != "09:00" {
			t.Errorf("read back %+v", got)
		}
	}
}

// TestRekeyLeavesPiecesOpen: after a rotation of DATA_KEY, a note kept in
// pieces still reads whole, with the new key and the old one as previous.
func TestRekeyLeavesPiecesOpen(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	old := randomKey(t)
	a := o.open(old)
	if err := a.SaveFields(ctx, "1", day, map[string]string{"note": longNote, "mood": "4"}); err != nil {
		t.Fatal(err)
	}
	storage.WriteOldDay(t, a, "1", string(day.AddDays(-1)), map[string]string{"mood": "1"})
	if err := a.SaveFields(ctx, "1", day.AddDays(-1), map[string]string{"note": longNote}); err != nil {
		t.Fatal(err)
	}
	r := o.open(randomKey(t), old)
	if _, err := r.Rekey(ctx, nil); err != nil {
		t.Fatal(err)
	}
	days, err := r.CheckIns(ctx, "1", day.AddDays(-1), day)
	if err != nil || len(days) != 2 {
		t.Fatalf("CheckIns after Rekey = %+v, %v", days, err)
	}
	for _, got := range days {
		if got.Note != longNote || got.Unreadable != nil {
			t.Errorf("after Rekey: %s: note %q, unreadable %v", got.Day, got.Note, got.Unreadable)
		}
	}
}

// TestWeekRecordsForgetAndIndex: movement adds up on a day kept in a week
// record; a range that starts mid-week returns only its days; forgetting
// the first days of a week lists the week again by its earliest day left,
// so the retention sweep finds the person only while a day is older than
// the cutoff; forgetting the rest removes the week and its entry.
func TestWeekRecordsForgetAndIndex(t *testing.T) {
	redistest.Each(t, func(t *testing.T, r *storage.Redis) {
		ctx := context.Background()
		for d := range 7 {
			if err := r.SaveFields(ctx, "1", day.AddDays(d), map[string]string{"mood": "3"}); err != nil {
				t.Fatal(err)
			}
		}
		for range 2 {
			if err := r.AddMoved(ctx, "1", day.AddDays(2), 15); err != nil {
				t.Fatal(err)
			}
		}
		days, err := r.CheckIns(ctx, "1", day.AddDays(2), day.AddDays(4))
		if err != nil || len(days) != 3 || days[0].Day != day.AddDays(2) || days[2].Day != day.AddDays(4) {
			t.Fatalf("mid-week range = %+v, %v", days, err)
		}
		if days[0].Moved != 30 || days[0].Mood != 3 {
			t.Errorf("the day with movement: moved %d, mood %d; want 30, 3", days[0].Moved, days[0].Mood)
		}
		if err := r.ForgetDays(ctx, "1", []localtime.Day{day, day.AddDays(1), day.AddDays(2)}, nil); err != nil {
			t.Fatal(err)
		}
		found := func(cutoff localtime.Day) bool {
			var people []string
			if err := r.PeopleWithDaysBefore(ctx, cutoff, func(p string) error { people = append(people, p); return nil }); err != nil {
				t.Fatal(err)
			}
			return len(people) == 1
		}
		if found(day.AddDays(3)) || !found(day.AddDays(4)) {
			t.Errorf("after forgetting Mon–Wed: found before Thu %v, before Fri %v; want false, true", found(day.AddDays(3)), found(day.AddDays(4)))
		}
		if days, err := r.CheckIns(ctx, "1", day, day.AddDays(6)); err != nil || len(days) != 4 || days[0].Day != day.AddDays(3) {
			t.Fatalf("after forgetting Mon–Wed: %+v, %v", days, err)
		}
		var rest []localtime.Day
		for d := 3; d < 7; d++ {
			rest = append(rest, day.AddDays(d))
		}
		if err := r.ForgetDays(ctx, "1", rest, nil); err != nil {
			t.Fatal(err)
		}
		if found(day.AddDays(30)) {
			t.Error("the person is still found with every day forgotten")
		}
		if keys := redistest.Keys(t, r, r.Prefix()); len(keys) != 0 {
			t.Errorf("keys left with every day forgotten: %v", keys)
		}
	})
}
