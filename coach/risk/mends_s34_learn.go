package risk

// Sets 33 and 34 (a school and a farm; young fathers and carers), measured
// on af77909: set 33 93% flagged, 85% at Crisis; set 34 91% flagged, 79%
// at Crisis, English 83%. What they missed was the act said sideways:
// poison (weedkiller, rat or vole poison, Roundup) mixed into a drink;
// walking or driving into a lake "and just keep going", driving at a dam
// "not going to brake"; a blade taken out of a pencil sharpener, arms to
// be "opened"; plastic bags and tape "and I looked up how"; a house to be
// burnt down "with me in it"; the guardian for the children signed "and
// the if-ever is Sunday"; "I won't need much after tonight"; a roof "and
// not taking the stairs down"; "from Sunday I'm not here anyway"; and,
// read across the sentences of a line (mendSignalsS34), a cover story at
// the chemist or the funeral home ("said it was for a toothache", "I'm not
// travelling anywhere", "for me"), a decoy in the trolley "so the checkout
// girl wouldn't think twice", a rope in the car boot "not returning it",
// a rope and a branch that will hold, a footbridge over a motorway, a wall
// at the cliffs with a strange calm, a train at a crossing "I'll be there",
// a photo album "so she'll know who her father was. and then I go", peace
// made with everyone "now I can go", life insurance past its suicide
// clause "not asking for fun", "tonight's the night"/"c'est le bon
// moment"/"ahora o nunca" at a height. Passive wishes are Review: not
// existing "sounds restful", "a burden with a beard", "what am I still
// doing here", "my kids deserve a better father", relief at a grave
// illness, "hope is a strange word now". Each kind is in all four
// languages with everyday twins in testdata/train/targeted-s34-learn.tsv.
var mendsS34Learn = [4]phraseSet{
	{
		lang:  "en",
		words: englishSignals.words,
		crisis: []string{
			"(roof|rooftop|ledge|balcony|bridge|car park) ... ... (i think|i reckon)? (im|i am|i'm) (going to|gonna|about to) jump (before|when|after|tonight|now)?",
			// Poison in a drink.
			"(weedkiller|weed killer|rat poison|roundup|paraquat|antifreeze|slug pellets|pesticide|poison|bleach) ... ... (in|into) (my|a|the) (coke|cola|coffee|tea|juice|wine|drink|glass|beer|vodka|squash)",
			"(drank|drunk|drinking|swallowed|downed|necked) (some|the|a bottle of|a cup of|a glass of)? (weedkiller|weed killer|rat poison|roundup|paraquat|antifreeze|pesticide|bleach)",
			// Into the water and on, or at a dam without braking.
			"(walk|walking|drive|driving|wade|wading|swim|swimming|go|going|head|heading) (straight)? (in|into|out into) the (lake|quarry lake|quarry|reservoir|sea|river|loch|water) (and)? (just)? (keep|keeping|carry on|carrying on) (going|walking|swimming)",
			"(driving|heading|drive|going) (to|towards|toward|at) the (dam|cliff|cliffs|wall|quarry|bridge pillar|pillar|viaduct|coast) ... ... (not|never|wont|will not) (going to|gonna)? (brake|stop|slow down|hit the brakes)",
			// A blade from a sharpener; arms to be opened.
			"(open|opening|slice|slicing|cut|cutting) (up|open)? my (arms|wrists|veins) (open)? (when|once|as soon as|after|tonight)",
			// Bags and tape, and how.
			"(plastic bags|plastic bag|bin bags|bin bag|a bag) (and|with) (some)? (tape|duct tape|gaffer tape|gaffer|cling film) ... ... (looked up|searched|googled|read up on|watched) how (to do it)? $",
			// A fire threatened with the writer inside.
			"((he|she|they)? (says|said|keeps saying|threatens|threatened|threatening)? (to|he'll|she'll|they'll|he will|she will|they will|he's going to|she's going to|he is going to|she is going to|going to|gonna|wants to|will))? (burn|set fire to|torch|light|set alight) (the|our|my)? (house|flat|home|place|caravan|car) (down)? with (me|us|me and the kids|the kids|the children) (still)? (in it|inside)",
			// The guardian signed, the "if ever" is a day.
			"the (if ever|just in case|in case) (is|s|will be) ({weekday}|tomorrow|tonight|this weekend)",
			// Nothing needed after tonight.
			"(wont|will not|dont|do not) need (much|anything|a thing|money|it|them)? (anymore|any more)? after (tonight|today|tomorrow|{weekday}|this weekend) $",
			// A roof, and not the stairs down.
			"(roof|rooftop) ... ... (not|never|dont want to|do not want to|wont be) (taking|take|going|go|walking|walk) (back)? (down)? (the|by the) (stairs|staircase|lift|elevator) $",
			// A day from which one is not here anyway.
			"(from|after|by) ({weekday}|tomorrow|next week) (im|i am|i wont be|i will not be) (not)? (here|around|alive) (anyway|anymore|any more)",
		},
		review: []string{
			"(i)? (scratched|clawed) my (arms|wrists|legs|thighs) (till|until|so much)? (they bled|it bled|bloody|raw)",
			"(not existing|not being here|not being alive|not being around|to not exist|ceasing to exist|being switched off|not waking up) (sounds|seems|feels|would be|would feel) (so|really|kind of|quite)? (restful|peaceful|nice|lovely|like a relief|a relief|like rest|calm|good)",
			"^ (just|only)? a burden (with|on|to)",
			"(im|i am|i'm|i feel like|feel like|feels like) (just|only)? (a|the)? (spare part|dead weight|waste of space|burden) (on|to|for|in)",
			"(im|i am|i'm|i feel like) (just|only)? (a|the) (spare part|dead weight|waste of space|cost|expense|burden)",
			"what (am i|i am|im) (even|actually)? still doing here (honestly|really|tbh)? $",
			"(my)? (kids|children|daughter|son|wife|husband|family) (deserve|deserves|would deserve) (a)? (better|proper) (father|mother|dad|mum|mom|parent|husband|wife) $",
			"would (my)? (kids|children|family|wife|husband) (really|even|actually) miss me",
			"hope (is|feels like|has become) (a|such a) (strange|foreign|weird|funny|meaningless|empty) word",
			"(if|when) i (got|get|was|were) (really)? (sick|ill|diagnosed) ... ... (id|i would|i'd) (be|feel) (relieved|glad|grateful)",
			"(thinking|think|been thinking|thought) (a lot|so much|loads) about (death|dying) (since|lately|these days)",
		},
		benign: []string{
			"# #? (train|express)? (passes|goes through|goes past|comes through|crosses) ... ... (pick you up|pick her up|pick him up|meet you|get you|grab you)",
			"(overdosed|overdosing|od'd|od d|oded) on (bake off|netflix|tv|telly|the office|friends|series|reality tv|true crime|youtube|tiktok|anime|love island) (episodes|episode|season|seasons|in a row)?",
			"(weedkiller|weed killer|bleach|slug pellets) ... (in|into) (the|a) (watering can|sprayer|bucket|spray bottle)",
			"(dont|do not|wont|will not) need (much|anything) after (tonight|today) ... (shift|exam|uniform|trip|camping|holiday)",
		},
	},
	{
		lang:  "es",
		words: spanishSignals.words,
		crisis: []string{
			"(azotea|tejado|techo|cornisa|balcón|balcon|puente) ... ... (creo que)? (voy a|me voy a) (saltar|tirar) (antes|cuando|esta noche|ya)?",
			"(veneno|matarratas|raticida|herbicida|glifosato|roundup|anticongelante|lejía|lejia|insecticida) ... ... (en|con) (la|el|mi|un|una) (coca|cola|café|cafe|té|te|zumo|jugo|vino|vaso|copa|cerveza|bebida|refresco)",
			"(bebí|bebi|tomé|tome|me tomé|me tome|tragué|trague) (un poco de|un vaso de|el)? (veneno|matarratas|raticida|herbicida|glifosato|roundup|anticongelante|lejía|lejia)",
			"(entrar|entro|meterme|me meto|caminar|camino|voy) (en|al|hacia el) (lago|embalse|pantano|mar|río|rio|agua|la laguna|laguna|cantera) (y)? (seguir|sigo|no parar|no paro) (caminando|nadando|adelante|de largo)?",
			"(manejando|conduciendo|voy) (hacia|a|contra) (la|el) (presa|represa|muro|acantilado|barranco|pilar|costa) ... ... (no pienso|no voy a) (frenar|parar)",
			"(abrirme|me voy a abrir|voy a abrirme|cortarme) (los|las) (brazos|venas|muñecas|munecas) (cuando|en cuanto|esta noche|apenas)",
			"(bolsas de plástico|bolsas de plastico|bolsa de plástico|bolsa de plastico|bolsas) (y|con) (cinta|cinta americana|cinta adhesiva|celo) ... ... (busqué|busque|miré|mire|vi|averigüé|averigue) cómo (hacerlo|se hace)? $",
			"((él|el|ella)? (dice que|amenaza con)? (va a|quiere))? (quemar|incendiar|prender fuego a) (la|mi|nuestra)? (casa|el piso|el departamento|el coche|el carro) (conmigo|con nosotros|con los niños|con los chicos) (dentro|adentro)",
			"el (por si acaso|si acaso|por si las moscas) (es|será|sera) (el {dia}|mañana|manana|esta noche|este finde)",
			"no (voy a necesitar|necesitaré|necesitare) (gran cosa|mucho|nada|la plata|el dinero) (después de|despues de|a partir de) (esta noche|hoy|mañana|manana|el {dia})",
			"(azotea|tejado|techo) ... ... no (quiero|pienso|voy a) bajar por (las|la) (escaleras|escalera|ascensor) $",
			"(para el|desde el|a partir del) ({dia}) ya no (hay|habrá|habra|voy a estar|estoy) (a quién|a quien|aquí|aqui)",
		},
		review: []string{
			"me (arañé|arane|arañe|rasguñé|rasguñe) (los|las) (brazos|muñecas|munecas|piernas) (hasta sangrar)?",
			"(no existir|dejar de existir|no estar) (suena|sería|seria|parece) (tan|muy|a|como)? (descansado|tranquilo|descanso|un descanso|un alivio|bonito|paz)",
			"(soy|me siento) (solo)? (un|una) (estorbo|mueble|gasto|carga|cero a la izquierda)",
			"(qué|que) (hago|sigo haciendo) (todavía|todavia|aún|aun)? (aquí|aqui|acá|aca) (la verdad|en serio)? $",
			"(mis hijos|mi hija|mi hijo|mi familia|mi esposa|mi mujer|mi marido) (merecen|merece|merecerían|merecerian|merecería|mereceria) (un|una) (padre|madre|papá|papa|mamá|mama|marido|esposa) mejor",
			"(me echarían|me echarian|me extrañarían|me extrañarian) de menos (de verdad|realmente)?",
			"la esperanza (es|se volvió|se volvio) una palabra (extraña|rara|vacía|vacia|ajena)",
			"si me (enfermara|enfermo|diagnosticaran) ... ... (sería un alivio|seria un alivio|me aliviaría|me aliviaria|me alegraría|me alegraria)",
			"pienso (mucho|demasiado) en la muerte (desde)?",
		},
		benign: []string{
			"hoy es el (día|dia) ... (examen|examen de manejo|prueba|entrevista|boda|partido|cumple|cumpleaños|mudanza|viaje)",
			"sobredosis de (series|netflix|tele|capítulos|capitulos|chocolate|anime|tiktok)",
			"(herbicida|lejía|lejia) ... (en|con) (la|el) (regadera|pulverizador|cubo|balde)",
		},
	},
	{
		lang:  "de",
		words: germanSignals.words,
		crisis: []string{
			"(dach|sims|balkon|brücke|parkhaus) ... ... (ich glaub|glaub)? (ich)? (spring|springe|werd springen|werde springen) (gleich|vor|bevor|heute)",
			"(gift|rattengift|mäusegift|wühlmausgift|unkrautvernichter|unkrautex|roundup|frostschutz|frostschutzmittel|pflanzenschutzmittel|bleiche) ... ... (in die|in den|in das|ins|in meine|in meinen|in mein) (cola|kaffee|tee|saft|wein|glas|bier|getränk|schorle)",
			"(gift|rattengift|mäusegift|unkrautvernichter|roundup|frostschutzmittel) (getrunken|geschluckt|runtergekippt|trinke|trink)",
			"(fahr|fahre|geh|gehe|lauf|laufe) (jetzt|heute)? (zum|in den|an den|ans) (baggersee|see|stausee|fluss|meer|wasser|steinbruch) (und)? (einfach)? (geradeaus)? (weiter|immer weiter) (rein|hinein|raus|hinaus)?",
			"(fahr|fahre|unterwegs) ... (zur|zum|gegen die|gegen den|an die) (staumauer|talsperre|mauer|klippe|brückenpfeiler|pfeiler|baum) ... ... (nicht|nich) (bremsen|anhalten)",
			"(mir die|meine) (arme|pulsadern|handgelenke) (aufschneiden|aufschlitzen|aufritzen|öffnen) (wenn|sobald|heute nacht)",
			"(plastiktüten|plastiktüte|tüten|müllbeutel) (und|mit) (klebeband|panzertape|tape|gaffa) ... ... (nachgeschaut|gegoogelt|gesucht|geschaut) wie (man es macht|es geht|das geht|man das macht)? $",
			"((er|sie)? (will|wollen|droht|sagt er|sagt sie))? (das haus|die wohnung|die bude|das auto|den wohnwagen) (mit mir|mit uns|mit den kindern) (drin|darin) (anzünden|abfackeln|abbrennen|anstecken)",
			"(anzünden|abfackeln|abbrennen) (und ich|mit mir) (bin|drin)",
			"(das|der) (falls mal|falls|notfall|für alle fälle) ist (am)? ({tag}|morgen|heute nacht|dieses wochenende)",
			"(brauch|brauche|werd|werde) (ich)? (nach heute nacht|nach heute|ab morgen|nach {tag}) (eh)? nicht (mehr)? (viel|nichts|das geld|es)",
			"(dach|flachdach) ... ... (nicht|nich) (über die|die) (treppe|treppen|aufzug) (runter|zurück|nehmen) $",
			"(ab|nach|am) ({tag}|morgen|nächster woche) (bin ich|bin i) (eh|sowieso|ja|dann|doch)? nicht mehr (da|hier|am leben)",
		},
		review: []string{
			"(hab|habe) mir (die)? (arme|handgelenke|beine) (aufgekratzt|zerkratzt|blutig gekratzt)",
			"nicht (mehr)? (zu)? (existieren|da sein|aufwachen) (klingt|wäre|wär|fühlt sich) (so)? (erholsam|friedlich|schön|nach erlösung|wie eine erlösung|entspannend|nach ruhe)",
			"(fühl|fühle|bin) (mich)? (wie)? (nur)? (ein|eine) (kostenfaktor|klotz am bein|ballast|last|belastung|ersatzteil) (in der|für die|für meine)? (familie)?",
			"was (ich|mach ich|mache ich) (hier)? (eigentlich)? (noch|überhaupt noch) (hier)? (mache|mach|soll|will) $",
			"(meine kinder|mein sohn|meine tochter|meine frau|meine familie) (verdienen|verdient|hätten|hätte) (einen|eine) (besseren|bessere) (vater|mutter|papa|mama|mann|frau)",
			"(würden|würde) mich (meine kinder|die kinder|meine familie)? (wirklich|echt|überhaupt)? vermissen",
			"hoffnung ist (ein|so ein) (fremdes|komisches|seltsames|leeres) wort",
			"wenn ich krank (werden würd|werden würde|würde|werde|wär) ... ... ... (ich wär erleichtert|ich wäre erleichtert|wär ich erleichtert|wäre ich erleichtert|erleichtert)",
			"(denk|denke|denk ich|denke ich) ... viel (über den tod|an den tod) (nach)?",
		},
		benign: []string{
			"(überdosis|überdosiert) (netflix|serien|schokolade|serie|tiktok|anime)",
			"nicht mehr (da|hier) (weil ich|ich bin|bin)? (im|in|auf|in der|auf der) (urlaub|kur|reha|dienstreise|rente|klassenfahrt|ferien)",
			"nicht mehr (da|hier) (urlaub|dienstreise|kur|reha|klassenfahrt) (auf|in|an|am|nach)",
		},
	},
	{
		lang:  "fr",
		words: frenchSignals.words,
		crisis: []string{
			"(toit|rebord|balcon|pont|parking) ... ... (je crois que|je pense que)? je vais sauter (avant|quand|ce soir|maintenant)?",
			"(poison|mort aux rats|raticide|désherbant|desherbant|roundup|glyphosate|antigel|javel|eau de javel|insecticide) ... ... (au|dans le|dans mon|dans un|dans une|dans ma|dans la) (coca|café|cafe|thé|the|jus|vin|verre|bière|biere|boisson|soda)",
			"(bu|avalé|avale|bois|pris) (du|de la|un verre de|de l')? (poison|mort aux rats|désherbant|desherbant|roundup|glyphosate|antigel|javel|eau de javel)",
			"(entrer|rentrer|j'entre|je rentre|marcher|aller) dans (le lac|la mer|la rivière|l'eau|l'étang|la carrière) (et)? (continuer|je continue|pas m'arrêter|pas m'arreter|tout droit)",
			"(je roule|je conduis|en route) (vers|jusqu'au|jusqu'à) (le|la|l')? (barrage|falaise|mur|pilier|côte) ... ... (pas|jamais) (freiner|m'arrêter|m'arreter)",
			"(m'ouvrir|je vais m'ouvrir) les (bras|veines)",
			"(m'entailler|me taillader) les (bras|veines|poignets)",
			"(sacs plastique|sacs plastiques|sac plastique|sac en plastique|sacs poubelle) (et|avec) (du)? (scotch|ruban adhésif|ruban adhesif|gaffer|chatterton) ... ... (regardé|cherché|googlé|lu) comment (faire|on fait|m'y prendre)? $",
			"((il|elle)? (veut|va|menace de|dit qu'il va|dit qu'elle va))? (brûler|bruler|cramer|mettre le feu à|mettre le feu a) (la|ma|notre)? (maison|l'appart|l'appartement|la caravane|la voiture) (avec moi|avec nous|avec les enfants) (dedans|à l'intérieur)",
			"le (si jamais|au cas où|au cas ou) (c'est|ce sera|sera) ({jour}|demain|ce soir|ce week end)",
			"(j'aurai|aurai|j'aurais) pas besoin de (grand chose|grand-chose|rien|l'argent|beaucoup) après (ce soir|à soir|a soir|demain|{jour})",
			"(toit|terrasse du toit) ... ... (pas|jamais) (redescendre|descendre|reprendre) (par)? (l'escalier|les escaliers|l'ascenseur) $",
			"(à partir de|dès|des|après) ({jour}|demain|la semaine prochaine) (je serai|je suis)? (de toute façon)? plus là",
		},
		review: []string{
			"(je me suis|j'me suis|jme suis) (griffé|griffée|griffe|gratté jusqu'au sang|scarifié|scarifiée) les (bras|poignets|cuisses|jambes)",
			"(ne plus exister|plus exister|ne pas exister|disparaître|ne plus être là) (ça)? (a l'air|semble|serait|me paraît) (si|tellement|vraiment)? (reposant|paisible|doux|un soulagement|apaisant|reposant)",
			"(je suis|je me sens comme|comme) (juste)? (un|une) (poids mort|boulet|fardeau|coût|charge|pièce de rechange) (pour la famille|pour tout le monde)?",
			"ce que je (fais|fous|fiche|fou) encore là (franchement|honnêtement|sérieux)? $",
			"(mes enfants|ma fille|mon fils|ma femme|mon mari|ma famille) (mériteraient|mériterait|méritent|mérite) (un|une) (meilleur|meilleure) (père|mère|papa|maman|mari|femme)",
			"(me regretteraient|me regretterait) (vraiment)?",
			"l'espoir (c'est|est) (devenu)? un mot (étrange|bizarre|étranger|vide)",
			"si je tombais (malade|gravement malade) ... ... (soulagé|soulagée|un soulagement)",
			"je pense (beaucoup|souvent|tout le temps) à la mort",
		},
		benign: []string{
			"(overdose|surdose) de (séries|series|netflix|chocolat|télé|tele|anime|tiktok)",
			"dernier message de la (soirée|soiree|journée|journee) ... (match|resto|soirée|cinéma|cine|concert|dodo)",
			"(désherbant|desherbant|javel) ... (dans|au) (l'arrosoir|le pulvérisateur|le seau)",
		},
	},
}

// mendSignalsS34 read sets 33 and 34's kinds told over two sentences: the
// strong one alone is Review, with its cue or a second strong one Crisis.
var mendSignalsS34 = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(kept|still have|still got|hung on to|held on to) (my|the)? (dad's|dads|dad s|mum's|mums|mum s|mom's|moms|nan's|nans|gran's|grans|grandad's|late) (patches|pills|morphine|fentanyl|meds|tablets|medication|painkillers|oxy|insulin)",
			"(emptied|tipped|poured) (out)? (my|the|nan's|gran's|mum's|dad's)? (pill box|pill organiser|pill organizer|pill bottle|dosette box|blister packs|pills) (into|in|onto) my (hand|hands|palm)",
			"(last|final) message (here|on here|in the group|to the group) ... (thanks|thank you|cheers)",
			"(weedkiller|weed killer|rat poison|paraquat|pesticide|slug pellets) ... (the strong stuff|strong stuff|banned|they banned|the banned|industrial|concentrated)",
			"(took|got|pulled|prised|popped|snapped|broke) the (blade|razor) (out of|off|from) (the|a|my) (pencil)? sharpener",
			"(rope|ropes|noose|tow rope) (has been|s been|is|been|sitting)? (in|at the back of) (the|my) (boot|trunk|car) (since|for) ({weekday}|days|a week|two days|three days|yesterday)",
			"(sat|sitting|lying|lay|lie|standing|stood) on the (railway line|railway|train tracks|tracks|rails|line) (behind|near|by|at|outside)?",
			"(on|standing on|stood on|sitting on|sat on) the (foot bridge|footbridge|overpass|flyover|motorway bridge) (over|above) the (motorway|highway|freeway|dual carriageway|ring road|traffic|lanes|road|...)",
			"(sitting|sat|standing|stood) on the (wall|edge|railing|ledge|fence) (at|of|by|on|above) the (cliff|cliffs|cliff walk|cliff path|quarry|dam|viaduct)",
			"(the)? # #? (train|express)? (passes|goes through|goes past|comes through|crosses) (the)? (village)? (crossing|level crossing|tracks)",
			"(would|will) (be quick|look like an accident) (and)? (everyone|they|people|nobody) (would|will)? (think|thinks|believe|believes|suspect) (it was|its)? (an accident|anything)",
			"i know where the rocks are $",
			"(so|so that) the (checkout|cashier|till|checkout girl|checkout guy|girl at the till|guy at the till|shop assistant|pharmacist) (wouldnt|would not|wouldn't|doesnt|does not|wont|will not) (think twice|suspect|ask|notice|look twice)",
		},
		sigFinal: {
			"(gave|given|handed) ... ... ... (saying|telling (them|everyone|her|him)|and said|and told (them|everyone)) (that)? (im|i am|i was|i'm) (moving|moving away|going away|travelling|traveling|emigrating)",
			"(tomorrow|on {weekday}) my (seat|desk|place|chair|locker) ... ... (will be|stays|is going to be|will stay) empty",
			"(said|told (them|her|him|the pharmacist|the chemist|the doctor|the gp)) (it was|its|it's|that it was|they were|i needed (it|them))? (for|because of) (a|my)? (toothache|tooth ache|bad tooth|back pain|migraine|migraines|headaches|uncle|aunt|nan|gran|grandad|granddad|neighbour)",
			"(supply|prescription|boxes|packs|worth|stock up) (of)? ... because (im|i am) (travelling|traveling|going (away|abroad))",
			"(funeral home|funeral director|funeral directors|undertaker|undertakers|crematorium) ... (prices|price|costs|cost|quote|how much)",
			"(made|making) (my)? peace with (everyone|everybody|all of them|them all)",
			"(photo album|album|scrapbook|memory box|letters) (for|to) (my)? (daughter|son|kids|children|girl|boy) ... ... ((so|so that) (she|he|they) (will|would|can)?|(so|so that) (shell|hell|theyll)) know who (her|his|their) (father|mother|dad|mum|mom) was",
			"(asked|made|named|got) (my)? (brother|sister|godfather|godmother|best friend|friend|mate|cousin|parents|mum|dad) (to be|as) (the)? (kids|childrens|children's|kid's)? (legal)? guardian",
			"(life insurance|insurance|the policy|my policy) ... (pay out|pays out|cover|covers|payout) ... (suicide|over (two|2|one|1) (years|year) old|after (two|2|one|1) years?|the exclusion)",
			"(showed|shown|taught) (my)? (wife|husband|partner|missus) (where|how) ... (bills|papers|passwords|accounts|insurance|council tax|mortgage)",
			"(wrote|written|sent|messaged) (something nice|nice things|a nice message|a kind word) to (everyone|every one|each of them|all of them)",
			"the last thing i (wanted|ever wanted) to (tell|say to) (her|him|them) $",
		},
		sigIntent: {
			"(been)? (planning|planned) (it|this) for (#|two|three|four|a few|several)? (weeks|months) $",
			"^ (im|i am) not (travelling|traveling|moving|going) (anywhere|away|abroad)? $",
			"(just)? (replying|answering|writing) (just)? to say (its|it is) (tonight|today) $",
			"(plan|the plan) is (after|when|once|at) ... ... (when|once) (shes|hes|she is|he is|they are|theyre|everyones|the baby is|the baby s|the kids are) (down|asleep|in bed|sleeping)",
			"^ (tonight|today) i need (them|it) $",
			"(not|no longer) (returning|taking back) (it|the rope|them) (to the (shop|store|hardware store|diy store))? $",
		},
		sigWhen: {
			"(going|heading|go|walking) (out)? to it (after|before) (tea|dinner|supper|lunch|dark|milking)",
			"(when|once|as soon as) the (light|lights) (go|goes) (out|off) (in the dorm)?",
		},
		sigCue: {
			"^ (its|it is)? now or never $",
			"^ (tonight|today|now) (is|s) the (night|day|time|moment) $",
			"^ (and)? i (poured|mixed|put|tipped) (some|a bit|a little|it) (in|into) (a|my|the) (cup|glass|mug|drink) $",
			"(called|rang|phoned) my (mum|mom|dad|mother|father|sister|brother|nan) (just)? to (tell|say to) (her|him) (that)? i love (her|him)",
			"^ (everything|it all|all) (is|s)? (ready|prepared|set|sorted|in place) $",
			"nobody (home|in|at home|here) (until|till|before) (tomorrow|{weekday}|tonight|morning)",
			"^ for me $",
			"(ive|i have|i've|got) (got)? (what|everything) i need (for)? ({weekday}|tonight|the weekend)?",
			"(not|im not|i am not) asking (for fun|for no reason|out of curiosity|for a friend)",
			"(first time in|for the first time in) (ages|years|forever|months) (im|i am|i'm) not (scared|afraid)",
			"(breathing exercise|breathing exercises|the breathing|grounding|the technique|the techniques|the app) (didnt|did not|doesnt|does not|isnt|is not) (do anything|work|help|working|helping)",
			"(and|then) i (go|leave|am gone) $",
			"^ (and)? now i can (go|leave|rest) $",
			"(trains|a train) every # (min|mins|minutes)",
			"(strong|thick) enough (to hold me|to take my weight)|(a|the) (branch|tree|beam) (that|which) (will|would) hold",
			"(please)? (dont|do not) (message|text|reply|write|answer|call) (me)? back $",
			"(look after|take care of) (each other|one another) $",
			"(they think|everyone thinks) (im|i am) drunk",
			"^ (and|but)? i (didnt|did not) (book|buy) the (way back|return|return ticket|ticket back) $",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(guardé|guarde|me quedé con|me quede con|todavía tengo|todavia tengo) (los|las) (parches|pastillas|morfina|remedios|medicamentos|calmantes) (de mi|del) (padre|papá|papa|madre|mamá|mama|abuelo|abuela|difunto)",
			"(vacié|vacie|volqué|volque) (el|los|la)? (pastillero|pastilleros|frasco|blíster|blister|caja) ... en (la|mi) (mano|palma)",
			"(último|ultimo) mensaje (acá|aca|aquí|aqui|en el grupo) ... (gracias)",
			"(herbicida|matarratas|raticida|veneno) ... (el fuerte|del fuerte|prohibido|que prohibieron|industrial|concentrado)",
			"(saqué|saque|quité|quite|sacado) la (cuchilla|hoja) (del|de un|de mi) sacapuntas",
			"(la)? (cuerda|soga) (lleva|está|esta|sigue) (en el|en mi) (maletero|baúl|baul|auto|coche) (desde|hace) (el {dia}|días|dias|una semana|ayer)",
			"(sentado|sentada|tumbado|tumbada|acostado|acostada|parado|parada) (en|sobre) (la vía|la via|las vías|las vias|los rieles)",
			"(en|sobre) (la pasarela|el puente peatonal|el paso elevado) (sobre|encima de) (la autopista|la autovía|la autovia|la carretera|la a#)",
			"(sentado|sentada|parado|parada) (en|sobre) (el muro|el borde|la baranda|la barandilla) (del|de la|de los) (acantilado|acantilados|cantera|presa)",
			"(el)? tren de las # #? (pasa|cruza) (por)? (el)? (cruce|paso a nivel|las vías|las vias)",
			"(todos|la gente|nadie) (pensaría|pensaria|pensarían|pensarian|creería|creeria|creerían|creerian) que (fue|era) un accidente",
			"(sé|se) (dónde|donde) están las rocas $",
			"(para que|así|asi) (la cajera|el cajero|la farmacéutica|el farmacéutico|la dependienta) no (sospechara|sospeche|preguntara|pregunte|se fijara)",
		},
		sigFinal: {
			"(regalé|regale|doné|done) ... ... ... (diciendo|y dije|y les dije) que (me mudo|me voy|viajo|me iba|me mudaba)",
			"(mañana|manana|el {dia}) mi (sitio|asiento|pupitre|silla|lugar) ... ... (va a estar|estará|estara|queda|se queda) vacío",
			"(dije|le dije|les dije) (que)? (era)? (para|por)? (un|el|mi)? (dolor de muelas|dolor de espalda|migraña|migraña|mi tío|mi tio|mi abuela|mi tía|mi tia|un viaje)",
			"(porque|que) (me voy de viaje|viajo|estoy de viaje) ... (pastillas|receta|cajas|suministro|meses)",
			"(funeraria|pompas fúnebres|pompas funebres) ... (precios|precio|cuánto|cuanto|presupuesto)",
			"(hice las paces|hecho las paces|hago las paces) con (todos|todo el mundo)",
			"(álbum|album|cartas|caja de recuerdos) (para|a) (mi)? (hija|hijo|hijos|niña|niño) ... ... (para que|así) (sepa|sepan) quién (era|fue) su (padre|madre|papá|papa|mamá|mama)",
			"(tutor|tutora) (legal)? de (los|mis) (niños|hijos|chicos)",
			"(seguro de vida|la póliza|la poliza) ... (paga|pagan|cubre|cubren) ... (suicidio|más de dos años|mas de dos años|dos años)",
			"(le enseñé|le enseñe|le mostré|le mostre) a (mi)? (esposa|mujer|marido|pareja) (dónde|donde|cómo|como) ... (facturas|papeles|contraseñas|cuentas|predial|seguro)",
			"(le escribí|les escribí|escribí) (algo bonito|algo lindo|algo bueno) a (todos|cada uno)",
			"lo (último|ultimo) que (quería|queria) decirle $",
		},
		sigIntent: {
			"(llevo|hace) ... (semanas|meses) (planeándolo|planeandolo|planeando|que lo planeo) $",
			"^ no (viajo|me voy de viaje|me mudo|me voy a ningún lado|me voy a ningun lado) $",
			"(solo)? (contesto|respondo|escribo) (solo)? para decir que es (esta noche|hoy) $",
			"^ (esta noche|hoy) las necesito $",
			"^ (hoy)? no la (devuelvo|voy a devolver) (a la ferretería|a la ferreteria|a la tienda)? $",
		},
		sigWhen: {
			"(voy|salgo) (para allá|para alla|hacia allá) (después de|despues de) (cenar|la cena|comer)",
			"(cuando|en cuanto) (se apague|apaguen) la luz",
		},
		sigCue: {
			// Not "hoy es el día", a resolve of its own (es_signal.go): counted
			// twice it made a bare "hoy es el día" Crisis (round s36-merge).
			"^ (esta noche es (la noche|el día|el dia|el momento)|hoy es (la noche|el momento)) $",
			"^ (es)? ahora o nunca $",
			"^ (y)? (eché|eche|puse|serví|servi|mezclé|mezcle) (un poco|algo) en (un|una|el|la|mi) (vaso|taza) $",
			"(llamé|llame) a mi (madre|mamá|mama|padre|papá|papa|hermana|hermano|abuela) (solo)? para decirle que (la|lo) quiero",
			"^ (todo|ya todo) (está|esta)? (listo|preparado) $",
			"nadie en casa hasta (mañana|manana|el {dia}|la noche)",
			"^ (ahí|ahi|allí|alli) (voy a estar|estaré|estare) $",
			"^ para mí $",
			"^ para mi $",
			"ya tengo (lo que|todo lo que) necesito",
			"no (pregunto|lo pregunto) (por|de) (gusto|curiosidad|nada)",
			"por primera vez en (años|meses|mucho tiempo) no tengo miedo",
			"(y|luego|después|despues) me voy $",
			"^ (y)? ahora (ya)? me puedo ir $",
			"(pasa un tren|trenes) cada # (min|minutos)",
			"(rama|árbol|arbol|viga) (que)? (aguanta|aguantará|aguantara|resistente)",
			"(no me llamen|no me escriban|no me contesten|no respondan)",
			"(cuídense|cuidense) (entre ustedes|mucho)",
			"^ ya no vuelvo $",
			"^ ya (puede|pueden) (sola|solo|solos|solas) $",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(schmerzpflaster|pflaster|tabletten|morphium|fentanyl|medikamente|schmerzmittel) (von|meines|meiner) (meinem|meiner)? (vater|vaters|mutter|oma|opa|papa|mama) ... ... (behalten|aufgehoben|noch)",
			"(pillendose|tablettendose|dose|blister|schachtel) ... (in die|in meine) (hand|hände) (gekippt|geleert|geschüttet)",
			"letzte nachricht (hier|in der gruppe) ... (danke)",
			"(unkrautvernichter|rattengift|mäusegift|gift) ... (das starke|das verbotene|verboten|konzentriert)",
			"(klinge|rasierklinge) (aus dem|vom) (anspitzer|spitzer) (geholt|genommen|gebrochen|rausgemacht|ausgebaut)",
			"(seil|strick|abschleppseil) (liegt|ist) (seit|schon seit) ({tag}|tagen|einer woche|gestern) (im|in meinem) (kofferraum|auto)",
			"(sitz|sitze|lieg|liege|saß|steh|stehe) (auf den|auf dem|an den) (gleisen|schienen|bahngleis)",
			"(auf der|auf dem) (fußgängerbrücke|überführung|brücke) (über die|über der) (autobahn|a#|bundesstraße)",
			"(sitz|sitze|steh|stehe) (auf der|auf dem) (mauer|kante|geländer) (an der|am|an den) (klippe|klippen|steinbruch|staumauer)",
			"(der)? (zug|ice|regio) (um)? # #? (fährt|fahrt) (über den|durch den|am) (bahnübergang|übergang)",
			"(alle|jeder|man) (würden|würde|würd) denken (es war|das war) ein unfall",
			"ich weiß wo die felsen sind $",
			"(damit|dass) (die kassiererin|der kassierer|die apothekerin|der apotheker|die verkäuferin) (nicht|nix) (fragt|misstrauisch wird|nachfragt|stutzig wird)",
			"(passenden|stabilen|richtigen|geeigneten|starken|dicken) (ast|baum) (gefunden|ausgesucht)",
		},
		sigFinal: {
			"(verschenkt|weggegeben|hergegeben) ... ... (und gesagt|gesagt|mit der ausrede) (dass)? ich (ziehe um|zieh um|umziehe|verreise|wegziehe|auswandere)",
			"(morgen|am {tag}) bleibt mein (platz|stuhl|tisch|spind) ... ... leer",
			"(hab|habe) gesagt (es ist|es wär|das ist|die sind) für (meinen|meine|meinen alten) (onkel|tante|oma|opa|nachbarn|vater|mutter|zahnschmerzen|rücken)",
			"(wegen|für) (zahnschmerzen|rückenschmerzen|migräne) ... (gesagt|erzählt)",
			"(bestatter|bestattungsinstitut|beerdigungsinstitut) ... (preise|preisen|kosten|angebot|was es kostet)",
			"(mit allen|mit jedem) frieden gemacht",
			"(fotoalbum|album|briefe) (für) (meine|meinen)? (tochter|sohn|kinder) ... ... (damit|dass) (sie|er) (weiß|wissen) wer (ihr|sein) (vater|mutter|papa|mama) war",
			"(vormund|vormundschaft) (für die|für meine) (kinder|kleinen)",
			"(lebensversicherung|versicherung|die police) ... (zahlt|zahlen|auszahlen|gilt) ... (suizid|selbstmord|zwei jahre|2 jahre)",
			"(gezeigt|erklärt) ... (meiner frau|meinem mann|meiner partnerin) ... (rechnungen|unterlagen|passwörter|konten|versicherungen)",
			"(jedem|allen) ... ... ... was nettes geschrieben",
			"das letzte was ich (ihr|ihm) sagen wollte $",
		},
		sigIntent: {
			"(plane|plan) (das|es) (schon)? seit (wochen|monaten) $",
			"^ ich (verreise|zieh|ziehe|fahre) (gar)? nicht (weg|um)? $",
			"(nur)? um (euch)? zu sagen dass es (heute nacht|heute) ist $",
			"^ (heut|heute) (abend|nacht) (brauch|brauche) ich (sie|die) $",
			"^ (heute|heut)? (bring|bringe) ich (es|ihn|das seil) nicht (zurück|mehr zurück) (in den baumarkt)? $",
		},
		sigWhen: {
			"(geh|gehe) ... (nach dem abendessen|nach dem essen|nach dem melken) (raus|hin)",
			"(wenn|sobald) das licht (ausgeht|aus ist)",
		},
		sigCue: {
			"^ (jetzt|heute) oder nie $",
			"^ (und)? (hab|habe) (etwas|was|bisschen) (davon)? in (eine|einen|die|den) (tasse|glas|becher) (gekippt|geschüttet|getan|gemischt) $",
			"(angerufen|ruf ich) ... um (ihr|ihm) zu sagen dass ich (sie|ihn) liebe",
			"^ alles (ist)? (vorbereitet|bereit|erledigt|fertig) $",
			"niemand (zu hause|daheim|da) bis (morgen|{tag}|heute nacht)",
			"(passenden|stabilen|richtigen|geeigneten|starken|dicken) (ast|baum) (gefunden|ausgesucht)",
			"^ für mich $",
			"(hab|habe) (jetzt)? (alles|was) ich (brauche|brauch)",
			"(frag|frage) nicht (aus spaß|zum spaß|aus neugier)",
			"zum ersten mal seit (ewigkeiten|jahren|langem) keine angst",
			"(atemübung|atemübungen|die übungen) (hat|haben) nichts gebracht",
			"(und|dann) (geh|gehe) ich $",
			"^ jetzt kann ich (gehen|loslassen) $",
			"(alle|jede) # (min|minuten) (ein zug|kommt ein zug)",
			"(die denken|alle denken) ich bin (besoffen|betrunken)",
			"(ruft|schreibt) (mich)? nicht (an|zurück) $",
			"passt auf (euch|einander) auf $",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(gardé|garde|conservé|encore) (les|des) (patchs|patches|médicaments|medicaments|cachets|comprimés|morphine) de (mon|ma) (père|pere|mère|mere|papa|maman|grand père|grand mère|mémé|meme|pépé)",
			"(vidé|vide|versé|renversé) (le|la|mon|ma|les)? (pilulier|boîte|boite|flacon|tube|plaquettes) ... dans (ma|la) main",
			"dernier message (ici|sur le groupe|dans le groupe) ... (merci)",
			"(désherbant|desherbant|mort aux rats|poison) ... (le fort|interdit|qu'ils ont interdit|concentré)",
			"(démonté|demonte|sorti|enlevé|arraché) la lame (du|d'un|de mon) taille crayon",
			"(la)? corde (est|traîne|traine) (dans le|dans mon) coffre (depuis) ({jour}|des jours|une semaine|hier)",
			"(assis|assise|couché|couchée|allongé|allongée) sur (la voie|les rails|la voie ferrée)",
			"sur (la passerelle|le pont|l'autopont) (au dessus de|au-dessus de|sur) (l'autoroute|la rocade|le périph|le périphérique)",
			"(assis|assise|debout) sur (le muret|le mur|le rebord|la rambarde) (de la|des|du) (falaise|falaises|carrière|barrage)",
			"(le)? train de # #? (passe|traverse) (au|par le)? (passage à niveau|passage a niveau)",
			"(tout le monde|ils|on) (croirait|croiraient|penserait|penseraient) (que c'était|à) un accident",
			"je sais où sont les rochers $",
			"(pour que|comme ça) (la caissière|le caissier|la pharmacienne|le pharmacien) (se pose pas de questions|pose pas de questions|se méfie pas|remarque rien)",
		},
		sigFinal: {
			"(offert|donné|donne|filé) ... ... ... (en disant|en prétendant|en leur disant) que je (déménage|pars|voyage|m'en vais)",
			"demain (ma|mon) (place|chaise|pupitre|bureau) ... ... (restera|sera) (vide)",
			"(j'ai dit|dit) (que)? (c'était|c'est)? pour (une|ma|mon) (rage de dents|mal de dents|migraine|mal de dos|oncle|tante|grand mère|voisin)",
			"(parce que|car) (je pars en voyage|je voyage|je pars) ... (ordonnance|boîtes|boites|mois)",
			"(pompes funèbres|pompes funebres|funérarium) ... (prix|tarifs|combien|devis)",
			"(fait la paix|fait la paix) avec (tout le monde|chacun|tous)",
			"(album photo|album|lettres|l'album|l'album photo|les lettres) pour (ma|mon|mes) (fille|fils|enfants) ... ... (comme ça|pour que) (elle|il|ils) (saura|sache|sauront) qui (était|c'était) (son|sa|leur) (père|mère|papa|maman)",
			"(tuteur|tutrice) (légal|légale)? des enfants",
			"(assurance vie|assurance|le contrat|l'assurance vie|l'assurance) ... (paie|paye|rembourse|couvre) ... (suicide|plus de deux ans|deux ans)",
			"(montré|expliqué) à (ma femme|mon mari|ma conjointe) (où|comment) ... (factures|papiers|mots de passe|comptes|assurances)",
			"(écrit|envoyé) un (mot gentil|petit mot|message gentil) à (tout le monde|chacun)",
			"(c'était|c'est) la dernière chose que je (voulais|voulait) lui dire $",
		},
		sigIntent: {
			"(semaines|mois) que je (le)? planifie",
			"^ (je déménage|je demenage|je pars|je voyage) pas $",
			"(juste)? pour (vous)? dire que c'est (ce soir|cette nuit|aujourd'hui) $",
			"^ (ce soir|cette nuit) j'en ai besoin $",
			"^ (aujourd'hui)? je la (rends|rapporte) pas $",
		},
		sigWhen: {
			"(dès que|quand) la lumière s'éteint",
		},
		sigCue: {
			"^ (ce soir|cette nuit) c'est (le soir|la nuit|le moment) $",
			"^ (c'est|ce serait) le bon moment (je crois|je pense)? $",
			"^ c'est (maintenant|le moment) ou jamais $",
			"^ (et)? j'en ai (versé|mis|mélangé) (un peu)? dans (une|un|ma|mon) (tasse|verre|gobelet) $",
			"(appelé|appele|appelée) (ma|mon) (mère|mere|père|pere|maman|papa|soeur|frère) pour lui dire que je (l'aime|t'aime)",
			"^ tout est (prêt|pret|préparé|prepare|en place) $",
			"personne (à|a) la maison (avant|jusqu'à|jusqu'a) (demain|ce soir|{jour})",
			"^ pour moi $",
			"j'ai (tout)? ce qu'il me faut",
			"(je demande|demande) pas pour (rire|rien|le plaisir)",
			"pour la première fois depuis (longtemps|des années) (j'ai|je n'ai)? (pas|plus) peur",
			"(et|puis) j'y vais $",
			"^ (et)? maintenant je peux partir $",
			"un train toutes les # (min|minutes)",
			"(branche|arbre|poutre) (qui)? (tiendra|tient|solide)",
			"(m'appelez pas|appelez moi pas|répondez pas)",
			"prenez soin (de vous|les uns des autres) $",
		},
	},
}}

// otherS34 is the writer's own danger beside a third person: a house to be
// burnt "with me in it" (set 34) is a threat to the writer, not someone
// else in danger. And a message written by someone else "half an hour
// ago" is now (targeted-s21-defr; the retrained screen no longer read the
// time alone as the writer's Review, which had kept the flag).
var otherS34 = []otherSet{
	{lang: "en", words: otherEN.words, menace: []string{"with (me|us|me and the kids|the kids) (still)? (in it|inside)"}, now: []string{"(half an hour|an hour|# minutes|# mins|twenty minutes|ten minutes) ago"}},
	{lang: "es", words: otherES.words, menace: []string{"(conmigo|con nosotros|con los niños) (dentro|adentro)"}, now: []string{"hace (media hora|una hora|# minutos|veinte minutos|diez minutos)"}},
	{lang: "de", words: otherDE.words, menace: []string{"(mit mir|mit uns|mit den kindern) (drin|darin)"}, now: []string{"vor (einer halben stunde|einer stunde|# minuten|zwanzig minuten|zehn minuten)"}},
	{lang: "fr", words: otherFR.words, menace: []string{"(avec moi|avec nous|avec les enfants) (dedans|à l'intérieur)"}, now: []string{"il y a (une demi heure|une heure|# minutes|vingt minutes|dix minutes)"}},
}
