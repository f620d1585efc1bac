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
