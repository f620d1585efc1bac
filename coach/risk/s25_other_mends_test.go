package risk

import "testing"

// TestMendsS25Other holds the phrases and signal of mends_s25_other.go,
// the phrases alone (no learnt screen): each mended row at its level, and
// everyday twins below it.
func TestMendsS25Other(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	cases := []struct {
		text string
		want Level
	}{
		{"goodbye aftercare 🙏", Review},
		{"wasser bis zum hals grad", Review},
		{"je l'ai serré beaucoup trop fort. j'ai peur de lui faire quelque chose, je suis seule avec lui", Crisis},
		// Twins.
		{"goodbye aftercare, see you at the next session", None},
		{"mit der Arbeit steht mir das Wasser bis zum Hals, aber am Freitag ist Urlaub", None},
		{"je suis seule avec lui ce soir, son père rentre demain", None},
	}
	for _, c := range cases {
		if got := phrases.screen(c.text, false).Level; got != c.want {
			t.Errorf("phrases alone: %q = %v, want %v", c.text, got, c.want)
		}
	}
}
