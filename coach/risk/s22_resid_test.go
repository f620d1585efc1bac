package risk

import (
	"strings"
	"testing"
)

// TestResidS22 holds the screen's errors that round s22-resid mended by
// kind, each with its everyday twin: a means placed ready ("the rope is in
// the car", "signing off for good tonight") was None; a blade in the hand
// while cooking, masked as ordinary, lost its means when the next sentence
// thought of the wrists; where one keeps one's own medicine was Crisis in
// Spanish and German; a word of one language read in another (Spanish
// "llamé" as the French blade, "faire le vide" as a drop); and a year after
// 2025 told in the past read as now.
func TestResidS22(t *testing.T) {
	for _, c := range []struct {
		text string
		want Level
	}{
		// A means placed ready, a leaving for good.
		{"the rope is in the car", Crisis},
		{"the rope's in the trunk", Crisis},
		{"pills are on the nightstand, counted", Crisis},
		{"signing off for good tonight", Crisis},
		{"the rope is in the car for the camping trip", None},
		{"signing off for tonight", None},
		{"signing off for good from twitter", None},
		{"pills are on the nightstand so i don't forget them", None},
		// A blade excused by cooking, then the wrists thought of.
		{"knife's in my hand, chopping onions. thinking about my wrists", Crisis},
		{"knife's in my hand, chopping onions. my wrists hurt from typing all day", None},
		// One's own medicine kept where it is kept.
		{"mis pastillas están en el cajón de la cocina", None},
		{"meine tabletten liegen jetzt im küchenschrank", None},
		{"tengo todas las pastillas juntas en el cajón, esta noche", Crisis},
		{"hab alle tabletten gesammelt, liegen im küchenschrank. heute nacht", Crisis},
		// Words of one language in another.
		{"le llamé a mi madre ayer", None},
		{"la casa está vacía", None},
		{"je fais le vide dans ma tête", None},
		{"j'ai une lame dans la main", Crisis},
		{"je vais me jeter dans le vide", Crisis},
		// A later year, told in the past or to come.
		{"in 2026 I tried to kill myself", Review},
		{"tried to end it in 2026", Review},
		{"en 2026 intenté suicidarme", Review},
		{"hab 2026 versucht mich umzubringen", Review},
		{"j'ai essayé de me suicider en 2026", Review},
		{"i will kill myself in 2027", Crisis},
	} {
		if got := Assess(c.text); got != c.want {
			t.Errorf("Assess(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOwnLanguageWords holds that a lexicon word marked as its language's
// own ("=lame" in fr.txt) counts in a line of that language, or of none,
// and not in a line of another: French "lame" is a blade, Spanish "llamé"
// is "lame" once its double l is collapsed.
func TestOwnLanguageWords(t *testing.T) {
	for _, c := range []struct {
		line, concept string
		want          bool
	}{
		{"j'ai une lame dans la main", "weapon", true},
		{"le llamé a mi madre ayer", "weapon", false},
		{"lame", "weapon", true}, // no language told: it counts
		{"ich bin nur eine last", "burden", true},
		{"this is my last message", "burden", false},
		{"er ist tot", "die", true},
		{"je me lève tôt demain", "die", false},
	} {
		var words []string
		for _, line := range lines(c.line) {
			for _, s := range line {
				words = append(words, strings.Fields(s)...)
			}
		}
		got := false
		concepts().each(words, mostLike(words), func(_ int, concept string) {
			got = got || concept == c.concept
		})
		if got != c.want {
			t.Errorf("%q has %s: %v, want %v", c.line, c.concept, got, c.want)
		}
	}
}
