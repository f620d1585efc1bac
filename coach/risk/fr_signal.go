package risk

// frenchSignals are the French signals (see signal.go), sharing the
// macros of fr.go and fr_more.go.
var frenchSignals = signalSet{
	lang: "fr",
	words: withWords(frenchMore.words, map[string]string{
		"doses": "({pilules}|doses|dose|kéta|keta|comprimés|cachets|pastilles|somnifères)",
		"jour":  "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
		"arme":  "(fusil|fusil de chasse|pistolet|arme|revolver|corde|couteau|lame|rasoir)",
		"main":  "(à côté de moi|près de moi|sur le lit|sur mon lit|dans ma main|dans la main|devant moi|sur la table|dans ma poche)",
	}),
	kinds: [numSignalKinds][]string{
		sigMeans: {
			// Round s22-defr: on a roof with its height in storeys
			// ("sur le toit de la caserne, 6 étages"); ketamine spray taken
			// well beyond the dose.
			"(toit|toits) ... ... # (étages|étage)",
			"(beaucoup plus|bien plus|trop|plus) (de|du) (spray|kéta|kétamine|eskétamine|spravato) (que (prévu|prescrit|permis|autorisé|d'habitude|la dose))?",
			// Round s20-routine: the fast trains that do not stop at the station.
			"(les)? (rapides|tgv|trains rapides|directs|trains directs|trains de marchandises|intercités) (s'arrêtent|arrêtent) pas (ici|à cette gare|dans cette gare)? $",
			// Round s20-resid: a bridge or a height gone to, after a time set.
			"^ (et)? (après|ensuite|puis) (je vais|j'irai|je pars|je marche|je monte) (au|sur le|jusqu'au|vers le) (pont|viaduc|toit|barrage) $",
			// Round s20-defr: on foot towards the cliffs; a high river and a
			// last bath; someone who "knows how now", said before they went.
			"(je vais|je marche|je monte|suis parti|suis partie|jsuis parti|jsuis partie) (à pied|seul|seule|maintenant)? (vers|jusqu'aux|jusqu'au|jusqu'à la) (les|la|le)? (falaises|falaise|viaduc|carrière)",
			"(loire|seine|rhône|garonne|marne|meuse|moselle|rivière|fleuve|canal|mer|eau) (est)? (haute|en crue|gonflée|glacée|noire|déchaînée) ... ... (dernier|dernière) (bain|baignade|plongeon) $",
			"(elle|il) (m'a dit|a dit|disait|répétait)? (qu'elle|qu'il) (savait|sait) (maintenant|enfin|désormais) comment $",
			// Fresh set 18: going onto the tracks, as a sentence's end.
			"je (vais|descends|marche|pars) (sur|vers) les (voies|rails) $",
			// Fresh sets 14 and 15: un toit sans garde-corps.
			"(toit|terrasse) ... ... (pas de|sans) (garde-corps|garde corps|rambarde|barrière)",
			// Sets 12 and 13: a hunting rifle on the knees, a rope "taken" at the market.
			"{arme} ... ... (sur les genoux|sur mes genoux|{main})",
			"(les|mes|toutes les|tous les) (pilules|cachets|médocs|comprimés|somnifères) (sont)? {main}",
			"(j'ai)? (pris|acheté|achete|trouvé) (la|une) corde (au|à la|ce|hier|ce matin|$)",
			"(accroché|attaché|noué|installé|préparé) la corde",
			"(je suis|chu|chus|j'suis|jsuis|suis) (sur|su'l|sul|su le|sur le) (le|la)? (pont|toit|rebord|falaise|parapet) ... (pas venu|pas venue|regarde l'eau|c'est correct|c'est calme)",
			"(j'ai)? la lame (en main|dans la main|à la main)",
			"(pris|avalé|avale) (tous|toute|toutes|la boîte|la plaquette|le tube|toute la boîte) ... (doliprane|dafalgan|efferalgan|paracétamol|xanax|lexomil|stilnox|imovane|tramadol|{pilules})",
			"(pris|avalé) # (doliprane|dafalgan|efferalgan|paracétamol|xanax|lexomil|stilnox|imovane|tramadol|{pilules}) ... (on verra|ça fait|il y a)",
			"(ouvert|ouvre|coupé|entaillé) ... trop profond",
			"(ça|sa) (coule|saigne|pisse le sang) partout",
			"du #(e|ème|eme)? étage ... (c'est bon|ça suffira|ça suffit|suffit|assez|ça ira)",
			"(sauter|saute|sauterai|jeter|jette|jetterai) ... du #(e|ème|eme)? étage",
			"(sorti|acheté|pris|chargé|récupéré|trouvé|préparé) (le|la|un|une|l') {arme}",
			"(il|elle) est {main}",
			"{arme} (est)? {main}",
			"(je les ai|les ai|je l'ai) (gardées|gardés|gardé|mises de côté|cachées|stockées)",
			"(garde|gardé|garder|stocke|stocké|accumule|accumulé|économise|économisé) (mes|les)? (dernières|restes de)? {doses}",
			"(j'ai)? (pas|jamais) pris mes (dernières)? {doses}",
			"(voiture|moteur) (qui tourne)? dans le garage",
			"je suis (sur|au bord du|au bord de la) (le|la|du)? (toit|pont|rebord|falaise|balcon|parapet|garde-corps) (de mon immeuble|de l'immeuble)?",
			"(l'eau|la rivière|la mer|le lac|le vide) (a l'air|semble|est) (si|tellement)? (calme|tranquille|paisible)",
			"(ça fait|est-ce que ça fait|ça ferait) mal de (sauter|se noyer|se pendre|tomber)",
			"(se noyer|se pendre|sauter) (ça)? fait mal",
			"sauter du (#|#e|#eme|dernier étage)",
		},
		sigFinal: {
			// Round s20-resid: sorry for what comes next, the sentence ending there.
			"(désolé|désolée|pardon) pour la suite $",
			// Round s20-resid: a farewell "je vous dis adieu"; things not needed
			// any more, the sentence ending there; all one's savings sent to family.
			"^ (alors)? je (vous|te) (dis|fais) (adieu|mes adieux) $",
			"(j'en aurai|j'en aurais|jen aurai) (plus|plus jamais) besoin $",
			"(viré|versé|donné|transféré) (toutes mes économies|tout mon argent|mes économies) (à|a) (mon|ma|mes) (neveu|nièce|frère|sœur|soeur|fils|fille|enfants|mère|père|parents|filleul|filleule|cousin|cousine|meilleure amie|meilleur ami) $",
			// Round s20-defr: an occasion let happen first ("qu'elle ait son
			// anniversaire d'abord"); one's things given away, theirs and one's
			// own too.
			"(qu'elle|qu'il|qu'ils|qu'elles|que maman|que papa) (ait|aient|profite|profitent) (encore|au moins|d'abord)? (de)? (son|sa|leur|ses) (anniversaire|mariage|fête|noël|baptême|retraite|diplôme) (d'abord|avant)?",
			"(donné|offert|légué|laissé|distribué) ... ... (pis|et|puis) (la mienne|le mien|les miennes|les miens) (aussi)?",
			"(je donne|je distribue|j'ai donné|j'ai distribué|je refile|j'ai refilé) (toutes|tous)? (mes) (affaires|trucs|choses|fringues)",
			// Fresh set 18: the children told goodbye without their knowing.
			"(dit|fait) (au revoir|adieu|mes adieux) (aux|à mes) (enfants|gosses|petits|filles|fils) sans (qu'ils|qu'elles) (comprennent|le sachent|sachent|se doutent)",
			// Corpus rows the model alone had carried until sets 14 and 15 were learnt: « ne pleure pas trop ».
			"(ne)? (pleure|pleurez) (pas|plus) (trop)? $",
			// Fresh sets 14 and 15: partir pour de bon ; pas de place gardée au groupe.
			"je (m'en vais|men vais|pars) pour de bon",
			"(gardez|garde) (moi)? pas (de)? place ... ... (je viendrai plus|je reviendrai plus|je viens plus)",
			"(dis|dites) à (ma|mon|mes) (maman|mère|mere|papa|père|pere|femme|mari|enfants|fille|fils|sœur|soeur|frère|frere|famille) (de me pardonner|que je (l'aime|les aime|suis désolé|suis désolée))",
			// Fresh set 13: "voilà c'est fait, j'ai tout pris"
			"(message vocal|lettre|vidéo|video) pour (ma|mon|mes) (fille|fils|enfants|petite|petit) pour (ses|leurs) # ans",
			"si (t'as|tu as|vous avez|t'a) (pas|plus) de (mes)? nouvelles ... (je l'ai fait|c'est fait|je suis plus là|je suis partie|je suis parti)",
			"si (demain)? je (ne)? (réponds|répond|reponds) plus (demain)? ... (c'est normal|vous saurez|tu sauras|je vous aime|je t'aime|pardon|désolé|désolée)",
			"^ (voilà|bon|ok)? (mon)? dernier message",
			"(qqch|quelque chose|un truc) de moi (après|quand)",
			"pour (se souvenir|qu'elle se souvienne|qu'il se souvienne|qu'ils se souviennent) de moi",
			"les lettres sont (dans|sous|sur)",
			"(écrit|laissé) (des|les|mes)? lettres (pour|à) (tout le monde|ma famille|mes enfants|chacun)",
			"(maman|papa|mon amour|chéri|chérie) si tu lis (ça|ceci)",
			"(confié|donné|laissé|amené) (mon|ma|mes) (chat|chien|chatte|chienne|animaux|plantes) à",
			"(s'en occupera|s'occupera de lui|s'occupera d'elle|s'en occuperait|prendra soin de (lui|elle)) mieux que moi",
			"loyer (payé|réglé) ... (d'avance|à l'avance)",
			"(affaires|choses) (données|distribuées)",
			"tout est (réglé|arrangé|en ordre|organisé) pour (après|quand je serai plus là)",
			"(la|cette) (séance|session|dose|cérémonie) (c'était|était) mon adieu",
			"en paix avec (l'idée de)? (partir|mourir|m'en aller)",
			"(c'est|ceci est|c'était) mon dernier (message|check-in|passage) (ici)?",
			"serai plus un (problème|fardeau|poids) pour personne",
			"serai plus là pour (lui|leur|te|vous) (le)? dire",
		},
		sigIntent: {
			// Round s22-defr: "pour de bon" as a sentence of its own ("fin de
			// service. pour de bon."); "je quitte insta. pour de bon." alone
			// is Review.
			"^ (pour de bon|pour toujours|définitivement|à jamais) $",
			// Round s21-defr: no one will notice anything before the next day, at
			// a sentence's end ("avant demain" is everyday talk).
			"personne (remarquera|verra|se rendra compte|s'en rendra compte|s'apercevra|captera) (rien|de rien)? (avant le lendemain|avant lundi|jusqu'au lendemain|jusqu'à lundi) $",
			// Round s20-resid: the plan set (below, after a shift); no reply wanted, it is done.
			"^ (le)? plan est (prêt|calé|fixé|en place) $",
			"^ (répondez|réponds) (pas|plus) ($|c'est)",
			// Round s20-defr: a pet left, and what the neighbour thinks is
			// denied ("c'est pas pour les vacances").
			"^ (mais)? c'est pas (pour|juste pour) (les vacances|le week-end|le weekend|quelques jours|une semaine) $",
			// Fresh sets 14 and 15: « appelle personne ».
			"^ (appelle|appelez|appelles) personne (stp|svp|s'il te plaît)? $",
			"je (passe|passerai|vais passer) à l'acte ({jour}|ce soir|cette nuit|demain|$)",
			"(essayez|essaie|essaye|essayer) pas de (m'en empêcher|m'arrêter)",
			"personne (ne)? (pourra|va|peut) m'(en)? (empêcher|arrêter)",
			"(je)? (veux|voudrais) (pas|plus) revenir",
			"{jour} c'est le (jour|moment) $",
			"{jour} est le (jour|moment) $",
			"(ce soir|cette nuit) j'en finis",
			"(décidé que|décidé) c'est (ce soir|cette nuit|aujourd'hui|demain)",
			"(trois|deux|quatre) fois ma dose",
			"(doublé|triplé) (ma|la) dose",
			"je prends tout d'un coup",
		},
		sigDanger: {
			// Round s20-resid: a threat to kill if the writer talks.
			"(il|elle) (a dit|m'a dit|dit|menace|m'a menacé|m'a menacée) (que)? si je (parle|dis quelque chose|le dis|préviens|appelle) (il|elle) (tue|tuera|va tuer|me tue)",
			// Round s20-defr: someone screaming for help next door.
			"(crie|crient|hurle|hurlent|appelle|appellent) (à l'aide|au secours)",
			// With its subject, so that "elle" is not read as someone else's
			// words: someone else's danger is what it says.
			"(elle|il|ils|elles|qui|quelqu'un) (crie|crient|hurle|hurlent|appelle|appellent) (à l'aide|au secours)",
			// Round s20-defr: a mother or wife next door gone quiet after the
			// screaming.
			"(la|sa) (mère|femme|copine|compagne) (crie|pleure|appelle) (maintenant)? plus",
			"devant la porte à (taper|frapper|cogner)",
			"(taper|tape|frappe|frapper|cogne) (dessus|à la porte|contre la porte)",
			"(enfermée|enfermé|cachée|caché|barricadée|barricadé) (dans|à) (la salle de bain|la salle de bains|ma chambre|la chambre|les toilettes|la voiture)",
			"(il a dit|elle a dit|a dit|m'a dit|menace) que (cette fois)? (il|elle) me (tue|tuera|tuerait)",
		},
		sigWhen: {
			// Round s22-defr: nobody comes up at this hour.
			"personne (monte|vient|passe|montera|viendra) (ici|là-haut|par ici)? (à cette heure|à cette heure-ci|la nuit|le soir)",
			// Round s20-routine: a station or a platform, as a sentence of its own.
			"^ (je suis)? (à la|sur le) (gare|quai) (là|maintenant)? $",
			// Round s20-resid: the other one in the next room; after a shift.
			"(il|elle) est dans la (pièce|chambre) (d'à côté|à côté)",
			"^ après (mon|le) (service|poste|shift) $",
			// Round s20-resid: an alarm set for an hour.
			"(réveil|alarme) (mis|mise|réglé|réglée|programmé|programmée) (à|pour) #",
			"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
			"(quand|dès que|une fois que) (mes parents|ma femme|mon mari|ma copine|mon copain|ma coloc|mon coloc) (seront|sera|sont|est) (partis|partie|parti|sortis|sortie|sorti)",
			"ce soir", "cette nuit", "ce (week-end|weekend)", "demain",
			"(quand|dès que|une fois que) (les enfants|les petits|tout le monde) (dorment|seront couchés|sont couchés)",
			"(y a|il y a) (genre|environ)? une (demi heure|demi-heure|heure)",
			"(y a|il y a) # minutes",
			"d'en haut", "d'un coup", "cette fois",
		},
		sigCue: {
			// Round s21-defr: all arranged for a night or a day.
			"tout est (calé|prêt|réglé|organisé|planifié|arrangé|prévu) pour (la nuit|le soir|le jour|la soirée) (du|de) (#|{jour}|nouvel an|réveillon)",
			// Round s20-resid: it is done (after no reply wanted); thanks for
			// everything (with sorry for what comes next).
			"c'est (déjà)? fait $",
			"merci pour tout",
			// Round s20-resid: the last hope; a body part thought of; things
			// offered; the day said to be chosen (alone these are ordinary).
			"(était|c'était|est|c'est) mon (dernier|seul|ultime) espoir",
			"(pense|pensé|penser|pensant) ... (à|a|qu'à) (mes|ma) (poignets|veines|gorge)",
			"(tu veux|vous voulez|tu peux prendre|tu peux garder|tu peux avoir|je te donne|je te laisse) (ma|mon|mes)",
			"^ (le jour|la date) (est|a été)? (choisi|choisie|fixé|fixée|décidé|décidée)",
			// Round s20-defr: then gone, after an occasion; not needed any more
			// after a day; "the big plunge"; a cover story told to the family; a
			// phone nearly dead; the neighbour thinking a pet is for the holidays;
			// a phone off; someone not come home; blows heard.
			"^ (et)? (après|ensuite|après ça) (je serai plus là|je suis plus là|je serai partie|je serai parti|je disparais|c'est fini pour moi) $",
			// Not at a sentence's end, where it is a final signal (round
			// s20-resid) and would count twice.
			"(j'en aurai|j'en aurais|jen aurai|j'en ai) plus besoin (demain|après|apres|ensuite|dès|à partir|passé|le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette|de toute façon)",
			"(l'heure du|c'est l'heure du|le) grand (plongeon|saut)",
			"(mes parents|ma mère|mon père|ma femme|mon mari|ma copine|mon copain|mon mec|ils|elle|il) (croit|croient|pense|pensent) (que)? (je suis|jsuis|j'suis) (en promenade|au boulot|au travail|à la fac|en cours|en balade|à la salle|au sport|au lycée|à l'école)",
			"(batterie|batt|téléphone) (à)? # (%|pour cent)",
			"(mes parents|ma mère|mon père|ma femme|mon mari|ma copine|mon copain|ils|elle|il) (croit|croient|pense|pensent) que je me (promène|balade)",
			// Without its subject, since "mon cousin, il pense que" would read
			// the subject as someone else's words.
			"que c'est (pour|juste pour) (les vacances|le week-end|le weekend|quelques jours)",
			"(son|sa) (téléphone|portable|tel|tél) (est)? (éteint|coupé|sur messagerie)",
			"(est|sont) ... ... (pas|jamais) (rentrée|rentré|rentrés|revenue|revenu|revenus)",
			"(on entend|j'entends|jentends) (des coups|des hurlements)",
			"(ça cogne|ça tape|ça claque|ça casse|ça tombe)",
			// Fresh sets 14 and 15: « je les ai prises », « au courant de rien ».
			"^ (c'est fait)? (je les ai|jles ai) (prises|avalées|avalés|avalé|toutes prises) $",
			"(au courant de rien|se doute de rien)",
			"prenez soin (de vous|les uns des autres) (les gars|les filles|les amis|les copains|les potes|tout le monde)? $",
			// Round s22-defr: wanting everything to stop; telling no one;
			// "après je le fais" as a sentence of its own (after an alarm
			// set); no one able to stop one. Cues only: "j'ai fini mes
			// devoirs. après je le fais" is everyday talk.
			"^ (et)? (après|ensuite|puis) je le (fais|ferai) $",
			"personne (pourra|peut|va|viendra|pourrait) m'en (empêcher|dissuader)",
			"personne (m'arrêtera|me retiendra|m'empêchera)",
			"je (veux|voudrais) que (tout|ça) s'arrête",
			"(je le dis|je dis rien|je le dirai|je dirai rien|je dis) à personne",
			"(il|elle) est (chargé|chargée)",
			"^ (voilà|voila|bon)? c'est fait $",
			"ce soir je (libère|libere) tout le monde",
			"(étrangement|bizarrement) (léger|légère|calme|serein|sereine)",
			"on verra bien",
			"(c'est|cest) décidé",
			"(bizarre|étrange|drôle) comme je suis calme",
			"exprès",
			// Resolve without a word of what: "je vais le faire".
			"(je vais le faire|j'vais le faire|je le fais ce soir) $",
			"avec (du|de la) (whisky|vodka|alcool|vin|rhum)",
			"je demande (sérieusement|pour savoir)?",
			"j'ai décidé",
			"(c'est|c'était) pas (ta|sa|votre) faute",
			"(pardonne moi|pardonne-moi|pardonnez-moi) $",
			"(forfait|abonnement|contrat|compte|comptes|bail) (résilié|résiliés|fermé|fermés|clôturé)",
		},
	},
}
