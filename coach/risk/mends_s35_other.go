package risk

// Round s35-other learnt from other10 (a hotel night desk, a pool and a
// beach told in four languages and their regional spellings, measured once
// on fdb4eb3: the flag on 13 of its 64 texts about someone else, 23 of
// them at None) and other9. The hole was someone else's medical emergency
// or accident now, told by its signs rather than named, in any setting,
// with the writer watching or calling: someone under water (on the bottom
// of the pool, dived in and not come back up, swept out by a current,
// through the ice, clinging to a capsized boat, under a pool cover, hair
// caught in a drain), grey and clammy or blue, not breathing, not waking,
// a fit going on for minutes, a head wound on blood thinners getting
// sleepy, blood vomited after drinking a cleaner, a room where everyone has
// a headache and one will not wake (carbon monoxide), a face swelling with
// a noisy breath and no auto-injector, a diabetic sweating and confused,
// cold and no longer shivering and talking nonsense, red and hot and no
// longer sweating, legs not felt after a dive, a hand in a machine or a
// pregnant woman bleeding heavily, one side of the face fallen and the
// words gone. Each kind needs two signs, or a sign and its setting, so
// that a swimming lesson, a first-aid class, "my kid is under the covers"
// or "not breathing properly from laughing" stay None. The persons are a
// word class of their own (who35): a guest, a client, a swimmer, a kid, a
// colleague, "the man in 512", "un abuelo", "ein Stammgast", "un gamin".
// Violence against someone else now (a fallen man kicked in the head, a
// bottle at a throat, a woman hiding with a baby), and someone's goodbye
// with a place (a ring handed over and off towards the tracks, "I won't
// need it" and towards the bridge, a live stream from the tracks, a car
// waiting on a level crossing) are the same: Crisis, and someone else's.

var (
	s35WordsEN = withWords(s29WordsEN, map[string]string{
		"grey":   "(grey|gray|blue|purple|white|pale|ashen)",
		"bottom": "(bottom|botom) of the (pool|deep end|lake|river|tank|water)",
		"nobr":   "(not breathing|isnt breathing|stopped breathing|cant breathe|barely breathing|no pulse)",
		"gone":   "(hasnt|has not|havent|have not|didnt|did not|not) (come|came) (back)? up",
		"water":  "(pool|sea|lake|river|water|waves|ice|current|rip|tide|deep end)",
		"call":   "(999|911|112|000|ambulance|lifeguard|cpr|defib|coastguard)",
	})
	s35WordsES = withWords(s29WordsES, map[string]string{
		"color": "(morado|morada|violeta|azul|gris|palido|palida|blanco|blanca)",
		"nobr":  "(no respira|dejo de respirar|no puede respirar|sin pulso|no tiene pulso)",
		"agua":  "(agua|pileta|piscina|alberca|mar|rio|lago|corriente|olas)",
	})
	s35WordsDE = withWords(s29WordsDE, map[string]string{
		"farbe":  "(blau|grau|blass|kreidebleich|weiss|lila)",
		"nobr":   "(atmet nicht|atmet nicht mehr|kriegt keine luft|bekommt keine luft|schnauft ned|schnauft nicht|kein puls)",
		"wasser": "(wasser|becken|pool|see|fluss|rhein|meer|strömung|stromung|wellen)",
	})
	s35WordsFR = withWords(s29WordsFR, map[string]string{
		"couleur": "(bleu|bleue|violet|violette|gris|grise|pale|blanc|blanche)",
		"nobr":    "(respire pas|respire plus|respire plus du tout|arrive plus a respirer|a plus de pouls|pas de pouls)",
		"eau":     "(eau|piscine|mer|lac|riviere|courant|vagues|bassin)",
	})
)

// s35SignsEN are the signs of someone's emergency now, each two signs or
// a sign in its setting; they are the crisis phrases (with {who} before
// them) and otherS35's acts.
var s35SignsEN = []string{
	// Under water.
	"(on|at|in) the {bottom} ... ... ... ... {nobr}",
	"(on|at|in) the {bottom} ... ... ... (went in for|dived in for|dove in for|pulled (him|her|them) out|{call})",
	"(jumped|dived|dove|went in|fell in|fell) ... ... ... ... {gone}",
	"{gone} ... ... ... (over a minute|minutes|water is|cant see (him|her|them))",
	"(going under|went under|gone under|keeps going under) ... ... ... ... (rip|current|tide|cant see|no board|{call})",
	"(swept|dragged|pulled|carried) (out|away|off) (by)? (the|a)? (current|rip|tide|waves|sea) ... ... ... (going under|cant see|only see|head|disappeared|gone)",
	"(fell|went|broke|crashed|gone) through the ice ... ... ... (cant get out|cant get back|struggling|going under|cant reach|cant make it|screaming)",
	"(boat|dinghy|kayak|canoe|sailboat|yacht) (capsized|flipped|overturned|turned over) ... ... ... (clinging|holding on|in the water|letting go|cant swim|going under)",
	"under the (pool|hot tub|spa) cover",
	"(hair|arm|foot) (is)? (caught|stuck|trapped) in the (pool|hot tub|spa|jacuzzi)? (drain|filter|suction|outlet) ... ... ... (under|underwater|cant get)",
	"(floating|lying|found) face down in the {water}",
	"(pulled|dragged|got) (him|her|them) out ... ... ... ({grey}|{nobr}|not moving|limp|floppy)",
	// Grey and clammy, slumped, not breathing.
	"(gone|going|turned|turning) {grey} (and)? (clammy|sweaty|cold|floppy|limp|mumbling|{nobr})",
	"(slumped|collapsed|keeled over|passed out|went down) ... ... ... ... (gone|going|turned|turning) {grey}",
	"(slumped|collapsed|keeled over|passed out) ... ... ... ... (only mumbling|not making sense|wont wake|cant wake|not responding|{nobr})",
	// A fit that goes on.
	"(fitting|seizing|convulsing|having a seizure|having a fit|jerking) ... ... ... (minutes|mins|min) (now)?",
	"(wont|will not|doesnt|does not|cant) stop (fitting|seizing|convulsing|jerking)",
	// A head wound on blood thinners, sleepy; a fall and confused.
	"(blood thinners|warfarin|anticoagulants|apixaban|rivaroxaban) ... ... ... (sleepy|sleepier|drowsy|drowsier|confused|vomiting|vomited|keeps nodding off)",
	"(hit|banged|cut|bleeding from) (his|her|their|the back of (his|her|their))? head ... ... ... ... (vomited|throwing up|doesnt know where|confused|sleepy|sleepier|drowsy|wont wake)",
	// Poison drunk, blood vomited.
	"(drank|drunk|swallowed|downed) (some|a bottle of|the)? (bleach|toilet cleaner|drain cleaner|oven cleaner|cleaner|antifreeze|weed killer|paraquat|pesticide|rat poison)",
	"(vomiting|throwing up|coughing up|spitting) blood",
	// Carbon monoxide.
	"(headache|headaches|dizzy|vomiting|throwing up|sick) ... ... ... ... (wont wake|cant wake|not waking|will not wake)",
	"(wont wake|cant wake|not waking|will not wake) ... ... ... ... (heater|boiler|generator|gas fire|stove|fumes|carbon monoxide|co alarm)",
	// Anaphylaxis.
	"(face|lips|throat|tongue|eyes) (is|are)? (swelling|swelling up|swollen|puffing up|blowing up) ... ... ... ... (noise|noisy|wheez*|whistl*|breath*|epipen|auto injector|pen)",
	"(cant find|forgot|hasnt got|doesnt have) (the|his|her|their) (epipen|epi pen|auto injector|adrenaline pen)",
	// A diabetic hypo.
	"(diabetic|diabetes|hypo|sugar is low|sugars low) ... ... ... ... (sweaty|sweating|shaking|trembling|confused|not making sense|not answering|stopped answering|slurring|wont answer)",
	// Hypothermia; heat stroke.
	"(stopped|has stopped|no longer|not) shivering",
	"(stopped|has stopped) shaking ... ... ... (talking rubbish|talking nonsense|confused|not making sense|mumbling)",
	"(freezing|frozen|ice cold|icy|hypothermic) ... ... ... ... (talking rubbish|talking nonsense|not making sense|mumbling|babbling|wont wake)",
	"(stopped|not|no longer|isnt) sweating ... ... ... (confused|red|hot|heat|sun|collapsed)",
	"(bright red|beetroot|burning hot|red hot) ... ... ... (confused|not sweating|stopped sweating|talking nonsense)",
	// A dive and a neck.
	"(cant|cannot|can not) (feel|move) (his|her|their) (legs|arms|body|feet)",
	// Heavy bleeding.
	"(hand|arm|fingers|fingers) (in|caught in|into) the (machine|slicer|grinder|mincer|saw|press|mixer|blender)",
	"(bleeding|blood) (heavily|everywhere|loads|badly|so much|a lot|like crazy|pouring|spurting|gushing|wont stop) ... ... ... ... (pale|white|faint|fainting|passing out|pregnant|grey|gray)",
	"pregnant ... ... ... ... (bleeding|blood) (heavily|loads|badly|so much|a lot|everywhere)",
	// A stroke.
	"(cant|cannot|can not) get (his|her|their) words out ... ... ... ... (face|arm|side)",
	"(one side of|half) (his|her|their) face (is)? (drooping|droopy|fallen|dropped|sagging)",
	// Violence now.
	"(kicking|stamping on|stomping on|kicks|kept kicking|keeps kicking) (him|her|them)? (in)? (the|his|her|their) head",
	"(knife|bottle|broken bottle|blade|glass) (at|to|against) (his|her|their) (throat|neck)",
	"(is|s) (hiding|hidden|locked) in (the|a)? (closet|wardrobe|cupboard|bathroom) with the (baby|kids|children)",
	"(yelled|screamed|shouted) (he|hes|he is|she|shes) (got|has) a (knife|gun|blade)",
	// A goodbye with a place.
	"(livestreaming|live streaming|streaming|live|filming) ... ... ... (train tracks|tracks|railway|bridge|roof|rooftop|cliff)",
	"(sitting|waiting|parked|stopped) (in)? (the|her|his|a)? (car)? on (a|the)? (level crossing|railway crossing|train tracks|tracks)",
	"(ring|letter|note|envelope) ... ... ... ... ... (towards|toward|to|for) the (tracks|bridge|river|cliffs|railway)",
	"(wont|will not) (need|be needing) (it|them|this) ... ... ... ... (towards|toward|to|for) the (tracks|bridge|river|cliffs|railway)",
	"(you|youll|you will) (wont|will not|never) see me again ... ... ... ... (drove|driving|car|drunk|drinking)",
	"(sat|sitting|standing) on the ... ... wall with (her|his|their) legs over the edge",
	"(pic|picture|photo) of a (rope|noose) ... ... ... (sorry|goodbye|bye)",
}

var s35SignsES = []string{
	"(en el|al) fondo de la (pileta|piscina|alberca) ... ... ... ... {nobr}",
	"(flotando|boca abajo) ... ... ... ... (morado|violeta|azul|rcp|no respira)",
	"(se tiro|se lanzo|salto|se metio) ... ... ... ... no (ha)? (salido|sale|subio|vuelve a salir)",
	"(pillado|atrapado|arrastrado|se lo llevo|se la llevo) (en|por)? la (corriente|resaca|marea|ola|olas) ... ... ... (cabeza|no se ve|no lo veo|no la veo|se hunde|hundiendo)",
	"(se rompio el hielo|cayo al agua helada|se hundio en el hielo)",
	"(sangrando|sangra) (a chorros|muchisimo|mucho|sin parar) ... ... ... ... (palido|palida|blanco|blanca|desmayar|desmaya|embarazada)",
	"embarazada ... ... ... ... (sangrando|sangra) (a chorros|muchisimo|mucho|sin parar)",
	"(metio|atrapo|pillo) la mano en la (picadora|maquina|sierra|prensa|batidora)",
	"(se le esta hinchando|se le hincho|hinchada|hinchado) (toda)? (la)? (cara|boca|garganta|lengua) ... ... ... ... (respirar|ruido|lapicera|epipen|inyector)",
	"(no encuentra|no tiene|sin) (la|su)? (lapicera|epipen|adrenalina|inyector)",
	"diabetic* ... ... ... ... (sudado|sudando|temblando|raro|confundido|confundida|no contesta|no responde|no me contesta)",
	"(helado|helada|congelado|congelada) ... ... ... ... (balbucea|no tiene sentido|sin sentido|no contesta|no despierta|dice cosas raras)",
	"dej(o|ó) de (temblar|tiritar)",
	"(dolor de cabeza|vomitando|mareados|mareado) ... ... ... ... ... no (despierta|se despierta|reacciona)",
	"no (despierta|se despierta) ... ... ... ... (calentador|estufa|brasero|gas|caldera|generador)",
	"(se tiro|se lanzo|salto) de cabeza ... ... ... ... no (mueve|siente) las (piernas|brazos)",
	"no (mueve|siente|se siente) las (piernas|brazos)",
	"(convulsiona|convulsionando|con convulsiones|le da un ataque) ... ... ... (minutos|no para)",
	"(tomo|bebio|se tomo) (lavandina|lejia|cloro|limpiador|desatascador|veneno|raticida|herbicida)",
	"(vomitando|vomita|escupiendo) sangre",
	"(le esta|le estan) (pateando|dando patadas) (en)? la cabeza",
	"(esta|se) (escondida|escondido|escondio|encerro) en el (armario|closet|bano) con (el bebe|los ninos|la nina|el nino)",
	"(propina|anillo|carta|sobre) ... ... ... ... ... (puente|vias|rio|acantilado)",
	"(ya no me va a hacer falta|ya no lo voy a necesitar|ya no la voy a necesitar) ... ... ... ... (puente|vias|rio|acantilado)",
	"(foto|video|historia|historias|directo|en vivo) ... (desde|en) el (puente|las vias|la azotea|el acantilado) ... ... (me voy|adios|me despido)",
	"(sentado|sentada) en la (baranda|barandilla|cornisa|borde) ... ... ... ... (se tira|me acerco)",
	"(cara|boca) (chueca|caida|torcida) ... ... ... (no puede hablar|habla raro|brazo)",
}

var s35SignsDE = []string{
	"(am|auf dem) (grund|boden) (des|vom) (beckens|becken|pool|pools|see|sees) ... ... ... ... {nobr}",
	"(kopf|gesicht) (ist)? unter wasser ... ... ... (kriegen|bekommen|los|fest)",
	"(haaren|haare|arm|fuss) ... ... ... (absaugstutzen|absaugung|abfluss|ansaug*) ... ... ... ... (unter wasser|los)",
	"(durchs|durch das|ins) eis (gebrochen|eingebrochen) ... ... ... ... (kante|raus|schafft|schreien|unter)",
	"(gesprungen|getaucht|reingesprungen) ... ... ... ... (nicht mehr|nicht wieder) (aufgetaucht|hochgekommen|rausgekommen)",
	"(abgetrieben|abtribe|abtriebe|von der strömung|von der stromung|von den wellen) ... ... ... ... (nicht mehr|num|nimmer|sehen|gsehnd|unter)",
	"nur noch das (board|boot|brett|kajak) (treiben|treibt) ... ... ... (nirgends|weg|nicht mehr)",
	"(anfall|krampfanfall|krampft) ... ... ... ... ... ... ... ({farbe}|{nobr}|minuten)",
	"(ganz|total)? {farbe} (und)? {nobr}",
	"(blutverdunner|blutverdünner|marcumar|blutverdunnung) ... ... ... (schlafrig*|schläfrig*|müde|mude|verwirrt|erbricht)",
	"(blutet|platzwunde) (am|an)? (kopf|hinterkopf) ... ... ... ... (schlafrig*|schläfrig*|verwirrt|erbricht|erbrochen|blutverd*)",
	"(verwirrt|knallrot|hochrot) ... ... ... ... (schwitzt (gar)? nicht (mehr)?|kein schweiss)",
	"(hort|hört) auf zu (zittern|schlottern) ... ... ... (wirr|verwirrt|unsinn)",
	"(reiniger|bleiche|abflussreiniger|klostein|frostschutz|unkrautvernichter) (getrunken|geschluckt)",
	"(erbricht|kotzt|spuckt) blut",
	"(tritt|treten|trit) ... ... ... (gegen|an|auf) den kopf",
	"(sitzt|wartet|steht) ... ... (auf einem|auf dem|am) (bahnübergang|bahnubergang|gleis|gleisen)",
	"(ring|ehering|brief) ... ... ... ... ... ... (richtung|zu den|zur) (gleise|gleisen|brucke|brücke|fluss)",
	"(werds|werdet|wirst) (mi|mich) (nimma|nimmer|nicht mehr|nie mehr|nie wieder) (sehn|sehen)",
	"(danke fur alles|danke für alles) ... ... ... ... ... (nimmt nicht|nimmt num|nimmt nimmer|nimmt nicht mehr) ab",
	"(schreit|brullt|brüllt) ... ... ... ... ... (knallt|schlagt|schlägt) (es|sie|ihn)",
	"(gesicht|mund) (hangt|hängt|schief) ... ... ... (arm|sprechen|redet)",
	"(kann|spurt|spürt) (seine|ihre)? (beine|arme) nicht (mehr)? (bewegen|spuren|spüren)",
	"(hand|arm) in (die|der) (maschine|schneidemaschine|fleischwolf|presse|säge|sage) ... ... ... (blutet|blut)",
	"(schwanger|schwangere) ... ... ... ... (blutet|blut) (stark|sehr|heftig|viel)",
	"(kopfschmerzen|schwindlig|erbrechen) ... ... ... ... (wacht nicht auf|nicht wach|kriegen sie nicht wach)",
}

var s35SignsFR = []string{
	"au fond de la (piscine|bassin|flotte|mer|lac) ... ... ... ... ... ... ... ... {nobr}",
	"(sous la bache|sous la couverture) de la piscine",
	"(plonge|saute|sauté|plongé) ... ... ... ... (pas remonte|pas remonté|jamais remonte|toujours pas remonte)",
	"(le courant|la mer|les vagues|la maree|la marée) (la|l|le|les)? (a)? (pris|emporte|emporté|tire|tiré|pieger|piéger) ... ... ... ... (voit plus|voit pas|remonter|disparu)",
	"(piege|piégé|pieger|piéger) par la (maree|marée|mer) ... ... ... ... (monte|remonter|sortir)",
	"(voilier|bateau|kayak|canot|barque) (s'est retourne|s'est retourné|chavire|chaviré|retourne) ... ... ... ... (accroche*|lachent|lâchent|coule|eau)",
	"(convulse|fait une crise|en crise) ... ... ... ... ... ... (minutes|arrete pas|arrête pas)",
	"(saigne|saignait) de la tete ... ... ... ... ... (vomi|sait plus|confus|somnolent|endormi|anticoagulant*)",
	"(bouge plus|bouge pas) ... ... ... (tire encore|digue|rochers|brise lames|plage)",
	"(diabetique|diabétique|hypo) ... ... ... ... ... ... ... ... (tremblait|tremble|repond plus|répond plus|confus|transpire)",
	"(a bu|avale|avalé) (de la|du)? (javel|deboucheur|déboucheur|produit menager|produit ménager|antigel|mort aux rats|desherbant)",
	"(vomit|crache) du sang",
	"(visage|levres|lèvres|gorge|langue) (gonfle|gonflé|gonfle|enfle) ... ... ... ... (respire|respirer|bruit|stylo|epipen|adrenaline)",
	"(arrete|arrête|arrêté|arrete) de (frissonner|trembler) ... ... ... (confus|n'importe quoi|delire|délire)",
	"(transpire plus|transpire pas|sue plus) ... ... ... (rouge|confus|chaleur|soleil)",
	"(elle est|il est|est) (cachee|cachée|enfermee|enfermée) dans (le|la) (placard|armoire|salle de bain) avec (le bebe|le bébé|les enfants|les petits)",
	"(sorti|sort) un couteau ... ... ... (elle est|il est) (cachee|cachée|enfermee|enfermée)",
	"(frappe|tape|cogne) sa (blonde|femme|copine|conjointe) ... ... ... (crier|cri|hurler|aide)",
	"(enveloppe|lettre|bague) ... ... ... (pour mes enfants|pour ma femme|pour mon mari) ... ... ... ... ... (repond pas|répond pas|repond plus|répond plus|chaine est mise|chaîne est mise)",
	"(un cote|un côté|moitie|moitié) du visage ... ... ... (parle|bras|mots)",
	"(sent|sens) plus (ses|les) (jambes|bras)",
	"(main|bras) dans la (machine|trancheuse|hachoir|scie|presse) ... ... ... (saigne|sang)",
	"enceinte ... ... ... ... (saigne|perd du sang|sang) (beaucoup|enormement|énormément|abondamment)?",
	"(mal de tete|mal de tête|vomi|vertiges) ... ... ... ... (se reveille pas|se réveille pas|se reveille plus)",
}

// s35Crisis puts {who} before each sign: a third person before the phrase
// must not make it someone else's Review.
func s35Crisis(signs []string) []string {
	out := make([]string, len(signs))
	for i, s := range signs {
		out[i] = "{who} " + s
	}
	return out
}

var mendsS35Other = [4]phraseSet{
	{lang: "en", words: s35WordsEN, crisis: s35Crisis(s35SignsEN), benign: []string{
		"(first aid|cpr|lifeguard|lifesaving) (class|course|training|exam|test)",
		"(not|never|wont|will not) (breathing|breathe) a word",
	}},
	{lang: "es", words: s35WordsES, crisis: s35Crisis(s35SignsES), benign: []string{
		"(curso|clase|taller) de (primeros auxilios|rcp|socorrismo|salvavidas)",
		"(un|una) (hombre|mujer|chico|chica) que (sobrevivio|sobrevivió) a",
	}},
	{lang: "de", words: s35WordsDE, crisis: s35Crisis(s35SignsDE), benign: []string{
		"(erste hilfe|rettungsschwimm*) (kurs|kurse|ubung|training)",
	}},
	{lang: "fr", words: s35WordsFR, crisis: s35Crisis(s35SignsFR), benign: []string{
		"(cours|formation|stage) de (secourisme|premiers secours|sauvetage)",
	}},
}

// otherS35 are the persons of such texts (a guest, a swimmer, the man in
// a room, a stranger at a pool) and the same signs as acts of someone
// else's danger now.
var otherS35 = []otherSet{
	{lang: "en", words: s35WordsEN,
		who: []string{
			"(guest|client|swimmer|kid|boy|girl|lad|bloke|fella|guy|colleague|coworker|cousin|stranger|receptionist|porter|passenger|patient|toddler|child|baby|roommate|flatmate|housemate|couple|dad|mum|mom|father|mother|brother|sister)",
			"(the|a|some|this) (guy|man|woman|lady|girl|boy|kid) in (room)? #",
			"(a|the|this|that|some|old|young|an old|a young) (man|woman)",
			"one of (the|my|our) ...",
			"(me|my) (mate|pal)",
		},
		acts:     s35SignsEN,
		farewell: []string{"(not breathing|isnt breathing|stopped breathing|no pulse)", "{gone}", "(cant|cannot|can not) (feel|move) (his|her|their)", "not (making sense|sweating|shivering)"},
		now:      []string{"(cops|police|ambulance) (said|says|is|are) # (minutes|mins)", "{call}"},
	},
	{lang: "es", words: s35WordsES,
		who: []string{
			"(un|una|el|la|los|las) (abuelo|abuela|nene|nena|nino|nina|chaval|chavala|guiri|pasajero|pasajera|invitada|invitado|cocinero|cocinera|huesped|cliente|clienta|nadador|nadadora|man|senor|senora|chico|chica|muchacho|muchacha|bebe|companero|companera|hermano|hermana)",
			"(mi|su) (hermano|hermana|primo|prima|amigo|amiga|companero|companera|roomie|hijo|hija)",
		},
		acts:     s35SignsES,
		farewell: []string{"(dejo de respirar|sin pulso|no tiene pulso)", "no (ha)? (salido|sale|subio|vuelve a salir)", "no (mueve|siente) las (piernas|brazos)"},
	},
	{lang: "de", words: s35WordsDE,
		who: []string{
			"(gast|stammgast|gaste|kind|bua|bub|junge|madchen|frau|typ|kollege|kollegin|kolegin|schwager|schwagerin|schwester|bruder|vater|mutter|einer|schwimmer|schwimmerin|opa|oma|nachbar|nachbarin)",
			"(ein|eine|der|die|das|meine|mein) (junger|junge|alterer|altere|kleines|kleiner|kleine)? (gast|stammgast|kind|bua|bub|junge|madchen|frau|typ|kollege|kollegin|schwager|schwester|bruder)",
		},
		acts:     s35SignsDE,
		farewell: []string{"{nobr}", "nicht (mehr|wieder)? (aufgetaucht|hochgekommen|rausgekommen)", "(nicht|gar nicht|nimma|nimmer|nie) (mehr|wieder)? (sehn|sehen|los|bewegen|spuren|schwitzt)", "(schwitzt|nimmt) (gar)? (nicht|num|nimmer) (mehr)?", "(schafft|kriegen|bekommen) ... ... nicht", "(sehen|gsehnd|seh) (es|ihn|sie|si)? (nicht|num|nimmer|nimma) (mehr)?"},
	},
	{lang: "fr", words: s35WordsFR,
		who: []string{
			"(un|une|le|la|les|mon|ma|sa|son) (p'tit|ptit|petit|petite)? (client|cliente|gars|gamin|gamine|mec|kitesurfeur|surfeur|nageur|nageuse|enfant|petit|petite|coloc|soeur|frere|pote|collegue|voisin|voisine|femme|homme|fille)",
			"(deux|trois|des) (personnes|gens|enfants|gamins)",
			"^ (ya|y a|il y a) (un|une) ...",
		},
		acts:     s35SignsFR,
		farewell: []string{"(respire pas|respire plus|pas de pouls)", "(pas|jamais|toujours pas) remont*", "(voit|bouge|sent|transpire|arrete) (plus|pas)", "arrive (pas|plus) a (remonter|respirer)"},
	},
}
