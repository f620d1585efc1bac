package risk

import "testing"

// levelCase is a text and the level it must screen at.
type levelCase struct {
	text string
	want Level
}

// checkPhrasesAlone holds the phrase lists alone, without the learnt
// screen, to cases: what a mends file says must not move when the model
// is trained again.
func checkPhrasesAlone(t *testing.T, cases []levelCase) {
	t.Helper()
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range cases {
		if got := phrases.screen(c.text, false).Level; got != c.want {
			t.Errorf("phrases alone: %q = %v, want %v", c.text, got, c.want)
		}
	}
}

// checkScreen holds the full screen (phrases and the learnt screen) to
// cases.
func checkScreen(t *testing.T, cases []levelCase) {
	t.Helper()
	for _, c := range cases {
		if got := Screen(c.text).Level; got != c.want {
			t.Errorf("Screen(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// checkNeverAt holds the full screen to keeping texts off one level: None
// for words that must stay flagged, Crisis for ones at most Review.
func checkNeverAt(t *testing.T, never Level, texts []string) {
	t.Helper()
	for _, text := range texts {
		if Screen(text).Level == never {
			t.Errorf("Screen(%q) = %v, want any other level", text, never)
		}
	}
}
