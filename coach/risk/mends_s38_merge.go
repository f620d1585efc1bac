package risk

// mendsS38Merge holds what the merged retrain of rounds s38-learn,
// o13-learn and s39-learn moved against its label, as kinds: a toddler
// who ate someone's pills and is drowsy is danger now (a Spanish row fell
// from Crisis to Review), and a sibling's joking threat over leftovers is
// an idiom in German too, now that "bringt mich um" with the verb first
// is read ("er bringt mich um wenn ich seine Reste esse lol").
var mendsS38Merge = [4]phraseSet{
	{lang: "es", words: spanishMore.words,
		crisis: []string{
			"(mi|el|la) (niño|niña|nino|nina|hijo|hija|bebé|bebe|nene|nena|peque) ... ... ... se (comió|comio|tomó|tomo|tragó|trago) (unas|las|varias|algunas|un montón de)? (pastillas|pastis|medicinas|medicamentos) ... ... (adormilado|adormilada|dormido|dormida|flojito|flojita|somnoliento|somnolienta|no despierta|no reacciona)",
		},
	},
	{lang: "de", words: germanMore.words,
		benign: []string{
			"(bringt|bringen) mich um wenn ich (seine|ihre|sein|ihr|seinen|ihren|die|den|das) ... (esse|aufesse|nehme|anfasse|trinke|klaue|benutze)",
		},
	},
	{lang: "en", words: englishMore.words},
	{lang: "fr", words: frenchMore.words},
}
