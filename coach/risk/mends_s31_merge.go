package risk

// What the merge of rounds s31-learn, s32-learn and s31-other moved the
// wrong way when the model was trained again on all of them (2026-12-05):
// crisis rows of the corpus that the learnt screen alone had carried, each
// written here as its kind so that no later retraining can move it again.
// A bare "don't look for me", "I can see the end and it's close", a whole
// drink "already downed", a one-way ticket "for the cliffs", important
// papers left out for a child's father with a goodnight to all, a bare
// "last message.", plants given away "para cuando yo no esté", a bare "no
// more." after the last session; and at Review, burns with cigarettes as a
// past habit ("me quemaba con cigarros").
var mendsS31Merge = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"^ i can see the end and (its|it is|it's) (close|near|coming) $",
			"^ (last|final) (message|msg|post) $",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"^ no me (busquen|busqueis|busques|busqueis mas|busquen mas) $",
			"^ ya me (lo|la) (bebi|tome|trague) (todo|toda|entero|entera) $",
			"(para|por si) cuando (yo)? (ya)? no (este|esté) $",
		},
		review: []string{
			"me (quemaba|cortaba) con (cigarros|cigarrillos|el mechero|el encendedor|una cuchilla|cuchillas)",
		},
	},
	{lang: "de", words: germanMore.words},
	{lang: "fr", words: frenchMore.words},
}

// mendSignalsS31Merge: a height given as the purpose of a one-way trip,
// and important papers left out for someone with a goodnight to all. Each
// half alone is at most Review.
var mendSignalsS31Merge = []signalSet{{
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ pour (les|la|le) (falaises|falaise|pont|viaduc|voies) (de|des|du|d')? ... ... $",
		},
		sigFinal: {
			"(laisse|laisser|rangé et laissé|range et laisse) les papiers (importants)? (sur|dans) ... ... pour (son|sa|mon|ma|leur) (pere|père|mere|mère|frere|frère|soeur|sœur|mari|femme|fils|fille)",
		},
		sigCue: {
			"(billet|ticket) aller simple",
			"^ bonne (soiree|soirée|nuit) a (tous|toutes|tout le monde) $",
		},
	},
}, {
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigFinal: {"^ no more $"},
		sigWhen:  {"after my last (session|appointment|dose|treatment) (on)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday)?"},
	},
}}
