package risk_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/risk"
)

// maxText bounds the texts screened here; Discord's longest message is
// 4,000 characters, so this leaves room for any of them.
const maxText = 10_000

// FuzzAssess screens any bytes, valid UTF-8 or not, and checks what
// Assess promises about sentences: the answer is the highest level of
// any sentence, so a text's level is a function of the text alone
// (deterministic), adding a sentence never lowers it, and a neutral one
// ("thanks") changes nothing: "I want to die\nthanks" is still a crisis.
// Two texts joined by a line break are screened as the higher of the two.
// Letter case (ASCII) does not matter. Screen finds the level Assess does,
// and a language it reads or none: "" when the text's words tell none, at
// any level, so that the reply is in the person's own language.
//
// These are equalities, not just "a crisis stays a crisis": they hold
// because a line break always ends a sentence and nothing reaches across
// one: no phrase, window or marker reaches across the end of a sentence, and
// the farewell read from one sentence into the next ("I'm done fighting.
// Goodbye.") stays within a line.
func FuzzAssess(f *testing.F) {
	if got := risk.Assess("thanks"); got != risk.None {
		f.Fatalf(`Assess("thanks") = %v; the test needs a neutral sentence`, got)
	}
	f.Fuzz(func(t *testing.T, text, more string) {
		if len(text) > maxText || len(more) > maxText {
			t.Skip("longer than any message")
		}
		level := risk.Assess(text)
		if level < risk.None || level > risk.Crisis {
			t.Fatalf("Assess(%q) = %v, not a level", text, level)
		}
		if again := risk.Assess(text); again != level {
			t.Fatalf("Assess(%q) = %v, then %v", text, level, again)
		}
		if found := risk.Screen(text); found.Level != level || !knownLang[found.Lang] {
			t.Fatalf("Assess(%q) = %v, but Screen gives %+v", text, level, found)
		}
		if thanked := risk.Assess(text + "\nthanks"); thanked != level {
			t.Fatalf("Assess(%q) = %v, but with \"\\nthanks\" after it %v", text, level, thanked)
		}
		if loud := risk.Assess(upperASCII(text)); loud != level {
			t.Fatalf("Assess(%q) = %v, but in capitals %v", text, level, loud)
		}
		want := max(level, risk.Assess(more))
		if both := risk.Assess(text + "\n" + more); both != want {
			t.Fatalf("Assess(%q) = %v and Assess(%q) = %v, but the two on separate lines give %v",
				text, level, more, risk.Assess(more), both)
		}
	})
}

// knownLang are the languages Screen may name, and "" for none.
var knownLang = map[string]bool{"": true, "en": true, "es": true, "de": true, "fr": true}

// upperASCII writes the ASCII letters of s in capitals and leaves the rest.
func upperASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, s)
}
