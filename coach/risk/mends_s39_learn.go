package risk

// Round s39-learn wrote set 39's misses (a hospital interpreter of
// psychiatric emergency assessments who moderates a language-exchange
// community) as kinds in the four languages, each beside everyday twins
// in testdata/train/targeted-s39-learn.tsv and TestLearnS39. The set told
// plans by what they leave out: a letter that will be read "when it's
// already over", a summit with no descent planned, a high place that is
// "a good place to stop" or "to say goodbye", a through train and the
// platform's end, waiting for a child's exam or birthday "and after
// that, I'll do it", a lethal drug pocketed at work, leaving the ward
// against advice and telling nobody where to, a call the other did not
// know was the last, a grill "not for a barbecue" in a closed room, a
// plan denied to a clinician "and that was a lie", no check-in wanted
// tomorrow, a rope left tied, a ward window that opens and the shift
// change awaited, the next lorry on a motorway, and "I'd rather do it
// myself before they do". And danger from others: put out in the cold
// with "if you come back he'll kill you", family coming to punish a
// relationship while the writer hides, a passport taken and a guard at
// the door before a flight. Review: stopping on a bridge to look down, a
// guest in one's own life, dead weight for one's children, a dream of
// one's funeral and sorry to wake, envy of the terminally ill, tired of
// fighting one's own head, in the way everywhere, no point going on if
// always empty. Many of these are told over several sentences, so they
// are signals (mendSignalsS39Learn): one part strong, the other weak, so
// that either alone is at most Review. Which part is strong was chosen by
// which is rarer in everyday talk: "by then it's already over" is strong
// and a letter read on Monday weak; but "danach mach ich's" and "après je
// le fais" are what people say of homework, so there waiting for a
// child's exam or a sister's wedding is the strong part (Review alone,
// a question worth asking) and the bare "then I'll do it" the weak one.
// The phrases end on "$" where ordinary sentences go on with the same
// words ("no descent planned, we're taking the cable car").
var mendsS39Learn = s36GapSets([4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(open|opens|read|reads|will read|will open|get|gets|find|finds) (it|the letter|the card|the note) ~ (by then|by which time) (it is|its|it will be|itll be|i will be|ill be|everything will be) (already|long|all)? (over|done|gone) $",
			"(not|no) (planning|planned) (on)? (the|a|any)? (descent|way down|way back) $",
			"(the)? (descent|way down|way back) (is)? not (planned|in the plan|part of the plan) $",
			"(i am|im) not planning (on)? (coming|going) (back)? down $",
			"(good|nice|perfect|beautiful|lovely|right) (place|spot) (to|for) (end it|end it all|die|dying|end things|jump|finish it) $",
			"(wait|waiting) (until|till|til) after ~ (then|and then|after that) (i will|ill|i am going to|im going to|im gonna) do it $",
			"(took|stole|nicked|pocketed|swiped|brought home|smuggled out|walked out with) ~ (pentobarbital|pentobarbitone|euthasol|potassium chloride|kcl|vecuronium|rocuronium|suxamethonium|succinylcholine|propofol)",
			"(pentobarbital|pentobarbitone|euthasol|potassium chloride|vecuronium|rocuronium|suxamethonium|propofol) ~ (in my pocket|in my bag|home with me|nobody noticed|no one noticed)",
			"(she|he|they|mum|mom|dad|my (mum|mom|dad|mother|father|sister|brother|nan|gran|grandma|grandpa|son|daughter|wife|husband)) (does not|doesnt|did not|didnt|has no idea|had no idea) (know)? (that)? (it|this|that) was (the|my|our) last (call|phone call|time we talked|time we spoke) $",
			"(charcoal|disposable (bbq|bbqs|barbecue|barbecues|grill|grills)) ~ not for (a|the)? (bbq|barbecue|barbeque|grill|cookout)",
			"(asked|ask) (me)? (if|whether) i (had|have|got) a plan ~ (said|told (her|him|them)) no ~ (lie|lied|lying|not true)",
			"(do not|dont) bother (with|sending|doing) (my|the|tomorrows) check-in (tomorrow)? $",
			"no need (to send|for|to do|to wait for) (my|the|tomorrows) check-in (tomorrow)? $",
			"(left|have|got|already left|ive left) the (rope|noose) (tied|tied up|hanging|ready|up) (this morning|today|this afternoon|tonight|already)? $",
			"(the)? (rope|noose) (is)? (already)? (tied|hanging) (to|from|on) (the|a)? (branch|beam|rafter|tree|oak|hook|bannister|banister) $",
			"(said|says|told me|told us|swore|threatened) (that)? if (we|i) (come|go) back (he will|hell|hed|he would|he is going to|hes going to|hes gonna|she will|shell|they will|theyll) kill (us|me)",
			"(step|stepping|walk|walking|jump|jumping|throw myself|run) (out)? in front of the next (lorry|truck|bus|car|train|semi|one)",
			"(i would|id|i'd) rather do it myself (before|than) (they do|they do it|them|let them) $",
			"(standing|stand|im|i am) (at|on) the (end|edge) of the platform ~ (without stopping|doesnt stop|does not stop|non stop)",
		},
		review: []string{
			"(stopped|stood|stayed|paused) (on|at|in the middle of) the bridge ~ (looked|looking|staring|stared|gazing) (down|over the edge)",
			"(a|like a)? guest in my own life",
			"(dreamt|dreamed|dream|had a dream) (about|of|that i was at|i was at) my (own)? (funeral|burial|grave) ~ (peace|calm|peaceful|relieved|happy|at ease)",
			"(woke up|waking up|wake up) (and)? (was|felt|feeling|so)? disappointed (to be alive|to still be here|to wake up)? $",
			"(disappointed|sad|gutted) to (still be here|be still here|wake up again|be alive)",
			"(jealous|envious|envy) (of)? (people|those|ppl|anyone|someone|others) (who|that|with) ~ (terminal|terminally|incurable|dying)",
			"(i am|im|i feel like im|feel like i am) (in the way|surplus|one too many) everywhere",
		},
		benign: []string{
			// Taken back at once, with a laugh: a pane of glass, no plan.
			"(jump|throw myself) out (of)? the window (lol|haha|hahaha|lmao|xd) (jk|just kidding|ok no|nah)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(la|lo) (lee|leerá|abre|abrirá|recibe|recibirá|encuentra|encontrará) ~ (y)? para entonces (ya)? ~ (terminado|acabado|no estaré|no voy a estar)",
			"(la|el)? (bajada|vuelta|regreso|descenso) no (la|lo)? (tengo pensada|tengo pensado|tengo planeada|tengo planeado|planeo|planifico|contemplo) $",
			"no (pienso|planeo|tengo pensado) bajar $",
			"(buen|bonito|lindo|hermoso|precioso|perfecto) (sitio|lugar) para (morir|morirme|acabar con todo|terminar con todo|saltar|tirarme) $",
			"(me llevé|me lleve|robé|robe|saqué|saque|agarré|agarre|me traje|me robé|me robe) ~ (pentobarbital|cloruro potásico|cloruro de potasio|kcl|propofol|vecuronio|rocuronio|succinilcolina|eutanásico|eutanasico)",
			"no (sabe|sabía|sabia|tiene idea|tenía idea) (de)? que (fue|era|es) (la|nuestra|mi) (última|ultima) (llamada|vez que hablamos) $",
			"(preguntó|pregunto|preguntaron) si (tenía|tenia|tengo) (un)? plan ~ (dije|le dije|les dije|contesté|conteste) (que)? no ~ (mentira|mentí|menti)",
			"no (hace falta|es necesario) (que me (manden|mandes|hagan|hagas)|mandarme|hacerme)? (el|mi)? check-in (de)? (mañana)? $",
			"no se (molesten|molesta|moleste) (con)? (el|mi) check-in (de)? (mañana)? $",
			"(dejé|deje|ya dejé|ya deje|tengo|dejo) la (cuerda|soga) (amarrada|atada|colgada|lista|puesta) $",
			"(dijo|dice|juró|juro|amenazó|amenazo|me dijo) (que)? si (volvemos|vuelvo|regresamos|regreso) (nos|me) (mata|matará|matara)",
			"(al|el) (próximo|siguiente|proximo) (camión|camion|tráiler|trailer|tren|bus|autobús|autobus|coche|carro)? (me le|me) (atravieso|aviento|tiro|cruzo)",
			"prefiero hacerlo (yo)? (mismo|misma)? (antes que ellos|antes de que ellos|antes que ellas|antes de que ellas|antes que él|antes que el) $",
		},
		review: []string{
			"(invitado|invitada) en mi propia vida",
			"(solo|sólo|nada más|nada mas|ya solo|ya sólo) soy un (lastre|estorbo|peso muerto) para",
			"(soñé|sone|soné) con mi (propio)? (entierro|funeral|velorio) ~ (tranquila|tranquilo|paz|aliviada|aliviado|feliz)",
			"me (desperté|desperte) (decepcionada|decepcionado|desilusionada|desilusionado) $",
			"(envidia|envidio) (a|de)? (la gente|los que|quienes|las personas|los enfermos) ~ (terminal|terminales|incurable|incurables|desahuciados|desahuciadas)",
			"(harta|harto|cansada|cansado) de (pelear|luchar) contra (mi propia cabeza|mi cabeza|mí misma|mí mismo|mi mente|mi propia mente)",
			"(estoy|siento que estoy|soy) de más en todas partes",
			"sobro en todas partes",
			"(para qué|para que|de qué sirve|de que sirve) seguir si ~ (vacía|vacia|vacío|vacio|mal|triste|sola|solo)",
		},
		benign: []string{
			// Taken back at once, with a laugh: a pane of glass, no plan.
			"me (quiero|voy a) (tirar|aventar) por la ventana (jaja|jajaja|jajajaja|jsjs|xd|lol) (ok no|mentira|es broma|naa)",
			// A last check-in of a stretch of time, not of a life.
			"(último|ultimo) check-in (de la semana|del día|del dia|de hoy|del mes|antes de (las vacaciones|mi viaje))",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(liest|öffnet|findet|bekommt) (sie|ihn|es)? ~ (dann|da|bis dahin) (ist es|ist alles|bin ich) (schon|längst) (vorbei|weg|tot)",
			"(den)? abstieg (plan|plane|planen) ich nicht (ein|mit)? $",
			"(kein|keinen) abstieg (geplant|eingeplant) $",
			"(abstieg|rückweg) (ist)? nicht (geplant|eingeplant) $",
			"(guter|schöner|perfekter|richtiger) (ort|platz|fleck) (zum|um zu)? (aufhören|sterben|springen|aufzuhören|zu sterben|zu springen) $",
			"(wart|warte) ~ bis nach ~ (danach|dann) (mach|tu) (ich's|ich es) $",
			"(pentobarbital|kaliumchlorid|kcl|propofol|vecuronium|rocuronium|narcoren|euthadorm) ~ (eingesteckt|mitgenommen|geklaut|eingepackt|abgezweigt|eingesackt|mitgehen lassen|heimgenommen)",
			"(eingesteckt|mitgenommen|geklaut|abgezweigt|eingesackt) ~ (pentobarbital|kaliumchlorid|propofol|vecuronium|narcoren|euthadorm)",
			"(sie|er|mama|papa|mutti|niemand|keiner) (weiß|wusste|ahnt|ahnte) (nicht|nichts davon|nichts) dass (es|das|dies) (der|unser|mein) (letzte|letzter) (anruf|telefonat) (war|ist) $",
			"gefragt ob ich (einen|nen|ein) plan (hab|habe|hätte) ~ nein gesagt ~ (gelogen|gelogen war|lüge)",
			"(meinen|den) check-in (morgen)? (könnt ihr euch|kannst du dir|können sie sich) sparen $",
			"(braucht|brauchst) (ihr|du)? (mir)? (morgen)? (keinen|kein) check-in (mehr)? (zu)? (schicken|machen)? $",
			"(hab|habe) (das|den) (seil|strick) (heute|schon|heute schon|vorhin)? (festgebunden|festgemacht|aufgehängt|angebracht|hingehängt) $",
			"(das seil|der strick) (hängt|ist festgebunden) (schon)? $",
			"wenn (wir|ich) (zurückkommen|zurückkomme|wiederkommen|wiederkomme|heimkommen|heimkomme) (bringt|bringe) (er|sie) (uns|mich) um",
			"(vor den|vor dem|vorm) (nächsten|nächste) (laster|lkw|lastwagen|zug|bus|auto|sattelzug) (spring|springe|lauf|laufe|werf mich|werfe mich|geh|gehe) ich",
			"(spring|springe|lauf|laufe|werf mich|werfe mich) (ich)? vor den nächsten (laster|lkw|lastwagen|zug|bus|auto|sattelzug)",
			"(mach|tu) (ich's|ich es) lieber selbst bevor (die|sie|er) (es tun|es tut|mich kriegen|das machen|es machen) $",
			"(steh|stehe|stah|bin) (ganz)? (am|an der) (ende|änd|kante|rand) (vom|des) (bahnsteig|bahnsteigs|perron|gleis) ~ (durch|dure) (ohne|ohni)",
		},
		review: []string{
			"(auf der|an der) brücke (stehen geblieben|stehengeblieben|gestanden) ~ (runtergeschaut|runter geschaut|hinuntergeschaut|hinabgeschaut|nach unten geschaut|runtergeguckt|in die tiefe geschaut)",
			"gast im (eigenen|meinem eigenen|meinem) leben",
			"(bin|ich bin) (nur noch|nur|bloß noch|bloss noch|nichts als) ballast (für|fur)",
			"(eigenen|eigene)? (beerdigung|trauerfeier) geträumt ~ (ruhig|erleichtert|friedlich|glücklich|froh)",
			"(neidisch|eifersüchtig) auf (leute|menschen|die) ~ (unheilbar|unheilbaren|todkrank|todkranke|todkranken|terminal|tödlichen)",
			"(leid|müde|satt) gegen (meinen eigenen kopf|mich selbst|meinen kopf) (zu)? (kämpfen|anzukämpfen)",
			"(ich bin|bin) überall (zu viel|zuviel|überflüssig|fehl am platz)",
			"wozu weitermachen wenn ~ (leer|schlecht|allein|kaputt)",
		},
		benign: []string{
			// Taken back at once, with a laugh: a pane of glass, no plan.
			"(ich)? (spring|springe) aus dem fenster (haha|hahaha|lol|xd) (nee|nein|quatsch|spaß)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(la|le) (lira|lit|ouvrira|ouvre|recevra|reçoit|trouvera) ~ (d'ici là|à ce moment-là) ~ (fini|terminé|parti|partie)",
			"(la)? (descente|redescente|retour) (je la prévois pas|je le prévois pas|est pas prévue|est pas prévu|pas prévue|pas prévu|je l'ai pas prévue|je prévois pas) $",
			"je prévois pas de (redescendre|descendre) $",
			"(bel|bon|joli|parfait) endroit pour (mourir|en finir|sauter|tout arrêter) $",
			"(j'ai pris|j'ai piqué|j'ai volé|j'ai ramené|j'ai embarqué|j'ai chopé|j'ai subtilisé) ~ (pentobarbital|chlorure de potassium|kcl|propofol|vécuronium|dolethal|euthasol)",
			"(il|elle|ils|elles|maman|papa|personne) (sait|savait|savent) pas que (c'était|c'est) (le|notre|mon) dernier (appel|coup de fil|coup de téléphone) $",
			"demandé si (j'avais|j'ai) un plan ~ (j'ai dit|dit|répondu) non ~ (mensonge|menti|faux)",
			"pas (la peine|besoin) (de|d'envoyer|de faire|de m'envoyer)? (mon|le) check-in (de)? (demain)? $",
			"(j'ai laissé|j'ai) la corde (attachée|nouée|accrochée|prête|en place) $",
			"que si (on revient|je reviens|nous revenons|on rentre|je rentre) (il|elle|ils) (nous|me) (tue|tuera|tuent|va tuer)",
			"je (préfère|préférerais) le faire (moi-même|moi même|moi)? avant (eux|qu'ils le fassent|qu'ils me trouvent|elles) $",
		},
		review: []string{
			"(invité|invitée) dans ma propre vie",
			"je suis (plus qu'un|qu'un|juste un|rien qu'un|plus rien qu'un) (boulet|poids mort|fardeau) pour",
			"(rêvé|rêve) de mon (propre)? (enterrement|funérailles) ~ (soulagée|soulagé|calme|apaisée|apaisé|en paix|heureuse|heureux)",
			"(déçue|déçu) d'être (encore|toujours) (là|en vie|vivante|vivant) $",
			"(déçue|déçu) d'être (encore|toujours) en vie",
			"(jaloux|jalouse|envie) (des|de ceux|de celles|des gens) ~ (phase terminale|incurable|condamnés|en fin de vie)",
			"(tanné|tannée|fatigué|fatiguée|épuisé|épuisée|écœuré|écœurée) de me battre contre (ma propre tête|ma tête|moi-même|moi même|mon cerveau)",
			"(suis|être|je suis|d'être) de trop partout",
			"(ça sert à quoi|à quoi ça sert|à quoi bon) (de)? continuer si ~ (vide|mal|seule|seul|triste)",
		},
		benign: []string{
			// Taken back at once with an errand: no plan.
			"je vais me (pendre|tuer) (non|nan|mais non) je vais (acheter|commander|manger|prendre|faire) (un|une|des|du|de la)? (pot|bocal|pizza|kebab|burger|sandwich|tacos|gâteau|glace|sushis|pâtes|crêpes|mayo|mayonnaise)",
		},
	},
})

// mendSignalsS39Learn read set 39's kinds told over the sentences of a
// line. Either part alone is at most Review (see mendsS39Learn).
var mendSignalsS39Learn = s36GapSignals([]signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(i am|im) (standing)? (right)? (at|on) the (very)? (end|edge) of the platform $",
			"(the)? window ~ (opens|open) (all the way|fully|wide|completely) $",
			"(burned|burnt) my (arms|wrists|thighs|legs|stomach|chest) (with|on purpose with) (the|an|a|my)? (iron|lighter|cigarette|cigarettes|hot knife|curling iron|kettle)",
		},
		sigFinal: {
			"(left|discharged myself|checked (myself)? out|walked out|signed myself out) ~ (against (medical|the doctors|doctors|my doctors)? advice|ama)",
		},
		sigIntent: {
			"(wait|waiting) (until|till|til) (after)? (my|his|her) (son|sons|daughter|daughters|kid|kids|childrens|sister|sisters|brother|brothers|mum|mums|mom|moms|dad|dads|grandkids) (graduation|exam|exams|birthday|wedding|christening|finals)",
			"^ (and)? (by then|by that time) (it is|its|it will be|itll be|everything will be|it will all be|i will be|ill be) (already|long|all)? (over|done|gone) $",
			"^ (and)? then (it is|its|it will be|itll be|i will be|ill be) (already|long) (over|gone) $",
			"(good|nice|perfect|beautiful|lovely) (place|spot) to say (goodbye|my goodbyes) $",
			"^ (it is|its|they are|theyre)? not for (a|the)? (bbq|barbecue|barbeque|grill|grilling|cookout) $",
			"(asked|ask|asking) (me)? ~ (if|whether) i (had|have|got) a plan (and|but)? (i)? (said|told (her|him|them)|answered) no",
		},
		sigDanger: {
			"found out about (my|me and my|our) (boyfriend|girlfriend|partner|relationship|pregnancy) ~ (they are|theyre|he is|hes|are) (coming|on their way|on his way) (here|over)? $",
			"(teach|give) me a lesson (i will|ill|i'll) never forget",
			"(family|parents|father|dad|mother|mum|mom|uncle|brother|brothers|husband|in-laws|they) (took|have taken|has taken|confiscated|hid|hidden|locked away) my passport",
		},
		sigCue: {
			"^ (and)? (after that|afterwards|once its over|once it is over) (i will|ill|i am going to|im going to|im gonna) do it $",
			"(she|he|they|mum|mom|dad|my (wife|husband|sister|brother|therapist|mum|mom|dad|daughter|son)) (will|ll)? (read|reads|open|opens|get|gets|find|finds) (it|them|the letter|the card|the note)? (on|next|by)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week)",
			"(a|an)? (#|##) (metre|meter|m|metres|meters|foot|feet|ft) (drop|fall)",
			"(train|freight train|express) ~ (comes|goes|passes|runs) (through)? ~ without stopping",
			"(did not|didnt|have not|havent) (tell|told) (anyone|anybody|a soul) where (i am|im) (going|headed|heading|driving)",
			"(nobody|no one) knows where (i am|im) (going|headed|heading|driving)",
			"^ (and)? not (going)? home (anyway)? $",
			"(bought|got|picked up) ~ (charcoal|disposable (bbq|bbqs|barbecue|barbecues|grill|grills))",
			"(window|windows) ~ (painted shut|sealed|does not open|doesnt open|wont open|taped)",
			"has no (window|windows) $",
			"^ (that was|it was|that is|thats) a lie $",
			"^ i lied $",
			"thanks for asking (me)? (how i am|how i was|how im doing)? (every day|each day|daily)",
			"you (were|are) the only one (who|that) (ever)? asked",
			"(waiting|wait) (for|till|until) (the)? (shift change|handover|staff change|night shift)",
			"(skin|it) (is|looks|went|turned) (white|waxy|leathery|black)",
			"(blisters|blistered|blistering)",
			"(not going|dont want to go|do not want to go|wont go|refuse to go) (to)? (a e|the er|er|hospital|the hospital|urgent care|emergency)",
			"(i am|im) hiding (at|in) ~ (but)? (they|he) (know|knows) where",
			"(they|he) (already)? (know|knows) where (she|he|they) (live|lives)",
			"(uncle|brother|father|cousin|dad|mum|mother|aunt|husband) (sleeps|is sleeping|sits|is sitting|stands) (outside|in front of|by) my door",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(estoy|me quedé|me quede)? (parada|parado)? (al|en el) (final|borde|filo) del andén $",
			"(la)? ventana ~ se abre (del todo|entera|completa|completamente) $",
			"(me quemé|me queme) (los|las|mis) (brazos|muslos|muñecas|piernas) (con)? (la|el|un|una|unos)? (plancha|encendedor|mechero|cigarro|cigarros|cigarrillo|cuchillo caliente)",
		},
		sigFinal: {
			"(me fui|salí|sali|me escapé|me escape|me di de alta) ~ (contra el consejo médico|contra (la)? opinión médica|contra (la)? opinion medica|en contra del médico|en contra de los médicos)",
		},
		sigIntent: {
			"(esperar|espero|esperaré|aguantar|aguanto) (a que pase|hasta que pase|hasta después de|hasta despues de) (el|la|los|su|mi)? (cumple|cumpleaños|boda|examen|graduación|graduacion|bautizo|comunión|comunion) de (mi|su) (hija|hijo|hijos|hermano|hermana|madre|padre|mamá|mama|papá|papa|nieto|nieta)",
			"^ (y)? (para entonces|para ese momento) (ya)? ~ (terminado|acabado|no estaré|no voy a estar) (todo)? $",
			"(buen|bonito|lindo|hermoso|precioso) (sitio|lugar) para (despedirse|despedirme|decir adiós) $",
			"^ no (es|son) para (un|una|el|la)? (asado|barbacoa|parrillada|carne asada) $",
			"(preguntó|pregunto|preguntaron) si (tenía|tenia|tengo) (un)? plan ~ (dije|le dije|les dije|contesté|conteste) (que)? no",
		},
		sigDanger: {
			"(mi|mis) (padre|padres|madre|hermanos|hermano|tío|tio|tíos|tios|familia|primos|marido|esposo) se (enteraron|enteró|entero) ~ (vienen|vienen para acá|vienen para aca|están viniendo|vienen a buscarme) $",
			"(me van a dar|van a darme) una lección",
			"(me quitaron|me quitó|me quito|me escondieron|me escondió|me retuvieron|me retienen) (el|mi) pasaporte",
		},
		sigCue: {
			"^ (y)? (después|despues|luego) (ya|lo hago|ya lo hago) $",
			"(la|lo) (lee|leerá|abre|abrirá|recibe|recibirá|encuentra|encontrará|va a leer|va a abrir) (el (lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)|mañana|pasado mañana|la semana que viene)",
			"(caída|caida) de (#|##) (metros|m)",
			"(tren) ~ pasa ~ sin parar",
			"no quiero (arruinárselo|arruinarselo|arruinárselos|arruinarle|arruinarles)",
			"no le (dije|he dicho) a nadie (a dónde|adónde|a donde|adonde|donde|dónde) (voy|me voy)",
			"nadie sabe (a dónde|adónde|a donde|adonde|donde|dónde) (voy|estoy)",
			"(compré|compre|conseguí|consegui) ~ (carbón|carbon|parrilla desechable|barbacoa desechable|parrillas desechables)",
			"(la)? ventana ~ no (abre|se abre)",
			"^ (era|fue|es) mentira $",
			"^ (mentí|menti) $",
			"gracias por (preguntarme|preguntar) ~ (todos los días|cada día|cada dia|todos los dias)",
			"(eras|eres|fuiste) (la|el|lo) (única|único|unica|unico) que (me)? (lo)? preguntaba",
			"(espero|esperando|esperar) (a|al|el)? cambio de turno",
			"(la)? piel (está|esta|se puso|quedó|quedo) (blanca|negra)",
			"ampollas",
			"no (quiero|voy a|pienso) ir a (urgencias|emergencias|el hospital)",
			"(estoy escondida|estoy escondido|me escondo|me estoy escondiendo) en casa de",
			"saben (dónde|donde) (vive|vivo|estoy)",
			"(duerme|está durmiendo|esta durmiendo|vigila) (delante de|frente a|en) mi puerta",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(ich)? (steh|stehe|stah|bin) (ganz)? (am|an der) (ende|änd|kante|rand|bahnsteigkante) (vom|des)? (bahnsteig|bahnsteigs|perron|gleis)? $",
			"(das)? fenster ~ (geht|lässt sich) (ganz|komplett|vollständig) (auf|öffnen) $",
			"(hab|habe) mir (die|meine) (arme|handgelenke|oberschenkel|beine) ~ (verbrannt|angesengt)",
		},
		sigFinal: {
			"(gegen ärztlichen rat|gegen den ärztlichen rat|gegen den rat der ärzte) ~ (raus|entlassen|gegangen|abgehauen|weg)",
			"(raus|entlassen|gegangen|abgehauen) ~ (gegen ärztlichen rat|gegen den ärztlichen rat|gegen den rat der ärzte)",
		},
		sigIntent: {
			"(wart|warte|warten) (noch)? bis (nach)? (dem|der|seinem|ihrem|meinem)? (prüfung|abschlussprüfung|geburtstag|hochzeit|abitur|abi|taufe|konfirmation) (von)? (meinem|meiner|meines|meine) (sohn|sohnes|tochter|bruder|bruders|schwester|mama|papa|kinder|enkel|enkelin)",
			"^ (und)? bis dahin (ist|sind|bin) (es|alles|ich) (schon|längst|eh)? (vorbei|weg|erledigt) $",
			"^ (und)? dann (ist|sind|bin) (es|alles|ich) (schon|längst) (vorbei|weg) $",
			"(guter|schöner|perfekter) (ort|platz) (zum|für den|fürs)? (abschied|abschiednehmen|abschied nehmen|verabschieden) $",
			"^ (aber)? nicht (zum|fürs|für das|für den) (grillen|grill|barbecue) $",
			"gefragt ob ich (einen|nen|ein) plan (hab|habe|hätte) ~ nein gesagt",
		},
		sigDanger: {
			"(rausgefunden|erfahren|herausgefunden) ~ (kommen her|kommen vorbei|sind unterwegs|kommen mich holen|kommen hierher) $",
			"(eine lektion erteilen|einen denkzettel verpassen)",
			"(haben|hat) mir (den|meinen) (pass|reisepass) (weggenommen|abgenommen|versteckt)",
		},
		sigCue: {
			"^ (und)? (danach|dann) (mach|tu) (ich's|ich es) $",
			"(sie|er|mama|papa|mutti) (liest|öffnet|bekommt|kriegt|findet) (sie|ihn|es|den brief|die karte|die nachricht)? (erst)? (am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|morgen|übermorgen|nächste woche)",
			"(#|##) (meter|m) (tief|freier fall|runter|abgrund)",
			"(zug|güterzug|ice|intercity) ~ (fährt|fahrt|kommt) ~ (durch|dure) (ohne|ohni) (zu halten|z'halte|halten|halt|anzuhalten)",
			"(niemand|keiner) weiß wohin ich (fahr|fahre|geh|gehe)",
			"(hab|habe) (keinem|niemandem) gesagt wohin ich (fahr|fahre|geh|gehe)",
			"nach hause (jedenfalls)? nicht $",
			"(grillkohle|holzkohle|einweggrill|einweggrills)",
			"fenster ~ (geht nicht auf|lässt sich nicht öffnen|zugeklebt|abgedichtet|zugestrichen)",
			"^ (das war|war) gelogen $",
			"^ (ich hab|hab|habe) gelogen $",
			"danke dass (ihr|du) (mich)? (jeden tag|täglich) gefragt (habt|hast)",
			"(warte|warten|wart) (auf den|bis zum) schichtwechsel",
			"haut ~ (weiß|weiss|schwarz)",
			"blasen",
			"(will|geh|gehe) (nicht|nich) (in die|ins|zur) (notaufnahme|krankenhaus|notarzt)",
			"(versteck|verstecke) mich (bei|in)",
			"(die|sie|er) (wissen|weiß) wo (sie|er) (wohnt|wohnen)",
			"(schläft|sitzt|wacht|steht) vor meiner tür",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(je suis|je me tiens|suis) (tout)? au (bout|bord) du quai $",
			"(la)? fenêtre ~ s'ouvre (en grand|entièrement|complètement|grande) $",
			"je me suis (brûlé|brûlée) (les|mes) (bras|poignets|cuisses|jambes) (avec)? (le|un|une|mon|ma)? (fer|briquet|cigarette|clope)",
		},
		sigFinal: {
			"contre avis médical",
		},
		sigIntent: {
			"(j'attends|attendre|j'attendrai) (que|jusqu'à|jusqu'après) (le|la|l')? (mariage|anniversaire|examen|bac|diplôme|baptême|communion) de (ma|mon|mes) (sœur|soeur|frère|frere|fille|fils|mère|mere|père|pere|enfants|petite-fille|petit-fils)",
			"^ (et)? (d'ici là|à ce moment-là) (ce sera|tout sera|c'est|ça sera|je serai) (déjà)? (fini|terminé|fait|parti|partie|loin) $",
			"^ (et)? (alors|ensuite) (ce sera|tout sera) déjà (fini|terminé) $",
			"(bel|bon|joli|parfait) endroit pour (dire adieu|faire mes adieux|dire au revoir) $",
			"^ (c'est|ce sera)? pas pour (un|le|une)? (barbecue|barbec|grillade|grillades) $",
			"demandé si (j'avais|j'ai) un plan ~ (j'ai dit|dit|répondu) non",
		},
		sigDanger: {
			"(ont appris|a appris|ont découvert|a découvert|ont su|a su) pour ~ (ils arrivent|il arrive|ils viennent|il vient) $",
			"(m'ont pris|m'a pris|m'ont confisqué|m'a confisqué|ont confisqué|a confisqué|ont caché|a caché) (mon|mes) (passeport|papiers)",
		},
		sigCue: {
			"^ (et)? (après|ensuite) (je le fais|je le ferai|je passe à l'acte) $",
			"(elle|il) (la|le) (lira|lit|ouvrira|ouvre|recevra|reçoit|trouvera) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|après-demain|la semaine prochaine)",
			"(#|##) (mètres|m) de (vide|chute)",
			"(train) ~ passe ~ sans (s'arrêter|arrêt)",
			"(j'ai dit|dit) à personne où (je vais|je pars)",
			"personne sait où (je vais|je suis)",
			"(charbon de bois|barbecue jetable|barbecues jetables)",
			"fenêtre ~ (s'ouvre pas|ouvre pas|condamnée|scellée)",
			"^ (c'était|c'est) (un mensonge|faux) $",
			"^ j'ai menti $",
			"merci de m'avoir demandé ~ (tous les jours|chaque jour)",
			"(j'attends|attendre|attends) (le)? (changement d'équipe|changement de garde|relève|changement de service)",
			"peau ~ (blanche|noire)",
			"cloques",
			"(veux|vais) pas aller (aux urgences|à l'hôpital)",
			"je me cache chez",
			"(ils|il|elle) (savent|sait) où (elle|il) (habite|habitent|vit)",
			"(dort|dorment|est assis|surveille) devant ma porte",
		},
	},
}})

// mendsS39Drift are the corpus lines the retrained model moved against
// their label once set 39 was learnt, written as kinds so that no model
// can move them again: "bring ich mich um" with the verb first (a day
// before it), an ending put after a family's last evening "so at least
// they have that night", the least painful way looked up, a session
// cancelled "since I won't be there", a console and a motorbike given
// away, "tonight, no doubt left", going out "like a lamp" on a day; and
// at Review, why get up at all, anything worth staying for, would anyone
// notice if I vanished, numb since the last session, only taking up
// space, picturing one's own funeral, no way out seen again. Owing
// nobody anything is Review, a last loan paid off or affairs put in
// order: set 31's ordinary "pagué el último préstamo, ya no le debo nada
// a nadie" went from Review to Crisis with the new model. With a loan or
// a mortgage named as what was paid off, as the corpus has it, the words
// are a relief and blanked (benign). Dishes left
// in the sink and keys locked in are the everyday words the model took
// for a farewell.
var mendsS39Drift = s36GapSets([4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(so|so that)? (at least|let) they (have|get|can have|enjoy) (that|this|one last|a last) (night|evening|christmas|dinner|new year|new years eve)",
			"(looked up|searched|googled|researched) how to do it ~ (least painful|hurts (the)? least|doesnt hurt|painless)",
			"(cancelled|canceled) ~ (session|appointment|infusion) ~ (i will not|i wont|wont) be (here|there|around) (anymore|any more)? $",
			"(its|it is) (for)? (tonight|tomorrow) ~ no (more)? doubt (left|anymore|any more)?",
			"(i will|ill|i am going to|im going to|im gonna) (go out|switch off|fade out|burn out) like a (lamp|candle|light)",
		},
		review: []string{
			"why (even)? (bother)? (get|getting) up (anymore|any more|at all) $",
			"(anything|something) (left)? worth (staying|sticking around) for",
			"would (anyone|anybody) (even)? (notice|care) if i (just|simply)? (disappeared|vanished|was gone|disappear|vanish)",
			"(since|after) (the|my) (last)? (session|infusion|treatment) ~ (numb|hollow|dead inside|like a zombie)",
			"(i am|im) (just|only)? taking up space",
			"(i)? (do not|dont) owe (anyone|anybody) anything (anymore|any more|now)?",
			"(keep|kept|keeps|cant stop|can't stop|always) (picturing|imagining|thinking about) my (own)? (funeral|burial|grave)",
		},
		benign: []string{
			"sorry (for|about) what (you|you will|youll|you guys|yall) (find|see) in the (kitchen|sink) (tomorrow)? ~ (did not|didnt|have not|havent) (do|done) the (dishes|washing up)",
			"(paid off|finished paying|cleared) (the|my) (last)? (loan|mortgage|car|credit card|card|debt|student loan) ~ (do not|dont) owe (anyone|anybody) anything",
			"locked (the door|myself out|me out) ~ keys (inside|in the house|in the car|on the table)",
			// A broken wrist is an injury; the word alone moved the model.
			"(broken|fractured) (wrist|wrists) (from|after) (skiing|the fall|a fall|falling|snowboarding|football|cycling)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(que|para que) (al menos|por lo menos|almenos) (tengan|disfruten|pasen) (esa|esta|la|una) (última|ultima)? (noche|navidad|cena|fiesta|nochevieja)",
			"(busqué|busque|investigué|investigue|googleé|googlee) (como|cómo) hacerlo ~ (menos duele|menos dolorosa|menos doloroso|sin dolor|no duele)",
			"(cancelé|cancele|anulé|anule) ~ (sesión|sesion|cita|infusión|infusion) ~ ya no (voy a estar|estaré|estare) $",
			"(ya)? (regalé|regale|di) (la|mi) (play|consola|moto|guitarra) y (la|mi|el) (play|consola|moto|guitarra|perro|gato|carro|coche)",
			"(es|será|sera) (esta noche|hoy) ~ (ya no tengo|ninguna|sin) (duda|dudas)",
			"me (apago|voy a apagar|apagaré|apagare) como una (vela|lámpara|lampara|luz)",
		},
		review: []string{
			"para qué (me)? (levantarme|levantarse|levantarme ya) $",
			"(algo|nada) por lo que valga la pena (quedarse|quedarme|seguir|vivir)",
			"(alguien|nadie) (notaría|notaria|se daría cuenta|se daria cuenta) si (simplemente)? (desaparezco|desapareciera|desapareciese|me voy|me muero)",
			"desde la (última|ultima)? (sesión|sesion|infusión|infusion) ~ (anestesiada|anestesiado|entumecida|entumecido|vacía|vacia|vacío|vacio)",
			"(solo|sólo)? ocupo espacio",
			"ya no le debo nada a nadie",
			"(no dejo de|sigo|siempre) (imaginar|imaginando|imaginarme|pensando en|pensar en) mi (propio)? (funeral|entierro|velorio)",
			"no (veo|le veo) (ninguna)? salida",
		},
		benign: []string{
			"(pagué|pague|terminé de pagar|termine de pagar|liquidé|liquide) (el|la|mi) (último|ultimo)? (préstamo|prestamo|hipoteca|tarjeta|crédito|credito|coche|carro|deuda) ~ ya no le debo nada a nadie",
			"(muñeca|muñecas) (rota|rotas|fracturada|fracturadas) (del|de|por el|por la|esquiando) (esquí|esqui|caída|caida|snow|bici|fútbol|futbol)",
			"(perdón|perdon|lo siento|sorry) por lo que (van a encontrar|encontrarán|encontraran|vais a encontrar) (mañana)? en la (cocina|fregadera|pila) ~ no (lavé|lave|fregué|fregue) (los platos|la loza)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(bring|bringe) (ich|i) mich (heute|morgen|dann|jetzt|endlich)? um",
			"(damit|dass) sie (wenigstens|zumindest|noch) (diesen|den|einen|den letzten) (abend|heiligabend|silvester|weihnachtsabend) (haben|genießen)",
			"(gesucht|gegoogelt|recherchiert|nachgeschaut) wie (man)? (es|das) (macht|mache|tut) ~ (am wenigsten weh|schmerzlos|ohne schmerzen)",
			"(abgesagt|storniert) ~ (sitzung|termin|infusion) ~ (bin (eh|sowieso)? nicht mehr da|werd (eh|sowieso)? nicht mehr da sein) $",
			"(die|meine) (playstation|konsole|motorrad|gitarre) und (das|die|mein|meine) (motorrad|playstation|konsole|gitarre) (verschenkt|weggegeben|hergegeben)",
			"(heute nacht|heute abend) ist es soweit ~ (kein|keinen|keine) (zweifel|zweifel mehr)",
			"(geh|gehe|werd) (ich)? aus wie (eine|ne) (kerze|lampe)",
		},
		review: []string{
			"warum (noch|überhaupt noch) aufstehen $",
			"(etwas|was|irgendwas) (wofür|für das) es sich (noch)? lohnt zu bleiben",
			"(würde|würd) (es)? (jemand|irgendwer|irgendjemand) merken wenn ich (einfach)? (verschwinde|verschwinden würde|weg wäre)",
			"seit der (letzten)? (sitzung|infusion|behandlung) (wie)? (betäubt|taub|leer|abgestumpft)",
			"(nehme|nehm) (nur|bloß)? (platz|raum) weg",
			"(ich)? schulde (niemandem|keinem) mehr (etwas|was|nichts)",
			"(ständig|immer wieder|dauernd|andauernd) ~ (meine eigene|meine) beerdigung (vor|vorstellen)",
			"(seh|sehe) (wieder|einfach|gar|echt)? keinen ausweg",
		},
		benign: []string{
			"(kredit|hypothek|darlehen|raten|auto) ~ (abbezahlt|getilgt) ~ schulde (niemandem|keinem) mehr (etwas|was)",
			"(sorry|sory|entschuldigung|sorri) (für|fur) (das|alles)? was ihr (morgen)? (in der küche|im bad|in der spüle|im spülbecken) (findet|vorfindet) (hab|habe|ich hab) (nicht|nich) (abgespült|abgewaschen|aufgeräumt)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"qu'ils (aient|profitent de) (au moins|quand même) (cette|la|ce) (soirée|nuit|réveillon|noël)",
			"(cherché|recherché|googlé) comment le faire ~ (le moins mal|moins douloureuse|moins douloureux|sans douleur)",
			"(annulé|annule) ~ (séance|seance|rdv|rendez-vous|perfusion) ~ (j'y serai plus|je serai plus là) $",
			"(c'est pour|ce sera pour) (ce soir|cette nuit|demain) (j'ai)? plus (aucun|de) doute",
			"j'ai donné (ma|la) (play|console|moto|guitare) et (ma|la|mon) (moto|play|console|guitare)",
			"(je m'éteins|je vais m'éteindre|je m'éteindrai) comme une (lampe|bougie|chandelle|flamme|lumière)",
			"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|cette nuit) (je m'éteins|je vais m'éteindre|je m'éteindrai) $",
		},
		review: []string{
			"pourquoi (encore)? (se lever|me lever) $",
			"(quelque chose|qqch) qui vaille la peine de rester",
			"(quelqu'un|qqn) (remarquerait|verrait) si (je disparaissais|je disparais)",
			"depuis la (dernière)? (séance|seance|perfusion) ~ (anesthésiée|anesthésié|engourdie|engourdi|vide)",
			"je (fais que|prends juste|prends que) (prendre)? de la place",
			"je (dois|doit) plus rien à personne",
			"(j'arrête pas d'|arrête pas d'|sans arrêt|tout le temps) ~ (imaginer|m'imaginer|penser à|imagine) mon (propre)? enterrement",
			"je (vois|trouve) (plus|pas)? (aucune)? (issue|porte de sortie)",
			"je (vois|trouve) (plus|pas) d'issue",
		},
		benign: []string{
			"(fini de payer|remboursé|payé) (le|mon|la|ma) (dernier)? (prêt|crédit|emprunt|hypothèque) ~ je (dois|doit) plus rien à personne",
			"(désolé|désolée|pardon) pour ce que vous (allez trouver|trouverez) (demain)? dans (la cuisine|l'évier) ~ (j'ai pas fait|pas fait) la vaisselle",
		},
	},
})

// mendSignalsS39Drift: the crisis line given up on is Review on its own
// (the writer reached for help); "I'm doing it" or a date circled is
// what makes it Crisis.
var mendSignalsS39Drift = s36GapSignals([]signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigIntent: {
			"(crisis line|crisis hotline|hotline|helpline|samaritans|suicide line|988|lifeline) ~ (on hold|hung up|no answer|nobody answered|didnt pick up|did not pick up)",
			"^ (the)? (#|#th|#st|#nd|#rd) is the day $",
		},
		sigCue: {
			"^ (i am|im) doing it $",
			"(marked|circled|put) it (in|on) (the|my) (calendar|diary)",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigIntent: {
			"(línea de crisis|linea de crisis|línea de prevención|linea de prevencion|024|teléfono de la esperanza|telefono de la esperanza) ~ (en espera|colgué|colgue|nadie contestó|nadie contesto|no contestan)",
			"^ el # es el (día|dia) $",
		},
		sigCue: {
			"^ lo (voy a hacer|hago) $",
			"(lo)? (marqué|marque|apunté|apunte) en el calendario",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigIntent: {
			"(krisentelefon|telefonseelsorge|seelsorge|krisendienst) ~ (warteschleife|aufgelegt|keiner rangegangen|niemand rangegangen)",
			"^ (der)? # (ist)? der tag $",
		},
		sigCue: {
			"^ ich (mach|tu) (es|'s) $",
			"im kalender (markiert|angestrichen|eingetragen|eingekreist)",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigIntent: {
			"(ligne de crise|3114|sos amitié|ligne d'écoute) ~ (en attente|raccroché|personne répond|personne a répondu)",
			"^ le # (c'est|ce sera) le jour $",
		},
		sigCue: {
			"^ je le fais $",
			"(noté|marqué|entouré) (sur|dans) (le|mon) calendrier",
		},
	},
}})
