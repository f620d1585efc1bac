package storage_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/internal/redistest"
)

// longNote is long enough that sealed it takes several pieces.
var longNote = strings.Repeat("Walked to the river with my sister, and it eased. ", 6)

// TestLongSealedValuesAreWrittenInPieces: a note whose sealed value is
// longer than a listpack value is written in pieces of at most 64 bytes
// and reads back whole; replaced by a short one, no piece of it is left.
func TestLongSealedValuesAreWrittenInPieces(t *testing.T) {
	for name, url := range map[string]string{"real or embedded": redistest.URL(t), "cluster": os.Getenv("REDIS_CLUSTER_URL")} {
		t.Run(name, func(t *testing.T) {
			if url == "" {
				t.Skip("REDIS_CLUSTER_URL is not set")
			}
			longPieces(t, opener{t: t, url: url, prefix: redistest.Prefix(t)})
		})
	}
}

func longPieces(t *testing.T, o opener) {
	ctx := context.Background()
	r := o.open(randomKey(t))
	key := o.prefix + "{u:1}:ci:" + string(day)
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
		if strings.HasPrefix(f, "note#") {
			pieces++
		}
	}
	if pieces < 2 || !strings.HasPrefix(raw["note"], "enc2:") {
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

// TestWholeLongValuesStillRead: a day written before values were cut in
// pieces (a long sealed note under one field) reads as it did, and a
// later long note on that day replaces it.
func TestWholeLongValuesStillRead(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	r := o.open(randomKey(t))
	// A whole sealed value, as versions before this wrote it: sealed by
	// this store, then joined back into one field by hand.
	if err := r.SaveFields(ctx, "1", day, map[string]string{"note": longNote}); err != nil {
		t.Fatal(err)
	}
	key := o.prefix + "{u:1}:ci:" + string(day)
	raw, err := r.Client().HGetAll(ctx, key).Result()
	if err != nil {
		t.Fatal(err)
	}
	whole := raw["note"]
	for i := 1; ; i++ {
		piece, ok := raw["note#"+strconv.Itoa(i)]
		if !ok {
			break
		}
		whole += piece
		if err := r.Client().HDel(ctx, key, "note#"+strconv.Itoa(i)).Err(); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Client().HSet(ctx, key, "note", whole).Err(); err != nil {
		t.Fatal(err)
	}
	if got := readDay(t, r, "1"); got.Note != longNote || got.Unreadable != nil {
		t.Fatalf("a whole sealed note reads %q, unreadable %v", got.Note, got.Unreadable)
	}
	if err := r.CheckDataKey(ctx); err != nil {
		t.Fatalf("the start-up check on a whole sealed note: %v", err)
	}
	again := longNote + " And slept."
	if err := r.SaveAnswer(ctx, "1", day, "note", again); err != nil {
		t.Fatal(err)
	}
	if got := readDay(t, r, "1"); got.Note != again {
		t.Fatalf("note = %q after a new long one", got.Note)
	}
}

// TestADayWithANoteStaysCompact: on a real Redis, a day with a long
// sealed note is kept as a listpack, not as a hash table (three times the
// size).
func TestADayWithANoteStaysCompact(t *testing.T) {
	url := os.Getenv("REDIS_URL")
	if url == "" {
		t.Skip("REDIS_URL is not set: the encoding is a real Redis's")
	}
	ctx := context.Background()
	o := newOpener(t)
	r := o.open(randomKey(t))
	fields := map[string]string{"sent": "2026-03-02T09:00:00Z", "mood": "2", "anxiety": "3", "energy": "4", "sleep": "5", "minutes": "20", "note": longNote}
	for f, v := range fields {
		if err := r.SaveAnswer(ctx, "1", day, f, v); err != nil {
			t.Fatal(err)
		}
	}
	enc, err := r.Client().ObjectEncoding(ctx, o.prefix+"{u:1}:ci:"+string(day)).Result()
	if err != nil {
		t.Fatal(err)
	}
	if enc != "listpack" {
		t.Errorf("a day with a long note is kept as %s, want listpack", enc)
	}
	if got := readDay(t, r, "1"); got.Note != longNote || got.Mood != 2 || !got.HasMinutes {
		t.Errorf("read back %+v", got)
	}
}

// TestRekeyLeavesPiecesOpen: after a rotation of DATA_KEY, a note kept in
// pieces still reads whole, with the new key and the old one as previous.
func TestRekeyLeavesPiecesOpen(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	old := randomKey(t)
	if err := o.open(old).SaveFields(ctx, "1", day, map[string]string{"note": longNote, "mood": "4"}); err != nil {
		t.Fatal(err)
	}
	r := o.open(randomKey(t), old)
	if _, err := r.Rekey(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got := readDay(t, r, "1"); got.Note != longNote || got.Mood != 4 || got.Unreadable != nil {
		t.Fatalf("after Rekey: note %q, mood %d, unreadable %v", got.Note, got.Mood, got.Unreadable)
	}
}
