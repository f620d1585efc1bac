package risk

// An everyday sign-off the learnt screen read as a farewell: "Das wars für
// heute, ich geh jetzt schlafen. Tschüss" was Crisis (found by hand after
// the rounds of 2026-12-05; its twin without "für heute" and "schlafen",
// "Das wars. Ich geh jetzt. Tschüss.", stays a crisis farewell). That it
// is enough for today, and that one is off to sleep, are idioms.
var mendsS27MergeDE = phraseSet{
	lang:  "de",
	words: germanMore.words,
	benign: []string{
		"(das|des) (wars|war es|war's) (für|fur|fuer) (heute|heut|jetzt|diese woche)",
		"(ich|i) (geh|gehe) (jetzt|gleich|dann)? (schlafen|ins bett|pennen|in die heia)",
	},
}
