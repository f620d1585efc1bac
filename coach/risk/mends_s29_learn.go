package risk

// Fresh set 29 (a community health worker for migrants and refugees who
// also advises international students), measured once on a97aa71, showed
// kinds the screen held at Review or None: self-harm going on now (a
// lighter or a cigarette pressed on the skin again and again, "can't
// stop"; a knife held to the wrist); a time chosen when the others are out
// with a burden lifted ("no burden any more"), "after I hang up I'll do
// it" after a last call home, "when my roommate leaves I'll do it,
// everything's ready"; walking into the sea "this time I'll stay in" or
// "until I can't touch the bottom"; a window of a high floor or a roof
// after a session with "I want to jump", "it's time", "I'll let myself
// fall"; a letter for a social worker to read "tomorrow, not before"; a
// last message with no session "ever"; things given away with a cover
// story ("told everyone I'm moving. I'm not"), a pet given away with its
// papers and "nothing holds me here"; pills ready on the table, "I won't
// arrive alive" if deported; someone who beat the writer coming back
// tonight with his men, and no one to call; a bottle of something drunk
// and no breath. And two it put at Crisis that are ordinary: a goodbye
// before flying home for Christmas with a date to come back, and a home
// haircut one "will survive". An urge resisted with an ice cube stays
// Review. Each kind has its everyday twin in
// testdata/train/targeted-s29-learn.tsv (a lighter for candles, bread
// pressed with a knife, a chore when the roommate leaves, a swim, a
// birthday card, a cat minded during a holiday, pills for the morning, the
// landlord back with his men to mend the heating, water drunk after a run
// for the train). Where one half of a kind is ordinary alone, it is a
// signal (mendSignalsS29), so that it takes both.
var mendsS29Learn = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			// Self-harm going on now.
			"(pressing|press|burning|burn|holding|putting|stubbing out|stub out) (the|a|my)? (lighter|cigarette|cig|cigarettes|lit cigarette) (on|to|against|into|out on) my (arm|arms|leg|legs|skin|wrist|hand|thigh|thighs|stomach|chest) ... (again and again|over and over|can't stop|cannot stop|right now|rn)",
			"(burning|burn) my (arm|arms|leg|legs|skin|wrist|hand|thigh|thighs) with (a|the|my)? (lighter|cigarette|cig|cigarettes) ... (again and again|over and over|can't stop|cannot stop|right now|rn)",
			"(keep|keeps|keeping) (doing it|burning myself|burning my (arm|skin|leg|legs|arms)) with (the|a|my)? (lighter|cigarette|cig|cigarettes) ... (can't stop|cannot stop|right now|now|rn)",
			"(holding|hold|keep holding|pressing|press|have|got) (a|the|my)? (kitchen)? (knife|razor|blade|razor blade) (against|to|on) my (wrist|wrists|throat|neck|vein|veins)",
			"(the|a|my)? (kitchen)? (knife|razor|blade|razor blade) (is)? (against|pressed against|pressed to|pressed on) my (wrist|wrists|throat|neck|veins)",
			// A time chosen, everything ready.
			"(when|once|after) (my|the) (roommate|roommates|flatmate|flatmates|host family|parents|family|mum|mom|dad|wife|husband|partner|boyfriend|girlfriend) ... (leaves|leave|goes|go|is gone|are gone|is out|are out|is asleep|are asleep) ... (ill|i will|im going to|im gonna) do it ((everything|all|its all) (is|s)? (ready|set|prepared|in place))? $",
			// Into the sea, to stay: "like back then" is no past here.
			"(sea|ocean|water|waves|north sea) ... ... ... this time (ill|i will|im going to|im gonna) (stay|remain) (in|there|under|down) $",
			// The last session, and every other.
			"(i won't|i will not|wont) be (at|in) ... (session|sessions|group|meeting|circle) (or|nor) any (other)? (session|sessions|meeting|meetings|one)? (ever again|again)? $",
			"(i won't|i will not|wont) be (at|in) any (session|sessions|meeting|group) (ever)? again",
			// Means ready after shame or a deportation feared.
			"(the|my)? (pills|tablets|meds|medication|medicine|sleeping pills) (are|is)? (ready|laid out|set out|lined up|all out) on the (table|desk|nightstand|bed) $",
			"(i won't|i will not|i'll never|i will never) (arrive|get there|land|make it there|reach) alive",
			// A goodbye with no return: "you won't see me in january".
			"(you won't|you will not|you'll not|u wont) see me (in|after|next) (january|february|march|april|may|june|july|august|september|october|november|december|the new year|year)",
		},
		recent: []string{
			"this time (ill|i will|im going to|im gonna) (stay|remain) (in|there|under|down)",
		},
		held: []string{
			// An urge resisted with what the therapist taught.
			"(wanted to|had the urge to|urge to|felt like) (burn|cut|hurt|harm) myself ... but i (held|grabbed|took|used|snapped|squeezed|put on) (the|an|a|my)? (ice|ice cube|ice cubes|rubber band|elastic)",
		},
		benign: []string{
			// A goodbye before flying home for the holidays, back in January.
			"(saying goodbye|say goodbye|goodbye|bye) to (everyone|everybody|you all|all of you|the group|yall) (tonight|today|now)? (flying|going|heading|off) home (to)? ... for (christmas|xmas|the holidays|new year|eid|the summer|winter break|the break)",
			"see (you|ya|u) (all|guys|everyone)? (in|after|on) (january|february|march|april|may|june|july|august|september|october|november|december|the new year)",
			// A home haircut one will survive.
			"(cut|dyed|bleached|trimmed) my (own)? (hair|fringe|bangs) ... ... ... (i'll survive|i will survive|i'll live|i will live)",
			// The twins' alarming words in their everyday sense: water drunk,
			// bread under the knife, pills set out for the morning. (Masking
			// the everyday words instead, a party or fireworks, leaves the
			// learnt screen only the alarming ones.)
			"(drank|drunk|downed) (a|the)? (whole)? bottle of (water|juice|coke|lemonade|milk)",
			"(knife|knives) (against|on|into|through) the (bread|loaf|cake|pumpkin|meat|squash)",
			"(ready|laid out|set out) on the (table|counter) for (tomorrow morning|the morning|tomorrow|breakfast)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(me estoy quemando|me quemo|me sigo quemando|estoy quemándome|estoy quemandome) (el|la|los)? (brazo|brazos|pierna|piernas|piel|muñeca|mano) (con)? (el|un|la)? (encendedor|mechero|cigarro|cigarrillo) ... (una y otra vez|no puedo parar|ahorita|ahora mismo)",
			"(me quemé|me queme|me quemo) otra vez con el (encendedor|mechero|cigarro|cigarrillo) ... (no puedo parar|ahorita|ahora mismo|y sigo)",
			"(sigo)? (apagando|apagándome|apagandome) (el|los)? (cigarro|cigarros|cigarrillo|cigarrillos) en (mi|el) (brazo|pierna|piel|mano) ... (no puedo parar|ahorita|ahora mismo|una y otra vez)",
			"(tengo|sostengo|pongo) (el|un|la|una) (cuchillo|navaja|cuchilla|hoja) (contra|en|sobre) (la|mi) (muñeca|muñecas|garganta|cuello|vena|venas)",
			"(cuando|en cuanto) (mi|mis) (compañera|compañero|roommate|compañeros|familia|padres|mamá|papá|esposo|esposa|pareja) ... (se vaya|se vayan|salga|salgan|se duerma|se duerman|no esté|no estén) ... lo hago",
			"(mar|agua|río|rio) ... ... ... esta vez me quedo (adentro|dentro|abajo) $",
			// A height, then "I want to jump" ending the sentence.
			"(azotea|techo|terraza|ventana|balcón|balcon|cornisa|puente) ... ... ... quiero (saltar|tirarme) $",
			"no (estaré|estare|voy a estar) en ... ... (ni en ninguna|ni en ninguna otra|ni nunca|ni nunca más|nunca más) $",
			"(las|mis)? (pastillas|pastis|medicinas|medicamentos|pildoras|píldoras) (ya)? (están|estan)? (listas|preparadas) (en|sobre) la mesa $",
			"no (llego|llegaré|llegare|voy a llegar) (vivo|viva|con vida)",
			"no me (van a|vais a) (volver a)? ver (en|después de|despues de) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|año nuevo)",
		},
		recent: []string{
			"esta vez me quedo (adentro|dentro|abajo)",
		},
		review: []string{
			"(tuve ganas de|quise) (hacerme daño|cortarme|quemarme|lastimarme) pero (agarré|agarre|tomé|tome|cogí|cogi|me puse|usé|use|sostuve) (el|la|un|una|mi)? (hielo|cubito|cubitos|liga|goma)",
		},
		held: []string{
			"(tuve|tenía|tenia|quise) (ganas de)? (hacerme daño|cortarme|quemarme|lastimarme) pero (agarré|agarre|tomé|tome|cogí|cogi|me puse|usé|use|sostuve|apreté|apreté) (el|la|un|una|mi)? (hielo|cubito|cubitos|liga|goma)",
		},
		benign: []string{
			"me despido de (todos|todas|ustedes|la gente) (esta noche|hoy)? me voy (a|para) ... (a ver a|con) (mi|mis) (familia|padres|mamá|mama|papá|abuela|abuelos)",
			"me voy (a casa|a mi país|a mi pais|a mi tierra|a ver a mi familia) (por|para|en) (navidad|las fiestas|diciembre|fin de año|vacaciones)",
			"nos vemos (en|a la vuelta en|después de) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|año nuevo)",
			"(me corté|me corte|me teñí|me teni|me rapé) el (pelo|cabello|fleco|flequillo) ... ... ... (sobreviviré|sobrevivire|voy a sobrevivir)",
			"botella (entera)? de (agua|jugo|zumo|refresco|coca|leche)",
			"(cuchillo|cuchillos) (contra|en|sobre) el (pan|bizcocho|pastel|queso)",
			"(listas|listos|preparadas) en la mesa para (mañana|manana|el desayuno)",
			"(ya)? (tengo)? todo listo para la fiesta",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(drück|drücke|halt|halte) (mir)? (grad|gerade|jetzt)? (immer wieder)? (das|ein|mein) (feuerzeug|zigarette|die zigarette) (auf|an|gegen) (meinen|meine|mein) (arm|haut|bein|handgelenk|hand)",
			"(drück|drücke) (mir)? (grad|gerade|jetzt)? die zigarette (grad|gerade|jetzt)? (immer wieder)? (auf|an) (meinem|meinen|meiner|meine|mein) (arm|haut|bein|hand)",
			"(brenn|brenne) (mir)? (grad|gerade|jetzt)? (wieder und wieder|immer wieder) (zigaretten|die zigarette|mit dem feuerzeug) (auf der haut|am arm|auf dem arm)? (aus)?",
			"(halte|halt|drück|drücke) (das|ein|mein) (messer|klinge|rasierklinge) (an|auf|gegen) (mein|meine|meinen) (handgelenk|handgelenke|hals|pulsader|pulsadern|arm)",
			"(wenn|sobald) (mein|meine) (mitbewohner|mitbewohnerin|mitbewohnerinnen|gastfamilie|eltern|familie|freund|freundin|mann|frau) ... (geht|gehen|weg ist|weg sind|schläft|schlafen|raus ist) ... (mach ich es|mach ichs|mach ich's|mach ich schluss|tu ich es)",
			"(meer|nordsee|ostsee|wasser|see) ... ... ... diesmal (bleib|bleibe) ich (drin|unten) $",
			"(dach|fenster|balkon|brücke|kante|brüstung) ... ... ... (ich)? (will|möchte) (einfach)? springen $",
			"(ich bin|bin ich|bin) ... nicht (dabei|da) ... (und)? (auch)? (sonst)? nie (mehr|wieder) $",
			"(die|meine)? (tabletten|pillen|medikamente) (liegen|stehen) (schon)? bereit (auf dem tisch)? $",
			"(komm|komme) ich nicht lebend an",
			"(im|ab) (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|neuen jahr) (seht|sieht) (ihr|man) mich nicht mehr",
			"ich (komm|komme) nicht lebend (an|dort an|da an)",
		},
		recent: []string{
			"diesmal (bleib|bleibe) ich (drin|unten)",
		},
		held: []string{
			"(wollte|wollt) (ich)? mich (verbrennen|schneiden|ritzen|verletzen) ... (hab|habe) aber (den|einen|die)? (eiswürfel|eiswürfeln|gummiband|eis) (genommen|gehalten|benutzt)",
		},
		benign: []string{
			"verabschiede mich (heute abend|heute|heut abend)? von allen (fliege|flieg|fahre|fahr) (über weihnachten|zu weihnachten|für die ferien|über die feiertage)? (heim|nach hause)",
			"bis (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|nächstes jahr|zum neuen jahr)",
			"(haare|frisur|pony) ... ... ... (überleb|überlebe) ich (aber|schon)?",
			"(haare|frisur|pony) ... ... ... ich (überleb|überlebe) (das|es) (aber|schon)?",
			"flasche (wasser|saft|cola|limo|milch)",
			"(messer|messers) (ans|an das|auf das|ins|in das) (brot|fleisch|gemüse|kuchen)",
			"(liegen|stehen|sind) (schon)? bereit (auf dem tisch)? für (morgen früh|morgen|heute abend|das frühstück)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"je me (brûle|brule) (le|les|la) (bras|jambe|jambes|peau|poignet|main) avec (le|un|mon|la) (briquet|cigarette|clope) ... (encore et encore|j'arrive pas à m'arrêter|je peux pas m'arrêter|maintenant|là)",
			"j'écrase (la|ma|une|des)? (cigarette|clope|cigarettes|clopes) sur (mon|ma|mes) (bras|jambe|peau|main|poignet) ... (encore et encore|j'arrive pas à m'arrêter|je peux pas m'arrêter|là)",
			"(le|un|mon) (couteau|rasoir|lame|cutter) (contre|sur) (mon|ma|mes) (poignet|poignets|gorge|cou|veines)",
			"quand (ma|mon|mes) (coloc|colocs|colocataire|colocataires|famille d'accueil|parents|mère|père|copain|copine|mari|femme) ... (part|partent|sera partie|sera parti|seront partis|dort|dorment) ... je le fais",
			"(mer|l'eau) ... ... ... cette fois je reste (dedans|au fond) $",
			"(je serai|serai) pas (là|à la séance|au groupe|au cercle) ... ni jamais $",
			"(les|mes)? (cachets|médicaments|médocs|comprimés) (sont)? prêts sur la table $",
			"(j'arriverai|arriverai|je vais arriver) pas (vivant|vivante)",
			"vous (me)? (verrez|reverrez) pas en (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
		},
		recent: []string{
			"cette fois je reste (dedans|au fond)",
		},
		review: []string{
			"envie de me (faire du mal|couper|brûler|scarifier) mais j'ai (pris|tenu|serré|utilisé) (le|un|les|des|mon)? (glaçon|glaçons|élastique)",
		},
		held: []string{
			"(j'avais|j'ai eu|avais|eu) envie de me (faire du mal|couper|brûler|scarifier) mais j'ai (pris|tenu|serré|utilisé) (le|un|les|des|mon)? (glaçon|glaçons|élastique)",
			"envie de me (faire du mal|couper|brûler|scarifier) mais j'ai (pris|tenu|serré|utilisé) (le|un|les|des|mon)? (glaçon|glaçons|élastique)",
		},
		benign: []string{
			"je dis au revoir à tout le monde (ce soir)? je rentre (au pays|chez moi|à la maison|en famille) pour (noël|les fêtes|les vacances)",
			"on se (revoit|voit) en (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
			"(coupé|teint|rasé) les cheveux ... ... ... (je survivrai|j'y survivrai)",
			"bouteille (d'eau|de jus|de coca|de lait|de limonade)",
			"(couteau|couteaux) (contre|sur|dans) le (pain|gâteau|fromage)",
			"prêts sur la table pour (demain|demain matin|le petit déjeuner)",
		},
	},
}

// mendSignalsS29 are the kinds of set 29 whose halves are ordinary alone:
// a time when the others are out ("sunday when the host family is at
// church") and a burden lifted; a last call home and "after I hang up I'll
// do it"; walking into the sea and "this time I'll stay in"; a window of a
// high floor or a roof and "I want to jump", "it's time"; a letter for a
// social worker and "tomorrow, not before"; "told everyone I'm moving" and
// "I'm not"; a pet given away with its papers and "nothing holds me here";
// a blade sewn into a jacket; someone back tonight with his men, and no
// one to call.
var mendSignalsS29 = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(drank|drunk|downed|swallowed|took) (a|the)? (whole)? (bottle|bottles) of (something|some stuff|stuff|whatever|this stuff|that stuff)",
			"(walk|walking|wade|wading|swim|swimming|go|going) (into|in|out into|out in) (the)? (sea|ocean|water|waves|lake|river|north sea) (until|till|til) (i)? (can't|cannot|can no longer|don't|no longer) (touch|feel|reach|stand on) (the)? (bottom|ground|floor|sand)",
			"(blade|razor|razor blade) (is)? (already)? (sewn|stitched|hidden) (in|into) (my|the) (jacket|coat|clothes|shoe|shoes)",
		},
		sigFinal: {
			"(spoke|talked|called|facetimed|video called|said goodbye) (to|with)? (my)? (mum|mom|mother|mama|dad|father|papa|family|sister|brother) (on video)? (one last time|for the last time|a last time)",
			"(gave|given|giving) (away)? my (cat|dog|rabbit|pet|bird|hamster) (away)? to ... with (her|his|its|their) (papers|vaccination card|passport|documents|things)",
		},
		sigIntent: {
			"^ (then|and then)? (im|i am|i will be|ill be)? (finally)? (no|not a|no longer a|no more|never again a) burden (to|for)? (anyone|anybody|nobody|no one|anyone else|you all|my family)? (anymore|any more|any longer)? $",
			"(after|once|when) (i|we) hang up (ill|i will|im going to|im gonna|i) do it $",
			"(read|open) it (tomorrow|in the morning) not before",
			"this time (ill|i will|im going to|im gonna|i) (stay|remain) (in|there|under|down) $",
			"^ (and)? (i)? (want to|wanna) jump $",
			"(i feel like|feel like|i think|i feel|i know) (its|it's|it is) (time|the moment) $",
			"(im|i am|i'm) going to let myself fall $",
			"^ (but)? (im|i am|i'm) not (really)? (moving|leaving) (anywhere)? $",
			"^ (now|after that|and now)? nothing (holds|keeps|ties) me (here)? (anymore|any more)? $",
		},
		sigDanger: {
			"(beat|hit|punched|attacked|hurt) me ... ... ... (coming|comes|will come|come) back (tonight|later|today) with (his|their|her) (men|guys|friends|people|boys|mates)",
		},
		sigWhen: {
			"(saturday|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight) (when|while) (my|the|our) ... (is|are|will be|s|goes|go|leaves|leave) (at|in|to|out|away|gone|asleep)",
		},
		sigCue: {
			"(walking|im walking|im going to walk|going to walk|wading|im wading) (into|in) (the)? (sea|ocean|water|waves|north sea|lake|river)",
			"(can't|cannot|can hardly|can barely|struggling to) breathe",
			"(a|some)? (guy|man|dealer|someone|stranger) (sold|gave) me (at|outside|by) the (station|train station)",
			"(letter|note) ... ... (for|to) (my|the) (social worker|support worker|caseworker|case worker|educator|counsellor|counselor|key worker|youth worker)",
			"(told|telling) (everyone|everybody|people|them|all|the class|the group) (that)? (im|i am|i'm) (moving|leaving)",
			"(at|by|in|out of|leaning out of|standing at) the window (on|of) the # (th|st|nd|rd)? floor",
			"(i have no|no|without) papers ... ... (can't|cannot) call (anyone|anybody|the police|the cops)",
			"(coming|comes|will come|come) back (tonight|later) with (his|their|her) (men|guys|friends|people|boys|mates)",
			"(can't|cannot) call (anyone|anybody|the police|the cops)",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(me tomé|me tome|tomé|tome|me bebí|me bebi|bebí|bebi) (una|la)? botella (entera)? de (algo|eso|esa cosa|un líquido|un liquido)",
			"(entrar|caminar|meterme|adentrarme|nadar) (al|en el|hacia el|en la) (mar|agua|río|rio) hasta (que)? no (toque|tocar|sentir|sienta) (el)? (fondo|suelo)",
			"(cuchilla|navaja|hoja) (ya)? (está|esta)? (cosida|escondida) en (la|mi) (chaqueta|chamarra|campera|ropa|abrigo)",
		},
		sigFinal: {
			"(hablé|hable|llamé|llame) (con)? (a)? (mi)? (mamá|mama|madre|papá|papa|padre|familia) por (última|ultima) vez",
			"(le di|regalé|regale|di) (mi|a mi) (gato|gata|perro|perra|mascota) a ... con (su|sus) (papeles|cartilla|cartilla de vacunas|documentos|pasaporte)",
		},
		sigIntent: {
			"^ (ya)? no (seré|sere|voy a ser) una carga para (nadie|nadie más|nadie mas|ustedes) $",
			"^ (ya)? (no|ninguna) (más)? carga (para nadie)? $",
			"cuando cuelgue lo hago $",
			"que la lea (mañana|manana) no antes",
			"esta vez me quedo (adentro|dentro|ahí|ahi|abajo) $",
			"quiero (saltar|tirarme|dejarme caer) $",
			"siento que (ya)? es (el momento|la hora) $",
			"^ (pero)? no me mudo $",
			"(ya)? nada me (retiene|ata|detiene) (aquí|aqui)? $",
		},
		sigDanger: {
			"(me pegó|me pego|me golpeó|me golpeo) ... ... ... (vuelve|viene|volverá|volvera|va a volver) ... con (sus|unos) (hombres|amigos|tipos|chavos|manes)",
		},
		sigWhen: {
			"(el)? (sábado|sabado|domingo|lunes|martes|miércoles|miercoles|jueves|viernes|mañana|esta noche) cuando (mi|mis|la|el) ... ... (esté|este|estén|esten|se vaya|se vayan|salga|salgan|duerma|duerman)",
		},
		sigCue: {
			"(voy a|me voy a)? (entrar|caminar|meterme|adentrarme) (al|en el|hacia el|en la) (mar|agua|río|rio|lago)",
			"(casi)? no puedo respirar",
			"(me lo|me la)? (vendió|vendio|dio) (un tipo|un man|alguien|un señor) en la (estación|estacion)",
			"(carta|nota) ... ... para (la|el|mi) (trabajadora social|trabajador social|educadora|educador|orientadora|orientador|psicóloga|psicologa)",
			"(les dije|dije|le dije) a (todos|todo el mundo|la gente) que me (mudo|voy)",
			"(ventana|balcón|balcon) del (piso|planta) #",
			"no puedo llamar a (nadie|la policía|la policia)",
			"(vuelve|viene|volverá|volvera) (esta noche|hoy|más tarde) con (sus|unos) (hombres|amigos|tipos)",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(ganze)? flasche (von)? (irgendwas|dem zeug|so nem zeug|irgendwelchem zeug)",
			"(ins|in das|in die) (meer|nordsee|ostsee|wasser) bis ich (keinen|nicht mehr den) boden (mehr)? (spür|spüre|fühle)",
			"(klinge|rasierklinge) (ist)? (schon)? (in die|in der|in meine|in meiner) (jacke|mantel|kleidung) (genäht|eingenäht|versteckt)",
		},
		sigFinal: {
			"zum letzten mal mit (mama|papa|meiner mutter|meinem vater|meiner familie|meiner schwester|meinem bruder) (per videocall|per video|am telefon|per telefon)? (telefoniert|gesprochen|geredet)",
			"(katze|hund|kater|hase) mit (futter|impfpass|papieren) ... ... (gegeben|verschenkt|abgegeben)",
		},
		sigIntent: {
			"(niemandem|keinem) mehr (eine)? last $",
			"keine last mehr $",
			"nach dem auflegen (mach|tu) (ich es|ichs|ich's) $",
			"erst morgen (lesen|aufmachen|öffnen) ... nicht vorher",
			"diesmal (bleib|bleibe) ich (drin|unten) $",
			"(ich)? (will|möchte) (einfach)? springen $",
			"(ich)? (lass|lasse) mich fallen $",
			"^ (aber)? ich (zieh|ziehe) (nicht|gar nicht) (weg|um) $",
			"(jetzt)? (hält|halt) mich nichts mehr $",
		},
		sigDanger: {
			"(hat mich|mich) (geschlagen|verprügelt|verpruegelt) ... ... ... (kommt|kommen) (er|sie)? (heut|heute)? (abend|nacht)? (er|sie)? mit seinen (leuten|männern|jungs|kumpels)",
		},
		sigWhen: {
			"^ ... heute ist der tag $",
			"(samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|morgen|heute abend|heut nacht) wenn (meine|mein|die|der) ... ... (ist|sind|weg ist|geht|gehen)",
		},
		sigCue: {
			"(geh|gehe|lauf|laufe) (jetzt)? (ins|in die) (meer|nordsee|ostsee|wasser|see)",
			"(krieg|kriege|bekomme|bekomm) (kaum|keine) luft",
			"(einer|jemand|ein typ) am bahnhof (verkauft|gegeben)",
			"(soll|darf) (ihn|es) erst morgen (lesen|aufmachen|öffnen)",
			"brief ... ... (für die|für den|an die|an den) (sozialarbeiterin|sozialarbeiter|betreuerin|betreuer|erzieherin|erzieher)",
			"(der|die|meine) (sozialarbeiterin|betreuerin|erzieherin|betreuer|sozialarbeiter) (einen)? brief",
			"(allen|jedem|zu allen) (gesagt|erzählt|gemeint) (ich)? (zieh|ziehe) (weg|um)",
			"(meinte|sagte|erzählte|hab gesagt) (zu allen|allen|jedem) (ich)? (zieh|ziehe) (weg|um)",
			"(am|im) fenster (im|vom) # (stock|etage)?",
			"(kann|kann ich) niemanden (anrufen|rufen)",
			"(kommt|kommen) (er|sie)? (heut|heute)? (abend|nacht)? (er|sie)? mit seinen (leuten|männern|jungs) (wieder|zurück)",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"bu (une|la|toute la)? bouteille (entière)? de (je sais pas quoi|truc|un truc|n'importe quoi)",
			"(marcher|entrer|avancer|nager) dans (la mer|l'eau) jusqu'à (plus|ne plus) toucher (le)? fond",
			"(la)? lame (est)? (déjà)? (cousue|cachée) dans (la|ma|mon) (veste|manteau|blouson)",
			"(j'ai)? cousu la lame dans (ma|mon) (veste|manteau|blouson)",
		},
		sigFinal: {
			"(appelé|parlé à|parlé avec) (maman|papa|ma mère|mon père|ma famille) une (dernière|derniere) fois",
			"(donné|confié) mon (chat|chien|lapin) ... avec (sa|son|ses) (carnet|papiers|carnet de vaccins|laisse)",
		},
		sigIntent: {
			"(plus de|plus un|plus jamais un) fardeau (pour personne)? $",
			"quand je raccroche je le fais $",
			"qu'elle la lise demain pas avant",
			"cette fois je reste (dedans|là-bas|au fond) $",
			"je (veux|vais) (sauter|me laisser tomber) $",
			"^ (mais)? je déménage pas $",
			"(après ça)? (y a)? plus rien (qui)? me retient $",
			"c'est là que ça doit finir $",
		},
		sigDanger: {
			"m'a (frappé|frappée|tabassé|tabassée) ... ... ... (revient|reviendra|va revenir) ... avec ses (gars|hommes|potes|types)",
		},
		sigWhen: {
			"c'est aujourd'hui $",
			"(samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain|ce soir) (pendant la messe|quand (ma|mon|mes) ... (sera|seront|est|sont|part|partent))",
		},
		sigCue: {
			"(je vais|je)? (marcher|marche|entrer|entre|avancer|avance) dans la mer",
			"(j'arrive plus|j'arrive pas|je peux plus|je peux pas) (à)? respirer",
			"achetée à la gare",
			"lettre ... ... (pour|à) (l'éducatrice|l'éducateur|l'assistante sociale|l'assistant social|ma référente|mon référent)",
			"(dit|j'ai dit) à tout le monde que je déménage",
			"(à|a|par|de) la fenêtre du # (e|ème|eme)?",
			"peux appeler personne",
			"(revient|reviendra) ce soir avec ses (gars|hommes|potes)",
		},
	},
}}

// mendsS29Drift hold rows of the corpus that retraining on set 29 moved:
// stones in the pockets at a lake said pockets first, a farewell asking a
// brother to look after one's mother (Review, as before), an attempt
// many years ago told because a doctor asked (Review), which the
// retrained model let fall; and, lifted by it, a whole tablet given to a
// sick cat, skipping the office party unnoticed, "lucky nobody noticed".
var mendsS29Drift = []phraseSet{{
	lang:  "en",
	words: englishSignals.words,
	benign: []string{
		"(lucky|luckily|thank god|glad|good thing) (that)? (nobody|no one|noone) (noticed|saw)",
		"(nobody|no one|noone) would (even)? notice if i (skipped|skip|missed|miss|ditched|ditch|bailed on|bail on) (the|this|my|that)? (office|work|christmas|xmas|team|birthday)? (party|drinks|meeting|dinner|lunch|class|lecture|shift)",
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	review: []string{
		// An attempt years ago, told because a doctor asked: Review.
		"(tuve|hice) un intento (de suicidio)? hace (muchos|varios|unos|#) años",
		"(chao|chau|adiós|adios) (hermano|hermana|bro|amigo|amiga|compa|primo|prima)? (cuida|cuidá|cuídame|cuidame) (a|de)? mi (vieja|viejo|mamá|mama|madre|hija|hijas|hijo|hijos|familia)",
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	crisis: []string{
		"(stausee|see|fluss|weiher|teich|meer|baggersee) ... (taschen|jackentaschen|manteltaschen|hosentaschen) (voller|voll mit|voll) (steine|steinen|wackersteine|gewichte|gewichten)",
	},
	benign: []string{
		// A tablet given to a sick pet: "ich musste ihm die ganze tablette geben".
		"(ihm|ihr) (die|eine)? (ganze|halbe)? (tablette|tabletten|pille|wurmtablette) (geben|gegeben|reingeben|reingesteckt)",
	},
}}

// mendSignalsS29Drift hold two crisis rows the retrained model let fall:
// going to be with a dead wife now, "she's been waiting three years"; a
// day set, "c'est décidé" and calm for the first time in a long while.
// Each half alone is Review at most.
var mendSignalsS29Drift = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigIntent: {
			"(going to|gonna|im going to|im gonna) (go)? be with (my)? (wife|husband|late wife|late husband|son|daughter|mum|mom|dad|mother|father|brother|sister|girl|boy) (now|tonight|soon) $",
		},
		sigCue: {
			"(she|he|they|shes|hes|theyve) (has|s|is|have|ve)? been waiting (for me)? (for)? (# years|years|so long|long enough|# months)",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigIntent: {
			"c'est décidé (et)? (je suis|je me sens)? (calme|sereine|serein|en paix|tranquille)",
		},
	},
}}
