package risk

// mendsS38Plain are plain first-person sentences of the list that
// a probe of the four languages found under their level after the core
// kinds: intent with a time ("i'll end it tomorrow", "demain j'en finis",
// None), pills made ready in Spanish ("tengo las pastillas listas",
// Review), and self-harm or giving up said in the fewest words ("ich
// verletze mich selbst", "je me fais du mal", "plus rien a de sens",
// None). Each ends its sentence or names what it means, so that "i'll end
// it with him tomorrow" and "demain j'en finis avec ce dossier" stay
// ordinary. Not "je peux plus" or "morgen mach ich Schluss" alone: a
// phrase hides its words from the learnt screen, which reads them with a
// goodbye beside them as Crisis ("je peux plus. je vous aime tous.
// adieu"), and a Review phrase held those at Review (a clinician's read).
var mendsS38PlainEveryday = [2]phraseSet{
	{lang: "es", words: spanishMore.words, benign: []string{
		"(me dejó|me dejo|me regaló|me regalo|heredé|herede) (su|el) cuchillo de cocina",
	}},
	{lang: "fr", words: frenchMore.words, benign: []string{
		"(me jeter|sauter) dans la piscine (tellement|parce qu'il|car il|il fait|avec cette|avec la)",
	}},
}

var mendsS38Plain = [4]phraseSet{
	{lang: "en", words: englishMore.words,
		crisis: []string{
			"(i'll|i will|i'm going to|im going to|i'm gonna|im gonna|gonna) end it (all)? (tomorrow|tonight|today|this weekend|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) $",
			"(i'm going to|im going to|i'm gonna|im gonna|gonna|i'll|i will|i want to) (throw myself|jump|lie down|step|get) (under|in front of) (the|a) (train|tube|bus|lorry|truck)",
			"(walk|wade|go) into the (sea|lake|river|water) (until|till) (i can't|i cannot|i don't|i no longer) (touch the bottom|come back|stand|feel the bottom)",
			"(i have|i've got|ive got|got|holding) (the|a|my dad's|my) (knife|gun|blade|razor|pills) ... ... (i'm going to|im going to|i'm gonna|im gonna|gonna|i'll) do it (now|tonight|right now)",
		},
	},
	{lang: "es", words: spanishMore.words,
		crisis: []string{
			"(tengo|ya tengo) las (pastillas|pastis|pildoras|píldoras) (listas|preparadas|contadas|juntas) $",
			"(tengo|ya tengo) las (pastillas|pastis|pildoras|píldoras) guardadas para (hoy|esta noche|mañana)",
			"(cuerda|soga) ... ... ... para (colgarme|ahorcarme)",
			"(meterme|entrar|caminar|adentrarme) (al|en el|en la) (mar|río|rio|lago|agua) hasta (no poder volver|no volver|no hacer pie|ahogarme|que no (pueda|haga) pie)",
			"me voy a (tirar|poner|echar|acostar) (bajo|debajo del|delante del|frente al|a las vías del|en las vías del) (tren|metro|camión|camion|bus)",
			"(tengo) (el|la|un|una) (cuchillo|pistola|navaja|pastillas|arma) ... ... lo voy a hacer (ya|ahora|esta noche|ahorita)",
		},
	},
	{lang: "de", words: germanMore.words,
		crisis: []string{
			"(nehm|nehme) ich mir (heute|morgen|dann|jetzt|endlich|halt)? das leben",
			"(ich)? (werf|werfe|leg|lege|stell|stelle) mich (heute|morgen|heute nacht|gleich|dann)? (vor|unter) (den|einen|die|eine) (zug|u-bahn|s-bahn|lkw|laster|bus)",
			"ins (meer|wasser|see) (gehen|laufen|reingehen) bis ich (nicht mehr stehen kann|keinen boden mehr|nicht mehr zurück)",
			"(hab|habe) (das|ein|die|meine) (messer|pistole|tabletten|waffe|klinge) ... ... (ich)? (mach|mache) (es|das|'s) (jetzt|gleich|heute|heute nacht)",
		},
		review: []string{
			"(ich)? (verletze|verletz|schneide|schneid) mich (selbst|wieder)",
			"(ich)? (ritze|ritz) mich (selbst|wieder|immer wieder|ständig|jeden tag)?",
			"(nichts|nix) (hat|macht) mehr (einen)? sinn",
		},
	},
	{lang: "fr", words: frenchMore.words,
		crisis: []string{
			"(demain|ce soir|cette nuit|ce week-end|ce weekend|bientôt|aujourd'hui) (j'en finis|j'en finirai|je vais en finir) $",
			"(j'en finis|j'en finirai|je vais en finir) (demain|ce soir|cette nuit|ce week-end|ce weekend|aujourd'hui) $",
			"je vais me (mettre|jeter|coucher|allonger) (sous|devant) (le|un) (train|métro|metro|tram|camion|bus)",
			"(c'est|ce sera) (là|ce jour-là|à ce moment-là|a ce moment-la) que je le (fais|ferai|fait) $",
			"(j'ai|je tiens|jai) (le|un|mon) (couteau|flingue|fusil|pistolet|cutter|rasoir) ... ... je vais le faire (maintenant|ce soir|tout de suite|là)",
			"(j'ai|je tiens|jai) (le|un|son|mon) (fusil|flingue|pistolet|couteau|arme) ... ... (dans les mains|dans la main|en main|contre ma tempe|contre moi)",
			"je me suis (brûlé|brûlée|brule|brulee|coupé|coupée|coupe|coupee|scarifié|scarifiée) exprès",
			"(marcher|entrer|aller|avancer) dans (la mer|le lac|la rivière|l'eau) jusqu'à (me noyer|plus revenir)",
			"je vais (marcher|entrer|aller|avancer) dans (la mer|le lac|la rivière|l'eau) (ce soir|cette nuit)? jusqu'à (plus avoir pied|ne plus avoir pied)",
			"tout est prévu ... ... (médocs|cachets|alcool|corde|pont)",
			"(quelqu'un|un type|un mec|un homme) qui (essaie|essaye|tente) (d'entrer|de rentrer|de forcer) (chez moi|ma porte|la porte|par la fenêtre)",
		},
		review: []string{
			"je me (fais|suis fait|suis faite) du mal",
			"je me (coupe|mutile|scarifie) (encore|à nouveau|de nouveau)?",
			"plus rien a de sens",
			"(la|ma) vie a plus (de|aucun) sens",
		},
	},
}

// mendsS38Plain2 are plain set 2's misses (a second plain writer:
// dialects, second-language speakers), as kinds: a life ended in Bavarian
// ("heut bring i mi um") or in a learner's German ("ich töte mich"), drain
// cleaner drunk, lying on the tracks or steering into oncoming traffic,
// "when they are asleep it is over", hanging oneself tonight ("hoy en la
// noche me cuelgo"), a rope hung from the wardrobe, "j'avale tout", into
// the sea "cette nuit", jumping in front of a train, "that's when I'm
// doing it"; and at Review a wish said plainly ("ohne mich hätten es meine
// Kinder leichter", "me da igual si me muero mañana", "merezco sufrir",
// "si je meurs demain, tant pis", "je pèse sur tout le monde").
var mendsS38Plain2 = [4]phraseSet{
	{lang: "en", words: englishMore.words,
		crisis: []string{
			"(i'm|im|i am) (jumping|stepping|throwing myself) (in front of|under) (the|a) (next|passing|oncoming|#)? ... (train|bus|truck|lorry|tram|subway|express|car)",
		},
		review: []string{
			// Alone it says no more than a time: the question, not the alarm.
			"^ (that's|that is|thats) when (i'm|im|i am|i'll|i will) (doing|do) it $",
		},
	},
	{lang: "es", words: spanishMore.words,
		crisis: []string{
			"(hoy|esta noche|hoy en la noche|mañana|ahorita|hoy mismo) me cuelgo $",
			"me cuelgo (hoy|esta noche|mañana|ahorita|hoy mismo) $",
			"(hoy|esta noche|hoy en la noche|mañana|ahorita|hoy mismo) me ahorco",
			"me ahorco (hoy|esta noche|mañana|ahorita|hoy mismo)",
			"(la|una|mi) (soga|cuerda) (ya)? (está)? (colgada|atada|amarrada) (del|de la|en el|en la) (ropero|armario|viga|techo|rama|árbol|arbol|puerta|barandal) $",
		},
		review: []string{
			"(me da igual|me da lo mismo|no me importa) si me muero",
			"merezco (sufrir|morir|morirme)",
		},
	},
	{lang: "de", words: germanMore.words,
		crisis: []string{
			"(heut|heute|morgen|heut nacht|heute nacht|dann|bald|jetzt) (bring|bringe) (i|ich) (mi|mich) (halt|jetzt|einfach)? um",
			"ich (töte|tote) mich",
			"(hab|habe) ... ... (rohrreiniger|wc-reiniger|wc reiniger|lampenöl|lampenol|brennspiritus) (getrunken|geschluckt)",
			"(leg|lege|setz|setze) (ich)? mich ... (auf|zwischen) die (gleise|schienen)",
			"(lenk|lenke|fahr|fahre) ich ... in den gegenverkehr",
			"wenn (alle|meine eltern|meine frau|mein mann|die kinder|die anderen) (schlafen|weg sind|aus dem haus sind) ... (ist es vorbei|mach ich es|mach ichs|tu ich es|ist schluss) $",
		},
		review: []string{
			"ohne mich (hätten|hätte|wäre|wären) (es)? ... (leichter|besser dran)",
			"wenn ich (morgen|heute|bald)? sterbe ... (recht|egal)",
			"mich in luft auflösen",
		},
		negated: []string{"ich (töte|tote) mich nicht"},
		benign: []string{
			"(fast|beinahe|kurz|zu weit|fast schon) in den gegenverkehr",
			"(mich|mi) um (die|meine|jede) (chance|chancen|gelegenheit)",
		},
	},
	{lang: "fr", words: frenchMore.words,
		crisis: []string{
			"(ce soir|cette nuit|maintenant|demain|tout à l'heure) j'avale tout $",
			"j'avale (toute la boîte|tous les cachets|toute la plaquette|tous mes médocs)",
			"(marcher|entrer|aller|avancer) dans (la mer|le lac|la rivière|l'eau) ... ... jusqu'à (me noyer|plus revenir)",
			"(marcher|entrer|aller|avancer) dans (la mer|le lac|la rivière|l'eau) (ce soir|cette nuit) ... jusqu'à (plus avoir pied|ne plus avoir pied)",
			"quand (tout le monde|tous|les autres|mes parents|ma femme|mon mari) (dort|dorment|sera couché|seront couchés|sera parti|seront partis) ... je le (fais|ferai|fait) $",
		},
		review: []string{
			"si je meurs ... (tant pis|ça m'est égal|je m'en fous|c'est pas grave)",
			"je pèse sur (tout le monde|les autres|ma famille|mes proches)",
		},
	},
}
