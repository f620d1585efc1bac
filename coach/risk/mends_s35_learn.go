package risk

// Set 35 (a union welfare officer for delivery riders and ride-share
// drivers who also runs a hospice's bereavement groups), measured once on
// fdb4eb3: 92% flagged (German 87%), 88% at Crisis. What it missed was a
// plan told around a loss, over two or three sentences: a rope bought "and
// I know exactly which tree"; a spot where the lorries go flat out under
// an overpass, "been thinking about it all week and tonight's the night";
// blood dripping on the phone while writing, "deeper than usual"; a room
// booked on the anniversary of a funeral with no way back booked; sitting
// on the rail of a canal bridge, "the water looks calm"; not having to
// renew the car's registration next month and everything bought at the
// hardware store; driving to the sea "and not braking"; a wedding ring
// given away, "everything shared out, finally calm"; stones already in
// the jacket at a lake; the water fast at a bridge and the bike given
// away; going to join a dead child "I know exactly where"; a hospice's
// ampoules taken out of the drawer, "tonight we meet again my love"; "I
// love you" said to a mother, "tomorrow she'll understand why"; a goodbye
// to the group unnoticed, not at the next session. Each kind is written
// in the four languages with everyday twins in
// testdata/train/targeted-s35-learn.tsv. "burned myself again with the
// iron while ironing" was Crisis (a burn done "again" is a relapse): a
// burn again at housework (ironing, cooking, the stove) is an idiom now,
// and a burn again going on ("right now, can't stop") stays Crisis.
var mendsS35Learn = [4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(drive|driving|drove|ride|riding|go|going) (to|into|towards|off) (the)? (sea|ocean|cliff|cliffs|lake|river|quay|pier) and (not|never|dont|don't|wont|won't|i wont|i won't) (brake|braking|break|breaking|stop|stopping|slow down) $",
			"(drive|driving|ride|riding|go|going) (to|into|towards|off) (the)? (sea|ocean|cliff|cliffs|lake|river|quay|pier) and (not|never|dont|don't|wont|won't|i wont|i won't) (brake|braking|stop|stopping) (last|final) (trip|ride|drive|journey)",
			// Someone pulled from the water, not breathing (set 35's drift).
			"(pulled|got|dragged|fished|took) (a|the|this|that)? (kid|child|boy|girl|man|woman|toddler|baby|swimmer|guy|lady) out of the (pool|water|lake|river|sea|canal) ... ... (not breathing|isnt breathing|isn't breathing|hes not breathing|he's not breathing|shes not breathing|she's not breathing|no pulse)",
			// A note to a mother: "if you read this, it's not your fault".
			"if (you|youre|you're) (read|reading) this (its|it's|it is) not your fault $",
			"(made|wrote|did|signed) my (will|last will) (yesterday|today|last night|this morning)? and (paid|left paid|settled|paid off) (the|my|this months|this month's)? (rent|bills|electricity|last bills|debts)",
			"(going to|gonna|about to|off to|on my way to|ill|i will|i'll) join (her|him|them|my (son|daughter|wife|husband|boy|girl|mum|mom|dad|baby)) ... (i know exactly where|i know where|i know the place) $",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(manejo|conduzco|manejar|conducir|voy|me voy|me tiro) (hasta|al|contra el|hacia el) (el)? (mar|acantilado|río|rio|lago|muelle) y no (freno|voy a frenar|frenaré|frenare|paro) $",
			"(manejo|conduzco|voy) (hasta|al|hacia) (el)? (mar|acantilado|río|rio|lago) y no (freno|voy a frenar|frenaré|frenare) (último|ultimo) (viaje|recorrido)",
			"(sacar|sacaron|sacamos|saqué|saque|sacado) a (un|una|el|la) (niño|niña|nene|nena|chico|chica|hombre|mujer|bebé|bebe|señor|señora) (de la|del) (piscina|agua|lago|río|rio|mar|canal|pileta|alberca) ... ... no (respira|tiene pulso)",
			"si (lees|estás leyendo|estas leyendo) esto no (es|fue) (tu|culpa) (culpa|tuya) $",
			"(hice|he hecho|firmé|firme|escribí|escribi) (mi|el)? testamento (ayer|hoy|anoche|esta mañana)? y (dejé|deje|he dejado) (pagado|pagada|pagados|pagadas) (el|la|los|las)? (alquiler|renta|luz|cuentas|deudas|facturas)",
			"(voy a|me voy a|quiero) (reunirme con ella|reunirme con él|reunirme con el|ir con ella|ir con él|ir con el|juntarme con ella|juntarme con él) ... (sé exactamente dónde|se exactamente donde|sé dónde|se donde|ya sé dónde|ya se donde) $",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(fahr|fahre|fahren) (ich)? (bis)? (ans|ins|an den|in den|zum|zur) (meer|see|klippe|klippen|fluss|kai) und (brems|bremse|halte) (nicht|nich|net) $",
			"(fahr|fahre) (ich)? (bis)? (ans|ins|zum) (meer|see|klippen) und (brems|bremse) (nicht|nich) (letzte|letzter) (fahrt|tour|reise)",
			"(ein|einen|das|den|die) (kind|jungen|mädchen|mann|frau|baby|schwimmer) (aus dem|aus der) (becken|wasser|see|pool|fluss|meer|kanal) (gezogen|geholt|gefischt) ... ... (atmet nicht|atmet nicht mehr|kein puls)",
			"wenn du das liest (ist es|ists|es ist) nicht deine schuld $",
			"(testament|mein testament) (gemacht|geschrieben|unterschrieben) (gestern|heute)? und (die|alle)? (miete|rechnungen|schulden|stromrechnung) (bezahlt|beglichen)",
			"(geh|gehe|fahr|fahre|komm|komme) (jetzt)? zu (ihr|ihm|ihnen) ... (ich weiß genau wo|weiß genau wo|ich weiss genau wo|ich weiß wo) $",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(je roule|je conduis|rouler|conduire|je vais) (jusqu'à|jusqu'au|vers) (la|le)? (mer|falaise|lac|fleuve|quai) et (je)? (freine|freinerai|m'arrête|m'arrete) (pas|plus) $",
			"(sortir|sorti|sortie|tiré|tirée) (un|une|le|la) (gamin|gamine|enfant|petit|petite|gosse|homme|femme|bébé|bebe|nageur|nageuse) (de la|du|de l'eau|de l') (piscine|lac|eau|rivière|riviere|mer|canal)? ... ... (il|elle)? respire (pas|plus)",
			"si tu lis (ça|ca) (c'est|ce n'est|c'était) pas (de)? ta faute $",
			"(fait|écrit|ecrit|signé) mon testament (hier|aujourd'hui|ce matin)? et (payé|paye|réglé|regle) (le|les|mon|mes)? (loyer|factures|dettes)",
			"(je vais|vais|je pars) (la|le|les) rejoindre ... (je sais exactement où|je sais exactement ou|je sais où|je sais ou) $",
		},
	},
}

// mendSignalsS35 read set 35's kinds told over two or three sentences of a
// line: the strong one alone is Review, with its cue or a second strong
// one Crisis.
var mendSignalsS35 = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(lorries|trucks|cars|trains|traffic) (go|pass|race|fly|speed|come) (flat out|full speed|full pelt|at full speed|so fast) (underneath|below|under it|beneath)",
			"(sat|sitting|sit|perched|standing|stood) on the (rail|railing|railings|parapet|ledge|edge) of the (canal|river|motorway|rail)? (bridge|overpass|viaduct|flyover)",
			"^ (its|it s|it is|this one is|this ones|this time its|cut)? (deeper|worse) than (usual|normal|last time|ever|before) $",
			"(stones|rocks) (are)? (already)? in (my|the) (jacket|coat|pockets|coat pockets|jacket pockets) $",
			"(hardware store|hardware shop|bunnings|diy store|b&q|homebase|screwfix) (...|... ...|... ... ...|... ... ... ...|... ... ... ... ...) (got|bought|have|ive got) everything i need $",
			"(nobody|no one|noone) (came to collect|collected|picked up|came for|came back for|took back) the (morphine|ampoules|ampules|vials|syringes|meds|medication|hospice meds|hospice drugs)",
			"(took|taken|got|took out|taking) the (leftover|remaining|spare|unused|old) (morphine|ampoules|ampules|vials|syringes) (out of|from) the (drawer|cupboard|cabinet|box)",
		},
		sigFinal: {
			"^ (and)? (not booking|didnt book|didn't book|havent booked|haven't booked|no|not getting|didnt get|didn't get) (the|a)? (way back|return|return ticket|ride back|trip back|journey back) (booked|ticket)? $",
			"(gave|given|handed) (away)? my (wedding ring|engagement ring|wedding band|ring) (to)",
			"^ (and)? everything (is)? (shared out|given away|handed out|divided up|sorted out|split up) $",
			"^ tomorrow (she|he|they|mum|mom|dad|shell|hell|theyll|she will|he will|they will|mum will|mom will|dad will) (understand|understands|know|knows|see|sees) why $",
			"(said goodbye|said bye|say goodbye) to (the|my)? ... (group|circle|crew|lads|team|everyone) (without|and) (them|anyone|no one|nobody) (noticing|realising|realizing|knowing|noticed|knew)",
			"(gave|given|handed) (away)? my (bike|bicycle|motorbike|scooter|car|van) to (my)? ... (by|at|on) the (river|bridge|canal|water)",
		},
		sigIntent: {
			"^ (tonight|today|tomorrow) we (meet|will meet|ll meet|see each other|will be together|re together|are together) again (my love|love|darling|sweetheart)? $",
			"^ (dont|don't|do not) (call|ring|text) (me)? $",
			"^ i know exactly (which tree|which branch|which bridge|which spot|where|the spot|the place|how) $",
		},
		sigCue: {
			"(been|ive been|i've been) thinking about it (all week|all day|for days|for weeks|all month|for a while) (and)? (tonights|tonight is|today is|todays) the (night|day)",
			"(years|year|months) since (we lost|i lost|he died|she died|her death|his death|the funeral)",
			"(same date|same day|a year|one year|exactly a year) (as|after) (his|her|their|the) (funeral|death|burial)",
			"would have (been|turned) # (today)?",
			"blood (dripping|drips|dripped|running|running down) (on|onto) (my|the) (phone|screen|keyboard)",
			"(wont|won't|will not|dont|don't|no need to) (have|need) to (renew|pay for|pay) (the|my)? (rego|registration|car registration|insurance|car insurance|lease|road tax|licence|license) (next month|next year|again|anymore|any more)",
			"(the)? water (looks|is|seems) (so)? (calm|still|peaceful|inviting|deep|cold|fast|high) (tonight|today|now)? $",
			"^ (finally|at last) (calm|at peace|peaceful|free) $",
			"(told|said to) (my)? (mum|mom|mother|dad|father|sister|brother|wife|husband) (that)? i love (her|him|them|you)",
			"(wont|won't|will not) be (at|in) the next (session|meeting|group)",
			"(last|final) (trip|ride|drive|journey|run) (ever)?",
			"^ (its|it's|it is)? (decided|ive decided|i've decided) $",
			"(drove|driven|went|came) (out)? to the (lake|river|cliffs|coast|sea) (where)",
			"(booked|booking|rented) a (room|hotel|hotel room|b&b|cabin|cottage) (near|by|at|on|above) the (cliffs|cliff|sea|coast|lake|bridge|river|gorge)",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(camiones|coches|carros|trenes) (pasan|van) (a toda velocidad|a tope|rapidísimo|a fondo) (por debajo|abajo)",
			"(sentado|sentada|parado|parada|de pie) (en|sobre) (la|el) (baranda|barandilla|barandal|borde|pretil) del (puente|paso elevado|viaducto)",
			"^ (es|está|esta|fue|este)? (más|mas) (profundo|hondo) (que|de lo) (de costumbre|normal|nunca|la última vez|la ultima vez|usual) $",
			"(las|unas)? (piedras|rocas) (ya)? (están|estan|las tengo|tengo)? (ya)? en (la|mi|el|los) (chaqueta|chamarra|abrigo|bolsillos|campera)",
			"(ferretería|ferreteria|tienda de bricolaje|leroy merlin|bricomart) (...|... ...|... ... ...|... ... ... ...|... ... ... ... ...) (tengo|compré|compre) todo lo que necesito $",
			"nadie (vino a buscar|recogió|recogio|vino por|se llevó|se llevo) (la|las|los) (morfina|ampollas|viales|jeringas|medicinas|medicamentos)",
			"(saqué|saque) (la|las|los) (ampollas|viales|jeringas|morfina) (que sobraron|sobrantes|que quedaron)? del (cajón|cajon|armario)",
		},
		sigFinal: {
			"^ (y)? (no|sin) (reservé|reserve|compré|compre|saqué|saque)? (la)? (vuelta|regreso|billete de vuelta|pasaje de vuelta|boleto de vuelta) (reservado|reservada)? $",
			"(le di|le regalé|le regale|regalé|regale|di) mi (anillo de casada|anillo de boda|alianza|anillo de compromiso)",
			"^ (y)? todo (está|esta|quedó|quedo)? (repartido|regalado|dado) $",
			"^ (mañana|manana) (ella|él|el|mi madre|mi mamá|mi mama)? (va a entender|entenderá|entendera|sabrá|sabra) (por qué|por que|porqué) $",
			"me (despedí|despedi) de (...|... ...|... ... ...|... ... ... ...|... ... ... ... ...|... ... ... ... ... ...) sin que (se dieran cuenta|lo notaran|nadie se diera cuenta|lo supieran|nadie lo notara)",
			"(le di|le regalé|le regale|regalé|regale) mi (bici|bicicleta|moto|coche|carro) ... (junto al|en el|al lado del) (río|rio|puente|canal)",
		},
		sigIntent: {
			"^ (esta noche|hoy|mañana|manana) nos (volvemos a ver|reencontramos|vemos de nuevo|juntamos otra vez) (mi amor|amor|cariño|carino|mi vida)? $",
			"^ no me (llamen|llames|escriban|escribas) $",
			"^ (ya)? (sé|se) exactamente (qué árbol|que arbol|dónde|donde|qué puente|que puente|el sitio|el lugar|cómo|como) $",
		},
		sigCue: {
			"(lo pensé|lo pense|pensándolo|pensandolo|lo he pensado) toda la semana (y)? (esta noche es la noche|hoy es el día|hoy es el dia)",
			"(años|año|meses) (desde que|de que) (perdimos|perdí|perdi|murió|murio|se fue)",
			"(un año|justo un año) (después del|despues del|desde el) (entierro|funeral)",
			"(hubiera|habría|habria) (cumplido|tenido) # (años)? (hoy)?",
			"(la)? sangre (gotea|goteando|cae|chorrea) (en|sobre) (el|mi) (celular|teléfono|telefono|móvil|movil|pantalla)",
			"no (voy a tener|tendré|tendre|tengo) que (renovar|pagar) (el|la)? (permiso de circulación|permiso de circulacion|patente|seguro|registro|placa|tarjeta de circulación|tarjeta de circulacion) (el mes que viene|el próximo mes|el proximo mes|nunca más|nunca mas)?",
			"el agua (se ve|está|esta|parece) (tan)? (tranquila|calma|quieta|rápida|rapida|fría|fria|alta) (hoy|esta noche)? $",
			"^ (por fin|al fin) (me siento)? (tranquila|tranquilo|en paz|libre) $",
			"(le dije|le he dicho) a (mi)? (mamá|mama|madre|papá|papa|hermana|hermano) que (la|lo) quiero",
			"no (voy a estar|estaré|estare) en la (próxima|proxima|siguiente) (sesión|sesion|reunión|reunion)",
			"(último|ultimo) (viaje|recorrido|paseo)",
			"^ (ya)? (está|esta)? (decidido|decidida|lo decidí|lo decidi) $",
			"(fui|fuimos|manejé|maneje|llegué|llegue) al (lago|río|rio|mar|acantilado) donde",
			"(reservé|reserve|alquilé|alquile) (una|un) (habitación|habitacion|cuarto|hotel|cabaña|cabana) (cerca de|junto a|frente a|en) (los|el|la)? (acantilados|acantilado|mar|costa|lago|puente|río|rio)",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(lkws|laster|autos|züge) (fahren|donnern|rasen|brettern) (mit vollgas|vollgas|ungebremst) (drunter|darunter|unten durch)",
			"(lkws|laster|autos|züge) (mit vollgas|ungebremst) (drunter|darunter|unten) (durch)? (fahren|donnern|rasen|brettern)",
			"(sitz|sitze|sitzend|steh|stehe|hock) (auf dem|aufm|auf der) (geländer|brüstung|rand) (der|von der) (kanal|fluss)? (brücke|brugg)",
			"^ (es ist|ist|war|diesmal)? tiefer als (sonst|normal|je|letztes mal|üblich) $",
			"(steine|steinen) (hab ich|hab i|sind)? (schon)? (in der|in meiner|in den) (jacke|jackn|jacken|manteltasche|manteltaschen|taschen|hosentaschen)",
			"(baumarkt|obi|hornbach|bauhaus|eisenwarenladen) (...|... ...|... ... ...|... ... ... ...|... ... ... ... ...) (hab|habe) (ich)? alles (gekauft|besorgt)? was ich brauche $",
			"(keiner|niemand) hat (das|die) (morphium|ampullen|spritzen|medikamente) (vom hospiz|vom pflegedienst)? (abgeholt|mitgenommen|zurückgeholt)",
			"(hab|habe) die (ampullen|spritzen|morphium) (...|... ...)? aus der (schublade|schrank) (geholt|genommen|rausgeholt)",
		},
		sigFinal: {
			"^ (und)? (keine|ohne|hab keine|hab ich keine) (rückfahrt|rückreise|rückfahrkarte|heimfahrt) (gebucht|hab ich keine gebucht)? $",
			"^ (eine)? (rückfahrt|rückreise|rückfahrkarte) (hab|habe) ich (keine|nicht) gebucht $",
			"(ehering|verlobungsring|trauring) ... (geschenkt|gegeben|verschenkt)",
			"^ (und)? alles (ist)? (verteilt|verschenkt|aufgeteilt) $",
			"^ morgen (versteht|verstehn|weiß|weiss) (sie|er|mama|papa) (warum|wieso) $",
			"(verabschiedet|tschüss gesagt) ohne dass (sie|es|jemand|keiner|einer) (es|was)? (gemerkt|bemerkt|mitbekommen)",
			"(velo|fahrrad|rad|motorrad|töff) (han|hab|habe) (i|ich) (...|... ...|... ... ...) (gschänkt|geschenkt|verschenkt|gegeben)",
		},
		sigIntent: {
			"^ (heute nacht|heut nacht|heute abend|heute|morgen) sehen wir uns wieder (mein schatz|schatz|mein liebling|liebling)? $",
			"^ (ruft|ruf) (mich)? nicht (mehr)? an $",
			"^ (ich)? (weiß|weiss) genau (welchen baum|welche brücke|wo|welche stelle|wie) $",
		},
		sigCue: {
			"(die ganze woche|seit tagen|seit wochen) (drüber|darüber|dran) (nachgedacht|nachgedacht und)",
			"(heute nacht|heute) ist (es soweit|die nacht)",
			"(jahre|jahr|monate) (seit|nachdem) (wir)? (sie|ihn|anni)? ... (verloren|gestorben|beerdigung|tod)",
			"(ein jahr|genau ein jahr) nach (ihrer|seiner|der) (beerdigung|tod|bestattung)",
			"wäre heute # (geworden|jahre alt)?",
			"blut (tropft|läuft|rinnt) (aufs|auf das|auf mein) (handy|display|telefon|tastatur)",
			"(muss|brauch|brauche) (die|das)? (zulassung|kfz steuer|versicherung|pickerl|tüv) (nächsten monat|nächstes jahr)? (nicht mehr|nie mehr|nicht) (verlängern|zahlen|erneuern)",
			"(s|das)? wasser (isch|ist) (so)? (schnell|schnäll|ruhig|hoch|reissend|kalt) (hüt|heute)? $",
			"^ (endlich|nun) (ruhig|in frieden|frei) $",
			"(mama|papa|mutter|vater|schwester|bruder) ... gesagt dass ich (sie|ihn) lieb (hab|habe)",
			"(bin|werde) (in der|bei der) (nächsten|kommenden) (sitzung|gruppe|stunde) nicht (dabei|da)",
			"(letzte|letzter) (fahrt|tour|reise)",
			"^ (ist)? (entschieden|beschlossen|hab mich entschieden) $",
			"(gefahren|gegangen) wo wir immer",
			"(zimmer|hotel|pension|ferienwohnung) (an der|am|bei der|an den) (ostsee|nordsee|küste|klippe|klippen|see|meer|brücke|steilküste) (gebucht)?",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(camions|poids lourds|voitures|trains) (passent|foncent|roulent) (à fond|à toute vitesse|à fond la caisse) (dessous|en dessous)",
			"(assis|assise|debout|perché|perchée) sur (la|le) (rambarde|parapet|garde corps|bord) du (pont|viaduc)",
			"^ (c'est|ça)? plus profond que (d'habitude|d'hab|jamais|la dernière fois) $",
			"(pierres|cailloux) (sont)? (déjà)? dans (ma|mes|la|les) (veste|manteau|poches|blouson)",
			"(magasin de bricolage|leroy merlin|castorama|brico) (...|... ...|... ... ...|... ... ... ...|... ... ... ... ...) (j'ai acheté|j'ai) tout ce qu'il (me)? faut $",
			"personne (n'est|est) venu (récupérer|chercher|reprendre) (les|la) (ampoules|morphine|seringues|médicaments)",
			"(sorti|sortie|sorties|sortis|pris) (les|la) (ampoules|seringues|morphine) (qui restaient|restantes)? du (tiroir|placard)",
		},
		sigFinal: {
			"^ (et)? (pas de|pas pris de|sans) (retour|billet retour|trajet retour) (réservé)? $",
			"(donné|offert) (mon|ma) (alliance|bague de fiançailles|bague)",
			"^ (et)? tout est (partagé|donné|distribué|réparti) $",
			"^ demain (elle|il|maman|papa) (comprendra|saura) pourquoi $",
			"(dit au revoir|fait mes adieux) ... sans qu'(ils|elles|personne) (s'en rende|s'en rendent|le remarque|le remarquent)",
			"(donné|offert) mon (vélo|velo|scooter|moto|voiture) ... (au bord du|près du|sur le) (fleuve|pont|canal|rhin|rhône)",
		},
		sigIntent: {
			"^ (ce soir|cette nuit|demain) on se (retrouve|revoit|rejoint) (mon amour|mon cœur|mon coeur|ma chérie|mon chéri)? $",
			"^ (m'appelez|appelez|m'appelle|appelle) (pas|plus) $",
			"^ (je sais exactement) (quel arbre|quel pont|où|ou|l'endroit|comment) $",
		},
		sigCue: {
			"(pensé|pense|réfléchi) (toute la semaine|depuis des jours) (et)? (ce soir c'est le soir|c'est ce soir)",
			"(ans|an|mois) (depuis que|qu'on a perdu|que j'ai perdu|qu'il est mort|qu'elle est morte)",
			"(un an|tout juste un an) après (son|ses|l') (enterrement|obsèques|décès)",
			"aurait eu # ans (aujourd'hui)?",
			"(le)? sang (coule|goutte|dégouline) sur (le|mon) (téléphone|portable|écran|clavier)",
			"(j'aurai|n'aurai|aurai) (pas|plus) (besoin de)? (à)? (renouveler|payer) (la|le|l')? (carte grise|assurance|l'assurance|vignette|contrôle technique)",
			"l'eau (a l'air|est|semble) (si)? (calme|tranquille|rapide|froide|haute) (aujourd'hui|ce soir)? $",
			"^ (enfin|je suis enfin) (calme|en paix|libre|sereine|serein) $",
			"(dit à|dit a) (ma)? (maman|mère|mere|papa|sœur|soeur) que je (l'aime|l'aimais)",
			"(serai|serais) pas (à|a) la (prochaine) (séance|seance|réunion|reunion)",
			"(dernier) (voyage|trajet|tour)",
			"^ (c'est)? (décidé|decide|j'ai décidé) $",
			"(allé|allée|suis allé|suis allée|venu|venue|roulé) (au|jusqu'au) (lac|fleuve|bord de la mer|bord du lac) où",
			"(réservé|reserve|loué) une (chambre|location|cabane) (près des|près de la|près du|au bord de la|au bord du|face à la) (falaises|falaise|mer|côte|lac|pont|fleuve)",
		},
	},
}}

// mendsS35Chores: a burn "again" at housework (an iron while ironing, the
// stove while cooking) is an accident, not a relapse. These idioms come
// before every other list's, so that the housework ("while ironing") is
// read with the burn before an idiom of its own blanks it; a burn again
// going on ("right now, can't stop") is left to the crisis phrases.
var mendsS35Chores = [4]phraseSet{
	{lang: "en", words: englishMore.words, benign: []string{
		"(burned|burnt|scalded) (myself|my (hand|finger|fingers|arm|wrist|thumb)) (again)? (with|on) (the|my)? (iron|stove|oven|hob|pan|frying pan|kettle|baking tray|oven tray|toaster|grill|curling iron|straighteners|steam) (again)? (while|when|whilst) (ironing|cooking|baking|frying|doing the ironing|making (dinner|lunch|breakfast|tea|coffee)|straightening|curling|taking)",
		"(burned|burnt|scalded) myself again (while|when|whilst) (ironing|cooking|baking|frying|doing the ironing|making (dinner|lunch|breakfast|tea|coffee))",
	}},
	{lang: "es", words: spanishMore.words, benign: []string{
		"(me quemé|me queme|me he quemado) (otra vez|de nuevo)? con (la|el) (plancha|sartén|sarten|horno|olla|hervidor|estufa|fogón|fogon|plancha del pelo) (otra vez|de nuevo)? (planchando|cocinando|haciendo la comida|haciendo la cena|friendo|mientras planchaba|mientras cocinaba)",
	}},
	{lang: "de", words: germanMore.words, benign: []string{
		"(hab|habe) mich (schon)? wieder (am|mit dem) (bügeleisen|herd|backofen|ofen|topf|wasserkocher|glätteisen) verbrannt (beim|während ich) (bügeln|kochen|backen|braten|bügelte|kochte)",
	}},
	{lang: "fr", words: frenchMore.words, benign: []string{
		"je me suis (encore|de nouveau)? (brûlé|brûlée|brule|brulee) (encore)? (avec le|au|sur le) (fer|fer à repasser|four|poêle|poele|plaque|bouilloire|lisseur) en (repassant|cuisinant|faisant à manger)",
	}},
}
