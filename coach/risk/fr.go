package risk

// french holds the French phrases. Apostrophes go in the text and in
// the phrases alike ("j'ai" is "jai"), and "ne" is often left out in
// speech, so phrases make it optional.
var french = phraseSet{
	lang: "fr",
	words: map[string]string{
		"veux":     "(veux|voulais|voulait|voulu|voudrais|aimerais|souhaite|envie de|besoin de|rêve de|dois|devrais|prêt à|prête à)",
		"desire":   "({veux}|vais|pense à|pense a|pourrais|essayer de|essaie de|essaye de|compte|prévois de|songe à|il faut que je)",
		"adv":      "(très|tellement|vraiment|un peu|assez|si)",
		"pilules":  "(pilules|médicaments|médocs|medocs|cachets|comprimés|somnifères|antidépresseurs|kétamine)",
		"toujours": "(pour toujours|à jamais|pour de bon|définitivement|pour l'éternité|une bonne fois pour toutes)",
		// Words people put between wanting and what they want.
		"juste": "(juste|encore|vraiment|seulement|simplement|tellement|sérieusement)",
		// Being gone, as the condition of others being better off.
		"parti":  "(si|quand) (je crevais|je crève|j'étais plus là|je me foutais en l'air|je ne serai plus là|je n'étais plus là|j'étais mort|j'étais morte|je mourais|je meurs|je disparaissais|je disparais|je n'existais plus|je serai mort|je serai morte|je n'étais pas là|je me tuais|je me suicidais)",
		"autres": "(aussi|toujours|déjà|vraiment|même)",
		// Living, however it is put, after "de" or its elided "d'".
		"devivre": "(de vivre|de rester en vie|d'être en vie|d'être là|d'exister|de continuer à vivre|de continuer)",
		// How many years or months: "il y a deux ans".
		"nombre": "(#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs|des|de nombreuses)",
		// An age, in digits or words.
		"age": "(#|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt)",
		// How often or how long, between a phrase and what closes it.
		"souvent": "(tous les jours|tout le temps|souvent|à l'époque|pendant des années|pendant longtemps|longtemps)",
		// Not noticing, or not caring, that the writer is gone.
		"remarquer": "(me)? (verrait|remarquerait|s'apercevrait|se rendrait compte|s'en rendrait compte|s'en apercevrait|s'en soucierait|regretterait|pleurerait|manquerais|ferait attention|s'en ficherait|s'en foutrait|serait triste)",
		// An ordinary reason to stop writing for a while: "avant mes vacances",
		// "jusqu'à lundi". Sleep only if it ends the sentence.
		"pause": "((avant|jusqu'à|jusqu'au|car|parce que|puisque) (de|que)? (je|on)? (pars|partir|vais|aller|d'aller|m'en vais|rentre)? (en|au|à la|à l'|aux|à)? (mes|les|nos|mon|ma|le|la|un|une)? (vacances|voyage|week-end|weekend|vol|aéroport|boulot|travail|cours|lit|examen|partiel|partiels|contrôle|entretien|rendez-vous|séance|thérapie|réunion|opération|dîner|déjeuner|mariage|soirée|match|concert|présentation)|avant (de dormir|de m'endormir|d'aller dormir|de me coucher|d'aller me coucher) $|(jusqu'à|à) (demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine prochaine|mon retour)|pour (aujourd'hui|ce soir|la journée|la semaine|le moment|l'instant))",
		// The writer's verbs of intent or ability that "ne ... pas" wraps:
		// "je ne vais pas", "je ne compte pas". Not "va": "ça va pas".
		"verbe": "(vais|veux|voudrais|compte|pense|pourrais|saurais|oserais|oserai|ferai|ferais|irai|irais|dois|devrais|souhaite|prévois|envisage|essaierai|tenterai)",
	},
	crisis: []string{
		// Throwing oneself, in the present: "je me jette sous le RER".
		"je me (jette|lance) (sous|du haut|du|d'un|de la|par la|dans le vide)",
		"(avale|avaler|avalerai|vais avaler) tout ce qui (reste|restait) (dans|de) (la|ma)? (pharmacie|armoire à pharmacie|médocs|cachets|boîte)",
		"(ce serait|ça serait|ce sera) (plus simple|mieux|plus facile) si (j'étais|j'étais) (mort|morte)",
		// A wish to be dead, now: "j'voudrais être morte".
		"(veux|voudrais|j'veux|j'voudrais|aimerais|j'aimerais|préférerais|souhaiterais) {juste}? être (mort|morte)",
		"si seulement (j'étais|j'etais) (mort|morte)",
		"(m'endormir|dormir) et (que ce soit|que tout soit|que ça soit) (fini|terminé)",
		"{veux} (mourir|crever)",
		"(la mort|mourir|le suicide|me tuer) (est|serait|c'est|semble) (la|ma)? seule (issue|solution|option|porte de sortie)",
		"(seule|unique) (issue|solution|option|porte de sortie) (c'est|est|serait) (la mort|de mourir|mourir|le suicide|de me tuer|d'en finir)",
		"{veux} dormir (pour toujours|à jamais|pour l'éternité)",
		"{desire} {juste}? (me tuer|me suicider|me foutre en l'air|me pendre|me flinguer|me jeter|me donner la mort|me faire du mal|me couper|me scarifier|me taillader|m'ouvrir les veines|me noyer|m'empoisonner)",
		"{veux} {juste}? (disparaître|dormir|m'endormir|m'éteindre) ... {toujours}",
		"{veux} {juste}? (partir|m'en aller) {toujours}",
		"mettre (fin|un terme) (à|a) (tout|tout ça|tout cela|mes souffrances|ma souffrance)",
		"(marre|assez|ras le bol|ras-le-bol) (de la vie|de cette vie|{devivre})",
		"peux plus de vivre",
		"{veux} {juste}? arrêter de (vivre|exister)",
		"(mieux|plus heureux|plus heureuse|soulagé|soulagée|soulagés|tranquilles) ... {parti}",
		// "je ne serai plus là à partir de lundi" may be a new job.
		"ne? serai plus (là|ici) (demain|bientôt|ce soir|cette nuit|pour personne|dans quelques jours|$)",
		"ne? serai plus de ce monde",
		"(quitter|partir de) ce monde",
		"(je me suis|me suis) (encore|de nouveau|à nouveau)? (scarifié|scarifiée)",
		"(je me suis|me suis) (encore|de nouveau|à nouveau) (coupé|coupée|fait du mal)",
		"(accumulé|amassé|stocké|économisé) ... {pilules}",
		"{pilules} (accumulés|accumulées|amassés|amassées|en réserve)",
		// A farewell with love or an apology.
		"adieu ... (je vous aime|je t'aime|pardon|pardonnez-moi|merci pour tout)",
		"(c'est fini|c'est terminé) pour moi ... adieu",
		"(je vous aime|pardonnez-moi|pardon pour tout) ... adieu",
		"me suicider",
		"me suicide",
		// The present with a time: "je me tue ce soir", "vendredi je me
		// tue". Alone it is mostly a figure of speech ("je me tue à le
		// dire"); with a time it is a resolve.
		"je me (tue|suicide) (ce soir|cette nuit|demain|aujourd'hui|maintenant|tout de suite|ce week-end|ce weekend|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))",
		"(ce soir|cette nuit|demain|aujourd'hui|maintenant|ce week-end|ce weekend|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) ... ... ... ... ... ... je me (tue|suicide)",
		// The future tense: "je me tuerai", "je me scarifierai".
		"me (tuerai|suiciderai|couperai|scarifierai|tailladerai|ferai du mal|pendrai|foutrai en l'air|donnerai la mort)",
		// The conditional: "je me tuerais".
		"je me (tuerais|suiciderais|scarifierais|tailladerais|ferais du mal|pendrais|foutrais en l'air|donnerais la mort)",
		"(mettrai|mettrais) (fin|un terme) (à|a) (mes jours|ma vie|mon existence)",
		"me foutre en l'air",
		"me donner la mort",
		"m'ouvrir les veines",
		"(envie d'en|besoin d'en|veux en|vais en|voudrais en|pense à en) finir",
		"en finir avec (la vie|ma vie|tout|tout ça|l'existence)",
		"mettre (fin|un terme) (à|a) (mes jours|ma vie|mon existence)",
		"ne? (veux|voudrais) plus (vivre|exister|être là|être en vie|me réveiller)",
		"(plus|pas) (la force|le courage|l'envie|envie|le goût|besoin) {devivre}",
		"(aucune|plus de|pas de|plus aucune) raison {devivre}",
		"rien pour quoi vivre",
		"vaut (plus|pas) la peine d'être vécue",
		"mieux sans moi",
		"adieu (à tous|a tous|tout le monde|le monde|pour toujours)",
		"(c'est|voici) mon dernier message",
		"lettre d'adieu",
		"mes adieux",
		"(fatigué|fatiguée|marre|las|lasse|épuisé|épuisée) de (vivre|la vie|exister)",
		"(dormir|m'endormir) (et|pour) ne? (plus jamais|jamais|plus) me réveiller",
		"ne? (plus jamais|jamais plus) me réveiller",
		"ne (plus|jamais) me réveiller",
		"(j'ai pris|pris|avalé|j'ai avalé|je viens de prendre|{desire} (prendre|avaler)) (toutes|tous|toute la boîte de|la boîte de|une boîte de|##) (mes|les|de)? {pilules}",
		"(fait|pris) une (overdose|surdose)",
		"(je suis|je me sens|me sens|sentir) {adv}? suicidaire",
		"(j'ai|avoir) des (idées|pensées) suicidaires",
		"j'ai un plan $",
		"(je donne|donner|j'ai donné) (toutes)? mes (affaires|choses)",
		"(sauter|me jeter) (du|d'un|de la|d'une|par la) (pont|toit|immeuble|fenêtre|falaise|balcon)",
		"(me jeter|sauter) sous (un|le) (train|métro|bus|camion)",
		"(manquerais|manquerai) à personne",
		"(personne|nul) {remarquer} ... {parti}",
		"(ça|cela) (ne)? (changerait|ferait) (rien|aucune différence|pas de différence|pas la différence) ... {parti}",
		"tout le monde (s'en ficherait|s'en foutrait|s'en moquerait) ... {parti}",
		"quand je ne serai plus (là|de ce monde)",
		"ne serai plus (là|un fardeau) pour? longtemps",
	},
	review: []string{
		// A bridge passed and a thought left unsaid: the model alone had it.
		"(pont|quai|voies) ... (me traverse l'esprit|j'y pense|me vient)",
		"scarif*", "automutil*",
		"(pense|penser|pensé|pensées) ... (à|a) (la mort|mourir)",
		"(à|a) quoi bon",
		"(n'en|j'en) peux plus",
		"ne? peux plus continuer",
		"(plus|pas) (la force|le courage) de continuer",
		"(fatigué|fatiguée|épuisé|épuisée|marre|las|lasse) de (me battre|lutter)",
		"(je suis|me sens) un (fardeau|poids)",
		"({veux}|voudrais) disparaître",
		"ne jamais (naître|être né|être née)",
		"(me faire du mal|me tuer)",
		// Self-harm as a habit of the past: "je me coupais", "je me faisais du mal".
		"je me (coupais|scarifiais|mutilais|brûlais|faisais du mal)",
		"je vais mourir",
		"(préfère|préférerais) mourir",
		"merci pour tout $",
		"adieu $",
		"(overdose|surdose)",
		"ça ne sert à rien",
		"à quoi ça sert",
		"(c'est fini|c'est terminé) pour moi",
		// Someone else's wish or act, or a story's: a gentle question.
		"(veut|voulait|voudrait) (mourir|se tuer|se suicider|en finir)",
		"s'est (suicidé|suicidée|tué|tuée|donné la mort|pendu|pendue)",
	},
	negated: []string{
		"(pas|plus|jamais) suicidaire",
		"(aucune|pas d'|pas de|sans) (idée|idées|pensée|pensées) suicid*",
		"ne? (veux|voudrais|vais) (pas|jamais) (mourir|me tuer|me suicider|me faire du mal)",
		"(ferai|ferais|ferait) (pas|jamais|plus) (de|du)? mal",
		"(pas|jamais|plus) (envie d'|envie d|besoin d')? en finir",
		"ne? me (tuerai|tuerais|suiciderai|suiciderais|couperai|couperais|scarifierai|scarifierais|pendrai|pendrais) (pas|jamais|plus)",
		"(mettrai|mettrais|mets) (pas|jamais|plus) (fin|un terme) (à|a) (mes jours|ma vie|mon existence)",
	},
	benign: []string{
		// A meal out on the balcony is no height: "barbecue sur le balcon ce soir".
		"(barbecue|barbec|apéro|apero|dîner|diner|déjeuner|petit-déj|café|grillades|plancha) (sur|au) (le|mon|notre)? balcon",
		"(bord|rebord|coin) (du|de mon|de la|de ma) (lit|canapé|fauteuil|chaise|table|bureau|baignoire)",
		"(mort|morte|morts|mortes|meurs|meurt|mourir|mourrais|mourais|mourant|crève|crever|crevé) de (fatigue|rire|faim|soif|froid|chaud|peur|honte|ennui|envie|sommeil|jalousie)",
		"(va|vas|vont|allait|allaient) me tuer",
		"vivre (à|a|en|avec|ici|là|seul|seule|chez|ensemble)",
		"disparaître (sous|dans) (la|ma|mon|mes|un|une|le|les) (couette|lit|livre|livres|jeu|série|nature|montagne|forêt|musique|travail)",
		"disparaître (de|d'|des) (instagram|internet|les réseaux|réseaux|facebook|whatsapp|tiktok|le groupe)",
		"me réveiller (à #|tôt|si tôt|aussi tôt|avant #|avant midi|pour (le|la|aller|travailler))",
		"(coupé|coupée|couperai|brûlé|brûlée|brûlerai|fait mal|ferai mal) (en|au|à la|aux|avec) (cuisinant|me rasant|bricolant|jardinant|doigt|main|genou|dos|couteau|papier)",
		"(tuer|tuerai|tue) (à la tâche|au travail|au boulot|à la salle)",
		"me (couper|couperai|couperais|coupe|coupais|faire couper|ferai couper|faisais couper) les (cheveux|ongles|pointes)",
		"me (faire|ferai|fais|faisais) du? mal (au|à la|aux) (dos|genou|genoux|cheville|épaule|poignet|pied)",
		"en finir avec (ce|cette|ces|le|les|mon|mes) (projet|travail|dossier|boulot|rapport|exercice|séance|ménage|rangement|série|livre)",
		"dernier message {pause}",
	},
	// Speech drops the "ne", so the negation is "pas" or "jamais" after the
	// verb that governs the phrase: "je (ne) compte pas me suicider", "je (ne)
	// vais jamais mettre fin à ma vie"; or "jamais" put first: "jamais je ne
	// me tuerais". Not "pas" alone: "ça va pas, je suis suicidaire".
	denial: []string{
		"{verbe} (pas|jamais|plus jamais|jamais plus|pas du tout) (de|à)? $",
		"j'ai (pas|jamais|plus) (l'intention|envie|besoin|prévu)? (de)? $",
		"jamais (de la vie|de ma vie)? je? $",
	},
	weary: []string{
		// Round s22-defr (set 23): an alarm set for an hour, and then
		// "après je le fais" as all of the next sentence (parting below).
		// "après je pars à la pêche" is no parting.
		"(réveil|alarme) (mis|mise|réglé|réglée|programmé|programmée) (à|pour) # (h|heures)?",
		"(j'ai mis|j'ai réglé|j'ai programmé) (le|mon|un) (réveil|alarme) (à|pour) # (h|heures)?",
		// Fresh set 18: all made ready, before a time when nobody is awake.
		"^ (tout est|j'ai tout) (prêt|préparé) $",
		// Fresh set 13: "pardonnez-moi. adieu."
		"^ (pardonnez-moi|pardonne-moi|pardon) (pour tout)?",
		"(j'en|je) peux plus",
		"plus (la force|le courage) (de continuer|de me battre|de lutter)?",
		"(fatigué|fatiguée|épuisé|épuisée|marre|las|lasse) de (me battre|lutter|essayer)",
		"j'abandonne",
		"(ma décision est prise|j'ai pris ma décision|c'est décidé)",
		"(c'est (fini|terminé) pour moi|tout est fini)",
		// "merci pour tout. je m'en vais. adieu"
		"^ je m'en vais",
	},
	parting: []string{
		// Round s22-defr: "après je le fais" after an alarm set (weary above).
		"^ (et)? (après|ensuite|puis) je le (fais|ferai) $",
		// Round s12-learn19: "j'y vais. bisous à tous".
		"^ (bisous|bises) (à tous|a tous|tout le monde) $",
		// Fresh set 18: a time when nobody is awake, after all made ready.
		"^ (ce soir|cette nuit) quand (tout le monde|ils) (dormira|dort|dormiront|dorment|sera couché|seront couchés) $",
		"^ ce soir $",
		"^ adieu (à tous|a tous|tout le monde)? $",
		"^ c'est (pour)? ce soir $",
		// Fresh set 18: "bye tout le monde. je vous aime. j'en peux plus".
		"^ (bye|salut|au revoir) (tout le monde|à tous|a tous|les amis) $",
	},
	others: []string{
		"(il|elle|ils|elles|on|quelqu'un) {autres}? $",
		"(mon|ma|son|sa|un|une|le|la) (meilleur|meilleure)? (ami|amie|copain|copine|frère|sœur|mère|père|fils|fille|cousin|cousine|mari|femme|personnage|collègue) {autres}? $",
	},
	past: []string{
		"l'année dernière", "l'an dernier",
		"il y a (longtemps|très longtemps|un an|une année|une décennie)",
		"il y a {nombre} (ans|années|mois|décennies)",
		"autrefois", "à l'époque", "jadis", "dans le passé", "plus jeune", "à l'adolescence",
		"quand j'étais (petit|petite|jeune|ado|adolescent|adolescente|enfant|étudiant|étudiante|au lycée|au collège)",
		"j'avais {age} ans",
		"à {age} ans",
		"avant (la thérapie|le traitement|la kétamine)",
	},
	over: []string{
		"^ {souvent}? (mais)? (plus maintenant|plus du tout|plus aujourd'hui|c'est du passé|c'est derrière moi|ce n'est plus le cas) (heureusement|dieu merci)? $",
	},
	tense: []string{
		"(je voulais|j'ai voulu|je pensais|j'ai pensé|je me sentais|j'ai essayé|j'ai tenté|je rêvais|je souhaitais)",
		"j'avais (envie|besoin|des idées|des pensées|l'idée)",
		"j'étais (prêt|prête|suicidaire)",
	},
	recent: []string{
		"encore", "de nouveau", "à nouveau",
		"toujours (envie|besoin|pense|l'idée)",
		"ce soir", "cette (nuit|semaine)", "en ce moment", "ces temps-ci", "ces jours-ci", "hier", "demain",
	},
	doubt: []string{
		"ne? sais pas si", "pas (sûr|sûre|certain|certaine)", "peut-être",
		"ne? (peux|peut) pas le? promettre", "pour (l'instant|le moment)", "j'espère",
	},
}
