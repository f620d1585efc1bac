package risk

import "testing"

// TestEmojiWords holds what emojiWords promise: an emoji that stands for
// a means counts as its word does beside other words, alone it is never
// Crisis however often it is repeated, its everyday twin stays None, and
// the emoji left out (💀, ☠️, ⚰️, 👋) raise nothing.
func TestEmojiWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want Level
	}{
		// As the word would be: a time, an amount, a farewell.
		{"💊💊💊 tonight", Crisis},
		{"🪢 ready. bye 👋", Crisis},
		{"took all my💊", Crisis},
		{"me tomé todas las 💊 de golpe", Crisis},
		{"j'ai pris toutes mes 💊", Crisis},
		// Their everyday twins.
		{"took my 💊 like the doc said", None},
		{"new 🔪 set for the kitchen", None},
		{"🪢 ready for the climbing wall. bye 👋 see you saturday", None},
		{"tying the 🪢 next june 💍", None},
		// Alone, never Crisis.
		{"💊", None},
		{"🪢", None},
		{"🔪🔪🔪", None},
		{"💊💊💊", Review},
		{"🪒🪒", Review},
		// Left out: a joke, a greeting.
		{"💀💀💀 tonight", None},
		{"☠️☠️", None},
		{"⚰️", None},
		{"👋 bye everyone", None},
	} {
		if got := Assess(c.text); got != c.want {
			t.Errorf("Assess(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestEmojiMeansTogetherNeverCrisis: three means drawn together are at
// least worth a question to the learnt screen or not, as its thresholds
// move with each retraining, but never the full alarm.
func TestEmojiMeansTogetherNeverCrisis(t *testing.T) {
	for _, text := range []string{"💊 🔪 🪢", "🪢 💊", "🔪 🪒 💊 🪢"} {
		if got := Assess(text); got == Crisis {
			t.Errorf("Assess(%q) = Crisis, want at most Review", text)
		}
	}
}

// TestBareObjects holds the line rule under the learnt screen: a line of
// nothing but the objects of emojiWords, typed or drawn, is at most
// Review, and a line with anything else keeps the learnt level.
func TestBareObjects(t *testing.T) {
	for _, c := range []struct {
		line  []string
		level Level
		want  Level
	}{
		{[]string{" pils pils pils"}, Crisis, Review},
		{[]string{" rope", " knife"}, Crisis, Review},
		{[]string{" pils tonight"}, Crisis, Crisis},
		{[]string{" pils"}, Review, Review},
		{[]string{" pils"}, None, None},
	} {
		if got := bareObjects(c.level, c.line); got != c.want {
			t.Errorf("bareObjects(%v, %q) = %v, want %v", c.level, c.line, got, c.want)
		}
	}
}
