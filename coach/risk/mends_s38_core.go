package risk

// The core kinds. Thirteen sessions of rounds learnt each writer's ways of
// saying a crisis and carried little to the next writer; sets 38 and 39
// showed why: the plainest words of the issue's own list still slipped,
// in one language or another ("me tomé medio vaso de cloro", "compré una
// cuerda", "he's choking me", "someone is trying to break in", "j'ai
// acheté une corde"). These are written from that list, not from a
// writer: a poison drunk or a month of pills at once; the means of the
// issue (a rope, a gun, a hose for the exhaust) got, with the sentence
// ending on them, so that a purpose after them ("for the tent", "à
// sauter") keeps them ordinary; someone hurting the writer or breaking in
// now; German with the verb before "ich"; self-harm told where it is done
// (Review). Each is in the four languages, beside the everyday
// twins of its words (mends_s38_core_test.go).
var mendsS38Core = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			// Pills, not wine: a bottle downed in one go is drink, Review at most.
			"(took|swallowed|downed|necked|taken) (my|a|the|all my)? (whole|entire)? (month's|months|month of|week's|weeks|week of|bottle of|box of|pack of|packet of|strip of|blister of|tub of) (pills|meds|tablets|medication|medicine|sleeping pills|painkillers|antidepressants) ... (at once|in one go|all at once)",
			"(just|i)? (drank|drunk|downed|swallowed|necked|chugged) (some|a bit of|half a (bottle|glass|cup|mug) of|a (bottle|glass|cup|mug) of|half the|the)? (antifreeze|anti freeze|bleach|rat poison|weedkiller|weed killer|drain cleaner|pesticide|paraquat|toilet cleaner|oven cleaner|lye|caustic soda)",
			// Got, not had: acquiring means is preparation (C-SSRS); what
			// one already has is read by the lists of round s20 and before.
			"(bought|got|picked up|ordered|got myself) (a|the|some)? (rope|noose|gun|pistol|handgun|shotgun|rifle) (today|tonight|yesterday|this morning|this afternoon|earlier|now|finally)? $",
			"(bought|got|picked up) (a|the)? (hose|tube|pipe) ... ... exhaust",
			"(he|she|they|he's|she's|my ex|my husband|my wife|my partner|my boyfriend|my girlfriend|my dad|my father|my stepdad|my mum|my mom|my mother|my brother|my son|my roommate|my flatmate) (is|are|was)? (choking|strangling) me",
			"(grabbed|grabbing|had|has|got) me by the (throat|neck)",
			"(hands|hand|arm) (were|was|are|is)? (around|round|on) my (throat|neck)",
			"(he|she|they|he's|she's|my ex|my husband|my partner|my boyfriend|my dad|my father|my stepdad|my brother) (put|had|has|got) me in a (chokehold|choke hold|headlock)",
			"(someone|somebody|a man|a guy|some guy|a stranger|my ex|there's someone|there is someone|theres someone|he|she|they|he's|she's|they're) (is|are)? (trying to|tryna) (break in|get in) $",
			"(someone|somebody|a man|a guy|some guy|a stranger|my ex|there's someone|there is someone|theres someone|he|she|they|he's|she's|they're) (is|are)? (trying to|tryna) (break in|get in|climb in|break into|get into) (through|by|at|to)? (the|my) (front|back|bedroom|kitchen)? (door|window|flat|house|room|apartment|place)",
			"(someone|somebody|a man|a guy|some guy|a stranger|my ex|there's someone|there is someone|theres someone|he|she|they|he's|she's|they're) (is|are)? (trying to|tryna) (force|kick in|kick down|break down|open) (the|my) (front|back|bedroom)? (door|window|lock)",
		},
		review: []string{
			// Self-harm told plainly, where it is done (a leg, an arm, a
			// wrist), the sentence ending there: "i cut my legs again" was
			// None. An accident says where ("on a rusty gate").
			"i (cut|burned|burnt) my (legs|arms|wrists|thighs|stomach|leg|arm|wrist|thigh) (again|last night|tonight|today|this morning)? $",
			"i (cut|burned|burnt|hurt) (myself|my (finger|hand|arm|leg)) on purpose",
			"i'm cutting (myself)? again",
			// A partner's threat to kill is a lethality marker, and also a
			// common figure of speech ("my wife will kill me when she sees
			// the bill"): the safety question tells them apart.
			"(my husband|my boyfriend|my ex|my partner|my wife|my girlfriend) (is going to|will|is gonna|gonna) kill me (when|if|once) (he|she|they) (gets|comes|get|come) (home|back|here)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(me tomé|me tome|me he tomado|me acabo de tomar|me trague|me tragué|me bebí|me bebi|tomé|tragué) (un|una|el|la|todo el|toda la|medio|media)? (bote|frasco|caja|blister|blíster|tira|paquete|vaso|botella) (entero|entera)? de (pastillas|pastis|medicamentos|medicinas|pildoras|píldoras|cloro|lejía|lejia|anticongelante|veneno|matarratas|raticida|insecticida|herbicida|salfumán)",
			"(me tomé|me tome|me he tomado|me acabo de tomar|me trague|me tragué|me bebí|me bebi) (un poco de|algo de)? (cloro|lejía|lejia|anticongelante|veneno|matarratas|raticida|insecticida|herbicida|salfumán|veneno para ratas)",
			"(me tomé|me tome|me he tomado|me trague|me tragué) todo lo (del|que había en el|que habia en el) botiquín",
			"(compré|compre|he comprado|conseguí|consegui|he conseguido|traje) (una|la)? (cuerda|soga|pistola|escopeta|arma) (hoy|ayer|esta mañana|esta tarde|esta noche|por fin|ya)? $",
			"manguera (para|al|del) (el)? (tubo de escape|escape)",
			"(la|mi) (cuerda|soga|pistola|escopeta) (está|esta|ya está|ya esta) (encima de la mesa|cargada|a mi lado|lista|preparada) $",
			"(la|mi) (pistola|escopeta|arma) (está|esta|ya está|ya esta) cargada",
			"me (agarró|agarro|cogió|cogio|apretó|apreto|tomó|tomo) (del|el|por el) cuello",
			"me (está|esta|estaba) (ahorcando|estrangulando|asfixiando)",
			"(alguien|un tipo|un hombre|un señor|mi ex|él|el|ella)? (está|esta|están|estan)? (intentando|tratando de|queriendo) (entrar|meterse) (por|en|a) (la|mi|el) (ventana|puerta|casa|cuarto|habitación|depa|departamento|piso|balcón)",
			"(alguien|un tipo|un hombre|un señor|mi ex|él|el|ella)? (está|esta|están|estan)? (intentando|tratando de|queriendo) (entrar a la fuerza|abrir (la|mi) (ventana|puerta)|forzar (la|mi) (puerta|ventana|cerradura)|tirar la puerta)",
		},
		review: []string{
			"(me corté|me corte|me he cortado|me quemé|me queme|me he quemado|me volví a cortar|me volvi a cortar) (las|los|mis|la|el|mi)? (piernas|brazos|muñecas|muslos|pierna|brazo|muñeca|muslo|panza|barriga) (otra vez|de nuevo|anoche|hoy|esta noche)? $",
			"(estoy sangrando|sangro) (mucho|muchísimo|un montón) ... ... (mareando|mareada|mareado|desmayar|desmayo)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(hab|habe) (grad|gerade|eben|vorhin|jetzt)? (die|eine|meine)? (ganze|ganzen)? (packung|schachtel|blister|dose|flasche) (tabletten|pillen|schlaftabletten|schmerztabletten|medikamente|antidepressiva|beruhigungstabletten) ... (geschluckt|genommen|eingeworfen)",
			"(hab|habe) ... ... (chlorreiniger|bleiche|frostschutz|frostschutzmittel|rattengift|unkrautvernichter|abflussreiniger|pflanzengift|gift) getrunken",
			"(hab|habe) (mir)? (heute|jetzt|gestern|endlich)? (ein|das|nen|einen|eine|die)? (seil|strick|pistole|waffe|knarre|gewehr) (besorgt|gekauft|geholt|organisiert)",
			"schlauch (für|fürs|an den) (den)? auspuff",
			"(das|mein|der|meine) (seil|strick|waffe|pistole) (ist|liegt|hängt) (schon)? (auf dem tisch|neben mir|bereit|geladen) $",
			"(der|mein) strick (hängt|hängt schon|ist schon fest|ist festgemacht) $",
			"(hab|habe) (alles|alle tabletten|alles was da war) aus (dem|meinem) (medizinschrank|arzneischrank|badezimmerschrank|spiegelschrank) (geschluckt|eingenommen) $",
			// The verb before "ich", after a time or "dann": "morgen bring
			// ich mich um" was None to the phrases and to the learnt screen.
			// After a time or "dann", or ending the sentence: "daran häng ich
			// mich auf" (get hung up on) and "damit bring ich mich um meine
			// Chance" are idioms.
			"(heute|morgen|heute nacht|heut nacht|dann|bald|jetzt|am wochenende|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|nach ... ...) (bring|bringe) ich mich (halt|einfach|dann|jetzt|wirklich|endlich|echt)? um",
			"(bring|bringe) ich mich (halt|einfach|dann|jetzt|wirklich|endlich|echt)? um $",
			"(heute|morgen|heute nacht|heut nacht|dann|bald|jetzt|am wochenende|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)) (häng|hänge|erhäng|erhänge) ich mich (halt|einfach|dann|jetzt|wirklich|endlich|echt)? auf",
			"(heute|morgen|heute nacht|heut nacht|dann|bald|jetzt|am wochenende) (erschieß|erschieße|vergift|vergifte) ich mich",
			"(er|sie|mein ex|mein mann|mein freund|mein vater|meine mutter) (würgt|erwürgt) mich",
			"(hat|hatte) mich (am hals|an der kehle) (gepackt|gewürgt)",
			"(jemand|einer|ein mann|ein typ|mein ex|er|sie) (versucht|versuchen) (durch|über) (das|die|mein|meine|den) (fenster|tür|balkon|keller) (reinzukommen|einzubrechen|reinzuklettern)",
			"(jemand|einer|ein mann|ein typ|mein ex|er|sie) (versucht|versuchen) (bei mir|in (die|meine) wohnung|ins haus) (reinzukommen|einzubrechen)",
			"(jemand|einer|ein mann|ein typ|mein ex|er|sie) (versucht|versuchen) (die|meine) (tür|wohnungstür|haustür|fenster) aufzubrechen",
			"(jemand|einer|ein mann|ein typ|mein ex|er|sie) (versucht|versuchen) reinzukommen $",
			"(jemand|einer|ein mann|ein typ|mein ex|er|sie) bricht (gerade|grad)? (bei mir|in meine wohnung|bei uns) ein",
		},
		review: []string{
			"(hab|habe) mir (wieder|schon wieder|gestern|heute)? (die|den|meine|meinen)? (beine|arme|handgelenke|oberschenkel|bein|arm|handgelenk) (aufgeschnitten|geritzt|verbrannt|geschnitten) $",
			"(hab|habe) (alles|alle tabletten|alles was da war) aus (dem|meinem) (medizinschrank|arzneischrank|badezimmerschrank|spiegelschrank) genommen $",
			"(ich)? (blute|blut) (stark|so stark|total|voll|extrem|wie verrückt) ... ... (schwindlig|schwarz vor augen|umkippen|ohnmächtig)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(j'ai bu|je viens de boire|j'ai avalé|je viens d'avaler) (un|une|un demi|une demi|la moitié d'une)? (verre|bouteille|tasse|gorgée)? (de javel|d'eau de javel|de la javel|d'antigel|de l'antigel|de mort-aux-rats|de la mort-aux-rats|de désherbant|du désherbant|de déboucheur|du déboucheur|de destop|du destop|de pesticide|de soude)",
			"(j'ai avalé|je viens d'avaler|j'ai pris|j'ai bu) (toute la|toute ma|la|une)? (plaquette|boîte|boite) ... (d'un coup|en une fois)",
			"(j'ai acheté|je me suis procuré|je me suis procurée|j'ai récupéré|j'ai trouvé) (une|la|un|le)? (corde|flingue|pistolet|fusil|arme) (aujourd'hui|ce matin|cet après-midi|ce soir|hier|enfin)? $",
			"tuyau pour (le|mon)? pot d'échappement",
			"(quelqu'un|un type|un mec|un homme|mon ex|il|elle|on|ils) (essaie|essaye|tente|veut|essaient|essayent) (d'entrer|de rentrer) (par|dans) (ma|la|mon) (fenêtre|porte|chambre|appart|appartement|maison)",
			"(quelqu'un|un type|un mec|un homme|mon ex|il|elle|on|ils) (essaie|essaye|tente|veut|essaient|essayent) (d'entrer|de rentrer) (chez moi|$)",
			"(quelqu'un|un type|un mec|un homme|mon ex|il|elle|on|ils) (essaie|essaye|tente|veut|essaient|essayent) (d'ouvrir|de forcer|de défoncer|d'enfoncer) (ma|la) (fenêtre|porte|serrure)",
			"(il|elle|mon ex|mon mari|mon copain) (m'étrangle|est en train de m'étrangler|me serre le cou)",
			"(il|elle|mon ex|mon mari|mon copain) m'a (pris|prise|attrapé|attrapée|serré|serrée) (à|par) la gorge",
		},
		review: []string{
			"je me suis (encore|de nouveau)? (coupé|coupée|brûlé|brûlée|scarifié|scarifiée) (les|la|le|mes)? (jambes|bras|poignets|cuisses|jambe|poignet|cuisse|ventre) (hier soir|ce soir|encore|aujourd'hui)? $",
			"(je)? (saigne|pisse le sang) (beaucoup|énormément|trop|de partout) ... ... (la tête qui tourne|tourner de l'oeil|tomber dans les pommes|m'évanouir|vais tomber)",
		},
	},
}

// Means said to be kept somewhere ("das Seil liegt im Kofferraum", "la
// cuerda está en el coche") have no phrase: the corpus holds them as
// crises and the learnt screen reads them so, and a phrase would mask
// their words from it (a Review phrase here put three of them from Crisis
// to Review).

// The everyday words beside the core kinds, blanked before they are read:
// a bottle of bleach taken out of a cupboard to clean, a boss or parent
// who "will kill me if", a rope for climbing, and one's own medicine
// taken in Spanish, German and French, the sentence saying nothing else
// ("hab meine Tabletten genommen", "j'ai pris mes cachets du matin", which
// the learnt screen alone put at Crisis): the routine phrases of round s20
// wanted a time beside it. Each names its medicine plainly and as one's
// own (a possessive, not "die Tabletten", not a named drug), so that
// "hab Tabletten genommen" is still read; a totality in the next sentence
// still makes it Crisis (routine.go). English needed no routine phrase.
var mendsS38CoreEveryday = [4]phraseSet{
	{lang: "en", words: englishMore.words, benign: []string{
		"took the (bleach|antifreeze|weedkiller|weed killer|drain cleaner) (out of|from) the (cupboard|cabinet|shed|garage|car|bag|trolley|cart) to (clean|do|wash|scrub)",
	}},
	{lang: "es", words: spanishMore.words, benign: []string{
		"un café de golpe",
		"(cuerda|soga) (para|de) (escalar|escalada|acampar|tender|tender la ropa|el barco|el velero|la tienda de campaña|saltar)",
		"^ (ya)? (me tomé|me tome|me he tomado) (mis|las) (pastillas|medicación|medicacion|medicinas|medicamentos) (de la (noche|mañana|tarde)|del (día|dia))? (con (un vaso de)? (agua|leche|la comida|la cena))? $",
		"(mi jefe|mi jefa|mi madre|mi mamá|mi padre|mi papá) me va a matar si",
	}},
	{lang: "de", words: germanMore.words, benign: []string{
		"springseil",
		"(bring|bringe) ich mich (noch|selbst)? um (den|meinen|meine) (schlaf|verstand|feierabend|nachtruhe)",
		"(kletterseil|seil zum klettern|seil für die kletterhalle|seil fürs (zelt|boot|klettern)|seil für (das zelt|den klettersteig|die wäsche))",
		"^ (ich)? (hab|habe) meine (abendtabletten|morgentabletten|tabletten|medikamente|medis) (mit (einem glas)? wasser)? (genommen|eingenommen) $",
	}},
	{lang: "fr", words: frenchMore.words, benign: []string{
		"corde à sauter",
		"^ (j'ai)? pris (mes|mon) (médocs|cachets|médicaments|traitement|comprimés) (du (soir|matin|midi))? (avec (un verre d'eau|de l'eau))? (comme (d'hab|d'habitude|tous les jours))? $",
	}},
}
