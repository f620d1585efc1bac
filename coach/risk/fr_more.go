package risk

// frenchMore is the wider net of French phrases (see englishMore),
// sharing fr.go's macros.
var frenchMore = phraseSet{
	lang: "fr",
	words: withWords(french.words, map[string]string{
		// An ordinary departure that explains a bare goodbye before it on the
		// line (risk.go, departs). Never "pour toujours".
		"depart":   "((je|on) (déménage|déménageons|démenage) (demain|à|a|en|la semaine prochaine|ce week-end|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?|(je pars|on part|je suis|je serai|on sera|départ) (en|au|à l'|pour le|pour les)? (vacances|voyage|week-end|camp|erasmus|aéroport)|(je serai|serai|je suis) (hors ligne|déconnecté|déconnectée|sans réseau|sans internet|absent|absente) (quelques jours|une semaine|ce week-end|jusqu'à (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|jusqu'à demain|pendant les vacances|un moment)|(je reviens|de retour|retour) ((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|demain|la semaine prochaine|dans # (jours|semaines)|après (les vacances|les partiels|l'examen|le déménagement))|à ((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|demain|bientôt|la semaine prochaine|la rentrée|mon retour)|(demain|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))? (j'ai|c'est) (mon|mes|le|les)? (examen|exam|partiel|partiels|bac|concours)|(je commence|je démarre) (un|mon)? (nouveau)? (boulot|job|travail|poste)|(mon)? nouveau (boulot|job|travail|poste) (commence|demain|lundi))",
		"moyen":    "(une corde|la corde|une arme|l'arme|un pistolet|le pistolet|un fusil|le fusil)",
		"hauteur":  "(pont|toit|rebord|bord du pont|bord du toit|parapet|balustrade|falaise|garde-corps)",
		"personne": "(il|elle|mon (mari|copain|conjoint|compagnon|père|beau-père|ex|frère)|ma (femme|copine|conjointe|compagne|mère|belle-mère|sœur))",
		"prescrit": "comme (prévu|prescrit|d'habitude|toujours|indiqué|on m'a dit|le médecin|le docteur|mon médecin|mon psychiatre|ma psychiatre)",
		// Round s20-routine: when one's own usual medicine is taken (see
		// English "routine"); no amount.
		"habitude": "(ce matin|ce soir|aujourd'hui|déjà|comme d'habitude|comme tous les jours|comme chaque matin|comme chaque jour|à l'heure)",
		// Round s22-defr: a war or a deployment abroad.
		"guerre":   "(afghanistan|afgha|afgh|kaboul|mali|gao|sahel|barkhane|irak|syrie|bosnie|kosovo|sarajevo|liban|tchad|centrafrique|somalie|rwanda|kapisa|surobi|opex|mission|guerre)",
		"aliments": "(oignons|oignon|pain|patates|patate|pommes de terre|carottes|carotte|ail|légumes|tomates|tomate|pommes|fromage|viande|poulet|poivrons|concombre|échalotes|champignons|courgettes)",
	}),
	crisis: []string{
		// Round s22-defr, corpus crisis rows at None: "this time I won't
		// fail", the sentence's end ("cette fois je me rate pas à l'oral"
		// is everyday); the whole box minutes ago, as a sentence.
		"cette fois (je me rate|je me louperai|je me loupe|je vais me rater|je vais me louper|je me manquerai) pas $",
		"^ (la|toute la) (boîte|boite) (entière|entiere)? (il)? y a # (min|minutes|mn) $",
		// Round s22-defr: on the roof now, and nothing else said ("suis sur
		// le toit là", a corpus row the retraining left at None); with a
		// reason after it, it stays Review.
		"^ (je)? suis sur le (toit|pont|viaduc) (de l'immeuble|du bâtiment|de la tour)? (là|maintenant|là maintenant)? $",
		// A bare "dernier msg", nothing else said.
		"^ (mon)? dernier (msg|message) $",
		// Round s22-defr (set 23): all planned and nobody able to stop one,
		// one right after the other; "j'ai tout prévu pour la fête" between
		// them is everyday.
		"(j'ai tout prévu|tout est prévu|tout est prêt|j'ai tout préparé|tout est calé) (et)? personne (pourra|peut|va|pourrait|ne pourra) m'en (empêcher|dissuader)",
		// Round s22-defr (sets 22 and 23): doing tonight what one should
		// have done in a war, or finishing what a war started, the
		// sentence's last words; a chore in the same words stays ordinary.
		"(fais|ferai|vais faire|fait) (enfin|maintenant|aujourd'hui|ce soir|cette nuit)? ce que j'aurais (dû|du) faire (en|au|à|a|aux|dans|là-bas en|là-bas au)? {guerre} $",
		"(termine|finis|finirai|terminerai|vais finir|vais terminer|achève|achèverai|vais achever) ce que (l'|le|la|les)? {guerre} (a|avait|ont|avaient) commencé $",
		// Round s22-defr: burning oneself now (a lighter, a cigarette, an
		// iron), as cutting now is; "je me suis brûlé(e) en repassant", told
		// as past, stays below.
		"je me (brûle|brule|crame) (le bras|la main|les bras|la jambe|la peau|le poignet|les poignets|la cuisse|les cuisses)? (avec|au|à la|a la) (le|un|mon|ma|une|la)? (briquet|fer|fer à repasser|cigarette|clope|cigarettes|clopes|mégot)",
		"j'écrase (une|des|mes|ma|mon|la|le)? (clope|clopes|cigarette|cigarettes|mégot|mégots) sur (mon|le|ma|mes|la|les) (bras|poignet|poignets|peau|main|jambe|cuisse|cuisses)",
		// Round s22-defr: a whole week's pill organiser swallowed at once.
		"(avaler|avalé|avalée|pris|prise|gobé|gobée|vidé|vidée) (d'un coup|d'un seul coup|en une fois)? (tout|toute|tous|toutes) (le|la|les|mon|ma|mes)? (pilulier|piluliers|semainier|boîte de la semaine)",
		// Round s22-defr: "that was my last message here" as a sentence of
		// its own; a last message before an ordinary break is an idiom.
		"^ (voilà|bon|donc)? (c'était|c'est|ce sera|voici|voilà) (mon|le) dernier message (ici|de ma part|de ma part ici|sur le serveur|sur ce serveur|dans le groupe|pour vous)? $",
		// Round s21-defr, someone else in danger now (other3): someone with
		// dementia gone out into the snow or the cold in night clothes; a
		// member who posted "j'ai tout pris" with a farewell; a message "vous
		// me verrez plus" with all prepared or with its writer absent since;
		// a beating heard. The subject is in the phrase; twins without the
		// cold, the farewell, the absence or the blows stay below Crisis.
		"(alzheimer|l'alzheimer|démence|dément|démente|désorienté|désorientée) ... ... (parti|partie|sorti|sortie) ... (dans la neige|dans le froid|dans la nuit) en (pyjama|chaussons|robe de chambre|chemise de nuit)",
		"(a posté|a écrit|a mis|a envoyé|a publié) ... (j'ai tout pris|j'ai tout avalé|j'ai tout bu) (merci|adieu|bye|ciao|bisous|au revoir|pardon|désolé|désolée)",
		"(vous me verrez plus|vous me reverrez plus|tu me verras plus|tu me reverras plus|vous me verrez jamais|vous me reverrez jamais) (j'ai tout préparé|j'ai tout prévu|adieu|pardon)",
		"(vous me verrez plus|vous me reverrez plus|tu me verras plus|tu me reverras plus) ... ... ... (est pas venue|est pas venu|est absente|est absent|répond plus|répond pas)",
		"(j'entends|on entend|jentends|j'entend) (son|le|leur) (copain|mari|mec|compagnon|père|ex|conjoint) (la|le|les) (frapper|taper|cogner|battre|tabasser)",
		// Round s20-routine: bleeding that will not stop.
		"(ça)? saigne (et)? (ça)? (s'arrête|arrête) pas",
		"le sang (s'arrête|arrête) pas",
		// Round s20-routine: a whole box taken ("j'ai pris toute la boîte ce
		// matin"); the routine phrase has no place for the totality. The box
		// is of pills, or nothing else is named: not "de chocolats".
		"(pris|avalé) (toute la|tout le|toutes les) (boîte|boite|plaquette|plaquettes|flacon|tube) (entière|entier)? (de {pilules}|d'un coup|ce matin|ce soir|cette nuit|aujourd'hui|tout à l'heure|$)",
		"(ça)? (arrête|s'arrête) pas de saigner",
		// Round s20-defr, someone else in danger now (other2): on a roof
		// sending selfies of the drop; found still breathing with a rope or
		// blood; gone towards a bridge saying the others would be better off
		// without them; a story posted with a rope and a time; a pet to be
		// taken "for good" with the phone off since. The subject is part of
		// the phrase, so it is not read as someone else's words; twins
		// without the drop, the rope, the words said or the "for good" stay
		// below Crisis.
		"(est|il est|elle est|est monté|est montée|suis|je suis) sur le toit ... ... ... (selfies|selfie|photos|photo|vidéos|vidéo) du vide",
		"(il|elle) (respire|respirait) (encore|à peine|plus|mal) ... ... (corde|sang|pendu|pendue|médocs|cachets)",
		"(partie|parti|est allée|est allé) (à pied|en voiture)? (vers|au|sur|jusqu'au|jusqu'à) (le|la|les)? (pont|falaise|falaises|voies|rails|rivière|fleuve|viaduc|lac|mer) en (disant|criant|répétant|annonçant) ... ... ... (mieux sans (elle|lui)|plus là|en finir|adieu|pardon|disparaître)",
		"(story|statut|photo|vidéo|post) ... ... (une corde|la corde|un nœud coulant|nœud coulant) ... ... (ce soir|cette nuit|adieu|bye|au revoir)",
		"(demandé|demande) (si|de|d') ... (prendre|garder|récupérer) (son|sa|ses) (chien|chienne|chat|chatte|lapin|animaux) ... (pour de bon|pour toujours|définitivement) ... ... (téléphone|portable|tel|tél) (est)? (éteint|coupé|sur messagerie)",
		// Round s20-defr: a plan for tonight, said as one's own.
		"(j'ai|jai) (un|le|mon) plan pour (cette nuit|ce soir)",
		// Round s12-learn19: corpus rows the model alone had carried and let go when set 19 was learnt.
		"(j'ai gardé|j'ai mis de côté|j'ai garde) assez de (kéta|keta|kétamine|ketamine|médocs|medocs|cachets|comprimés) pour ça",
		"je (redescendrai|descendrai|redescends) pas par (l'escalier|les escaliers|l'ascenseur)",
		// Fresh set 19: life insurance asked about for a suicide, before a time.
		"(assurance-vie|assurance vie|assurance décès) ... ... (paie|paye|couvre|verse|rembourse) ... ... (suicide) ... ... avant (ce soir|demain|cette nuit|vendredi|samedi|dimanche)",
		// Fresh set 19: someone else drank cockroach poison.
		"(il|elle|qu'il|qu'elle) a (bu|avalé|pris) (le|du|de la) (produit|poison|truc) (contre|pour|anti) (les)? (cafards|rats|souris|fourmis|insectes|mauvaises herbes)",
		// Round s12-residual: "trop tard c'est avalé", which the model alone
		// had carried; "trop tard, c'est mangé" is no such thing.
		"trop tard (c'est|j'ai|je les ai) (tout)? (avalé|avalés|avalées|avalée)",
		// Round s12-residual: walking into the sea and not coming back, which
		// the model alone had carried.
		"(marcher|entrer|aller|rentrer) dans (la mer|l'eau|le lac|la rivière|l'océan) ... ... (et)? (ne)? (pas|plus|jamais) (revenir|ressortir|remonter)",
		// Round s12-residual: leaving for good, closing a line.
		"^ (je pars|je m'en vais|je disparais) (pour toujours|pour de bon|définitivement) $",
		// A corpus row the model alone had carried and let go when set 18 was
		// learnt.
		"(cette nuit|ce soir|aujourd'hui|demain) tout s'arrête pour moi",
		// Fresh set 18: someone else in danger now (bleach drunk, "a lot" of
		// heart pills, a cat left "c'est ce soir"); the subject is part of
		// the phrase, so it is not read as someone else's words. Twins
		// without the deed or the amount stay None.
		"(il|elle|qu'il|qu'elle) a (bu|avalé|pris) (de la|du)? (javel|eau de javel|mort aux rats|poison|destop|déboucheur)",
		"(il|elle|qu'il|qu'elle) a (pris|avalé) (beaucoup|trop|plein|une poignée|toute la boîte|toute la plaquette|tout le tube) (de|des)? (ses)? ... (pilules|cachets|comprimés|médicaments|somnifères)",
		"(m'a laissé|m'a confié|m'a donné) (son|sa|ses) (chat|chatte|chien|chienne|lapin|chats|chiens) ... (en disant|en me disant|et m'a dit) (que)? c'est (ce soir|cette nuit|aujourd'hui|le moment|l'heure)",
		// Fresh set 18: cliffs and not coming back; a rope and a day chosen.
		"je (pars|vais|monte) (aux|à la|sur la|sur les|sur le|au|vers la|vers les|en haut des|en haut de la) (falaise|falaises|pont|voies|rails|toit|viaduc) ... ... (et)? je (reviens|reviendrai|rentre|rentrerai) pas",
		"j'ai (la|une) corde et j'ai (choisi|fixé) (le jour|la date|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
		// A corpus row the model alone had carried and let go when sets 16 and
		// 17 were learnt.
		"(mon)? seul souhait (ce soir)? c'est de plus exister",
		// Fresh sets 16 and 17: a last letter to a child, walking into the sea.
		"(la|ma)? dernière lettre (à|pour) (mon|ma|mes) (fils|fille|enfants|femme|mari|mère|père)",
		"(entrer|rentrer|marcher) dans la mer ... ... (et)? continuer (à|a) marcher",
		// The corpus's « j'ai décidé de mourir », which the model alone had carried.
		"(j'ai décidé|jai décidé|jai decide|j'ai pris la décision) de (mourir|me tuer|me suicider|mettre fin à mes jours)",
		// Fresh sets 14 and 15: who comes when one dies at home, being
		// found, a floor count "to be sure", an organ donor card, pills taken
		// and no one to be called, a roof with no railing, leaving for good,
		// knowing how and when, a departure decided and the calm since.
		"(pas|jamais) (ma|mon|mes) ... ... qui me (trouve|trouvent|découvre|decouvre)",
		"(le temps qu'on|avant qu'on|jusqu'à ce qu'on|jusqua ce quon) me (trouve|retrouve)",
		"si (on|je) (meurt|meurs) chez (soi|moi) ... ... (police|pompiers|qui vient|qui viennent)",
		"(combien|cb) (d'étages|detages|d'étage) (il faut)? pour (être sûr|etre sur|être sûre|etre sure|que ce soit sûr) $",
		"(carte de donneur|don d'organes|don dorganes) ... ... si (on|je) (le fait|le fais) (soi-même|moi-même|soi meme|moi meme|tout seul|toute seule)",
		"(je les ai|jles ai) (prises|pris|avalées|avalés|avalé) ... ... (appelle|appelez|appelles|appeler) personne",
		"(toit|terrasse) ... ... (pas de|sans) (garde-corps|garde corps|rambarde|barrière) ... ... (j'y monte|jy monte|je monte|j'y vais) (demain|ce soir)",
		"je m'en vais pour de bon ... ... (chien|chat) va chez",
		"(je viendrai plus|je reviendrai plus|je viens plus) ... ... prenez soin (de vous|les uns des autres)",
		"(je sais|maintenant je sais) (comment et quand|quand et comment) (je vais le faire|je le ferai|le faire)",
		"(j'ai décidé|jai décidé|jai decide) de partir ... depuis (je suis|jsuis) (sereine|serein|calme|apaisée|apaisé)",
		// Issue 12, the first fresh set: the same concepts put otherwise.
		"(corde|fusil|pistolet|arme|revolver) ... ... (à côté de moi|près de moi|sur mon lit|dans ma main|devant moi)",
		"(il faut|faut|faudrait) combien de ... ... pour ... (plus jamais se réveiller|ne plus se réveiller|plus se réveiller|pas se réveiller|mourir|que le cœur s'arrête|arrêter le cœur)",
		"(dormir|m'endormir) et pas me réveiller",
		"(pas|plus) (sûr|sûre|certain|certaine) d'être en sécurité",
		"serai plus un (problème|fardeau|poids) pour personne",
		"j'ai {moyen} (ici|avec moi|prête|prêt|chargé|dans la main)? $",
		"j'ai (un|le) (couteau|rasoir|lame|cutter) (ici|avec moi|dans la main)? $",
		"je suis (debout|assis|assise|monté|montée) sur (le|un|la|une) {hauteur}",
		"(pris|avalé) (trop|beaucoup trop) (de)? ({pilules}|drogue|drogues)",
		"(la|une) (date|jour|heure) et (le|la) (moyen|méthode|manière|façon|lieu|endroit)",
		"(le|la) (moyen|méthode|manière|façon|lieu|endroit) et (la|le) (date|jour|heure)",
		"je sais (exactement)? comment je (vais le faire|le ferais|le ferai|vais faire|ferais)",
		"(donné|donne|donner|distribue|distribué|débarrasse de|débarrassé de) (toutes|tous)? mes (affaires|choses|biens|possessions)",
		"(ceci|ce) (est|sera) mon dernier message",
		"(dites|dis) à (ma famille|mes enfants|ma mère|mon père|ma femme|mon mari) que je (les|l') aime",
		"{personne} (m'a menacé|m'a menacée|me menace|menace) de (me tuer|me frapper|me faire du mal)",
		"{personne} (me frappe|me bat|m'a frappé|m'a frappée|m'a battu|m'a battue|m'étrangle|m'a étranglé|m'a étranglée)",
		"(j'ai peur|je crains) (qu'il|qu'elle|que {personne}) me (tue|frappe|fasse du mal)",
		"je suis en danger",
		"(peur|crains) pour ma vie",
		// Session 6, parity with English kind by kind: how French speakers
		// write it (tu, slang, "ne" dropped, accents missing), each with the
		// everyday line it must leave alone in cases_test.go.
		// Not safe with oneself: the answer to the safety question.
		"(je suis|suis|chuis|me sens|je me sens) (pas|plus) en sécurité (avec moi-même|avec moi même|avec moi|toute seule|tout seul|seul|seule|chez moi|ce soir|cette nuit|$)",
		"(peux|peut|pourrais|sais) (pas|plus) (te|vous)? (promettre|garantir) (de|que) ... (en sécurité|en vie|me ferai rien|me fais rien|me ferai pas de mal)",
		// Not waking up, wished for.
		"(j'aimerais|je voudrais|j'espère|je prie pour|je souhaite) (ne)? (pas|plus|jamais) me réveiller",
		"(pourvu que|j'espère que|j'espère) je (ne)? me (réveille|réveillerai) (pas|plus|jamais) ($|demain|cette fois)",
		// Ways looked up.
		"(cherché|cherche|recherché|googlé|regardé|lu|lis|renseigné) ... (comment|des moyens de|des façons de|des méthodes pour|la meilleure façon de) (me suicider|me tuer|mourir|en finir|me pendre|mettre fin à mes jours|me foutre en l'air)",
		"(dose|quantité) (mortelle|létale)",
		// Not minding, death as relief.
		"(dérangerait|gênerait|embêterait|ferait) (pas|rien|plus) (de)? (mourir|crever|pas me réveiller|plus me réveiller|ne pas me réveiller)",
		"(mourir|la mort|être mort|être morte|crever) (ça)? (me)? (semble|paraît|parait|a l'air|serait|sonne) (si|tellement|trop)? (apaisant|paisible|doux|reposant|une délivrance|un soulagement|libérateur|tentant|une libération)",
		// Means ready.
		"(la corde|le nœud|le noeud coulant|l'arme|le fusil|le flingue|le pistolet) est (déjà)? (prête|prêt|chargé|chargée|accrochée|attachée|installée) $",
		// Danger from someone else. Not "va me tuer": "mon père va me tuer" is a figure of speech.
		"{personne} (essaie|essaye|a essayé|tente|a tenté|vient d'essayer) de (me tuer|m'étrangler|m'étouffer|me poignarder|me noyer)",
		"{personne} veut me tuer $",
		"quelqu'un (essaie|essaye|tente) d'entrer (chez moi|dans (ma|mon) (maison|appart|appartement|chambre))",
		"quelqu'un (est entré|est) chez moi $",
		"quelqu'un me suit (depuis|jusqu'à|$)",
		// Jumping, gone for good.
		"(je vais|vais|j'vais|je veux|prêt à|prête à) sauter $",
		"{veux} {juste}? (me barrer|me tirer|me casser|me barrer d'ici) {toujours}",
		// How, when, the day: chosen.
		"(décidé|choisi|prévu|planifié|trouvé) (exactement)? (comment|quand|où) je (vais le faire|le ferai|le ferais|vais en finir|vais me tuer|vais mourir|vais faire ça)",
		"(choisi|fixé) (le|la) (jour|date|soir|nuit|heure) (pour le faire|pour en finir|pour mourir|de ma mort|où je le fais|où je vais le faire)",
		"(rechuté|rechute) ... (scarifié|scarifiée|coupé|coupée|brûlé|brûlée|fait du mal)",
		// Fresh set 11: the water and "je sais pas nager de toute façon", a date
		// chosen on a death's anniversary, the top of a tower looking down, the
		// last smile.
		"(rivière|fleuve|lac|mer|canal|pont|seine|meuse|loire|rhône|rhone|garonne|quai|eau) ... ... ... (je sais|sais) (même)? pas nager (de toute façon|de toute facon|toute façon|en plus) (c'est mieux comme ça|c'est mieux ainsi)? $",
		"(j'ai choisi|j'ai fixé|choisi|fixé) (le|la date du)? # ... (anniversaire de (la)? (mort|décès)|mort de)",
		"(je suis|suis) (en haut|au sommet|sur le toit) (du|de la|de l') (clocher|tour|toit|immeuble|pont|falaise|parking|église) ... (je regarde|regarde) (en bas|le vide)",
		"la dernière personne qui (me sourira|va me sourire|me verra|va me voir|me parlera)",
		"(rouler|foncer|conduire|je roule|je fonce|accélérer|j'accélère) ... (tout droit|droit) (dans|vers) (l'eau|le lac|la mer|la rivière|le canal|le fleuve|la seine|la loire|le port)",
		"(baignoire|bain) ... ... (la lame|les lames|le rasoir|le cutter|le couteau) (est|sont)? (posée|posé|posées|prête|prêt)? (à côté|juste à côté|sur le rebord)",
		// Fresh sets 12 and 13: a height or a dose asked about, "c'est fait,
		// j'ai tout pris", a crisis line refused, children entrusted before
		// leaving tonight, a farewell after a family meal.
		"(à partir de|a partir de|dès)? (combien d'étages|combien de mètres|combien d'étage|quelle hauteur|quel étage|à quelle hauteur) ... ... (pas survivre|survit pas|survivre pas|sûr de mourir|sûr de pas survivre|mortel|mortelle|on meurt|on en meurt|on se tue|tue à coup sûr)",
		"(dose|quantité) (de|d')? ... (qui tue|qui tuerait|qui peut tuer|pour mourir|pour en finir|pour pas se réveiller|pour plus se réveiller|mortelle pour un adulte)",
		"(j'ai|jai) (tout|toute la boîte|toutes les boîtes|tous les cachets|toutes les pilules|tous mes médocs|tous les médocs|toute la plaquette) (pris|avalé) $",
		"(tu vas|vous allez) (encore)? me donner (le|un|ton|votre) (3114|numéro|15|112|numéro d'urgence) ... ... (appellerai|l'appellerai|appelle pas|vais pas appeler|appellerais)",
		"(parler|écrire|dire au revoir) à quelqu'un une (dernière|derniere) fois",
		"je (te|vous) confie (mes|mon|ma) (enfants|enfant|fils|fille|petits|chat|chien) ... (je pars|je m'en vais|je serai plus là|ce soir|cette nuit)",
		"ce soir je (libère|libere|délivre|soulage) (tout le monde|ma famille|vous tous|les miens)",
		"(un|leur|mon) dernier (bon)? souvenir de moi",
		"je (serai|serais) plus là pour (lui|leur|te|vous) (le)? (dire|voir|souhaiter|fêter)",
		"c'est fait ... (j'ai|jai) (tout|toute la boîte|tous les cachets|toutes les pilules|tous mes médocs) (pris|avalé)",
		"message d'adieu ... ... (répond pas|répond pu|répond plus|décroche pas|décroche plus|décroche pu|répond toujours pas)",
		"(je roule|je conduis|au volant|sur l'autoroute) ... (envie de|je pense à|pense à|prêt à|prête à) (me planter|foncer|me jeter|me crasher|me foutre) (dans|contre|sous)",
		// Round s22-resid: a blade in the hand, feminine ("j'ai une lame dans
		// la main"), as "j'ai un couteau" above.
		"j'ai (une|la|ma) (lame|lame de rasoir) (ici|avec moi|dans la main|dans ma main)? $",
	},
	review: []string{
		// Round s22-defr: having asked about assisted dying, "just asked";
		// a suicide attempt (TS) told as past.
		"(je me suis|me suis|j'ai|jme suis) (renseigné|renseignée|informé|informée|documenté|documentée|intéressé|intéressée) (sur|à)? (l'aide à mourir|l'aide active à mourir|l'euthanasie|le suicide assisté|dignitas|exit|la fin de vie)",
		"(j'ai fait|j'avais fait|fait) (une|ma|deux|plusieurs) (ts|tentative de suicide|tentatives de suicide)",
		// Fresh set 21's review rows at None: feeling superfluous everywhere;
		// one's attempt told as years past, or its evening come back (a
		// mix.tsv row the retrained model let fall).
		"je me sens de trop (partout|ici|chez moi|dans ma vie|pour tout le monde)?",
		"ma (tentative|tentative de suicide|ts) (c'était|c'est|date de|remonte à|il y a)",
		"(le soir|le jour|la nuit|l'année|le souvenir|l'anniversaire) de ma (tentative|tentative de suicide|ts) $",
		"depuis ma (tentative|tentative de suicide|ts) (de #|en #|il y a|je|j'ai|j'évite|ça|$)",
		"(le soir|le jour|la nuit|l'année|le souvenir|l'anniversaire) de ma (tentative|tentative de suicide|ts) (je|j'ai|et|me|m'a|ça|revient|reviennent|remonte|remontent|me hante|est)",
		// Round s21-defr: a review row the retrained model let fall to None
		// (drift21): a crash that would not bother one.
		"si (l'avion|le bus|le train|la voiture|le car) (s'écrasait|s'écrase|avait un accident|déraillait) ... ... ... (ça)? me (dérangerait|gênerait|déplairait) (pas|rien)",
		// Round s12-learn19: a corpus row the model alone had flagged.
		"(pas|plus) (certaine|certain|sûre|sûr|sure|sur) (d'être|d'etre|detre|d'etre) (safe|en sécurité|en securite) (cette nuit|ce soir|aujourd'hui)?",
		// A corpus row the model alone had carried to Review and let go when
		// sets 16 and 17 were learnt.
		"(après|apres) la dernière (séance|session) ... ... c'est (terminé|fini) $",
		// A past attempt; a burden; not minding an accident.
		"(fait|faite|fais) une tentative",
		"tentative de suicide",
		"(je suis|me sens|me sentir) (tellement|vraiment|comme|juste)? un (fardeau|poids)",
		"si (un|le|une) (bus|voiture|camion|train|tram) (m'écrasait|m'écrase|m'renversait|me renversait|me renverse|me percutait|m'écraserait)",
		"(j'ai|acheté|achète) {moyen}",
		"je suis sur (le|un|la|une) {hauteur}",
		"(pris|avalé) trop $",
		"(être|suis) un (fardeau|poids) (pour)?",
		"(sans|aucun|plus d'|plus aucun|perdu tout) espoir",
		"(désespéré|désespérée)",
		"(ça|cela|rien) (ne)? (s'arrangera|ira) jamais mieux",
		"ne? plus me réveiller",
		"pardon pour tout $",
		// Session 6: dark thoughts ("idées noires"), a dark place, no future, useless.
		"(pensées|idées) (sombres|noires|morbides)",
		"(endroit|période|passe|moment) (très|super|vraiment|trop)? (sombre|noir|noire)",
		"(vois|voit) (aucun|pas d'|plus d'|pas de|plus aucun|plus de) avenir $",
		"je (ne)? sers (à|a) rien",
		// What if, hating being alive, all planned.
		"et si (j'en finissais|je me tuais|je me suicidais|je disparaissais|je mourais|je ne me réveillais pas|je me réveillais pas|je me réveillais plus)",
		"(déteste|hais) (être en vie|vivre|exister)",
		"j'ai tout (prévu|planifié|organisé|préparé) $",
	},
	benign: []string{
		// Round s22-enes: a last swim before going home, the sea warm (a
		// row the set-22 retraining raised to Crisis).
		"(un|le|mon|notre) dernier bain (de la journée|de la saison|de l'été|de l'année|des vacances|du séjour|avant de (rentrer|partir|repartir|manger))",
		"la mer est bonne",
		// Round s22-enes: everything planned for a party (a TestAssess
		// case the set-22 retraining raised to Review).
		"tout (prévu|préparé|organisé|réservé) pour (l'anniversaire|l'anniv|la fête|le mariage|la soirée|le repas|le week-end|les vacances|le voyage|le déménagement|noël|la surprise|le baptême|la crémaillère)",
		// Round s22-defr: a wish to die with a laugh after a game lost; pills
		// moved to the evening.
		"(je veux mourir|j'ai envie de mourir|envie de mourir|je vais mourir) (mdr|lol|ptdr|xd|haha|hahaha|jpp) ... ... ... (boss|jeu|partie|game|niveau|manette|ranked|match|perdu)",
		"je (prends|prendrai) (mes|les)? (cachets|médocs|comprimés|médicaments|pilules) (le soir|ce soir|le matin) (au lieu du|au lieu de le prendre le|plutôt que le|et plus le) (matin|soir)",
		// Round s22-defr: "adieu pour toujours" to a school subject, a
		// course or a habit; to people it stays a farewell.
		"(adieu|au revoir|bye|ciao|salut) (pour toujours|à jamais|pour de bon) (les|la|le|l'|mes|ma|mon)? (maths|math|stats|statistiques|physique|chimie|latin|philo|fac|lycée|bac|partiels|partiel|cours|régime|clope|clopes|cigarette|cigarettes|appareil dentaire|plâtre|béquilles|garde de nuit|gardes de nuit)",
		// Round s22-defr: a last message of the week or before an ordinary
		// event (a seminar, a competitive exam, boarding a flight).
		"dernier message (de la semaine|de la journée|du jour|de l'année|avant (le|la|les|mon|ma|mes|l'|un|une)? (séminaire|stage|concours|partiel|partiels|bac|vol|avion|départ|week-end|colo|camp|oral|entretien|match|tournoi))",
		"dernier message avant (d'embarquer|de décoller|de partir|de prendre l'avion|de prendre le train|mon départ|le départ)",
		// Fresh set 21's ordinary row: a last message before giving birth.
		"dernier message avant (l'accouchement|la naissance|ma césarienne|la césarienne|l'arrivée du bébé|d'accoucher|la maternité)",
		// Round s22-model: a last swim before going home, a life insurance
		// asked about ski accidents: ordinary rows that the lower Crisis cut
		// of round s22-model let the model call Crisis.
		"(un|le|mon|notre) dernier bain (de mer|de la saison|de l'été|de l'année)? avant de (rentrer|repartir|partir|rentrer à la maison|quitter la plage|reprendre la route)",
		"(l'assurance-vie|l'assurance vie|mon assurance-vie|mon assurance vie|l'assurance) (couvre|couvrent|rembourse|prend en charge) (aussi)? (les|des|mes)? (accidents|accident|blessures|fractures) (de|du)? (ski|sport|moto|snowboard|escalade|plongée|vélo|voyage)",
		// Round s21-defr: leaving before the rest of a programme.
		"(désolé|désolée) (pour|de) (louper|rater|manquer)? la suite (du programme|de la soirée|de la réunion|de l'atelier|de la séance)",
		// Fresh set 19's ordinary rows: a sofa to throw oneself onto.
		"(me jeter|je me jette|me vautrer|m'affaler) (sur|dans) (le|mon) (canapé|canap|lit|sofa|pieu)",
		// Round s12-residual: enough of one's medicine for a trip.
		"assez (d'insuline|de médicaments|de médocs|de cachets|de comprimés) pour (tout|toute|toutes)? (le|la|les|mon|mes)? (voyage|semaine|vacances|mois|week-end|séjour)",
		// Round s12-residual: a bare goodbye that the next sentence explains
		// as an ordinary departure (risk.go, departs).
		"^ (au revoir|salut|adieu|bye|ciao) (tout le monde|à tous|a tous|les amis|la team)? {depart}",
		// Fresh set 17's ordinary rows: bathroom tiles cut, a goodbye letter to
		// a dead parent.
		"(couper|coupe|coupé) (le|la|les|du) (carrelage|carreaux|faïence|parquet|plinthes)",
		"lettre d'adieu (à|a) (mon|ma) (père|mère|papa|maman|grand-père|grand-mère|frère|sœur) (décédé|décédée|mort|morte|défunt|défunte|disparu|disparue)",
		"lettre d'adieu (à|a) (mon|ma) (anxiété|angoisse|dépression|addiction|phobie)",
		// Fresh sets 14 and 15's hyperbole in its frame: a quoted wish
		// captioned "moi à chaque fois que ...", a wish after a game death
		// count, a threat over a meeting with a laugh after it.
		"^ (j'ai envie de mourir|je veux mourir|envie de mourir) moi (à chaque fois|a chaque fois|chaque fois|quand|dès que|des que)",
		"# morts (sur|contre) (le|ce) (même|meme)? (boss|niveau) ... ... ... (je veux mourir|j'ai envie de mourir|envie de mourir)",
		"(réunion|reunion|visio|zoom|teams|mail) ... ... ... je (saute|me jette|me défenestre) par la fenêtre (mdr|lol|ptdr|xd|haha)",
		"(mon|ma|mes) (chat|chien|chatte|chienne|animaux|plantes) à garder",
		"(confié|donné|laissé|amené) (mon|ma|mes) (chat|chien|chatte|chienne|animaux|plantes) ... (pendant (les|mes) (vacances|congés)|pour le (week-end|weekend)|le temps (du|de mon) (voyage|séjour))",
		// Round s20-defr: pills taken as a named doctor prescribed them (the
		// dot of "Dr." ends the sentence); empty medicine boxes taken back to
		// the pharmacy; a letter to one's fear as therapy homework; standing by
		// a colleague after their attempt; ordinary plans for the night.
		"(pris|prends|prendre|pris tous) (tous)? mes {pilules} ... comme (le|la)? (dr|docteur|doc|pr|professeur|docteure) $",
		"(pris|prends|prendre|pris tous) (tous)? mes {pilules} ... comme (le|la)? (dr|docteur|docteure|doc)? ... (me)? (les|l')? (a prescrits|a prescrit|a prescrites|prescrit|a dit|a indiqué)",
		"(boîtes|boîte|boites|boite|emballages|plaquettes|blisters|flacons) vides (de médocs|de médicaments|de cachets|de comprimés)? (pour les)? (ramener|rapporter|rendre|déposer) (à la pharmacie|au pharmacien|en pharmacie)",
		"(ramener|rapporter|rendre|déposer) (les|mes)? (médocs|médicaments|cachets|comprimés|boîtes) (périmés|en trop|vides)? (à la pharmacie|au pharmacien|en pharmacie)",
		"lettre (à|a) (ma|mon) (peur|angoisse|anxiété|dépression|phobie|tristesse|colère|honte) (de la mort|de mourir)?",
		"(soutenu|accompagné|aidé|visité|épaulé) (un|une|mon|ma) (collègue|ami|amie|voisin|voisine|coloc) (après|à la suite de) (sa|une) (tentative de suicide|tentative|TS)",
		"plan pour (ce soir|cette nuit) (c'est|:)? (pizza|netflix|série|séries|film|films|dormir|dodo|soirée|fête|jeux|lire|bain|rien|sortir|danser|ciné|cinéma)",
		"(corde|cordes) à sauter",
		"(pris|prends|prendre|pris tous) (tous)? mes {pilules} ... {prescrit}",
		// Round s20-routine: one's own usual medicine taken, with when and
		// nothing else ("j'ai pris mes cachets ce matin", "j'ai déjà pris mes
		// médocs"); no place for "tous", "toute la boîte" or "trop".
		"^ (j'ai)? déjà pris mes {pilules} {habitude}? $",
		"^ (j'ai)? pris mes {pilules} {habitude} $",
		"^ mes {pilules} (sont)? (déjà)? (pris|prises) {habitude}? $",
		// Round s20-routine: a knife in the hand while cooking, the sentence
		// ending with the food.
		"(couteau|lame) (est)? dans (ma|la) main (et)? (je coupe|j'épluche|j'émince|je hache|je tranche|je découpe|je pèle|coupe|épluche|émince|hache|tranche|découpe|pèle) (les|le|la|des|du|un|une|mes|l')? {aliments} (pour (ce soir|demain|le dîner|le déjeuner|la soupe|les enfants|midi))? $",
		// Round s20-routine: an old thing given away because a new one was bought.
		"(j'ai acheté|j'ai pris|acheté) (la|le|une|un) (nouvelle|nouveau|nouvel) ... (j'en ai|jen ai)? plus besoin",
		// Round s20-routine: a sibling's joking threat over food with a laugh.
		"(a dit|dit|m'a dit|dit que)? (qu'il|qu'elle)? (me tue|va me tuer|me tuerait|me tuera) si je (mange|touche|bois|finis|pique|prends) (ses|son|sa|les|le|la) ... (mdr|lol|ptdr|xd|haha|hahaha)",
		// Round s20-routine: bleeding from the nose or gums, or a period.
		"(nez|gencives|règles) ... ... (saigne|sang) ... (arrête|s'arrête) pas",
		"mort de l'ego",
		// Session 6: KAP's own words, and everyday lines that use the
		// words crisis texts use.
		"(dissolution|perte|disparition) de l'ego",
		"(impression|sensation) de mourir ... (séance|session|trip|voyage|cérémonie|kétamine|kéta|perfusion)",
		"(mes adieux|fait mes adieux|faire mes adieux|dit adieu) (à|aux) (mes|les|mon|ma|la|l')? (collègues|équipe|boîte|boulot|bureau|classe|élèves|profs|voisins|appart|appartement|ville|coloc|colocs)",
		"(me tuer|me tue|m'a tué|m'a tuée|m'ont tué|tuer) (au|à la|aux|en) (badminton|tennis|foot|football|échecs|course|squash|ping-pong|padel|jeu|cartes|mario kart|fortnite|muscu|sport)",
		"comment (tuer|éliminer|se débarrasser) (les|des|de)? (pucerons|fourmis|cafards|mouches|moustiques|mites|limaces|mauvaises herbes|le temps)",
		"sauter (le|un|les|des) (repas|déjeuner|dîner|petit-déjeuner|cours|pas|étape|étapes)",
		"sauter en (parachute|élastique|parapente)",
		"(la|une) corde (à linge|d'escalade|de rappel)",
		// What a box holds: "combien de comprimés dans une boîte ?"
		"combien (de|d') ({pilules}|comprimés|cachets|gélules) (il y a)? (dans|par) (une|la) (boîte|plaquette|tube|flacon)",
		"(dose|quantité) (mortelle|létale) (de|d')? (caféine|café|eau|sel|sucre|chocolat|vitamine|vitamines)",
		"loyer ... (d'avance|à l'avance) (parce que|car|puisque|vu que|avant de) ... ... (pars|partir|vacances|voyage|mois|semaines|étranger|erasmus|stage)",
		// Round s22-resid: "faire le vide (dans sa tête)" is to clear one's
		// mind, not a drop ("je vais me jeter dans le vide" stays Crisis).
		"(faire|fais|fait|faisais|refaire) le vide (dans (ma|la|sa|ta|mon|ton|son) (tête|esprit)|autour de moi)?",
	},
	asked: []string{
		"(m'a demandé|a demandé|demande|demandait|m'ont demandé|voulait savoir|veut savoir) (si|s'|à propos de|au sujet de) ... $",
	},
	confirm: []string{
		"j'ai (dit|répondu) oui",
	},
}
