package risk

// Set 32 (a welfare officer for fishermen and seafarers who also counsels
// conservatory students), measured once on 2e31714: 94% flagged, 78% at
// Crisis, German 70% and Spanish flagged 83%. What it missed was said
// around the act, often over two sentences: a will on the back of a log,
// a rope in the bunk "and I know the knot", cold water and not a strong
// swimmer "that's the point", not waking up tomorrow "and that's the
// plan", a gun kept for the seals thought of for oneself, a threat on
// board (locked in the hold "he'll let me rot", "next storm you fall
// overboard by accident"); and, read across the sentences of a line
// (mendSignalsS32), a career ended by an injury with a blade already on
// the desk, an instrument given to a student who "doesn't know I won't be
// here", a round for the crew with a cover story "it isn't", a mail sent
// later "by then I'll be gone", the water close at the wheel at night
// "tonight I'll do it", the end of a breakwater in a gale "perfect", a
// coat full of stones at a tide, a timetable at the tracks or the first
// train at a level crossing "I'll be there", a bridge measured by eye
// "not just to look", a child left "I said I'm back tomorrow. I won't
// be". Each kind is written in all four languages with everyday twins in
// testdata/train/targeted-s32-learn.tsv. A football score before "I want
// to die" is the set's four false alarms, and an idiom here.
var mendsS32Learn = [4]phraseSet{
	{
		lang:  "en",
		words: englishSignals.words,
		crisis: []string{
			"(not a (strong|good|great) swimmer|(cant|cannot|can't) swim|(cant|cannot|can't) swim (well|much)) ... ... ... (thats|that is|which is|and thats) (kind of|sort of|kinda|sorta)? the (point|idea|plan) $",
			"(dont|do not|cant|cannot|can't|don't) see myself (waking up|alive|being here|being around) (tomorrow|next week|on {weekday})? (and)? (thats|that is|which is|its) (the|my) (plan|idea|point) $",
			"(rope|line|mooring line|tow rope|cord|noose) ... (in|under|above|on) my (bunk|bed|berth|cabin|locker) (and)? i know the knot",
			"(using|use|turning|turn|to use|to turn) (it|the gun|the shotgun|the rifle|the pistol) on myself",
			"(he|she|the captain|the skipper|the bosun|the mate)? (locked|shut) me (in|into|down in) the (fish)? (hold|engine room|hatch|locker|freezer|cabin)",
			"(hell|he will|shell|she will|theyll|they will|going to|gonna|to) (let|leave) me (rot|die|starve) (down here|in here|here|down there)?",
			"(threatened|threatens|threatening) (me)? ... ... (next|the next) storm ... ... (overboard|over the side)",
			"(next|the next) storm (ill|i will|i'll|im going to|i am going to|you will|youll) (fall|go|be going|going) (overboard|over the side) by accident",
			"(doesnt|does not|dont|do not) know (that)? i (wont|will not) be (here|around|alive) (anymore|any more)? (on|by|after)? ({weekday}|tomorrow|the day after tomorrow|next week)",
			"(pier|breakwater|jetty|harbour wall|harbor wall|seawall|sea wall|tide|river|sea) ... ... ... (raincoat|coat|jacket|oilskins|pockets|overalls) (full of|filled with|loaded with|stuffed with) (stones|rocks)",
		},
		benign: []string{
			// A score before "I want to die" is a lost match.
			"(lost|losing|slaughtered|thrashed|hammered|battered|smashed|humiliated|beaten|beat|got) ... ... # # ... ... ... (i want to die|i wanna die|kill me now|i could die) ({joke})? $",
			"# # (at home|away|again|last night|tonight|today)? ... (i want to die|i wanna die|kill me now) ({joke})? $",
			"(knife|knives) (is|are|s)? (already)? on the table ... (carve|cut|slice|dinner|roast|cake|bread|lunch|turkey)",
			"(wont|will not) be (here|around) (on)? ({weekday}|tomorrow|the day after tomorrow|next week) ... ... (surprise|trip|holiday|vacation|conference|away|off|work trip|flight|camp|travelling|traveling)",
		},
	},
	{
		lang:  "es",
		words: spanishSignals.words,
		crisis: []string{
			"(no sé nadar|no se nadar|no nado bien|no sé nadar bien|no se nadar bien) ... ... ... (de eso se trata|esa es la idea|ese es el punto|esa es la gracia|ese es el plan) $",
			"no me veo (despertando|despertar|vivo|aquí) (mañana|manana)? (y)? (ese es|es) el plan",
			"(cabo|cuerda|soga|amarra) ... (en|debajo de|bajo) (la|mi) (litera|cama|camarote) (y)? (sé|se) (hacer)? el nudo",
			"(pienso|pensando|pensé|pense) en (usarla|usarlo|usar la escopeta|usar el rifle|usar el arma) (conmigo|contra mí|contra mi|en mí)",
			"(me encerró|me encerro|me tiene encerrado|me tiene encerrada|me encerraron) en la (bodega|sala de máquinas|sala de maquinas|cámara|camara|nevera)",
			"(me deja|me va a dejar|dejarme|que me deja|me dejará) (pudrir|pudrirme|morir|morirme) (aquí|aqui|ahí|ahi)?",
			"(amenazado|amenazada|amenazó|amenazo|amenaza) ... ... ... (próxima|proxima) (tormenta|galerna|temporal) ... ... (me caigo|caerme|me voy|me tiran) (al agua|por la borda|al mar)",
			"no (sabe|saben) que (el {dia}|mañana|manana|pasado mañana|pasado manana)? (ya)? no (voy a estar|estaré|estare) (aquí|aqui|más|mas)?",
			"(espigón|espigon|escollera|muelle|malecón|malecon|marea|mar|río|rio) ... ... ... (chubasquero|impermeable|abrigo|chaqueta|bolsillos|chaquetón|chaqueton) (lleno|llenos|llena|cargado|cargados) de piedras",
		},
		benign: []string{
			"(perdimos|nos metieron|nos ganaron|nos golearon|palizón|palizon|goleada) ... ... # a # ... ... ... (me quiero morir|quiero morirme|me muero) (jaja|jajaja|jajajaja|jsjs|xd|lol)? $",
			"# a # ... ... ... (me quiero morir|quiero morirme) (jaja|jajaja|jajajaja|jsjs|xd|lol) $",
			"no (voy a estar|estaré|estare) (aquí|aqui)? ... ... (viaje|vacaciones|congreso|mudanza|trabajo fuera)",
		},
	},
	{
		lang:  "de",
		words: germanSignals.words,
		crisis: []string{
			"(kein guter schwimmer|keine gute schwimmerin|kann nicht schwimmen|kann nicht gut schwimmen) ... ... ... (genau das ist|das ist ja|das ist) (der punkt|der sinn|der plan|die idee) $",
			"(sehe|seh) mich (morgen)? nicht (mehr)? aufwachen (und)? das ist (der plan|der sinn|die idee)",
			"(strick|leine|festmacher|tau|seil) ... (in|unter) (meiner|der) (koje|bett|kajüte) (und)? (ich)? (kenn|kenne) den knoten",
			"(sie|die flinte|das gewehr|die waffe|die schrotflinte|es) gegen mich (selbst)? (zu)? (richten|benutzen|verwenden|nehmen)",
			"(hat|haben) mich (im|in den) (laderaum|maschinenraum|kühlraum|frachtraum) (eingesperrt|eingeschlossen)",
			"(lässt|lasst|lassen|will) mich (da unten|hier unten|hier|da)? verrecken",
			"(gedroht|droht|drohte) ... ... (nächsten|nächstem|beim nächsten) sturm ... ... über bord",
			"(weiß|weiss|ahnt|wissen) (nicht|nich|nix davon|noch nicht) dass ich ... nicht mehr (da|hier|am leben) (bin|sein werde)",
			"(mole|hafenmauer|steg|pier|flut|ebbe|see|meer) ... ... ... (regenmantel|regenjacke|mantel|jacke|ölzeug|taschen|manteltaschen) (voller|voll mit|voll) (steine|steinen)",
		},
		benign: []string{
			"# # gegen ... ... (ich will sterben|will sterben|ich möchte sterben|ich sterbe) (haha|hahaha|lol|xd)? $",
			"(verloren|abgeschossen|klatsche|abgeschlachtet) ... ... # # ... ... (ich will sterben|will sterben) (haha|hahaha|lol|xd)? $",
			"nicht mehr (da|hier) (bin|sein werde) ... ... (urlaub|umzug|neue stelle|gekündigt|kur|reha|dienstreise|rente)",
		},
	},
	{
		lang:  "fr",
		words: frenchSignals.words,
		crisis: []string{
			"(nage pas bien|sais pas nager|sais pas bien nager) ... ... ... (c'est|et c'est) (un peu|justement)? (le but|l'idée|le principe|tout l'intérêt|le plan) $",
			"(je me vois|me vois) pas (me réveiller|vivant|vivante) (demain)? (et)? (c'est|ça c'est) (le plan|prévu|l'idée|le but)",
			"(corde|bout|amarre|aussière) ... (dans|sous) (ma|la) (couchette|bannette|cabine) (et)? (je connais|je sais faire) le nœud",
			"(l'utiliser|la retourner|le retourner|l'arme|le fusil) contre moi",
			"(m'a enfermé|m'a enfermée|m'ont enfermé|m'ont enfermée) (dans la|à fond de) (cale|salle des machines|chambre froide)",
			"(me laisser|va me laisser|me laissera|me laisse) (crever|pourrir|mourir) (là dedans|en bas|ici|là)?",
			"(menacé|menacée|menace) ... ... ... (prochaine) (tempête|tempete|coup de vent) ... ... (par dessus bord|à la mer|a la mer|à l'eau|a l'eau)",
			"(sait|savent) pas que (je serai|je serais) plus là",
			"(digue|jetée|jetee|quai|marée|maree|mer) ... ... ... (ciré|cire|imperméable|impermeable|manteau|veste|poches) (plein|pleines|pleine|rempli|remplies) de (pierres|cailloux)",
		},
		benign: []string{
			"# # ... ... (je veux mourir|j'ai envie de mourir|envie de mourir) (mdr|ptdr|lol|xd|haha|jpp)? $",
			"plus là ... ... ... (je pars|voyage|vacances|déménage|déménagement|en stage|en déplacement|congrès|congé|conge)",
		},
	},
}

// mendSignalsS32 read set 32's kinds told over two sentences: the strong
// one alone is Review, with its cue or a second strong one Crisis.
var mendSignalsS32 = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (the|my|a)? (blade|razor blade|razor|scalpel) (is|s)? (already)? (on|lying on|out on) (the|my) (table|desk|bedside table|nightstand|counter) $",
			"^ (the|my|a)? (knife|box cutter) (is|s)? already (on|lying on|out on) (the|my) (table|desk|bedside table|nightstand|counter) $",
			"^ (the)? water (is|s)? (so|really|very)? (close|near) $",
			"(end|tip) of the (pier|breakwater|jetty|mole|harbour wall|harbor wall) (tonight|when|while) ... (sea|waves|swell) ... (high|rough|big|heavy|wild)",
			"(at|by|to|on) the (tracks|rails|railway|level crossing|crossing) ... ... (timetable|schedule|times)",
			"(first|last|early|next) (train|freight|express) ... ... (level crossing|crossing|the tracks)",
			"(bridge|overpass|viaduct|flyover) ... ... (measured|judged|eyeballed|guessed|worked out) the (height|drop)",
		},
		sigFinal: {
			"(delayed|scheduled|timed|later) (send|delivery|sending) ... ... ... (arrives|lands|goes out|gets sent|comes) (tomorrow|on {weekday}) (at)? #?",
			"(wrote|written|scribbled|writing) my (will|last will) on the (back|back page|inside cover) of",
			"(bought|got|paid for) (the whole crew|the crew|everyone|all the lads|the lads|the whole boat) (a round|drinks|a drink|beers|a beer) ... (thanked|hugged) (everyone|every one of them|them all|all of them|each of them)",
			"(told|said to) (her|him|them|my mum|my mom|grandma|my sister) (that)? (im|i am|ill be|i will be|i'll be) (back|home) (tomorrow|tonight|on {weekday}) $",
			"^ (they|everyone|the crew|the lads) (all)? (think|thinks|believe|believes) (its|it is|im|i am) (because)? (of)? (im|i am|my)? (retiring|retirement|signing off|paying off|leaving the boat|leaving the ship) $",
		},
		sigIntent: {
			"^ (today|tonight) (ill|i will|im going to|im gonna|i am going to) do it $",
			"(go|going|head|heading|come|coming) back (today|tonight)? and not (just|only)? (to look|for the view|to look at it|to watch) $",
			"^ (gale|storm)? (force|beaufort) (#|nine|ten|eleven) ... (perfect|just right|ideal) $",
		},
		sigCue: {
			"never (play|playing|perform|performing)? (the)? (piano|cello|violin|viola|guitar|flute|horn|harp|trumpet|drums|oboe|clarinet|bass) again",
			"^ (i|ill)? (wont|will not) be $",
			"^ (im|i am) not (coming back|going back)? $",
			"^ (it isnt|it is not|its not|it s not|im not|i am not) $",
			"^ (tonight|today) (its|it is|it s) (over|the end) $",
			"^ (ill|i will) be there $",
			"^ tomorrow the # # $",
			"(theyll|they will|the lads will) know what to do with my (share|stuff|things|money|gear|cut)",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (la|el|una|un|mi)? (navaja|cuchilla|hoja de afeitar|bisturí|bisturi) (ya)? (está|esta) (en|sobre) (la|el|mi) (mesa|escritorio|mesita|mesa de noche) $",
			"^ (el|un|mi)? (cuchillo|cúter|cuter) ya (está|esta) (en|sobre) (la|el|mi) (mesa|escritorio|mesita|mesa de noche) $",
			"^ el agua (está|esta) tan cerca $",
			"(final|punta) del (espigón|espigon|muelle|rompeolas|malecón|malecon|escollera) ... (cuando|con) (el mar|la mar|las olas) ... (grande|brava|alta|fuerte|picada)",
			"(vías|vias|paso a nivel) ... ... (horario|horarios)",
			"(primer|último|ultimo|próximo|proximo) (tren|cercanías|cercanias|mercancías|mercancias) ... ... (paso a nivel|las vías|las vias)",
			"(puente|paso elevado|viaducto) ... ... (medí|medi|calculé|calcule) la altura",
		},
		sigFinal: {
			"(envío|envio) (programado|diferido) ... ... ... (llega|sale) (mañana|manana|el {dia}) (a las)? #?",
			"(escribí|escribi|escrito) mi testamento (en|detrás de|detras de) (el)? (reverso|dorso|la parte de atrás|la parte de atras) (de|del)",
			"(invité|invite|pagué|pague) (una ronda|la ronda|unas cervezas|copas) a (toda la tripulación|toda la tripulacion|todos|toda la gente) ... (abracé|abrace|agradecí|agradeci) a (todos|cada uno)",
			"(le dije|les dije) (que)? (vuelvo|vuelvo mañana|regreso|regreso mañana|estoy de vuelta) (mañana|manana|esta noche|el {dia})? $",
			"^ (creen|piensan) que (es)? (por)? (me jubilo|la jubilación|la jubilacion|me retiro|desembarco|dejo el barco) $",
		},
		sigIntent: {
			"^ (hoy|esta noche) lo hago $",
			"(vuelvo|regreso|voy) (hoy|esta noche)? y no (es)? (pa|para) mirar (nomás|nomas|nada más|nada mas|solamente|solo)? $",
			"^ (fuerza) (#|nueve|diez|once) ... (perfecto|ideal|justo) $",
		},
		sigCue: {
			"nunca (más|mas) (voy a tocar|podré tocar|podre tocar|tocaré|tocare)? (el|la)? (piano|violonchelo|chelo|violín|violin|guitarra|flauta|trompa|arpa|trompeta|viola)",
			"^ no (voy a volver|vuelvo|regreso|voy a regresar) $",
			"^ no (es verdad|es así|es asi)? $",
			"^ (esta noche|hoy) se (acaba|acabó|acabo) $",
			"^ (voy a estar|estaré|estare) (ahí|ahi|allí|alli) $",
			"^ (mañana|manana) el # # $",
			"(sabrán|sabran) qué hacer con mi (parte|plata|dinero|cosas)",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (die|eine|meine)? (klinge|rasierklinge|skalpell) (liegt|ist|lag) (schon|bereits)? (auf dem|aufm|auf meinem) (tisch|schreibtisch|nachttisch) (bereit)? $",
			"^ (das|ein|mein)? (messer|cuttermesser|teppichmesser) (liegt|ist|lag) (schon|bereits) (auf dem|aufm|auf meinem) (tisch|schreibtisch|nachttisch) (bereit)? $",
			"^ das wasser ist so nah $",
			"(ende|spitze) der (mole|hafenmauer|pier|buhne|steg) ... (wenn|bei) ... (see|wellen) ... (hoch|hohe|rau|schwer|grob)",
			"(gleisen|gleise|schienen|bahnübergang) ... ... (fahrplan|fahrpläne|abfahrtszeiten)",
			"(erste|letzte|nächste) (zug|ice|güterzug|s-bahn|regio) ... ... (bahnübergang|gleise|gleisen)",
			"(brücke|autobahnbrücke|überführung|viadukt) ... ... (die höhe|höhe) (abgeschätzt|gemessen|geschätzt|ausgemessen)",
		},
		sigFinal: {
			"(verzögertem|verzögerten|zeitversetztem|geplantem|späterem) (versand|senden) ... ... ... (kommt|geht) (morgen|am {tag}) (früh)? (um # (uhr)?)? (an|raus)",
			"(testament|letzten willen) ... (auf die|auf der) rückseite",
			"(runde|bier|biere) ... (mit jedem|für alle|für die ganze crew|mit der ganzen crew) ... (bedankt|umarmt)",
			"(alle|jeden) (aus der crew|an bord)? (umarmt|gedrückt) ... bedankt",
			"^ (die|alle)? (denken|glauben|meinen) (es ist|es wär|das ist)? (wegen|für) (der|die|dem)? (rente|abmustern|ruhestand) $",
			"(gesagt|gesagt dass|erzählt) ich (bin|komme|komm) morgen (zurück|wieder) $",
		},
		sigIntent: {
			"^ (heut|heute|heute nacht) (mach|mache) (ich)? (es|s|ichs) $",
			"^ (heut|heute|heute nacht) (mach|mache) ichs $",
			"(heute|heut)? (geh|gehe|fahr|fahre) (ich)? (heute|heut)? (wieder)? hin und nicht (nur)? (zum schauen|zum gucken|zum anschauen|um zu schauen) $",
			"^ (windstärke|beaufort) (#|neun|zehn|elf) ... (perfekt|ideal) $",
		},
		sigCue: {
			"nie (mehr|wieder) (klavier|cello|geige|bratsche|gitarre|flöte|horn|harfe|trompete|oboe|klarinette|kontrabass)",
			"^ (werd|werde) ich nicht $",
			"^ (ist es|ists) nicht $",
			"^ (bis dahin|bis dann) (bin ich|bin i) (schon|längst)? (weg|nicht mehr da|tot) $",
			"^ (heute nacht|heute abend|heute) ist (es|alles) (vorbei|aus) $",
			"^ (ich)? (werd|werde) (da|dort) sein $",
			"^ morgen der (ice|ic|zug|regio|re)? # # $",
			"(wissen|werden wissen) was (sie)? mit meinem (anteil|geld|zeug) (tun|machen)",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (la|une|ma)? (lame|lame de rasoir|scalpel) (est)? (déjà)? (posée)? (sur) (le|la|mon|ma) (bureau|table|table de nuit) $",
			"^ (le|un|mon)? (couteau|cutter) est déjà (posé)? sur (le|la|mon|ma) (bureau|table|table de nuit) $",
			"^ l'eau est (si|tellement) (proche|près) $",
			"(bout|pointe) de la (digue|jetée|jetee|jetée du port) (quand|avec) (la mer|les vagues) ... (grosse|forte|haute|démontée)",
			"(voies|rails|passage à niveau) ... ... (horaires|horaire)",
			"(premier|dernier|prochain) (train|rer|ter|tgv) ... ... (passage à niveau|voies)",
			"(pont|viaduc|autopont) ... ... (mesuré|estimé|calculé) la hauteur",
		},
		sigFinal: {
			"(envoi|envoie) (programmé|différé|differe) ... ... ... (arrive|part) (demain|{jour}) (à)? #?",
			"(écrit|ecrit|rédigé) mon testament (au dos|sur le dos|derrière) (de|du)",
			"(payé|paye|offert) (ma|une) (tournée|tournee) (à|a) (tout l'équipage|tout le monde|toute l'équipe) ... (embrassé|remercié) (tout le monde|chacun)",
			"(invité|invite) (toute l'équipe|tout l'équipage|tout le monde) ... (bar|bistrot|café)",
			"(dit|promis) (que)? (je reviens|je rentre|je serai de retour) demain $",
			"^ (ils|elles|tout le monde) (croient|croit|pensent|pense) que (je pars|c'est pour) (ma|la|à la|en)? (retraite|débarque) $",
		},
		sigIntent: {
			"^ (ce soir|aujourd'hui|cette nuit) je le fais $",
			"(j'y retourne|je retourne) (aujourd'hui|ce soir)? et pas (juste|seulement)? pour (regarder|voir) $",
			"^ force (#|neuf|dix|onze) ... (parfait|idéal) $",
		},
		sigCue: {
			"plus jamais (de|du|de la)? (piano|violoncelle|violon|alto|guitare|flûte|cor|harpe|trompette|hautbois|clarinette|contrebasse)",
			"plus jamais (de)? (jouer|rejouer) (du|de la)",
			"^ (je reviendrai|je rentrerai) pas $",
			"^ (c'est|ce) pas (vrai|le cas)? $",
			"^ (ce soir|aujourd'hui|cette nuit) c'est fini $",
			"^ (j'y serai|je serai là) $",
			"^ demain le # # $",
			"(sauront|sauront bien) quoi faire (de|avec) ma (part|paie|thune)",
		},
	},
}}
