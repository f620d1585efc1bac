package risk

// mendsS38Plain are plain first-person sentences of the list that
// a probe of the four languages found under their level after the core
// kinds: intent with a time ("i'll end it tomorrow", "demain j'en finis",
// None), pills made ready in Spanish ("tengo las pastillas listas",
// Review), and self-harm or giving up said in the fewest words ("ich
// verletze mich selbst", "je me fais du mal", "je peux plus", "plus rien a
// de sens", None). Each ends its sentence or names what it means, so that
// "i'll end it with him tomorrow", "demain j'en finis avec ce dossier" and
// "je peux plus manger de pâtes" stay ordinary.
var mendsS38Plain = [4]phraseSet{
	{lang: "en", words: englishMore.words,
		crisis: []string{
			"(i'll|i will|i'm going to|im going to|i'm gonna|im gonna|gonna) end it (all)? (tomorrow|tonight|today|this weekend|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) $",
		},
	},
	{lang: "es", words: spanishMore.words,
		crisis: []string{
			"(tengo|ya tengo) (las|mis)? (pastillas|pastis|medicinas|pildoras|píldoras) (listas|preparadas|contadas|juntas|guardadas para (hoy|esta noche|mañana))",
		},
	},
	{lang: "de", words: germanMore.words,
		review: []string{
			"(ich)? (verletze|verletz|schneide|schneid) mich selbst",
			"(ich)? (ritze|ritz) mich (selbst|wieder|immer wieder|ständig|jeden tag)?",
			"(heute|morgen|heute nacht|am wochenende|bald) (mach|mache) ich schluss $",
		},
	},
	{lang: "fr", words: frenchMore.words,
		crisis: []string{
			"(demain|ce soir|cette nuit|ce week-end|ce weekend|bientôt|aujourd'hui) (j'en finis|j'en finirai|je vais en finir) $",
			"(j'en finis|j'en finirai|je vais en finir) (demain|ce soir|cette nuit|ce week-end|ce weekend|aujourd'hui) $",
		},
		review: []string{
			"je me (fais|suis fait|suis faite) du mal",
			"^ (je)? (peux|peut) plus $",
			"(plus rien|rien) a (plus)? de sens",
		},
	},
}
