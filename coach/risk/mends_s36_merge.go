package risk

// What the merge of rounds s34-learn, s35-learn and s35-other moved the
// wrong way when the model was trained again on all of them (ce17e3d),
// against the screen before the rounds (af77909): rows the learnt screen
// alone had carried, each written here as its kind in four languages, so
// that the next retraining cannot move it again. Crisis: feeling fine
// "because I know it'll be over soon"; contracts cancelled since there is
// no sense paying for what one "won't use"; going back "for good" to not
// existing; a decision known after a session or a clinic; "if you don't
// hear from me, it's because I went through with it"; "the last night
// I'm going to be around"; a bare time when everyone else is out; a note
// on the pillow; "don't send anyone round"; a bare "picked a day"; a hot
// iron held to one's arm now; "decided I won't be here next week", "not
// here for Christmas". Review: scratched oneself till it bled, a voice
// repeating "you should die", relief when the plane seemed to go down,
// "thoughts of hurting myself" asked about. None: a day that "can't come
// soon enough", "today's the day!" with the exam or the event next,
// picturing oneself on the beach, "if I don't answer tonight it's because
// I'm at the concert", someone at the bottom of the stairs waiting for a
// taxi.
var mendsS36Merge = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(okay|ok|fine|good|calm|relieved|at peace|peaceful|great|better) ... (because|since|now that|knowing) (i know)? (that)? (it|it all|everything|all this|it'll|it'll all) (will|will all|is going to|is all going to|is|will soon|all)? (be)? (over|all over|done|finished) (soon|very soon|shortly)? $",
			"(cancelled|canceled|cancelling|cancel|stopped|ended) ... ... ... ... (no point|pointless|no sense|makes no sense) (in)? paying for (something|stuff|things|anything) (that)? i (will not|am not going to) (use|need|be using|be needing) (anymore|any more)? $",
			"(what it is like|how it feels) (to not exist|not to exist|to be dead|to not be here|to be gone) ... ... ... (going back|go back|returning|return) (there)? (for good|forever|permanently)",
			"(after|since) (the|my|this|todays) (clinic|session|appointment|therapy|psych|doctor|hospital) (today|yesterday|this morning)? i (know|now know) (exactly)? what i am (doing|going to do) $",
			"if (you|u) (do not|never) hear (from|back from) me ... ... (it is|its|that is|that means|it means) (because|bc|cause|cuz)? i (went|have gone|finally went|will have gone) through with it",
			"this is (my|the) last (night|day|week|weekend|christmas|birthday) (that)? i am (going to|gonna) be (around|here|alive) (so|then)? $",
			"^ (on)? (saturday|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight) (night|evening)? (when|while) (everyone|everybody|the others|the family|they all) (is|are|will be) (at|out|away|asleep|gone) ... ... $",
			"^ (the|my) (note|letter) (is|is left|has been left) (on|under) (the|my) (pillow|bed|nightstand|bedside table) $",
			"^ (please)? (do not|never) send (anyone|anybody|someone|the police|police|an ambulance) (round|over|here)? (please)? $",
			"(heated|heated up|got) (the|my|a)? (iron|straighteners|curling iron|knife|blade|spoon|lighter) (hot|red hot)? (and)? (i am|am)? (holding|pressing|putting|hold|press|put) (it|them) (against|on|to) my (arm|skin|leg|wrist|thigh)",
			"(i have decided|decided|made up my mind|my mind is made up) (that)? i am not (going to|gonna) be (here|around|alive) (next week|next month|by the weekend|for christmas|this time next week|much longer)",
			"^ i (will not|am not going to) be (here|around|alive) (for|at|by) (christmas|my birthday|new year|new years|easter|the summer) $",
		},
		review: []string{
			"(scratched|clawed|picked at) (myself|my skin) (until|till|til|to the point) (it|i)? (bled|was bleeding|bleeding|drew blood)",
			"(my head|my brain|a voice|the voice|my mind|the voices) (keeps)? (telling|tells|repeats|repeating|says|saying|whispers|whispering) (me)? (that)? (i|you) should (die|just die|kill (myself|yourself)|be dead)",
			"(felt|feel|was) (relieved|calm|happy|glad|at peace) when i (thought|realised|realized|believed) (the|our|my)? (plane|flight|car|bus|boat|ship|train) (was|were) (going down|going to crash|crashing|about to crash|sinking|going to sink)",
			// A reported denial left bare, nothing said of its truth: the policy's
			// Review; "and i said no and meant it" goes on and is not this.
			"(asked|asks|ask) (me)? (if|whether) i (had|have|have had|was having|have been having) (any)? (thoughts|urges|ideas) (of|about) (hurting|harming|cutting|killing) myself (and)? i (said|say) no $",
		},
		benign: []string{
			"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|christmas|summer|payday|the holidays|my holiday|my holidays|vacation|half term|spring break) (can not|cannot) come (soon|fast|quick|quickly) enough",
			"^ (today is|todays) the day (for)? (my|the|our|a|his|her)? (exam|test|driving test|interview|wedding|match|game|birthday|move|trip|concert|race|marathon|graduation|audition|launch|gig)",
			"picturing myself (on|at) (the|a) (beach|pool|slopes|lake|sun|seaside|holiday)",
			"if i (do not|never) (answer|reply|respond|text back|pick up) (tonight|today|tomorrow)? (it is|its) (because|bc|cause|cuz) (i am|i will be) (at|in|on) (the|a|my)? (concert|gig|cinema|movies|theatre|theater|work|gym|party|wedding|match|game|class|school|exam|meeting|pub|club|festival|dinner|shift|rehearsal|practice)",
			"(at|on) the (bottom|top|foot|head) of the (stairs|steps|staircase|stairwell|escalator|drive|driveway|road|street|hill) (is|was|are|were)? (waiting|standing|sat|sitting) (for|on) (his|her|their|my|our|a|the|an) (taxi|cab|uber|lift|ride|bus|train|tram|mum|mom|dad|friend|friends|mate|mates|date|pizza|delivery|parcel|turn|order)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(bien|tranquila|tranquilo|aliviada|aliviado|en paz|mejor|contenta|contento) ... (porque|ya que|sabiendo que) (yo)? (sé|se)? (que)? (pronto|ya)? (se acaba|se termina|va a terminar|va a acabar|todo termina|todo se acaba|todo va a terminar|se va a acabar) (pronto|ya)? $",
			"(cancelé|cancele|di de baja|he cancelado|he dado de baja|anulé|anule) ... ... ... ... no (tiene sentido|vale la pena) pagar (algo|nada|cosas) que (ya)? no (voy a usar|voy a necesitar|usaré|usare|necesitaré|necesitare) $",
			"(lo que es|cómo es|como es|lo que se siente) (no existir|estar muerto|estar muerta|no estar) ... ... ... (vuelvo|volver|voy a volver|regreso|voy a regresar) (ahí|ahi|allí|alli|allá|alla)? (para siempre|definitivamente)",
			"(después de|despues de|desde) (la|mi) (clínica|clinica|sesión|sesion|cita|consulta|terapia) (de hoy)? (ya)? (sé|se) (exactamente)? (lo que voy a hacer|qué voy a hacer|que voy a hacer|lo que hago) $",
			"si no (sabes|saben|sabéis|sabeis|tienes noticias|tienen noticias) (nada)? de mí ... ... (es porque|significa que|quiere decir que) (lo hice|ya lo hice|lo he hecho|me atreví|me atrevi)",
			"(esta|este) es (mi|la|el) (última|ultima|último|ultimo) (noche|día|dia|semana|navidad|cumpleaños) (que)? (voy a estar|estoy|estaré|estare) (aquí|aqui|viva|vivo|acá|aca) $",
			"^ (el)? (lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|mañana|manana|esta noche) (a la noche|por la noche|en la noche)? cuando (todos|todo el mundo|los demás|los demas) (estén|esten|esté|este|se vayan|se hayan ido) (en|fuera|de viaje|durmiendo|dormidos|a) ... ... $",
			"^ (la|mi) (nota|carta) (está|esta|quedó|quedo|la dejé|la deje) (en|sobre|bajo|debajo de) (la|el|mi) (almohada|cama|mesita de noche|mesa de noche|mesita) $",
			"^ (por favor)? no (manden|mandes|envíen|envien|envíes|envies) a (nadie|la policía|la policia|una ambulancia) (a casa|a mi casa)? (por favor)? $",
			"(calenté|calente|puse a calentar) (la|el|las|mi) (plancha|planchita|cuchillo|cuchara|encendedor|mechero) ... (y)? (me la|me lo|la|lo) (estoy poniendo|pongo|estoy apretando|aprieto|apoyo|estoy apoyando) (en|contra) (el|mi) (brazo|piel|pierna|muñeca|muslo)",
			"(decidí|decidi|he decidido|ya decidí|ya decidi) que no (voy a estar|estaré|estare) (aquí|aqui|viva|vivo) (la semana que viene|el mes que viene|para navidad|en navidad)",
			"^ (ya)? no (voy a estar|estaré|estare) (aquí|aqui|acá|aca) (para|en) (navidad|mi cumpleaños|mi cumple|año nuevo|ano nuevo|el verano|semana santa) $",
		},
		review: []string{
			"me (rasguñé|rasgune|arañé|arane|rasqué|rasque) (hasta|hasta que) (sangrar|hacerme sangre|me sangró|me sangro|sacarme sangre|salir sangre|sangró|sangro)",
			"(mi cabeza|una voz|la voz|mi mente|las voces) me (repite|dice|susurra|grita|repiten|dicen) (que)? (deberías|deberias|tienes que|debería|deberia) (morirte|matarte|morirme|matarme|morir|estar muerta|estar muerto)",
			"(sentí|senti|me sentí|me senti|me dio|sentir) (alivio|paz|calma|aliviada|aliviado|tranquila|tranquilo) (cuando|al) (pensé|pense|creí|crei|pensar|creer) que (el avión|el avion|el coche|el barco|el bus|el autobús) (se caía|se caia|se iba a caer|se estrellaba|se iba a estrellar|se hundía|se hundia)",
			"(preguntó|pregunto) si (tenía|tenia|tengo|había tenido|habia tenido) pensamientos de (hacerme daño|lastimarme|autolesionarme|herirme) y (le)? dije que no $",
		},
		benign: []string{
			"(que llegue|ojalá llegue|ojala llegue|ya quiero que llegue|no veo la hora de que llegue) (ya)? (el)? (viernes|finde|fin de semana|verano|navidad|las vacaciones|sábado|sabado)",
			"^ (hoy|hoy sí|hoy si) es el (día|dia) (de|del)? (mi|la|el|su)? (examen|prueba|entrevista|boda|partido|cumple|cumpleaños|mudanza|viaje|concierto|carrera|maratón|maraton|graduación|graduacion)",
			"me (imagino|veo|estoy imaginando) (en la|en una|tirada en la|tirado en la) (playa|piscina|pileta|alberca)",
			"si no (contesto|respondo) (esta noche|hoy|mañana)? es porque (estoy|voy a estar) en (el|la|un|una|mi)? (concierto|cine|trabajo|gym|gimnasio|fiesta|boda|partido|clase|examen|reunión|reunion|bar|festival|cena|ensayo|turno)",
			"(al pie|abajo) de la (escalera|escalinata) (está|esta|estaba)? esperando (su|un|el|a su) (taxi|uber|bus|autobús|colectivo|amigo|amiga|pedido)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(okay|ok|gut|ruhig|erleichtert|entspannt|besser) ... weil ich (weiß|weiss) (dass|das) es (bald|schon bald|endlich) (vorbei|zu ende|vorüber) (ist|sein wird|geht) $",
			"(gekündigt|gekundigt|kündige|abgemeldet|storniert) ... ... ... ... (keinen sinn|kein sinn|sinnlos|bringt nichts) ... (zahlen|bezahlen) ... ich (eh|sowieso)? nicht mehr (nutzen|brauchen|benutzen) (werde|werd) $",
			"(wie es ist|wie es sich anfühlt) (nicht zu existieren|tot zu sein|nicht da zu sein) ... ... ... (für immer|endgültig) (dahin|dorthin)? (zurück)?",
			"nach (der|dem) (klinik|sitzung|termin|therapie) (heute)? (weiß|weiss) ich (jetzt)? (genau)? was ich (tue|tu|mache|mach|tun werde) $",
			"wenn (du|ihr) (bis morgen|bis morgen früh|bis morgen fruh)? nichts (mehr)? von mir (hörst|hört|horst|hort) ... ... (hab ich es|hab ichs|habe ich es) (getan|durchgezogen|gemacht)",
			"(das|dies) ist (meine|die) letzte (nacht|woche) (in der)? ich (noch)? (da|hier|am leben) (bin|sein werde) $",
			"^ (am)? (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute) (abend|nacht)? wenn (alle|die anderen|alle anderen) (auf dem|auf der|beim|im|in der|weg|unterwegs) ... ... $",
			"^ (der|mein) (brief|zettel|abschiedsbrief) (liegt|ist) (auf|unter) (dem|meinem) (kopfkissen|kissen|bett|nachttisch) $",
			"^ (bitte)? (niemand|niemanden|keinen|keine polizei|keinen krankenwagen) (vorbeischicken|schicken|herschicken|vorbei schicken) (bitte)? $",
			"(bügeleisen|glätteisen|lockenstab|messer|löffel|feuerzeug) (heiß|heiss) gemacht ... (an|auf|gegen) (meinen|meine|mein) (arm|haut|bein|handgelenk|oberschenkel)",
			"(entschieden|beschlossen) (dass)? ich (nächste woche|nachste woche|an weihnachten|zu weihnachten|nächsten monat) (nicht mehr|nimmer) (da|hier|am leben) (bin|sein werde)",
			"^ (an|zu)? (weihnachten|meinem geburtstag|silvester|ostern) (bin ich|werd ich|werde ich) (nicht mehr|nimmer) (da|hier|am leben) (sein)? $",
		},
		review: []string{
			"(hab|habe) mich (selbst)? ... (blutig|bis aufs blut) gekratzt",
			"(mein kopf|eine stimme|die stimme|die stimmen) (sagt|sagen|wiederholt|flüstert|flustert) (mir)? (immer wieder)? (ich|du) (soll|sollte|solltest|sollst) (sterben|mich umbringen|dich umbringen|tot sein)",
			"(erleichtert|ruhig) ... als ich (dachte|glaubte) (dass)? (das|der) (flugzeug|flieger|auto|schiff|boot) (stürzt ab|sturzt ab|abstürzt|absturzt|sinkt)",
			"(gefragt|fragte) ob ich gedanken (habe|hab|hätte|hatte) mich (selbst)? zu verletzen (und)? ich (hab|habe) nein gesagt $",
		},
		benign: []string{
			"(freitag|das wochenende|der urlaub|weihnachten|der sommer|die ferien) kann (gar)? nicht (schnell|früh) genug kommen",
			"^ heute ist der tag (der|des|meiner|meines|vom)? (prüfung|fahrprüfung|führerscheinprüfung|vorstellungsgespräch|hochzeit|spiel|geburtstag|umzug|reise|konzert|marathon|abschluss)",
			"stell mir (mich)? (am strand|im urlaub|am pool|am meer) vor",
			"wenn ich (heute abend|heute|morgen)? nicht (antworte|antwort|rangehe|abnehme) (dann)? (weil ich|bin ich) (im|auf dem|beim|in der|auf der) (konzert|kino|arbeit|fitness|party|hochzeit|spiel|kurs|prüfung|meeting|kneipe|festival|probe|schicht)",
			"(unten an der|am fuß der|am fus der) (treppe|stiege) (steht|wartet|sitzt) ... (auf sein|auf ihr|auf ein) (taxi|uber|bus|essen)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(bien|calme|soulagée|soulagé|sereine|serein|mieux|en paix) ... (parce que|car|puisque) je sais (que|qu') (ça|tout) (sera|va être|va etre|va) (bientôt|bientot)? (fini|finir|terminé|termine|se finir) (bientôt|bientot)? $",
			"(résilié|resilie|annulé|annule|arrêté|arrete) ... ... ... ... (aucun sens|pas de sens|sert à rien|sert a rien|inutile) de payer (quelque chose|un truc|des trucs|ce) (que|qu') (je vais plus|j'utiliserai plus|je vais pas) (utiliser)? $",
			"(ce que c'est|ce que ça fait) de (pas exister|plus exister|être mort|être morte|etre mort) ... ... ... (pour de bon|pour toujours|définitivement|definitivement)",
			"(après|apres|depuis) (la|ma|le|mon) (clinique|séance|seance|rdv|rendez-vous|consultation|thérapie) (d'aujourd'hui)? je sais (maintenant)? (exactement)? ce que je (fais|vais faire) $",
			"si (tu|vous) (as|avez) pas de (nouvelles|news) ... ... (c'est que|ça veut dire que|c'est parce que) (je l'ai fait|je suis passé à l'acte|je suis passée à l'acte)",
			"(c'est|ce sera) (ma|la) (dernière|derniere) (nuit|semaine) (où|ou) je (suis|serai|vais être) (là|la|ici|en vie) $",
			"^ (samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain|ce soir) (soir)? quand (tout le monde|tous|les autres) (sera|seront|est|sont) (à|a|au|en|partis|couchés|couches) ... ... $",
			"^ (la|ma|le|mon) (lettre|mot) (est|est posée|est posé) (sur|sous) (l'oreiller|le lit|la table de nuit|mon oreiller) $",
			"^ (envoyez|envoie) (personne|pas la police|pas les flics|pas d'ambulance) (chez moi)? (svp|stp|s'il vous plaît|s'il te plaît)? $",
			"(chauffé|chauffe) (le|la|mon|ma) (fer|lisseur|couteau|cuillère|cuillere|briquet) ... (je le|je la|et je le|et je la) (tiens|pose|appuie|colle|presse) (contre|sur) (mon|ma) (bras|peau|jambe|poignet|cuisse)",
			"(décidé|decide) que je (serai|vais être) (plus|pas) (là|la|ici) (la semaine prochaine|le mois prochain|pour noël|pour noel|à noël)",
			"^ je (serai|vais être) (plus|pas) (là|la|ici) (pour|à) (noël|noel|mon anniversaire|le nouvel an) $",
		},
		review: []string{
			"(je me suis|jme suis|me suis) (griffé|griffée|gratté|grattée|griffe|gratte) jusqu'au sang",
			"(ma tête|ma tete|une voix|la voix|les voix) me (répète|repete|dit|chuchote|répètent|disent) (que)? (je|tu) (devrais|dois) (mourir|crever|me tuer|te tuer)",
			"(soulagé|soulagée|soulagement|apaisé|apaisée) quand (j'ai cru|je croyais|j'ai pensé) (que)? (l'avion|la voiture|le bateau) (allait)? (s'écraser|tomber|couler|crasher)",
			"(demandé|demande) si j'avais des (pensées|idées) de (me faire du mal|me blesser) et j'ai dit non $",
		},
		benign: []string{
			"(vivement|que vienne|j'ai hâte que|j'ai hate que) (vendredi|le week-end|le weekend|les vacances|noël|noel|l'été|samedi)",
			"^ c'est le jour (j)? (de|du|de mon|de ma|de la)? (examen|permis|entretien|mariage|match|anniversaire|déménagement|demenagement|voyage|concert|marathon)",
			"je m'imagine (à la plage|sur la plage|en vacances|à la piscine)",
			"si je (réponds|reponds) (pas)? (ce soir|demain)? c'est (parce que|que) je suis (au|à la|a la|en) (concert|ciné|cinema|boulot|travail|salle|soirée|soiree|mariage|match|cours|exam|réunion|reunion|festival|répétition)",
			"(en bas|au pied) de l'escalier (attend|attendait) (son|un|le) (taxi|uber|bus)",
		},
	},
}

// mendSignalsS36Merge: a bare "picked a day" is a cue: with a farewell or
// a plan on its line Crisis ("picked a day. after his graduation, i want
// him to have that first"), with a party after it nothing.
var mendSignalsS36Merge = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigCue: {"^ (i)? (have)? (picked|chose|chosen|set) (a|the) (day|date) $"},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigCue: {"^ (ich)? (hab|habe) (mir)? (einen|den) (tag|termin|datum) (ausgesucht|gewählt|festgelegt) $"},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigCue: {"^ (j'ai)? (choisi|fixé|fixe) (un|le|une|la) (jour|date) $"},
	},
}}

// otherS36Merge: the writer's own place beside someone else's, its verb
// left out ("sie wohnt in Linz, ich in Berlin", "ella vive en Bogotá y yo
// en Madrid", "elle habite à Lyon, moi à Paris", "she's in Leeds and me in
// London"), is the writer as a helper far away, not words of their own.
var otherS36Merge = []otherSet{
	{lang: "en", helper: []string{"(lives|is|s|stays) in ... (and|but|while)? (me|i am|im) in"}},
	{lang: "es", helper: []string{"(vive|está|esta) en ... (y|pero|mientras)? yo (en|estoy en|vivo en)"}},
	{lang: "de", helper: []string{"(wohnt|lebt|ist) in ... (und|aber)? ich (in|bin in|wohne in|wohn in)"}},
	{lang: "fr", helper: []string{"(habite|vit|est) (à|a|en) ... (et)? moi (à|a|en|je suis à|j'habite à)"}},
}
