package risk

// Round o13-learn learnt from other13 (a regional train conductor who once
// answered old people's alarm pendants in a telecare centre; measured on
// 1404ed8: the flag on 20 of its 64 texts about someone else, 10 of them
// under Review). Its misses were someone else's emergency now told by its
// setting and its signs, as round s35-other had learnt them, in places
// that round had not seen: an alarm pendant pressed and only a moan or
// silence on the line, an old neighbour unseen since yesterday and heard
// calling behind the door, a passenger collapsed with grey lips or
// gasping while someone does compressions, slurring with an arm gone and
// half a face drooping, a fit on a carriage floor with the head hitting,
// someone lying on the tracks or a child alone at a level crossing or a
// platform edge with a train due, someone outside a bridge railing or on a
// roof edge with the legs dangling, a goodbye told by a gift or a pet left
// ("won't need it after tonight", "cuida a la Luna por mí", "rejoindre
// maman ce soir"), someone gone alone to cliffs, moors or thin ice after a
// session and not back, locked in a bathroom with blood, a neighbour's
// wife screaming for help after a crash, a car running in a shut garage,
// an old person cold and confused on the floor for hours, a fall into a
// ravine with a phone nearly dead, a small child alone by fast water,
// smoke from a home whose old tenant cannot walk, a saw cut bleeding
// through the cloth. Each kind needs its setting and a sign of danger now,
// so that a care alarm pressed by accident, a first-aid class, a toy train
// set, a walk on the moors that came back, a neighbour's football or
// barbecue stay None. The persons are the ones such a writer meets (a
// passenger, a teenager, "ein Fahrgast", "un monsieur", "una chava"), a
// word class beside round s35-other's. Three of the writer's own goodbyes
// were None (a place in the next session given away, "like a door" of a
// bridge, a pet given "for a week" that is for ever) and are signals; a
// letter the writer's child will find tomorrow is the writer's own, never
// the child's danger.

var o13SignsEN = s36Gaps([]string{
	// An alarm pendant, and only a moan or silence.
	"(pendant|care|personal|lifeline|telecare|panic|emergency) (alarm|alarms|button) ~ (beeping|going off|went off|gone off|pressed|pushed|activated) ~ (not answering|isnt answering|wont answer|wouldnt answer|no answer|groaning|moaning|cant get up|on the floor|silence|nothing)",
	"(telecare|lifeline|alarm|monitoring|care line) (place|people|company|centre|center|service)? ~ (rang|called|phoned|ringing|calling) (me)? ~ (moaning|groaning|wouldnt answer|not answering|isnt answering|on the floor|cant get up|silence)",
	// An old neighbour unseen, heard through the door.
	"(curtains|blinds|paper|newspaper|post|milk|bins) ~ (since|for) ~ (hear|heard|can hear) (her|him|them) ~ (calling|moaning|groaning|crying|shouting|knocking)",
	"(hear|heard|can hear) (her|him|them) ~ (calling|moaning|groaning|crying|shouting) (faintly|weakly|for help)? ~ (behind|through) the (door|wall|letterbox)",
	"(pendant|care alarm|telecare alarm) ~ (beeping|going off) ~ (through|thru) the wall ~ (not answering|no answer|isnt answering)",
	// Collapsed, grey, gasping.
	"(lips|face|skin) (are|is)? (going|gone|turning|turned)? (greyish|grey|gray|blue|blueish|bluish|purple) ~ (not responding|unresponsive|wont wake|cant wake|not breathing|barely breathing)",
	"(slumped|collapsed|went down|keeled over) ~ (lips|face) ~ (greyish|grey|gray|blue|bluish)",
	"(slumped|collapsed|went down|keeled over) ~ (not responding|unresponsive|doesnt respond|wont respond)",
	"(collapsed|went down|keeled over) ~ (gasping|doing that gasping|agonal)",
	"(gasping|agonal) ~ (compressions|cpr|defib|every few seconds)",
	"(started|doing|giving|start|keep) (compressions|cpr|chest compressions) ~ (ambulance|keep going|paramedics|999|911|112)",
	// A stroke.
	"(slurring|slurred|words are slurred) ~ (arm|hand|leg|side) (wont|will not|cant|doesnt|isnt) (work|working|move|lift|moving)",
	"(half|one side of) (his|her|their) (face|mouth) (looks|is|has gone|went|seems) (droopy|drooping|lopsided|fallen|numb)",
	// A fit on the floor, the head hitting.
	"(fitting|seizing|convulsing|having a seizure|having a fit) ~ (floor|platform|aisle|carriage|vestibule) ~ (head|hitting|banging)",
	"(head|his head|her head) (keeps|is)? (hitting|banging|smashing) (on|against)? (the)? (seat|floor|seats|door|table|ground)",
	// On the tracks, at the edge, a train due.
	"(lying|sitting|standing|wandering|playing|walking|crouching) (on|between|by|near|at|across) the (tracks|rails|line|level crossing|platform edge|edge of the platform) ~ (train|trains|barriers|non stoppers|nobody with|on (his|her|their) own|by (himself|herself)|alone|no staff)",
	"(past|beyond|over|across) the yellow line ~ (train|trains|staring|non stoppers|fast|no staff)",
	"(toddler|child|kid|little boy|little girl|small boy|small girl) ~ (on (his|her|their) own|alone|by (himself|herself)|nobody with) ~ (level crossing|tracks|rails|platform edge)",
	"(barriers|gates) (are|just)? (coming|came|going|gone) down ~ (nobody with|on (his|her|their) own|alone|by (himself|herself)|playing|wandering)",
	// Outside a bridge railing, on a roof edge.
	"(outside|on the wrong side of) the (railing|railings|barrier|fence|parapet) ~ (bridge|roof|motorway|overpass|flyover)?",
	"(bridge|roof|rooftop|building|multistorey|car park) ~ (legs|feet) (dangling|hanging) (over the edge|off the edge|over)",
	// A goodbye told by a gift, the dead to be joined.
	"(wont|will not|doesnt|dont) need (it|them|this) (after|past) (tonight|today|this)",
	"(you can have|you can keep|have|keep) my ~ (wont|will not) need (it|them) (after|past)? (tonight|today|this)",
	"(gave|given|giving) away (the|her|his|their) ~ (and|&) (all)? (her|his|their) ~ (this week|today|yesterday) ~ (see|join|be with) ~ soon",
	"(off|going|gonna) to (see|join|be with) ~ soon ~ (dont be sad|dont cry|dont worry|died|dead|passed)",
	// Gone alone to a wild place, not back.
	"(went|gone|walked|drove|headed) (up|out)? (on|to|onto|into) the (moors|hills|cliffs|mountains|mountain|fells|woods|coast) ~ (back by|be back) ~ (dark|voicemail|not answering|no answer|phone off|phones off|fog)",
	"(said|says) (she|he|they)? (would|d)? be back by ~ (dark|voicemail|not answering|no answer|phone off|phones off|not back)",
	"(moors|cliffs|hills|mountains|fells|woods|coast|lake|river|bridge) ~ after (her|his|their) (session|ketamine|treatment|infusion) ~ (dark|voicemail|not answering|no answer|not back|isnt back|hasnt come back|phone off|phones off)",
	"(hear|heard|could hear|can hear) (her|him|them) (moaning|groaning|crying|calling) ~ (wouldnt|would not|wont|will not|isnt|not) (answer|answering|respond|responding)",
	// Locked in with blood.
	"locked (herself|himself|themselves) in the (bathroom|toilet|loo) ~ blood ~ (wont let me in|will not let me in|wont open|not answering|wont answer)",
	// Violence heard.
	"(screaming|yelling|shouting) at (his|her) (wife|girlfriend|partner|husband|boyfriend) ~ (crash|smash|smashed|bang|thud) ~ (screaming for help|crying for help|help)",
	// A car running in a shut garage.
	"(asleep|passed out|unconscious) in the car ~ (engine|motor) (running|on|still on) ~ (garage|door) (shut|closed|locked|down)",
	"in the garage ~ (engine|motor) (running|on|still on) ~ (garage|door) (shut|closed|locked|down)",
	// Cold and confused on the floor.
	"(on the floor|on the ground|on the kitchen floor|on the bathroom floor) ~ (ice cold|freezing|cold as ice|frozen) ~ (confused|doesnt know|dont know|all night|hours)",
	// A fall outdoors, stuck below.
	"(slipped|fell) ~ (bottom of (the|a)|down (the|a)) (slope|ravine|gully|gorge|cliff|bank|scree) ~ (cant get up|cant move|cant stand|leg|battery)",
	// A small child alone by fast water.
	"(alone|on (his|her|their) own|by (himself|herself)) ~ (river|canal|riverbank|edge of the water|weir) ~ (current|no adult|nobody|no one)",
	// Smoke, someone inside who cannot walk.
	"(smoke|flames) (is|are)? (pouring|coming|billowing) (out of|from) ~ (wheelchair|cant walk|zimmer|walker|bedbound|still inside|inside)",
	// A saw cut bleeding through.
	"(cut|sliced|caught) (his|her|their) ~ (with|on) the (saw|circular saw|chainsaw|angle grinder|grinder) ~ (blood|bleeding)",
	"(blood|bleeding) ~ (soaking|soaked|coming) (through|thru) the (towel|tea towel|cloth|bandage|tourniquet)",
	// Chest pain, grey and sweating.
	"(chest pain|pain in (his|her|their) chest|chest hurts) ~ (grey|gray|sweating|clammy|arm|jaw)",
})

var o13SignsES = s36Gaps([]string{
	"(boton|colgante|pulsera|medallon) (de)? (teleasistencia|emergencia|alarma|panico) ~ (en el suelo|en el piso|no contesta|no responde|quejarse|se queja|gime|no siente|no puede levantarse|no se oye)",
	"(teleasistencia|central) ~ (me llama|me llamo|me llamaron|me ha llamado) ~ (quejarse|se queja|gime|no contesta|no responde|en el suelo|no se oye)",
	"(desde|hace) ~ no (sube|ha subido|abre|ha abierto|levanta) (la|las) (persiana|persianas) ~ (buzon|timbre|nada|no contesta|no abre|perro|pedir ayuda|quejarse)",
	"no (sube|ha subido|abre|ha abierto) (la|las) (persiana|persianas) (desde|hace) ~ (buzon|timbre|nada|no contesta|no abre|perro|pedir ayuda|quejarse)",
	"(lo|la) (oigo|escucho) ~ (quejarse|gemir|llamar|pedir ayuda|gritar) ~ (puerta|pared)",
	"(se desplomo|se desmayo|se cayo redondo|colapso) ~ (no respira|apenas respira|respira apenas|no reacciona|no responde|labios morados)",
	"(apenas respira|respira apenas|boquea|boqueando) ~ (labios|morado|morada|rcp|compresiones|desfibrilador)",
	"(le estan|le estamos|estan|estamos) (haciendo|dando) (rcp|compresiones|masaje cardiaco)",
	"(arrastra las palabras|habla arrastrado|habla raro|no le salen las palabras) ~ (brazo|pierna|boca|cara) ~ (no (puede mover|mueve|le responde)|torcida|caida|chueca|dormido)",
	"(arrastra las palabras|habla arrastrado|no le salen las palabras) ~ (no puede mover|no mueve) el brazo",
	"(convulsionando|convulsiona|con convulsiones) ~ (suelo|piso|anden|vagon|pasillo) ~ (cabeza|golpea)",
	"(acostado|acostada|tirado|tirada|sentado|sentada|parado|parada|jugando) (en|entre|sobre) las vias ~ (tren|barreras|pasa|solo|sola)",
	"(en el borde|al borde) (del anden) ~ (piernas|colgando|hacia la via)",
	"(nino|nina|nene|nena|chiquito|chiquita) ~ (solo|sola) ~ (vias|paso a nivel|anden|orilla|borde) ~ (tren|corriente|adulto|nadie|barreras)",
	"(trepandose|subiendose|trepando|encaramado|encaramada|colgado|colgada) (a|en|por) la (barda|baranda|barandilla|reja|valla|cornisa)",
	"(cuida|cuidame|cuiden) (a|de)? ~ por mi ~ (apago|no contesta|ya no contesta|apagado)",
	"(dejo|le dejo) (los papeles|todo|las llaves|el testamento) (a|para) (su|sus) ~ (se termina todo|se acaba todo|hoy se acaba|hoy termina)",
	"(despedirse|despedir) (del mar|de todos|del rio|del mundo) ~ (no contesta|no coge|no atiende|apagado|noche)",
	"(acantilados|acantilado|puente|rio|montana|cerro) ~ (despedirse|despedir) (del mar|del rio|de todo|del mundo)",
	"se fue (sola|solo) a (los acantilados|el acantilado|la montana|el cerro|el puente|el rio|la playa) ~ (no contesta|no coge|no atiende|apagado|noche)",
	"se encerro en el bano ~ sangre ~ (no me deja entrar|no abre|no contesta)",
	"(grita|esta gritando|le grita) a su (mujer|esposa|novia|pareja) ~ (golpe|estruendo|ruido) ~ (pide ayuda|grita ayuda|grita auxilio|pidiendo ayuda)",
	"(dormido|dormida|desmayado|desmayada) en el (coche|auto|carro) ~ motor (encendido|prendido) ~ (garaje|cochera) (cerrado|cerrada)",
	"(en el suelo|en el piso) ~ (heladisima|helada|helado|congelada|congelado|fria|frio) ~ (no sabe|confundida|confundido|no me reconoce|horas)",
	"(se resbalo|resbalo|se cayo) ~ (barranco|ladera|pendiente|fondo|precipicio) ~ (no puede levantarse|no se puede mover|pierna|bateria)",
	"(sale|salia) humo ~ (casa|piso|departamento) ~ (no puede caminar|andador|silla de ruedas|adentro|dentro)",
	"(se corto|corto) con la (sierra|radial|motosierra|amoladora) ~ (sangre|sangra) ~ (trapo|toalla|traspasa|empapa)",
})

var o13SignsDE = s36Gaps([]string{
	"(notrufknopf|hausnotruf|notrufuhr|notrufarmband|notrufsender|notruf) ~ (gedrückt|ausgelöst|piept|geht los) ~ (nix mehr|nichts mehr|antwortet nicht|meldet sich nicht|stöhnt|am boden|liegt|kalt)",
	"(zentrale|notrufzentrale|leitstelle|hausnotrufzentrale) ~ (ruft mich an|hat mich angerufen|rief mich an|sagt) ~ (nix mehr|nichts mehr|antwortet nicht|stöhnt|am boden|liegt|kalt)",
	"(zeitung|post|briefkasten|rollladen|rollo) ~ (nicht reingeholt|nicht geleert|nicht hochgezogen|quillt über|unten) ~ (rufen|stöhnen|wimmern|klopfen|macht nicht auf)",
	"(hör|höre|hören) (sie|ihn) ~ (durch die tür|hinter der tür|durch die wand) ~ (rufen|stöhnen|wimmern|jammern)",
	"(zusammengebrochen|zusammengesackt|umgekippt|kollabiert) ~ (atmet kaum|reagiert nicht|reagiert nicht mehr|lippen|schnappt nach luft|keine reaktion|krampft)",
	"(atmet|atmung) ~ (komisch|seltsam) ~ (pausen|aussetzer|lippen|bläulich|blau)",
	"(lippen|gesicht) (sind|ist|werden|wird) (blau|bläulich|grau|gräulich)",
	"(herzdruckmassage|reanimation|reanimieren|wiederbelebung) ~ (angefangen|weiter|krankenwagen|rtw|notarzt)",
	"(lallt|nuschelt|redet verwaschen|spricht verwaschen) ~ (arm|gesicht|mundwinkel) ~ (hängt|taub|nicht heben|nicht bewegen)",
	"(krampft|zuckt|hat einen anfall) ~ (am boden|auf dem boden|bahnsteig|im gang|im zug) ~ (kopf|schlägt)",
	"(zwischen den gleisen|im gleis|auf den gleisen|auf dem gleis) ~ (bewegt sich (kaum|nicht)|angezeigt|angesagt|durchfahrt|in # min|kommt gleich|schranken gehen|keine eltern|allein|beugt sich)",
	"(an der bahnsteigkante|an der kante|am bahnübergang) ~ (bewegt sich (kaum|nicht)|keine eltern|allein|beugt sich|spielt)",
	"(kind|kleines kind|kleinkind|kleiner junge|kleines mädchen) ~ allein ~ (gleis|bahnsteig|kante|bahnübergang|ufer|fluss|kanal)",
	"(außen|auf der anderen seite) (am|vom|des) (geländer|brückengeländer|brückengeländers|gelanders)",
	"(auf der|auf die) (brücke) ~ (außen|über das) ~ (geländer)",
	"(passt auf euch auf|pass auf dich auf|machts gut|macht es gut) ~ (bin (dann)? (mal)? weg|ich bin weg) ~ (standort|geht nicht mehr ran|nimmt nicht ab|handy aus)",
	"(standort|live standort) (vom|von der|am|an der) (rheinufer|ufer|brücke|fluss|see|gleis|gleisen|staumauer) ~ (geht nicht mehr ran|nimmt nicht ab|handy aus|nicht erreichbar)",
	"(wüsst|wüsste|wusste|weiss|weiß) (schon)? wo (er|sie) (hinfährt|hinfahrt|hingeht|hin fährt) ~ (wenns|wenn es) nicht mehr geht",
	"(allein|alleine) (in die berge|zum fluss|zur brücke|an den see|auf den berg|an die klippen) ~ (dunkel|geht nicht ran|nimmt nicht ab|nicht zurück)",
	"(im bad|ins bad|im badezimmer) eingeschlossen ~ (blut|blutet) ~ (lässt mich nicht rein|macht nicht auf|antwortet nicht)",
	"(seine|ihre) (frau|freundin|mann|freund) an ~ (gescheppert|geknallt|gepoltert|gerumst|rumms) ~ (schreit um hilfe|ruft um hilfe|hilfe)",
	"(im auto|im wagen) eingeschlafen ~ motor (läuft|an) ~ (garage|tor) (zu|geschlossen)",
	"(am boden|auf dem boden) ~ (eiskalt|ganz kalt|unterkühlt) ~ (verwirrt|weiss nicht|weiß nicht|stunden|ganze nacht)",
	"(die ganze nacht|seit stunden) (auf dem boden|am boden) ~ (eiskalt|kalt|verwirrt)",
	"(abgerutscht|abgestürzt|gestürzt) ~ (liegt unten|unten am hang|in der rinne|in der schlucht) ~ (kann nicht aufstehen|bein|akku|blutet|bewegt sich nicht)",
	"(strömung|strömung ist) ~ (keine eltern|kein erwachsener|niemand da)",
	"(nachbarhaus|nachbarwohnung|wohnung nebenan|haus nebenan) ~ (rauch|qualm|flammen) ~ (rollator|rollstuhl|kann nicht laufen|noch drin|bettlägerig)",
	"(rauch|qualm|flammen) ~ (nachbarhaus|nebenan|nachbarwohnung|wohnung) ~ (rollator|rollstuhl|kann nicht laufen|noch drin|bettlägerig)",
	"(kreissäge|flex|motorsäge|kettensäge) ~ (blut|blutet) ~ (durch|handtuch|lappen)",
	"(alle|sämtliche|die ganzen) tabletten (von)? (ihrer|seiner|ihrem|seinem)? (mutter|vater|oma|opa|mama|papa)? genommen ~ (seitdem nix mehr|seitdem nichts mehr|meldet sich nicht|antwortet nicht|geht nicht ran)",
	"(brustschmerzen|schmerzen in der brust|druck auf der brust) ~ (grau|schwitzt|kaltschweißig|arm)",
})

var o13SignsFR = s36Gaps([]string{
	"(bip|bouton|medaillon|bracelet|pendentif) (de)? (teleassistance|alarme|urgence) ~ (rien|repond pas|repond plus|par terre|gemit|entends plus|au sol)",
	"(centrale|teleassistance) ~ (m'appelle|m'a appele|m'ont appele) ~ (rien|repond pas|repond plus|par terre|gemit|entends plus)",
	"(pas ouvert|pas ouvre|pas releve|pas rentre|pas pris) (ses|les|son|sa) (volets|courrier|journal) ~ (entends|gemir|appeler|repond pas|rien)",
	"(volets|courrier|journal|boite aux lettres) ~ (fermes|pas ouverts|pas ouvert|deborde|pas releve|pas rentre) ~ (repond pas|entends|gemir|appeler|rien)",
	"(je l'entends|on l'entend|je l'entend) ~ (gemir|appeler|crier|geindre) ~ (derriere|a travers) (la porte|le mur)",
	"(s'est effondre|s'est effondree|effondre|effondree|s'est ecroule|s'est ecroulee) ~ (respire a peine|respire plus|reagit plus|repond plus|levres)",
	"(respire a peine|respire bizarre) ~ (defibrillateur|massage|15|samu|levres)",
	"(trouve pas|trouvons pas|ou est) (le|un|de)? (defibrillateur|defib)",
	"(bafouille|parle bizarre|articule plus|mots se melangent|parle de travers) ~ (bras|visage|bouche) ~ (tombe|paralyse|bouge plus|engourdi)",
	"(convulse|fait une crise|crise d'epilepsie) ~ (quai|par terre|sol|train|wagon) ~ (tete|cogne|ter|tgv|arrive)",
	"(allonge|allongee|couche|couchee|assis|assise|joue|marche) (sur|entre) (les|le) (rails|voies|quai) ~ (train|ter|tgv|barrieres|arrive)",
	"(tout seul|toute seule) (au|sur le|pres du) (passage a niveau|quai|voies|rails) ~ (train|barrieres|rails|joue)",
	"(rebord|corniche|parapet|garde corps|rambarde) ~ (jambes dans le vide)",
	"(toit|immeuble|pont|balcon|falaise) ~ (jambes dans le vide)",
	"(prends soin de|occupe toi de) ~ (ferme son cell|eteint son|repond plus|repond pas|coupe son)",
	"(rejoindre|retrouver) (maman|papa|sa mere|son pere|ma mere|mon pere|sa femme|son mari) ~ (ce soir|cette nuit|bientot|repond plus|achete)",
	"(achete|acheter) (du produit|du poison|des pesticides|du desherbant) ~ (pas de champ|pas de jardin|alors que)",
	"(donne|donnes) (ses|son|sa) ~ (en disant|apres) ~ (fasse une betise|fasse quelque chose|se fasse du mal|cette nuit|ce soir)",
	"(fasse|fait|fera) (une betise|quelque chose|une connerie) (cette nuit|ce soir)",
	"(donne|donnes|laisse|confie) (ses|son|sa) ~ (chat|chien|bijoux|affaires|bague|montre) ~ en disant ~ (apres|quand je serai plus la|mieux que moi|plus besoin)",
	"(parti|partie) (seul|seule|en motoneige|en kayak|en bateau) ~ (lac|glace|mer|falaise) ~ (revient pas|est pas revenu|est pas revenue|repond pas|ca fait)",
	"(glace est mince|glace mince) ~ (revient pas|pas revenu|repond pas)",
	"(enferme|enfermee) dans la salle de bain ~ sang ~ (laisse pas entrer|ouvre pas|repond pas)",
	"(frappe|tape|cogne) (ma|sa) (soeur|mere|fille|cousine|femme|copine) ~ (entends|chuchote|enfermee|crier|aide)",
	"chuchote qu'(elle|il) (s'est enfermee|s'est enferme|est cachee|se cache)",
	"(endormi|endormie) dans la voiture ~ moteur (allume|tourne) ~ garage (ferme)",
	"(par terre|au sol) ~ (gelee|glacee|glace|froide|froid) ~ (confuse|confus|sait plus|heures|toute la nuit)",
	"(glisse|glissee|tombe|tombee) ~ (ravin|pente|fond) ~ (peut pas se relever|peut plus bouger|jambe|batterie)",
	"(petit|enfant|gamin|gamine|petite) ~ (tout seul|toute seule|seul|seule) ~ (bord de la riviere|berge|riviere|canal) ~ (courant|aucun adulte|personne)",
	"(fumee|flammes) ~ (maison|appart|appartement) ~ (peut pas marcher|deambulateur|fauteuil|encore dedans)",
	"(pisse le sang|pisse du sang|saigne enormement) ~ (traverse|torchon|serviette|serre)",
	"(diabetique) ~ (confuse|confus|reconnait plus|reconnait pas|trempee|trempe|transpire)",
	"(mal a la poitrine|douleur dans la poitrine|douleur a la poitrine) ~ (gris|grise|transpire|sue|sueur|bras)",
})

var mendsO13Learn = [4]phraseSet{
	{lang: "en", words: s35WordsEN, crisis: s35Crisis(o13SignsEN)},
	{lang: "es", words: s35WordsES, crisis: s35Crisis(o13SignsES)},
	{lang: "de", words: s35WordsDE, crisis: s35Crisis(o13SignsDE)},
	{lang: "fr", words: s35WordsFR, crisis: s35Crisis(o13SignsFR)},
}

// otherO13Learn are the persons of other13's texts and the same signs as
// their danger now; a sign's own negation ("not answering", "répond pas")
// denies nothing, and a letter the writer's child will find is the
// writer's own goodbye.
var otherO13Learn = []otherSet{
	{lang: "en", words: s35WordsEN,
		who: []string{
			"(teenager|teen|keyholder|nan|nana|grandad|grandpa|grandma|auntie|aunty|uncle|neighbour|neighbor|flatmate|husband|wife|hiker)",
			"(man|woman|lady|bloke|guy|lad|girl|boy|kid) (in|on|at) the (vestibule|carriage|aisle|platform|station|bus stop|toilets|loo|quiet coach|gym|bus|train)",
			"(the)? old (man|woman|lady|gentleman|fella) (next door|upstairs|downstairs|there)?",
			"(neighbours|neighbors|nans|aunties|uncles|flatmates|roommates)",
			"(next door|upstairs|downstairs) (he|she|they) (is|s|are)?",
			"^ ... (just)? (dmd|dm d|texted|messaged|wrote|sent) (me|us)",
		},
		done:     []string{"(moors|cliffs|hills|mountains|fells|woods|coast|lake|river|bridge) ~ after (her|his|their) (session|ketamine|treatment|infusion)"},
		acts:     o13SignsEN,
		farewell: o13SignsEN,
		helper:   []string{"(wont|will not|doesnt|does not) (let|want) me (to)? (call|ring)"},
	},
	{lang: "es", words: s35WordsES,
		who: []string{
			"(un|una|el|la|mi|su) (senor|senora|chava|chavo|chaval|chavala|muchacho|muchacha|pasajero|pasajera|suegro|suegra|vecino|vecina|abuelita|abuelito|nena|nene|prima|primo|tia|tio|nino|nina) (mayor|chiquito|chiquita|de abajo|de arriba|de al lado)?",
			"(del|de la) (grupo|canal|chat) de (los|las)? (lunes|martes|miercoles|jueves|viernes|sabados|domingos|apoyo)",
		},
		acts:     o13SignsES,
		farewell: o13SignsES,
		menace:   []string{"me (escribio|dijo|mando) (un mensaje)? (que)? (hoy|esta noche|ahorita|manana)? me (pela|va a pelar|quiebra|va a quebrar|mata|va a matar)"},
		threat:   []string{"me (escribio|dijo|mando) (un mensaje)? (que)? (hoy|esta noche|ahorita|manana)? me (pela|va a pelar|quiebra|va a quebrar|mata|va a matar)"},
		helper:   []string{"(tengo|tenemos) (una|la|su) llave", "(me da miedo|tengo miedo de|no me atrevo a) (entrar|abrir|pasar)", "no me (abre|quiere abrir) (la puerta)?"},
		done:     []string{"se (ha tomado|tomo|ha metido|metio|ha bebido) (una caja|un bote|un frasco|un blister|toda la caja|todo el frasco|todas las pastillas) (entera|entero)? (de)? ~"},
	},
	{lang: "de", words: s35WordsDE,
		who: []string{
			"herr (ist|hat|liegt|von oben|von unten|von nebenan|aus dem)",
			"(fahrgast|fahrgastin|grossvater|großvater|grossmutter|großmutter|dame|vater|mutter|mama|papa|oma|opa|freundin|freund|bruder|schwester|nachbar|nachbarin|mitbewohnerin|mitbewohner|schwager|kumpel)",
			"jemand aus der (gruppe|montagsgruppe|dienstagsgruppe|mittwochsgruppe|donnerstagsgruppe|freitagsgruppe|selbsthilfegruppe)",
		},
		acts:     o13SignsDE,
		farewell: o13SignsDE,
		done:     []string{"(alle|sämtliche|die ganzen) tabletten (von)? (ihrer|seiner|ihrem|seinem)? (mutter|vater|oma|opa|mama|papa)? genommen"},
		helper:   []string{"(ich)? (krieg|kriege|bekomme|bekomm|bring) (das tor|die tür|die garage|die tür) nicht auf", "ich (steh|stehe|halte|sitze|bin) (mit dem auto|im auto)? (auf dem|am) (standstreifen|seitenstreifen)"},
	},
	{lang: "fr", words: s35WordsFR,
		who: []string{
			"(un|une|le|la|mon|ma|sa|son) (monsieur|dame|jeune|passager|passagere|vieux|vieille|petit garcon|petite fille|chum|beau frere|belle soeur|grand mere|grand pere|oncle|tante|frere|soeur|mere|pere|mari|amie|ami|coloc)",
		},
		acts:     o13SignsFR,
		farewell: o13SignsFR,
		helper:   []string{"(veut pas|veut plus|refuse) que (j'appelle|on appelle|j'appele)"},
		own:      s36Gaps([]string{"(trouvera|va trouver|trouveront|vont trouver) (la|ma|une|mes) (lettre|lettres|mot) ~ (demain|lundi|ce soir|apres)"}),
	},
}

// mendSignalsO13Learn are the writer's own goodbyes other13 had at None:
// a place in the next session given to someone else, the next meeting
// not reached, a bridge or the tracks seen "like a door", a long stop by
// the tracks and "it would be so easy", a pet given away under a pretext.
// Each is a strong signal, Review on its own.
var mendSignalsO13Learn = s36GapSignals([]signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		// Gone alone to a wild place after a session, and then dark and
		// no answer: two strong signals in two sentences, Crisis.
		sigDanger: {
			"(moors|cliffs|hills|mountains|fells|woods|coast) ~ after (her|his|their) (session|ketamine|treatment|infusion)",
			"(dark|getting dark|almost dark|nearly dark) ~ (voicemail|not answering|phone off|phones off|no answer)",
		},
		sigFinal: {
			"(give|giving|hand) my (spot|place|seat|slot) in the (next|coming) (session|group|meeting|circle) to (someone|somebody) else",
			"^ (like|just like|almost like|kind of like|sort of like) a (door|doorway|way out|exit) $",
			"(bridge|tracks|rails|platform|cliff|river|edge|ledge) ~ (looks|look|feels|seems) (like|as)? a (door|doorway|way out|exit)",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigFinal: {
			"(se|ya se) que no (voy a llegar|llego|voy a estar|estare) a la (siguiente|proxima) (reunion|sesion|cita|junta)",
			"(al lado de|junto a|cerca de|por) (la|las|el) (via|vias|puente|anden|vias del tren) ~ me (quede|quedo) (parada|parado|mirando) ~ (rato|tiempo|rio|tren)",
			"^ (seria|es) (tan|muy|re) (facil|sencillo) $",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigFinal: {
			"(meinen|mein) platz ~ (nächsten|kommenden) (sitzung|gruppe|termin|runde|treffen) ~ (jemand anderem|jemand anders|wem anders|wem anderen) (geben|überlassen)",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigFinal: {
			"(donne|confie|laisse) (mon|ma|mes) (chien|chienne|chat|chatte|chats|chiens|lapin|oiseau|perruche) ~ en (disant|faisant croire|pretendant) que",
			"(c'etait|c'est) pour (une semaine|quelques jours|le weekend) ~ (c'est|en vrai c'est|mais c'est) pour toujours",
		},
	},
}})

// mendsO13Drift holds what the model retrained with this round's texts
// moved off its label: the writer's own goodbyes it had at Crisis (a good
// night for ever, the next session cancelled as one will not be there, a
// room where nobody knows one, things given away) and the question
// whether anyone would notice one disappearing, at Review; and two
// ordinary sentences it raised, narrowed to their words so that nothing
// after them is hidden (not wanting to get up at six, ending the
// sentence).
var mendsO13Drift = s36GapSets([4]phraseSet{
	{lang: "en", words: englishSignals.words,
		crisis: []string{"(good night|goodnight|night night) (forever|for good|for ever)"},
		review: []string{"(would|will) (anyone|anybody) (notice|care) if i (just|simply)? (disappeared|disappear|vanished|was gone)"},
	},
	{lang: "es", words: spanishSignals.words,
		crisis: []string{"(buenas noches|buenas) para siempre", "me (escribio|escribió|dijo|mando|mandó) (un mensaje)? (que)? (hoy|esta noche|ahorita|manana)? me (pela|mata|va a matar|va a pelar|quiebra|va a quebrar|va a matarme)", "^ ya (regale|di|done) (la|el|mis|mi) ~ y (la|el|mis|mi) (moto|coche|carro|guitarra|play|consola|bici) $"},
		review: []string{"(alguien|nadie) (notaria|notaría|se daria cuenta) si (simplemente|solo)? (desaparezco|desapareciera|me voy|me fuera)"},
	},
	{lang: "de", words: germanSignals.words,
		crisis: []string{"(gute nacht|nacht) für immer", "(zimmer|hotelzimmer|pension) ~ (genommen|gebucht) ~ wo mich (keiner|niemand) kennt"},
		review: []string{"(würde|wurde|merkt) (es)? (jemand|irgendwer) (merken|auffallen)? wenn ich (einfach)? (verschwinde|verschwinden würde|weg bin)"},
	},
	{lang: "fr", words: frenchSignals.words,
		crisis: []string{"(bonne nuit|bonsoir) pour toujours", "(annule|annulé) ma (prochaine)? (seance|séance) ~ (j'y serai plus|je serai plus la|je serai plus là)"},
		review: []string{"(quelqu'un|qqn) (remarquerait|verrait) si je (disparais|disparaissais)"},
		benign: []string{"(je vais|j'vais|jvais|on va) finir par (la|le|les|te|vous) (tuer|etrangler|étrangler)", "pas envie de me (reveiller|lever) (a|à) (#|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|midi) (heures|heure|h)? $"},
	},
})
