package web

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// clock is a test clock the tests move by hand.
type clock struct{ t time.Time }

func (c *clock) Now() time.Time { return c.t }

func TestSignerVerify(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)}
	s := NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	other := NewSigner([]byte("another secret, another server.."), clk.Now)
	link := s.Link("rivera", coach.LinkTherapist)
	payload, mac, _ := strings.Cut(link, ".")
	forged := func(from, to string) string {
		b, _ := decode(payload)
		return encode(strings.Replace(b, from, to, 1)) + "." + mac
	}
	tests := []struct {
		name    string
		tok     string
		advance time.Duration
		session bool
		want    error
	}{
		{name: "OK", tok: link},
		{name: "OK just before expiry", tok: link, advance: LinkFor - time.Second},
		{name: "Expired", tok: link, advance: LinkFor, want: ErrExpired},
		{name: "Tampered signature", tok: payload + "." + mac[:len(mac)-2] + "AA", want: ErrBadLink},
		{name: "Wrong viewer", tok: forged("|rivera|", "|sam|"), want: ErrBadLink},
		{name: "Wrong kind", tok: forged("l|t|", "l|p|"), want: ErrBadLink},
		{name: "Expiry moved on", tok: forged("|rivera|1", "|rivera|9"), want: ErrBadLink},
		{name: "Signed by another secret", tok: other.Link("rivera", coach.LinkTherapist), want: ErrBadLink},
		{name: "Link used as a session", tok: link, session: true, want: ErrBadLink},
		{name: "Not a token", tok: "hello", want: ErrBadLink},
		{name: "Empty", tok: "", want: ErrBadLink},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := clk.t
			defer func() { clk.t = start }()
			clk.t = clk.t.Add(tt.advance)
			verify := s.VerifyLink
			if tt.session {
				verify = s.VerifySession
			}
			c, err := verify(tt.tok)
			if !errors.Is(err, tt.want) {
				t.Fatalf("verify = %+v, %v; want %v", c, err, tt.want)
			}
			if tt.want == nil && (c.Viewer != "rivera" || c.Kind != coach.LinkTherapist || c.Nonce == "") {
				t.Errorf("claims = %+v", c)
			}
		})
	}
}

func TestSessionOutlivesLinkByAtMostAnHour(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)}
	s := NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	c, err := s.VerifyLink(s.Link("sam", coach.LinkOwn))
	if err != nil {
		t.Fatal(err)
	}
	sess := s.Session(c)
	if _, err := s.VerifyLink(sess); !errors.Is(err, ErrBadLink) {
		t.Errorf("a session passed as a link: %v", err)
	}
	clk.t = clk.t.Add(SessionFor - time.Second)
	if _, err := s.VerifySession(sess); err != nil {
		t.Errorf("session within its hour: %v", err)
	}
	clk.t = clk.t.Add(time.Second)
	if _, err := s.VerifySession(sess); !errors.Is(err, ErrExpired) {
		t.Errorf("session after its hour: %v, want expired", err)
	}
}

func TestRefsNamePatientsToOneTherapist(t *testing.T) {
	s := NewSigner([]byte("0123456789abcdef0123456789abcdef"), time.Now)
	if s.ref("rivera", "sam") == s.ref("lee", "sam") || s.ref("rivera", "sam") == s.ref("rivera", "alex") {
		t.Error("refs collide across therapists or patients")
	}
	if strings.Contains(s.ref("rivera", "200000000000000009"), "2000") {
		t.Error("a ref shows the patient's id")
	}
}

func TestSecureFor(t *testing.T) {
	for _, tt := range []struct {
		base string
		want bool
	}{
		{"http://127.0.0.1:8080", false},
		{"http://localhost:8080", false},
		{"http://[::1]:8080", false},
		{"https://127.0.0.1:8443", true},
		{"https://aftercare.example.org", true},
		{"http://aftercare.example.org", true}, // plain HTTP off loopback: the cookie waits for TLS
		{"http://192.168.1.20:8080", true},
	} {
		if got := SecureFor(tt.base); got != tt.want {
			t.Errorf("SecureFor(%s) = %v, want %v", tt.base, got, tt.want)
		}
	}
}
