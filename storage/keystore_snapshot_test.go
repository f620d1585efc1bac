package storage_test

import (
	"context"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// dumpPrefix copies (DUMP) every key under prefix, as a snapshot or an AOF
// file of that Redis holds them: key name without the prefix -> dump.
func dumpPrefix(t *testing.T, r *storage.Redis, prefix string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, key := range redistest.Keys(t, r, prefix) { // every master of a Cluster
		dump, err := r.Client().Dump(context.Background(), key).Result()
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimPrefix(key, prefix)] = dump
	}
	return out
}

// TestSnapshotBeforeDeleteWithKeyStore is the test of issue 14's "a Redis
// snapshot taken before /delete and read after it yields none of their
// notes". The data lives in the Redis at REDIS_URL; the key store is a
// Redis server of its own (an embedded one on its own port, standing for
// the operator's other machine). A copy of every key of the data's (DUMP,
// the whole prefix) is taken before "gone" uses /delete, and RESTOREd
// after it under a fresh prefix. Read with DATA_KEY and with the key store
// as it is after /delete (its keys copied under the fresh prefix too), the
// copy opens for "stays" and yields none of "gone"'s notes or plan; read
// with DATA_KEY alone, it yields nobody's.
//
// Without a key store the same copy holds "gone"'s key, and with DATA_KEY
// it opens: the limit the README states (TestSnapshotBeforeDelete).
func TestSnapshotBeforeDeleteWithKeyStore(t *testing.T) {
	if os.Getenv("REDIS_URL") == "" {
		t.Skip("needs a real Redis: the embedded one DUMPs strings only, and a person's check-ins are hashes (CI sets REDIS_URL)")
	}
	ctx := context.Background()
	o := newOpener(t)
	ks := newKeyStore(t)
	key := randomKey(t)
	live := o.openApart(ks, key)
	for _, p := range []string{"gone", "stays"} {
		if err := live.SaveFields(ctx, p, day, map[string]string{"note": "words of " + p, "q:phq9:0": "2", "mood": "2"}); err != nil {
			t.Fatal(err)
		}
		if err := live.SavePlanStep(ctx, p, coach.PlanStep("reasons"), "reasons of "+p, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	snapshot := dumpPrefix(t, live, o.prefix)
	var theirs []string
	for name := range snapshot {
		if strings.HasPrefix(name, "{u:gone}:") {
			theirs = append(theirs, name)
		}
	}
	if len(theirs) < 3 || personKeys(slices.Collect(maps.Keys(snapshot))) != 0 {
		t.Fatalf("the snapshot holds %d keys of gone's and %d people's keys; want their data and no key", len(theirs), personKeys(slices.Collect(maps.Keys(snapshot))))
	}

	if err := live.Erase(ctx, "gone"); err != nil {
		t.Fatal(err)
	}

	copyPrefix := o.prefix + "copy:" // under o.prefix: removed with it
	for name, dump := range snapshot {
		if err := live.Client().RestoreReplace(ctx, copyPrefix+name, 0, dump).Err(); err != nil {
			t.Fatal(err)
		}
	}
	// The key store as it is after /delete, under the copy's prefix too, so
	// that the copy can be read through it.
	for _, k := range ks.mr.Keys() {
		if rest, ok := strings.CutPrefix(k, o.prefix); ok {
			v, err := ks.mr.Get(k)
			if err != nil {
				t.Fatal(err)
			}
			ks.mr.Set(copyPrefix+rest, v)
		}
	}
	read := func(opt storage.Options) *storage.Redis {
		opt.Prefix, opt.DataKey = copyPrefix, key
		r, err := storage.Open(ctx, o.url, opt)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		return r
	}

	withStore := read(storage.Options{KeyStoreURL: ks.url})
	if got := readDay(t, withStore, "stays"); got.Note != "words of stays" || got.Answers["phq9"][0] != 2 {
		t.Fatalf("the copy through the key store, for someone still here: %+v; want it to open", got)
	}
	if got := readDay(t, withStore, "gone"); got.Note != "" || got.Answers["phq9"] != nil || !slices.Equal(got.Unreadable, []string{"note", "q:phq9:0"}) {
		t.Errorf("the copy through the key store, for the person gone: note %q, answers %v, unreadable %v; want nothing opened", got.Note, got.Answers, got.Unreadable)
	}
	if sp, err := withStore.SafetyPlan(ctx, "stays"); err != nil || sp.Steps["reasons"] != "reasons of stays" {
		t.Errorf("the copy through the key store, stays's safety plan: %+v, %v", sp, err)
	}
	if sp, err := withStore.SafetyPlan(ctx, "gone"); err != nil || sp.Steps["reasons"] != "" || !slices.Equal(sp.Unreadable, []coach.PlanStep{"reasons"}) {
		t.Errorf("the copy through the key store, gone's safety plan: %+v, %v; want it unopened", sp, err)
	}

	// Whoever has the copy and DATA_KEY but not the key store: the copy
	// says its keys are kept apart, and they ignore that.
	if err := live.Client().Del(ctx, copyPrefix+"keys-kept-in").Err(); err != nil {
		t.Fatal(err)
	}
	alone := read(storage.Options{})
	for _, p := range []string{"gone", "stays"} {
		if got := readDay(t, alone, p); got.Note != "" || len(got.Unreadable) != 2 {
			t.Errorf("the copy with DATA_KEY alone, %s: note %q, unreadable %v; want nothing opened", p, got.Note, got.Unreadable)
		}
	}
	if n := personKeys(redistest.Keys(t, alone, copyPrefix)); n != 0 {
		t.Errorf("the copy holds %d people's keys", n)
	}
}
