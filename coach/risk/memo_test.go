package risk

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
)

// TestScreenedOncePerText: Assess then Screen of the same text, as the
// transport and then the coach do for one event, screen it once, and the
// answer from memory is the one screening gives.
func TestScreenedOncePerText(t *testing.T) {
	for _, text := range []string{"I want to die. Goodbye.", "walked 20 minutes, feeling ok", "no quiero morir"} {
		text := text + fmt.Sprint(" ", t.Name()) // not screened by another test before
		before := screened.Load()
		level := Assess(text)
		found := Screen(text)
		if n := screened.Load() - before; n != 1 {
			t.Errorf("%q: screened %d times for an Assess and a Screen, want once", text, n)
		}
		want := screening().screen(text, true)
		if found != want || level != want.Level {
			t.Errorf("%q: Assess %v and Screen %+v from memory, screening gives %+v", text, level, found, want)
		}
	}
}

// TestRecentForgetsOldest: the memory holds the last recentTexts texts,
// and a text forgotten is screened again, rightly.
func TestRecentForgetsOldest(t *testing.T) {
	m := &findingMemo{index: map[[32]byte]int{}}
	for i := range recentTexts + 10 {
		m.put(recentKey(fmt.Sprint(i)), Finding{Level: Level(i % 3)})
	}
	if len(m.index) != recentTexts {
		t.Errorf("%d findings kept, want %d", len(m.index), recentTexts)
	}
	for _, i := range []int{0, 9} {
		if _, ok := m.get(recentKey(fmt.Sprint(i))); ok {
			t.Errorf("text %d still remembered after %d newer ones", i, recentTexts)
		}
	}
	for _, i := range []int{10, recentTexts + 9} {
		if f, ok := m.get(recentKey(fmt.Sprint(i))); !ok || f.Level != Level(i%3) {
			t.Errorf("text %d: %+v, %v; want level %v remembered", i, f, ok, Level(i%3))
		}
	}
}

// TestRecentKeyIsKeyed: the memory's key of a text is its HMAC-SHA256
// under the process's secret, hashed piece by piece rightly, and not its
// plain SHA-256, which a list of likely texts would undo; another process
// (another secret) gives another key.
func TestRecentKeyIsKeyed(t *testing.T) {
	other := newMemoSecret()
	for _, text := range []string{"", "x", "i want to die", strings.Repeat("long text ", 500)} {
		got := recentKey(text)
		if plain := sha256.Sum256([]byte(text)); got == plain {
			t.Errorf("recentKey of %d bytes is its plain SHA-256", len(text))
		}
		mac := hmac.New(sha256.New, memoSecret)
		mac.Write([]byte(text))
		if want := mac.Sum(nil); !bytes.Equal(got[:], want) {
			t.Errorf("recentKey of %d bytes = %x, want HMAC %x", len(text), got, want)
		}
		if got == keyUnder(other, text) {
			t.Errorf("recentKey of %d bytes is the same under another process's secret", len(text))
		}
		if recentKey(text) != got {
			t.Errorf("recentKey of %d bytes differs between two calls", len(text))
		}
	}
}
