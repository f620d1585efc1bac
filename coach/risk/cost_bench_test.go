package risk

import (
	"strings"
	"testing"
)

// The cost of a whole screening, as Screen pays it for a text it has not
// screened a moment ago: the levels, the wish and someone else's danger
// (find), without the memory of recent texts. Issue 17 goal 4 asks it to
// be linear in the text's length; these say what each kind of text costs.

// costTexts are ordinary notes of about 2,000 characters of three kinds:
// plain (the writer alone), naming another person (someone else's words
// are read as well, other.go), and a Review with a wish (wish.go).
func costTexts() map[string]string {
	grow := func(note string) string {
		return strings.Repeat(note, 2000/len(note)+1)[:2000]
	}
	return map[string]string{
		"plain": grow("Walked 25 minutes after lunch and stretched for ten. Mood is a 3, energy a bit low, " +
			"slept badly because of the heat. I'm dying to try the yoga class on Thursday; my legs " +
			"are dead after yesterday's hill, which nearly killed me. Took my meds on time! "),
		"other": benchText(),
		"wish": grow("Walked 25 minutes after lunch and stretched for ten. Mood is a 3, energy a bit low. ") +
			" Honestly I wouldn't mind if I didn't wake up tomorrow.",
	}
}

// TestCostTextsAreTheirKind keeps the benchmark's texts what their names
// say, so that a change of the screen does not quietly make them cheaper.
func TestCostTextsAreTheirKind(t *testing.T) {
	texts := costTexts()
	if f := Screen(texts["plain"]); f.Level != None || f.AboutOther || f.Wish {
		t.Errorf("plain: %+v, want a plain None", f)
	}
	if f := Screen(texts["other"]); f.Level != None || f.AboutOther {
		t.Errorf("other: %+v, want None, not about someone in danger", f)
	}
	if f := Screen(texts["wish"]); f.Level != Review || !f.Wish {
		t.Errorf("wish: %+v, want a Review with a wish", f)
	}
}

// BenchmarkScreenKind screens each of costTexts afresh.
func BenchmarkScreenKind(b *testing.B) {
	Prepare()
	for _, kind := range []string{"plain", "other", "wish"} {
		text := costTexts()[kind]
		b.Run("kind="+kind, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				screening().find(text)
			}
		})
	}
}

// BenchmarkScreenLength is BenchmarkAssessLength for the whole screening
// (find): 4,000 and 40,000 characters, with and without punctuation, of a
// note that names another person. Compare the two sizes in one run.
func BenchmarkScreenLength(b *testing.B) { benchLengths(b, screening().find) }
