package risk

// Ordinary lines that the crisis gate alone had kept at Review, and that
// gateMargin lets through to Crisis, are idioms here (found by a dump of
// the corpus before and after the margin, 2026-12-05): a brother's joke
// threat over leftovers, the end of a shift and "take care, guys", a
// weedkiller mixed in the sprayer's tank. One is left at Crisis: "mi
// hermano dijo que me mata si me como sus sobras jaja. está en el cuarto
// de al lado", whose joke the idiom hides, leaving a brother who said
// something and is in the next room, which is how threats are told.
var mendsS29Gate = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		benign: []string{
			"(kill|kills) me if i (eat|touch|take|finish) (his|her|their|the) (leftovers|food|snacks|fries|dessert)",
			"(mixed|mixing|mix|put|poured) (the)? (glyphosate|roundup|weedkiller|herbicide|pesticide|spray) (in|into) the (sprayer|sprayer tank|tank|boom sprayer)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		benign: []string{
			"(me mata|me va a matar) si me (como|tomo|acabo) (sus|las|tus|mis)? (sobras|comida|postre|galletas|papas)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		benign: []string{
			"(bringt mich um|bringt er mich um|bringt sie mich um) wenn ich (seine|ihre|die) (reste|pizza|schokolade|chips) (esse|aufesse)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		review: []string{
			// Hopelessness the retraining let fall ("sans elle je vois
			// pas comment continuer").
			"(je vois pas|je ne vois pas|vois pas) comment (continuer|tenir|avancer) $",
		},
		benign: []string{
			"fin de (garde|service|poste|shift) ... prenez soin de vous (les gars|les filles|tout le monde)?",
			"fin de (garde|service|poste|shift) ... ... je rentre (dormir|me coucher|chez moi|pioncer)",
		},
	},
}

// otherS29Gate: a man who is barred from coming near and is at the door,
// while the writer is alone with a child, is the writer's own danger (the
// retraining for the margin read "Mein Mann ist grad vorgefahren obwohl er
// Kontaktverbot hat … Ich bin allein mit meiner Tochter" as someone
// else's).
var otherS29Gate = []otherSet{
	{lang: "de", words: otherDE.words, threat: []string{
		"(kontaktverbot|annaherungsverbot|hausverbot)",
		"(ich bin|bin) allein mit (meiner tochter|meinem sohn|den kindern|meinen kindern|dem baby|der kleinen|dem kleinen)",
	}},
	{lang: "en", words: otherEN.words, threat: []string{
		"(restraining order|protective order|no contact order)",
		"(i am|im|i'm) (home)? alone with (my|the) (daughter|son|kids|children|baby)",
	}},
	{lang: "es", words: otherES.words, threat: []string{
		"(orden de alejamiento|orden de restriccion)",
		"(estoy|estamos) (sola|solo) con (mi hija|mi hijo|los ninos|mis hijos|el bebe)",
	}},
	{lang: "fr", words: otherFR.words, threat: []string{
		"(ordonnance de protection|interdiction d'approcher|interdit d'approcher)",
		"je suis (toute)? (seule|seul) avec (ma fille|mon fils|les enfants|mes enfants|le bebe)",
	}},
}
