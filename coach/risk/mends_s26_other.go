package risk

// Round s26-other learnt from other5 (testdata/other5.tsv): someone else
// in a medical emergency now ("mi mamá no reacciona, ayuda", a brother on
// the floor after ketamine who "bouge plus", "lips blue. not breathing
// right") was None or Review, so the writer got no help at all, and it
// was never about someone else. The phrases make such a text Crisis; the
// acts (otherS26) make it someone else's. Both name the body's state
// narrowly, since "mum won't wake up for the doorbell", "she isn't
// responding to my texts" and a nosebleed are everyday: a state that
// ends the sentence, or with "at all", "anymore", the floor or the
// lips. The everyday twins are in testdata/train/targeted-s26-other.tsv.

var (
	s26OtherWordsEN = withWords(otherEN.words, map[string]string{
		"sub": "(he|she|they|hes|shes|mom|mum|mommy|mama|mother|dad|daddy|father|brother|bro|sister|sis|friend|boyfriend|girlfriend|bf|gf|husband|wife|partner|son|daughter|roommate|roomie|flatmate|housemate|grandma|grandpa|nan|cousin|kid|baby|mate)",
	})
	s26OtherWordsES = withWords(otherES.words, map[string]string{
		"sub": "(él|ella|mamá|mama|mami|madre|papá|papa|padre|hermano|hermana|amigo|amiga|novio|novia|esposo|esposa|marido|pareja|hijo|hija|abuela|abuelo|primo|prima|compañero|compañera|roomie)",
	})
	s26OtherWordsDE = withWords(otherDE.words, map[string]string{
		"sub": "(er|sie|mama|mami|mutter|papa|vater|bruder|schwester|freund|freundin|kumpel|haberer|partner|partnerin|mann|frau|sohn|tochter|oma|opa|mitbewohner|mitbewohnerin)",
	})
	s26OtherWordsFR = withWords(otherFR.words, map[string]string{
		"sub": "(il|elle|mère|maman|père|papa|frère|sœur|soeur|ami|amie|pote|copain|copine|mari|femme|fils|fille|coloc|mamie|papi)",
	})
)

var mendsS26OtherPhrases = [4]phraseSet{
	{
		lang:  "en",
		words: s26OtherWordsEN,
		crisis: []string{
			"{sub} (is|s)? (not|no longer) breathing",
			"{sub} (stopped|has stopped|s stopped) breathing",
			"{sub} (is|s)? (barely|hardly) breathing",
			"{sub} (is|s)? (not responding|unresponsive|not moving) (at all|anymore|to anything) ",
			"{sub} (is|s)? (not responding|unresponsive|not moving|not waking up) $",
			"{sub} (is|s)? (lying|laying|collapsed)? on the (bathroom|kitchen)? (floor|ground) (and)? (is|s)? (not|isnt) (moving|breathing)",
			// Not "... not responding to me because i took his phone lol".
			"{sub} (is|s)? (lying|laying|collapsed)? on the (bathroom|kitchen)? (floor|ground) (and)? (is|s)? (not|isnt) responding (at all)? $",
			"^ (on|on the) (bathroom|kitchen)? floor ... (lips|lip) (are|is)? (blue|purple)",
			"^ {their}? (lips|lip) (are|is|look|looks|turning|turned|going|gone)? (blue|purple|grey|gray) $",
			"^ not breathing (right|properly|normally)? $",
			"(cant|cannot|can not) (get|wake) (him|her|them) (to respond|to react|up) at all",
			"{sub} (is|s)? bleeding (so much|everywhere|a lot|heavily) (and)? (it)? (wont|will not|does not|cant) stop",
			"(cant|cannot|can not|wont|will not) stop the bleeding",
		},
	},
	{
		lang:  "es",
		words: s26OtherWordsES,
		crisis: []string{
			// Not "no reacciona a los mensajes".
			"{sub} no (reacciona|respira) (nada|para nada|bien)? $",
			"{sub} no (reacciona|respira) (nada|para nada|bien)? (ayuda|auxilio|qué hago|y tiene|tiene)",
			"{sub} (ya)? no (despierta|responde|se mueve) (nada|para nada|por más que)? $",
			"{sub} (está)? (tirado|tirada)? en el (piso|suelo) (y)? no se mueve",
			"(tiene)? (los)? labios (morados|azules) $",
			"{sub} (está)? sangrando (mucho|muchísimo|un montón) (y)? no (para|se detiene)",
			"(tiene)? todo listo para (esta noche|hoy) ... ... (fue un gusto conocer*|adiós|hasta siempre)",
		},
	},
	{
		lang:  "de",
		words: s26OtherWordsDE,
		crisis: []string{
			// Not "reagiert nicht mehr auf meine Nachrichten".
			"{sub} (reagiert|atmet) (gar)? nicht mehr (richtig)? $",
			"{sub} (reagiert|atmet) (gar)? nicht mehr (richtig)? (hilfe|was soll ich|was mach ich|und)",
			"{sub} (reagiert|atmet) (gar)? nicht $",
			"{sub} (wacht|bewegt sich) (gar)? nicht mehr (auf)?",
			"{sub} (liegt)? (am|auf dem) boden (und)? (bewegt sich|reagiert|atmet) (gar)? nicht (mehr)?",
			"(lippen) (sind)? (ganz)? (blau|lila) $",
			"{sub} blutet (stark|total|wie verrückt) (und)? (es)? hört nicht auf",
		},
	},
	{
		lang:  "fr",
		words: s26OtherWordsFR,
		crisis: []string{
			// At the sentence's end or with a call for help: "et il respire
			// plus, puis il se relève" is a film's.
			"{sub} (respire|réagit|bouge|répond|se réveille) plus (du tout)? $",
			"{sub} (respire|réagit|bouge) plus (du tout)? (aide*|aidez moi|au secours|je fais quoi|qu'est ce que je fais|ambulance|samu|pompiers)",
			"{sub} (est)? par terre (et)? (il|elle)? (bouge|réagit|respire) plus",
			"(lèvres) (sont)? (toutes)? (bleues|violettes) $",
			"{sub} (saigne|est en train de saigner) (beaucoup|énormément|partout) (et)? (ça)? (s'arrête|arrête) (pas|plus)",
		},
	},
}

// otherS26 are the same states as acts of someone else's danger now, so
// that a third person before them makes the text theirs.
var otherS26 = []otherSet{
	{lang: "en", words: s26OtherWordsEN, acts: []string{
		"(is|s)? (not|no longer) breathing",
		"(stopped|has stopped|s stopped|barely|hardly) breathing",
		"(is|s)? (not responding|unresponsive) (at all|anymore|to anything)",
		"(lips|lip) (are|is)? (blue|purple)",
	}, now: []string{
		// Blanked as the helper's alarm, so that what is left of "mom on
		// bathroom floor. lips blue." is not the writer's own danger.
		"^ {their}? (lips|lip) (are|is|look|looks|turning|turned|going|gone)? (blue|purple|grey|gray) $",
	}, done: []string{
		// "mom on bathroom floor. lips blue.": the floor ends the
		// sentence, and the alarm ("not breathing") is elsewhere.
		"(is|s)? (lying|laying|collapsed)? on (the)? (bathroom|kitchen|bedroom)? (floor|ground) $",
	}, farewell: []string{
		// Snoring strangely and not to be roused: the act has its own
		// negation, which a farewell's may have and an act's may not.
		"(snoring|breathing) (weird|weirdly|strange|strangely|funny) (and)? (i)? (cant|cannot|can not) (get|wake) (him|her|them)",
	}},
	{lang: "es", words: s26OtherWordsES, who: []string{
		// A name after an interjection: "boludo, el Juanchi se tomó todo".
		"^ (boludo|boluda|che|wey|güey|tío|tía|chamo|pana) (el|la)",
	}, acts: []string{
		"no (reacciona|respira) (nada|para nada|bien)? $",
		"en el (piso|suelo) (y)? no se mueve",
		"todo listo para (esta noche|hoy) ... ... (fue un gusto conocer*|adiós|hasta siempre)",
	}},
	{lang: "de", words: s26OtherWordsDE, who: []string{
		// Austrian and Bavarian: "mei haberer", "mei spezl".
		"(mei|mein|meine) (haberer|spezl|spezi|kumpel|freind|freindin|bua|oide)",
	}, threat: []string{
		// The writer locked in or threatened at their door (other5's
		// "self" rows): the writer's own danger, not someone else's.
		"(handy|telefon) und (schlüssel|autoschlüssel) (weggenommen|abgenommen)",
		"wenn ich (nicht|net|ned) (aufmach|aufmache|aufmachen|aufsperr|aufsperre)",
	}, acts: []string{
		"(reagiert|atmet) (gar)? nicht mehr",
		"(wacht|bewegt sich) (gar)? nicht mehr",
		// Snoring strangely alone is a cold's ("mein Mann schnarcht voll
		// komisch heute"): with the pills and drink only, so that the act
		// also starts within whoReach of "mei haberer hat nach der
		// session ...".
		"(wodka|schnaps|alkohol|bier) mit (tabletten|pillen) (gsoffn|gesoffen|genommen|eingeworfen) und (schnauft|schnarcht|atmet) (voll|total|ganz)? (komisch|seltsam)",
	}},
	{lang: "fr", words: s26OtherWordsFR, acts: []string{
		"(respire|réagit) plus",
		"par terre (et)? (il|elle)? (bouge|réagit|respire) plus",
	}, done: []string{
		// Snoring strangely, after pills and drink (other2's "elle ronfle
		// bizarre", which retraining let go): with a word of alarm only,
		// since "mon mari ronfle bizarre" is a night like any other.
		"(ronfle|respire) (bizarre|bizarrement|trop fort|super fort)",
	}, now: []string{
		// As otherEN's "cant wake (him|her|them)".
		"je (la|le|les) (réveille|reveille) (pas|plus)",
		"(j'arrive|j'y arrive) (pas|plus) à (la|le|les) réveiller",
	}, helper: []string{
		"je (la|le|les) (réveille|reveille) (pas|plus)",
		"(j'arrive|j'y arrive) (pas|plus) à (la|le|les) réveiller",
	}},
}

// mendsS26OtherDrift hold corpus rows that the model alone had carried
// and that retraining on targeted-s26-other.tsv let fall: not waking up
// wanted "this time", pockets filled with stones, an empty blister pack
// sent to a group chat with no answer after it (Crisis), a burden to the
// team (Review).
var mendsS26OtherDrift = [4]phraseSet{
	{lang: "en", words: s26OtherWordsEN, crisis: []string{
		"if i (dont|do not) wake up (tomorrow|tonight)? (thats|that is|its|it is) fine (by|with) me",
	}},
	{lang: "es", words: s26OtherWordsES, crisis: []string{
		"me (he)? (llenado|llené) (los|mis)? bolsillos de piedras",
		"(foto|imagen) de (un|una)? (blíster|caja|tira) (de pastillas)? (vacío|vacía) ... ... no (contesta|responde)",
	}},
	{lang: "de", words: s26OtherWordsDE},
	{lang: "fr", words: s26OtherWordsFR, crisis: []string{
		"(pas|plus) me réveiller (et)? cette fois je vais faire en sorte",
	}, review: []string{
		// A burden to the team (fresh26's, Review), which the retrained
		// model let fall to None.
		"je suis (juste|rien qu'un)? (un)? (boulet|fardeau|poids) pour (l'équipe|les autres|tout le monde|eux|vous)",
	}},
}

// otherS26Witness are other5's night workers and witnesses: a preamble
// of the helper's ("night shift at the shelter:", "nachtdienst im
// frauenhaus:", "j'entends les voisins"), which otherwise opens the text
// as the writer's own, and the third persons a clause of violence or of a
// child alone opens with ("hay un nene", "el marido").
var otherS26Witness = []otherSet{
	{lang: "en", words: s26OtherWordsEN, helper: []string{
		"(night shift|nightshift|on shift|working|volunteering) (at|in) (the|a)? (shelter|refuge|hostel|ward|safe house)",
		"posting for my {rel} (bc|because|cause|coz) (she|he|they) (cant|can not|cannot)",
	}, subject: []string{
		"^ (a|the|one|our)? (former|current|new)? (resident|client|guest)",
	}},
	{lang: "es", words: s26OtherWordsES, helper: []string{
		"turno de noche en (la|el) (casa de acogida|refugio|albergue)",
		// The helper below a roof, kept from going up.
		"(estoy|estamos) (abajo|afuera|en la puerta|en la calle)",
		"no me deja (subir|entrar|pasar)",
	}, subject: []string{
		"^ (hay)? (un|una) (nene|nena|niño|niña|bebé|criatura|señora|señor)",
		"^ (el|la) (marido|esposo|novio|novia|ex|pareja)",
	}},
	{lang: "de", words: s26OtherWordsDE, helper: []string{
		// "im" is "i am" to the normaliser, in a phrase too, and toldOfOther
		// writes it back as "im": any word between.
		"nachtdienst ... (frauenhaus|heim|wohngruppe|notunterkunft)",
	}, subject: []string{
		"^ (eine|ein|die|der|unsere|unser)? (ehemalige|ehemaliger)? (bewohnerin|bewohner|klientin|klient)",
	}},
	{lang: "fr", words: s26OtherWordsFR, helper: []string{
		"(nuit|garde|permanence) (au|à la) (foyer|refuge|centre)",
		"j'entends (les|mes) voisins",
		// The helper who cannot follow: "je sais même pas vers où il va".
		"je sais (même)? pas (vers|par)? où (il|elle) (va|est)",
	}},
}

// mendsS26OtherCar: a child shut alone in a car in the sun (other5's "hay
// un nene solo en un auto al sol ... todo cerrado"), Crisis: heat kills a
// child within the hour. The sun or the heat is part of the phrase, since
// a child waiting in a car is everyday.
var mendsS26OtherCar = [4]phraseSet{
	{lang: "en", words: s26OtherWordsEN, crisis: []string{
		"(kid|child|baby|toddler|little boy|little girl) (is)? (locked|left|alone|shut) (alone)? in (a|the|their|his|her) (hot)? car (in the sun|in this heat|in the heat|windows up|with the windows up)",
		"(kid|child|baby|toddler) (is)? (locked|left|alone|shut) (alone)? in (a|the) hot car",
	}},
	{lang: "es", words: s26OtherWordsES, crisis: []string{
		"(nene|nena|niño|niña|bebé|criatura|chiquito|chiquita) (solo|sola|encerrado|encerrada) en (un|el) (auto|carro|coche) (al sol|con (este|el) calor|todo cerrado)",
	}},
	{lang: "de", words: s26OtherWordsDE, crisis: []string{
		"(kind|baby|kleinkind) ... (allein|eingesperrt|eingeschlossen) (im|in einem|in dem) (heißen)? auto (in der sonne|in der hitze|bei der hitze)",
	}},
	{lang: "fr", words: s26OtherWordsFR, crisis: []string{
		"(enfant|bébé|gamin|gamine|petit|petite) (tout seul|toute seule|seul|seule|enfermé|enfermée) dans (une|la|sa) voiture (au soleil|en plein soleil|par cette chaleur|fermée)",
	}},
}
