package risk

// The merges of rounds s25-learn, s25-thought and s25-other retrained the
// model on all their rows at once, and rows that the model alone had
// carried moved: a rope bought and put in the garage, sleeping tablets
// bought at two chemists, "calm once one has decided" before a goodnight
// to all, and three terse rows that only ever reached Review (a goodbye
// intended before the weekend, a time alone, the letter in the fridge)
// fell; the rain and a dog that will not go out rose. They are written
// here, apart from each language's lists, so that a retraining cannot
// move them again.
var (
	mendsS25MergeEN = phraseSet{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			// Doses gathered from more than one shop, the way around a
			// pack limit: "grabbed a box of sleeping tablets on the way
			// home and another at the other chemist".
			"(box|boxes|pack|packs|packet|packets) of (sleeping tablets|sleeping pills|sleepers|paracetamol|tylenol|painkillers|tablets|pills) (on the way home|on my way home|on the way back|after work)? (and|then|and then)? (another|a second|more|two more) (one|box|pack|packet)? (at|from) (the other|another|a second|a different) (chemist|chemists|pharmacy|drugstore|shop|store)",
		},
		benign: []string{
			// The weather and a dog that will not go out: "I'm sick of the
			// rain, the dog won't even go outside anymore."
			"(sick|tired) of (the|this|all the|all this) (rain|weather|cold|snow|heat|wind|drizzle|fog|dark|darkness)",
			"the (dog|dogs|cat|puppy) (wont|won't|will not|doesnt|doesn't|does not) (even)? go (outside|out|for walks|for a walk) (anymore|any more)?",
		},
	}
	mendsS25MergeES = phraseSet{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(caja|cajas) de (pastillas|somníferos|somniferos|paracetamol|calmantes) ... (otra|otras|una más|una mas) en (la otra|otra) (farmacia|botica)",
		},
		review: []string{
			// A time and nothing else, after words that worried.
			"^ (esta noche|hoy|mañana|manana) (after midnight|después de (la)? medianoche|despues de (la)? medianoche|a medianoche) $",
			// A letter left where it will be found, said bare.
			"^ la carta (está|esta) en (la nevera|el refri|el refrigerador|la heladera|el frigorífico|el frigorifico|la almohada|mi almohada) $",
		},
	}
	mendsS25MergeDE = phraseSet{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(packung|packungen|schachtel|schachteln) (schlaftabletten|tabletten|paracetamol|schmerztabletten) ... (noch eine|eine zweite|eine weitere|noch zwei) (in|bei|aus) (der|einer) (anderen|zweiten)? apotheke",
		},
		review: []string{
			// A goodbye intended, and nothing of from what: "meine
			// Intention ist, mich vor dem Wochenende richtig zu
			// verabschieden" (not "mich von alten Mustern zu verabschieden").
			"intention ist (es)? mich (vor dem wochenende|vor dem termin|heute|morgen|bald|noch)? (richtig|ordentlich|endgültig|endgultig|für immer|fur immer)? zu verabschieden $",
		},
	}
	mendsS25MergeFR = phraseSet{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			// A rope bought and put away at home.
			"(j'ai|jai) (acheté|achete) une corde ... (elle est|je l'ai mise|je lai mise|rangée|rangee) (dans|au) (le|la|mon|ma)? (garage|cave|grenier|placard|coffre|voiture|chambre|cabanon)",
			"(boîte|boite|boîtes|boites) de (somnifères|somniferes|cachets|comprimés|comprimes|paracétamol|paracetamol|doliprane) ... (une autre|encore une|une deuxième|une deuxieme) (à|a|dans) (l'autre|lautre|une autre) pharmacie",
			// The calm of having decided: "c'est bizarre comme on est
			// calme quand on a décidé".
			"(bizarre|étrange|etrange|drôle|drole|fou) comme on est (calme|serein|sereine|apaisé|apaise|apaisée) quand on a (décidé|decide)",
		},
	}
)
