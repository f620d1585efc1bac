package risk

import "strings"

// Round s36-learn wrote set 36's misses (a hairdresser who is also a union
// representative for cabin crew and ground staff) and other11's (a
// home-care worker and mountain-hut warden) as kinds in the four languages,
// each with everyday twins in testdata/train/targeted-s36-learn.tsv and
// TestLearnS36. What set 36 missed was a plan told by its errands: a last
// check-in and a bye passed on to the group; a height now and "it was
// nice while it lasted"; not wanting the children to find one; debts paid
// back "to leave things square"; a goodbye the other did not know was one,
// or a last memory wanted; on a bridge "not afraid any more"; the keys
// left in the car at a lighthouse; a life insurance checked to pay "for
// any cause"; driving without a seatbelt towards a wall, or drunk towards
// the tree at the bend; a tower's key fetched for a day; nothing planned
// after, "not even an after"; rescue told not to hurry; quitting "not only
// there"; a motorbike and a dog given away; "in May I won't be here"; "I
// know which bridge is near"; a rope bought "and nobody asked"; a beam
// that "will hold me"; a partner who will "finish the job" if the bruises
// are told; "decided, after the last rotation"; a business handed over
// for a euro and "I don't need anything any more". Review: hoping the
// plane would go down or disappointed that it landed, tired of existing,
// waiting for the end in an armchair, "what's the point, I end up down
// again", thinking of jumping on a bridge every time, "I'm just left
// over", "if I disappeared they would say".
var mendsS36Learn = s36GapSets([4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(tomorrow|this time tomorrow) ~ (i will|ill|il|i) be at peace (for good|forever|for ever)",
			"^ (this time)? tomorrow ~ at peace (for good|forever|for ever) $",
			"(stole|nicked|took|swiped) ~ (vials|bottles|boxes|pills|ampoules) ~ i know (what|exactly what) i am (going to|gonna) do with (them|it)",
			"(when|once) (the|my) (kids|children|family|wife|husband|boys|girls) (are|is) (asleep|in bed|out|gone) (i will|ill|i am going to|im going to|im gonna) do it $",
			"(it is|its) over for me too ~ i (already)? know how",
			"(# more|two more|three more) sleeps (and)? (then)? (it is|its) (over|done|the end) (for real|for good|forever)",
			"^ (note|letter) (written|done|left) (...)? (here i go|i am going|im going|off i go) $",
			"^ (tonight|today|tomorrow) i (go to sleep|fall asleep|sleep|am going to sleep) (forever|for good|for ever) $",
			"(do not|dont|don't) want (my|the|our)? (kids|children|family|husband|wife|daughter|son|mum|mom|partner|parents|boys|girls|grandkids) (to)? (find|finding|to find) me (so)? ~ (driving|going|heading|walking|off) (to|into|towards|toward)",
			"(do not|dont|don't) want (my|the|our)? (kids|children|family|husband|wife|daughter|son|mum|mom|partner|parents|boys|girls|grandkids) (to)? (find|finding|to find) me $",
			"(she|he|they|mum|mom|my mum|my mom|nobody|no one|none of them) (does not|doesnt|did not|didnt) know (that)? (it|this|that) (was|is) (a|my|our)? (goodbye|farewell|the last time) $",
			"(wanted|want|wanna) (that|this|it) to be (her|his|their|my (mum|mom|mother|dad|kids|daughter|son)s?) last memory of me",
			"(without|no) (a)? (seatbelt|seat belt|belt) ~ (towards|toward|at|into|for) (the|that|a)? (tunnel|wall|concrete wall|bridge pillar|pillar|tree|barrier|abutment)",
			"(nothing|no plans|nothing else) (planned)? after (that|it|friday|saturday|sunday|monday|tuesday|wednesday|thursday)? ~ (not even|and no|no) (an)? after $",
			"(mountain rescue|the rescue|search and rescue|rescue|the coastguard|the police) (should not|shouldnt|need not|do not need to|dont need to|does not need to|doesnt need to) (bother|stress|rush|hurry|worry) (looking|searching)? (for me)? $",
			"(alone|on my own|by myself) (up|up there)? ~ (no way back|without a way back|no way down|no return)",
			"(quitting|quit|resigning|resign) ~ (not just|not only) (there|from there|the job|my job|work) $",
			"^ (i am|i do|i will|yes)? (just|but|only)? not (just|only) (there|from there|the job|my job|work) $",
			"(gave|given|giving) (away)? (my|the) (motorbike|motorcycle|bike|car) ~ (and|plus) (my|the)? (playstation|console|dog|cat|xbox|guitar)",
			"(gave|given|giving) (away)? (my|the) (dog|cat|playstation|console) ~ (and|plus) (my|the)? (motorbike|motorcycle|car)",
			"(all that is left|all thats left|the only thing left|only thing left) (is|was) (to)? (say goodbye|saying goodbye) to (someone|somebody|you|one person)",
			"^ (in|by) (january|february|march|april|may|june|july|august|september|october|november|december|the summer|spring|christmas) i (will not|wont|won't) be (here|around) (anymore|any more)? $",
			"i (already)? know which (bridge|cliff|building|car park|tower|overpass) is (nearest|closest|near|nearby|close) $",
			"(bought|got|picked up) (a|the)? (rope|noose) ~ (nobody|no one|noone|the (guy|man|bloke|cashier|lady|woman)) (did not|didnt|never|even) (even)? (ask|asked|blink|blinked|questioned it)",
			"(beam|rafter|branch|hook|pipe|bannister|banister) ~ (will|should|would|is going to|itll|thatll|itd|hell|shell|it will|that will) hold (me|my weight) (fine|alright|ok)? $",
			"if i (tell|told|talk to) (anyone|someone|anybody|people) about (the|my)? (bruises|marks|black eye) ~ (he will|hell|he'll|he is going to|hes going to|he said he would|he would) finish (the job|what he started|me off|me)",
			"(it is|its)? (decided|i have decided|ive decided) ~ after (the|my) (last|final) (shift|flight|rotation|run|trip|day) (on|of)? ((monday|tuesday|wednesday|thursday|friday|saturday|sunday))? $",
		},
		review: []string{
			"(it is|its) over for me too $",
			"(saw|noticed|seen|spotted) (the|my) cuts ~ (lied|said it was (the|my)? (cat|dog))",
			"(saw|noticed|seen|spotted) (the|my) (cuts|scars) (from|on|of) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|last week|my (arm|arms|wrist|wrists|legs|thighs))",
			"^ (i)? lied and said (it was|they were) (the|my)? (cat|dog|a cat|a dog) $",
			"(number|hotline|phone number) (for|of) (the)? (crisis line|suicide hotline|suicide line|samaritans|lifeline)",
			"(part of me|i|i kind of|i sort of) (hoped|wished|was hoping|wanted) (the)? (turbulence|plane|flight|engine|crash|storm) ~ (would|might|could) (just)? (finish it|finish me|end it|take me|bring us down|go down|crash)",
			"(almost|a bit|kind of|slightly|nearly) (disappointed|sad|gutted|let down) (that)? (we|the plane|it|the flight) (landed|touched down|made it) (normally|safely|fine)?",
			"tired of (existing|being alive)",
			"(just)? (waiting|wait) for the end (in|on) (my|the) (armchair|chair|sofa|couch|bed)",
			"(what is the point|whats the point|why bother) ~ (i|ill|i will|i'll) (just)? end up (back)? (at the bottom|in the same hole|down again|back down|in the same pit)",
			"(think|thought|thinking) (about|of) jumping (every time|each time|whenever)",
			"^ i am (just|only|simply)? (surplus|left over|leftover|superfluous|surplus to requirements) $",
			"if i (disappeared|vanished|was gone|were gone|died) ~ (they would|theyd|people would|everyone would|nobody would|no one would) (say|notice|care|miss)",
		},
		benign: []string{
			"(left|forgot) the keys in the (door|lock) (all night)?",
			"(broken|broke) (both)? (my)? (wrists|wrist) (from|skiing|in the fall)",
			"(sitting|sat) on the (pier|jetty|dock) with my feet dangling (over the water)?",
			"(left|dropped) my (daughter|son|kids|children) with my (mum|mom|mother|parents|sister|dad) ~ (night shift|shift|conference)",
			// When one is back, then the shift, spelt out: a benign "~" is
			// no gap.
			"(left|dropped) my (daughter|son|kids|children) with my (mum|mom|mother|parents|sister|dad) (and)? (said|told (her|him|them)) (i'd|i would|i will|i'll) be back (tomorrow|in the morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (night shift|shift|conference)",
			"kms if (one more|another|anyone else|someone else|anybody else|one other) (person|passenger|customer|client|guest|pax|kid)? (asks|says|tells|calls|orders|complains)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"mañana a esta hora (ya)? (estaré|estare|voy a estar) en paz (para siempre|de una vez|de verdad)",
			"(robé|robe|me llevé|me lleve) ~ (frascos|ampollas|cajas|pastillas) ~ (sé|se|ya sé|ya se) (lo que|qué|que) voy a hacer con (ellos|ellas)",
			"cuando (los niños|los chicos|mis hijos|la familia) (estén|esten) (dormidos|acostados|fuera) lo (hago|voy a hacer|haré|hare) $",
			"(para mí|para mi) también se (acaba|termina) ~ (ya)? (sé|se) (cómo|como)",
			"(# noches|dos noches|tres noches) más y (se acaba|se termina|todo termina) (de verdad|para siempre)",
			"(el|este)? (lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|esta noche|mañana) me apago como una vela",
			"^ (esta noche|hoy|mañana|manana) me (duermo|voy a dormir|quedo dormida|quedo dormido) para siempre $",
			"no quiero que (mis|los) (hijos|hijas|niños|nietos|chicos) (me encuentren|me vean|me hallen) (así)? (por eso|así que|entonces)? ~ (voy|manejo|me voy|conduzco) (al|a la|hacia el|hacia la|hasta el|hasta la)",
			"no quiero que (mis|los) (hijos|hijas|niños|nietos|chicos) me encuentren $",
			"(ella|él|el|mi mamá|mi mama|mi madre|nadie) no (sabe|sabía|sabia) que (era|fue|es) (una|mi)? (despedida|la última vez|la ultima vez) $",
			"(quería|queria|quiero) que (ese|eso|este|esto) (sea|fuera) su (último|ultimo) recuerdo de mí",
			"(quería|queria|quiero) que (ese|eso|este|esto) (sea|fuera) su (último|ultimo) recuerdo de mi",
			"sin cinturón ~ (hacia|contra|directo al|directo a la) (el|la|un|una)? (túnel|tunel|muro|pared|árbol|arbol|pilar|columna)",
			"(no tengo|no hay|nada) (nada)? (planeado|planificado) (después|despues) ~ ni (un|siquiera un)? (después|despues) $",
			"(que)? (los de rescate|rescate|los bomberos|los rescatistas|la guardia civil) no se (molesten|apuren|estresen|preocupen) (en buscarme)? $",
			"(sola|solo) (arriba)? ~ (sin vuelta|sin camino de vuelta|sin regreso)",
			"(renuncio|renuncié|renuncie|me voy) ~ no (solo|sólo) (de ahí|de allí|al trabajo|del trabajo) $",
			"^ (sí|si|y sí|y si) (renuncio|me voy) ~ (pero)? no (solo|sólo) (de ahí|de allí|al trabajo|del trabajo) $",
			"(preguntar|pregunté|pregunte) ~ si el seguro de vida (paga|cubre) (por|en)? (cualquier causa|cualquier motivo|suicidio) ~ ya (pasó|paso) el (primer)? año",
			"(regalé|regale|le regalé|le regale|le di) (la|mi) moto ~ (y|con) (el|la|mi) (perro|perra|gato|gata|play|playstation|consola)",
			"(regalé|regale|le regalé|le regale|le di) (el|la|mi) (perro|perra|gato|gata) ~ (y|con) (la|mi) moto",
			"(solo|sólo) me (faltaba|falta|queda|quedaba) despedirme de (alguien|vos|ti|una persona)",
			"(en|para) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|navidad|verano) (ya)? no voy a estar $",
			"(ya)? (sé|se) (qué|que|cuál|cual) (puente|acantilado|edificio|azotea|torre) (queda|hay|está|esta) (cerca|más cerca|mas cerca) $",
			"(compré|compre) (la|una)? (soga|cuerda) ~ (ni preguntó|ni pregunto|nadie preguntó|nadie pregunto|no preguntó|no pregunto|ni me preguntó|ni me pregunto)",
			"(viga|rama|gancho) ~ me (va a aguantar|aguanta|aguantará|aguantara|va a sostener|sostiene|sostendrá|sostendra) (bien)? $",
			"si (cuento|le cuento|digo|hablo) (a alguien|a nadie)? (de|lo de)? (los|mis)? (moretones|golpes|marcas) ~ (me va a|va a) (terminar|acabar) (el trabajo|lo que empezó|lo que empezo|conmigo)",
			"(está decidido|esta decidido|lo decidí|lo decidi|ya lo decidí|ya lo decidi) ~ (después|despues) (del|de la|de mi) (último|ultimo|última|ultima) (vuelo|turno|rotación|rotacion|día|dia|viaje) (del|de)? ((lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo))? $",
		},
		review: []string{
			"(vio|vieron|notó|noto) (los|mis) cortes ~ (mentí|menti|dije que fue el gato)",
			"número de (la)? línea (de crisis|de prevención|de prevencion|del suicidio)",
			"(me imagino|imagino|deseo|ojalá|ojala) que el avión no (llega|llegue|aterrice|aterriza) ~ (alivio|me alivia|paz)",
			"(casi)? (decepcionada|decepcionado|desilusionada|desilusionado) (de)? que (aterrizáramos|aterrizaramos|aterrizamos|el avión aterrizara) (normal|bien)?",
			"(cansada|cansado) de existir",
			"esperando (el final|la muerte|el fin) (en|sentada en|sentado en) (mi|el) (sillón|sillon|sofá|sofa|cama)",
			"(pa|para) (qué|que) ~ si (todo)? ~ (vuelvo|vuelva|acabo|termino) (otra vez)? (al|en el) mismo (hoyo|pozo|agujero)",
			"(pienso|pensé|pense) en (tirarme|saltar) (cada vez|siempre que|todas las veces)",
			"^ (estoy|soy) (de más|de mas|sobrando) $",
			"si (desapareciera|me muriera|ya no estuviera|me fuera) ~ (dirían|dirian|nadie|se irían|se irian)",
		},
		benign: []string{
			"(dejé|deje|olvidé|olvide) las llaves (puestas)? en (la puerta|la cerradura)",
			"(muñecas|muñeca|munecas|muneca) (rotas|rota|fracturadas|fracturada) (del|de la|de) (esquí|esqui|caída|caida|accidente)",
			"(sentado|sentada) en el (muelle|embarcadero|pantalán|pantalan) con los pies colgando",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"morgen um diese zeit (bin ich|werd ich) (endlich)? (in frieden|frei|ruhig) (für immer|fur immer|endgültig)",
			"(geklaut|mitgenommen|eingesteckt) ~ (fläschchen|flaschchen|ampullen|packungen|tabletten) ~ (ich)? (weiß|weiss) (genau)? was ich damit (mach|mache)",
			"(fläschchen|flaschchen|ampullen|packungen|tabletten) ~ (geklaut|mitgenommen|eingesteckt) ~ (ich)? (weiß|weiss) (genau)? was ich damit (mach|mache)",
			"wenn die (kinder|kids) (schlafen|im bett sind|weg sind) (mach|tu) ich es $",
			"(ist es|ists) für mich auch vorbei ~ wie (weiß|weiss) ich (schon)?",
			"noch (# mal|zwei mal|zweimal|dreimal) schlafen (und dann)? ist (es|alles) vorbei (für immer|wirklich|endgültig)",
			"^ (heute nacht|heute|morgen) (schlaf|schlafe) ich (für immer|fur immer) (ein)? $",
			"(will|möchte|mochte) nicht dass (meine|die|unsere) (kinder|kids|tochter|sohn|familie|enkel) mich finden (deshalb|darum|also)? ~ (fahr|fahre|geh|gehe) (ich)? (zum|zur|an den|ans|in den)",
			"(will|möchte|mochte) nicht dass (meine|die|unsere) (kinder|kids|tochter|sohn|familie|enkel) mich finden $",
			"(sie|er|mama|keiner|niemand) (weiß|weiss|wusste) nicht dass (es|das) (ein|mein|der)? (abschied|das letzte mal) war $",
			"(wollte|will) dass (das)? (ihre|seine|die) letzte erinnerung an mich (ist|wird)?",
			"ohne gurt ~ (richtung|gegen|in den|in die|auf den|auf die) (tunnel|betonwand|wand|mauer|pfeiler|brückenpfeiler|baum)",
			"(nix|nichts) (mehr)? geplant ~ (auch)? kein danach",
			"(die)? (bergrettung|rettung|polizei|feuerwehr) soll sich nicht (stressen|beeilen|sorgen|die mühe machen) $",
			"allein (rauf|hoch|hinauf)? ~ (ohne rückweg|ohne ruckweg|kein rückweg|kein ruckweg|ohne rückfahrt)",
			"(kündige|kundige|kündigen|hör auf|hore auf) ~ nicht nur (dort|da|den job|bei der arbeit|beim job) $",
			"^ (tu|mach) ich (ja|schon)? (auch)? (nur|aber) nicht nur (dort|da|den job|bei der arbeit|beim job) $",
			"(motorrad|töff|moped|auto) ~ (und|mit) (die|der|den|meine|meinen)? (playstation|konsole|hund|katze|gitarre) ~ (geschenkt|gschenkt|verschenkt|gegeben)",
			"(fehlt|fehlte) (mir)? nur noch (der|ein|mein)? abschied (von jemandem|von dir)?",
			"(im|zu) (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|sommer|weihnachten) (bin ich|werd ich|werde ich) nicht mehr (da|hier) (sein)? $",
			"(ich)? (weiß|weiss) (schon)? welche (brücke|brucke|klippe|hochhaus|parkhaus) (in der nähe|am nächsten|in der nahe|am nachsten|nah) (ist|liegt) $",
			"(strick|seil) gekauft ~ (keiner|niemand|der verkäufer|der verkaufer|der typ|der mann) hat (nicht|nix|nichts)? (mal)? gefragt",
			"(balken|ast|haken) ~ (hält|halt|wird) mich (schon)? (aus|halten) $",
			"wenn ich (jemandem|wem)? (von den|von meinen)? (blauen flecken|flecken) (erzähl|erzähle|sag|sage) ~ (bringt er|macht er|wird er) (es|das|den job)? (zu ende|fertig)",
			"(ist)? (entschieden|beschlossen) ~ nach (der|dem|meiner|meinem) letzten (rotation|schicht|flug|umlauf|dienst|tour) (am)? ((montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))? $",
		},
		review: []string{
			"(ist es|ists) für mich auch vorbei $",
			"(hat|haben) (die|meine) (schnitte|narben|wunden) gesehen ~ (gelogen|katze)",
			"(gehofft|hoffte|gewünscht|gewunscht) (dass)? (das flugzeug|der flieger|die maschine) (abstürzt|absturzt|runtergeht|nicht ankommt)",
			"(fast|irgendwie|bisschen)? enttäuscht (dass|als) wir (normal|sicher|ganz normal)? gelandet",
			"(müde|mude) (zu existieren|vom existieren|vom dasein)",
			"(warte|warten|wart) (nur noch)? auf das ende (in meinem|im|auf dem) (sessel|sofa|bett)",
			"was bringt (das)? (alles)? ~ (am ende)? (lieg|liege|bin|lande) ich (eh|sowieso|doch) wieder (unten|am boden|im loch)",
			"(denk|denke) (ich)? (jedes mal|jedesmal|immer) (kurz)? ans (springen|runterspringen)",
			"^ (ich bin|bin) (einfach|nur noch|halt)? (übrig|ubrig|überflüssig|uberflussig) $",
			"wenn ich (verschwinden würde|verschwinden wurde|verschwände|weg wäre|weg ware|sterben würde) ~ (würden|wurden|würde|keiner|niemand)",
		},
		benign: []string{
			"(sitz|sitze|sitzend) auf dem (steg|pier) ~ (füße|fusse|beine) (baumeln|baumelnd)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"demain à cette heure (ci)? je serai en paix (pour de bon|pour toujours)",
			"(piqué|pique|volé|vole|pris) ~ (flacons|ampoules|boîtes|boites|cachets) ~ je sais ce que je vais en faire",
			"quand les (enfants|gosses|petits) (dormiront|dorment|seront couchés|seront couches) je le (fais|ferai) $",
			"pour moi aussi c'est fini ~ je sais (déjà|deja)? comment",
			"encore (# dodos|deux dodos|deux nuits|# nuits) et (c'est fini|tout est fini) (pour de vrai|pour de bon)",
			"^ (mot|lettre) (écrit|ecrit|écrite|ecrite|laissé|laisse) (...)? (j'y vais|je pars|c'est parti) $",
			"(trois|deux|#) mois d'ordonnance ~ (voyage|vacances) ~ (je pars pas|je pars plus)",
			"^ (ce soir|cette nuit|demain) je (m'endors|dors|vais dormir) pour (toujours|de bon) $",
			"(je)? (veux|voulais) pas que (mes|les) (enfants|gosses|petits|filles|fils) me trouvent (alors)? ~ (je vais|je roule|je pars) (au|à la|vers le|vers la|jusqu'au)",
			"(je)? (veux|voulais) pas que (mes|les) (enfants|gosses|petits|filles|fils) me trouvent $",
			"(elle|il|maman|personne) (sait|savait) pas que c'était (un adieu|des adieux|la dernière fois) $",
			"(voulais|veux) que ce soit (ça|ca)? son dernier souvenir de moi",
			"sans ceinture ~ (vers|contre|direction) (le|la|un|une)? (tunnel|mur|platane|arbre|pile|pilier)",
			"rien (de)? (prévu|prevu) après ~ (même)? pas d'après $",
			"(les secours|le secours|le pghm|la gendarmerie|les pompiers) (se pressent|se fatiguent|se stressent|s'inquiètent) pas $",
			"(seul|seule) (là haut)? ~ (sans retour|pas de retour|sans chemin de retour)",
			"(je démissionne|démissionner|je quitte) ~ pas (que|seulement) (de là|de la|du boulot|du travail|le boulot) $",
			"^ (je le fais|c'est vrai|oui) ~ (mais)? pas (que|seulement) (de là|là|du boulot|le boulot) $",
			"(donné|offert) (ma|la) moto ~ (et)? (le|mon|la|ma) (chien|chienne|chat|chatte|console|playstation)",
			"(il)? me (restait|reste) plus qu'à dire au revoir (à quelqu'un|à toi)",
			"en (janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|été|noël|noel) je (serai|serais) (plus|pas) là $",
			"je sais (déjà)? (quel|quelle) (pont|falaise|immeuble|tour) est (le plus |la plus )?(proche|près) $",
			"(acheté|achete) (la|une)? corde ~ (personne|le vendeur|le gars|le mec|il|elle) (m'a|ma)? (rien|pas) demandé",
			"(poutre|branche|crochet) ~ (elle|il)? me tiendra (bien)? $",
			"si je parle (des|de mes)? (bleus|marques|coups) ~ (il va|va) finir (la job|le travail|ce qu'il a commencé|ce qu'il a commence)",
			"(c'est décidé|c'est decide|j'ai décidé|j'ai decide) ~ après (la|le|ma|mon) (dernière|derniere|dernier) (rotation|vol|service|garde|journée|journee|tournée|tournee) (de|du)? ((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))? $",
		},
		review: []string{
			"a vu (les|mes) (coupures|cicatrices) ~ (menti|le chat)",
			"(espéré|espere|espérais|esperais) que l'avion (s'écrase|s'ecrase|tombe|se crashe)",
			"(presque|un peu|limite) (déçue|decue|déçu|decu) qu'on (se pose|atterrisse|ait atterri) (normalement)?",
			"(fatigué|fatiguée|fatigue|fatiguee) d'exister",
			"(attendre|j'attends|attends) la fin (dans|sur) (mon|ma|le) (fauteuil|canapé|canape|lit|chaise)",
			"(à quoi bon|a quoi bon) ~ (je retombe|retomber|je finis) (toujours)? (au fond|dans le même trou|dans le meme trou|en bas)",
			"je pense (à|a) (sauter|me jeter) (à chaque fois|a chaque fois|chaque fois)",
			"^ je suis (juste|simplement)? (de trop|en trop) $",
			"si je (disparaissais|mourais|n'étais plus là|netais plus la) ~ (diraient|personne|oublieraient)",
		},
		benign: []string{
			"(assis|assise) sur le ponton ~ (les pieds|pieds) (dans le vide|au dessus de l'eau)",
		},
	},
})

// mendSignalsS36Learn read set 36's kinds told over the sentences of a
// line: a last check-in and a bye passed on, a roof and "nice while it
// lasted", debts paid back and things left square, on a bridge and no
// fear any more, keys left in the car at a lighthouse, an insurance that
// pays "for any cause" and the year passed, drunk at the wheel and the
// tree at the bend, a tower's key for a day, in May not here and a thing
// done ahead.
var mendSignalsS36Learn = s36GapSignals([]signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(floor|storey) and the window (actually|really)? opens",
			"how many ~ (would|will) (actually|really) do it $",
			"(got|have|ive got) (three|#) months (of|worth of)? (meds|pills|prescription|tablets) ~ (trip|travelling|traveling|holiday|abroad)",
			"(i have been drinking|ive been drinking|i am drunk|im drunk|had a few|had a drink) (and)? (i am|im)? (at the wheel|behind the wheel|driving)",
			"(i am|im) (on|at) the (bridge|dam|dam wall|viaduct|lighthouse|cliff|cliffs)",
		},
		sigFinal: {
			"(this is|this will be|that was)? (my|the) last check in (i will|ill|i'll|i am going to|im going to|im gonna) (ever)? (do|send|make|write|be doing) $",
			"^ (this is|this will be)? my last check in $",
			"(feels|it feels|feel)? (good|nice|right) to (leave|be leaving) (things|everything|it all) (square|in order|sorted|tidy|even) $",
			"(life insurance|death benefit|life cover|survivors pension|survivor's pension) ~ (pays|pay out|pays out|covers|cover) (for|out for|in)? (any cause|whatever the cause|every case|all causes|suicide|any reason)",
			"(in|by) (january|february|march|april|may|june|july|august|september|october|november|december) i (will not|wont) be (here|around) $",
			"(sold|gave|handed|signed) (over|away)? (the|my) (salon|shop|business|cafe|bar|studio) ~ (for (a|one) (pound|euro|dollar|quid)|for nothing|for free)",
		},
		sigIntent: {
			"(going|goin|gonna) (to)? (see|join|be with) (grandma|grandpa|nan|nana|grandad|mum|mom|dad|my (brother|sister|son|daughter|wife|husband)) soon",
		},
		sigCue: {
			"first time (i have|ive|i)? (ever)? checked (that|it)",
			"(tomorrow|tmrw) (i will|ill|i am going to)? (get|arrive|come) in early before (the others|everyone)",
			"(i have|ive|i) (got)? (like|about)? (#|three|two) (months|weeks) (worth|supply)",
			"(she|he) (died|passed) (in #|# years ago|last year|years ago)",
			"^ (i am|im) not going $",
			"tell (the group|everyone|the others|the team|the girls|the lads|them all) i said (bye|goodbye|cheers)",
			"(it was|its been|it has been) (nice|good|fun|lovely|great) while it lasted $",
			"(paid|paying) back (everyone|everybody|all the people) (i|that i) (owed|owe)",
			"(i am|im)? not (scared|afraid) (anymore|any more) $",
			"(left|leaving) the keys in the (car|ignition)",
			"(the)? first year (is|has)? (over|passed|gone|up)",
			"(asked|asks) (me)? if i was (ok|okay|alright|all right|fine) ~ (said|told her|told him) (yes|fine|im fine)",
			"the (tree|oak|wall) (at|on|by) the (bend|corner|curve)",
			"(key|keys) (for|to) the (church tower|bell tower|tower|roof) (for)? ((monday|tuesday|wednesday|thursday|friday|saturday|sunday))?",
			"(sitting|sat) in the car (by|at|on) the (lake|reservoir|river|shore|water)",
			"(even though|although) (it is|its) (in)? (january|february|march|april|may|june|july|august|september|october|november|december)",
			"^ i (do not|dont) need anything (anymore|any more|else) $",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(piso|planta) # ~ la ventana (se abre|abre) (del todo|entera)",
			"(tomé|tome|bebí|bebi|estoy borracho|estoy borracha|estoy tomado|estoy tomada) (y)? (estoy|voy)? (al volante|manejando|conduciendo)",
			"(estoy|ya estoy) (en el|en la|arriba del|junto al) (faro|acantilado|puente|presa|mirador)",
		},
		sigFinal: {
			"(este es|es)? mi (último|ultimo) check in $",
			"(el)? (último|ultimo) check in que (hago|voy a hacer|haré|hare) $",
			"(dejar|dejo|dejé|deje) (todo|las cosas|las cuentas) (en orden|saldado|saldadas|claras|en paz) $",
			"(seguro|póliza|poliza) ~ (cualquier|suicidio|todo caso)",
			"(en|para) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) (ya)? no voy a estar $",
			"(traspasé|traspase|regalé|regale|vendí|vendi|cedí|cedi) (la|el|mi) (peluquería|peluqueria|negocio|local|tienda|salón|salon) ~ (por un euro|por nada|gratis)",
		},
		sigCue: {
			"mañana llego temprano antes (que los demás|que los demas|de los demás|de los demas)",
			"^ no me voy $",
			"(díganle|diganle|dile|decile|decíle) (al grupo|a todos|a los demás|a los demas) (que)? (me despedí|me despedi|adiós|adios|chau|chao)",
			"(estuvo|fue) (lindo|bonito|bien|chévere|chevere) mientras (duró|duro)",
			"(devolví|devolvi|pagué|pague) (a todos|todo lo que debía|todo lo que debia|a todo el mundo)",
			"ya no tengo miedo $",
			"(dejé|deje) las llaves (puestas)? en el (coche|carro|auto)",
			"ya pasó el (primer)? año",
			"(el árbol|el arbol|el muro|el plátano|el platano) de la curva",
			"la llave (del|de la) (campanario|torre|azotea|iglesia)",
			"(sentado|sentada) en el (coche|carro|auto) (junto al|en la orilla del|frente al) (lago|embalse|pantano|río|rio)",
			"aunque (es|sea) en (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)",
			"^ (ya)? no necesito nada (más|mas)? $",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(stock|etage) ~ fenster (geht|lässt sich|lasst sich) (ganz)? (auf|öffnen|offnen)",
			"(hab getrunken|habe getrunken|bin betrunken|bin besoffen) (und)? (sitz|sitze|fahr|fahre|bin) (am steuer|hinterm steuer)?",
			"(bin|i bin|ich bin|steh|stehe|sitz|sitze) (uf dr|uf de|auf der|aufm|auf dem) (brücke|brucke|brugg|rhybrugg|rheinbrücke|rheinbrucke|staumauer|talsperre)",
		},
		sigFinal: {
			"^ (des|das|dies)? (is|ist)? (mei|mein) letzter check in $",
			"(alles|die sachen) (geregelt|im reinen|erledigt) (zu)? (hinterlassen|lassen) $",
			"(lebensversicherung|hinterbliebenenrente|versicherung) ~ (in jedem fall|bei suizid|bei selbstmord|egal warum|auf jeden fall) (zahlt|zahlen|auszahlt)",
			"(lebensversicherung|hinterbliebenenrente|versicherung) ~ (zahlt|zahlen|auszahlt) (in jedem fall|bei suizid|bei selbstmord|egal warum)",
			"^ im (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) (bin ich|werd ich) nicht mehr (da|hier) $",
			"(salon|laden|geschäft|geschaft|friseursalon) ~ (für einen euro|umsonst|geschenkt) (übergeben|ubergeben|überlassen|uberlassen|verkauft|abgegeben)",
		},
		sigCue: {
			"morgen (bin ich|komm ich) früh (da)? vor den anderen",
			"^ ich (fahr|fahre) (gar)? nicht $",
			"(sagts|sagt|sag) (der|da|dr) (gruppe|gruppn|runde) (servus|tschüss|tschuss|ciao|adieu|lebewohl)",
			"(war|wars) schön (solange|so lange) es (gedauert hat|dauerte|ging)",
			"(allen|jedem) (das geld|alles)? zurückgezahlt",
			"(ha|hab|habe) (kei|keine) (angscht|angst) (meh|mehr) $",
			"(schlüssel|schlussel) (stecken lassen|im auto gelassen|stecken gelassen)",
			"dann ist das (auch)? geklärt",
			"(der|den) baum (in der|an der) kurve",
			"(schlüssel|schlussel) (für den|fürn|zum|vom) (kirchturm|glockenturm|turm|dach)",
			"(sitz|sitze) im auto am (ufer|see|stausee)",
			"obwohl (es|sie|er) (erst)? im (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) ist",
			"^ (ich)? (brauch|brauche) nichts mehr $",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"fenêtre (du|au) ~ (qui)? s'ouvre en grand",
			"(trois|deux|#) mois d'ordonnance ~ (voyage|vacances)",
			"(j'ai bu|j'ai trop bu|je suis saoul|je suis saoule|je suis bourré|je suis bourrée) (et)? (je suis)? (au volant)",
			"(je suis|chuis) sur (le|la) (pont|barrage|falaise|phare)",
		},
		sigFinal: {
			"^ (c'est)? mon dernier check in $",
			"(le)? dernier check in que je (fais|ferai) $",
			"(laisser|partir en laissant) (les choses|tout) (en ordre|réglé|regle|propre|carré|carre) $",
			"(capital décès|capital deces|assurance vie|assurance décès|assurance deces) ~ (paie|paye|verse|couvre) (en cas de suicide|quelle que soit la cause|dans tous les cas)",
			"(pour être sûre?|pour etre sure?) que (ma fille|mon fils|mes enfants|mes filles) (touche|touchent) (le)? (capital décès|capital deces|assurance vie)",
			"en (janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre) je (serai|serais) (plus|pas) là $",
			"(cédé|cede|donné|donne|vendu) (le|mon) (salon|commerce|magasin|café|bar) ~ (pour un euro|pour rien|gratuitement)",
		},
		sigCue: {
			"demain (j'arrive|je viens) tôt avant les autres",
			"^ je (pars|vais) pas $",
			"(dites|dis) au groupe (que je dis)? (au revoir|salut|adieu)",
			"c'était (bien|beau|sympa|chouette) tant que (ça|ca) a duré",
			"(remboursé|rembourse) (tout le monde|tout ce que je devais)",
			"j'ai plus peur $",
			"(laissé|laisse) les clés (sur le contact|dans la voiture)",
			"(m'a demandé|ma demandé) si (ça|ca) allait",
			"(le platane|l'arbre|le mur) (du|de la) virage",
			"la clé (du clocher|de la tour|du toit|de l'église)",
			"(assis|assise) dans la voiture au bord du (lac|barrage|fleuve)",
			"(même si|bien que) (c'est|c'est seulement) en (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
			"(moi)? (j'ai)? (plus|pas) besoin de rien $",
		},
	},
}})

// s36OtherSigns are other11's kinds of someone else in danger now: a
// farewell message and no answer, a body found with the car gone, someone
// on a railing or a ledge for a while or sitting on the tracks waiting for
// the train, a fall or an accident and no answer any more, pills and drink
// and no reaction, a child shut in a hot car, a man beating his wife who
// shouts he will kill her.
var s36OtherSignsEN = s36Gaps([]string{
	"(texted|sent|wrote|messaged) (me)? ~ (tell|say to) (the kids|my kids|mum|mom|my mum|my mom|the children|everyone|my wife|my husband) (i love them|i am sorry|im sorry|sorry|i love her|i love him) ~ (not picking up|not answering|phone (is)? off|no answer|isnt answering)",
	"(note|letter) ~ (gone to be with|going to be with|off to be with|gone to join) (dad|mum|mom|him|her|grandad|my (dad|mum|mom)) ~ (car|van) (is|s)? gone",
	"(standing|sitting|stood|sat) (on|at) (the)? (railing|ledge|edge|parapet|window ledge|dam wall|windowsill) ~ (for|since) (half an hour|an hour|ages|hours|# (minutes|mins))",
	"(livestreaming|live streaming|streaming|live) (himself|herself|themselves)? ~ (window ledge|ledge|windowsill|railing|parapet)",
	"(climbed|crawled|got) out (of)? (the|a)? (upstairs|bedroom)? window (onto|on to) the (roof|porch roof|ledge) ~ (edge|cant get|can't get)",
	"(screaming|shouting|yelling) ~ (smashing|hitting|beating|throwing) ~ (yelled|screamed|shouted) help",
	"(fell|fallen|crashed) ~ (not (really)? responding|isnt responding|wont respond|stopped (screaming|responding|moving))",
	"(kid|child|baby|toddler) (is)? (locked|stuck|left|shut) in (the|a)? (car|van) ~ (heat|hot|degrees|red|screaming|stopped)",
})

var s36OtherSignsES = s36Gaps([]string{
	"(gracias por todo) ~ (ya no vas a tener que venir|no vas a tener que volver) ~ (no contesta|no responde|no atiende)",
	"(se le fue la mano|se pasó|se paso) con (el trago|el alcohol|las pastillas) ~ (no reacciona|no responde|no despierta)",
	"(tirada|tirado) en el (baño|bano|piso|suelo) ~ (no me contesta|no reacciona|respira raro|respira rarísimo|respira rarisimo)",
	"(le está pegando|le esta pegando|le pega) a su (señora|senora|mujer|esposa|novia) ~ (grita|gritando) que (la|lo) va a matar",
	"(niño|niña|nene|nena|bebé|bebe) (encerrado|encerrada|atrapado|atrapada) en el (auto|coche|carro)",
	"(brasero|estufa|parrilla) (adentro|dentro) ~ (mareados|mareado|mareada|vomitando)",
	"se (atragantó|atraganto) ~ (morado|morada|no puede respirar|no puede toser)",
	"se (cayó|cayo) ~ no (siente|mueve) las piernas",
})

var s36OtherSignsDE = s36Gaps([]string{
	"(sag|sagt) (den kindern|meinen kindern|meiner frau|meinem mann) (ich hab sie lieb|dass ich sie liebe|ich liebe sie) ~ (handy aus|geht nicht ran|nimmt nicht ab|nicht erreichbar|brücke|brucke)",
	"(ein letztes mal|zum letzten mal) (auf den|zum) (gipfel|berg) ~ (brief|zettel)",
	"(steht|sitzt) seit ~ (aufm|auf dem|auf der) (geländer|gelander|brüstung|brustung|staumauer|dach|sims)",
	"(liegt|lag) (drunter|darunter|unter dem traktor) ~ (schreit|reagiert|rührt sich|ruhrt sich) (nimmer|nicht mehr|nimma|nicht)",
	"(kind|baby|kleines) (im auto|im wagen) (eingesperrt|eingeschlossen) ~ (grad|hitze|heiss|knallrot|schreit nimmer|schreit nicht mehr)",
	"(hängt|hangt) ~ (meldet sich|antwortet) (nimmer|nicht mehr|nimma)",
	"(verschüttet|verschuttet) ~ (suchen|am suchen|lvs)",
})

var s36OtherSignsFR = s36Gaps([]string{
	"(dis|dites) (à|a) mes enfants que je les aime ~ (coupé|coupe|éteint|eteint|répond plus|repond plus)",
	"(enfermée|enfermee|enfermé|enferme) ~ (crie|hurle) qu'il va (la|le) tuer",
	"(assis|couché|couche|allongé|allonge) sur les voies ~ (attend le train|bouge pas|bouge plus)",
	"(tabassent|frappent|cognent) ~ (bouge plus|bouge pas) ~ (continuent|continue)",
	"(tombé|tombe|tombée|tombee) dans une crevasse ~ (l'entend plus|entend plus|répond plus|repond plus)",
	"(a pris la foudre|foudroyé|foudroye) ~ (bouge plus|bouge pas|respire plus)",
})

var mendsS36LearnOther = [4]phraseSet{
	{lang: "en", words: s35WordsEN, crisis: s35Crisis(s36OtherSignsEN)},
	{lang: "es", words: s35WordsES, crisis: s35Crisis(s36OtherSignsES)},
	{lang: "de", words: s35WordsDE, crisis: s35Crisis(s36OtherSignsDE)},
	{lang: "fr", words: s35WordsFR, crisis: s35Crisis(s36OtherSignsFR)},
}

// otherS36Learn are the persons of other11's texts (a client, a client's
// son or grandson, a hut guest, a colleague from the care service, a
// climber, a neighbour) and the same signs as their danger now.
var otherS36Learn = []otherSet{
	{lang: "en", words: s35WordsEN,
		who: []string{
			"(clients|aunty|auntie|grandson|granddaughter|hiker|climber)",
			"(my|her|his|the) (clients|client's) (son|daughter|grandson|husband|wife)",
		},
		acts:   s36OtherSignsEN,
		menace: []string{"(going to|gonna|will|is coming back to) (slash|cut|smash|carve) (up)? my (face|head|throat)"},
	},
	{lang: "es", words: s35WordsES,
		who: []string{
			"(un|una|el|la|mi|su) (compa|pibe|piba|paciente|abuelito|abuelita)",
		},
		acts:   s36OtherSignsES,
		menace: []string{"(me va a|me vas a|va a|vuelve a) (rajar|cortar|partir|romper|marcar) (me)? (la cara|la cabeza|el cuello)"},
	},
	{lang: "de", words: s35WordsDE,
		who: []string{
			"(hüttengast|huttengast|seilpartner|bergsteiger|tourengeher|skitourengeher)",
		},
		acts:   s36OtherSignsDE,
		menace: []string{"(will|wird) mir (das gesicht|den kopf) (aufschlitzen|zerschneiden|einschlagen)"},
	},
	{lang: "fr", words: s35WordsFR,
		who: []string{
			"(alpiniste|bénéficiaire|beneficiaire|patiente)",
		},
		acts:   s36OtherSignsFR,
		menace: []string{"(va|vient) me (taillader|défoncer|defoncer|couper|casser) (le visage|la gueule|la tête|la tete)"},
	},
}

// s36Gap is what "~" stands for in this file's phrases: any zero to
// eighteen words in the phrases that raise a level ("..." is itself up to
// three words), and none in the benign ones. An idiom blanks what it
// spans, and a clinician's read of session 14 found that eighteen words,
// and then six, were room enough for "i want to die" or "ich will
// sterben" between an idiom's two halves.
const (
	s36Gap       = "(...|... ...|... ... ...|... ... ... ...|... ... ... ... ...|... ... ... ... ... ...)?"
	s36BenignGap = ""
)

func s36Gaps(ps []string) []string { return gapsOf(ps, s36Gap) }

func gapsOf(ps []string, gap string) []string {
	with := " " + gap + " "
	if gap == "" {
		with = " "
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = strings.ReplaceAll(p, " ~ ", with)
	}
	return out
}

func s36GapSets(sets [4]phraseSet) [4]phraseSet {
	for i := range sets {
		sets[i].crisis = s36Gaps(sets[i].crisis)
		sets[i].review = s36Gaps(sets[i].review)
		sets[i].benign = gapsOf(sets[i].benign, s36BenignGap)
	}
	return sets
}

func s36GapSignals(sets []signalSet) []signalSet {
	for i := range sets {
		for k := range sets[i].kinds {
			sets[i].kinds[k] = s36Gaps(sets[i].kinds[k])
		}
	}
	return sets
}
