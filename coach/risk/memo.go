package risk

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"sync"
	"sync/atomic"
)

// recentTexts is how many findings recent keeps: enough for every event
// of a burst to still find its text between the transport's screening and
// the coach's (issue 17's benchmark sends a thousand at once).
const recentTexts = 1024

// recent remembers the findings of the last texts screened, so that each
// text is screened once per event (issue 17): the transport screens an
// event's text to know whether it may wait its turn (coach.NeverHeld, a
// server mention), and the coach screens it again for its reply. A text
// is known by its SHA-256, so nothing here holds what anyone wrote.
var recent = &findingMemo{index: make(map[[32]byte]int, recentTexts)}

// screened counts the texts actually screened, not answered from recent.
var screened atomic.Int64

// Screened returns how many texts this process has screened, not counting
// those answered from memory: a test counts with it that an event's text
// is screened once, whoever asks.
func Screened() int64 { return screened.Load() }

// findingMemo is a fixed ring of findings with an index by key; the
// oldest is forgotten first.
type findingMemo struct {
	mu    sync.Mutex
	keys  [recentTexts][32]byte
	found [recentTexts]Finding
	used  int // how many slots have been filled, up to recentTexts
	next  int // the slot to fill next
	index map[[32]byte]int
}

// memoSecret keys recent; made at start, it lives only in this process.
var memoSecret = newMemoSecret()

func newMemoSecret() []byte {
	secret := make([]byte, 32)
	rand.Read(secret) // never fails (crypto/rand since Go 1.24)
	return secret
}

// recentKey is the HMAC-SHA256 of a text under memoSecret.
func recentKey(text string) [32]byte { return keyUnder(memoSecret, text) }

// keyUnder is the HMAC-SHA256 of a text under secret, hashed a piece at a
// time so that a long text is not copied whole to be hashed.
func keyUnder(secret []byte, text string) [32]byte {
	h := hmac.New(sha256.New, secret)
	var piece [1024]byte
	for text != "" {
		n := copy(piece[:], text)
		h.Write(piece[:n])
		text = text[n:]
	}
	var key [32]byte
	h.Sum(key[:0])
	return key
}

func (m *findingMemo) get(key [32]byte) (Finding, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	i, ok := m.index[key]
	if !ok {
		return Finding{}, false
	}
	return m.found[i], true
}

func (m *findingMemo) put(key [32]byte, f Finding) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.index[key]; ok {
		return // screened twice at once; both found the same
	}
	if m.used == recentTexts {
		delete(m.index, m.keys[m.next])
	} else {
		m.used++
	}
	m.keys[m.next], m.found[m.next] = key, f
	m.index[key] = m.next
	m.next = (m.next + 1) % recentTexts
}
