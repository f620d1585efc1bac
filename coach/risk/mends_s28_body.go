package risk

// Someone's body in an emergency now, said without a subject the lists
// know (other6, a care-home nurse and a gaming community's volunteer
// coordinator, measured once on c3b7f09 before this file: "dad fell in
// bathroom. not moving. blood on tiles", "meine schwester hat blaue lippen
// und wacht nicht auf", "mme Durand chambre 9 est par terre, elle répond
// plus", "mi suegro ... no respira bien y no reacciona" were None). Round
// s26-other's phrases need a known subject right before the state; these
// need a strong state instead (not breathing, blue lips, unconscious) or
// a fall or the floor with no answer, and are Crisis whoever is named:
// the writer gets the emergency number at once. The same states are acts
// of someone else's danger (otherS28), so a third person anywhere before
// them makes the reply the one for someone else. Everyday twins ("not
// responding to my texts", "fell off my bike, not moving fast today",
// "blue lips from the lake lol") are in testdata/train/targeted-s28-body.tsv.

var mendsS28Body = [4]phraseSet{
	{
		lang:  "en",
		words: s26OtherWordsEN,
		crisis: []string{
			"({sub} (is|s)?)? (not|no longer) breathing (right|properly|normally|at all)?",
			"({sub} (is|s)?)? (barely|hardly) breathing ... ... (cpr|999|911|112|ambulance|help|pills|blue|grey|gray|wont wake|cant wake)",
			"(breathing|breathes) (really|very|so)? (slow|slowly|shallow|weird|weirdly|strange|strangely) ... ... (cant|can't|cannot|wont|won't|not) (wake|waking|respond|responding)",
			"({sub} (is|s)?)? (grey|gray|blue) and (breathing|barely breathing) (really|very|so)? (slow|slowly|shallow)",
			"({sub} (is|s)?)? (lips|lip) (are|is|look|looking|looks|turning|going|gone|turned)? (blue|purple)",
			"({sub} (is|s)?)? (going|gone|turning) blue (round|around) the (lips|mouth)",
			"(on|at) the (bathroom|kitchen|bedroom)? (floor|ground|bottom of the stairs) ... ... (not|isnt|isn't) breathing",
			"(on|at) the (bathroom|kitchen|bedroom)? (floor|ground|bottom of the stairs) ... ... (not|isnt|isn't) responding (at all|anymore)? $",
			"(on|at) the (bathroom|kitchen|bedroom)? (floor|ground|bottom of the stairs) ... ... (not|isnt|isn't) moving (at all|anymore)? $",
			"(fell|fallen|collapsed|passed out) ... ... (not|isnt|isn't) breathing",
			"(fell|fallen|collapsed|passed out) ... ... (not|isnt|isn't) responding (at all|anymore)? $",
			"(fell|fallen|collapsed|passed out) ... ... (not|isnt|isn't) moving (at all|anymore)? $",
			"^ (not|still not) (moving|responding|breathing) $",
			"face down in (the)? (garden)? (pond|pool|water|bath|bathtub|river|lake|ditch)",
			"(unconscious|unresponsive) ... ... (ring|call|help|999|911|112|ambulance|cpr|now)",
		},
		benign: []string{
			// A feeling in a session or a panic, not a body found.
			"(felt|feel|feels|feeling) like (i|im|i was|i am|i wasnt|i wasn't) (not)? breathing",
			// A scene in a film or a game, told.
			"(in|on) (the|a|this) (film|movie|show|series|episode|game) ... ... ... ... (not|isnt|isn't) (breathing|responding|moving)",
			// Lips blue with cold after a swim.
			"(lips|lip) (are|is|were|was|went|turned|going)? (blue|purple) (from|with|after|because of) (the)? (cold|lake|sea|swim|water|ice bath|wind)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			// Breathing only: "la app no reacciona" is an app's.
			"no respira (bien|nada|para nada)? $",
			"no respira (bien|nada|para nada)? (y|ayuda|auxilio|venid|vengan|qué hago|que hago)",
			"(en el suelo|en el piso|en la cuneta|tirado|tirada) ... ... no (responde|reacciona|se mueve|respira)",
			"(se cayó|se cayo|se ha caído|se ha caido) ... ... no (responde|reacciona|se mueve|respira)",
			"labios (morados|azules)",
			"(está|esta|quedó|quedo) inconsciente",
		},
		benign: []string{
			"labios (morados|azules) (de|del|por el|después del|despues del) (frío|frio|mar|lago|agua|baño)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(nicht ansprechbar|bewusstlos)",
			"(blaue lippen|lippen (sind|werden)? (ganz)? (blau|lila))",
			"atmet (nicht|kaum|ganz flach|flach|komisch|nicht richtig)",
			"atmung (ganz|total|sehr)? (flach|schwach)",
			"(wacht|wach) (gar)? nicht (mehr)? auf",
			"(liegt|lag) (am|auf dem|unten an der) (boden|treppe) ... ... (reagiert nicht|bewegt sich nicht|sagt nix mehr|sagt nichts mehr)",
			"(gestürzt|gefallen|hingefallen) ... ... ... (bewegt sich nicht|reagiert nicht|sagt nix mehr|sagt nichts mehr)",
		},
		benign: []string{
			"(blaue lippen|lippen (ganz)? (blau|lila)) (vom|von der|nach dem|wegen der) (kälte|kalten wasser|wasser|see|schwimmen|eisbad)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(lèvres|levres) (toutes)? (bleues|violettes)",
			"(il|elle) (ne)? respire (plus|à peine|a peine|presque plus)",
			"^ (ne)? respire (plus|à peine|a peine|presque plus) $",
			"respiration (bizarre|faible|très faible|tres faible|toute faible)",
			"(tombé|tombée|tombe|tombee) ... ... ... (dit plus rien|bouge plus|répond plus|repond plus|réagit plus|reagit plus)",
			"(par terre|dans le fossé|dans le fosse) ... ... (dit plus rien|bouge plus|répond plus|repond plus|réagit plus|reagit plus|réagit pas|reagit pas)",
			"(il|elle) (réagit|reagit|répond|repond|bouge) (pas|plus) $",
		},
		benign: []string{
			"(lèvres|levres) (toutes)? (bleues|violettes) (de|à cause du|a cause du|après la|apres la) (froid|baignade|mer|lac)",
			"dans (le|un|ce) (film|série|serie|épisode|episode|jeu) ... ... ... ... (respire plus|bouge plus|répond plus|repond plus|réagit plus|reagit plus)",
		},
	},
}

// otherS28 are the strongest of those states as acts of someone else's
// danger now.
var otherS28 = []otherSet{
	{lang: "en", words: otherEN.words, acts: []string{
		"(lips|lip) (are|is|look|looking|looks|turning|going|gone|turned)? (blue|purple)",
		"(not|barely|hardly) breathing",
		"(unconscious|unresponsive)",
		"(not|isnt|isn't) (moving|responding) $",
	}},
	{lang: "es", words: otherES.words, acts: []string{
		"labios (morados|azules)",
		"no respira (bien|nada)?",
	}},
	{lang: "de", words: otherDE.words, acts: []string{
		"(blaue lippen|lippen (sind)? (blau|lila))",
		"(nicht ansprechbar|bewusstlos)",
		"atmet (nicht|kaum|ganz flach|flach)",
		"(wacht|wach) (gar)? nicht (mehr)? auf",
	}},
	{lang: "fr", words: otherFR.words, acts: []string{
		"(lèvres|levres) (toutes)? (bleues|violettes)",
		"respire (plus|à peine|a peine)",
		"(répond|repond|réagit|reagit|bouge) plus $",
	}},
}
