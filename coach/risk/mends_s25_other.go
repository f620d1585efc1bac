package risk

// Round s25-other retrained the model on its rows about someone else in
// danger (testdata/train/targeted-s25-other.tsv), and three corpus rows
// that the model alone had carried fell: a goodbye to this service, the
// water "up to the neck right now", and a mother who held her baby far
// too hard and is alone with him. They are phrases and a signal here,
// apart from each language's lists, so that a retraining cannot move them.

var (
	mendsS25OtherEN = phraseSet{
		lang:  "en",
		words: s24WordsEN,
		// A bare goodbye to the service itself: Review, as it was.
		review: []string{"^ (goodbye|farewell|bye) aftercare $"},
	}
	mendsS25OtherDE = phraseSet{
		lang:  "de",
		words: s24WordsDE,
		// "Wasser bis zum Hals grad" alone, the idiom or the water: Review,
		// since "mir steht das Wasser bis zum Hals mit der Arbeit" is
		// everyday German and no phrase can tell them apart.
		review: []string{"^ (das)? wasser (steht)? (mir)? bis zum hals (grad|gerade|jetzt)? $"},
	}
)

// mendSignalsS25OtherFR: a baby held far too hard or feared for, then
// "je suis seule avec lui", as mendSignalsS24EN reads it in English. Each
// alone is Review at most; together, Crisis.
var mendSignalsS25OtherFR = signalSet{
	lang:  "fr",
	words: s24WordsFR,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(je l'ai|je lai|l'ai|lai) (serré|serre|secoué|secoue|tenu) (beaucoup|bien|vraiment|un peu)? trop (fort|brusquement)",
			"(j'ai|jai)? peur de (lui)? faire (du mal|quelque chose|mal) (à|a)? (lui|elle|bébé|mon bébé|la petite|le petit)?",
		},
		sigCue: {
			"je suis (toute)? (seule|seul) avec (lui|elle|le bébé|bébé|la petite|le petit)",
		},
	},
}
