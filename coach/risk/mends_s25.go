package risk

// Set 25 (an addiction and harm-reduction psychiatrist, a chronic-pain
// clinic and an eating-disorder writer) showed kinds of danger the screen
// read as Review or less: self-harm going on ("y voy a seguir"), the rest
// of a drug taken with no rescue wanted, purging blood and "let it happen",
// a playlist made for the end, a poison bought with nothing said of what
// for, a dead husband's morphine kept until "it's time", and a bridge or a
// roof told as a scene (the car on the hard shoulder, a bare "it's high").
// Each has its everyday twin in the corpus
// (testdata/train/targeted-s25-learn.tsv): ironing, antifreeze for the car,
// a playlist for the end of the party, the palliative nurse's morphine, a
// breakdown on a bridge, a rooftop bar. Most are signals, so that one half
// alone (a poison bought, no ambulance wanted) stays Review or nothing.
// What the retraining moved is mended here too, each where it is said.

var (
	s25WordsEN = withWords(s24WordsEN, map[string]string{
		"tool":   "(the iron|an iron|my iron|a lighter|the lighter|my lighter|a blade|the blade|a razor|the razor|my razor|a cigarette|the kettle|a knife|the knife|hair straighteners|my straighteners|the straighteners)",
		"body":   "(arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly|hip|hips)",
		"onward": "(keep going|carry on|keep at it|do more|keep doing it|continue|not stop|not going to stop|wont stop)",
		"opioid": "(morphine|fentanyl|oxycodone|oxy|oxycontin|methadone|diamorphine|hydromorphone|oramorph)",
		"spouse": "(husbands|wifes|partners|mums|moms|mothers|dads|fathers|late husbands|late wifes)",
	})
	s25WordsES = withWords(s24WordsES, map[string]string{
		"tool":   "(la plancha|un mechero|el mechero|una cuchilla|la cuchilla|un cigarro|un cigarrillo|el cigarro|una navaja|la navaja|un cuchillo|el cuchillo|las tijeras|la plancha del pelo)",
		"body":   "(el brazo|los brazos|la muñeca|las muñecas|la pierna|las piernas|el muslo|los muslos|la piel|la tripa|la barriga)",
		"onward": "(voy a seguir|sigo|no voy a parar|no pienso parar|pienso seguir|quiero seguir|voy a seguir haciéndolo)",
		"opioid": "(morfina|fentanilo|oxicodona|metadona|tramadol)",
	})
	s25WordsDE = withWords(s24WordsDE, map[string]string{
		"tool":   "(mit dem bügeleisen|mit einem bügeleisen|mit dem feuerzeug|mit der klinge|mit einer klinge|mit der zigarette|mit einer zigarette|mit dem messer|mit der rasierklinge|mit dem glätteisen)",
		"body":   "(am arm|an den armen|am handgelenk|am bein|an den beinen|am oberschenkel|am bauch)",
		"opioid": "(morphin|morphium|fentanyl|oxycodon|methadon|tramadol|hydromorphon)",
	})
	s25WordsFR = withWords(s24WordsFR, map[string]string{
		"tool":   "(avec le fer|avec le fer à repasser|au fer à repasser|avec un briquet|avec le briquet|avec une lame|avec la lame|avec une cigarette|avec un rasoir|avec le rasoir|avec un couteau|avec le couteau|avec le lisseur)",
		"body":   "(le bras|les bras|le poignet|les poignets|la jambe|les jambes|la cuisse|les cuisses|la peau|le ventre)",
		"onward": "(je vais continuer|je continue|je vais pas m'arrêter|je m'arrête pas|j'arrête pas|je vais recommencer)",
		"opioid": "(morphine|fentanyl|oxycodone|méthadone|methadone|tramadol|oxynorm|skenan)",
	})
)

var (
	mendsS25EN = phraseSet{
		lang:  "en",
		words: s25WordsEN,
		crisis: []string{
			// Self-harm done a moment ago and going on: "burned my arm with
			// the iron a while ago and I'll keep going".
			"(burned|burnt|cut|sliced|scratched|hit) (myself|my {body}) (with|on)? {tool}? ... (and)? (i will|ill|i'll|im going to|i'm going to|gonna|i am going to|i want to|i wanna) {onward} $",
			"(burned|burnt|cut|sliced) (myself|my {body}) (with|on)? {tool}? ... (and)? (i cant|i can't|cant|i can not|i am not going to|im not going to|im not gonna|i wont|i will not) stop $",
			// Self-harm now: "I'm burning myself right now".
			"(im|i am|i'm) (cutting|burning|slicing|scratching) (myself|my {body}) (right now|now|as we speak|as i type|as i write this)",
			// A load of pills taken: Crisis now, Review when placed in the
			// past ("when i was 15 i took a load of my mums pills", a corpus
			// row the set-25 retraining raised to Crisis).
			"(took|swallowed|downed) a (load|bunch|pile|handful) of (my|my mums|my mum's|my moms|my dads|my dad's|the|some)? (pills|tablets|paracetamol|painkillers|sleeping pills)",
			// No reply wanted, gone by the morning.
			"(do not|dont|no need to) (bother)? (replying|answering|texting back|writing back) (ill|i will|i'll) be (gone|dead) by (the)? (morning|tomorrow|sunrise)",
		},
		review: []string{
			// A bare goodbye to the bot (a corpus row the set-25 retraining
			// let fall to None).
			"^ (goodbye|farewell|bye bye) aftercare $",
		},
		benign: []string{
			// The car's antifreeze, the dishes at a song, wine on the
			// balcony once the kids sleep (ordinary rows the retraining
			// raised).
			"(topping up|topped up|top up|checking|checked|changing|changed|refilling) the (antifreeze|coolant|oil|screenwash)",
			"(im|i am|i'm) doing the (dishes|washing up|ironing|laundry|hoovering)",
			// A pet that got into a poison: the vet's, not the writer's
			// danger (a row of set 24's test the retraining raised).
			"(the|my|our) (dog|cat|puppy|kitten|pup) (drank|ate|swallowed|licked|got into) (some|the|a bit of)? {poison}",
			"(im|i am|i'm) having a (glass of wine|glass of red|cup of tea|beer|bath) (on the balcony|in the garden|in the bath|on the sofa)?",
		},
	}
	mendsS25ES = phraseSet{
		lang:  "es",
		words: s25WordsES,
		crisis: []string{
			"(me he quemado|me quemé|me queme|me he cortado|me corté|me corte|me he rajado|me rajé) {body}? (con)? {tool}? ... (y)? {onward} $",
			// An idiom masks "me quemé el brazo" (an injury); the tool stays.
			"con {tool} ... (y)? {onward} $",
			"no hace falta (que|q) me (contestes|respondas|contestéis|contesteis) (mañana|por la mañana) ya no (estaré|estare)",
			"(me estoy cortando|me estoy quemando|estoy cortándome|estoy cortandome|estoy quemándome|estoy quemandome) {body}? (ahora|ahora mismo|en este momento|mientras escribo)",
		},
		review: []string{
			// Rows of the corpus the set-25 retraining let fall to None: a
			// number asked for "por si acaso", self-hatred today, a help
			// line asked for.
			"(hay|tienes|tenéis|teneis) (algún|algun) (número|numero|teléfono|telefono) (al que|para|donde) ... llamar si (una|uno|me|te)? (se siente|siento|sientes) mal",
			"^ me odio (muchísimo|muchisimo|tanto|mucho)? (hoy)? $",
			"(hay|tienes|tenéis|teneis) (algún|algun) (teléfono|telefono|número|numero) de (ayuda|crisis|apoyo|emergencia)",
		},
		benign: []string{
			// A stay in rehab announced: "mi último mensaje en un tiempo".
			"(último|ultimo) mensaje (en|por) (un tiempo|una temporada|unas semanas|unos meses)",
		},
	}
	mendsS25DE = phraseSet{
		lang:  "de",
		words: s25WordsDE,
		crisis: []string{
			"(hab|habe|ich hab|ich habe) mich (grad|gerade|eben|vorhin|vor einer stunde)? {tool}? {body}? {tool}? (verbrannt|geritzt|geschnitten) ... (und)? (ich)? (mach|mache|mach ich|mache ich) (weiter|noch weiter) $",
			"(ich)? (ritze|verbrenne|schneide) mich (grad|gerade|jetzt|in diesem moment)",
			"(brauchst|musst) (nicht|nich|net) (mehr)? (antworten|zurückschreiben) (bis)? (morgen früh|morgen) (bin ich|bin ich schon) (weg|nicht mehr da|tot)",
			// Driving the car into the lake (a corpus row of set 5 the
			// set-25 retraining let fall).
			"(fahr|fahre|fahr ich|fahre ich) (mit dem|mitm|mit meinem|mit'm) (auto|wagen) in den (see|fluss|rhein|kanal|main|baggersee)",
		},
		benign: []string{
			// A breakdown on a bridge (a twin the learnt screen read Crisis).
			"(panne|liegen geblieben|liegengeblieben) (auf der|auf dem) (brücke|talbrücke|autobahn|standstreifen)",
			"(warte|warten) auf den (adac|abschleppwagen|pannendienst|abschleppdienst)",
		},
	}
	mendsS25FR = phraseSet{
		lang:  "fr",
		words: s25WordsFR,
		crisis: []string{
			"je me suis (brûlé|brûlée|brule|brulee|coupé|coupée|coupe|coupee|scarifié|scarifiée|entaillé|entaillée) {body}? {tool}? (il y a (une|deux|#) (heure|heures|minutes))? ... (et)? {onward} $",
			"je suis en train de me (couper|brûler|bruler|scarifier|taillader)",
			"(pas la peine|pas besoin) de (me)? répondre (demain matin|d'ici demain|demain) (je serai|j'serai) (plus là|partie|parti|morte|mort)",
		},
		benign: []string{
			// A flat left, a stay in rehab announced (ordinary rows the
			// retraining or the phrases read as farewells).
			"adieu (la|le|les|l'|mon|ma|mes) (salle de bain|salle de bains|appart|appartement|studio|cuisine|chambre|moisissure|humidité|cafards|voisins|proprio|loyer) (humide|pourrie|pourri|bruyants)?",
			"dernier message avant (mon entrée en|ma|mon départ en|d'entrer en) (cure|postcure|désintox|rehab|clinique)",
		},
	}
)

// mendSignalsS25 read across a line's sentences. Means: the rest of a drug
// taken or injected, purging blood, a playlist for the end, a poison bought
// with nothing said of what for, someone's morphine kept after their
// death, a car stopped on a bridge. Cues: no rescue wanted, "let it
// happen", "I know what I'm doing", "it's time", a bare "it's high" or
// floor, the guard gone. Either alone says little; together, Crisis.
var mendSignalsS25 = []signalSet{{
	lang:  "en",
	words: s25WordsEN,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(injected|shot up|swallowed|snorted|necked|downed) (everything|all|the lot|the rest|whatever|all of what) (i had)? (left|that was left|i had left|was left)",
			"(took|used|did) (everything|all|the lot|the rest|whatever|all of what) (i had)? (left|that was left|i had left|was left) $",
			"(pulled|stopped|parked) (over)? (on|in) the (hard shoulder|emergency lane|breakdown lane) (of|on) the (bridge|viaduct|overpass)",
			"(purging|throwing up|vomiting|puking|been sick) (for (an hour|hours|ages|# hours|# minutes|half an hour|the last hour))? (and)? (its|it's|it is|there is|theres)? (mostly|all|just|pure|only)? blood",
			"(a|the|my) (playlist|mixtape|list of songs) for (the|my) end $",
			"^ (i)? (bought|got|picked up) (some|a bottle of|a can of|a jug of)? {poison} (this morning|today|earlier|yesterday|tonight)? $",
			"(kept|saved|hid|held on to|hung on to|still have) (my)? {spouse} {opioid} (ampoules|ampules|vials|patches|pills|tablets|bottle)? (after (he|she) died|after (his|her) death|from the end)?",
		},
		sigIntent: {
			// "When it gets to track 12 I'm doing it."
			"(when|once) (it gets to|it reaches|it hits|we get to|it plays|it comes to) (track|song|number) # (im doing it|i'm doing it|i do it|ill do it|i will do it|thats it|its time)",
		},
		sigCue: {
			"(do not|dont|don't) (want|need) (an ambulance|the ambulance|paramedics|anyone to come|rescuing|saving|help)",
			"(do not|dont|don't) (bother|bother calling|bother with) (an ambulance|the ambulance|the paramedics|911|999|anyone|help)",
			"(do not|dont|don't) call (an ambulance|the ambulance|the paramedics|911|999|anyone|anybody|for help)",
			"(pulled|stopped|parked) (over)? (on|in) the (hard shoulder|emergency lane|breakdown lane)",
			"(just)? let it happen $",
			"(i know|i know exactly) what (i am|im|i'm) doing $",
			"^ (its|it's|it is) time $",
			"^ (and)? (its|it's|it is) (high|so high|really high|a long way down) $",
			"^ (the)? (guard|caretaker|concierge|security guy|security) (has|is)? (left|gone|gone home) $",
			"^ (its|it's|it is) (fine|ok|okay|good) like this $",
		},
	},
}, {
	lang:  "es",
	words: s25WordsES,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(me he metido|me metí|me meti|me he pinchado|me pinché|me pinche|me he tomado|me tomé|me tome|me he chutado|me chuté) (todo)? lo que me (quedaba|quedaban|sobraba) (de)?",
			"(vomitando|vomito|vomité|he vomitado|purgando) ... (casi todo|todo|solo|puro|pura)? sangre",
			"(una|la|mi) (playlist|lista de reproducción|lista de canciones) para (el|mi) final $",
			"(parado|parada|aparcado|aparcada|he parado el coche|paré el coche) en el arcén (del|de un) (puente|viaducto)",
			"^ (he comprado|compré|compre) {poison} (esta mañana|hoy|antes|ayer)? $",
			"(guardé|guarde|he guardado|guardo|escondí|escondi) (la|las|los|el)? (ampollas|parches|pastillas|viales)? (de)? {opioid} de mi (marido|mujer|madre|padre|pareja)",
		},
		sigIntent: {
			// The cover story taken back: "No es por un viaje." (a corpus row
			// of set 14 the set-25 retraining let fall).
			"^ (y)? no (es|era) (por|para) un viaje $",
			"cuando (llegue|suene) (a)? la (canción|cancion|pista) # (lo hago|lo haré|lo hare|me voy)",
		},
		sigCue: {
			"(no quiero|no necesito) (una ambulancia|la ambulancia|ambulancia|que venga nadie|que me salven|ayuda)",
			"(no llaméis|no llameis|no llames|no llamen) a (nadie|la ambulancia|una ambulancia|emergencias)",
			"(que|dejad que|deja que) (pase|ocurra) (lo que tenga que pasar)? $",
			"(sé|se) (muy bien|perfectamente)? lo que (hago|estoy haciendo) $",
			"^ (es|ya es) el momento $",
			"^ (es|está|esta) (alto|muy alto) $",
			"(parado|parada|aparcado|aparcada|he parado) (el coche)? en el arcén",
			"^ (está|esta) bien así $",
			// A pet given away under the story of a trip.
			"(regalé|regale|le regalé|le regale|di|le di|dejé|deje|le dejé|le deje) (el|la|mi|mis|los) (perro|perra|gato|gata|mascota|mascotas) (a|con) ... (le dije|dije|diciendo) que (era|es) (por|para) un viaje",
			"(el|la) (vigilante|portero|portera|conserje|guarda) (se ha ido|se fue|ya no está|ya no esta)",
		},
	},
}, {
	lang:  "de",
	words: s25WordsDE,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(hab|habe|ich hab|ich habe) mir (grad|gerade|eben|vorhin)? (den ganzen rest|alles was ich hatte|alles was übrig war|den rest|alles) (gedrückt|gespritzt|geschluckt|reingezogen|gezogen|genommen|eingeworfen)",
			"(hab|habe|ich hab|ich habe) (alles|den ganzen rest|den rest) (geschluckt|genommen|gedrückt|gespritzt|eingeworfen) (was (ich hatte|übrig war|noch da war))?",
			"(kotze|kotz|erbreche|übergebe mich|übergeb mich) (seit (einer|einer halben|zwei|#)? (stunde|stunden))? (und)? (es ist|ist|es kommt|kommt)? (fast)? (nur noch|nur)? blut",
			"(playlist|liste) (für das ende|fürs ende|für mein ende) (gemacht|erstellt|zusammengestellt)? $",
			"(brücke|talbrücke|viadukt) (auf dem standstreifen|auf der standspur) (angehalten|gehalten|geparkt)",
			"^ (hab|habe|ich hab|ich habe) (heute|heut|heute früh|heute morgen|vorhin)? {poison} gekauft $",
			"(die|das)? ({opioid}|morphinampullen|morphiumampullen|fentanylpflaster) (ampullen|pflaster|tabletten)? (meines|von meinem) (mannes|mann|verstorbenen mann|vaters|vater) (aufgehoben|behalten|versteckt)",
		},
		sigIntent: {
			// Told the ER one was fine, and let go (a corpus row the set-25
			// retraining let fall to Review, with "heut nacht dann").
			"(gesagt|erzählt) (mir gehts gut|mir geht es gut|es geht mir gut|es geht mir wieder gut|alles ist gut) ... (gehen lassen|entlassen|heimgeschickt|nach hause geschickt)",
			"(wenn|sobald) (lied|track|song) # (kommt|läuft|dran ist) (mach ichs|mach ich es|tu ichs|ist es soweit)",
		},
		sigCue: {
			"(brauchst|braucht|brauchen sie) (niemanden|keinen|keinen krankenwagen|keinen notarzt) (anrufen|rufen|zu rufen)?",
			"(ruf|ruft|rufen sie) (keinen|niemanden|nicht den) (krankenwagen|notarzt|an)",
			"(will|möchte) (keinen|keine) (krankenwagen|notarzt|hilfe|rettung)",
			"(auf dem standstreifen|auf der standspur) (angehalten|gehalten|geparkt)",
			"(lass|lasst) es (einfach)? (passieren|geschehen) $",
			"^ (heut|heute) (nacht|abend) dann $",
			"(ich)? (weiß|weiss) (genau)? was ich (tue|tu|mache|mach) $",
			"^ (jetzt)? (ist es|es ist) (so weit|soweit|zeit) $",
			"^ (es ist|ist)? (hoch|ganz schön hoch|sehr hoch) $",
			"(der)? (hausmeister|wachmann|pförtner|security) (ist)? (weg|gegangen|nach hause)",
		},
	},
}, {
	lang:  "fr",
	words: s25WordsFR,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(j'ai)? tout (injecté|pris|avalé|sniffé|shooté|pris) ce qui me restait",
			"(j'ai)? (injecté|pris|avalé|sniffé|shooté) tout ce qui me restait",
			"(je vomis|vomi|vomis|je me fais vomir) (depuis (une|deux|#) (heure|heures))? (et)? (c'est|il y a)? (presque|surtout)? (que)? du sang",
			"(playlist|liste de lecture) pour (la|ma) fin (est prête|est faite)? $",
			"(garée|garé|arrêtée|arrêté|stationnée|stationné) sur la bande d'arrêt d'urgence du (pont|viaduc)",
			"^ (j'ai)? (acheté|achete) (de l'antigel|du {poison}|de la {poison}|un bidon d'antigel|un bidon de {poison}|{poison}) (ce matin|aujourd'hui|tout à l'heure|hier)? $",
			"(gardé|garde|caché|cache|conservé) (les|la|le|des)? (ampoules|patchs|comprimés|flacons)? (de)? {opioid} de mon (mari|père|pere|compagnon|conjoint)",
		},
		sigIntent: {
			"(quand|dès que) (elle|on)? (arrive|arrivera|sera) (à|au) (la chanson|la piste|morceau|titre) # (je le fais|je le ferai|j'y vais)",
		},
		sigCue: {
			"(laisse|laissez|laisses) tomber les (secours|pompiers|urgences|samu)",
			"(appelle|appelez|appelles) (pas|personne) (les secours|le samu|les pompiers)?",
			"(veux|voulais) pas (de|des|les)? (secours|samu|pompiers|ambulance)",
			"(laisse|laissez) (faire|arriver) $",
			"(garée|garé|stationnée|stationné) sur la bande d'arrêt d'urgence",
			"je sais (très bien|exactement)? ce que je fais $",
			"^ (c'est|c est) le moment $",
			"^ (au)? (cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|#e|#ème) étage $",
			"(le|la) (gardien|gardienne|concierge|vigile) (est)? (parti|partie|rentré|rentrée)",
			"^ (c'est|c est) (haut|très haut) $",
		},
	},
}}
