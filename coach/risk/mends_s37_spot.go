package risk

// Set 37 (a locksmith who also runs a tinnitus and migraine group), run
// twice for its figures before anyone read it, put 6 of its 120 ordinary
// lines at Crisis, the full alarm: a last message before an ordinary
// operation or "for a few days", "I want to die" said of a mishap (locked
// out, a lost save) or of shame ("morirse de pena"), and suicidal thoughts
// long past told to reassure newcomers. Written as kinds in the four
// languages: the idioms are blanked (benign), so a wish, a plan or a time
// beside them is still read; the past markers put thoughts "in uni" or
// "not for years" in the past, which is Review, not Crisis.
var mendsS37Spot = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		benign: []string{
			"(my)? last message (for|in) (a few|a couple of|a couple|two|three|four|five|#) (days|weeks)",
			"last message before (my|the|a)? (knee|hip|back|eye|foot|shoulder|dental|tooth|wisdom teeth|wisdom tooth)? (surgery|operation|op|procedure|extraction|colonoscopy|anaesthetic|anesthetic)",
			"(locked (myself|me) out|locksmith|lost my keys|left my keys|missed (the|my) (bus|train|flight)|parking ticket|speeding ticket|got towed|lost my save|did not save|didnt save) ... ... ... (i want to die|i wanna die|kill me now|i could die) ({joke})?",
		},
		past: []string{
			"(in|at) uni",
			"not (for|in) (years|ages|a long time) (now)?",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		benign: []string{
			"(mi)? último mensaje (en|por|durante) (unos|varios|un par de|dos|tres|cuatro|#) (días|semanas)",
			"último mensaje antes de (mi|la)? (operación|cirugía|intervención|anestesia|extracción) (de)? (la|las|el|los)? (rodilla|cadera|muelas|muela|muelas del juicio|espalda|ojo|hombro)?",
			"(me|se me)? (quería|quiero|queria|iba a|voy a) morir de (la)? (pena|vergüenza|risa)",
			"morirme de (la)? (pena|vergüenza|risa)",
			"(llaves|cerrajero|multa|grúa|perdí el (bus|tren|vuelo|camión)|no guardé la partida) ... ... ... me quiero morir",
		},
		past: []string{
			"en la (prepa|uni|facu|facultad|carrera)",
			"hace (años|mucho) que no",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		benign: []string{
			"letzte nachricht (für|fur) (ein paar|zwei|drei|vier|einige|#) (tage|wochen)",
			"letzte nachricht vor (der|meiner|dem|meinem)? (op|operation|narkose|zahn op|weisheitszahn op|weisheitszähne|knie op|eingriff)",
			"(schlüssel|schlüsseldienst|ausgesperrt|strafzettel|abgeschleppt|bus verpasst|zug verpasst|nicht gespeichert) ... ... ... (ich will sterben|ich möchte sterben|bringt mich um)",
		},
		past: []string{
			"(im|während dem|während des) studium",
			"seit jahren (nicht mehr)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		benign: []string{
			"dernier message (pour|avant) (deux|trois|quelques|#) (jours|semaines)",
			"dernier message avant (mon|ma|mes|la|le)? (opé|opération|chirurgie|intervention|anesthésie|extraction|dents de sagesse)",
			// "l'opération" is one word once elided.
			"dernier message avant (l'opé|l'opération|l'intervention|l'anesthésie|l'extraction)",
			"(je vais|je serai|vais) (être)? (hs|off|absent|absente|injoignable|déconnecté|déconnectée) (pour)? (deux|trois|quelques|#) jours",
			"(perso|personnage|sauvegarde|sauvegardé|partie|boss|clés|serrurier|amende|pv|raté le (bus|train)) ... ... ... (je vais me pendre|je veux mourir|tuez-moi|je vais mourir)",
		},
		past: []string{
			"(à|a) la fac",
			"(depuis|ça fait) des années (que)? (plus|pas)?",
		},
	},
}

// other12 (a delivery driver who moderates a game's voice chat) put 4 of
// its 48 ordinary lines at Crisis; three were "I'll kill myself" shouted
// over a lost match, someone's rage in a game reported with "just tilt".
// Tied to the game lost, the words are an idiom, whoever says them.
var mendsS37Rage = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		benign: []string{
			"(end it all|kill myself|kill himself|kill herself|kms|hang myself|hang himself|die) (bit|joke)? (over|after|because of|cause of) (a|the|his|her|their|our|my|that)? (lost|losing|bad|missed) (match|game|round|ranked|fight|clutch)",
			"(kill myself|kill himself|kill herself|end it all|hang myself|hang himself) if (we|i|he|she|they) (lose|lost) (again|another (match|game|round))?",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		benign: []string{
			"(me mato|me voy a matar|me cuelgo|me quiero morir) si (perdemos|pierdo|pierden|volvemos a perder) (otra vez|de nuevo|otra partida)?",
			"(me mato|me voy a matar|me cuelgo) (por|después de|despues de) (perder|perdí|perdimos) (la|el|otra)? (partida|ranked|match|juego|ronda)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		benign: []string{
			"(bring mich um|bringe mich um|bring ich mich um|häng mich auf|hänge mich auf|erschieß mich) (wenn|falls) (wir|ich) (nochmal|noch einmal|noch mal|wieder)? (verlieren|verliere|verlier)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		benign: []string{
			"(je vais me pendre|je vais me tuer|je me tue|je me pends|je vais mourir) (après avoir|parce que j'ai|quand j'ai|parce qu'il a|quand il a)? (raté|perdu|loupé|foiré) (son|sa|le|la|mon|ma|ses|mes|un|une|notre)? (clutch|match|partie|manche|game|boss|ranked|round|tir)",
			"(je vais me pendre|je vais me tuer|je me tue|je me pends) si (on|je) (perd|perds|reperd|reperds) (encore)?",
		},
	},
}
