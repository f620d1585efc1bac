package coach

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
)

// inviteValid is how long an invite code works.
const inviteValid = 14 * 24 * time.Hour

// inviteAlphabet is Crockford's base32: digits and capitals without I, L,
// O and U, so that a code read aloud or copied from paper is hard to get
// wrong; normalizeCode reads O as 0 and I or L as 1. Its 32 symbols are 5
// bits each, so drawing them takes no modulo and has no bias.
const inviteAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// inviteChars is a code's length: 12 symbols of 5 bits, 60 bits. At five
// tries an hour per person (codeTries), a guesser needs about 10¹⁶ years
// per live code.
const inviteChars = 12

// legacyAlphabet and legacyChars are the codes made before codes grew to
// 60 bits: 8 symbols of 31 (about 40 bits). They were stored with their
// 14-day expiry and keep working until it; after that none is left and
// this reading can go.
const (
	legacyAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
	legacyChars    = 8
)

// codeTries is how many invite codes a person may try in codeTryWindow:
// a patient who mistypes has room, a guesser gets nowhere.
const (
	codeTries     = 5
	codeTryWindow = time.Hour
)

// newInviteCode returns a code like "7KQM-X2PD-9TBW": 60 bits from
// crypto/rand, 5 bits a symbol, in groups of four.
func newInviteCode() string {
	var b [8]byte
	rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	bits := binary.BigEndian.Uint64(b[:])
	code := make([]byte, inviteChars)
	for i := range code {
		code[i] = inviteAlphabet[bits&31]
		bits >>= 5
	}
	return groupCode(string(code))
}

// groupCode writes a code in groups of four joined by dashes.
func groupCode(code string) string {
	var groups []string
	for len(code) > 4 {
		groups, code = append(groups, code[:4]), code[4:]
	}
	return strings.Join(append(groups, code), "-")
}

// normalizeCode accepts a code as people type it: any case, with or
// without dashes, with spaces, O for 0 and I or L for 1. It returns the
// code as stored, or "" for something that cannot be a code at all.
func normalizeCode(s string) string {
	if len(s) > 4*inviteChars {
		return ""
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == ' ' || r == '-':
		case r == 'O':
			b.WriteByte('0')
		case r == 'I' || r == 'L':
			b.WriteByte('1')
		case r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			return "" // codes are ASCII letters and digits only
		}
	}
	code := b.String()
	switch {
	case len(code) == inviteChars && onlyOf(code, inviteAlphabet),
		len(code) == legacyChars && onlyOf(code, legacyAlphabet):
		return groupCode(code)
	}
	return ""
}

func onlyOf(s, alphabet string) bool {
	for _, r := range s {
		if !strings.ContainsRune(alphabet, r) {
			return false
		}
	}
	return true
}

// tryCode looks up a code the person typed (normalised), counted against
// their tries in Redis, so that every replica counts alike. A code that
// finds no therapist keeps its count; a right one is given back. Once the
// tries are used up nothing is looked up, not even a right code, until
// the earliest is an hour old: otherwise the count would be no brake.
// The try says how many are left and when the next is possible.
func (c *Coach) tryCode(ctx context.Context, p Person, code string) (Therapist, CodeTry, error) {
	try, err := c.store.TakeCodeTry(ctx, p.ID, c.clock.Now(), codeTries, codeTryWindow)
	if err != nil {
		return Therapist{}, CodeTry{}, fmt.Errorf("count invite code try: %w", err)
	}
	if try.ID == "" {
		return Therapist{}, try, nil
	}
	t, err := c.therapistForCode(ctx, code)
	if err != nil || t.ID == "" {
		return t, try, err
	}
	if err := c.store.ReturnCodeTry(ctx, p.ID, try.ID); err != nil {
		return Therapist{}, CodeTry{}, fmt.Errorf("give back invite code try: %w", err)
	}
	return t, CodeTry{ID: try.ID, Left: try.Left + 1}, nil
}

// codeWait is the kind word when a person has tried too many codes.
func (c *Coach) codeWait(p Person, retryAt time.Time) Message {
	return Message{Text: p.words().T("share.code_wait", lang.Args{"Tries": codeTries, "When": c.whenFor(p, retryAt)})}
}

// unknownCode answers a code that leads nowhere, and says when the next
// try is possible if that was the last one for now.
func (c *Coach) unknownCode(p Person, try CodeTry) Message {
	w := p.words()
	text := w.T("share.code_unknown")
	if try.Left == 0 && !try.RetryAt.IsZero() {
		text += " " + w.T("share.code_unknown_last", lang.Args{"Tries": codeTries, "When": c.whenFor(p, try.RetryAt)})
	}
	return Message{Text: text}
}

// whenFor says a time in the person's own zone and language ("at 15:40
// today").
func (c *Coach) whenFor(p Person, t time.Time) string {
	loc, err := p.Location()
	if err != nil {
		loc = time.UTC
	}
	// Round up to the minute: "at 15:40" must not be a moment too early.
	return sayWhen(safetyIn(p.language()), t.Add(time.Minute-time.Nanosecond).Truncate(time.Minute), c.clock.Now(), loc)
}
