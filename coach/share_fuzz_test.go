package coach

import (
	"strings"
	"testing"
)

// FuzzNormalizeCode checks that normalizeCode, which reads invite codes as
// people type them, gives "" or a code as stored — twelve symbols of
// inviteAlphabet (or eight of the legacy alphabet) in groups of four — that
// it reads its own output unchanged, and that any spelling of a real code
// (any case, with or without dashes, with spaces, O for 0, I or L for 1)
// reads as that code.
func FuzzNormalizeCode(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		if got := normalizeCode(s); got != "" {
			bare := strings.ReplaceAll(got, "-", "")
			okNew := len(bare) == inviteChars && onlyOf(bare, inviteAlphabet)
			okOld := len(bare) == legacyChars && onlyOf(bare, legacyAlphabet)
			if !okNew && !okOld || got != groupCode(bare) {
				t.Fatalf("normalizeCode(%q) = %q; want 12 (or 8 legacy) code symbols in groups of four", s, got)
			}
			if again := normalizeCode(got); again != got {
				t.Fatalf("normalizeCode(%q) = %q, but normalizeCode(%q) = %q", s, got, got, again)
			}
		}
		for _, kind := range []struct {
			alphabet string
			n        int
		}{{inviteAlphabet, inviteChars}, {legacyAlphabet, legacyChars}} {
			if len(s) < kind.n {
				continue
			}
			// A code from the input's bytes, typed carelessly: lower
			// case, spaces for dashes, O for 0, l for 1.
			b := make([]byte, kind.n)
			for i := range b {
				b[i] = kind.alphabet[int(s[i])%len(kind.alphabet)]
			}
			code := groupCode(string(b))
			careless := strings.NewReplacer("0", "O", "1", "l", "-", " ").Replace(strings.ToLower(code))
			for _, typed := range []string{code, strings.ToLower(code), " " + careless + " ", strings.ReplaceAll(code, "-", "")} {
				if got := normalizeCode(typed); got != code {
					t.Fatalf("normalizeCode(%q) = %q; want %q", typed, got, code)
				}
			}
		}
	})
}

// TestNewInviteCodes: codes are as normalizeCode reads them, use the whole
// alphabet in every place, and do not repeat.
func TestNewInviteCodes(t *testing.T) {
	seen := map[string]bool{}
	used := make([]map[byte]bool, inviteChars)
	for i := range used {
		used[i] = map[byte]bool{}
	}
	for range 2000 {
		code := newInviteCode()
		if normalizeCode(code) != code || len(code) != inviteChars+2 {
			t.Fatalf("newInviteCode() = %q, which normalizeCode reads as %q", code, normalizeCode(code))
		}
		if seen[code] {
			t.Fatalf("code %s came twice", code)
		}
		seen[code] = true
		for i, c := range []byte(strings.ReplaceAll(code, "-", "")) {
			used[i][c] = true
		}
	}
	for i, u := range used {
		// 2000 draws miss one of 32 symbols with chance 32·(31/32)^2000, about 10⁻²⁶.
		if len(u) != len(inviteAlphabet) {
			t.Errorf("place %d used %d symbols of %d", i, len(u), len(inviteAlphabet))
		}
	}
}
