package storage_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// keyStore is a key store kept apart from the data: a Redis server of its
// own (an embedded one, on a port of its own), as an operator would run on
// another machine.
type keyStore struct {
	mr  *miniredis.Miniredis
	url string
}

func newKeyStore(t *testing.T) keyStore {
	mr := miniredis.RunT(t)
	return keyStore{mr: mr, url: "redis://" + mr.Addr()}
}

// personKeys counts the people's keys among names.
func personKeys(names []string) int {
	n := 0
	for _, k := range names {
		if strings.HasSuffix(k, ":datakey") {
			n++
		}
	}
	return n
}

// tryOpen opens a store on o's prefix with opt, closing it when t ends.
func (o opener) tryOpen(opt storage.Options) (*storage.Redis, error) {
	opt.Prefix = o.prefix
	r, err := storage.Open(context.Background(), o.url, opt)
	if err == nil {
		o.t.Cleanup(func() { r.Close() })
	}
	return r, err
}

// openApart opens a store whose people's keys are kept in ks.
func (o opener) openApart(ks keyStore, key []byte, previous ...[]byte) *storage.Redis {
	o.t.Helper()
	r, err := o.tryOpen(storage.Options{DataKey: key, PreviousKeys: previous, KeyStoreURL: ks.url})
	if err != nil {
		o.t.Fatal(err)
	}
	return r
}

// TestKeysMoveToTheKeyStore: a deployment that sets KEYSTORE_URL later has
// its people's keys moved out of the data's Redis at start, and a key an
// older replica still writes there is moved when it is read. From then on
// the data's Redis is refused without the key store, or with an empty one.
func TestKeysMoveToTheKeyStore(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	keyA := randomKey(t)
	old := o.open(keyA) // a replica from before KEYSTORE_URL, still running
	for _, p := range []string{"1", "2", "3"} {
		if err := old.SaveFields(ctx, p, day, map[string]string{"note": "words of " + p}); err != nil {
			t.Fatal(err)
		}
	}
	if err := old.SavePlanStep(ctx, "1", coach.PlanStep("reasons"), "my sister", time.Now()); err != nil {
		t.Fatal(err)
	}

	ks := newKeyStore(t)
	moved := o.openApart(ks, keyA)
	if !moved.KeysApart() {
		t.Error("KeysApart is false with a key store")
	}
	if n := personKeys(redistest.Keys(t, moved, o.prefix)); n != 0 {
		t.Errorf("%d people's keys left in the data's Redis after the move", n)
	}
	if n := personKeys(ks.mr.Keys()); n != 3 {
		t.Errorf("the key store holds %d people's keys, want 3", n)
	}
	for _, p := range []string{"1", "2", "3"} {
		if got := readDay(t, moved, p); got.Note != "words of "+p || got.Unreadable != nil {
			t.Errorf("%s after the move: %+v", p, got)
		}
	}
	if sp, err := moved.SafetyPlan(ctx, "1"); err != nil || sp.Steps["reasons"] != "my sister" {
		t.Errorf("safety plan after the move: %+v, %v", sp, err)
	}

	// The older replica makes a key where it always did; read through the
	// key store, it moves.
	if err := old.SaveFields(ctx, "late", day, map[string]string{"note": "late words"}); err != nil {
		t.Fatal(err)
	}
	if got := readDay(t, moved, "late"); got.Note != "late words" {
		t.Errorf("a key an older replica wrote: note %q", got.Note)
	}
	if n := personKeys(redistest.Keys(t, moved, o.prefix)); n != 0 {
		t.Errorf("%d people's keys in the data's Redis after a late key was read", n)
	}
	if n := personKeys(ks.mr.Keys()); n != 4 {
		t.Errorf("the key store holds %d people's keys, want 4", n)
	}

	if _, err := o.tryOpen(storage.Options{DataKey: keyA}); !errors.Is(err, storage.ErrKeyStore) {
		t.Errorf("without KEYSTORE_URL once the keys moved: %v, want ErrKeyStore", err)
	}
	if _, err := o.tryOpen(storage.Options{DataKey: keyA, KeyStoreURL: newKeyStore(t).url}); !errors.Is(err, storage.ErrKeyStore) {
		t.Errorf("with an empty key store: %v, want ErrKeyStore", err)
	}
	if _, err := o.tryOpen(storage.Options{DataKey: keyA, KeyStoreURL: ks.url}); err != nil {
		t.Errorf("with the key store again: %v", err)
	}
}

// TestKeyStoreIsNotTheDataItself: a KEYSTORE_URL that reaches the data's
// own database is refused before any key moves (moving a key onto itself
// would delete it), and the notes still open.
func TestKeyStoreIsNotTheDataItself(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	key := randomKey(t)
	if err := o.open(key).SaveFields(ctx, "1", day, map[string]string{"note": "mine"}); err != nil {
		t.Fatal(err)
	}
	if _, err := o.tryOpen(storage.Options{DataKey: key, KeyStoreURL: o.url}); !errors.Is(err, storage.ErrKeyStore) {
		t.Fatalf("KEYSTORE_URL the same as REDIS_URL: %v, want ErrKeyStore", err)
	}
	if got := readDay(t, o.open(key), "1"); got.Note != "mine" {
		t.Errorf("after the refused start: note %q", got.Note)
	}
}

// TestKeyStoreLostWhileRunning: a key store that comes back empty (a
// restart without persistence) gets no fresh key for anyone, since notes
// sealed with it would not open with the old key once the store is
// restored; what cannot be read is reported, and a new start is refused.
func TestKeyStoreLostWhileRunning(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	key := randomKey(t)
	ks := newKeyStore(t)
	r := o.openApart(ks, key)
	if err := r.SaveFields(ctx, "1", day, map[string]string{"note": "before"}); err != nil {
		t.Fatal(err)
	}
	ks.mr.FlushAll() // the test's own server, standing for a key store restarted empty
	for _, p := range []string{"1", "2"} {
		if err := r.SaveFields(ctx, p, day, map[string]string{"note": "after"}); !errors.Is(err, storage.ErrKeyStore) {
			t.Errorf("%s: a note written with the key store empty: %v, want ErrKeyStore", p, err)
		}
	}
	if got := readDay(t, r, "1"); got.Note != "" || !slices.Equal(got.Unreadable, []string{"note"}) {
		t.Errorf("reading with the key store empty: note %q, unreadable %v", got.Note, got.Unreadable)
	}
	if _, err := o.tryOpen(storage.Options{DataKey: key, KeyStoreURL: ks.url}); !errors.Is(err, storage.ErrKeyStore) {
		t.Errorf("a start on the emptied key store: %v, want ErrKeyStore", err)
	}
}

// crashAfterKey fails every command on the data's Redis but the one that
// destroys a person's key: Redis falling over in the middle of /delete.
type crashAfterKey struct{}

var errCrash = errors.New("crashed")

func (crashAfterKey) DialHook(next redis.DialHook) redis.DialHook { return next }

func (crashAfterKey) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if args := cmd.Args(); len(args) == 2 && cmd.Name() == "del" && strings.HasSuffix(fmt.Sprint(args[1]), ":datakey") {
			return next(ctx, cmd)
		}
		cmd.SetErr(errCrash)
		return errCrash
	}
}

func (crashAfterKey) ProcessPipelineHook(redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(context.Context, []redis.Cmder) error { return errCrash }
}

// TestEraseDestroysTheKeyFirst: /delete that fails at its first step on
// the data's Redis has already destroyed the person's key, so the data it
// leaves no longer opens; run again, it removes the rest.
func TestEraseDestroysTheKeyFirst(t *testing.T) {
	for _, apart := range []bool{false, true} {
		t.Run(map[bool]string{false: "in the data's Redis", true: "apart"}[apart], func(t *testing.T) {
			ctx := context.Background()
			o := newOpener(t)
			key := randomKey(t)
			ks := newKeyStore(t)
			open := func() *storage.Redis {
				if apart {
					return o.openApart(ks, key)
				}
				return o.open(key)
			}
			r := open()
			if err := r.SaveFields(ctx, "1", day, map[string]string{"note": "mine"}); err != nil {
				t.Fatal(err)
			}
			r.Client().AddHook(crashAfterKey{})
			if err := r.Erase(ctx, "1"); !errors.Is(err, errCrash) {
				t.Fatalf("Erase with the data's Redis failing: %v", err)
			}
			after := open()
			if held, err := after.Holds(ctx, "1"); err != nil || !held {
				t.Fatalf("after the crash: holds %v, %v; want the data still there", held, err)
			}
			if got := readDay(t, after, "1"); got.Note != "" || !slices.Equal(got.Unreadable, []string{"note"}) {
				t.Errorf("after the crash: note %q, unreadable %v; want it no longer opening", got.Note, got.Unreadable)
			}
			if err := after.Erase(ctx, "1"); err != nil {
				t.Fatalf("Erase again: %v", err)
			}
			if held, err := after.Holds(ctx, "1"); err != nil || held {
				t.Errorf("after Erase again: holds %v, %v", held, err)
			}
		})
	}
}

// TestCheckDataKeyWithKeyStore: on data with no check value yet, a wrong
// key is found out on the people's keys in the key store (the data itself
// holds only values sealed with people's own keys).
func TestCheckDataKeyWithKeyStore(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	ks := newKeyStore(t)
	keyA, keyB := randomKey(t), randomKey(t)
	if err := o.openApart(ks, keyA).SaveFields(ctx, "1", day, map[string]string{"note": "words"}); err != nil {
		t.Fatal(err)
	}
	if err := o.openApart(ks, keyB).CheckDataKey(ctx); !errors.Is(err, storage.ErrWrongDataKey) {
		t.Fatalf("a wrong key: %v, want ErrWrongDataKey", err)
	}
	if err := o.openApart(ks, keyA).CheckDataKey(ctx); err != nil {
		t.Fatalf("the right key: %v", err)
	}
}

// TestRekeyWithKeyStore: rekey wraps the keys in the key store again, and
// moves there (and wraps) one an older replica left in the data's Redis;
// stopped half-way and run again, it finishes, and the new key alone
// reads everything.
func TestRekeyWithKeyStore(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	ks := newKeyStore(t)
	keyA, keyB := randomKey(t), randomKey(t)
	old := o.open(keyA)
	people := []string{"1", "2", "3", "4", "5"}
	for _, p := range people {
		if err := old.SaveFields(ctx, p, day, map[string]string{"note": "words of " + p}); err != nil {
			t.Fatal(err)
		}
	}
	b := o.openApart(ks, keyB, keyA)
	if err := old.SaveFields(ctx, "late", day, map[string]string{"note": "words of late"}); err != nil {
		t.Fatal(err)
	}
	people = append(people, "late")

	defer storage.SetRekeyEvery(2)()
	stopCtx, stop := context.WithCancel(ctx)
	_, err := b.Rekey(stopCtx, func(p storage.RekeyProgress) {
		if p.Keys >= 2 {
			stop()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("stopped rekey: %v, want context.Canceled", err)
	}
	if _, err := b.Rekey(ctx, nil); err != nil {
		t.Fatalf("resumed rekey: %v", err)
	}
	if n := personKeys(redistest.Keys(t, b, o.prefix)); n != 0 {
		t.Errorf("%d people's keys left in the data's Redis after rekey", n)
	}
	onlyB := o.openApart(ks, keyB)
	if err := onlyB.CheckDataKey(ctx); err != nil {
		t.Fatalf("B alone after rekey: %v", err)
	}
	for _, p := range people {
		if got := readDay(t, onlyB, p); got.Note != "words of "+p || got.Unreadable != nil {
			t.Errorf("%s with B alone: %+v", p, got)
		}
	}
	again, err := onlyB.Rekey(ctx, nil)
	if err != nil || again.Wrapped+again.Resealed+again.Unreadable != 0 {
		t.Errorf("third run = %+v, %v; want nothing left to do", again, err)
	}
}

// TestPingReachesTheKeyStore: /healthz's ping fails when the key store
// kept apart does not answer, since no note opens without it.
func TestPingReachesTheKeyStore(t *testing.T) {
	ctx := context.Background()
	o := newOpener(t)
	ks := newKeyStore(t)
	r := o.openApart(ks, randomKey(t))
	if err := r.Ping(ctx); err != nil {
		t.Fatalf("both up: %v", err)
	}
	ks.mr.Close()
	down, cancel := context.WithTimeout(ctx, 200*time.Millisecond) // a bound on go-redis's retries, not what is tested
	defer cancel()
	if err := r.Ping(down); err == nil || !strings.Contains(err.Error(), "key store") {
		t.Errorf("the key store down: %v, want an error naming the key store", err)
	}
}

// TestKeyStoreOnACluster: the key store may itself be a Redis Cluster:
// people's keys move there, rekey and the start-up check walk every master,
// and /delete destroys the key there.
func TestKeyStoreOnACluster(t *testing.T) {
	ctx := context.Background()
	cluster := redistest.ClusterURL(t)
	if os.Getenv("REDIS_URL") == cluster {
		t.Skip("the data is on this Cluster too (REDIS_URL): a key store on it could not be told apart from the data's own keys; the run with REDIS_URL elsewhere covers it")
	}
	o := newOpener(t)
	// The cluster seen as a store on the same prefix: to list and remove
	// the key store's keys.
	view, err := storage.Open(ctx, cluster, storage.Options{Prefix: o.prefix})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, k := range redistest.Keys(t, view, o.prefix) {
			view.Client().Del(context.Background(), k)
		}
		view.Close()
	})
	keyA, keyB := randomKey(t), randomKey(t)
	people := []string{"1", "2", "3", "4"}
	for _, p := range people {
		if err := o.open(keyA).SaveFields(ctx, p, day, map[string]string{"note": "words of " + p}); err != nil {
			t.Fatal(err)
		}
	}
	ks := keyStore{url: cluster}
	if n := personKeys(redistest.Keys(t, view, o.prefix)); n != 0 {
		t.Fatalf("the key store holds %d keys before the move", n)
	}
	b := o.openApart(ks, keyB, keyA)
	if n := personKeys(redistest.Keys(t, view, o.prefix)); n != len(people) {
		t.Errorf("the key store holds %d keys after the move, want %d", n, len(people))
	}
	if p, err := b.Rekey(ctx, nil); err != nil || p.Wrapped != len(people) || p.Unreadable != 0 {
		t.Fatalf("rekey = %+v, %v; want every key wrapped again", p, err)
	}
	if err := b.Erase(ctx, "1"); err != nil {
		t.Fatal(err)
	}
	if n := personKeys(redistest.Keys(t, view, o.prefix)); n != len(people)-1 {
		t.Errorf("the key store holds %d keys after one /delete, want %d", n, len(people)-1)
	}
	onlyB := o.openApart(ks, keyB)
	if err := onlyB.CheckDataKey(ctx); err != nil {
		t.Fatal(err)
	}
	for _, p := range people[1:] {
		if got := readDay(t, onlyB, p); got.Note != "words of "+p {
			t.Errorf("%s with B alone: %+v", p, got)
		}
	}
}
