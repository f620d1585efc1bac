package storage

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"testing"
)

// TestRefMakerIsRefOf checks that one refMaker, reusing an HMAC for each
// key across names, gives every name the id a fresh HMAC gives it, in any
// order, and none to a name whose people have no salt.
func TestRefMakerIsRefOf(t *testing.T) {
	salts := map[string][]byte{"111111": []byte("salt-a"), "222222": []byte("salt-b")}
	fresh := func(name string, key []byte) string {
		mac := hmac.New(sha256.New, key)
		mac.Write([]byte(name))
		return refPrefix + base64.RawURLEncoding.EncodeToString(mac.Sum(nil)[:16])
	}
	var m refMaker
	for _, tc := range []struct {
		name string
		key  string // "": no id
	}{
		{"111111:checkin:2026-03-02", "salt-a"},
		{"111111:checkin:2026-03-03", "salt-a"},
		{"222222:checkin:2026-03-02", "salt-b"},
		{"111111:alert:2026-03-02:222222", "salt-asalt-b"},
		{"111111:checkin:2026-03-02", "salt-a"}, // again, after other keys
		{"333333:checkin:2026-03-02", ""},
		{"111111:alert:2026-03-02:333333", ""},
		{"111111:checkin:2026-03-04", "salt-a"},
	} {
		got, ok := m.ref(salts, tc.name)
		if tc.key == "" {
			if ok {
				t.Errorf("%s: id %q, want none", tc.name, got)
			}
			continue
		}
		if want := fresh(tc.name, []byte(tc.key)); got != want || !ok {
			t.Errorf("%s: id %q, want %q", tc.name, got, want)
		}
		if one, _ := refOf(salts, tc.name); one != got {
			t.Errorf("%s: refOf %q, refMaker %q", tc.name, one, got)
		}
	}
}
