package risk

// Self-harm going on now was missed by four fresh writers in a row (sets
// 25, 29, 31, 32), each time in new words, after rounds s25-learn and
// s29-learn had listed the words of the ones before. So round s31-learn
// writes it as a kind: an act of self-harm by the writer (burning,
// cutting, scratching, hitting oneself; with a lighter, a cigarette, a
// blade, a razor, glass) and a marker that it is going on now or will go
// on (now, "right now", "just now", "again and again", "can't stop",
// "want to keep going", "I'm on the fifth", "grad dabei", "ahorita",
// "sigo", "là maintenant", "j'en suis à la cinquième"), built from the
// word classes below so that every act meets every marker. An act told in
// the past with no marker ("burned myself with a cigarette last week", "me
// cortaba") stays where it was (Review), since a past marker near a crisis
// phrase makes it Review; an urge resisted ("wanted to but held ice
// instead") is held, so Review. An act needs a tool or a body part other
// than the hands (a burn from the iron while ironing, a cut while
// chopping, a cigarette dropped on the sofa are everyday), and a past act
// needs the tool ("with", not "on").
//
// Fresh set 31 (prisons and probation, and a gambling-addiction writer)
// also showed kinds held at Review or None: potassium chloride taken from
// the ward with a time; a noose of shoelaces or sheets and "N more years I
// won't serve"; "I won't go back in alive" before a return to prison; a
// stabbing promised in the yard tonight; one's clothes given to friends
// and "today is the last day"; "I'll be dead before she wakes up" after a
// loss; a roof and "the building has 9 floors"; walking to the river
// unable to swim "and so much the better"; feet over the void on a roof;
// a last check-in with thanks for what helped. Their everyday twins are in
// testdata/train/targeted-s31-learn.tsv.

var (
	s31WordsEN = withWords(englishMore.words, map[string]string{
		// Verbs of self-harm going on, and done.
		"shprog": "(burning|cutting|slicing|carving|scratching|stabbing|branding|scraping)",
		"shself": "(hitting|punching|harming|hurting|bashing|slapping)",
		"shdone": "(burned|burnt|cut|sliced|carved|scratched|stabbed|branded)",
		"shbody": "(arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly|hip|hips|chest|forearm|forearms|ankle|ankles|shoulder|shoulders|upper arm)",
		"shtool": "(a|the|my|some|this|that)? (lighter|cigarette|cig|cigs|cigarettes|ciggy|iron|blade|blades|razor|razors|razor blade|sharpener blade|glass|broken glass|shard|piece of glass|knife|compass|scissors|hot spoon|match|matches|lit match|straighteners|curling iron|boxcutter|box cutter|stanley knife)",
		"shnow":  "(now|right now|rn|atm|at the moment|as we speak|as i type|as i write|as i write this|currently|in this moment|again and again|over and over|and (i)? (can't|cannot|cant) stop|(i)? (can't|cannot) stop|(it)? (wont|won't) stop|(and)? (i)? (want|wanna|need|have|got|am going|im going|will|ill|i'll|gonna) to? (keep going|continue|carry on|go on|do more|do another|do it again|keep doing it|keep at it|keep cutting|keep burning|not stop)|(and)? (im|i am|i'm)? on (the|my) (second|third|fourth|fifth|sixth|seventh|eighth|tenth|#|# th|# rd|# nd) (one|burn|cut)?|still going|still at it)",
		"shpre":  "(right now|rn|atm|at the moment|as we speak|as i type|currently|mid)",
		// Tools that are not in a kitchen: an act just done with a knife or
		// glass is too often a cooking accident.
		"shtool2": "(a|the|my|some|this|that)? (lighter|cigarette|cig|cigs|cigarettes|ciggy|blade|blades|razor|razors|razor blade|sharpener blade|compass|boxcutter|box cutter|stanley knife|lit match)",
	})
	s31WordsES = withWords(spanishMore.words, map[string]string{
		"shger":   "(cortandome|quemandome|rajandome|arañandome|rasguñandome|golpeandome|lastimandome|marcandome|lacerandome)",
		"shprog":  "(cortando|quemando|rajando|arañando|rasguñando|golpeando|lastimando|marcando)",
		"shpres":  "(corto|quemo|rajo|araño|rasguño|golpeo|lastimo|marco)",
		"shinf":   "(cortar|quemar|rajar|arañar|rasguñar|golpear|lastimar|marcar)",
		"shdone":  "(corte|queme|raje|arañe|rasguñe|golpee|lastime|marque|he cortado|he quemado|he rajado|he arañado)",
		"shbody":  "(el brazo|los brazos|la muñeca|las muñecas|la pierna|las piernas|el muslo|los muslos|la piel|la panza|la tripa|la barriga|el abdomen|el pecho|el antebrazo|los antebrazos|la cadera|el tobillo)",
		"shtool":  "con (el|un|la|una|mi|los|las|unos|unas)? (encendedor|mechero|cigarro|cigarros|cigarrillo|cigarrillos|cuchilla|cuchillas|navaja|navajas|hoja|hojas|gillette|vidrio|vidrios|cristal|cristales|cuchillo|tijeras|plancha|cerillo|cerillos|cerilla|cerillas|cutter|sacapuntas|compás|compas)",
		"shtool2": "con (el|un|la|una|mi|los|las|unos|unas)? (encendedor|mechero|cigarro|cigarros|cigarrillo|cigarrillos|cuchilla|cuchillas|navaja|navajas|gillette|cutter|sacapuntas|compás|compas)",
		"shnow":   "(ahora|ahora mismo|ahorita|en este momento|mientras te escribo|mientras escribo|(y)? sigo|(y)? no (puedo|logro) parar|(y)? no paro|(y)? (quiero|voy a|pienso) seguir|(y)? quiero más|una y otra vez|(ya)? (van|llevo) (dos|tres|cuatro|cinco|seis|siete|#)|(ya)? voy por (la|el)? (segunda|segundo|tercera|tercero|cuarta|cuarto|quinta|quinto|sexta|sexto|#))",
	})
	s31WordsDE = withWords(germanMore.words, map[string]string{
		"shpres":  "(ritze|ritz|schneide|schneid|verbrenne|verbrenn|kratze|kratz|schlage|schlag|verletze|verletz|brenne|brenn)",
		"shinf":   "(ritzen|schneiden|verbrennen|kratzen|schlagen|verletzen|brennen|aufschneiden|aufkratzen)",
		"shdone":  "(geritzt|geschnitten|verbrannt|gekratzt|aufgekratzt|aufgeschnitten|gebrannt)",
		"shtool":  "mit (der|dem|einer|einem|meiner|meinem|nem|ner)? (klinge|rasierklinge|feuerzeug|zigarette|kippe|scherbe|glasscherbe|cutter|teppichmesser|messer|bügeleisen|glätteisen|streichholz|zirkel|rasierer)",
		"shtool2": "mit (der|dem|einer|einem|meiner|meinem|nem|ner)? (klinge|rasierklinge|feuerzeug|zigarette|kippe|cutter|teppichmesser|streichholz|zirkel)",
		"shnow":   "(grad|gerade|grade|jetzt|jetzt gerade|eben|in diesem moment|im moment|immer wieder|(und)? (ich)? (kann|könnte) (nicht|nich|net) (mehr)? aufhören|(und)? (ich)? (will|möchte|werde|muss) (weiter|weitermachen|weiter machen)|(und)? (ich)? (mach|mache) weiter|(und)? (ich)? (hör|höre) nicht auf|(ist|bin bei)? (schon)? (die|der|bei der) (zweite|dritte|vierte|fünfte|sechste|zweiten|dritten|vierten|fünften|sechsten))",
	})
	s31WordsFR = withWords(frenchMore.words, map[string]string{
		"shpres":  "(coupe|brûle|brule|scarifie|taillade|griffe|frappe|mutile|lacère|lacere|entaille|crame)",
		"shinf":   "(couper|brûler|bruler|scarifier|taillader|griffer|frapper|mutiler|lacérer|lacerer|entailler|cramer)",
		"shdone":  "(coupé|coupée|brûlé|brûlée|brule|brulee|scarifié|scarifiée|tailladé|tailladée|griffé|griffée|entaillé|entaillée|mutilé|mutilée)",
		"shbody":  "(le bras|les bras|le poignet|les poignets|la jambe|les jambes|la cuisse|les cuisses|la peau|le ventre|l'avant-bras|les avant-bras|la hanche|les hanches|la cheville|l'épaule)",
		"shtool":  "(avec|au|à la|à l') (le|la|un|une|mon|ma|des|les|l')? (briquet|cigarette|cigarettes|clope|clopes|lame|lames|rasoir|lame de rasoir|cutter|verre|bout de verre|éclat de verre|couteau|fer|fer à repasser|allumette|allumettes|compas|ciseaux|lisseur)",
		"shtool2": "(avec|au|à la|à l') (le|la|un|une|mon|ma|des|les|l')? (briquet|cigarette|cigarettes|clope|clopes|lame|lames|rasoir|lame de rasoir|cutter|allumette|allumettes|compas)",
		"shnow":   "(maintenant|là maintenant|là|en ce moment|à l'instant|encore et encore|(et)? (j'arrive|je n'arrive) pas à (m'arrêter|arrêter)|(et)? je (peux|n'arrive) pas (m'arrêter|arrêter)|(et)? je m'arrête pas|(et)? j'arrête pas|(et)? je continue|(et)? je vais continuer|(et)? (j'ai)? envie de continuer|(et)? je veux continuer|(et)? j'en suis à (la|le)? (deuxième|troisième|quatrième|cinquième|sixième|septième|#))",
	})
)

var mendsS31Learn = [4]phraseSet{
	{
		lang:  "en",
		words: s31WordsEN,
		crisis: []string{
			// Self-harm going on: an act, with a tool or a body part, and a
			// marker of now or of more to come, in either order.
			"(im|i am|i'm|been|keep|keeps|kept|still)? (cutting|slicing|carving|stabbing) (myself|my {shbody}) ((with|using) {shtool})? ... {shnow}",
			"(im|i am|i'm|been|keep|keeps|kept|still)? (burning|branding|scratching|scraping) (my {shbody} ((with|using) {shtool})?|myself (with|using) {shtool}) ... {shnow}",
			"(scratching|scratched|clawing) (myself|my {shbody}) (till|until|so hard) ... (bleed|bleeds|bleeding|blood|raw) ... {shnow}",
			"(im|i am|i'm|been|keep|kept|still)? {shself} myself ((with|using) {shtool})? ... {shnow}",
			"(im|i am|i'm|been|keep|kept|still)? (putting|stubbing|pressing|holding) (a|the|my)? (cigarette|cig|cigarettes|lighter|iron|hot spoon|blade|razor) (out)? (on|to|into|against) my {shbody} ... {shnow}",
			"{shdone} my {shbody} (again)? (with|using) {shtool} ... {shnow}",
			"{shdone} myself (again)? (with|using) {shtool2} ... {shnow}",
			"i (burn|cut|slice|carve) (myself|my {shbody}) (with|using) {shtool} ... {shnow}",
			"{shpre} (im|i am|i'm)? (still)? (cutting|slicing|carving) (myself|my {shbody})",
			"{shpre} (im|i am|i'm)? (still)? {shprog} my {shbody}",
			"{shpre} (im|i am|i'm)? (still)? {shprog} myself (with|using) {shtool}",
			"mid (burn|cut|cutting|burning) ... (with|using) {shtool}",
			"mid (burn|cut|cutting|burning) ... {shnow}",
			"(im|i am|i'm) on (the|my) (second|third|fourth|fifth|sixth|seventh|eighth|tenth|#) (cigarette|lighter)? (burn|cut) (on my {shbody})?",
			"(written|wrote|left) (the|my|all the|all my) (letters|notes|goodbye letters) ... ... this is my last (session|one|check in|message)",
			// Back to prison: "I won't go back in alive".
			"(i won't|i will not|i'm not|im not|not) (go|going|walk|walking) back (in|inside|to prison|to jail|to the nick|there) alive",
			// A stabbing promised for tonight.
			"(they're|they are|theyre|they'll|they will|gonna|going to|they said they'd|they said they will|they want to) (stab|shank|knife|cut) me (in the yard|on the landing|in the shower|in the showers)? (tonight|tomorrow|today|at exercise)",
			// Dead before she wakes up.
			"(i'll|i will|ill) be dead (before|by the time) (she|he|they|my wife|my husband|the kids|my partner|everyone|anyone) (wakes|wake|gets|get) up",
			// "Can't swim, and so much the better."
			"(can't|cannot|can not|cant) swim (and)? (so much the better|all the better|good|even better|thank god|perfect)",
		},
		held: []string{
			// An urge resisted, said without "I": "held ice instead".
			"(wanted to|want to|had the urge to|urge to|felt like|was going to) (burn|cut|hurt|harm|scratch|hit) myself ... (but)? (i)? (held|grabbed|took|used|snapped|squeezed|put on|had) (the|an|a|my|some)? (ice|ice cube|ice cubes|rubber band|elastic|band) (instead)?",
		},
		benign: []string{
			// Drift of the retraining: a drill on a roof, letters and a last
			// session (a corpus crisis row that fell).
			"(up)? on the (roof|rooftop) (of the (hospital|building|block))? (for|during) the (helicopter|fire|evacuation|emergency) (drill|exercise|training)",
			// Cutting oneself off, or some slack.
			"(cut|cutting|cuts) (myself|me) (off|some slack|slack)",
			// Clean for a while now: the past told.
			"(days|weeks|months|years) (clean|free|without) (now|right now|as of now|today)",
			"(while|when) (ironing|cooking|chopping|cutting (onions|veg|vegetables|bread|meat)|shaving|baking|frying)",
		},
	},
	{
		lang:  "es",
		words: s31WordsES,
		crisis: []string{
			"(me estoy|me sigo|estoy|sigo|ando)? (cortandome|rajandome|lastimandome) {shbody}? {shtool}? ... {shnow}",
			"(me estoy|me sigo|estoy|sigo|ando)? {shger} ({shbody} {shtool}?|{shtool}) ... {shnow}",
			"(me estoy|me sigo|estoy|sigo) {shprog} ({shbody} {shtool}?|{shtool}) ... {shnow}",
			"(me estoy|me sigo) (cortando|rajando|lastimando) (otra vez)? {shnow}",
			"(sigo|me sigo|estoy|me estoy) {shger} {shbody}? {shtool}",
			"me (sigo|estoy) {shprog} {shbody}? {shtool}",
			"me {shpres} ({shbody} {shtool}?|{shtool}) ... {shnow}",
			"me {shdone} {shbody} (otra vez)? {shtool} ... {shnow}",
			"me {shdone} (otra vez)? {shtool2} ... {shnow}",
			"me acabo de {shinf} (otra vez)? {shbody}? {shtool2}",
			"me acabo de (cortar|quemar|rajar|marcar) (otra vez)? {shbody} {shtool}?",
			"(ahora mismo|ahorita|en este momento|mientras te escribo) (me estoy|estoy|sigo)? ({shger}|{shprog}) ({shbody}|{shtool})",
			"(ahora mismo|ahorita|en este momento|mientras te escribo) (me estoy cortando|me estoy rajando|estoy cortandome|estoy rajandome|sigo cortandome)",
			"no (vuelvo|voy a volver|regreso|voy a regresar|entro) (a entrar|al penal|a la cárcel|a la carcel|al bote|a la peni|ahí|alli|allá|adentro)? (vivo|viva|con vida)",
			"(me van a|me quieren|van a|dicen que me van a|dijeron que me van a)? (picar|pinchar|apuñalar|filerear|acuchillar|matar) (en el patio|en las regaderas|en las duchas)? (esta noche|hoy|mañana)",
			"me (pican|pinchan|apuñalan|filerean|matan) (en el patio|en las regaderas|en las duchas)? (esta noche|hoy|mañana)",
			"(esta noche|hoy|mañana) me (pican|pinchan|apuñalan|filerean|van a picar|van a apuñalar) (en el patio|en las regaderas|en las duchas)?",
			"(voy a estar|estaré|estare) (muerto|muerta) antes de que (ella|él|el|mi mujer|mi esposa|mi marido|mi esposo|los niños|todos)? (se)? (despierte|despierten|levante|levanten)",
			"no (sé|se) nadar (y)? (mejor|tanto mejor|mucho mejor|mejor así|mejor asi|perfecto)",
		},
		held: []string{
			"(quería|queria|quise|tuve ganas de|me dieron ganas de) (cortarme|quemarme|lastimarme|hacerme daño|rasguñarme|golpearme) ... (pero)? (agarré|agarre|tomé|tome|cogí|cogi|me puse|usé|use|sostuve|apreté|apreté) (el|la|un|una|mi|unos)? (hielo|hielos|cubito|cubitos|liga|goma) (en su lugar|mejor)?",
		},
		benign: []string{
			"(mientras|cuando) (planchaba|cocinaba|cortaba (cebolla|pan|verdura|carne)|picaba|me afeitaba|freía|freia|horneaba)",
			"(planchando|cocinando|picando|afeitándome|afeitandome|friendo|horneando) (la|el|una|un)? (camisa|ropa|cebolla|verdura|pan|carne|pollo)?",
		},
	},
	{
		lang:  "de",
		words: s31WordsDE,
		crisis: []string{
			"(ich)? {shpres} mich (grad|gerade|grade|jetzt|eben|in diesem moment|schon wieder)",
			"(ich)? {shpres} mich ... {shtool} ... ... {shnow}",
			"(ich)? (ritze|ritz) mich ... ... {shnow}",
			"(grad|gerade|grade|jetzt) (ritze|ritz|verbrenne|verbrenn) ich mich",
			"(bin|ich bin) ... dabei mich ... ... zu {shinf}",
			"(hab|habe|ich hab|ich habe) mich (eben|grad|gerade|grade|jetzt) (schon)? (wieder)? {shtool2} ... {shdone}",
			"(hab|habe|ich hab|ich habe) mich (eben|grad|gerade|grade|jetzt) (schon)? (wieder)? ... ... geritzt",
			"(hab|habe|ich hab|ich habe) mich ... ... {shdone} ... (und)? (ich)? (will|möchte|werde|muss|mach|mache|kann nicht|kann nich|kann net) (weiter|weitermachen|aufhören|mehr)",
			"(geh|gehe|komm|komme) (da|dort|in den knast|ins gefängnis|in den bau)? (nicht|nich|net) lebend (wieder)? (rein|hinein|zurück)",
			"(wollen|werden|wolln) mich (heute nacht|heute abend|heute|morgen) (im hof|beim hofgang|in der dusche)? (abstechen|abstechen|umbringen|aufschlitzen)",
			"(bin ich|werde ich|ich bin) tot (bevor|ehe) (sie|er|meine frau|mein mann|die kinder|alle) (aufwacht|aufwachen|aufsteht|aufstehen)",
			"(kann|ich kann) (nicht|nich|net) schwimmen (und)? (umso besser|um so besser|gut so|besser so|perfekt)",
		},
		review: []string{
			// Drift of the retraining: hopelessness said plainly.
			"^ alles (ist|fühlt sich)? (so)? sinnlos",
		},
		held: []string{
			"(wollte|wollt) (ich)? mich (verbrennen|schneiden|ritzen|verletzen) ... (hab|habe)? (aber)? (stattdessen)? (den|einen|die|eis|eiswürfel|gummiband)",
		},
		benign: []string{
			// Drift of the retraining: a headache tablet, a bridge run.
			"eine (kopfschmerztablette|ibuprofen|aspirin|paracetamol) genommen",
			"(brückenlauf|bruckenlauf|brückenlauf) (in|mitgemacht)?",
			// No longer: "ich ritze mich jetzt nicht mehr".
			"(ritze|ritz|verbrenne|verbrenn|verletze|verletz|schneide|schneid) mich (jetzt|grad|gerade|eben|schon lange|seit #)? (nicht|nie) mehr",
			"beim (bügeln|kochen|gemüse schneiden|zwiebeln schneiden|zwiebelschneiden|brot schneiden|rasieren|backen|braten)",
		},
	},
	{
		lang:  "fr",
		words: s31WordsFR,
		crisis: []string{
			"je me {shpres} {shbody} {shtool}? ... {shnow}",
			"je me {shpres} {shtool} ... {shnow}",
			"je me (scarifie|taillade|mutile|lacère|lacere|entaille) ... {shnow}",
			"je suis en train de me {shinf}",
			"je viens de me {shinf} (encore)? {shbody}? {shtool2}",
			"je viens de me {shinf} (encore)? {shbody} {shtool}?",
			"je viens de me (scarifier|taillader|mutiler|lacérer|lacerer|entailler)",
			"je me suis {shdone} {shbody} (encore)? {shtool}? ... {shnow}",
			"je me suis {shdone} (encore)? {shtool2} ... {shnow}",
			"(là maintenant|en ce moment|à l'instant) je me {shpres}",
			"(j'y|je) (retourne|retournerai|vais retourner|rentre|rentrerai) pas (vivant|vivante)",
			"(ils vont|ils veulent|on va|ils m'ont dit qu'ils vont) me (planter|poignarder|suriner|tuer|crever) (dans la cour|à la promenade|en promenade|aux douches)? (ce soir|cette nuit|demain|aujourd'hui)",
			"je serai (mort|morte) avant qu' (elle|il|ma femme|mon mari|les enfants) se (réveille|réveillent|lève|lèvent)",
			"(je sais pas|sais pas|je ne sais pas) nager (et)? (tant mieux|c'est mieux|tant mieux comme ça|parfait)",
		},
		held: []string{
			"(j'avais|j'ai eu|j'ai)? envie de me (faire du mal|couper|brûler|bruler|scarifier) ... (mais)? (j'ai)? (pris|tenu|serré|utilisé) (le|un|les|des|mon|un bout de)? (glaçon|glaçons|glace|élastique) (à la place)?",
		},
		benign: []string{
			"en (repassant|cuisinant|coupant (les oignons|des oignons|le pain|la viande|les légumes)|me rasant|faisant la cuisine)",
		},
	},
}

// mendSignalsS31 are the kinds of set 31 whose halves are ordinary alone:
// potassium chloride taken home (a nurse's ward gives it every day) and a
// time; a noose of shoelaces or sheets ("a knot made with the sheets" is
// a bed made) and "N more years I won't serve"; one's clothes given to
// friends and "today is the last day"; a roof and "the building has 9
// floors"; a roof and "feet in the void"; "this is my last one" and thanks
// for what helped "for a while".
var mendSignalsS31 = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(took|taken|pocketed|nicked|stole|brought home|walked out with|have|got) (some|a vial of|vials of|ampoules of|an ampoule of)? (potassium chloride|kcl|concentrated potassium)",
			"(noose|loop|ligature) ... (made|tied|twisted|knotted|plaited) (of|from|out of|with) (the|my|some)? (shoelaces|laces|sheets|bedsheets|bed sheets|a sheet|towels|a towel|strips of sheet)",
			"(made|tied|twisted|knotted) (a|the) (noose|ligature|loop) (of|from|out of|with) (the|my|some)? (shoelaces|laces|sheets|bedsheets|bed sheets|a sheet|towels|a towel)",
			// A roof of a tall building, the writer on it (the cue says how
			// high or how near the edge).
			"(im|i am|i'm|sitting|standing|up) on the (roof|rooftop) of (the|a|my|our) (tower|tower block|building|block|flats|car park|multi storey)",
			"(im|i am|i'm) on the (roof|rooftop) (now|right now|rn)",
		},
		sigFinal: {
			"(gave|given|handed out|shared out|split) (away)? (all)? my (clothes|trainers|sneakers|shoes|jackets|stuff|gear) (and (my)? (trainers|sneakers|shoes|clothes|jackets))? (away)? (to|between|among) (the|my)? (lads|boys|guys|friends|mates|neighbours|neighbors|kids|homies|boys from the block)",
			"(but|so|and)? this is my last (one|check in|checkin|entry|post) $",
		},
		sigIntent: {
			"(i won't|i will not|im not going to|i'm not going to|not gonna|i aint gonna|i ain't) (serve|do|sit|sit out) (another|# more|two more|three more|four more|five more|six more|seven more|eight more|nine more|ten more) years",
			"(another|# more|two more|three more|four more|five more|six more|seven more|eight more|nine more|ten more) years (i won't|i will not|im not going to|not gonna|i aint) (serve|do|sit)",
		},
		sigWhen: {
			"^ (today|this) is (the|my) last day $",
		},
		sigCue: {
			"(the)? (building|block|tower|car park) (has|is) # (floors|storeys|stories|levels) (high)?",
			"(my)? (feet|legs) (dangling|hanging)? (in|over|into) the (void|drop|edge|abyss|nothing)",
			"(it|that|they|the breathing) helped for a while",
			"thank (you|u)? for the (breathing|grounding) (stuff|exercises|exercise|tips|thing|things)",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(me llevé|me lleve|me traje|tengo|robé|robe|saqué|saque|agarré|agarre) (el|un|unas|unos|ampollas de|viales de)? (cloruro de potasio|kcl)",
			"(soga|lazo|nudo|horca) ... (hecho|hecha|trenzado|trenzada|amarrado|amarrada) (con|de) (las|mis|unas|unos|los)? (agujetas|cordones|sábanas|sabanas|sábana|sabana|toallas)",
			"(hice|armé|arme|amarré|amarre) (una|la|un|el) (soga|lazo|horca|nudo) (con|de) (las|mis|unas|unos|los)? (agujetas|cordones|sábanas|sabanas|toallas)",
		},
		sigFinal: {
			"(repartí|reparti|regalé|regale|di|le di) (toda)? mi ropa",
			"(repartí|reparti|regalé|regale) (mis|todas mis) (tenis|zapatillas|cosas|chamarras) (a|entre) (los|mis) (compas|amigos|cuates|panas|vecinos|chavos)",
			"^ (pero)? (este|esta|éste|ésta) es (mi|el)? (último|ultimo|última|ultima) (check in|registro|mensaje)? $",
		},
		sigIntent: {
			"no (voy a pagar|pago|cumplo|voy a cumplir|me aviento|aguanto) (otros|# |dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)? (años|anos) (más|mas)",
		},
		sigWhen: {
			"hoy es (el|mi) (último|ultimo) día (ya)?",
		},
		sigCue: {
			"(el edificio|la torre|el bloque)? tiene # (plantas|pisos)",
			"(los|mis)? pies (colgando)? (en|sobre|hacia) el vacío",
			"(me|nos)? (sirvió|sirvio|ayudó|ayudo) (un tiempo|por un tiempo|un rato)",
			"gracias por (lo de|los ejercicios de|las) (la)? (respiración|respiracion)",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(kaliumchlorid|kcl) ... ... (mitgenommen|eingesteckt|geklaut|eingepackt|eingesackt|mit nach hause genommen)",
			"(hab|habe) (mir)? (kaliumchlorid|kcl) (von|aus) (der)? (station|apotheke|klinik|arbeit)",
			"(schlinge|schlaufe) ... (aus|mit) (den|meinen)? (schnürsenkeln|schnürsenkel|bettlaken|laken|handtüchern|streifen vom laken)",
			"(schlinge|schlaufe) (ist|sind) (schon)? (geknotet|geknüpft|fertig|gemacht)",
		},
		sigFinal: {
			"(klamotten|kleider|sachen|schuhe|sneaker|jacken) (hab ich)? an (die|meine) (jungs|kumpels|freunde|nachbarn|leute) (aus dem viertel)? (verteilt|verschenkt|weggegeben)",
			"(meine|all meine|alle meine) (klamotten|kleider|sachen|schuhe|sneaker|jacken) (hab ich)? (verteilt|weggegeben) (an die jungs|an die kumpels|an die freunde)",
			"^ (aber)? das (ist|war) mein letzter (check-in|checkin|eintrag|post) $",
		},
		sigIntent: {
			"(noch)? (#|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (jahre|jahr) (sitz|sitze|mach|mache|schieb|schiebe) ich nicht (mehr)? (ab)?",
			"ich (sitz|sitze|mach|mache) (die)? (#|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (jahre|jahr) nicht (mehr)? (ab)?",
		},
		sigWhen: {
			"^ heute ist (der|mein) letzte tag $",
		},
		sigCue: {
			"(das haus|das gebäude|der block|das hochhaus)? hat # (stockwerke|stöcke|etagen|stockwerk)",
			"(die|meine)? (füße|beine) (baumeln)? (im|über dem|ins|über den) (nichts|leere|abgrund)",
			"(hat|haben) (eine zeit lang|ne weile|eine weile) geholfen",
			"danke für (die|das) (atemübungen|atemübung|atemzeug|atmen)",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(j'ai pris|j'ai piqué|j'ai ramené|j'ai volé|j'ai embarqué|j'ai) (du|le|des ampoules de)? (chlorure de potassium|kcl)",
			"(nœud|noeud|corde|boucle) ... (fait|faite|tressé|tressée|noué|nouée) (avec|en|de) (les|des|mes)? (draps|lacets|serviettes|drap)",
			"(le|un)? (nœud|noeud) (coulant)? (est)? (fait|prêt) (avec|en) (les|des|mes)? (draps|lacets|drap)",
		},
		sigFinal: {
			"(j'ai)? (donné|distribué|filé|partagé) (mes|toutes mes|tous mes) (fringues|vêtements|habits|baskets|affaires) (aux|à mes|entre les) (potes|amis|gars|voisins|frères)",
			"^ (mais)? c'est (mon|le) dernier (check-in|checkin|message|point)? $",
		},
		sigIntent: {
			"je (ferai|vais faire|fais|tirerai|vais tirer) pas (#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans de plus",
		},
		sigWhen: {
			"^ aujourd'hui c'est (le|mon) dernier jour $",
		},
		sigCue: {
			"(l'immeuble|la tour|le bâtiment|le parking)? (fait|a) # étages",
			"(les|mes)? (pieds|jambes) dans le vide",
			"(ça|ca) (m'a|a) aidé (un temps|un moment|pendant un temps)",
			"merci pour (les|la) (exercices de respiration|respiration|trucs de respiration)",
		},
	},
}}
