package coach_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/lang"
)

// The safety question is asked in the language of the words that raised
// it when the screen can tell it, and in the person's own when it cannot:
// a Spanish speaker whose passive wish the screen holds as Review
// ("no me importaría no despertar mañana", which shares only "no" and "me"
// with English) is asked in Spanish, whatever their Discord locale, and
// words of no one language ("self harm") are asked about in theirs.
func TestSafetyQuestionInTheLanguageOfTheWords(t *testing.T) {
	cases := []struct {
		name, chosen, locale, text, want string
	}{
		{"Spanish person, Spanish wish", "es", "en-US", "no me importaría no despertar mañana", "es"},
		{"Spanish person, Spanish words the learnt screen raises", "es", "en-US", "ya nada tiene sentido", "es"},
		{"Spanish locale, Spanish wish", "", "es-ES", "no me importaría no despertar mañana", "es"},
		{"English locale, Spanish wish", "", "en-US", "no me importaría no despertar mañana", "es"},
		{"Spanish person, words of no language", "es", "en-US", "self harm", "es"},
		{"German person, words of no language", "de", "en-US", "self harm", "de"},
		{"Spanish person, English words", "es", "es-ES", "I feel like such a burden", "en"},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			id := "s22-lang-" + string(rune('a'+i))
			w.onboard(id, "Ana")
			if c.chosen != "" {
				w.as(id, "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "language", Value: c.chosen}})
			}
			got := w.as(id, "Ana", coach.Event{Locale: c.locale, Text: c.text})
			tx := crisis.SafetyIn(c.want).WithCommands(lang.For(c.want).Commands)
			if !strings.Contains(got, tx.Question) || !strings.Contains(got, "["+tx.ButtonSafe+"]") {
				t.Errorf("%q got\n%s\nwant the safety question in %q: %q", c.text, got, c.want, tx.Question)
			}
		})
	}
}
