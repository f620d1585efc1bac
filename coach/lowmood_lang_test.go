package coach

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/langtest"
)

// The low-mood note and the quiet-week note read with no English in the
// other languages, with or without a therapist's name.
func TestGentleNotesInEachLanguage(t *testing.T) {
	for _, l := range lang.Langs[1:] {
		w := lang.For(l)
		for _, text := range []string{
			lowMoodTextIn(w, lowMoodFall, "", false, ""),
			lowMoodTextIn(w, "run", "Dr Rivera", true, ""),
			w.T("quietweek.text"),
		} {
			if english := langtest.English(text, l, "Dr Rivera"); len(english) > 0 {
				t.Errorf("%s: English in %q:\n%s", l, text, strings.Join(english, "\n"))
			}
		}
	}
}
