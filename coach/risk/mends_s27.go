package risk

// Set 27 (an emergency department's psychiatric liaison nurse and a
// moderator of a forum for bipolar disorder and psychosis) showed kinds the
// screen left at None or Review: a voice's command being obeyed now ("the
// voice says cut deeper and I've started"), God in a ketamine session
// saying to leave the body tonight, "I know how"; a jump from a floor just
// done, hurt and unable to get up; things given away, at peace, goodbye;
// "that's me done for good"; "Saturday when nobody's there I'll do it"; the
// tracks named and "going now"; a pimp threatening death and coming up the
// stairs. And kinds it put at Crisis that are ordinary: "so bad I wanted to
// die lmao", a last message before a flight. Each has its everyday twin in
// the corpus (testdata/train/targeted-s27-learn.tsv): music on a forum, the
// director's "voice" in a theatre, a fall from a bike that is fine, clothes
// given to charity, "done for good with this job". A voice heard and
// resisted stays Review. They are kept apart from each language's lists so
// that a retraining cannot move them.

var (
	mendsS27EN = phraseSet{
		lang:  "en",
		words: englishSignals.words,
		crisis: []string{
			// A voice's command obeyed now.
			"(voice|voices) ... (cut|cutting) deeper ... (ive|i have|i) (already)? (started|begun|done it|doing it)",
			"(voice|voices) ... (says|say|said|saying|tells me|tell me|told me|telling me) (to)? (cut|jump|walk into|step in front of|hang myself|drown myself|kill myself|die) ... ... (and|so) ... (im|i am|ive|i have|i) (going to|gonna|doing it|about to|already|putting my shoes on|on my way|started|at the window|will)",
			// Leaving the body tonight, told so in a session.
			"(i have to|i must|i need to|im going to|i will|gotta|got to) leave (this|my) body (tonight|today|now)",
			"leave (this|my) body ... ... (i know how|i know exactly how|i already know how)",
			// A jump just done, hurt and unable to get up.
			"(jumped|threw myself) ... ... ... (cant get up|cannot get up|cant move|cant feel my legs)",
			// Given away, at peace, goodbye.
			"(gave away|given away|gave) (my|the)? (clothes|stuff|things|laptop|computer|cat|dog) ... ... ... (at peace|finally calm|finally peaceful) ... (bye|goodbye|love you all)",
			"(and)? then (thats|that is) me done for good $",
			"^ (finally|at last) at peace (bye|goodbye) (all|everyone|guys|everybody)? $",
			"(saturday|sunday|friday|tonight|tomorrow|monday) when (nobodys|nobody is|no ones|no one is) (there|home|around|in) (ill|i will|im going to|im gonna) do it",
			"(im|i am) (done|through) ... (going|heading|walking) (to|down to) the (tracks|rails|railway|train line) (now)? ... $",
			// A last treatment chosen so that nobody notices.
			"after my last (infusion|session|treatment|appointment) so (the)? (clinic|doctors|nurses|team|they) (dont|wont|doesnt|cant) (clock|notice|suspect|catch|see)",
			// Danger from someone else, now.
			"(says|said|saying|threatens|threatening) (if i|im|i am|ill be|i will be) ... ... (dead|gonna die|going to die) ... (coming up the stairs|is coming|at the door|outside the door) ... (help me|help)",
		},
		held: []string{
			// A voice heard and resisted.
			"(voice|voices) (told|tell|tells|said|say|says|telling|saying) me to ... ... ... but (i|instead i) (went home|ignored it|didnt|did not|called|stayed|walked away|went back)",
		},
		review: []string{
			// Voices that run one down, not obeyed.
			"(voices|voice) (say|says|saying|tell me|tells me|telling me) (im|i am) (worthless|useless|nothing|a waste|a burden)",
		},
		benign: []string{
			// Hyperbole with a laugh: "so bad I wanted to die lmao".
			"so (bad|boring|long|awful|cringe|cringey|loud|embarrassing|slow) (that)? i (wanted to die|could have died|nearly died) ({joke}|lmao|lol|lmfao)",
			// A last message before a flight, back on Monday.
			"last (message|post|text) (before|b4) (the|my)? (flight|plane|boarding|takeoff|take off)",
			// A chore done when nobody is there; the trains watched.
			"do it (the)? (big)? (clean|cleanup|clean up|tidy|tidy up|painting|inventory|stocktake|move)",
			"to (watch|see|spot|photograph) the trains",
			// Done for good with a job or a habit.
			"done for good (with|at) (this|that|my|the)",
		},
	}
	mendsS27ES = phraseSet{
		lang:  "es",
		words: spanishSignals.words,
		crisis: []string{
			"(la voz|las voces|una voz) ... ... (me dice|me dicen|me decía|me dijo) que me (vaya con él|vaya con ella|mate|corte|tire|muera) ... (y)? (hoy|ahora|esta noche)? (le|les)? (voy a hacer caso|hago caso|voy a obedecer|ya empecé|ya empece)",
			"(la voz|las voces) ... (cortar|corta|córtate|cortate) (más|mas) (hondo|profundo) ... (ya empecé|ya empece|ya comencé|ya comence)",
			"(tengo que|debo|voy a) (dejar|abandonar|salir de) (este|mi) cuerpo (esta noche|hoy|ahora)",
			"(dejar|abandonar|salir de) (este|mi) cuerpo ... ... (ya sé cómo|ya se como|sé cómo|se como)",
			"(me acabo de tirar|acabo de saltar|me tiré|me tire|salté|salte) (del|de la|desde el|desde la|por la) (primer|segundo|tercer)? (piso|ventana|balcón|balcon|puente|techo|azotea)",
			"(me tiré|me tire|salté|salte) ... ... ... no me puedo (levantar|mover)",
			"(me voy a tirar|me tiro|voy a saltar) (al|a la) (río|rio|mar|vías|vias) desde (el|la)",
			"(me voy a tirar|voy a saltar) (del|de la|desde el|desde la) (puente|malecón|malecon|balcón|balcon|ventana|azotea|techo)",
			"^ (por fin|al fin)? en paz (chau|chao|adiós|adios) (chicos|a todos|gente)? $",
			"(cancelé|cancele) ... ... ... (ya no voy a estar|no voy a estar)",
			"(la voz|las voces|una voz) ... (me dice|me dicen|me dijo) que me (tire|mate|corte|muera) ... ... (y)? (lo voy a hacer|lo hago|voy a hacerlo|les voy a hacer caso|le voy a hacer caso)",
			"(el|este)? (sábado|domingo|viernes|esta noche|mañana) cuando no (haya|esté|este|hay) nadie (lo hago|lo voy a hacer|me mato)",
			"(dice|dijo) que si (hablo|digo) ... ... (estoy muerta|estoy muerto|me mata) ... (viene subiendo|sube|está subiendo|esta subiendo|viene|está en la puerta|esta en la puerta) ... (ayúdenme|ayudenme|ayuda|auxilio)",
			"(ya no quiero seguir) ... ... (lo hago|me mato)",
			"(hoy en la noche|esta noche|hoy) lo hago $",
		},
		held: []string{
			"(la voz|las voces|una voz) (me dijo|me dice|me dicen|me dijeron) que ... ... ... pero (me fui|no le hice caso|no lo hice|llamé|llame)",
		},
		review: []string{
			"(escucho|oigo) (a alguien|una voz|voces) (que)? me (dice|dicen) que me (mate|corte|tire|muera)",
			"(la voz|las voces|una voz) (me dijo|me dice|me dicen|me dijeron|me decía|me decia) que me (tirara|tire|matara|mate|cortara|corte|muriera)",
		},
		benign: []string{
			"tan (malo|mala|aburrido|aburrida|largo|larga|feo|fea|lento|lenta) que (me quería morir|me queria morir|me quise morir|quería morirme|queria morirme) (jajaja|jajajaja|jaja|jsjs|xd|lol)",
			"(último|ultimo) mensaje antes del (vuelo|avión|avion)",
			"(me voy a tirar|nos vamos a tirar) (al|a la) (río|rio|mar|piscina|pileta) a (nadar|bañarme|bañarnos|banarme|banarnos)",
		},
	}
	mendsS27DE = phraseSet{
		lang:  "de",
		words: germanSignals.words,
		crisis: []string{
			"(stimme|stimmen) (sagt|sagen|sagte|sagten|befiehlt|befehlen) ... (schneiden|springen|spring|schneid|töten|umbringen) ... (und)? (ich|i) (hab|habe) (schon|bereits)? (angefangen|begonnen)",
			"(stimme|stimmen) (sagt|sagen|sagte|sagten|befiehlt|befehlen) ... (schneiden|springen|spring|schneid) ... (und)? (ich|i) (mach|mache|machs|tu|tus) (es)? (jetzt|gleich|heute nacht)",
			"(muss|werde|will) (ich)? (heute nacht|heut nacht|diese nacht|heute|jetzt) (den|meinen|diesen) körper verlassen",
			"körper verlassen ... (ich weiß|weiß ich|i weiß) (auch)? (schon)? wie",
			"(bin|hab mich) (grad|gerade|eben)? (aus dem|vom|aus der|von der) (ersten|zweiten|dritten)? (stock|fenster|balkon|dach|brücke) (gesprungen|geworfen|gestürzt)",
			"(gesprungen|geworfen) ... ... ... (kann nicht aufstehen|komm nicht hoch|kann mich nicht bewegen)",
			"alles verschenkt (klamotten|laptop|katze|hund|auto|möbel) ... ... (endlich ruhig|in frieden|endlich in frieden|endlich frieden)",
			"(samstag|sonntag|freitag|heute nacht|morgen) wenn keiner (daheim|zuhause|zu hause|da) (ist|is) mach ich schluss",
			"(ich bin durch|bin durch) ... (geh|gehe) (gleich|jetzt)? zu den gleisen ... $",
			"(stimme|stimmen) (sagt|sagen|befiehlt|befehlen) (spring|springen|schneid|schneiden) und (ich)? (steh|stehe|bin) (schon)? (am fenster|auf dem balkon|auf der brücke|an der kante|auf dem dach)",
			"(sagt|droht) (er|sie)? (bringt|bringen|bringe) mich um ... ... (steht|stehen|ist) (grad|gerade|jetzt|schon) (vor der tür|vor der wohnung|im treppenhaus|unten) ... (hilfe|helft mir|hilf mir)",
			"(sagen|sagt|drohen|droht) (sie|er)? (stechen|bringen|machen) mich (ab|um|kalt) ... ... ... (stehen|steht) (grad|gerade|jetzt) (vorm|vor dem|vor der|an der)",
		},
		review: []string{
			"(stimme|stimmen) (labern|sagen|reden|flüstern|sagt) ... ... (ich sei|ich wäre|ich bin) (wertlos|nichts wert|müll|schuld)",
			"(stimme|stimmen) (sagt|sagen|sagte|sagten) ich (soll|solle|sollte) (springen|mich umbringen|mich schneiden|sterben)",
		},
		benign: []string{
			"so (schlecht|langweilig|peinlich|laut|schlimm|lang|nervig|mies) (dass)? (ich)? (wollte sterben|sterben wollte|hätte sterben können) (haha|hahaha|lol|xd|lmao)",
			"letzte nachricht vor dem (flug|flieger|abflug)",
		},
	}
	mendsS27FR = phraseSet{
		lang:  "fr",
		words: frenchSignals.words,
		crisis: []string{
			"(la voix|les voix|une voix) (dit|disent|me dit|me disent|m'a dit|m'ont dit) ... (coupe|saute|couper|sauter|tue toi|jette toi) ... et (j'ai|je suis) (déjà)? (commencé|à la fenêtre|au bord|sur le balcon|sur le pont)",
			"(je dois|je vais|il faut que je) quitter (ce|mon) corps (cette nuit|ce soir|aujourd'hui)",
			"quitter (ce|mon) corps ... ... je sais (déjà)? comment",
			"je viens de (sauter|me jeter) (du|de la|par la|depuis le|depuis la) (premier|deuxième|troisième|fenêtre|balcon|pont|toit|étage)",
			"(sauté|me suis jeté|me suis jetée) ... ... ... (je peux pas me lever|je peux plus me lever|je peux plus bouger)",
			"j'ai tout donné ... ... ... (enfin calme|enfin en paix|en paix) (bisous|adieu|salut)",
			"(samedi|dimanche|vendredi|ce soir|demain) quand (y aura|il y aura) personne je le fais",
			"(si je parle|si je dis) ... ... (je suis mort|je suis morte) ... (il monte|monte l'escalier|il arrive) ... (aidez moi|aidez-moi|au secours)",
			"je suis (morte|mort) si je parle ... (il monte|monte l'escalier|il arrive|il est devant la porte) ... (aidez moi|au secours)",
		},
		review: []string{
			"(la voix|les voix|une voix) (me dit|me disent|m'a dit|m'ont dit) de (sauter|me tuer|me couper|mourir|me jeter)",
		},
		benign: []string{
			"dernier message avant (l'avion|le vol|le décollage|de décoller|d'embarquer)",
			"je le fais (le)? (grand)? (ménage|rangement|inventaire|déménagement)",
			"(donné|donne) (mes|des) (fringues|vêtements|habits) (à|a) (emmaüs|la croix rouge|une association|une asso)",
			"tellement (nul|nulle|chiant|chiante|long|longue|mauvais|mauvaise|gênant|genant) (que)? (je voulais mourir|j'ai voulu mourir|j'avais envie de mourir) (mdr|ptdr|lol|xd)",
		},
	}
)

// mendsS27Drift hold rows of the corpus that retraining on set 27 moved:
// crisis rows the learnt screen had carried alone and let fall (an
// undertaker paid for oneself, the last thing that held one here, a phone
// left to die), and ordinary rows it lifted (a last message before a
// flight, paracetamol for the family's flu, a father told what one never
// said), and a father's gun with its key taken, which it no longer read as
// the writer's own.
var mendsS27Drift = []phraseSet{{
	lang:  "en",
	words: englishSignals.words,
	crisis: []string{
		// A father's gun and its key taken, which the retrained model no
		// longer read as the writer's own.
		"(rifle|gun|shotgun|pistol) ... ... ... i (took|got|stole|grabbed|have) the key",
	},
	review: []string{
		// The key taken from a father's ring today: the writer's own
		// clause beside the gun that is "his" (toldOfOther).
		"i (took|stole|grabbed|slipped) the key (off|from) (his|dads|my dads) (ring|keyring|key ring|keys) (today|tonight|this morning|while he slept|while he was asleep)",
	},
	benign: []string{
		// "Going to kill me when she sees this": a parent's anger, which
		// the model learnt from set 27's threats would read as one.
		// A parent's or a boss's, not a partner's "when he gets home".
		"(mom|mum|mother|dad|father|parents|boss|teacher|coach|moms|mums|dads|bosses) (is|are|s|re|will)? (going to|gonna)? kill me when (she|he|they) (sees|see|finds out|find out|sees this|see this)",
		// Shoes off on a roof so as not to slip (TestMeansS24's twin).
		"(took|taken|taking|take) (my|off my) shoes off ... ... so (i|that i) (wouldnt|would not|dont|do not|wont) slip",
		"bought the (whole)? (pack|box|packet) of (paracetamol|ibuprofen|tylenol|panadol|lemsip) for the (family|kids|house|whole family)? (flu|cold|colds|fever|headache|headaches)",
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	benign: []string{
		"decirle a (papá|papa|mamá|mama|mi papá|mi mamá|mi padre|mi madre) lo que nunca le (dije|he dicho)",
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	crisis: []string{
		"bestatter ... (für mich selber|für mich selbst) ... (vorausbezahlt|bezahlt|angezahlt)",
	},
	benign: []string{
		"(die)? (tabletten|medikamente|pillen) für die (reise|fahrt|ferien|urlaub) (liegen|sind)? (schon)? (parat|bereit|gepackt|eingepackt)?",
	},
	review: []string{
		"akku (egal|ist egal) ... (mach|mache) (eh|sowieso)? (gleich|jetzt|bald)? aus",
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	crisis: []string{
		"(c'était|c'est) la dernière chose qui me (retenait|retient) (ici|en vie|sur terre)?",
	},
}}

// otherS27 are set 27's dangers that a third person names but that are
// the writer's own: someone threatening the writer's life and waiting or
// coming up the stairs, and a farewell that leaves a ring to a daughter
// and asks to be forgiven.
var otherS27 = []otherSet{
	{lang: "en", words: otherEN.words, threat: []string{
		"(hell|he will|hes going to|he is going to|hes gonna|he is gonna|gonna) (finish|end|kill|do) me",
		"(hes|he is|theyre|they are) waiting (for me)? (in|at|outside) the (car park|parking lot|door|building|house|station)",
	}},
	{lang: "es", words: otherES.words, own: []string{
		"(perdónenme|perdonenme|perdóname|perdoname) $",
	}},
	{lang: "fr", words: otherFR.words, threat: []string{
		"je suis (morte|mort) si je parle",
		"(il|ils) (monte|montent) l'escalier",
	}},
}
