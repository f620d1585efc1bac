package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// LinkFor is how long a link may be opened after it was made.
const LinkFor = 15 * time.Minute

// SessionFor is how long the browser session a link opens lasts.
const SessionFor = time.Hour

// ErrBadLink is a link or session that was not signed by us, was changed,
// or is for another viewer or kind of page.
var ErrBadLink = errors.New("link not valid")

// ErrExpired is a link or session past its expiry.
var ErrExpired = errors.New("link expired")

// Claims is what a verified link or session says.
type Claims struct {
	Viewer  string
	Kind    coach.LinkKind
	Expires time.Time
	// Nonce makes each link and each session one of a kind: a link's is
	// spent when it is exchanged, a session's is ended at logout.
	Nonce string
}

// Signer makes and checks links and session cookies: HMAC-SHA256 over the
// kind of token, the kind of page, the viewer, the expiry and a nonce.
type Signer struct {
	key []byte
	now func() time.Time
}

// NewSigner returns a signer with the server's secret and clock.
func NewSigner(secret []byte, now func() time.Time) *Signer {
	return &Signer{key: secret, now: now}
}

// token kinds: a link, or a browser session. A link can never pass as a
// session, or the other way round.
const (
	tokenLink    = "l"
	tokenSession = "s"
)

// Link signs a link for viewer to their kind of page, valid for LinkFor.
func (s *Signer) Link(viewer string, kind coach.LinkKind) string {
	return s.sign(tokenLink, Claims{Viewer: viewer, Kind: kind, Expires: s.now().Add(LinkFor), Nonce: nonce()})
}

// Session signs a session for the claims of a link just exchanged; it
// ends after SessionFor.
func (s *Signer) Session(c Claims) string {
	c.Expires, c.Nonce = s.now().Add(SessionFor), nonce()
	return s.sign(tokenSession, c)
}

func (s *Signer) sign(typ string, c Claims) string {
	payload := strings.Join([]string{typ, string(c.Kind), c.Viewer, strconv.FormatInt(c.Expires.Unix(), 10), c.Nonce}, "|")
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(payload)) + "." + enc.EncodeToString(s.mac(payload))
}

func (s *Signer) mac(payload string) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(payload))
	return m.Sum(nil)
}

// VerifyLink checks a link's signature and expiry.
func (s *Signer) VerifyLink(tok string) (Claims, error) { return s.verify(tokenLink, tok) }

// VerifySession checks a session cookie's signature and expiry.
func (s *Signer) VerifySession(tok string) (Claims, error) { return s.verify(tokenSession, tok) }

func (s *Signer) verify(typ, tok string) (Claims, error) {
	// Strict: a token is only ever the one encoding the signer made, not
	// another spelling of it that differs in the unused bits of its last
	// character (found by FuzzVerify).
	enc := base64.RawURLEncoding.Strict()
	p, m, ok := strings.Cut(tok, ".")
	// The decoder passes over line breaks: a token is only ever the
	// alphabet's letters and one dot.
	if !ok || strings.IndexFunc(tok, notTokenRune) >= 0 {
		return Claims{}, ErrBadLink
	}
	payload, err1 := enc.DecodeString(p)
	sum, err2 := enc.DecodeString(m)
	if err1 != nil || err2 != nil || !hmac.Equal(sum, s.mac(string(payload))) {
		return Claims{}, ErrBadLink
	}
	f := strings.Split(string(payload), "|")
	if len(f) != 5 || f[0] != typ {
		return Claims{}, ErrBadLink
	}
	exp, err := strconv.ParseInt(f[3], 10, 64)
	kind := coach.LinkKind(f[1])
	if err != nil || (kind != coach.LinkTherapist && kind != coach.LinkOwn) || f[2] == "" {
		return Claims{}, ErrBadLink
	}
	c := Claims{Viewer: f[2], Kind: kind, Expires: time.Unix(exp, 0), Nonce: f[4]}
	if !s.now().Before(c.Expires) {
		return Claims{}, ErrExpired
	}
	return c, nil
}

// ref is a patient's opaque name in a therapist's addresses: it names the
// patient to that therapist only, and no Discord id shows in a URL.
func (s *Signer) ref(therapist, patient string) string {
	return enc64(s.mac("ref|" + therapist + "|" + patient)[:12])
}

func enc64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// notTokenRune reports a rune that no token holds: the URL-safe base64
// alphabet and the dot between its two parts are all.
func notTokenRune(r rune) bool {
	return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.')
}

func nonce() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Sprintf("web: no randomness: %v", err)) // crypto/rand never fails on supported systems
	}
	return enc64(b)
}
