package risk

import "strings"

// emojiWords are the few emoji that stand for one thing a crisis text
// may name, by the word the English phrases and the learnt screen read
// for them: "💊💊💊 tonight" is "pills pills pills tonight", "🪢 ready. bye"
// is "rope ready. bye". An emoji then counts as its word does, no more:
// alone it is an object, never Crisis ("took my 💊 like the doc said", "new
// 🔪 set for the kitchen", "tying the 🪢 in june" stay None), and with a
// resolve, a time or a farewell it is what the word would be. The others
// are left out on purpose, and foldText drops them as it drops every
// symbol: 💀 and ☠️ are "I'm dead lol" far more often than death, ⚰️ and 🪦
// the same joke; 👋 is any hello or bye; 🔫 is drawn as a water pistol;
// 🌉 is a city at night; 💉 and 🩸 are a vaccine, an infusion, a period.
var emojiWords = map[rune]string{
	'💊': "pills",
	'🔪': "knife",
	'🪒': "razor",
	'🪢': "rope",
}

// bareObjects is the learnt level of a line, given as level, kept under
// Crisis when the line names nothing but the things of emojiWords, however
// many and however written: "💊💊💊", "rope", "🔪 🔪". An object is no
// crisis on its own; the phrases never make it one, and the learnt screen,
// which has seen it beside a time or a farewell, must not either.
func bareObjects(level Level, line []string) Level {
	if level < Crisis {
		return level
	}
	for _, sentence := range line {
		for w := range strings.FieldsSeq(sentence) {
			if !objectWords[w] {
				return level
			}
		}
	}
	return Review
}

// objectWords are the words of emojiWords and their singulars and plurals,
// as lines leaves them ("pills" is "pils").
var objectWords = func() map[string]bool {
	set := map[string]bool{}
	for _, w := range []string{"pills", "pill", "knife", "knives", "razor", "razors", "rope", "ropes"} {
		set[normalWord(collapse(w))] = true
	}
	return set
}()
