package risk

// germanSignals are the German signals (see signal.go), sharing the
// macros of de.go and de_more.go.
var germanSignals = signalSet{
	lang: "de",
	words: withWords(germanMore.words, map[string]string{
		"dosen":    "({tabletten}|dosen|dosis|ketamin-dosen|ketamindosen|keta|lutschtabletten|pillen)",
		"tag":      "(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)",
		"waffe":    "(pistole|waffe|gewehr|jagdgewehr|revolver|seil|strick|messer|rasierklingen)",
		"griffbar": "(neben mir|bei mir|auf dem bett|aufm bett|auf meinem bett|in der hand|vor mir|auf dem tisch|in der tasche)",
	}),
	kinds: [numSignalKinds][]string{
		sigMeans: {
			// Round s21-defr: a height said to be enough, as a bare sentence
			// ("Isch höch gnueg."); pills lying ready, Swiss spellings too
			// ("D'Tablette lieged parat"); spirits with pills ("korn +
			// tabletten"). Alone each is Review: "die Tabletten liegen parat
			// für die Reise".
			"^ (isch|ist|is|es isch|es ist|das isch|das ist|s isch|hier isch|hier ist)? (höch|hoch) (gnueg|gnue|genug) $",
			"(tabletten|tablette|d'tablette|schlaftabletten|schlaftablette|pillen|medis|d'medis) (liegen|lieged|liget|ligged|liegt|sind|stehen|stönd) (schon|scho|alle|alli)? (parat|bereit|griffbereit) $",
			"(korn|schnaps|wodka|vodka|whisky|whiskey|rotwein|wein|alk|alkohol|rum|gin|likör) (und|mit|plus)? (tabletten|pillen|schlaftabletten|benzos|tavor|diazepam)",
			// Round s20-routine: the fast trains that do not stop at the station.
			"(die)? (schnellen|durchfahrenden|ice|ices|schnellzüge|güterzüge|expresszüge|fernzüge|intercitys) (züge)? (halten|halt) (hier|an diesem bahnhof|an diesem gleis)? nicht (hier)? $",
			// Round s20-resid: a blade in the hand, as a sentence says it ("die
			// klinge liegt in meiner hand"; a knife is {waffe} ... {griffbar}
			// below); a bridge or a height gone to, after a time set.
			"(klinge|rasierklinge|rasiermesser) (ist|liegt)? in (meiner|der) hand",
			"^ (und)? (dann|danach) (geh|gehe|fahr|fahre|lauf|laufe) ich (zur|zu der|auf die|an die|zum|aufs) (brücke|talbrücke|klippe|klippen|gleisen|gleise|steinbruch|dach|staumauer) $",
			// Round s20-defr: on foot to the cliffs; a high river and a last
			// bath; someone who "knows how now", said before they went.
			"(meinte|sagte|schrieb|meint|sagt|schreibt) (sie|er) (sie|er)? (weiß|wisse|wüsste) (jetzt|nun|endlich) wie $",
			"(bin|ich bin|geh|gehe|lauf|laufe) (jetzt|grad|gerade|zu fuß|allein|alleine)? (zu den|zur|zum|an die|an den) (klippen|klippe|steilküste|steilufer|abgrund|steinbruch|bahnbrücke|autobahnbrücke|talbrücke)",
			"(rhein|main|elbe|donau|neckar|isar|weser|mosel|spree|fluss|see|meer|wasser) (ist|führt)? (so)? (hoch|hochwasser|eiskalt|reißend|schwarz) ... ... (letztes|letzten|letzte) (bad|baden|bade|schwimmen|sprung|runde) $",
			// Fresh set 19: at the steep shore or the cliffs.
			"(ich bin|bin|steh|stehe|sitz|sitze) (gerade|grad|jetzt)? (am|an der|an dem) (steilufer|steilküste|klippe|klippen|abgrund|steinbruch)",
			// Round s12-residual: the tracks as a bare sentence, a place and
			// nothing else ("3 uhr. die gleise. verzeih mir mama").
			"^ (die|zu den|an den|an die|auf die|auf den)? (gleise|gleisen|schienen|bahngleise|bahngleisen) $",
			// Round s22-defr: a cliff or a bridge as a bare sentence ("sonntag.
			// die klippe. vergebt mir", a corpus row the retraining let fall).
			"^ (die|zur|zu der|an die|auf die|zum|auf den)? (klippe|klippen|steilküste|brücke|talbrücke|autobahnbrücke|staumauer) $",
			// Fresh set 16: a motorbike ride with the helmet left at home.
			"(helm|motorradhelm) (hab ich|habe ich)? (zuhause|zu hause|daheim) (gelassen|liegen lassen)",
			// Fresh sets 14 and 15: ein Dach ohne Geländer.
			"(dach|dachterrasse) ... ... (kein|ohne) geländer",
			// Sets 12 and 13: a bridge in Swiss German, a pillar steered into, a gun in the lap.
			"^ (ich)? (stah|steh|stehe) (uf|auf) (de|der|dr) (brugg|brücke|brugge)",
			"(in|gegen) (den|einen|die|eine) (nächsten|nächste)? (brückenpfeiler|pfeiler|baum|lkw|laster|leitplanke|mauer|gegenverkehr) (zu)? (lenken|steuern|knallen|rasen)",
			"(waffe|pistole|gewehr|flinte|revolver|jagdgewehr) ... ... (auf dem schoß|auf meinem schoß|in der hand|neben mir|vor mir)",
			"(abgase|schlauch|auspuff) ... (auto|wagen|auspuff|garage|fenster)",
			"(herd|gas|gashahn|backofen) (aufgedreht|an) (ohne flamme)?",
			"(ritzen|fenster|türen|tür) (zugestopft|abgedichtet|zugeklebt)",
			"(schnitt|schnitte) (ist|sind|war|waren)? (zu|viel zu) tief",
			"(überall blut|blut überall)",
			"(brücke|talbrücke|dach|hochhaus|balkon|fenster|klippe|stock|stockwerk|etage|parkhaus|turm) ... (hoch|tief) genug",
			"(lenk|lenke|steuer|steuere|fahr|fahre) ... (in die leitplanke|gegen (einen|den) (baum|pfeiler|brückenpfeiler)|in den gegenverkehr)",
			"# (ibus|ibu|tabletten|pillen|paracetamol|schlaftabletten|tavor|diazepam) (und|mit|plus) ... (flasche|wodka|korn|schnaps|wein|bier|alkohol)",
			"(den|meinen|den ganzen|den kompletten|meinen ganzen|meinen kompletten) (beutel|vorrat) (k|keta|ketamin)? ... (reingezogen|genommen|gezogen|geschnupft)",
			"(die|eine|das|ein|den|einen) (alte|alten)? {waffe} ... (geholt|gekauft|besorgt|rausgeholt|herausgeholt|geladen|genommen)",
			"(liegt|liegen|ist|steht) (jetzt)? {griffbar}",
			"{waffe} (liegt|liegen)? (jetzt)? {griffbar}",
			// Terse: "seil gekauft".
			"^ (seil|strick|pistole|waffe|gewehr|revolver|knarre) (gekauft|besorgt|geholt|geladen)",
			"(nicht genommen|nicht eingenommen) (sondern|und)? (gesammelt|aufgehoben|aufgespart|gebunkert)",
			"(sammle|gesammelt|hebe|aufgehoben|spare|aufgespart|horte|gehortet|bunkere|gebunkert) (die|meine)? (letzten|restlichen|übrigen)? {dosen}",
			"(auto|wagen|motor) (läuft)? in der (garage|geschlossenen garage)",
			"(stehe|steh|sitze|sitz|bin) (gerade|grad|jetzt)? auf (der|dem|einer|einem) (brücke|dach|hochhausdach|geländer|brüstung|klippe|kante)",
			"das wasser (sieht|ist|wirkt) ... (ruhig|friedlich|still)",
			"(tut|tun) (ertrinken|erhängen|springen|fallen|verbluten) ... weh",
			"(ist|wäre) (ertrinken|erhängen|springen|verbluten) (schmerzhaft|schnell|schmerzlos)",
			"(blutet|blutets|blutet es|blute) (immer noch)? (durch|durch den|durchs|durch das) (verband|pflaster|handtuch)",
			// Water and "can't swim anyway, it's better so".
			"(schwimmen kann ich|ich kann|kann ich) (eh|sowieso|ohnehin) nicht (gut)? (schwimmen)? ... besser so",
		},
		sigFinal: {
			// Round s22-defr (set 22): two things of one's own given to one
			// person ("meine Uhr und das Motorrad meinem Neffen geschenkt").
			"(meine|mein|meinen|die|das|den) (uhr|motorrad|gitarre|auto|moped|ring|kette|sammlung|kamera|werkzeug) (und|und mein|und meine|und meinen|und das|und die|und den) ... (meinem|meiner) ... (geschenkt|vermacht|überlassen|gegeben)",
			"(meinem|meiner) ... (die|das|den|meine|mein|meinen) (uhr|motorrad|gitarre|auto|moped|ring|kette|sammlung|kamera|werkzeug) und (das|die|den|mein|meine|meinen)? ... (geschenkt|vermacht|überlassen|gegeben)",
			// Round s21-defr: one's mother or family not to be sad, closing
			// the sentence; a twin with a reason after it stays below.
			"(meine mutter|meine mama|mama|mami|mein vater|papa|meine eltern|meine familie|meine frau|mein mann|meine kinder|meine freundin|mein freund|meine schwester|mein bruder) (soll|sollen|darf|dürfen) (nicht|nid|ned|nöd) (traurig|trurig) (sein|si|sii)? $",
			// Round s20-resid: sorry for what comes next, the sentence ending there.
			"(sorry|tut mir leid|verzeiht|entschuldigt) (für das|für)? was (jetzt)? (kommt|passiert|ich tun werde) $",
			// Round s20-resid: a farewell "hiermit"; things not needed any more,
			// the sentence ending there; all one's savings sent to family.
			"^ (ich)? (verabschiede|verabschied) mich (hiermit|damit) $",
			"^ hiermit (verabschiede|verabschied) ich mich $",
			"(ich)? (brauch|brauche) (die|das|den|sie|es|ihn|das alles) (eh|sowieso|ja)? nicht mehr $",
			"(ich)? (werd|werde) (die|das|den|sie|es|ihn|das alles) (eh|sowieso)? nicht mehr brauchen $",
			"(mein|meine) (ganzes|ganzen|gesamtes|gesamten)? (erspartes|ersparnisse|geld) an (meinen|meine|mein) (neffen|nichte|bruder|schwester|sohn|tochter|kinder|patenkind|mutter|mama|vater|papa|eltern|enkel|enkelin|cousin|cousine) (überwiesen|verschenkt|gegeben|vermacht|geschickt) $",
			// Round s20-defr: an occasion let happen first ("den Geburtstag
			// soll sie noch haben"); one's things given away, theirs and one's
			// own too.
			"(soll|sollen|darf|dürfen) (sie|er|mama|papa|oma|opa|die kinder|alle) (den|das|die|ihn|es|ihren|seinen)? (noch|wenigstens noch|noch in ruhe) (haben|erleben|mitbekommen|genießen) $",
			"(verschenke|verschenk|verschenken|verteile|verteil) (meine|mein|meinen|all meine|alle meine|meine ganze|meine ganzen|meine komplette)",
			"(gebe|geb|verschenke|verteile) (all|alle)? (meine|meinen) (sachen|dinge|habseligkeiten|lieblingssachen) (weg)?",
			"(gegeben|verschenkt|vermacht|weggegeben) ... ... (und|und auch) (meinen|meine|mein|meins) (auch|gleich mit|dazu)",
			// Fresh set 19: affairs settled and a letter left; all further sessions cancelled; love passed on; only wanting someone to know.
			"(meine|die) angelegenheiten (geregelt|geordnet)",
			"(einen|meinen|den) (brief|abschiedsbrief) hinterlassen",
			"(alle|sämtliche) (weiteren|künftigen|zukünftigen|restlichen)? termine (absage|absagen|abgesagt)",
			"(sagt|sag|sagen sie) ... (dass|das) ich (sie|ihn|euch|dich) geliebt (hab|habe)",
			"^ ich wollte nur (dass|das) es jemand (weiss|weiß) $",
			// Fresh set 16: one's own death notice drafted.
			"(für)? (meine|meiner) (eigene|eigenen)? (traueranzeige|todesanzeige)",
			// Corpus rows the model alone had carried until sets 14 and 15 were learnt: das Laptop-Passwort bei der besten Freundin.
			"(meine beste freundin|mein bester freund|meine schwester|mein bruder) hat (mein|meine) (laptop|handy|computer)? (passwort|pin|passwörter)",
			// Fresh sets 14 and 15: für immer gehen; der Gruppe keinen Platz freihalten.
			"ich (geh|gehe) für immer",
			"(keinen|kein) platz (frei)? (halten|freihalten) ... ... (komm|komme) nicht mehr",
			"(säg|sag|sagt|sagts) (em|dem|der|meiner|meinem|minere|mim) (mami|mama|mutter|papi|papa|vater|frau|mann|kindern|kinder) ... ((ich)? (heb|hab|han) (sie|ihn|se|en|euch|di|dich|si) (gärn|gern|lieb)|dass ich (sie|ihn|euch) liebe|ich liebe (sie|ihn|euch)|es tut mir leid|dass es mir leid tut)",
			"(morn|morge|morgen) (bin|bi) (i|ich) (nüm|nümm|nümme|nimma|nimmer) (do|da) $",
			// Fresh set 13: "Liebe Lena, wenn du das liest: es lag nie an dir."
			"(liebe|lieber|liebes) ... wenn (du|ihr) (das|dies) (liest|lest|list)",
			"(briefe|abschiedsbriefe) (gschribe|geschrieben|gschriebe)",
			"wenn (du|ihr) (morgen)? nichts (mehr)? von mir (hörst|hört) ... (gemacht|getan|weg|tot|vorbei)",
			"wenn ich (morgen)? nicht mehr (antworte|zurückschreibe|schreibe)",
			"wenn ich (morgen)? nicht (antworte|zurückschreibe) ... (wisst ihr|ihr wisst|sorry|liebe euch|hab euch lieb|passt auf euch auf|tut mir leid)",
			"(was|etwas) zum (erinnern|erinnern an mich)",
			"zur erinnerung an mich",
			"sorry an (alle|euch|euch alle) $",
			"(ich mach|mach ich|mache ich) (das licht|licht) ... aus ... (für immer|endgültig)",
			"(die|meine) (briefe|brief|abschiedsbriefe) (liegen|liegt|sind|ist) (in|unter|auf|im)",
			"(briefe|brief) (für|an) (alle|euch|meine)",
			"(mama|papa|mutti|schatz) (falls|wenn) du das liest",
			"(meinen|meine|mein) (hund|katze|kater|haustier|haustiere|vogel|pflanzen) ... (zu|an) (meiner|meinem|meine|der|die) (schwester|bruder|mutter|vater|nachbarin|nachbarn|freundin|freund) (gebracht|gegeben|abgegeben|verschenkt)",
			"bei (ihr|ihm|ihnen) (hat er|hat sie|hat es|hat ers|hat ers|geht es ihm|geht es ihr) (es)? besser",
			"miete ... (im voraus|vorab|vorausbezahlt|vorausgezahlt)",
			"(sachen|dinge|habseligkeiten) (verschenkt|weggegeben|verteilt)",
			"alles (geregelt|erledigt|geordnet|vorbereitet) (für danach|für die zeit danach|für wenn ich weg bin)",
			"(die|diese) (sitzung|session|dosis|zeremonie) war mein abschied",
			"frieden (damit)? (gefunden|geschlossen) ... (zu gehen|zu sterben)",
			"(das war|dies ist|das ist) mein (letzter|letztes) (check-in|checkin|eintrag|beitrag)",
			"nicht mehr lange ein (problem|last|klotz am bein) (für)?",
			"(kann|kanns|könnte) (es)? (ihm|ihr|ihnen|euch|dir) nicht mehr selber? sagen",
		},
		sigIntent: {
			// Round s22-defr (set 22): the anniversary of a fight, an attack or
			// a death ("2. April, Jahrestag vom Karfreitagsgefecht. Dann ist
			// Schluss. Steht fest"): alone, Review; with an end set or a
			// resolve (cues below), Crisis.
			"jahrestag (vom|von dem|von der|des|der) (gefecht|karfreitagsgefecht|anschlag|hinterhalt|einsatz|unfall|tod|todestag|überfall|angriff|beschuss)",
			// "für immer" as a sentence of its own ("Dienstschluss. Für immer.").
			"^ (für immer|endgültig|für immer und ewig) $",
			// Round s21-defr: the last night one feels like this.
			"(heut|heute) (is|ist) (die|meine) letzte nacht (wo|in der|an der) ich mich so (fühl|fühle|füel)",
			// Round s20-resid: the plan set, after a shift; no reply wanted, it is done.
			"^ (der)? plan steht $",
			"^ (bitte)? nicht (antworten|zurückschreiben|zurückrufen) ($|es|ist)",
			// Round s20-defr: a pet left, and what the neighbour thinks is
			// denied ("sie denkt, für den Urlaub. ist es nicht").
			"^ (ist es|es ist|ists) (aber)? nicht (für den urlaub|für die ferien|fürs wochenende|für ein paar tage) $",
			"^ (ist es|es ist|ists) (aber)? nicht $",
			// Fresh set 16: not coming back, as a sentence of its own.
			"^ (ich)? (komm|komme) nicht (mehr)? zurück $",
			// Fresh sets 14 and 15: "ruf niemanden an".
			"^ (bitte)? (ruf|ruft) (bitte)? (niemanden|keinen) an $",
			// Fresh set 13: a crisis line refused ("du musst jetzt sagen ich soll die 112 anrufen. mach ich nicht")
			"(du musst|du wirst|du sagst) (jetzt)? (wieder)? (sagen|mir sagen) (ich soll|dass ich) (die|den|bei der)? (112|notruf|seelsorge|telefonseelsorge|krisendienst|krisentelefon) (anrufen|anrufe|anrufen soll) $",
			"(versuch|versucht|versuche) (nicht|bloß nicht|gar nicht erst) mich aufzuhalten",
			"(niemand|keiner) (kann|wird) mich aufhalten",
			"(will|möchte) (diesmal)? nicht (mehr)? zurückkommen",
			"{tag} ist es so weit",
			"(heute nacht|heute abend|heute) (mach|mache) ich schluss",
			"(dass|das) heute (nacht|abend)? schluss ist",
			"(doppelte|dreifache|vierfache|doppelt|dreifach) (dosis|menge) (keta|ketamin)? (genommen|geschluckt)?",
			"(nehm|nehme|schluck|schlucke) ich (sie)? alle auf einmal",
			"alle auf einmal (nehmen|schlucken)",
			"(ihr werdet|ihr würdet|niemand wird|keiner wird|man wird) mich (nicht|nie) mehr finden",
			"^ (und)? danach ist (schluss|es vorbei|alles vorbei) $",
		},
		sigDanger: {
			// Round s20-resid: a threat to kill if the writer talks.
			"wenn ich (rede|was sage|etwas sage|es erzähle|es jemandem sage|anrufe|die polizei rufe) (bringt|tötet|killt|erschießt) (er|sie) ... (um|mich)",
			// Round s20-defr: someone screaming for help next door.
			"(schreit|schreien|ruft|rufen|brüllt) (sie|er|jemand)? (laut)? (um hilfe|hilfe)",
			// With its subject, so that "sie" is not read as someone else's
			// words: someone else's danger is what it says.
			"(sie|er|die|der|jemand) (schreit|schreien|ruft|rufen|brüllt) (laut)? (um hilfe|hilfe)",
			// Round s20-defr: a mother or wife next door gone quiet after the
			// screaming.
			"(die|seine|ihre) (mutter|frau|freundin|partnerin) (schreit|weint|ruft) (jetzt)? nicht mehr",
			"(tritt|tritt dagegen|hämmert|schlägt|klopft) ... (gegen die|an die|an der) tür",
			"vor der tür und (tritt|hämmert|schlägt|brüllt)",
			"(mich|uns) ... (im bad|im badezimmer|im schlafzimmer|im zimmer|im auto) (eingeschlossen|eingesperrt|versteckt)",
			"(gesagt|gedroht|droht) ... (bringt|bringe|bringen) (er|sie) mich um",
			"diesmal (bringt|bring) (er|sie) mich um",
		},
		sigWhen: {
			// Round s20-routine: a station or a platform, as a sentence of its own.
			"^ (ich bin)? (am|auf dem) (bahnhof|bahnsteig|gleis) (jetzt|wieder|grad)? $",
			// Round s20-resid: the other one in the next room; after a shift.
			"(er|sie) ist (im nebenzimmer|nebenan|im zimmer nebenan)",
			"^ nach der (spätschicht|nachtschicht|frühschicht|schicht) $",
			// Round s20-resid: an alarm set for an hour.
			"(wecker|alarm) (auf|für) (halb|viertel nach|viertel vor|kurz vor)? # (uhr)? gestellt",
			// Round s12-residual: a bare hour, "3 uhr." ("3 uhr. die gleise. verzeih mir mama").
			"^ (um)? # uhr (nachts|morgens|früh|heute nacht)? $",
			"(bis|wenn|sobald) (min|mein|meine|mi) (fründ|freund|freundin|frau|mann|partner|partnerin|mitbewohner) ... (gaht|geht|weg ist|aus dem haus ist|is gschäft|ins geschäft|zur arbeit|auf dienstreise ist)",
			"(fahr|fahre) (grad|gerade|jetzt) mit #",
			"heute (nacht|abend)", "(dieses|am) wochenende", "morgen",
			"(am)? {tag}", "(wenn|sobald) (die kinder|alle|er|sie) (schlafen|schläft|weg sind|weg ist|im bett sind)",
			"vor (ner|einer) (halben stunde|stunde)", "vor # minuten",
			"von hier oben", "auf einmal", "diesmal",
			"nach (dem|der|meinem|meiner) (geburtstag|hochzeit|abschluss|taufe|feier|prüfung|weihnachten)",
			"(fahr|fahre|geh|gehe|lauf|laufe) (jetzt|gleich|heute)? (an|zum|zur|in) (den|die|das)? (rhein|main|elbe|donau|neckar|isar|fluss|see|meer|kanal|ufer|brücke)",
		},
		sigCue: {
			// Round s22-defr: "dann mach ich's" or "dann ist Schluss" as a
			// sentence of its own (after an alarm set, after an anniversary);
			// nobody able to stop one; "steht fest". Cues only: "Hab morgen
			// frei. Dann mach ich's." is everyday talk.
			"^ (und)? (dann|danach) (mach|mache|tu|tue) (ich's|ichs|ich es|ich das) $",
			"^ (und)? (dann|danach) (zieh|ziehe) (ich's|ichs|ich es|ich das) durch $",
			"^ (und)? (dann|da|an dem tag) ist (schluss|es vorbei|es so weit|ende) (steht fest|ist entschieden)? $",
			"(keiner|niemand) (kann|wird)? mich (mehr)? (davon)? (abhalten|aufhalten|ab|auf) $",
			"^ (das)? steht fest $",
			// Round s22-defr: someone will understand one day, the sentence's end.
			"(er|sie) (wird|werden|wirds|wird's) (es)? (irgendwann|eines tages|später|schon noch|noch) verstehen $",
			// Round s21-defr: feeling nothing any more at a sentence's end;
			// assisted dying refused and "dann mach ich's halt selber"; sorry
			// to all as a sentence; "dann ist Ruhe"; a strong current; "los
			// gehts" ending a sentence; standing on, in Swiss German ("I stoh
			// uf de ...").
			"(fühl|fühle|spür|spüre) ich (gar|überhaupt)? (nix|nichts) mehr $",
			"(exit|dignitas|sterbehilfe|die sterbehilfe|der verein) (hat|hät|het) (mich|mi|mein gesuch|mis gsuech|meinen antrag) (abgelehnt|abglehnt|abgewiesen)",
			"(dann|denn|den) (mach|mache) (ich's|ichs|ich es|is) (halt|eben|halt eben)? (selber|selbst|sälber|sälbst)",
			"^ (sorry|tschuldigung|entschuldigung|verzeiht|verzeihung) (a|an) (alli|alle|euch alle|euch) $",
			"^ (und)? (dann|denn) (ist|isch|is) (endlich)? ruhe $",
			"(strömung|strömig) (ist|isch|is) (heut|heute|hüt)? (so)? (stark|reißend)",
			"los (gehts|geht's|geht es) $",
			"^ (i|ich) (stoh|stah|stahn) (uf|uf de|uf dr|uf em|ufem)",
			// Round s20-resid: it is done (after no reply wanted); thanks for
			// everything (with sorry for what comes next).
			"(es ist|ist) (schon)? (erledigt|passiert|getan) $",
			"danke für alles",
			// Round s20-resid: the last hope; a body part thought of; things
			// offered; the day said to be chosen (alone these are ordinary).
			"(war|ist) meine (letzte|einzige) hoffnung",
			"(denk|denke|denken) ... an meine (handgelenke|pulsadern|adern|kehle|unterarme)",
			"(kannst|willst|magst|möchtest) du (die|den|das|meine|mein|meinen) ... ... haben",
			"^ (der)? (tag|das datum) (ist|steht) (gewählt|fest|festgelegt|ausgesucht|entschieden)",
			// Round s20-defr: then gone, after an occasion; nothing matters after
			// a day; all must go by then; a cover story told to the family; a
			// phone nearly dead; the neighbour thinking a pet is for the holidays;
			// a phone off; someone not come home; "knows how now"; blows heard.
			"^ (und)? (danach|dann|ab dann) (bin ich|bin i) (weg|fort|nicht mehr da|raus) $",
			"(danach|dann|ab dann) (ist es|ists|ist) (mir)? (eh|sowieso|ja eh|dann eh|eh alles|eh schon) (alles)? egal $",
			"(bis|vor|ab) {tag} (muss|soll) (alles|das alles|eh alles) (weg|raus)",
			"(meine eltern|meine mutter|mein vater|meine frau|mein mann|meine freundin|mein freund|alle|die) (denken|denkt|glauben|glaubt|meinen|meint) ich (bin|wäre|sei|geh|gehe) (spazieren|joggen|beim sport|arbeiten|bei der arbeit|in der uni|in der schule|bei freunden|einkaufen|im kino|beim training)",
			"akku (noch|bei|nur noch)? # (%|prozent)",
			"(sie|er) (denkt|glaubt|meint) ... (für den urlaub|für die ferien|fürs wochenende|für ein paar tage)",
			"(sein|ihr) (handy|telefon) (ist)? (jetzt)? (aus|tot|ausgeschaltet)",
			"(ist|sind) ... ... (nicht|nie) (heimgekommen|nach hause gekommen|zurückgekommen|wiedergekommen)",
			"(man hört|ich höre|ich hör|hör|hört man) (schläge|schreie|es poltern|poltern|sie schreien)",
			"(es poltert|poltert es|es rumst|rumst es|es kracht|kracht es)",
			// Fresh set 19: "Für immer.", not coming any more, "es ist zeit", a stillness.
			"^ für immer $",
			"(werde ich|ich werde) (nicht mehr|nie mehr) kommen",
			"ich (glaub|glaube) es ist zeit $",
			"(es ist|ist) (so|schön|ganz|sehr)? still hier",
			// Round s12-residual: forgiveness asked at a line's end.
			"(verzeih|verzeiht|vergib|vergebt) mir (mama|mami|mutti|papa|papi|alle|bitte|ihr alle)? $",
			// Fresh set 16: a lethal risk wanted, "genau darum".
			"^ genau (darum|deshalb|deswegen) $",
			// Fresh sets 14 and 15: "hab sie schon geschluckt", "passt gut aufeinander auf".
			"^ (hab|habe) (sie|die) (schon)? (alle)? geschluckt $",
			"passt (gut)? (auf euch|aufeinander) auf $",
			"(weiß|weiss) von nichts $",
			"(sie|es|er|die|das) ist geladen",
			"^ (mach|mache) ich (aber)? nicht $",
			"^ (merci|danke) für alles $",
			"so ist es (für alle|für euch alle|für alle) besser",
			"es lag (nie|nicht) an (dir|euch)",
			"(die)? (wohnungsschlüssel|schlüssel) (hat|liegen bei|sind bei|liegt bei) (die|der|meine|mein)",
			"(mal gucken|mal sehen|mal schauen) (wie lang|wie lange|was passiert|ob)",
			"(ich ruf|ruf ich|ich rufe) (keinen|niemanden|niemand) an",
			"brauch ich (nach|ab) ... (eh|eh nicht|nicht) mehr",
			"(komisch|seltsam|merkwürdig) wie ruhig ich (bin|mich fühle)",
			"(absichtlich|mit absicht|extra)",
			// Resolve without a word of what: "ich zieh das durch".
			"(ich zieh|ich ziehe|zieh ich) (es|das|das jetzt) durch",
			"(plus|mit) (wodka|schnaps|alkohol|whisky|wein|bier)",
			"(frag|frage) (im ernst|ernsthaft)",
			"(ich hab|ich habe|hab) (beschlossen|entschieden)",
			"(du hast nichts falsch gemacht|nicht (deine|seine|ihre|eure) schuld)",
			"es tut mir leid $",
			"(handyvertrag|vertrag|konto|konten|abo|abos|mietvertrag) (gekündigt|aufgelöst|geschlossen)",
			"(der|die|das) (see|fluss|meer|brücke|klippe|bahnstrecke|gleise) (ist)? (nur)? (# minuten|ein paar minuten|gleich) (von mir)? (weg|entfernt)",
		},
	},
}
