package risk

// The core kinds. Thirteen sessions of rounds learnt each writer's ways of
// saying a crisis and carried little to the next writer; sets 38 and 39
// showed why: the plainest words of the issue's own list still slipped,
// in one language or another ("me tomé medio vaso de cloro", "compré una
// cuerda", "he's choking me", "someone is trying to break in", "j'ai
// acheté une corde"). These are written from that list, not from a
// writer: a poison drunk or a month of pills at once; the means of the
// issue (a rope, a gun, a hose for the exhaust, rat poison) got, with
// the sentence ending on them, so that a purpose after them ("for the
// tent", "à sauter") keeps them ordinary; and someone hurting the writer
// or breaking in now. Each is in the four languages, beside the everyday
// twins of its words (mends_s38_core_test.go).
var mendsS38Core = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(took|swallowed|downed|necked|taken) (my|a|the|all my)? (whole|entire)? (month's|months|month of|week's|weeks|week of|bottle of|box of|pack of|packet of|strip of|blister of|tub of) ... ... (at once|in one go|all at once)",
			"(just|i)? (drank|drunk|downed|swallowed|necked|chugged) (some|a bit of|half a (bottle|glass|cup|mug) of|a (bottle|glass|cup|mug) of|half the|the)? (antifreeze|anti freeze|bleach|rat poison|weedkiller|weed killer|drain cleaner|pesticide|paraquat|toilet cleaner|oven cleaner|lye|caustic soda)",
			"(bought|got|picked up|ordered|have|i have|i've got|got myself) (a|the|some)? (rope|noose|gun|pistol|handgun|shotgun|rifle) (today|tonight|yesterday|this morning|this afternoon|earlier|now|finally)? $",
			"(bought|got|have|i have|picked up) (a|the)? (hose|tube|pipe) ... ... exhaust",
			"(he|she|they|he's|she's|my ex|my husband|my wife|my partner|my boyfriend|my girlfriend|my dad|my father|my stepdad) (is|are|was)? (choking|strangling) me",
			"(someone|somebody|a man|a guy|some guy|a stranger|my ex|there's someone|there is someone|theres someone) (is|are)? (trying to|tryna) (break in|get in) $",
			"(someone|somebody|a man|a guy|some guy|a stranger|my ex|there's someone|there is someone|theres someone) (is|are)? (trying to|tryna) (break in|get in|climb in|break into|get into) (through|by|at|to)? (the|my) (front|back|bedroom|kitchen)? (door|window|flat|house|room|apartment|place)",
			"(someone|somebody|a man|a guy|some guy|a stranger|my ex|there's someone|there is someone|theres someone) (is|are)? (trying to|tryna) (force|kick in|kick down|break down|open) (the|my) (front|back|bedroom)? (door|window|lock)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(me tomé|me tome|me he tomado|me acabo de tomar|me trague|me tragué|me bebí|me bebi|tomé|tragué) (un|una|el|la|todo el|toda la|medio|media)? (bote|frasco|caja|blister|blíster|tira|paquete|vaso|botella) (entero|entera)? de (pastillas|pastis|medicamentos|medicinas|pildoras|píldoras|cloro|lejía|lejia|anticongelante|veneno|matarratas|raticida|insecticida|herbicida|salfumán)",
			"(me tomé|me tome|me he tomado|me acabo de tomar|me trague|me tragué|me bebí|me bebi) (un poco de|algo de)? (cloro|lejía|lejia|anticongelante|veneno|matarratas|raticida|insecticida|herbicida|salfumán|veneno para ratas)",
			"(compré|compre|he comprado|conseguí|consegui|he conseguido|ya tengo|traje) (una|la)? (cuerda|soga|pistola|escopeta|arma) (hoy|ayer|esta mañana|esta tarde|esta noche|por fin|ya)? $",
			"manguera (para|al|del) (el)? (tubo de escape|escape)",
			"(la|mi) (cuerda|soga|pistola|escopeta) (está|esta|ya está|ya esta) (en el (coche|carro|auto|maletero|cajón|armario)|debajo de la cama|encima de la mesa|cargada|a mi lado)",
			"me (agarró|agarro|cogió|cogio|apretó|apreto|tomó|tomo) (del|el|por el) cuello",
			"me (está|esta|estaba) (ahorcando|estrangulando|asfixiando)",
			"(alguien|un tipo|un hombre|un señor|mi ex) (está|esta)? (intentando|tratando de|queriendo) (entrar|meterse) (por|en|a) (la|mi|el) (ventana|puerta|casa|cuarto|habitación|depa|departamento|piso|balcón)",
			"(alguien|un tipo|un hombre|un señor|mi ex) (está|esta)? (intentando|tratando de|queriendo) (entrar a la fuerza|abrir (la|mi) (ventana|puerta)|forzar (la|mi) (puerta|ventana|cerradura)|tirar la puerta)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(hab|habe) (grad|gerade|eben|vorhin|jetzt)? (die|eine|meine)? (ganze|ganzen)? (packung|schachtel|blister|dose|flasche) ... (geschluckt|genommen|eingeworfen|getrunken)",
			"(hab|habe) ... ... (chlorreiniger|bleiche|frostschutz|frostschutzmittel|rattengift|unkrautvernichter|abflussreiniger|pflanzengift|gift) getrunken",
			"(hab|habe) (mir)? (heute|jetzt|gestern|endlich)? (ein|das|nen|einen|eine|die)? (seil|strick|pistole|waffe|knarre|gewehr) (besorgt|gekauft|geholt|organisiert)",
			"schlauch (für|fürs|an den) (den)? auspuff",
			"(das|mein) (seil|strick) (ist|liegt|hängt) (schon)? (im (auto|kofferraum|keller|schrank)|unterm bett|auf dem tisch|neben mir|bereit)",
			"(hab|habe) (alles|alle tabletten|alles was da war) aus (dem|meinem) (medizinschrank|arzneischrank|badezimmerschrank|spiegelschrank) (genommen|geschluckt) $",
			"(ich)? (blute|blut) (stark|so stark|total|voll|extrem|wie verrückt) ... ... (schwindlig|schwarz vor augen|umkippen|ohnmächtig)",
			"(er|sie|mein ex|mein mann) (würgt|erwürgt) mich",
			"(jemand|einer|ein mann|ein typ|mein ex) (versucht|will) ... ... (reinzukommen|einzubrechen|aufzubrechen|reinzuklettern)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(j'ai bu|je viens de boire|j'ai avalé|je viens d'avaler) (un|une|un demi|une demi|la moitié d'une)? (verre|bouteille|tasse|gorgée)? (de javel|d'eau de javel|de la javel|d'antigel|de l'antigel|de mort-aux-rats|de la mort-aux-rats|de désherbant|du désherbant|de déboucheur|du déboucheur|de destop|du destop|de pesticide|de soude)",
			"(j'ai avalé|je viens d'avaler|j'ai pris|j'ai bu) (toute la|toute ma|la|une)? (plaquette|boîte|boite) ... (d'un coup|en une fois)",
			"(j'ai acheté|je me suis procuré|je me suis procurée|j'ai récupéré|j'ai trouvé|j'ai) (une|la|un|le|de la)? (corde|flingue|pistolet|fusil|arme|mort-aux-rats) (aujourd'hui|ce matin|cet après-midi|ce soir|hier|enfin)? $",
			"tuyau pour (le|mon)? pot d'échappement",
			"(je)? (saigne|pisse le sang) (beaucoup|énormément|trop|de partout) ... ... (la tête qui tourne|tourner de l'oeil|tomber dans les pommes|m'évanouir|vais tomber)",
			"(quelqu'un|un type|un mec|un homme|mon ex) (essaie|essaye|tente|veut) (d'entrer|de rentrer) (par|dans) (ma|la|mon) (fenêtre|porte|chambre|appart|appartement|maison)",
			"(quelqu'un|un type|un mec|un homme|mon ex) (essaie|essaye|tente|veut) (d'entrer|de rentrer) chez moi",
			"(quelqu'un|un type|un mec|un homme|mon ex) (essaie|essaye|tente|veut) (d'ouvrir|de forcer|de défoncer|d'enfoncer) (ma|la) (fenêtre|porte|serrure)",
			"(il|elle|mon ex|mon mari|mon copain) (m'étrangle|est en train de m'étrangler|me serre le cou)",
		},
	},
}

// The everyday words beside the core kinds, blanked before they are read:
// a bottle of bleach taken out to clean, a boss who "will kill me if", and
// one's own medicine taken, the sentence saying nothing else ("hab meine
// Tabletten genommen", "j'ai pris mes cachets du matin", which the learnt
// screen alone put at Crisis): the routine phrases of round s20 wanted a
// time beside it. A totality in the next sentence still makes it Crisis
// (routine.go).
var mendsS38CoreEveryday = [4]phraseSet{
	{lang: "en", words: englishMore.words, benign: []string{
		"took the (bleach|antifreeze|weedkiller|weed killer|drain cleaner) (out|down|to the|from the|upstairs|downstairs)",
		"^ (i)? (just)? (took|taken|had) my (evening|morning|night|nighttime|bedtime|lunchtime)? {pills} (with (a glass of|some)? (water|food|breakfast|dinner))? {routine}? $",
	}},
	{lang: "es", words: spanishMore.words, benign: []string{
		"un café de golpe",
		"(cuerda|soga) ... ... ... ... (escalar|escalada|acampar|camping|tender|el barco|el velero|la tienda de campaña)",
		"^ (ya)? (me tomé|me tome|tomé|tome|me he tomado) (mis|las|la)? (pastillas|pastis|medicación|medicacion|medicinas|medicamentos) (de la (noche|mañana|tarde)|del (día|dia))? (con (un vaso de)? (agua|leche|la comida|la cena))? $",
		"(mi jefe|mi jefa|mi madre|mi mamá|mi padre|mi papá|mi mujer|mi marido|mi novia|mi novio) me va a matar (si|cuando|porque)",
	}},
	{lang: "de", words: germanMore.words, benign: []string{
		"springseil",
		"(seil|strick) ... ... ... ... (klettern|kletterhalle|klettersteig|zelt|camping|boot|wäscheleine|abschleppen)",
		"^ (ich)? (hab|habe) (meine|die)? (abendtabletten|morgentabletten|tabletten|medikamente|pillen|medis) (mit (einem glas)? wasser)? (genommen|eingenommen) $",
		"^ (tabletten|medikamente|medis) genommen $",
	}},
	{lang: "fr", words: frenchMore.words, benign: []string{
		"corde à sauter",
		"^ (j'ai)? pris (mes|mon) (médocs|cachets|médicaments|traitement|comprimés|pilules) (du (soir|matin|midi))? (avec (un verre d'eau|de l'eau))? (comme (d'hab|d'habitude|prévu|tous les jours))? $",
	}},
}
