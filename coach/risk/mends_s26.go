package risk

// Set 26 (a construction and trades peer-support worker who is also a
// palliative-care and bereavement social worker) showed kinds the screen
// left at None or Review, most of them in German and in Swiss or Bavarian
// spellings: a farewell on site with no coming back, a date set after "the
// last shift", a roof or a crane with no harness and no climbing down, a
// dead son or spouse followed "tonight" on the anniversary, letting go "for
// ever" after a ketamine session, tools sold "where I'm going", a phone
// dying and "don't look for me in the woods", a cord tied up and sat with,
// a crash into a pylon pictured and meant, a dead brother's or
// grandfather's gun loaded. Each has its everyday twin in the corpus
// (testdata/train/targeted-s26-learn.tsv): a retirement do, the last shift
// before the holidays, a crane operator's day, a visit to the grave, a
// toolbox sold to upgrade, a flat phone on a hike, a hunt. They are kept
// apart from each language's lists so that a retraining cannot move them.

var (
	s26WordsEN = withWords(englishSignals.words, map[string]string{
		"height":  "(roof|rooftop|crane|tower crane|jib|scaffold|scaffolding|top floor|slab|boom)",
		"cord":    "(cord|rope|the cord|the rope|cords|ropes|noose|the noose|strap|the strap|hose)",
		"tied":    "(tied|tied up|hung|hung up|set up|rigged|rigged up|strung up|up)",
		"shed":    "(shed|garage|barn|workshop|container|site shed|shipping container|lockup)",
		"kin":     "(son|daughter|boy|girl|wife|husband|missus|partner|brother|sister|mum|dad|mate)",
		"post":    "(pylon|power pole|pole|bridge pillar|pillar|bridge|tree|wall|truck|oncoming truck|road train|overpass)",
		"toolbox": "(toolbox|tool box|tools|snap on box|snapon box|snap-on box|tool chest|tool kit|kit|box|gear|ute)",
		"site":    "(on site|at work|at the mine|at the job|on the job|at the yard|on the tools)",
		"poison":  s24WordsEN["poison"],
	})
	s26WordsES = withWords(spanishSignals.words, map[string]string{
		"height": "(la grúa|la grua|el tejado|la azotea|el andamio|la torre|el techo)",
		"cord":   "(la reata|la soga|la cuerda|el lazo|la cadena|el mecate)",
		"kin":    "(mi hijo|mi hija|mi esposa|mi mujer|mi marido|mi esposo|mi vieja|mi viejo|mi hermano|mi hermana)",
	})
	s26WordsDE = withWords(germanSignals.words, map[string]string{
		"height": "(kran|kranen|dach|gerüst|gerüscht|turm|turmdrehkran|silo)",
		"cord":   "(seil|strick|kabel|gurt|schlinge|riemen|sail|strickli)",
		"gun":    "(gewehr|gwehr|flinte|büchse|pistole|waffe|stutzen|sturmgewehr|karabiner)",
		"kin":    "(opa|vater|vatter|bruder|brüder|sohn|frau|mann|papa|götti|grossvater|großvater)",
	})
	s26WordsFR = withWords(frenchSignals.words, map[string]string{
		"height": "(la grue|le toit|l'échafaudage|l'echafaudage|la tour|le pylône|le pylone)",
		"cord":   "(la corde|le câble|le cable|la sangle|le nœud|le noeud)",
	})
)

var (
	mendsS26EN = phraseSet{
		lang:  "en",
		words: s26WordsEN,
		crisis: []string{
			// Not here tomorrow, decided: "tomorrow I'm not here, it's decided".
			"(tomorrow|from tomorrow|after today|after this shift) (im|i am|ill be|i will be|i wont be|i will not be) (not)? (here|there|around|on site) (anymore|any more)? ... (its|it is|thats|that is)? (decided|settled|final|done) $",
			"(said|says|say|saying) (my)? (goodbye|goodbyes|bye|byes|farewell) (to)? (everyone|everybody|the crew|the boys|the lads|the team|the guys|all of them) ... (not coming back|wont be back|will not be back|never coming back) (after)? (this|the|my)? (shift|swing|roster|job)? $",
			// Up on a height and jumping: "get up on the crane and jump".
			"(get|go|climb|going) (up)? (on|onto|to the top of) (the)? {height} (tonight|today|later|after work|after knock off)? and (jump|step off|let go)",
			// Following a dead child or spouse: "tonight I follow him".
			"^ (tonight|today|this evening) (i|im going to|i will|ill|im) (follow|following|join|joining|go after|going after) (him|her|them|{kin}|my {kin}) $",
			"(going to|gonna|i will|ill|im going to) (follow|join) (my|our)? {kin} (tonight|today|this evening)",
			"(died|killed himself|killed herself|passed|passed away|took his life|took her life|hung himself|hanged himself) ... ... (tonight|today) (i|ill|i will|im going to) (follow|join) (him|her)",
			// Letting go for ever: "tonight I let go, for good".
			"(tonight|today|this evening) (i|im going to|i will|ill|im) (let go|letting go) ... (for good|forever|for ever|once and for all|permanently)",
			// Tools sold, "where I'm going I won't need it".
			"(sold|selling|gave away|giving away|flogged|flogging) ... where (im|i am) going (i|ill)? (wont|will not|dont|do not|wouldnt) need (it|them|any of it|that|those|em) (anymore|any more)? $",
			// The woods named as where not to look.
			"(dont|do not|no need to|please dont) (come)? (look|looking|search|searching) for me (in|at|down by|by) the (woods|forest|bush|scrub|river|creek|dam|quarry|lake|pines)",
			// A cord tied up and sat with.
			"{cord} (is|are|s)? {tied} (in|at) the {shed} ... (sitting|sat|sit|waiting) (out here|in here|here|there)? with (it|them)",
			// A crash pictured and meant.
			"(picturing|imagining|thinking about|see myself) (steering|driving|swerving|veering|ploughing|plowing|going|running) (into|in front of|under) (the|a|an)? {post} ... ... ... (i reckon|i think|and i) (i)? (actually|really|just)? (will|might|am going to|could do it)",
			// A dead brother's gun here tonight.
			"(brother|dad|father|mate|son|cousin|uncle|pop|grandad) (did it|killed himself|shot himself|took his life|topped himself) ... ... ... (his|the) (shotty|shotgun|gun|rifle|pistol) (is)? (here|with me|in my lap|on the table) (tonight|now|right now)?",
			"(late|dead) (brothers|brother|dads|dad|fathers|mates|sons) (shotty|shotgun|gun|rifle|pistol) (is)? (here|with me|in my lap|on the table) (tonight|now|right now)",
			// Drunk since knock off with the gun safe open.
			"(on the piss|drinking|been drinking|pissed|smashed|hammered|on the grog|on the turps) ... ... ... (gun safe|gun safes|gun cabinet|gun cabinets|gun locker) (is|s)? (open|unlocked)",
		},
		benign: []string{
			// A farewell with its ordinary reason: "said goodbye to everyone
			// on site, it's my retirement do tomorrow".
			"(said|saying|say) (my)? (goodbye|goodbyes|bye|byes|farewell|farewells) (to)? (everyone|everybody|the crew|the boys|the lads|the team|the guys) ... ... ... (retirement|retiring|retire|retired|holidays|holiday|leave|new job|new site|moving|transfer|transferred|redundancy|end of contract|contract ends|back in|see you|bittersweet)",
			// Gone hunting with a brother's gun.
			"(going|off|out|went) (pig|deer|duck|roo|rabbit|goat)? (hunting|shooting) (at dawn|in the morning|tomorrow|this weekend)?",
			"cleaning the (rifles|guns|shotguns|rifle|gun|shotgun)",
			// Rope and guns put away for their work.
			"(tow rope|tow strap|washing line|clothes line|clothesline|skipping rope|climbing rope|rope for the trailer)",
			"(is|s|its|are)? (locked|locked up|locked away) (in|inside) the (gun safe|gun cabinet|gun locker)",
			"(in|inside) the (gun safe|gun cabinet|gun locker) (locked|locked up)",
			"(if you need it|if you want it|if you need them) for the (trailer|boat|ute|tent|move|job)",
		},
	}
	mendsS26ES = phraseSet{
		lang:  "es",
		words: s26WordsES,
		crisis: []string{
			"(me despedí|me despedi|me he despedido|ya me despedí|ya me despedi) de (todos|los compañeros|los compas|la cuadrilla|los muchachos) ... ... (no vuelvo|no voy a volver|no regreso|ya no estoy|mañana ya no estoy)",
			"mañana ya no estoy ... (está decidido|esta decidido|ya lo decidí|ya lo decidi) $",
			"(sin arnés|sin arnes) ... (no voy a bajar|no pienso bajar|no bajo|no me bajo)",
			"(arriba de|encima de|en lo alto de|subido a|subida a) {height} ... (no voy a bajar|no pienso bajar|no bajo) (por la escalera)? $",
			"(se mató|se mato|se suicidó|se suicido|murió|murio|falleció|fallecio|se colgó|se colgo) ... (esta noche|hoy) me (voy|iré|ire) con (él|el|ella)",
			"esta noche me (suelto|dejo ir) ... para siempre",
			"(vendí|vendi|regalé|regale|malvendí|malvendi) ... ... (adonde|a donde|donde) (voy|me voy) (ya)? no (me hace falta|la necesito|las necesito|lo necesito|los necesito|me sirve)",
			"(apagué|apague|apagado|se me apagó|se me apago) (el|mi) (celu|celular|teléfono|telefono|móvil|movil|cel) ... no me (busquen|busques) ... ... (no despierto|no despertar|no me despierto) (más|mas|nunca)",
			"no me (busquen|busques|buscan) (en|por) el (monte|bosque|cerro|río|rio|campo|cañón|canon)",
			"{cord} (ya está|ya esta|está|esta|quedó|quedo)? (atada|amarrada|colgada) ... (sentado|sentada) (aquí|aqui|ahí|ahi)? con ella",
			"(dejé|deje) {cord} (amarrada|atada|colgada) ... ... ... (avisarle a alguien|avisar a alguien|decírselo a alguien|decirselo a alguien)",
			"(me imagino|me veo|pienso en) (estrellando|estrellándome|estrellandome|chocando|metiendo) ... ... (poste|torre|pilar|puente|camión|camion|tráiler|trailer) ... ... (creo que|y) (lo voy a hacer|lo haré|lo hare|sí lo hago)",
			"(mi hermano|mi papá|mi papa|mi padre|mi hijo) se (mató|mato|suicidó|suicido) ... ... ... (tengo|traigo) su (escopeta|pistola|rifle|arma) (aquí|aqui|conmigo) (esta noche|ahora)?",
		},
		benign: []string{
			"(me despedí|me despedi|me he despedido) de (todos|los compañeros|los compas|la cuadrilla) ... ... ... (jubilo|jubilación|jubilacion|vacaciones|nuevo trabajo|me mudo|cambio de obra)",
			"(vamos|voy|ir|fuimos|hay|temporada de) (de)? (caza|cacería|caceria)",
			"(escopeta|rifle|carabina) ... ... ... (vamos de caza|ir de caza|a cazar|para ir a cazar)",
		},
	}
	mendsS26DE = phraseSet{
		lang:  "de",
		words: s26WordsDE,
		crisis: []string{
			// Swiss and standard: "morn bin i nümm da, das isch entschiede".
			"(morgen|morn|morge|ab morgen) (bin|bi) (ich|i) (nicht mehr|nümm|nümme|nüm|nimma|nimmer|nid meh|nöd meh) (da|do|hier) ... (entschieden|entschiede|beschlossen|beschlosse|fix) $",
			"(verabschiedet|adie gseit|adieu gesagt|tschüss gesagt|pfiat gsagt) ... (morgen|morn|morge) (bin|bi) (ich|i) (nicht mehr|nümm|nümme|nüm|nimma|nimmer) (da|do|hier)",
			// Bavarian farewell said as the whole line.
			"^ (pfiat eich|pfiat euch|pfiat di|servus) (es|des)? (woa|war|is gwesn) (schee|schön) mit (eich|euch|dir) $",
			// A last message with sorry, Bavarian: "des is mei letzte nachricht".
			"(des|das) (is|ist) (mei|meine) letzte (nachricht|nachrichtn) ... (tuat|tut) (ma|mir) leid",
			"^ (des|das) (is|ist) (mei|meine) letzte (nachricht|nachrichtn) $",
			// Up the crane and jump.
			"(steig|steige|kletter|klettere|geh) (ich|i) (auf|aufs|auf den|auf das) {height} (und|u) (spring|springe|spring i|spring ich)",
			"(vom|von dem|vom dach|von der) {height} (spring|springen|springe) (ich|i)",
			// Following a dead son tonight: "ich geh ihm heut nacht nach".
			"(geh|gehe|folge|folg) (ich|i)? (ihm|ihr|meinem sohn|meiner tochter|meiner frau|meinem mann) (heut nacht|heute nacht|heute|heut|heut znacht|hüt znacht) (nach)?",
			"(heut nacht|heute nacht|heute|hüt znacht) (geh|gehe|folge|folg) (ich|i) (ihm|ihr|meinem sohn|meiner tochter|meiner frau|meinem mann) (nach)?",
			// Letting go for ever: "heut nacht lass ich los, für immer".
			"(letzten|letzte) schicht ... ... (der termin steht|ist es so weit|isch es so wiit)",
			"(heut nacht|heute nacht|heute|heut|hüt znacht|hüt) (lass|lasse|loss) (ich|i) los ... (für immer|für immer und ewig|endgültig|für ewig)",
			// Tools sold for where one is going.
			"(verkauft|verschenkt|verkaufe|verschenke) ... ... (wo|wohin) (ich|i) (hingeh|hingehe|hin geh|hin gehe|geh|gehe|gang) (brauch|brauche|bruch) (ich|i) (den|die|das|ihn|es|ihn)? (nicht mehr|nimmer|nümm|nicht)",
			// Not looking in the woods.
			"(sucht|suchts|sucht's|such|suchen sie) (mich|mi) (nicht|net|nöd|nid) (im|in dem) (wald|forst|tobel)",
			// A cord hung in the shed, sat with.
			"{cord} (hängt|hangt|ist|is) (schon)? (im|in der|in dem) (schuppen|garage|werkstatt|scheune|schopf|container) ... (sitz|sitze|hock|hocke) (ich)? (jetzt)? (hier|da)? (draußen|draussen|drin)? (damit|dabei|daneben)",
			// A lorry waiting for the oncoming traffic.
			"(wart|warte|warten) (auf)? (den)? (richtigen|passenden) (moment|augenblick) (für den|für|in den) gegenverkehr",
			"(stell|stelle) mir (dauernd|immer|ständig)? vor wie ich ... (in den|gegen den|in die|gegen die) (pfeiler|brückenpfeiler|strommast|mast|baum|gegenverkehr|leitplanke|wand|lkw) ... (ich glaub|glaub|und ich) (ich)? (machs|mach es|mach's|mach das|tus|tu es|tu's)",
			// A grandfather's gun out and loaded: "is gladen".
			"{gun} (vom|von meinem|von) {kin} ... ... ... (geladen|gladen|glade|gladn|scharf)",
			"(i|ich)? (hob|hab|habe) (des|das|dem|s) {gun} ... ... ... (ist|is|isch)? (es)? (geladen|gladen|glade|gladn)",
			// Swiss: "i mag nümm läbe. ha alles parat glegt für hüt znacht".
			"(ich|i) (mag|mog) (eifach|einfach|nur)? (nüm|nümm|nümme|nüme|nümmer|nid meh|nit meh|nöd meh|nimma|nimmer|nicht mehr) (läbe|lebe|leben|lebn)",
			"(ha|hab|habe|i ha|ich ha) alles (parat|bereit|vorbereitet|parat glegt|bereitgelegt|zrechtglegt) (glegt|gelegt)? für (hüt znacht|hüt z'nacht|heut nacht|heute nacht)",
		},
		benign: []string{
			"(verabschiedet|adie gseit) ... (rente|ruhestand|pension|urlaub|ferie|ferien|neue stelle|umzug|pensioniert)",
			"(nicht|net|nöd|nid|ned) (geladen|gladen|glade|gladn)",
			"(zum putzen|zum reinigen|für die jagd|auf die jagd|zur jagd|zum schießstand|zum schiessstand|zum schützenfest)",
		},
	}
	mendsS26FR = phraseSet{
		lang:  "fr",
		words: s26WordsFR,
		crisis: []string{
			"(au revoir|adieu|salut) à (tout le monde|toute l'équipe|tous|la gang|les gars) ... demain je (suis|serai) (plus|pas|pu) là",
			"demain je (suis|serai) (plus|pu) là ... (c'est décidé|c'est decide|c'est réglé|c'est regle|c'est fait) $",
			"(sans harnais) ... (je redescends pas|je redescendrai pas|je vais pas redescendre|je ne redescendrai pas|je descends pas)",
			"(monté|montée|monte|suis) (sur|en haut de) {height} ... (je vais pas|je ne vais pas|j'vais pas) redescendre",
			"(suicidé|suicidée|tué|tuée|mort|morte|décédé|décédée|pendu|pendue) ... ... ce soir je (vais le retrouver|vais la retrouver|le rejoins|la rejoins|vais le rejoindre|vais la rejoindre|le suis|la suis)",
			"ce soir je (lâche prise|lache prise|me laisse aller|laisse aller) ... (pour toujours|pour de bon|à jamais|a jamais|définitivement|definitivement)",
			"(vendu|donné|donne|laissé) ... ... ... là où je (m'en vais|vais|pars) (j'en ai|j'en aurai|je n'en aurai|j'en aurais) (pas|plus)? besoin",
			"(cherchez|cherche|cherchez-moi|me cherchez) (moi)? (pas|plus) (dans le|dans la|au) (bois|forêt|foret|lac|rivière|riviere)",
			"{cord} est (attachée|attachee|accrochée|accrochee|pendue|installée) (dans|au|à) (le|la)? (cabanon|garage|grange|atelier|remise|shed) ... (je suis|suis) (assis|assise) (là|la|ici)? avec",
			"(je m'imagine|j'imagine|je me vois) (foncer|rentrer|me jeter|me planter) (dans|contre|sous) ... (pylône|pylone|pilier|poteau|mur|camion|pont) ... ... (je pense que|et) (je vais le faire|je le ferai|je vais le faire pour vrai)",
			"(frère|père|pere|fils|chum) s'est (tué|tue|suicidé|suicide) ... ... ... (j'ai|jai) son (fusil|arme|gun|pistolet|carabine) (ici|avec moi)",
		},
		benign: []string{
			"(au revoir|adieu) à (tout le monde|toute l'équipe|tous|la gang) ... (retraite|vacances|nouvelle job|nouveau chantier|déménage|demenage)",
			"(fusil|carabine|arme|gun) ... ... ... (à la chasse|a la chasse|aller chasser|au tir)",
		},
	}
)

// mendsS26Drift hold rows of the corpus that retraining on set 26 moved:
// crisis rows the learnt screen had carried alone and let fall (a place
// and a time while the partner is away, "tonight's the night I've picked",
// a car driven into the lake after work, a rope bought and in the garage, a
// strange calm once decided, "tonight I won't stop myself"), and ordinary
// rows it lifted (the rain, a car not needed on holiday, a parents'
// anniversary when the building site ends).
var mendsS26Drift = []phraseSet{{
	lang:  "en",
	words: s26WordsEN,
	crisis: []string{
		"^ (the)? (garage|shed|bridge|river|quarry|car|cliffs|woods) ... ... (while|when|once) (shes|hes|she is|he is|my wife is|my husband is|the missus is|my partner is) (at|away|out|gone|at work)",
		"(tonights|tonight is|todays|today is) the (night|day) (ive|i have|i) (picked|chosen|chose) (so|and|$)",
		"tonight (i|ill) (wont|will not|am not going to|im not going to) stop myself",
	},
	review: []string{
		"^ (goodbye|bye|farewell) aftercare $",
		"^ (this weekend|tonight|tomorrow|this week|on {weekday}) it (all)? ends $",
		"part of me (wants|wanted) to stay (there|dead|in the k hole|in the khole) (forever|for ever)",
	},
	benign: []string{
		"(sick of|tired of|fed up with|over) the (rain|weather|cold|heat|snow|wind|mud)",
		// "i am enough", an integration word, not a last straw.
		"(as in|like|that) (i am|im|i'm) enough",
		"(the|my) dog (wont|will not|doesnt|does not) (even)? (go|want to go|come) (outside|out) (anymore|any more)?",
		// A pet that got into the poison (TestMeansS24's twin, lifted by
		// the retraining).
		"(the|our|my) (dog|cat|pup|puppy|kitten) (drank|ate|got into|licked|swallowed) (some|the|a bit of)? {poison}",
		"(the)? (vet|vets) (says|said|thinks|reckons) (hell|shell|he will|she will|its|it will)? (be)? (ok|okay|fine|alright)",
	},
}, {
	lang:  "es",
	words: s26WordsES,
	review: []string{
		"^ (esta noche|hoy) (after midnight|después de medianoche|despues de medianoche|a medianoche|a la medianoche) $",
		"^ la carta (está|esta) en (la nevera|el refri|el refrigerador|la mesa|el cajón|el cajon|la cocina) $",
		"(algún|algun) (número|numero) ... ... (llamar) si (una|uno|me)? (se)? (siente|siento) mal",
	},
}, {
	lang:  "de",
	words: s26WordsDE,
	crisis: []string{
		"(fahr|fahre) (ich|i)? (mit dem|mitm|mim|mit meinem|mit meim) (auto|wagen|lkw|karre|laster) (in den|in die|ins) (see|fluss|wasser|meer|kanal|rhein|baggersee|stausee|weiher)",
	},
	review: []string{
		"wasser (steht mir)? bis zum hals (grad|gerade|jetzt)",
	},
	benign: []string{
		"(hochzeitstag|jahrestag) von (meinen|unseren|den) eltern",
		"schluss mit der (baustelle|arbeit|schicht|firma|maloche)",
		"(brauch|brauche|brauchen) (ich|wir)? ... ... (nicht mehr|nimmer) ... ... (im urlaub|in den ferien|in rente|in pension|umgezogen)",
	},
}, {
	lang:  "fr",
	words: s26WordsFR,
	crisis: []string{
		"je le (ferai|fais) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|cette nuit) pendant que (ma femme|mon mari|ma blonde|mon chum|ma conjointe|mon conjoint|les enfants) (est|sera|sont|seront) (au travail|absente|absent|partie|parti|à l'école|a l'ecole)",
		"(bizarre|étrange|etrange|fou) comme on est (calme|serein|sereine|apaisé|apaisée) quand on a (décidé|decide|pris sa décision) $",
		"(acheté|achete) une corde (aujourd'hui|ce matin|tantôt|hier)? ... (elle est|est) (dans|au) (le|la)? (garage|cabanon|grange|remise|voiture|char|coffre)",
		"peur de lui faire (quelque chose|du mal|mal) ... (je suis|suis) (seule|seul) avec (lui|elle)",
	},
	benign: []string{
		"(corde à linge|corde a linge|corde à sauter|corde a sauter|corde d'escalade|corde de rappel)",
		// Calm once one has decided to move house: a life choice.
		"(décidé|decide|décider) de (déménager|demenager|changer de (job|travail|boulot|ville)|vendre la maison|acheter|reprendre les études|reprendre les etudes)",
		"(corde|câble|sangle) (pour|afin d') (attacher|tirer|remorquer) (la|le|les)? (remorque|bateau|chargement|bâche|bache|tente)",
		"(dans le garage|au garage|dans le cabanon) avec (les|mes) (outils|vélos|velos|pneus)",
		"(fusil|carabine) ... ... ... (pour la chasse|à la chasse|a la chasse)",
		// A thing given away that a new one replaces: "j'en aurai plus besoin
		// avec le téléphone".
		"(j'en aurai|j'en ai|je n'en aurai|je n'en ai) (plus|pas) besoin (avec|depuis|grâce à|grace a) (le|la|les|mon|ma|mes|un|une|que)",
	},
}}

// mendSignalsS26 read across the sentences of a line. A bare time after
// the last shift, then "the date is set"; up on a roof or a crane with no
// harness, then "not climbing back down"; a cord tied up in the shed, then
// "sitting here with it"; tools sold, then "where I'm going I won't need
// it"; a son's suicide, then "tonight I go with him". The strong one alone
// is Review; with its place or its time, Crisis.
var mendSignalsS26 = []signalSet{{
	lang:  "en",
	words: s26WordsEN,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (the|my)? {cord} (is|s)? {tied} (in|at) the {shed} $",
		},
		sigFinal: {
			"^ ... ... (after|once) (my|the) (last|final) (shift|swing|roster) $",
		},
		sigIntent: {
			"^ (and)? (im|i am|i will|ill|im going to)? not (climbing|coming|going) (back)? down (the ladder|the stairs)? (again|this time)? $",
			"^ where (im|i am) going (i|ill)? (wont|will not|dont|do not) need (it|them|any of it|that|those|em) (anymore|any more)? $",
		},
		sigCue: {
			"^ (the)? (date|day) (is|s)? (set|booked|locked in|fixed) $",
			"(up on|on top of|on|top of) (the)? {height}",
			"(no|without a|without the|without) harness",
			"^ (just)? (sitting|sat) (out here|in here|here|there)? with (it|them) (now)? $",
			"(sold|flogged|gave away) (my|the)? ... {toolbox}",
		},
	},
}, {
	lang:  "es",
	words: s26WordsES,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ {cord} (ya)? (está|esta|quedó|quedo)? (atada|amarrada|colgada) (en|dentro de) (el|la) (cobertizo|garaje|bodega|galpón|galpon|taller|granero) (de la obra)? $",
		},
		sigFinal: {
			"^ ... ... (después de|despues de|tras) (mi|el) (último|ultimo) turno $",
		},
		sigIntent: {
			"^ (y)? no (voy a|pienso)? (bajar|bajarme) (por la escalera)? $",
			"^ esta noche me voy con (él|el|ella) $",
			"^ (y)? no es por (un|ningún|ningun) viaje $",
			// "mi última noche. adiós" (a corpus row the retraining let fall).
			"^ (es)? mi (última|ultima) noche $",
			"^ (y)? (adonde|a donde) (voy|me voy) (ya)? no (me hace falta|me hacen falta|la necesito|las necesito|lo necesito|los necesito) $",
		},
		sigCue: {
			"^ (la fecha|el día|el dia) (ya)? (está|esta) (puesta|fijada|decidida)? $",
			"^ (y)? (estoy)? (sentado|sentada) (aquí|aqui|ahí|ahi) con ella $",
			"^ (adiós|adios) $",
			// A dog given away "for a trip", then "it isn't for a trip".
			"(regalé|regale|he regalado|le di|le dejé|le deje) (el|mi|la|a mi)? (perro|perra|gato|gata|perrito|gatito|mascota) ... ... ... (por un viaje)",
			"(sin arnés|sin arnes)",
			"(arriba de|encima de|subido a|subida a|en lo alto de|subido al|subida al|arriba del|encima del) (la|el)? (grúa|grua|tejado|azotea|andamio|torre|techo)",
			"(vendí|vendi|regalé|regale) ... (herramientas|caja de herramientas|la caja|el equipo)",
		},
	},
}, {
	lang:  "de",
	words: s26WordsDE,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (das|der|mein|s)? {cord} (hängt|hangt|ist|is) (schon)? (im|in der|in dem) (schuppen|garage|werkstatt|scheune|schopf|container) $",
		},
		sigFinal: {
			"^ ... ... (nach der|nach meiner) letzten schicht $",
			// Told the emergency room one was fine and was let go.
			"(notaufnahme|klinik|psychiatrie|ambulanz) ... (gesagt|erzählt|erzählt) (mir|dass es mir) (gehts|geht's|geht es|gehe es) gut ... ... (gehen lassen|entlassen|heimgeschickt)",
		},
		sigIntent: {
			"^ (und)? (ich|i) (steig|steige|geh|gehe|gang|gah|kletter|klettere|chume|komm|komme) (nicht mehr|nimmer|nimma|nümm|nümme|nicht) (runter|hinunter|abe|obe|abi|owi) $",
			"^ ab morgen (brauch|brauche) (ich|i) (dich|euch|di) (nicht mehr|nimmer|nümm|nimma) $",
			"^ wo (ich|i) (hingeh|hingehe|hin geh|hin gehe|higang) (brauch|brauche|bruch) (ich|i) (den|die|das|ihn|es)? (nicht mehr|nimmer|nümm) $",
		},
		sigCue: {
			"^ (der|mein) termin steht $",
			"^ danke (dass|das) (du|ihr) ... ... (da warst|da wart|für mich da warst)",
			"^ (heut nacht|heute nacht|heut abend|heute abend) dann $",
			"(ohne gurt|ohne sicherung|ohne geschirr|ohne gschirr|ohni gurt|ohni sicherig)",
			"(auf dem|aufm|uf em|uf de|oben auf dem) {height}",
			"^ (ich)? (sitz|sitze|hock|hocke) (ich)? (jetzt)? (hier|da)? (draußen|draussen|drin)? (damit|dabei|daneben) $",
			"werkzeugkoffer verkauft",
		},
	},
}, {
	lang:  "fr",
	words: s26WordsFR,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ {cord} est (attachée|attachee|accrochée|accrochee|pendue|installée) (dans|au|à) (le|la)? (cabanon|garage|grange|atelier|remise|shed) $",
		},
		sigFinal: {
			"^ ... ... après (mon|le|ma) (dernier quart|dernière shift|derniere shift|dernier shift|dernière journée|derniere journee) $",
		},
		sigIntent: {
			"^ (et)? je (vais|ne vais)? (pas|plus) (redescendre|redescends) (par l'échelle|par l'echelle)? $",
			"^ (et)? je (redescends|redescendrai|descends) (pas|plus) (par l'échelle|par l'echelle)? $",
			"^ ce soir je (vais le retrouver|vais la retrouver|le rejoins|la rejoins) $",
			"là où je (m'en vais|vais|pars|m'en vas) (j'en ai|j'en aurai|j'en aurais|je n'en aurai) (pas|plus)? besoin (pantoute)? $",
		},
		sigCue: {
			"^ (la date|le jour) est (fixée|fixee|choisie|décidée|decidee|réglée) $",
			"(monté|montée|monte) sur {height}",
			"sans harnais",
			"^ (je suis|suis) (assis|assise) (là|la|ici)? avec $",
			"(vendu|donné|donne) (mon|ma|mes) ... (coffre|outils|coffre à outils|kit|stock|char|truck)",
		},
	},
}}
