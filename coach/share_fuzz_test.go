package coach

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNormalizeCode checks that normalizeCode, which reads invite codes as
// people type them, gives "" or a code of the shape XXXX-XXXX made of the
// characters typed, upper-cased, and that any spelling of a real code (any
// case, with or without its dash, with spaces) reads as that code.
func FuzzNormalizeCode(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		got := normalizeCode(s)
		if got != "" {
			typed := strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(s))
			left, right, _ := strings.Cut(got, "-")
			if utf8.ValidString(s) && !utf8.ValidString(got) {
				t.Fatalf("normalizeCode(%q) = %q, not valid UTF-8", s, got)
			}
			if utf8.RuneCountInString(left) != 4 || utf8.RuneCountInString(right) != 4 || left+right != typed {
				t.Fatalf("normalizeCode(%q) = %q; want 4 characters, a dash and 4 more, from %q", s, got, typed)
			}
			if again := normalizeCode(got); again != got {
				t.Fatalf("normalizeCode(%q) = %q, but normalizeCode(%q) = %q", s, got, got, again)
			}
		}
		if len(s) < 8 {
			return
		}
		// Eight characters of the alphabet, from the input's bytes, typed
		// carelessly: lower case, a space in the middle, no dash.
		b := make([]byte, 8)
		for i := range b {
			b[i] = inviteAlphabet[int(s[i])%len(inviteAlphabet)]
		}
		code := string(b[:4]) + "-" + string(b[4:])
		for _, typed := range []string{code, strings.ToLower(code), " " + string(b[:4]) + " " + strings.ToLower(string(b[4:])) + " "} {
			if got := normalizeCode(typed); got != code {
				t.Fatalf("normalizeCode(%q) = %q; want %q", typed, got, code)
			}
		}
	})
}
