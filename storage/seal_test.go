package storage_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

var (
	keyA = bytes.Repeat([]byte{1}, 32)
	keyB = bytes.Repeat([]byte{2}, 32)
)

// TestNotesAreEncryptedAtRestAndKeysRotate writes a note and a
// questionnaire answer with key A, checks Redis holds neither in the clear,
// reads them back, then rotates to key B (A as previous), reads them again,
// rewrites the note (now sealed with B) and finally drops A.
func TestNotesAreEncryptedAtRestAndKeysRotate(t *testing.T) {
	ctx := context.Background()
	prefix := redistest.Prefix(t)
	url := redistest.URL(t)
	open := func(key, previous []byte) *storage.Redis {
		r, err := storage.Open(ctx, url, storage.Options{Prefix: prefix, DataKey: key, PreviousKey: previous})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		return r
	}
	day := localtime.Day("2026-03-02")
	a := open(keyA, nil)
	if err := a.SaveFields(ctx, "1", day, map[string]string{"note": "I felt the grief lift a little", "q:phq9:8": "1", "mood": "3"}); err != nil {
		t.Fatal(err)
	}
	raw, err := a.Client().HGetAll(ctx, prefix+"{u:1}:ci:"+string(day)).Result()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(raw["note"], "grief") || !strings.HasPrefix(raw["note"], "enc1:") || !strings.HasPrefix(raw["q:phq9:8"], "enc1:") || raw["mood"] != "3" {
		t.Fatalf("stored fields = %v, want the note and the answer sealed, the rest plain", raw)
	}
	read := func(r *storage.Redis) coach.CheckIn {
		days, err := r.CheckIns(ctx, "1", day, day)
		if err != nil || len(days) != 1 {
			t.Fatalf("CheckIns = %v, %v", days, err)
		}
		return days[0]
	}
	if got := read(a); got.Note != "I felt the grief lift a little" || got.Answers["phq9"][8] != 1 {
		t.Fatalf("read back = %+v", got)
	}
	// A sealed value copied to another person's day does not open there.
	if err := a.Client().HSet(ctx, prefix+"{u:2}:ci:"+string(day), "note", raw["note"]).Err(); err != nil {
		t.Fatal(err)
	}
	if err := a.Client().ZAdd(ctx, prefix+"{u:2}:ci-days", redisZ(day)).Err(); err != nil {
		t.Fatal(err)
	}
	if days, _ := a.CheckIns(ctx, "2", day, day); len(days) != 1 || days[0].Note != "" {
		t.Errorf("a note moved to another person opened: %+v", days)
	}

	b := open(keyB, keyA)
	if got := read(b); got.Note != "I felt the grief lift a little" {
		t.Fatalf("during rotation the old note reads %q", got.Note)
	}
	if err := b.SaveFields(ctx, "1", day, map[string]string{"note": "rewritten"}); err != nil {
		t.Fatal(err)
	}
	onlyB := open(keyB, nil)
	if got := read(onlyB); got.Note != "rewritten" || got.Answers["phq9"] != nil {
		t.Errorf("with only the new key: note %q (want the rewritten one), answers %v (want the old-key answer unreadable)", got.Note, got.Answers)
	}
}

func redisZ(day localtime.Day) redis.Z {
	return redis.Z{Score: float64(20260302), Member: string(day)}
}
