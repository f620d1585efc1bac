package web

import (
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// FuzzVerify: a token is what a stranger types into the address bar. No
// token panics, and none verifies unless it is one the signer made.
func FuzzVerify(f *testing.F) {
	now := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	s := NewSigner([]byte("0123456789abcdef0123456789abcdef"), func() time.Time { return now })
	// Made with a fixed nonce, so that every fuzzing worker makes the same.
	link := s.sign(tokenLink, Claims{Viewer: "rivera", Kind: coach.LinkTherapist, Expires: now.Add(LinkFor), Nonce: "n"})
	made := map[string]bool{link: true}
	for _, seed := range []string{link, "", ".", "a.b", link + "x", "bHx0fHJpdmVyYXwxfG4.AAAA", "l|t|rivera|9999999999|n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		for _, verify := range []func(string) (Claims, error){s.VerifyLink, s.VerifySession} {
			c, err := verify(tok)
			if err == nil && !made[tok] {
				t.Fatalf("a token the signer never made verified: %q → %+v", tok, c)
			}
		}
	})
}
