package risk

import "testing"

// What the merge of rounds s22-lang and s22-model raised: everyday rows at
// Crisis that idioms now explain, each beside a crisis twin with the same
// words that must stay flagged.
func TestS22MergeTwins(t *testing.T) {
	cases := []struct {
		text string
		min  Level
		max  Level
	}{
		{"bye guys, dinner's ready", None, None},
		{"gotta go, lunch is ready", None, None},
		{"bye guys. im ready. this is it", Crisis, Crisis},
		{"barbecue sur le balcon ce soir 🔥", None, None},
		{"apéro sur le balcon ce soir avec les voisins", None, None},
		{"je suis sur le balcon, 8e étage, ce soir je saute", Crisis, Crisis},
	}
	for _, c := range cases {
		if got := Assess(c.text); got < c.min || got > c.max {
			t.Errorf("Assess(%q) = %v, want %v..%v", c.text, got, c.min, c.max)
		}
	}
}
