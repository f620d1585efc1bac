package fakediscord

import (
	"encoding/json"
	"strconv"
	"time"
)

// nonceWindow is how long the fake remembers a message's nonce for
// enforce_nonce; Discord says "the past few minutes". It is measured on
// the wall clock, like every other time in the fake.
const nonceWindow = 5 * time.Minute

// nonceKey is what Discord deduplicates on: one author's nonce in one
// channel.
type nonceKey struct{ channelID, authorID, nonce string }

// nonceUse is the message a nonce made, and when.
type nonceUse struct {
	messageID string
	at        time.Time
}

// parseNonce returns a message body's nonce as text, "" for none, and adds
// to f what is wrong with it: Discord takes an integer, or a string of at
// most 25 characters.
func parseNonce(f *formErrors, raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		f.maxLen("nonce", s, 25)
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		if _, err := strconv.ParseInt(n.String(), 10, 64); err == nil {
			return n.String()
		}
	}
	f.add("nonce", "BASE_TYPE_INVALID", "Must be an integer or a string of 25 or fewer characters.")
	return ""
}

// nonceMessageLocked returns the message made with k's nonce within
// nonceWindow, if it still exists.
func (s *Server) nonceMessageLocked(k nonceKey) (*Message, bool) {
	u, ok := s.nonces[k]
	if !ok || k.nonce == "" || time.Since(u.at) > nonceWindow {
		return nil, false
	}
	m, ok := s.messages[u.messageID]
	return m, ok
}

// rememberNonceLocked records the nonce m was made with. Every nonce is
// remembered, enforced or not: a later request that enforces it finds m.
func (s *Server) rememberNonceLocked(k nonceKey, m *Message) {
	if k.nonce != "" {
		s.nonces[k] = nonceUse{messageID: m.ID, at: m.CreatedAt}
	}
}
