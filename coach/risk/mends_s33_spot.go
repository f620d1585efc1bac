package risk

// The plainest misses of set 33 and of the writer's own rows of other9
// (both measured once on 8fcba13, before this file), written at once as
// their kinds in the four languages: a rope kept at hand ("there's a rope
// in my locker"), sitting in the bathroom with the pills, farewell letters
// begun, a death threat with men waiting now. Each is Crisis; their
// everyday twins (a climbing rope in the car for the weekend, sorting the
// week's pill organiser, a card for a colleague leaving) are not.
var mendsS33Spot = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(there's|there is|theres|ive got|i've got|i have|got) a (rope|noose) (in|under) my (locker|bag|backpack|car|trunk|room|wardrobe|closet|desk|bed) (lol|haha|tbh)? $",
			"(sitting|sat|sitting here|im sitting|i'm sitting) (in|on) the (bathroom|bathroom floor) with (the|my|all my|all the) (pills|tablets|meds)",
			"(started|starting|begun|began) (writing|to write) (my)? (goodbye|farewell|suicide) (letters|notes|letter|note)",
			"(threatened to kill me|death threats) ... ... ... (waiting for me|outside|in the car park|in the parking lot)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(hay|tengo) una (cuerda|soga) (en|debajo de) (mi|la|el) (taquilla|casillero|mochila|coche|carro|cuarto|armario|cama) (jaja)? $",
			"(sentada|sentado|estoy) en el (bano|baño|suelo del bano|suelo del baño) con (las|mis|todas las|todas mis) (pastillas|pastis|pepas)",
			"(empece|empecé|empiezo|comence|comencé) a escribir (mis)? (cartas|carta|notas|nota) de despedida",
			"(me amenazaron|amenazado|amenazada) de muerte ... ... ... (me esperan|me estan esperando|me están esperando|afuera|en el estacionamiento)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(hab|habe|da ist|da liegt|liegt) (ein|nen|n) (seil|strick) (in|unter) (meinem|meiner|im) (spind|rucksack|auto|zimmer|schrank|bett|kofferraum) (lol|haha)? $",
			"(sitz|sitze|sitzt|hock|hocke) mit (den|meinen|allen) (pillen|tabletten|medis) im (bad|badezimmer)",
			"(hab|habe|ich hab) angefangen (abschiedsbriefe|einen abschiedsbrief|abschiedsbrief) zu schreiben",
			"(morddrohung|mit dem tod gedroht|umbringen gedroht) ... ... ... (warten auf mich|vor der tur|auf dem parkplatz)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(il y a|y a|y'a|j'ai) une corde (dans|sous) (mon|ma) (casier|sac|voiture|chambre|armoire|lit) (mdr|lol)? $",
			"(assise|assis|je suis) dans la salle de bain avec (les|mes|tous mes|toutes mes) (cachets|medocs|médocs|comprimes|comprimés|pilules)",
			"j'ai commencé (à écrire|a ecrire) (mes)? (lettres|lettre) d'adieu",
			"menac(é|e|ée|ee) de mort ... ... ... (m'attendent|m attendent|devant chez moi|au parking)",
		},
	},
}

// mendsS33Iron: a burn from an iron or a knife, done AGAIN and going on
// now ("me quemé otra vez con la plancha, ahora mismo, y no puedo
// parar"), is self-harm going on, which round s31-learn's kind left out
// for the kitchen and the ironing board; "again" with a marker that it is
// going on is no accident. Set 33 measured it once at Review on 8fcba13.
var mendsS33Iron = [4]phraseSet{
	{lang: "en", words: s31WordsEN, crisis: []string{
		"(i)? {shdone} myself again {shtool} ... {shnow}",
	}},
	{lang: "es", words: s31WordsES, crisis: []string{
		"me {shdone} ({shbody})? otra vez {shtool} ... {shnow}",
		"me {shdone} otra vez ({shbody})? {shtool} ... {shnow}",
	}},
	{lang: "de", words: s31WordsDE, crisis: []string{
		"(hab|habe) mich (schon)? wieder {shtool} {shdone} ... {shnow}",
	}},
	{lang: "fr", words: s31WordsFR, crisis: []string{
		"je me suis (encore|de nouveau) {shdone} {shtool} ... {shnow}",
	}},
}

// mendsS33Fall: someone found not moving with blood, in one sentence
// ("my dad fell in the bathroom, not moving, blood on the tiles" was None:
// round s28-body's fall needs "not moving" to end the sentence). It is
// Crisis, and someone else's when a third person is named before it
// (otherS33).
var mendsS33Fall = [4]phraseSet{
	{lang: "en", words: englishMore.words, crisis: []string{
		"(not|isnt|isn't|he's not|she's not|hes not|shes not) (moving|waking up) ... ... (blood|bleeding)",
		"(blood|bleeding) ... ... (not|isnt|isn't|he's not|she's not|hes not|shes not) (moving|waking up)",
	}},
	{lang: "es", words: spanishMore.words, crisis: []string{
		"no (se mueve|despierta) ... ... (sangre|sangrando|sangra)",
		"(sangre|sangrando|sangra) ... ... no (se mueve|despierta)",
	}},
	{lang: "de", words: germanMore.words, crisis: []string{
		"(bewegt sich|rührt sich|wacht) (nicht|nicht mehr) (auf)? ... ... (blut|blutet)",
		"(blut|blutet) ... ... (bewegt sich|rührt sich|wacht) (nicht|nicht mehr)",
	}},
	{lang: "fr", words: frenchMore.words, crisis: []string{
		"(bouge|se réveille) (pas|plus) ... ... (sang|saigne)",
		"(sang|saigne) ... ... (bouge|se réveille) (pas|plus)",
	}},
}

// otherS33: the same state as an act of someone else's danger.
var otherS33 = []otherSet{
	{lang: "en", words: otherEN.words, acts: []string{"(not|isnt|isn't) moving ... ... (blood|bleeding)"}},
	{lang: "es", words: otherES.words, acts: []string{"se mueve ... ... (sangre|sangrando|sangra)"}},
	{lang: "de", words: otherDE.words, acts: []string{"(bewegt sich|rührt sich) ... ... (blut|blutet)"}},
	{lang: "fr", words: otherFR.words, acts: []string{"bouge ... ... (sang|saigne)"}},
}
