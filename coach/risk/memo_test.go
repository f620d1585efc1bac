package risk

import (
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

func TestRecentKeyIsSHA256(t *testing.T) {
	for _, text := range []string{"", "x", strings.Repeat("long text ", 500)} {
		if got, want := recentKey(text), sha256.Sum256([]byte(text)); got != want {
			t.Errorf("recentKey of %d bytes = %x, want %x", len(text), got, want)
		}
	}
}
