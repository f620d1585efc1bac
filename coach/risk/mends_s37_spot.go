package risk

// Set 37 (a locksmith who also runs a tinnitus and migraine group), run
// twice for its figures before anyone read it, put 6 of its 120 ordinary
// lines at Crisis, the full alarm: a last message before an ordinary
// operation or "for a few days", "I want to die" said of a mishap (locked
// out, a lost save) or of shame ("morirse de pena"), and suicidal thoughts
// long past told to reassure newcomers. Written as kinds in the four
// languages: the idioms are blanked (benign), so a wish, a plan or a time
// beside them is still read; the past markers put thoughts had "in uni"
// in the past, which is Review, not Crisis. A clinician's read narrowed
// them: "I want to die" after a mishap is an idiom only with a laugh
// beside it, "morir de pena" is grief in Spain, a bare procedure or
// "Eingriff" may be assisted dying, a place ("at uni") is no past unless
// a past verb goes with it, and "seit Jahren nicht mehr" is ideation now.
var mendsS37Spot = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		benign: []string{
			"(my)? last message for (a few|a couple of|a couple|two|three|four|five|#) (days|weeks)",
			"last message before (my|the|a)? (knee|hip|back|eye|foot|shoulder|dental|tooth|wisdom teeth|wisdom tooth)? (surgery|operation|op|extraction|colonoscopy|anaesthetic|anesthetic)",
			"(locked (myself|me) out|locksmith|lost my keys|left my keys|missed (the|my) (bus|train|flight)|parking ticket|speeding ticket|got towed|lost my save) ... ... ... (kill me now|i could die)",
			"(locked (myself|me) out|locksmith|lost my keys|left my keys|missed (the|my) (bus|train|flight)|parking ticket|speeding ticket|got towed|lost my save) ... ... ... (i want to die|i wanna die) {joke}",
		},
		past: []string{
			"(had|used to have) ... ... (in|at) uni",
			"(back|when i was) (in|at) uni",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		benign: []string{
			"(mi)? último mensaje (en|por|durante) (unos|varios|un par de|dos|tres|cuatro|#) (días|semanas)",
			"último mensaje antes de (mi|la)? (operación|cirugía|extracción) (de)? (la|las|el|los)? (rodilla|cadera|muelas|muela|muelas del juicio|espalda|ojo|hombro)?",
			// Not "de pena": in Spain it is grief, not shame.
			"(me|se me)? (quería|quiero|queria|iba a|voy a) morir de (la)? (vergüenza|risa)",
			"morirme de (la)? (vergüenza|risa)",
			"(llaves|cerrajero|multa|grúa|perdí el (bus|tren|vuelo|camión)) ... ... ... me quiero morir (jaja|jajaja|jajajaja|jsjs|xd|lol)",
		},
		past: []string{
			"(tuve|tenía|tenia) ... ... en la (prepa|uni|facu|facultad|carrera)",
			"en la (prepa|uni|facu|facultad|carrera) (intenté|intente|traté|trate|quise|tuve|tenía|tenia)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		benign: []string{
			"letzte nachricht (für|fur) (ein paar|zwei|drei|vier|einige|#) (tage|wochen)",
			"letzte nachricht vor (der|meiner|dem|meinem)? (op|operation|narkose|zahn op|weisheitszahn op|weisheitszähne|knie op)",
			"(schlüssel|schlüsseldienst|ausgesperrt|strafzettel|abgeschleppt|bus verpasst|zug verpasst) ... ... ... bringt mich um",
		},
		past: []string{
			"(hatte|hab|habe) ... ... (im|während dem|während des) studium",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		benign: []string{
			"dernier message pour (deux|trois|quelques|#) (jours|semaines)",
			"dernier message avant (mon|ma|mes|la|le)? (opé|opération|chirurgie|anesthésie|extraction|dents de sagesse)",
			// "l'opération" is one word once elided.
			"dernier message avant (l'opé|l'opération|l'anesthésie|l'extraction)",
			"(je vais|je serai|vais) (être)? (hs|off|absent|absente|injoignable|déconnecté|déconnectée) (pour)? (deux|trois|quelques|#) jours",
			"(pas sauvegardé|sauvegarde perdue|clés|serrurier|amende|pv|raté le (bus|train)) ... ... ... tuez-moi",
		},
		past: []string{
			"(j'avais|j'ai eu|javais) ... ... (à|a) la fac",
		},
	},
}

// other12 (a delivery driver who moderates a game's voice chat) put 4 of
// its 48 ordinary lines at Crisis; three were "I'll kill myself" shouted
// over a lost match, someone's rage in a game reported with "just tilt".
// Tied to a game lost, named as one, the words are an idiom, whoever says
// them; "if I lose custody" or "after that fight" is no game.
var mendsS37Rage = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		benign: []string{
			"(end it all|kill myself|kill himself|kill herself|kms|hang myself|hang himself|die) (bit|joke)? (over|after|because of|cause of) (a|the|his|her|their|our|my|that)? (lost|losing|missed) (match|game|ranked|clutch)",
			"(kill myself|kill himself|kill herself|end it all|hang myself|hang himself) if (we|i|he|she|they) (lose|lost) (this|the|another|one more) (match|game|round|ranked)",
			"(match|game|ranked|lobby|vc|voice chat|discord) ... ... ... (kill myself|kill himself|kill herself|end it all) if (we|i|he|she|they) (lose|lost) again",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		benign: []string{
			"(me mato|me voy a matar|me cuelgo|me quiero morir) si (perdemos|pierdo|pierden|volvemos a perder) (otra|esta|la) (partida|ranked|ronda)",
			"(partida|ranked|juego|lobby|chat de voz|discord) ... ... ... (me mato|me voy a matar|me cuelgo) si (perdemos|pierdo|pierden) (otra vez|de nuevo)",
			"(me mato|me voy a matar|me cuelgo) (por|después de|despues de) (perder|perdí|perdimos) (la|el|otra)? (partida|ranked|match|juego|ronda)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		benign: []string{
			"(lobby|runde|spiel|match|game|ranked|zocken|voice|discord) ... ... ... (bring mich um|bringe mich um|bring ich mich um|häng mich auf|hänge mich auf) (wenn|falls) (wir|ich) (nochmal|noch einmal|noch mal|wieder)? (verlieren|verliere|verlier)",
			"(bring mich um|bringe mich um|häng mich auf|hänge mich auf) (wenn|falls) (wir|ich) (die|diese|noch eine|nochmal eine) (runde|partie|match|game) (verlieren|verliere)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		benign: []string{
			"(je vais me pendre|je vais me tuer|je me tue|je me pends|je vais mourir) (après avoir|parce que j'ai|quand j'ai|parce qu'il a|quand il a)? (raté|perdu|loupé|foiré) (son|sa|le|la|mon|ma|ses|mes|un|une|notre)? (clutch|match|partie|manche|game|ranked|round)",
			"(je vais me pendre|je vais me tuer|je me tue|je me pends) si (on|je) (perd|perds|reperd|reperds) (encore)? (la|cette|une)? (partie|game|ranked|manche)",
		},
	},
}
