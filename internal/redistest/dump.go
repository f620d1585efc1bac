package redistest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/aftercare/aftercare/storage"
)

// Dump returns everything a store's prefix holds, one line per key and per
// member: the key's name (without the prefix), then each field and value
// of a hash, member of a set, member and score of a sorted set, element of
// a list, entry of a stream, or the value of a string. Keys are found with
// SCAN, not by any builder's idea of what should be there, so that a test
// can look for a trace anywhere.
func Dump(t testing.TB, r *storage.Redis) []string {
	t.Helper()
	ctx := context.Background()
	rdb := r.Client()
	var out []string
	err := scan(ctx, rdb, escapeGlob(r.Prefix())+"*", func(key string) error {
		name := key[len(r.Prefix()):]
		typ, err := rdb.Type(ctx, key).Result()
		if err != nil {
			t.Fatalf("type of %s: %v", key, err)
		}
		out = append(out, "key "+name)
		var vals []string
		switch typ {
		case "string":
			v, err := rdb.Get(ctx, key).Result()
			must(t, err)
			vals = []string{v}
		case "hash":
			m, err := rdb.HGetAll(ctx, key).Result()
			must(t, err)
			for f, v := range m {
				vals = append(vals, f+" = "+v)
			}
		case "set":
			vals, err = rdb.SMembers(ctx, key).Result()
			must(t, err)
		case "zset":
			zs, err := rdb.ZRangeWithScores(ctx, key, 0, -1).Result()
			must(t, err)
			for _, z := range zs {
				vals = append(vals, fmt.Sprintf("%v (%v)", z.Member, z.Score))
			}
		case "list":
			vals, err = rdb.LRange(ctx, key, 0, -1).Result()
			must(t, err)
		case "stream":
			xs, err := rdb.XRange(ctx, key, "-", "+").Result()
			must(t, err)
			for _, x := range xs {
				vals = append(vals, fmt.Sprintf("%s %v", x.ID, x.Values))
			}
		default:
			vals = []string{"(a " + typ + ")"}
		}
		slices.Sort(vals)
		for _, v := range vals {
			out = append(out, "  "+name+": "+v)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("scan keys: %v", err)
	}
	return out
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
}
