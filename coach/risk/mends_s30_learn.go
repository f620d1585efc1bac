package risk

// Set 30 (a peer counsellor for veterans and first responders who also
// staffs a psychiatric pharmacist's medication line), measured once on
// a97aa71, found German lagging for the third set in a row: indirect
// farewells and plans that no list held. A service pistol already in the
// mouth; a sedative injected from the emergency kit, "the rest comes
// soon"; ketamine ordered far beyond the dose and a lake today; a pack
// said to be lost so that two are taken together; going out into the snow
// to lie down; "sorry for what you'll find tomorrow"; a farewell post; and,
// read across the sentences of a line (mendSignalsS30), a belt on the door
// handle before "one last talk, then", a mail timed for the morning "when
// I'll be gone", the car and the watch given away with a cover story,
// medals boxed for a son "das wars", debts paid and keys left "everything
// in order". In the other languages: the veterans' "22 a day" made 23
// tonight, an early refill "not to waste", the old treatment kept and all
// taken tonight, a hospital roof "not coming down", not eating or drinking
// until it ends, "seriously goodbye", tomorrow's incident report "is mine",
// a girl thrown out with a knife threatened if she comes home, "delete my
// number". Each kind is written in all four languages, with its everyday
// twins in testdata/train/targeted-s30-learn.tsv; two false alarms (a
// troche refill to collect, "me quiero morir de la vergüenza" over a call
// hung up) are idioms here.
var mendsS30Learn = [4]phraseSet{
	{
		lang:  "en",
		words: englishSignals.words,
		review: []string{
			// Guns handed to someone to keep after a crisis: a safety
			// step, and means spoken of.
			"(gave|handed|left) my (guns|gun|firearms|rifle|rifles|pistol|weapons) (to|with) ... ... (to (keep|hold|lock up)|for safekeeping)",
		},
		crisis: []string{
			// A gun in the mouth, now or just taken out.
			"(i)? (had|have|put|stuck|got) (my|the)? (service)? (gun|pistol|weapon|sidearm|revolver|rifle|barrel|glock) (already)? in my mouth",
			// A sedative injected from a kit, more to come.
			"(injected|shot|pushed) (myself)? (with)? ... (midazolam|versed|ketamine|fentanyl|morphine|propofol|diazepam|lorazepam|ativan) (from|out of) (the|my) (kit|drug bag|med bag|jump bag|crash cart|ambulance)",
			"(the)? rest (of it)? (is coming|comes|goes in|going in) (soon|next|in a minute|now) $",
			// Far more than the dose, and water or alcohol today.
			"(way|far|much|a lot) more than (my|the) (therapy|prescribed|clinic)? dose ... ... (into|in|to) the (lake|river|sea|ocean) (today|tonight|now)?",
			"(taking|take|doing|drinking) (it|them) all (with|and) (the)? (alcohol|vodka|whiskey|whisky|booze|drinks|wine) (tonight|today|now)? $",
			// Two packs got by a lie, taken together.
			"(now)? (i have|ive got|i got) (both|two) (packs|boxes|bottles) ... (taking|take|swallowing) (them|both|it all) (together|at once) (today|tonight|now)?",
			// Out into the snow or the cold to lie down.
			"(going|go|walking|heading) (out)? (into|in) the (snow|cold) ... ... ... (and)? (lie|lay|lying|laying) down $",
			"(lie|lay) down in the snow (tonight|today)? (without|with no|no) (a)? (jacket|coat)",
			// Sorry for what they will find.
			"sorry (for|about) what (youll|you will|you|u|youre going to|you are going to) (ll)? (find|see) (tomorrow|in the morning|when you get there|when you come)? $",
			// A farewell post up, and nobody reacting.
			"(my)? (goodbye|farewell) (post|video|message) (is)? (up|online|live|posted) ... (nobody|no one|noone) (reacted|liked|commented|noticed|replied|said anything)",
			// The veterans' "22 a day", made 23.
			"(im|i am|i will|ill)? (making|make) it (23|twenty three) (tonight|today)? $",
			// Not eating or drinking on purpose, until the end.
			"(not|stopped|quit) (been)? (eating|drinking) (or|and|nor) (eating|drinking) ... (on purpose|deliberately) ... ... ... until (it|this|everything) (ends|s over|is over|stops)",
			"(no food|not eating) (or|and|nor) (water|drinking) ... ... until (it|this) (ends|s over|is over)",
			// Thrown out, with a knife or death threatened if one comes home.
			"(kicked|threw|thrown|put) me out ... ... (if i|when i) (come|go) (back|home) (hell|he will|he ll|shell|she will|they will|theyll) (stab|kill|cut) me",
			// A roof after the shift, not coming down.
			// An overdose of paracetamol taken, and the liver hurting now.
			"(took|taken|swallowed) ## (tylenol|paracetamol|acetaminophen|panadol|pills) ... ... (my)? (right side|liver|side|stomach|belly) (hurts|is killing me|aches|is aching|hurts so bad)",
			"(on|up on) the roof (of)? ... ... ... (im|i am|and im)? not (coming|going|climbing) (back)? down $",
		},
		benign: []string{
			// A refill to collect is an errand.
			"(pick up|picking up|picked up|collect|collecting|get|getting|grab|grabbing) (my|the)? (refill|prescription|script|order) (of|for) (the|my)? {pills}",
			"(my)? (refill|prescription|script) (of|for) (the|my)? {pills} (is|s)? (ready|in)",
			// Everything ready for a dinner or a party tonight.
			"(got|have|ve got|getting|get) everything (ready|set|sorted) for (tonight|tomorrow|today|the weekend|saturday|friday) ... (dinner|party|bbq|barbecue|meal|celebration|guests|date)",
		},
	},
	{
		lang:  "es",
		words: spanishSignals.words,
		review: []string{
			"(le di|les di|entregué|entregue|le dejé|le deje) (mis armas|mi arma|mi pistola|mis pistolas|mi escopeta) a ... ... para que (las|la|lo|los) (guarde|guarden|tenga|tengan)",
		},
		crisis: []string{
			"(tuve|tengo|metí|meti|puse) (la|mi)? (pistola|arma|reglamentaria|pistola de servicio|arma de servicio|escopeta) (ya)? en la boca",
			"me (inyecté|inyecte|puse|metí|meti) ... (midazolam|ketamina|fentanilo|morfina|propofol|diazepam) (del|de la|de mi) (botiquín|botiquin|maletín|maletin|mochila|ambulancia)",
			"(mucho|muchísimo|bastante|muy) (más|mas) (que|de) la dosis ... ... (al|en el) (lago|río|rio|mar) (hoy|esta noche)?",
			"(me la|me las|me lo|me los) voy a (meter|tomar|echar) (toda|todas|todo|todos) con (el)? (alcohol|vino|ron|tequila|vodka|whisky|pisco)",
			"(ahora)? tengo (las dos|dos|ambas) (cajas|cajitas|recetas) ... (me las tomo|me las voy a tomar|las tomo) (juntas|todas|de una) (hoy|esta noche)?",
			"(salgo|voy a salir|me voy) ... a la nieve ... ... (y)? me (acuesto|tumbo|echo) (ahí)? $",
			"me (acuesto|tumbo|echo) en la nieve (esta noche|hoy)? sin (chaqueta|abrigo|chamarra|campera)",
			"(perdón|perdon|lo siento|perdónenme|perdonenme) por lo que (van a|vais a) (encontrar|ver) (mañana|manana)? $",
			"(mi)? (post|publicación|publicacion|mensaje|video) de despedida (ya)? (está|esta)? (arriba|publicado|publicada|online) ... (nadie|ninguno) (reaccionó|reacciono|comentó|comento|dijo nada)",
			"(hoy|esta noche) (somos|seremos|van a ser|serán|seran) 23 $",
			"sin comer ni (beber|tomar agua) ... ... ... hasta que (se acabe|todo se acabe|me muera|termine)",
			"me (tomé|tome|trague|tragué) ## (paracetamol|paracetamoles|pastillas|tylenol|acetaminofén|acetaminofen) ... ... me duele (el lado derecho|el hígado|el higado|la derecha|todo el lado derecho|el costado)",
			"me (echó|echo|sacó|saco) de (la)? casa ... ... ... si (vuelvo|regreso) me (mata|apuñala|apunala|clava)",
			"(techo|azotea|tejado|terraza) ... ... ... ... y (ya)? no (bajo|me bajo|voy a bajar) $",
		},
		benign: []string{
			// A call hung up, not a rope: "al colgar el teléfono".
			"(al|después de|despues de|antes de)? colgar (el teléfono|el telefono|la llamada|el celular|el móvil|el movil)",
			"me quiero morir de (la)? (vergüenza|verguenza|pena|risa)",
		},
	},
	{
		lang:  "de",
		words: germanSignals.words,
		review: []string{
			"(hat|haben|hab|habe) ... (die|den) schlüssel (zum|für den|vom) (waffenschrank|waffentresor)",
		},
		crisis: []string{
			"(ich|i)? (hatte|hab|habe|hatt) (gestern|heute|vorhin|letzte nacht|gerade|grad)? (die|meine|ne|eine)? (dienstpistole|dienstwaffe|pistole|waffe|knarre|flinte|gewehr|revolver|lauf) (schon|bereits|grad|gerade)? im mund",
			"(hab|habe|hatte) mir ... (midazolam|dormicum|ketamin|fentanyl|morphin|propofol|diazepam) (aus dem|aus der|aus meinem|vom) ... gespritzt",
			"(der|den) rest (kommt|gibts|gibt es|spritz ich|nehm ich) (gleich|sofort|jetzt|bald|hinterher|danach) $",
			"(viel|weit|deutlich)? mehr als die (therapiedosis|dosis|verschriebene dosis) ... ... ... (in den see|in den fluss|ins wasser|in den rhein|in die donau)",
			"damit (heute|heute nacht|jetzt|gleich)? (in den see|in den fluss|ins wasser|ins meer) $",
			"(hab|habe) ich (beide|beide packungen|zwei packungen) und (nehm|nehme) (sie|die|beide)? (heute|heute nacht|jetzt|gleich)? (zusammen|auf einmal|alle)",
			"(raus)? in den schnee ... ... (und)? (leg|lege) mich (hin|rein) $",
			"(leg|lege) mich (heute nacht)? in den schnee ... ohne (jacke|mantel|jacke an)",
			"(sorry|entschuldigung|tut mir leid|verzeiht mir|verzeiht|verzeihung) (für|wegen)? (das|dem)? was ihr (morgen|dann|bald)? (finden|findet|vorfindet|vorfinden|sehen|seht) (werdet|müsst|werdt)? $",
			"(abschiedspost|abschiedsvideo|abschiedsnachricht|abschiedsstory) (auf|bei|in) (insta|instagram|facebook|fb|tiktok|x|twitter|whatsapp|telegram) (ist)? (online|hochgeladen|gepostet|raus|drin)",
			"(heute|heute nacht)? (mach|mache) (ich)? (heute|heute nacht)? (23|dreiundzwanzig) draus",
			"(ess|esse) und (trink|trinke) ... nichts (mehr)? ... ... bis (es|alles) (vorbei|zu ende|aus) (ist)?",
			"nichts (mehr)? (essen|gegessen) und (nichts)? (trinken|getrunken) ... (absichtlich|mit absicht) ... bis (es|alles) (vorbei|zu ende|aus)",
			"## (paracetamol|tabletten|pillen|ibuprofen|aspirin) (genommen|geschluckt) ... ... (tut|tun|schmerzt|schmerzen) (mir)? (rechts|die leber|der bauch|die rechte seite|alles rechts|rechts alles)",
			"(rausgeschmissen|rausgeworfen|vor die tür gesetzt|rausgeschmissn) ... ... ... wenn ich (heimkomme|nach hause komme|zurückkomme|heim komme|wiederkomme) (sticht|stich|bringt|macht) er mich (ab|um|kalt)",
			"(am|im|beim|an der|an dem) (see|fluss|meer|wasser|rhein|ufer|weiher|teich) ... (die|meine)? (taschen|manteltaschen|jackentaschen|rucksack) (voller|voll mit|voll) (steine|steinen)",
			"(auf dem|aufm|auf'm) dach ... ... ... (ich)? (komm|komme) nicht (mehr)? runter $",
		},
	},
	{
		lang:  "fr",
		words: frenchSignals.words,
		review: []string{
			"(j'ai confié|confié|j'ai laissé|j'ai donné) (mon arme|mes armes|mon fusil|mon pistolet) (perso)? (à|chez)",
		},
		crisis: []string{
			"(j'avais|j'ai|je me suis mis|je me suis mise) (l'arme|mon arme|le flingue|mon flingue|le pistolet|mon pistolet|le canon|l'arme de service|mon arme de service) (déjà)? dans la bouche",
			"je me suis (injecté|injectée|piqué|piquée|fait) ... (midazolam|kétamine|ketamine|fentanyl|morphine|propofol|diazépam|diazepam) (du|de la|de mon|de ma) (sac|kit|trousse|ambulance|mallette)",
			"(le)? reste (arrive|vient|suit) (bientôt|tout de suite|juste après|dans une minute) $",
			"(bien|beaucoup|largement)? plus que la dose ... ... ... (dans le lac|dans la rivière|dans la mer|à l'eau|dans la seine)",
			"(maintenant)? j'ai les deux (boîtes|boites|ordonnances) ... (je les prends|je prends tout) (ensemble|d'un coup) (ce soir|aujourd'hui)?",
			"(je sors|je vais sortir|je vais) ... dans la neige ... ... (et)? (je m'allonge|je me couche) $",
			"(je m'allonge|je me couche) dans la neige (ce soir|cette nuit)? sans (veste|manteau|blouson)",
			"(désolé|désolée|pardon) pour ce que vous (allez|aller) (trouver|voir) (demain)? $",
			"(mon)? (post|message|vidéo|video|story) d'adieu (est)? (en ligne|publié|posté) ... personne (a réagi|a répondu|a rien dit|a commenté)",
			"(ce soir|aujourd'hui) (ce sera|ça fera|on sera) 23 $",
			"(je mange|manger) (plus|rien) (et|ni) (je bois)? (plus|rien|boire) ... ... jusqu'à ce que (ça finisse|ça s'arrête|tout s'arrête|je meure)",
			"(pris|avalé|avale) ## (doliprane|paracétamol|paracetamol|efferalgan|cachets) ... ... (j'ai)? mal (au foie|à droite|a droite|au côté droit|au ventre)",
			"(m'a mise|m'a mis|m'a foutue|m'a foutu|m'a jetée|m'a jeté) dehors ... ... ... si je (rentre|reviens) il (me plante|me tue|me poignarde|me bute|me crève)",
			"(sur le toit) ... ... ... (je redescends pas|je descends pas|je redescendrai pas|je descendrai pas) $",
		},
	},
}

// mendSignalsS30 read set 30's indirect farewells across the sentences of
// a line: the strong one alone is Review, with its cue Crisis.
var mendSignalsS30 = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (the|my)? (belt|belts|cable|cables|cord|cords|charger cable|charging cable|rope|ropes|scarf|noose) (is|s)? (already)? (hung|hanging|tied|looped|knotted)? (on|to|around|over) the (door handle|doorknob|door knob|handle|radiator|banister) $",
			"(two|2|three|3|six|6) (months|month|weeks) (worth|supply) (of (it|them|lithium|pills|meds))? in my (hand|hands)",
			"(switched|changed) my (meds|medication|prescription|treatment|pills) (and)? (i)? kept the old (ones|pills|meds|ones too) $",
		},
		sigFinal: {
			"^ (my|an|the)? (email|mail|message|text|letter) to my (wife|husband|family|kids|parents|daughter|son|partner) (is)? (scheduled|timed|set) for (tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) ... $",
			"^ (boxed up|packed up|boxed|packed)? (my)? (medals|dog tags|service medals) (and (my)? (medals|dog tags|beret))? (boxed up|in a box|packed up)? for my (son|daughter|grandson|kids)",
			"^ my (daughter|son|brother|sister|wife|nephew|niece|buddy) (gets|is getting|has) my (truck|car|bike|motorcycle|house|watch|guns|rifle) my (daughter|son|brother|sister|wife|nephew|niece|buddy) (gets)? the (watch|truck|car|bike|ring|guns|rifle|dog)",
			"(debts|loans|loan) (all)? (paid|paid off|cleared) ... (subscriptions|accounts|memberships) (all)? (cancelled|canceled|closed) ... (keys|dog|cat|car) (with|at) (the|my)? (neighbour|neighbor|neighbours|neighbors)",
			"(already)? (wrote|written|filled out|drafted) (tomorrows|the) (incident|case|call|shift) report (for tomorrow)? $",
			"^ (please)? delete my (number|contact) $",
			"(good night|goodnight|night) (everyone|all|guys|everybody|yall)? and (goodbye|farewell) $",
			"(cancelled|canceled) all (of)? (my|the)? (therapy sessions|sessions|therapy appointments|ketamine sessions|appointments with my therapist)",
		},
		sigIntent: {
			"^ (after|from) (sunday|monday|tuesday|wednesday|thursday|friday|saturday|the weekend|tomorrow|tonight) (i|ill)? (wont|will not|dont|do not) need (them|it|those|any of it) (anymore|any more)? $",
			"^ (im)? (going to|gonna) go be with (my)? (wife|husband|son|daughter|boy|girl|mom|mum|dad|brother|sister) now $",
		},
		sigCue: {
			"^ (one)? last (talk|call|chat|text|conversation) (and)? then $",
			"^ (all of it|all of them|everything|all) (together|at once) (tonight|today) $",
			"^ (by then|then) (ill|i will|i ll) (already)? be gone $",
			"^ not (gonna|going to) waste (the|this) (opportunity|chance) $",
			"(they|everyone|people) (all)? (think|thinks) (its|it is|it s) because of (the|my) (surgery|operation|op)",
			"^ (thats|that is) (it|that) $",
			"^ (now)? (everythings|everything is|everything s|it s all|its all|all) in order (now)? $",
			"^ (its|it is|it s) mine $",
			"^ (goodbye|bye) (group|everyone|guys|all) ",
			// A farewell said again on its own ("seriously" is a filler).
			"^ (for real|for good|forever)? (goodbye|farewell) $",
			"^ (shes|hes|she has|he has|theyve|they have) been waiting (for me)? (#|two|three|four|five|ten) (years|year) $",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (el|mi|la)? (cinturón|cinturon|cable|cordón|cordon|cuerda|bufanda) (del cargador)? (ya)? (está|esta)? (colgado|colgada|atado|atada|amarrado|amarrada) (en|a|de) (el|la) (picaporte|manija|pomo|manilla|perilla) (de la puerta)? $",
			"(dos|2|tres|3|seis|6) meses (de)? (pastillas|litio|medicación|medicacion|tratamiento)? en la mano",
			"(mucho|muchísimo|bastante|muy) (más|mas) (que|de) la dosis (de la terapia|de terapia|recetada)",
			"(me cambió|me cambio|cambió|cambio) (el|mi) tratamiento ... (me guardé|me guarde|guardé|guarde) (el|los) (viejo|viejos|anterior|anteriores) $",
		},
		sigFinal: {
			"^ (el)? (correo|mail|mensaje|carta) (a|para) (mi esposa|mi mujer|mi marido|mi familia|mis hijos|mis padres|mi hija|mi hijo) (está|esta|queda)? (programado|programada) para (mañana|manana) ... $",
			"^ (mis)? (medallas|placas|chapas de identificación|chapas) (y (mis)? (medallas|placas|chapas))? (en una caja|empaquetadas|guardadas) para mi (hijo|hija|nieto)",
			"^ mi (hija|hijo|hermano|hermana|esposa|sobrino|sobrina) (se queda con|recibe) mi (camioneta|coche|carro|auto|moto|casa|reloj) mi (hija|hijo|hermano|hermana|esposa|sobrino|sobrina) (el|la) (reloj|camioneta|coche|carro|moto|anillo)",
			"(deudas|préstamo|prestamo) (pagadas|saldadas|pagado|saldado) ... (suscripciones|membresías|membresias) (canceladas|dadas de baja) ... (las llaves|el perro|la perra|el gato|la gata|el carro) (con|donde) (el|la|los)? (vecino|vecina|vecinos)",
			"(ya)? (redacté|redacte|escribí|escribi) el (informe|parte|reporte) (de la intervención|de intervención|del servicio)? (para|de) (mañana|manana) $",
			"(borren|borrad|eliminen|eliminad) mi (número|numero|contacto) $",
			"buenas noches (a todos|gente|chicos|grupo)? y (adiós|adios) $",
			"(cancelé|cancele) todas (las|mis) (sesiones|citas) (de terapia|con la terapeuta|con el terapeuta|de ketamina)?",
		},
		sigIntent: {
			"^ (después del|despues del|a partir del|pasado el) (domingo|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|fin de semana) (ya)? no (las|los|la|lo) (voy a necesitar|necesito|necesitaré|necesitare) (más|mas)? $",
		},
		sigCue: {
			"^ (una)? (última|ultima) (charla|llamada|conversación|conversacion) (y)? (luego|después|despues|entonces) $",
			"^ (para entonces|a esa hora) (ya)? no (voy a estar|estaré|estare) $",
			"^ no (voy a|pienso) desaprovechar (la|esta) (oportunidad|ocasión|ocasion) $",
			"(creen|piensan) que es por (la operación|la operacion|la cirugía|la cirugia)",
			"^ (todo junto|todas juntas|todo de una) (esta noche|hoy) $",
			"^ (ya)? (eso es todo|se acabó|se acabo) $",
			"^ (ahora)? (todo está|todo esta|ya está todo|ya esta todo) en orden $",
			"^ (es|será|sera) el (mío|mio) $",
			"^ (adiós|adios|chao|chau) (grupo|a todos|gente|chicos)",
			"^ (en serio|de verdad|para siempre)? (adiós|adios) $",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (der|mein|das|ein|n)? (gürtel|kabel|ladekabel|strick|seil|schal|schlinge) (hängt|hängen|ist|liegt)? (schon)? (fest)? (an der|an die|am|an den) (türklinke|klinke|türgriff|heizung|treppengeländer) (festgemacht|festgebunden|geknotet|fest)? $",
			"(zwei|2|drei|3|sechs|6) monate (vorrat|lithium|tabletten)? in der hand",
			"(umgestellt|geändert|gewechselt) ... (die alten|die alte|das alte|die alten tabletten) (hab|habe) ich (behalten|aufgehoben|noch) $",
			"(viel|weit|deutlich)? mehr als die (therapiedosis|verschriebene dosis|dosis von der therapie|dosis aus der therapie)",
			"(gesagt|erzählt|behauptet) ich (hätt|hätte|hab|habe) die (packung|tabletten|schachtel) verloren",
		},
		sigFinal: {
			"^ (die)? (mail|e-mail|email|nachricht|brief) an (meine frau|meinen mann|meine familie|meine kinder|meine eltern|meine tochter|meinen sohn|meine freundin|meinen freund) (ist)? (zeitgesteuert|geplant|terminiert|programmiert|eingeplant) (für|auf) (morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) ... $",
			"^ (meine)? (orden|medaillen|erkennungsmarke|erkennungsmarken|barett|ehrenzeichen) (und (meine)? (orden|medaillen|erkennungsmarke|erkennungsmarken|barett|ehrenzeichen))? (in ne|in eine|in die) kiste (für|an) (meinen|meine) (sohn|tochter|enkel|kinder)",
			"^ (meine|mein) (tochter|sohn|bruder|schwester|frau|neffe|nichte|kumpel) (kriegt|bekommt|erbt) (mein|meine|meinen) (auto|wagen|motorrad|haus|wohnung|uhr|gitarre|waffen) (mein|meine) (tochter|sohn|bruder|schwester|frau|neffe|nichte|kumpel) (die|das|den|meine|mein) (uhr|auto|wagen|ring|motorrad|hund)",
			"(schulden|kredit|kredite) (alle)? (bezahlt|beglichen|abbezahlt) ... (abos|abonnements|verträge|mitgliedschaften|handyvertrag) (alle)? (gekündigt|abgemeldet) ... (schlüssel|hund|katze|auto) (beim|bei der|bei den) (nachbarn|nachbar|nachbarin)",
			"(den|meinen|der|mein)? (einsatzbericht|bericht|dienstbericht) für morgen (ist)? (schon|bereits)? (geschrieben|verfasst|fertig)",
			"(löscht|löschen|bitte löscht) meine (nummer|handynummer|kontakt) $",
			"alle (therapietermine|therapiesitzungen|sitzungen beim therapeuten|ketamintermine|termine beim therapeuten) (abgesagt|gestrichen|storniert)",
			"gute nacht (ihr alle|alle|leute|zusammen|gruppe)? und (tschüss|tschüs|lebt wohl|adieu) $",
		},
		sigIntent: {
			"^ (ab|nach) (dem)? ({tag}|wochenende|morgen|heute|heute nacht) (brauch|brauche) ich (die|das|sie|es|den|nichts|das alles) (alle)? (nicht mehr|mehr) $",
		},
		sigCue: {
			"^ (noch)? (ein)? letztes mal (reden|telefonieren|schreiben|anrufen|hören|sprechen) (und)? (dann|danach) $",
			"^ (da|dann) (bin ich|bin i) (schon|längst|dann)? (weg|nicht mehr da|nicht mehr hier) $",
			"(die)? (denken|glauben|meinen) (es ist|es wär|es wäre|das ist|das wär)? (wegen|von) der (op|operation)",
			"^ das (wars|war es|war's|wärs) $",
			"^ (jetzt|nun)? (ist)? alles (ordentlich|geregelt|erledigt) (jetzt)? $",
			"^ (es|der)? (ist|is) meiner $",
			"(nehm|nehme) (sie|die|beide)? (heute|heute nacht|jetzt)? zusammen $",
			"^ (heute|heute abend|heute nacht) (alle|alles) (zusammen|auf einmal) $",
			"^ (tschüss|tschüs|ciao|servus) (gruppe|leute|alle|zusammen)",
			"^ (ernsthaft|im ernst|für immer)? (tschüss|tschüs|lebt wohl|adieu) $",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"^ (la|ma|le|mon)? (ceinture|câble|cable|corde|écharpe|echarpe) (du chargeur)? (est)? (déjà)? (accrochée|accroché|attachée|attaché|nouée|noué) (à|a) la poignée (de porte|de la porte)? $",
			"(deux|2|trois|3|six|6) mois (de traitement|de lithium|de cachets)? dans la main",
			"(bien|beaucoup|largement)? plus que la dose (de la thérapie|prescrite|de thérapie)",
			"(changé|change) (mon|de) traitement ... (j'ai gardé|gardé) (l'ancien|les anciens|l'ancienne|les anciennes) $",
		},
		sigFinal: {
			"^ (le|mon)? (mail|message|courriel|lettre) (à|pour) (ma femme|mon mari|ma famille|mes enfants|mes parents|ma fille|mon fils) (est)? (programmé|programmée|planifié|planifiée) pour demain ... $",
			"^ (mes)? (médailles|medailles|plaques|plaque d'identité) (et (ma|mes)? (médailles|medailles|plaques|plaque d'identité))? (dans une boîte|dans une boite|dans un carton) pour (mon fils|ma fille|mon petit fils)",
			"^ (ma|mon) (fille|fils|frère|frere|sœur|soeur|femme|neveu|nièce) (a|aura|prend|récupère) (ma|mon) (voiture|moto|maison|montre) (ma|mon) (fille|fils|frère|frere|sœur|soeur|femme|neveu|nièce) (la|le) (montre|voiture|moto|bague)",
			"(dettes|crédit|credit) (payées|réglées|remboursé|remboursées) ... (abonnements|abos) (résiliés|annulés) ... (les clés|les clefs|le chien|le chat) chez (le|la|les) (voisin|voisine|voisins)",
			"(déjà)? (rédigé|écrit|rempli|préparé) le (compte rendu|rapport|pv|procès verbal) (d'intervention)? pour demain $",
			"(effacez|supprimez) mon (numéro|numero|contact) $",
			"bonne nuit (tout le monde|à tous|les gars|le groupe)? et adieu $",
			"(annulé|annule) toutes (mes|les) (séances|seances|rendez-vous|rdv) (de thérapie|chez la psy|chez le psy|de kétamine)?",
		},
		sigIntent: {
			"^ (après|apres) (dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|le week-end|le weekend|demain|ce soir) (j'en aurai|j'en ai|j'en aurais) (plus)? besoin $",
		},
		sigCue: {
			"^ (une)? dernière (conversation|discussion|appel) (et)? (après|puis|ensuite) $",
			"^ (d'ici là|à ce moment là|a ce moment la) (je serai|je serais) (déjà)? (parti|partie) $",
			"^ (je vais)? pas (gâcher|gacher|rater) (l'occasion|cette occasion|cette chance) $",
			"(ils|elles|tout le monde) (pensent|pense|croient|croit) que c'est (à cause de|pour) (l'opération|l'operation|l'op)",
			"^ (je prends)? tout (ensemble|d'un coup) (ce soir|cette nuit|aujourd'hui) $",
			"^ (c'est|c est) (tout|fini) $",
			"^ (maintenant)? tout est en ordre (maintenant)? $",
			"^ (c'est|c est) le mien $",
			"^ (adieu|salut|ciao) (le groupe|tout le monde|les gars)",
			"^ (pour de vrai|pour toujours)? adieu $",
		},
	},
}}
