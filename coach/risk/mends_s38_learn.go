package risk

// Round s38-learn wrote set 38's misses (a street outreach worker for
// people sleeping rough, once a ketamine clinic's follow-up nurse) as kinds
// in the four languages, each beside everyday twins that share its words
// (TestLearnS38, testdata/train/targeted-s38-learn.tsv). The writer's
// crises were told by their errands and by the street: hours alone
// counted and "that's enough"; the next sessions cancelled "not because
// I'm better" or with no point "when I won't be around"; "goodnight
// forever"; pills gathered from several pharmacies till there are enough;
// "tomorrow I'm no longer here" in Swiss German; a day chosen after payday
// so the rent is left paid; lying on the tracks till the driver honked,
// "next time I won't get up"; a rehearsal and "today I'll do it
// properly"; food and drink refused for days; men waiting downstairs with
// iron bars, or coming back with petrol, or "you won't see the morning";
// a whole drug taken, "if I don't wake up, so be it"; things given to
// named people and "nothing left to settle"; the door left open so the
// firefighters find one; shoes taken off on a tower's roof. Review: "I
// only cost", "a case number and a burden", a cigarette put to one's arm,
// a near death that "would have been a quiet way to go", better if one
// did not exist at all, saved and not sure one is glad, attempts counted
// with life "waiting for the third". Two ordinary lines were at Crisis:
// a bike sold because it is not needed now one lives near work, and not
// wanting a visitor to see one dizzy after ketamine; these are blanked
// only with their ordinary reason beside them.
var mendsS38Learn = s36GapSets([4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(# hours|hours|the (morning|afternoon|day|evening|night)) (to myself|alone|on my own|by myself) ~ (that is|thats|that will be|that will|itll be|it will be) (enough|plenty|all i need|long enough) $",
			"(cancel|cancelling|canceling|skip|skipping|drop|dropping|not doing|not coming to) ~ (session|sessions|infusion|infusions|appointment|appointments|treatment|treatments) ~ not because (i am|i feel|im|i have been|things are) (better|feeling better|doing better|getting better|improving|well)",
			"no point (when|since|if|as|because) i (will not|am not going to|wont) be (around|here|alive) (for it|for that|for them|by then|anymore|any more)? $",
			"^ (good night|goodnight|night) (forever|for ever|for good) $",
			"(# |two|three|four|five|six|several|different) (different)? (pharmacies|chemists|drugstores) ~ (now|finally|at last)? (i have|i have got|ive got|ive|i got|got) enough (now|together|at last|finally)? $",
			"(now|finally|at last) (i have|i have got|ive got|ive|i got|got) enough (pills|tablets|meds|of them) (together|saved|stashed)? $",
			"(i have|ive got|got|i got) the (date|day) (now)? ~ (after|once) (payday|pay day|i get paid|my pay) ~ (rent|rents|bills|debts) (is|are|will be)? (paid|covered|sorted)",
			"(lay|lying|lied|sat|sitting|stood|standing) (on|across) the (tracks|rails|line|railway) ~ next time i (will not|wont|am not going to) (get up|move|step off|step back|roll off)",
			"^ (going|heading|off)? (back|again)? (now)? next time i (will not|wont|am not going to) (get up|move|step off|step back|roll off) $",
			"(practice run|practise run|dry run|rehearsed|practised|practiced|tried it out) ~ (woods|forest|garage|shed|basement|park|bridge|tree|rope|belt) ~ (today|tonight|tomorrow) (i|ill|i will|i am going to|im gonna) (do it|go through with it) (for real|properly|right|for good)",
			"(have not|not|nothing) (eaten|drunk) (or|and|nor) (drunk|eaten|to drink|to eat)? (anything)? (in|for) (# |two|three|four|five|six|several)? (days|day) ~ (and)? (i am|im)? not going to $",
			"(not eating|stopped eating|no food) (or|and|nor) (drinking|water) ~ (quietest|easiest|gentlest|only|simplest) way",
			"(waiting|are waiting|wait) (for me)? (downstairs|outside|at the door|out front|by the door|in the stairwell) (for me)? with (bats|knives|a knife|iron bars|bars|machetes|a machete|a gun|guns|petrol|sticks) ~ (for me to|till i|until i|when i) (come|get|go) (out|down)",
			"(they|he|she) (said|told me|say|says) (they are|they will|theyll|he is|he will|hell|she will) (coming|come) back (tonight|today|later|tomorrow)? with (petrol|gasoline|a knife|knives|bats|a gun|guns|iron bars|machetes)",
			"(they|he) (said|told me|say|says) (that)? i (will not|wont) (see|make it to|live till|live to see) (the)? (morning|tomorrow|sunrise)",
			"(coming|on their way|on his way) ~ to (settle|sort out) (the)? (score|scores) ~ (broke|broken|smashed) my (nose|jaw|ribs|arm|face)",
			"(shot|snorted|took|used|smoked|did|injected) (all|the whole|all the|everything) ~ (heroin|gear|fentanyl|fent|dope|pills|tablets|k|ketamine|oxy|bag|batch) ~ if i (do not|dont) wake up (then)? so be it",
			"(gave|given|handed) ~ to (my|the) (cousin|brother|sister|mate|friend|neighbour|neighbor|nephew|niece|son|daughter) ~ nothing (left|else|more) to (sort out|settle|sort|take care of|arrange) $",
			"(left|leaving|leave) the (door|front door|flat door) (unlocked|open|ajar) (so|so that) the (paramedics|firefighters|fire brigade|police|ambulance|neighbours|neighbors) (can|could|will|would)? find me",
			"(on|up on) the (roof|rooftop) (of the)? (tower|tower block|block|building|car park|multi storey|hospital|flats)? ~ (took|taken|take) (off)? my (shoes|boots|trainers) (off)?",
			"(roof|rooftop) ~ (shoes|boots|trainers) off",
		},
		review: []string{
			"^ i (am|m)? (just|only)? (a|one)? (case number|file|number|case|statistic) and a (burden|cost|drain)",
			"^ (all)? i (do is)? (just|only) cost (people|everyone|them)? (money)? $",
			"(burned|burnt|burn) my (arm|forearm|wrist|hand|thigh|leg|skin) with (a|my|the) (cigarette|lighter|fag)",
			"(put|stubbed) (a|my|the) (cigarette|fag) out on my (arm|forearm|wrist|hand|thigh|leg|skin)",
			"(would have|would of|wouldve) been a (quiet|peaceful|gentle|soft|nice|easy) (way to go|death|exit|way out) $",
			"(better|easier) (for (her|him|them|everyone|everybody|all of them|my (kids|daughter|son|family|mum|mom)))? if i (did not|didnt) exist (at all)?",
			"(they|the doctors|the paramedics|someone) (saved|revived|resuscitated) me ~ (not sure|do not know|dont know) (if|whether)? i am (glad|happy|grateful)",
			"(first|1st) (attempt|od|overdose) ~ (second|2nd) ~ (waiting|waits) (for)? the (third|3rd|next) (one)?",
		},
		benign: []string{
			"(sold|selling|sell) my (bike|car|motorbike|van|scooter|guitar|laptop|phone) to (pay for|buy|afford|get) (a|the|my)? (bus pass|travel card|train pass|season ticket|monthly pass|deposit|course|driving lessons|new (one|bike|car|laptop|phone))",
			"(will not|wont) need (it|them|the (car|bike|van)) (anymore|any more)? (now|since|as|because) (i am|we are|i have|ive) (living|working|moved|moving in|got|bought) (near|close to|next to|closer to|from home|a new|my own|the new|in town)",
			"(dizzy|woozy|groggy|hungover|spaced out|out of it) (from|after) (the)? (ketamine|infusion|session|treatment|spravato) ~ (comes|is coming|arrives|visits) (at #|tonight|later|for dinner) ~ (i do not|i dont) want (her|him|them) to see me like this",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"(# horas|horas|la mañana|la tarde|el día|la noche) (para mí|para mi|solo|sola|a solas) (sola|solo)? ~ (con eso|eso|y eso)? (alcanza|basta|es suficiente|me basta|me alcanza) $",
			"(cancelen|cancelo|anulen|anulo|cancela|anula) ~ (cita|citas|sesión|sesion|sesiones|infusión|infusion|infusiones|tratamiento) ~ no (es)? porque (esté|este|estoy|me sienta|me siento) (mejor|bien)",
			"no tiene sentido (si|cuando|porque) (ya)? no voy a estar (ahí|para eso|para entonces)? $",
			"^ (buenas noches|buena noche) para siempre $",
			"(# |dos|tres|cuatro|cinco|varias|distintas) (farmacias) (distintas|diferentes)? ~ (ya|por fin|ahora)? (junté|junte|tengo|reuní|reuni) (suficientes|bastantes|las suficientes)",
			"(ya|por fin|ahora) (junté|junte|tengo|reuní|reuni) (suficientes|bastantes|las suficientes) (pastillas)? $",
			"(ya)? tengo (el día|el dia|la fecha) ~ (así|asi|para) (le|les)? (dejo|dejar) (el alquiler|la renta|todo|las cuentas|el piso) (pagado|pagada|pagados|arreglado|arreglada|en orden)",
			"(acostado|acostada|sentado|sentada|tirado|tirada) (en|sobre) (las|la) (vías|vias|vía|via) ~ la próxima vez no me (levanto|muevo|aparto|quito)",
			"^ (vuelvo|voy)? (ahora|otra vez)? la próxima vez no me (levanto|muevo|aparto|quito) $",
			"(ensayé|ensaye|practiqué|practique|probé|probe) ~ (cómo|como) se hace ~ (hoy|esta noche|mañana) lo hago (en serio|de verdad|bien|para siempre)",
			"no he (comido|bebido) ni (comido|bebido) (nada)? (en|desde hace) (# |dos|tres|cuatro|cinco) días ~ no (pienso|voy a) hacerlo",
			"(me está|me están|me estan|me esta|están|estan) esperando (afuera|abajo|en la puerta|fuera) ~ con (palos|cuchillos|barras|fierros|navajas|machetes|gasolina|un arma|pistolas) ~ que (salga|baje)",
			"(dijeron|dicen|me dijo|me dijeron|amenazaron) que (hoy|esta noche|ahora|mañana)? (vuelven|vienen|vuelve|viene) con (gasolina|nafta|cuchillos|machetes|palos|barras|un arma|pistolas|fierros)",
			"(me dijeron|dijeron|me dijo) que (hoy|esta noche)? no (llego|paso|amanezco|veo) (a la mañana|de esta noche|vivo|viva|el amanecer|la mañana)",
			"(viene|vienen) con (sus|unos|los|mis)? (amigos|primos|hermanos|compas|colegas|tipos|dos más|otros) ~ (a|para) (arreglar cuentas|ajustar cuentas|cobrármela|cobrarmela|partirme)",
			"(me metí|me meti|me inyecté|me inyecte|me tomé|me tome|me fumé|me fume) (todo|toda|todas|todos) ~ (si no despierto|si ya no despierto) (que así sea|que asi sea|pues ya|ni modo)",
			"(le di|regalé|regale|di) ~ a mi (primo|prima|hermano|hermana|amigo|amiga|vecino|vecina|sobrino|sobrina) ~ (ya)? no me queda nada (por|que) (arreglar|resolver|dejar en orden)",
			"(dejé|deje) la puerta (abierta|sin llave|entreabierta) para que (los bomberos|la policía|la policia|los paramédicos|los paramedicos|la ambulancia|los vecinos) me (encuentren|encuentre|hallen)",
			"(azotea|techo|tejado) (del edificio|de la torre)? ~ me (quité|quite|saqué|saque) (los zapatos|las zapatillas|las botas)",
		},
		review: []string{
			"^ (solo|sólo)? soy (un|una)? (expediente|número|numero|caso|carpeta) y una (carga|molestia)",
			"^ (yo)? (solo|sólo) (cuesto|doy gastos) (dinero)? $",
			"me (quemé|queme) (el|la) (brazo|antebrazo|muñeca|muneca|mano|pierna|muslo) con (el|un|la) (cigarro|cigarrillo|encendedor|pucho)",
			"(habría|habria|hubiera) sido una (forma|manera|muerte|salida) (tranquila|suave|dulce|en paz) (de irme|de morir)?",
			"mejor (para (ella|él|el|ellos|todos|mi familia|mis hijos))? si yo no (existiera|existiese)",
			"(me salvaron|me reanimaron|me revivieron|sobreviví|sobrevivi) ~ no (sé|se) si me (alegro|alegra)",
			"(primer|primera) (intento|sobredosis) ~ (segundo|segunda) ~ (espera|esperando) (el|la) (tercero|tercera|siguiente|próximo|proximo)",
		},
		benign: []string{
			"(vendí|vendi) (mi|la|el) (bici|bicicleta|coche|carro|moto|guitarra|portátil|portatil|celular|móvil|movil) para (pagar|comprar|pagarme) (el|la|un|una)? (abono|pase|bono|fianza|depósito|deposito|curso|clases de manejo)",
			"ya no (lo|la|los|las) necesito (ahora que|porque|desde que) (vivo|trabajo|me mudé|me mude|tengo) (cerca|en casa|desde casa|al lado|un|una|mi)",
			"(mareada|mareado|mareo|resaca|atontada|atontado) (de|por) (la|el)? (ketamina|sesión|sesion|infusión|infusion|tratamiento) ~ (viene|llega|vienen|llegan) (a las #|esta noche|a cenar|a comer|luego) ~ no quiero que me (vea|vean) (así|asi)",
			"(mareo|mareada|mareado) (de|por) (la)? (ketamina|sesión|sesion|infusión|infusion) ~ (viene|llega) (a las #|esta noche|a cenar|a comer|luego) ~ no quiero que me (vea|vean) (así|asi)",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(# stunden|stunden|den vormittag|den nachmittag|den tag|den abend) (für mich|allein|alleine) (allein|alleine)? ~ (das|und das) (reicht|genügt|genugt|langt) $",
			"(streichen|absagen|stornieren|sagen sie|sag) ~ (sitzung|sitzungen|termin|termine|infusion|infusionen|behandlung) ~ nicht (weil (es mir|ich|s mir|mir)|weils mir) (besser|gut) (geht|gehe|bin|fühle)",
			"(keinen|kein) sinn (wenn|weil|da) ich (eh|sowieso|dann)? nicht mehr (da|hier) (bin|sein werde|sein) $",
			"^ gute nacht (für immer|fur immer|auf ewig) $",
			"(# |zwei|drei|vier|fünf|mehrere|verschiedene|verschiedenen) (verschiedene|verschiedenen)? apotheken ~ (jetzt|endlich|nun)? (hab|habe) (ich)? genug (zusammen|beisammen|gesammelt)",
			"^ (jetzt|endlich|nun) (hab|habe) ich genug (tabletten)? (zusammen|beisammen|gesammelt) $",
			"(morn|morgen|hüt|heute) bin (ich|i) (nöd meh|nid meh|nüme|nümme|nümm|nüm|nimmer) da",
			"(hab|habe) (ich)? den (tag|termin|datum) ~ nach dem (zahltag|lohn|gehalt) ~ (miete|rechnungen|schulden) ~ (bezahlt|beglichen|erledigt)",
			"(gleis|gleisen|schienen) (gesessen|gelegen|gesesen) ~ (nächstes|nachstes) mal (steh|stehe) ich nicht (mehr)? auf",
			"^ (geh|gehe) (gleich|jetzt)? wieder hin (nächstes|nachstes) mal (steh|stehe) ich nicht (mehr)? auf $",
			"^ (nächstes|nachstes) mal (steh|stehe) ich nicht (mehr)? auf $",
			"(geübt|geubt|geprobt|ausprobiert) (wie (es|s)|wies) geht ~ (heute|heut|heute nacht|morgen) mach (ich (es|s)|ichs) richtig",
			"^ (heute|heut|heute nacht) mach (ich (es|s)|ichs) richtig $",
			"nichts (gegessen|getrunken) und (nichts)? (gegessen|getrunken) ~ (werd|werde) (es|ich)? (auch)? nicht",
			"(warten|wartet) (unten|draußen|drausen|vor der tür|vor der tur|vorm haus) (auf mich)? mit (eisenstangen|messern|messer|baseballschlägern|schlägern|macheten|benzin|ner knarre|einer waffe) ~ (bis|dass) ich (rauskomme|runterkomme|rausgehe)",
			"(sie|er|die) (haben|hat) (mir)? gesagt (sie|er)? (kommen|kommt) (heute|heute nacht|heut|später|morgen)? (wieder)? mit (benzin|messern|messer|eisenstangen|ner knarre|einer waffe) (zurück|zuruck|wieder)",
			"(kommt|kommen) mit (seinen|ihren|ein paar)? (freunden|kumpels|brüdern|leuten) ~ (abrechnen|die rechnung begleichen|mich fertigmachen)",
			"(das ganze|alles|den ganzen|die ganzen) ~ (fentanyl|heroin|stoff|tabletten|pillen|zeug) (genommen|gedrückt|gespritzt|geschluckt|geraucht) ~ wenn ich nicht (mehr)? aufwache (dann ist es so|dann halt nicht|dann soll es so sein|egal)",
			"(geschenkt|gegeben|vermacht) ~ (nichts|nix) mehr zu (regeln|erledigen|klären|klaren)",
			"(dem|meinem|der|meiner) (cousin|bruder|schwester|kumpel|nachbarn|nachbarin|neffen|nichte) ~ (nichts|nix) mehr zu (regeln|erledigen|klären|klaren) $",
			"(tür|tur|wohnungstür) (offen|auf|unverschlossen) (gelassen|gemacht)? damit (die|mich die) (feuerwehr|polizei|sanitäter|sanitater|nachbarn) (mich)? (findet|finden)",
			"(auf dem|aufm) dach ~ (schuhe|stiefel) (ausgezogen|aus)",
		},
		review: []string{
			"^ (ich)? (koste|kost) (nur|bloß|blos) (geld|nerven)? $",
			"(bin|ich bin) (nur|bloß|blos)? (ein|eine) (aktenzeichen|nummer|akte|fall) und (eine|ein) (last|belastung|kostenfaktor)",
			"mit (der|einer|ner) (zigarette|kippe|fluppe|feuerzeug) (den|die|das|meinen|mein|meine)? (unterarm|arm|handgelenk|hand|bein|oberschenkel) verbrannt",
			"(den|die|das|meinen|mein|meine) (unterarm|arm|handgelenk|hand|bein|oberschenkel) mit (der|einer|ner) (zigarette|kippe|fluppe|feuerzeug) verbrannt",
			"(wär|wäre|war) ein (ruhiger|sanfter|schöner|friedlicher|leiser) (abgang|tod) gewesen",
			"(besser|leichter) (für (sie|ihn|alle|die kinder|meine (tochter|familie|kinder)))? wenn es mich (gar)? nicht (gäbe|gabe|geben würde|geben wurde)",
			"(haben|hat) mich (gerettet|wiederbelebt|zurückgeholt) ~ (weiß|weis|weiss) nicht ob ich (froh|dankbar) (bin|sein soll)",
			"(erster|erste) (versuch|suizidversuch) ~ (zweite|zweiter) ~ (auf den|den) (dritten|nächsten) (wartet|warten)",
		},
		benign: []string{
			"(mein|das|meine|die) (fahrrad|rad|auto|moped|motorrad|gitarre|laptop|handy) verkauft (um|für|fur) (das|die|den|ein|eine|einen)? (monatsticket|deutschlandticket|jahresticket|busticket|kaution|kurs|führerschein|fuhrerschein)",
			"(brauch|brauche) (es|ihn|sie|das) nicht mehr (jetzt wo|seit|weil|da) ich (in der stadt|nah|nahe|neben|bei der arbeit|von zuhause|von zu hause)? (wohne|arbeite)",
			"(schwindlig|benommen|verkatert|neben der spur) (von|nach) (der|dem)? (ketamin|sitzung|infusion|behandlung) ~ (kommt|kommen) (um #|heute abend|zum essen|später) ~ (will|möchte|mochte) (ich)? nicht dass (sie|er) mich so sieht",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(# heures|heures|la matinée|la journée|la soirée|l'après-midi) (pour moi|seul|seule|tranquille) (tout seul|toute seule|seul|seule)? ~ (ça|ca|et ça|et ca) (suffit|suffira|me suffit)",
			"(annulez|annule|annuler|j'annule) ~ (séance|seance|séances|seances|rendez-vous|rdv|perfusion|perfusions|traitement) ~ pas parce que (je vais|ça va|ca va|je me sens) mieux",
			"(sert|servira) (à|a) rien (puisque|si|vu que) (je serai|je vais être) plus (là|la) $",
			"^ bonne nuit pour (toujours|de bon) $",
			"(# |deux|trois|quatre|cinq|plusieurs) pharmacies (différentes|differentes)? ~ (maintenant|enfin)? (j'en ai|jen ai|j'ai) (assez|suffisamment)",
			"(maintenant|enfin) (j'en ai|jen ai) (assez|suffisamment) (de côté|de cote)? $",
			"(j'ai|jai) la date ~ (après|apres) la paie ~ (le loyer|les factures) (de|d')? ~ (est|sont|sera)? (payé|paye|payés|payes|réglé|regle)",
			"(couché|couchée|assis|assise|allongé|allongée) sur les (rails|voies) ~ la prochaine fois je (me relève|me releve|bouge|recule|me lève|me leve) pas",
			"^ (j'y retourne|je retourne)? la prochaine fois je (me relève|me releve|bouge|recule|me lève|me leve) pas $",
			"(entraîné|entraine|entraînée|répété|repete|essayé|essaye) ~ (bois|forêt|foret|garage|cave|grenier) ~ (ce soir|aujourd'hui|demain) je le fais (pour de vrai|pour de bon|comme il faut)",
			"rien (mangé|mange) ni bu ~ (je compte pas|je vais pas) le faire",
			"(m'attendent|attendent|m'attend) (en bas|dehors|devant) avec (des|une|un) (battes|barres de fer|barres|couteaux|couteau|machettes|flingue|essence) ~ (que je|jusqu'à ce que je) (descende|sorte)",
			"(ils|il) (ont dit|a dit|disent|dit) (qu'ils|quil|qu'il|quils) (reviennent|revient|reviendront|reviendra) (ce soir|aujourd'hui|cette nuit|demain)? avec (de l'essence|lessence|l'essence|des couteaux|des battes|des barres de fer|un flingue)",
			"(pris|pris toute|shooté|shoote|pris tout) ~ (came|héro|hero|fentanyl|cachets|médocs|medocs) ~ si je me (réveille|reveille) pas (tant pis|c'est comme ça|ainsi soit-il|c'est tout)",
			"(donné|donne|filé|file|laissé|laisse) ~ (à|a|au) (mon|ma|la|le)? (cousin|cousine|frère|frere|soeur|sœur|pote|voisin|voisine|neveu|nièce|niece) ~ (reste|a|y a) plus rien (à|a) régler",
			"(laissé|laisse) la porte (ouverte|entrouverte|pas fermée|deverrouillée) pour que les (pompiers|flics|secours|voisins|ambulanciers) me (trouvent|retrouvent)",
			"(toit|terrasse) (de la tour|de l'immeuble|du parking|de limmeuble)? ~ (enlevé|enleve|retiré|retire) mes (chaussures|baskets|godasses)",
		},
		review: []string{
			"^ je suis (juste|qu'un|qu'une)? (un|une)? (dossier|numéro|numero|cas) et un (fardeau|poids)",
			"^ je (coûte|coute) (que|juste) (de l'argent|des sous)? $",
			"(brûlé|brule|brûlée|brulee) (le|la|mon|ma) (bras|avant-bras|poignet|main|cuisse|jambe) avec (une|ma|la) (cigarette|clope)",
			"(aurait|aura) (été|ete) une (mort|façon de partir|sortie|fin) (douce|tranquille|paisible)",
			"mieux (pour (elle|lui|eux|tout le monde|mes enfants|ma famille))? si (j'existais|jexistais) pas",
			"(m'ont sauvé|m'ont sauve|m'ont réanimé|m'ont reanime) ~ (sais pas|sais toujours pas) si (j'en suis|jen suis|je suis) (content|contente|heureux|heureuse)",
			"(première|premiere) (ts|tentative) ~ (deuxième|deuxieme|seconde) ~ (attend|attendre) (juste)? la (troisième|troisieme|prochaine|suivante)",
		},
		benign: []string{
			"vendu (mon|ma) (vélo|velo|voiture|scooter|moto|guitare|ordi|téléphone|telephone) pour (payer|acheter|me payer) (le|la|mon|ma|un|une)? (pass navigo|navigo|abonnement|abonnement de bus|caution|formation|permis)",
			"(j'en ai|jen ai) plus besoin (maintenant que|depuis que|vu que|parce que) (j'habite|jhabite|je bosse|je travaille|je vis) (près|pres|à côté|a cote|en ville|de chez moi)",
			"(tête qui tourne|la tête qui tourne|vertiges|vaseux|vaseuse|dans le gaz) (après|apres|de) (la)? (kétamine|ketamine|séance|seance|perfusion) ~ (vient|arrive) (à #|a #|ce soir|dîner|diner) ~ (veux|voudrais) pas (qu'elle|qu'il|quelle|quil) me (voie|voit) comme (ça|ca)",
		},
	},
})

// mendSignalsS38Learn are set 38's kinds told across sentences: a strong
// sign in one ("I've decided.", "nothing left to settle", "cancel my
// Thursday infusion, I won't be there") made Crisis by a cue in another
// ("it wasn't your fault", things given away, "don't call me", "they
// arrive in ten minutes").
var mendSignalsS38Learn = s36GapSignals([]signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigFinal: {
			"nothing (left|else|more) to (sort out|settle|take care of|arrange) $",
			"if (you are|youre|you) (reading|read) this ~ (it was|it is|its|it wasnt|it was not)? not your fault $",
			"(cancel|cancelling|canceling) ~ (session|infusion|appointment) ~ i (will not|wont) be (there|around) $",
		},
		sigIntent: {
			"^ not because (i am|im|i feel|things are) (better|doing better|feeling better) $",
		},
		sigDanger: {
			"(coming|on their way|on his way) ~ to (settle|sort out) (the)? (score|scores)",
		},
		sigWhen: {
			"(they|he|she) (will be here|arrive|arrives|get here|gets here) in # (minutes|mins)",
		},
		sigMeans: {
			"^ (now|finally|at last) (i have|i have got|ive got|i got|got) enough $",
			"(shot|snorted|took|used|smoked|did|injected) (all|the whole|all the|everything) ~ (heroin|gear|fentanyl|fent|dope|pills|tablets|ketamine|oxy|bag|batch)",
		},
		sigCue: {
			"(do not|dont) (call|ring|chase|try to reach) me",
			"(cancel|cancelling|canceling|skip|skipping|not doing) ~ (session|sessions|infusion|infusions|appointment|appointments)",
			"if i (do not|dont) wake up (then)? so be it",
			"(gave|given) (my|the) ~ to my (cousin|brother|sister|mate|friend|neighbour|neighbor) ~ (my|the) ~ to (my|the)",
			"(went|been) (round|to) (# |two|three|four|five|several) (different)? (pharmacies|chemists)",
		},
	},
}, {
	lang:  "es",
	words: spanishSignals.words,
	kinds: [numSignalKinds][]string{
		sigFinal: {
			"(ya)? no me queda nada (por|que) (arreglar|resolver|dejar en orden) $",
			"si (lees|lee|leen|estás leyendo|estas leyendo|está leyendo|esta leyendo) esto ~ no (fue|es) (tu|su) culpa $",
			"(cancelen|cancelo|anulen|anulo) ~ (cita|sesión|sesion|infusión|infusion) ~ no voy a estar $",
		},
		sigIntent: {
			"^ no (es)? porque (esté|este|estoy|me sienta|me siento) mejor $",
			"^ (ya)? tengo (el día|el dia|la fecha) (el #)?",
		},
		sigDanger: {
			"(viene|vienen) ~ (a|para) (arreglar cuentas|ajustar cuentas)",
		},
		sigWhen: {
			"(llegan|llega|vienen|viene) en # (minutos|min)",
		},
		sigMeans: {
			"(me metí|me meti|me inyecté|me inyecte|me tomé|me tome|me fumé|me fume) (todo|toda|todas|todos) (el|la|las|los|lo)? ~ (fentanilo|heroína|heroina|pastillas|droga|ketamina|chiva|cristal)",
		},
		sigCue: {
			"no (insistan|me llamen|me busquen)",
			"(cancelen|cancelo|anulen|anulo|cancela|anula) ~ (cita|citas|sesión|sesion|sesiones|infusión|infusion|infusiones)",
			"si no despierto (que así sea|que asi sea|pues ya|ni modo)",
			"(le di|regalé|regale|di) (mi|la|el) ~ a mi (primo|prima|hermano|hermana|amigo|amiga|vecino|vecina) ~ (mi|la|el) ~ (al|a mi|a la)",
			"(fui a|recorrí|recorri) (# |dos|tres|cuatro|cinco|varias) farmacias",
		},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigFinal: {
			"(nichts|nix) mehr zu (regeln|erledigen|klären|klaren) $",
			"(falls|wenn) (sie|du|ihr) das (lesen|liest|lest) ~ nicht (ihre|deine|eure) schuld $",
			"(hab|habe) mich ~ (überall|uberal|uberall) abgemeldet (außer hier|auser hier|ausser hier)?",
		},
		sigIntent: {
			"^ nicht (weil (es mir|ich|s mir|mir|es)|weils mir|weils) besser (geht|gehe|bin|fühle|wird) $",
			"^ (jetzt|endlich|nun) (hab|habe) ich genug (zusammen|beisammen|gesammelt) $",
			"^ (heute|heut|heute nacht) mach (ich (es|s)|ichs) richtig $",
		},
		sigWhen: {
			"(# stunden|ein paar stunden|den ganzen tag) (für mich|allein|alleine)",
			"(heute|heut) ist ein guter tag (dafür|dafur)",
		},
		sigMeans: {
			"(das ganze|alles|den ganzen|die ganzen) ~ (fentanyl|heroin|stoff|tabletten|pillen|zeug) (genommen|gedrückt|gespritzt|geschluckt|geraucht)",
		},
		sigCue: {
			"(sitzung|sitzungen|termin|termine|infusion|infusionen) ~ (streichen|absagen|stornieren)",
			"(streichen|absagen|stornieren) ~ (sitzung|sitzungen|termin|termine|infusion|infusionen)",
			"wenn ich nicht (mehr)? aufwache (dann ist es so|dann halt nicht|dann soll es so sein|egal)",
			"(dem|meinem|der|meiner) (cousin|bruder|schwester|kumpel|nachbarn|nachbarin|neffen|nichte) (geschenkt|vermacht)",
			"(ihr|sie|du) (hättet|hattet|hätten|hatten|hättest|hattest) nichts tun (können|konen|konnen)",
			"(in|bei) (# |zwei|drei|vier|fünf|mehreren) (verschiedenen)? apotheken",
			"^ das (reicht|genügt|genugt) $",
			"(geübt|geubt|geprobt) (wie (es|s)|wies) geht",
		},
	},
}, {
	lang:  "fr",
	words: frenchSignals.words,
	kinds: [numSignalKinds][]string{
		sigFinal: {
			"(il)? (me reste|reste|y a) plus rien (à|a) régler $",
			"si (tu lis|vous lisez|tu lises|vous lisiez) (ça|ca|ceci|ce message) ~ (c'était|cétait|cetait|c'est|cest) pas (ta|votre) faute $",
		},
		sigIntent: {
			"^ pas parce que (je vais|ça va|ca va|je me sens) mieux $",
		},
		sigDanger: {
			"(sont|attendent) en bas avec (des|une|un) (battes|barres de fer|barres|couteaux|machettes)",
		},
		sigMeans: {
			"(pris|shooté|shoote) (toute|tout) (la|le|les|ma|mon|mes)? ~ (came|héro|hero|fentanyl|cachets|médocs|medocs)",
		},
		sigCue: {
			"(annulez|annule|annuler|j'annule) ~ (séance|seance|séances|seances|rendez-vous|rdv|perfusion|perfusions)",
			"si je me (réveille|reveille) pas (tant pis|c'est comme ça|ainsi soit-il)",
			"(donné|donne|filé|file) (ma|mon|mes) ~ (à|a|au) (mon|ma)? ~ (ma|mon|mes) ~ (à|a|au)",
			"(laissé|laisse) (à|a) manger (au|à mon|a mon) (chat|chien) pour (# |deux|trois|quatre) jours",
			"on dirait des fourmis",
		},
	},
}})

// mendsS38LearnDrift holds the corpus rows that the retraining on set 38
// moved against their labels, as kinds: the learnt screen alone had
// carried them. One was no kind at all before: "am Freitag bring ich mich
// um", German putting the verb before "ich" after a time, which no phrase
// read (nor "häng ich mich auf"). The others: a way out to be used
// tonight; everything planned for after a family's last good evening;
// "tomorrow I won't wake up any more"; a room taken where nobody knows
// one; "it's tonight, no doubt left, and it's a relief"; the console and
// the motorbike given away; the lease ended and the will made; "won't
// need the next appointment". Review: anything left worth staying for; a
// year since being admitted after the attempt; disappearing for a while;
// would anyone notice; numb since the last session; "did it", sick after.
// And the everyday ones raised: not wanting to wake at six, a hire car
// not needed after Sunday, "he doesn't know it was me who fixed his bike".
var mendsS38LearnDrift = s36GapSets([4]phraseSet{
	{
		lang:  "en",
		words: englishMore.words,
		crisis: []string{
			"(i have|ive got|got|i got) (a|my) way out (and|so)? (i am going to|im going to|im gonna|i will|ill) (use|take) it",
			"(everything|it all|all) (is)? (planned|sorted|set) for after ~ (so that|so) (at least)? (they|she|he|the kids) (have|get|can have) (that|this|one last) (night|evening|christmas|dinner)",
			"^ (tomorrow|tonight) i (will not|wont|am not going to) wake up (anymore|any more|again) $",
			"(room|motel room|hotel room|b&b) ~ (booked|took|rented|got) ~ where (nobody|no one|noone) knows me $",
			"(booked|took|rented|got) (a|myself a) (room|motel room|hotel room) ~ where (nobody|no one|noone) knows me $",
			"(it is|its) (tonight|for tonight) ~ no (doubt|doubts) (left|anymore|any more) (and)? (it is|its|that is|thats)? (a)? (relief|relieving|calming)",
			"(already)? gave away the (playstation|console|ps5|ps4|xbox) and the (motorbike|motorcycle|bike|car)",
			"(cancelled|canceled|ended|gave notice on) (the|my) (lease|tenancy|flat|rent) ~ (made|wrote|signed|did) (my|the) will",
			"^ (i)? (will not|wont) need the next (appointment|session|infusion) $",
		},
		review: []string{
			"(anything|something) (left)? worth (staying|sticking around|living) for",
			"(admitted|sectioned|hospitalised|hospitalized) after (my|the) (attempt|overdose|od)",
			"^ (i)? (might|may|will|gonna|going to) (just)? disappear for a (while|bit) $",
			"(numb|empty|flat|dead inside) (ever)? since the last (session|infusion)",
		},
		benign: []string{
			"(does not|doesnt|did not|didnt) know it was me who (fixed|made|sent|bought|paid for|cleaned|cooked|baked|mended|repaired)",
			"(will not|wont|do not|dont) need the (hire|rental|rented) car (after|anymore|any more)",
			"(will not|wont) need (it|them) (anymore|any more)? ~ with the (tube|metro|subway|underground|trams|buses|bus pass)",
		},
	},
	{
		lang:  "es",
		words: spanishMore.words,
		crisis: []string{
			"tengo (una|mi) salida y la (voy a usar|uso|usaré|usare)",
			"tengo todo (planeado|preparado|listo) para (después|despues) ~ (que|para que) (al menos|por lo menos) (tengan|tenga|disfruten) (esa|esta) (noche|cena|navidad)",
			"(mañana|esta noche) ya no (voy a despertar|despierto|me despierto|voy a despertarme) (más|mas)? (eso|lo)? (lo tengo|tengo|sé|se)? (claro|clarísimo|clarisimo|seguro)? $",
			"(alquilé|alquile|tomé|tome|reservé|reserve|me cogí|agarré) (un|una) (cuarto|habitación|habitacion|pieza) ~ donde nadie me conoce $",
			"(es|será|sera) esta noche ~ ya no tengo (ninguna|ni una)? duda ~ (me alivia|alivio|me calma)",
			"(ya)? (regalé|regale) la (play|playstation|consola) y la moto",
			"(cancelé|cancele|di de baja|dejé|deje) (el alquiler|el piso|el contrato) ~ (dejé|deje|tengo|hice) (el|mi) testamento (hecho|listo|firmado)?",
			"^ ya no (voy a necesitar|necesito) la (próxima|proxima|siguiente) (cita|sesión|sesion|infusión|infusion) $",
		},
		review: []string{
			"(algo|nada) por lo que valga la pena (quedarse|quedarme|seguir|vivir)",
			"(me ingresaron|me internaron|ingresé|ingrese|estuve (ingresada|ingresado|internada|internado)) (después|despues|tras) (del|de mi|el) intento",
			"(alguien|nadie) (notaría|notaria|se daría cuenta|se daria cuenta|notaria) si (desaparezco|desapareciera|me muero|me muriera)",
			"(desde la|desde mi) (última|ultima) (sesión|sesion|infusión|infusion) (estoy)? (como)? (anestesiada|anestesiado|entumecida|entumecido|vacía|vacia|muerta por dentro)",
		},
		benign: []string{
			"(no voy a necesitar|ya no necesito|no necesito) (el|la) (coche|carro|auto|furgoneta|moto) de alquiler",
		},
	},
	{
		lang:  "de",
		words: germanMore.words,
		crisis: []string{
			"(bring|bringe) ich mich um",
			"(häng|hänge|hang) ich mich auf",
			"(erschieß|erschiess|erschieße|erschiesse) ich mich",
			"(hab|habe) (einen|meinen) ausweg und (ich)? (nutze|benutze|nehm|nehme) (ihn|den) (heute|heute nacht|morgen)?",
			"(zimmer|pension|hotelzimmer) ~ (genommen|gemietet|gebucht) wo mich (keiner|niemand) kennt $",
			"nicht (heimgekommen|heim gekommen|nach hause gekommen) ~ (sie|er) (weiß|weis|weiss) jetzt wie $",
			"(heute nacht|heute abend|heute) ist es so weit ~ keine zweifel mehr ~ (erleichtert|erleichterung|beruhigt)",
			"(mietvertrag|wohnung) gekündigt ~ testament (gemacht|geschrieben|unterschrieben)",
			"^ (ich)? (brauch|brauche) den (nächsten|nachsten) (termin|sitzung|infusion) nicht mehr $",
		},
		review: []string{
			"(etwas|was) (wofür|wofur|für das) es sich (lohnt|noch lohnt) zu (bleiben|leben)",
			"nach dem (suizidversuch|versuch) (eingeliefert|in die klinik|aufgenommen)",
			"seit der (letzten|lezten) (sitzung|infusion) (wie)? (betäubt|betaubt|taub|leer|abgestumpft)",
		},
		benign: []string{
			// "bringt mich um den Schlaf" takes a thing away; it is no death.
			"(bring|bringe|bringt) (ich)? mich um (den|die|das|meinen|meine|mein) (schlaf|verstand|job|ruf|geld|nerven|erspartes|chance|feierabend)",
		},
	},
	{
		lang:  "fr",
		words: frenchMore.words,
		crisis: []string{
			"(j'ai|jai) (une|ma) (porte de sortie|issue|sortie) et je vais (l'utiliser|lutiliser|la prendre)",
			"(tout est|j'ai tout|jai tout) (prévu|prevu|organisé|organise) pour après ~ (qu'ils|quils|qu'elle|quelle) (aient|ait) (au moins)? (cette|une dernière|une derniere) (soirée|soiree|nuit)",
			"(demain|cette nuit) je (me réveillerai|me reveillerai|vais me réveiller|vais me reveiller) plus $",
			"(pris|loué|loue|réservé|reserve) une chambre ~ où personne me (connaît|connait) $",
			"(c'est|cest) pour ce soir ~ (plus aucun doute|plus de doute|aucun doute) (et)? (ça|ca) me (soulage|calme|apaise)",
			"(déjà)? (donné|donne) la (play|playstation|console) et la moto",
			"(résilié|resilie|rendu) (le bail|l'appart|lappart|mon appart) ~ (fait|écrit|ecrit|signé|signe) mon testament",
			"^ (j'aurai|jaurai) pas besoin du (prochain|rendez-vous|prochain rendez-vous|prochain rdv) (rendez-vous|rdv|séance|seance)? $",
		},
		review: []string{
			"(quelque chose|un truc) (qui vaut|pour lequel ça vaut|pour lequel ca vaut) la peine de (rester|vivre)",
			"(hospitalisé|hospitalise|hospitalisée|hospitalisee) (après|apres) (ma|la) (tentative|ts)",
			"depuis la (dernière|derniere) (séance|seance|perfusion) (comme)? (engourdi|engourdie|anesthésié|anesthesie|vide)",
		},
		benign: []string{
			"pas envie de me (réveiller|reveiller|lever) (à|a|avant) (# |cinq|six|sept) (heures|h)",
		},
	},
})

// mendSignalsS38LearnDrift: "did it." with being sick after it, and the
// fireworks that will drown everything out with "that's the plan", lines
// the retraining let fall.
var mendSignalsS38LearnDrift = []signalSet{{
	lang:  "en",
	words: englishSignals.words,
	kinds: [numSignalKinds][]string{
		sigMeans: {"(fireworks|thunder|the music|the party|the trains|the traffic) (will|would|should|are going to|is going to) (drown|cover) (everything|it all|it|all of it|the (noise|sound|shot|bang)) out $"},
		sigCue:   {"^ (that is|thats) the plan $"},
	},
}, {
	lang:  "de",
	words: germanSignals.words,
	kinds: [numSignalKinds][]string{
		sigIntent: {"^ (ich)? (habs|hab es|habe es) (getan|gemacht) $"},
		sigCue:    {"^ mir ist (so|voll|total)? (schlecht|übel|ubel|schwindlig) $"},
	},
}}

// otherS38Learn: set 38's threats to the writer, which read as someone
// else in danger because a third person does the acting ("he's kicking
// the door in, the kids are in the bathroom with me", "viene con sus
// amigos a arreglar cuentas", "ils reviennent avec de l'essence"): the
// danger is the writer's own, so the crisis reply is theirs.
var otherS38Learn = []otherSet{
	{lang: "en", words: englishMore.words,
		threat: s38ThreatEN, menace: s38ThreatEN},
	{lang: "es", words: spanishMore.words,
		threat: s38ThreatES, menace: s38ThreatES},
	{lang: "de", words: germanMore.words,
		threat: s38ThreatDE, menace: s38ThreatDE},
	{lang: "fr", words: frenchMore.words,
		threat: s38ThreatFR, menace: s38ThreatFR},
}

var s38ThreatEN = s36Gaps([]string{
	"(in the|in my) (bathroom|bedroom|basement|cellar|closet|wardrobe) with me",
	"(coming|come) back ~ with (petrol|gasoline|a knife|knives|bats|a gun|guns|iron bars|machetes)",
	"(waiting|wait) (for me)? (downstairs|outside|at the door|out front) (for me)? with (bats|knives|a knife|iron bars|bars|machetes|a gun)",
	"to (settle|sort out) (the)? (score|scores) (with me)?",
})

var s38ThreatES = s36Gaps([]string{
	"(a|para) (arreglar|ajustar) cuentas",
	"me (rompió|rompio|partió|partio) (la nariz|la cara|un diente|las costillas|la boca)",
	"(vuelven|vienen|vuelve|viene) ~ con (gasolina|nafta|cuchillos|machetes|palos|barras|un arma|pistolas|fierros)",
	"(me está|me están|me estan|me esta) esperando (afuera|abajo|en la puerta|fuera)",
	"(en el|en la) (baño|bano|cuarto|sótano|sotano) con (los niños|mis hijos|los nenes)",
})

var s38ThreatDE = s36Gaps([]string{
	"mit (benzin|messern|messer|eisenstangen|ner knarre|einer waffe) (zurück|zuruck|wieder)",
	"(warten|wartet) (unten|draußen|drausen|vor der tür|vor der tur) (auf mich)? mit",
	"(im|in der) (bad|badezimmer|keller|schlafzimmer) mit (den kindern|meinen kindern)",
	"i am (bad|badezimmer|keller|schlafzimmer) mit (den kindern|meinen kindern)",
})

var s38ThreatFR = s36Gaps([]string{
	"(m'attendent|mattendent|m'attend|mattend|attendent que je)",
	"(reviennent|revient|reviendront|reviendra) ~ avec (de l'essence|lessence|l'essence|des couteaux|des battes|des barres de fer|un flingue|sa carabine)",
	"(dans le|au) (sous-sol|cave|salle de bain|grenier) avec (les enfants|les petits|mes enfants)",
})
