package risk

// germanMore is the wider net of German phrases (see englishMore),
// sharing de.go's macros.
var germanMore = phraseSet{
	lang: "de",
	words: withWords(german.words, map[string]string{
		// An ordinary departure that explains a bare goodbye before it on the
		// line (risk.go, departs). Never "für immer".
		"abreise":   "((ich|wir) (ziehe|zieh|ziehen) (morgen|nächste woche|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|heute)? (um|aus|nach|in)|(bin|sind|ich bin|wir sind|geht|fahre|fahren|fliege|fliegen)? (morgen|ab morgen|jetzt|heute)? (im|in den|in|auf) (urlaub|ferien|reisen|die ferien|umzugsstress)|(bin|ich bin)? (ein paar tage|eine woche|übers wochenende|bis (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|bis nächste woche|eine weile) (offline|weg|nicht erreichbar|ohne netz|ohne internet)|(bin|ich bin)? (ab|am) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) wieder (da|online|zurück)|bis (morgen|(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|nächste woche|bald|nach dem urlaub|nach den ferien|nach der prüfung|nach dem umzug)|(morgen|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))? (ist|hab|habe|schreibe|schreib) (die|meine)? (prüfung|klausur|abschlussprüfung|prüfungen|klausuren)|(ich)? (fange|fang) (morgen|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))? (einen|meinen)? neuen job an|(mein|der) neuer? job (fängt|beginnt|startet))",
		"mittel":    "(ein seil|einen strick|ein strick|eine waffe|eine pistole|ein gewehr|eine schusswaffe|das seil|die waffe|die pistole)",
		"hoehe":     "(brücke|dach|kante|klippe|brüstung|geländer|rand|hochhaus)",
		"person":    "(er|sie|mein (mann|freund|partner|vater|papa|stiefvater|ex|bruder)|meine (frau|freundin|partnerin|mutter|mama|ex|schwester))",
		"jemand":    "(er|sie|jemand|oma|opa|mama|papa|(meine|mein) (oma|opa|mutter|mama|vater|papa|schwester|bruder|freundin|freund|tochter|sohn|mitbewohnerin|mitbewohner))",
		"verordnet": "(wie|nach) (verordnet|verschrieben|vorgeschrieben|vorschrift|besprochen|immer|gewohnt|(der|die|mein|meine) (arzt|ärztin|psychiater|psychiaterin) (gesagt|es gesagt|verordnet))",
		// Round s20-routine: when one's own usual medicine is taken (see
		// English "routine"); no amount.
		"gewohnt": "(heute|heut|heute morgen|heute früh|heut morgen|heut früh|heute abend|schon|bereits|wie immer|wie jeden tag|wie jeden morgen|pünktlich)",
		// Round s22-defr: a war or a deployment abroad, as the place where
		// something began or should have been done.
		"einsatz": "(kundus|kunduz|afghanistan|afgha|afgh|kabul|mali|gao|sahel|irak|syrien|bosnien|kosovo|masar|mazar|helmand|libanon|somalia|sudan|tschad|ruanda|dem einsatz|dem auslandseinsatz|dem krieg|dem gefecht)",
		"essen":   "(brot|kartoffeln|kartoffel|zwiebeln|zwiebel|gemüse|tomaten|tomate|äpfel|apfel|karotten|möhren|gurke|gurken|fleisch|käse|knoblauch|kräuter|paprika|salat|obst|pilze|kürbis|lauch|sellerie)",
	}),
	crisis: []string{
		// Round s22-enes (set 22): someone threatening the writer that
		// tonight is their end.
		"(er|sie) (sagt|droht|schreit|meint|brullt) (heute nacht|heute|jetzt|gleich|bald) ist mein ende $",
		// Round s22-defr: all made ready and nobody able to stop one, one
		// right after the other (the French row of set 23, in German).
		"(alles ist vorbereitet|ich hab alles vorbereitet|hab alles vorbereitet|ich habe alles vorbereitet|alles ist bereit|alles ist geregelt) (und)? (keiner|niemand) (kann|wird)? mich (mehr)? (davon)? (abhalten|aufhalten|ab|auf)",
		// Round s22-defr: "sich die Kugel geben" now, and a stretch of
		// track picked out where no fence stands (both corpus rows the
		// retraining on sets 22 and 23 let fall; the phrase holds them).
		// A hiking route without a fence stays ordinary.
		"(ich)? (geb|gebe) mir (heute|heut|jetzt|gleich|morgen)? (abend|nacht|früh)? die kugel",
		"(bahnstrecke|bahnlinie|zugstrecke|strecke|stelle|gleise|gleisen|schienen) ... ... (rausgesucht|ausgesucht|gefunden|ausgekundschaftet) ... ... (kein zaun|keinen zaun|ohne zaun|nicht eingezäunt)",
		// Round s22-defr (sets 22 and 23): today doing what one should have
		// done in a war, or finishing what a war started, the sentence's
		// last words; a holiday or a chore in the same words stays ordinary.
		"(mach|mache|tu|tue|erledige|erledig) ich (jetzt|endlich|heute|heut|heute nacht)? (das|es)? (was|das was) ich ... {einsatz} ... (hätte|hätt) (machen|tun|erledigen) (sollen|müssen) $",
		"(beende|beend|vollende|vollend|bringe|bring) ich ... (was|das was) (in|im)? {einsatz} ... (angefangen|begonnen) (hat)? $",
		// Round s22-defr: burning oneself now with a cigarette, a lighter or
		// an iron, as cutting now is; a burn while ironing, told as past,
		// and a cigarette put out in an ashtray stay ordinary.
		"(drück|drücke) (mir)? (grad|gerade|jetzt|wieder)? (eine|die|ne|meine)? (zigarette|zigaretten|kippe|kippen|zigi|zigis) (auf|an) (meinem|meinen|meiner|dem|der|den|mein) (arm|unterarm|armen|haut|bein|oberschenkel|hand|handgelenk|brust) aus",
		"(halte|halt|drück|drücke) (mir)? (grad|gerade|jetzt|wieder)? (das|ein|mein|die|den|ne|eine)? (feuerzeug|bügeleisen|kippe|zigarette|glühende nadel) (an|auf|gegen) (meinen|meine|meinem|den|die|mein|meiner) (arm|unterarm|haut|bein|oberschenkel|hand|handgelenk)",
		"(verbrenn|verbrenne|brenn|brenne) mich (grad|gerade|jetzt|wieder)? (mit|am) (dem|einem|meinem|der|ner)? (feuerzeug|bügeleisen|zigarette|zigaretten|kippe|kippen)",
		// Round s22-defr: "this was my last message here" as a sentence of
		// its own; a last message before an ordinary break is an idiom.
		"^ (das war|dies war|das ist|dies ist|hier ist|hier) (meine|die) letzte (nachricht|msg|message|sms) (hier|hier drin|in der gruppe|in dieser gruppe|von mir|an euch)? $",
		// The last time one hears from the writer, the sentence's end
		// (a corpus row at None); a noose that holds, as a sentence ("hält"
		// is a filler word to the normaliser); a handgun loaded, the
		// sentence's end (a hunting rifle loaded for the hunt is everyday).
		"das (ist|war|wird) das letzte mal (sein)? (dass|das) (du|ihr|sie) (was)? von mir (hörst|hört|hören) $",
		"^ (der strick|die schlinge) (hält|hängt|ist fest)? $",
		"(die)? (knarre|pistole|waffe|revolver) ist (jetzt)? geladen $",
		// Round s21-defr: someone with dementia gone out into the snow or the
		// cold in night clothes (the French row of other3, in German).
		"(demenz|dement|demente|alzheimer|verwirrt) ... ... ... (im schlafanzug|im pyjama|im nachthemd|in hausschuhen) ... (in den schnee|in die kälte|in die nacht|raus in den schnee)",
		"(demenz|dement|demente|alzheimer|verwirrt) ... ... ... (in den schnee|in die kälte|in die nacht) ... (im schlafanzug|im pyjama|im nachthemd|in hausschuhen)",
		// Round s21-defr, someone else in danger now (other3): someone gone
		// since a time after saying "you won't see me again"; someone at the
		// platform who says they will jump when the next train comes; a
		// beating heard through the wall. The subject is in the phrase, so it
		// is not read as someone else's words; twins without the words said,
		// the jump or the blows stay below Crisis.
		"seit ... ... (weg|verschwunden|abgehauen|nicht heimgekommen) ... ... ... (ihr werdet mich|du wirst mich|ihr seht mich|du siehst mich) (nicht mehr|nie mehr|nie wieder|nimmer|nimma) (sehen|sehn)?",
		// Round s21-defr: a gun the writer took out of its cupboard or safe,
		// someone else's gun too (other3, the writer's own: "Ich hab die
		// Pistole von meinem Vater aus dem Schrank geholt"); a gun taken out
		// for the range, the hunt or cleaning is an idiom below.
		"(ich hab|hab|ich habe|habe) (die|eine|seine|papas|die alte|das)? (pistole|waffe|gewehr|jagdgewehr|revolver|knarre) (von meinem vater|von meinem papa|von papa|meines vaters|von meinem opa|von meinem mann|von meinem bruder)? (aus dem|aus seinem|aus der|ausm|aus) (schrank|tresor|waffenschrank|schublade|safe|nachttisch|versteck) (geholt|genommen|rausgeholt)",
		// Round s21-defr: no more worrying about me from a day on (fresh set
		// 21). Twins without the day ("ihr müsst euch keine Sorgen mehr um
		// mich machen, die OP ist gut gelaufen") stay below.
		"(ihr müsst|ihr müßt|ihr braucht|du musst|du brauchst|müsst ihr|musst du|brauchst du|braucht ihr) (euch|dir) (ab morgen|ab heute|ab heute nacht|ab übermorgen|bald|nach heute) (keine|nie mehr|nie wieder) sorgen (mehr)? um mich",
		"(ab morgen|ab heute|ab heute nacht|ab übermorgen|bald|nach heute) (müsst ihr|musst du|brauchst du|braucht ihr) (euch|dir) (keine|nie mehr|nie wieder) sorgen (mehr)? um mich",
		"(er|sie) (springt|springe|spring) (wenn|sobald) (der|da|de|die) (nächste|nächster|nächstn|zug|bahn|u-bahn) (kommt|kummt|kimmt|einfährt)",
		"(man hört|ich höre|ich hör|hör|hört man) ... wie (ihr|sein|der|ihren) (freund|mann|typ|ex|vater) (sie|ihn) (schlägt|verprügelt|haut|würgt)",
		// Round s20-routine: bleeding that will not stop ("Blut hört nicht auf").
		"(das)? (blut|bluten|blutung) (hört|hort) (einfach|gar)? nicht (mehr)? auf",
		"(hört|hort) (einfach)? nicht (mehr)? auf zu bluten",
		// Round s20-defr, someone else in danger now (other2): a story posted
		// with a noose and a time or a farewell; a pet to be taken "for good"
		// with the phone off since; someone gone to a height saying the
		// others would be better off without them; someone found still
		// breathing with a rope or blood; someone on a roof sending photos of
		// the drop. The subject is part of the phrase, so it is not read as
		// someone else's words; twins without the noose, the "for good", the
		// words said or the rope stay below Crisis.
		"(story|insta-story|instastory|status|foto|bild|video|post) ... ... (strick|schlinge|galgen) ... ... (heute abend|heute nacht|heut nacht|heute|tschüss|bye|abschied|lebt wohl|goodbye)",
		"(gefragt|fragt|gebeten) (ob|dass) ich (seinen|ihren|seine|ihre|sein|ihr) (hund|katze|kater|kaninchen|hasen|vogel|papagei|pferd|fische) (nehme|nehm|nehmen|übernehme|übernehm|nehmen kann) ... (für immer|für ganz|endgültig) ... ... (handy|telefon) (ist)? (jetzt)? (aus|tot|ausgeschaltet)",
		"(zur|zu der|an die|an den|auf die|zu den|zum) (brücke|klippe|klippen|steilküste|gleisen|gleise|bahngleisen|fluss|see|talbrücke) (los|gelaufen|gegangen|gefahren|losgelaufen|losgegangen|losgefahren) ... ... ... (ohne (sie|ihn) besser|besser dran ohne (sie|ihn)|ohne (sie|ihn) besser dran|nicht mehr da|nicht mehr wiederkommen|lebt wohl|verzeiht)",
		"(er|sie) (atmet|atmete) (noch|kaum|kaum noch|nicht mehr|ganz flach) ... ... (strick|seil|schlinge|gürtel|kabel|blut|tabletten)",
		"(auf dem dach|aufm dach|auf der brücke|auf dem geländer) ... ... (selfies|selfie|fotos|bilder|videos) (vom abgrund|von unten|nach unten|in die tiefe|vom rand)",
		// Round s20-defr: no longer being their problem, closing a sentence (a
		// corpus row the model alone had carried and let go when this round's
		// rows were learnt).
		"(bin ich|ich bin|bin) (bald|nächste woche|ab morgen|morgen|dann|ab montag|ab freitag|am wochenende)? nicht mehr (euer|dein|ihr|eure|deine) (problem|last|sorge) (versprochen|keine sorge)? $",
		// Round s20-defr: a plan for tonight, said as one's own (ordinary plans
		// for the night are idioms below).
		"(ich hab|ich habe|hab|habe) (einen|nen|n|den) plan für (heute nacht|heut nacht|diese nacht)",
		"mich findet (keiner|niemand) (bis|vor) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen) und dann (ist|is) (es|alles) vorbei",
		"(wenn|sobald) die kinder (schlafen|im bett sind|weg sind) (mach|mache) (ichs|ich es|ich's)",
		// Round s12-learn19: a corpus row the model alone had carried.
		"(heute|heut) nacht (ist|is) (für mich)? alles vorbei",
		// Fresh set 19: all of a dead husband's heart pills taken, with wine.
		"(habe|hab|ich habe) (eben|gerade|grad|vorhin|jetzt)? sämtliche (tabletten|herztabletten|schlaftabletten|pillen|medikamente) ... ... ... (eingenommen|genommen|geschluckt)",
		"(alle|sämtliche|die ganzen) (tabletten|herztabletten|schlaftabletten|pillen|medikamente) (meines|meiner) (verstorbenen)? (mannes|frau|mutter|vaters) ... ... ... (eingenommen|genommen|geschluckt)",
		// Fresh set 18: someone else in danger now ("sie hat genug von den
		// Herztabletten genommen", poison drunk); the subject is part of the
		// phrase, so it is not read as someone else's words. Twins without
		// the amount or the deed stay None.
		"{jemand} ... ... hat (genug|viele|zu viele|eine menge|ne menge|massig|die ganze packung|eine handvoll) (von)? (den|ihren|seinen|ihre|seine)? ... (tabletten|herztabletten|schlaftabletten|pillen|medikamente) (genommen|geschluckt)",
		"{jemand} ... ... hat (bleiche|chlorreiniger|rattengift|gift|frostschutzmittel|abflussreiniger|unkrautvernichter) (getrunken|geschluckt|genommen)",
		// Fresh set 18: a rope and a day chosen; nothing needed after a day.
		"(hab|habe) (das|ein|den) (seil|strick) und (hab|habe)? (den tag|das datum|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) (ausgesucht|gewählt|festgelegt)",
		"(ab|nach) (dem)? (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|morgen|übermorgen) (brauch|brauche) ich (nix|nichts|gar nix|gar nichts) mehr $",
		// Fresh set 16: a last letter to a child, walking into the sea and on.
		"(den|einen|meinen) letzten brief an (meinen|meine|mein) (sohn|tochter|kinder|frau|mann|mama|papa|eltern)",
		"(ins|in das) (meer|wasser) (gehen|geh|laufen|lauf) und (weitergehen|weiterlaufen|weiter gehen|weiter laufen)",
		// A corpus row the model alone had carried until sets 14 and 15.
		"hat das (ganze)? (theater|elend|leiden) ein ende ... (bin|ich bin) (fast|bald)? so weit",
		// The corpus's "ich hab mich entschieden zu sterben", which the model
		// alone had carried and let go when sets 14 and 15 were learnt.
		"(ich habe|ich hab|hab|habe) (mich)? (dazu)? (entschieden|beschlossen) (zu sterben|mich umzubringen|mir das leben zu nehmen)",
		// Fresh sets 14 and 15: who is told first when one dies alone,
		// found by strangers, an organ donor card "if one does it oneself",
		// pills swallowed and no one to be called, a roof with no railing,
		// leaving the group for good, knowing "wie und wann".
		"(allein|alleine) (wohnt|lebt) und ... (stirbt|tot ist) ... wer",
		"(will|möchte|moechte) nicht dass (meine|mein) ... (mich findet|mich finden|es von fremden erfahren|es von fremden erfährt)",
		"bis (mich)? (jemand|man|einer) (mich)? findet $",
		"wie viele (stockwerke|stöcke|etagen) (braucht man)? (um sicher zu sein|damit es sicher ist|damit es sicher klappt) $",
		"(organspendeausweis|organspende) ... ... wenn man es (selbst|selber) macht",
		"(hab|habe) (sie|die) (schon)? (geschluckt|genommen) ... ... (ruf|ruft|rufen sie) (bitte)? (niemanden|keinen) an",
		"(dach|dachterrasse) ... ... (kein geländer|ohne geländer) ... ... (geh ich|steig ich|gehe ich) (morgen|heute nacht|heute)",
		"(komm|komme) nicht mehr ... ... passt (gut)? (auf euch|aufeinander) auf",
		"(weiß|weiss) (ich)? (jetzt)? (wie und wann|wann und wie) ich es (mache|mach|tue|tu)",
		"seit ich (das datum|den tag|den termin) (festgelegt|gewählt|ausgesucht|fest gemacht) (hab|habe)",
		// Issue 12, the first fresh set: the same concepts put otherwise.
		"(pistole|waffe|gewehr|revolver|seil|strick) ... ... (neben mir|auf meinem bett|in meiner hand|vor mir)",
		"wie (viel|viele) ... ... (bräuchte|braucht|brauche|reichen|reicht) (man|ich)? ... (um)? ... (nicht mehr aufzuwachen|nie mehr aufzuwachen|zu sterben|tot zu sein|das herz)",
		"nicht mehr lange ein (problem|last|klotz am bein) (für)?",
		"(die|eine) (ganze|komplette|volle) (packung|schachtel|flasche|dose|tüte) ({tabletten})? (genommen|geschluckt|eingenommen)",
		"(weiß|weiss) ... nicht ob ich ... sicher (bin|sein werde)",
		"sagt (meinem|meiner|meinen) (bruder|schwester|mutter|vater|mama|papa|kindern|familie|frau|mann|freund|freundin) (dass)? ich (sie|ihn|euch|dich) (liebe|lieb hab|lieb habe|geliebt habe)",
		"(ich habe|ich hab|hab|habe) (hier)? {mittel} (hier|bei mir|bereit|in der hand|geladen)? $",
		"(ich habe|ich hab) (ein|das) (messer|rasiermesser|rasierklingen) (hier|bei mir|in der hand)? $",
		"ich (stehe|sitze|steh|sitz) (auf|an) (der|einer|dem|einem) {hoehe}",
		"(zu viel|viel zu viel|zu viele|viel zu viele) ({tabletten}|drogen) (genommen|geschluckt|eingenommen)",
		"(datum|tag|zeitpunkt) und (die|den|das)? (methode|art|weise|mittel|ort)",
		"(methode|mittel|ort) und (das|den|die)? (datum|tag|zeitpunkt)",
		"(ich)? weiß (genau)? wie ich es (machen|tun) (würde|werde)",
		"(meine|all meine) (sachen|dinge|habseligkeiten) ... (verschenkt|weggegeben|verteilt|verschenken|weggeben)",
		"(verschenke|verschenkt|habe verschenkt|verteile) (alle|all)? (meine)? (sachen|dinge|besitz|habseligkeiten)",
		"sagt (meiner familie|meinen kindern|meiner mutter|meinem vater|meiner frau|meinem mann) (dass)? ich (sie|ihn|euch) liebe",
		"{person} (hat)? (gedroht|droht|drohte) (mich|mir) ... (umzubringen|zu töten|weh zu tun|zu schlagen)",
		"{person} (schlägt|schlug|würgt|würgte) mich",
		"{person} hat mich (geschlagen|gewürgt|vergewaltigt|angegriffen)",
		"(angst|furcht) (dass)? {person} mich (umbringt|tötet|schlägt|verletzt)",
		"ich bin in gefahr",
		"ich bin (zu hause|hier|bei ihm|bei ihr) nicht sicher",
		"angst um mein leben",
		// Session 6, parity with English kind by kind: how German speakers
		// write it (du, slang, umlauts typed as a, o, u), each with the
		// everyday line it must leave alone in cases_test.go.
		"(keinen|kein|null) bock mehr (zu leben|zum leben|auf (das|mein)? leben|aufs leben|auf dieses leben|zu existieren)",
		"(häng|hänge|erhäng|erhänge) mich ... auf ($|heute|morgen|gleich|jetzt)",
		"mich (abknallen|abzuknallen|wegknallen|wegzuknallen|wegballern|erschießen|zu erschießen)",
		"(knall|knalle) mich ... ab ($|heute|morgen|gleich|jetzt)",
		// Ways looked up, a lethal amount.
		"(gegoogelt|gegooglet|gesucht|recherchiert|nachgelesen|nachgeschaut|geschaut|google|googel|suche|such) ... (wie man sich umbringt|wie ich mich umbringe|wie man sich (erhängt|aufhängt|vergiftet)|wie man (am schnellsten|schmerzlos)? stirbt|wie ich sterben kann)",
		"(tödliche|tödlichen|letale|letalen) (dosis|menge)",
		"wie (viel|viele) {tabletten}? ... (sind|ist|wären|wäre) (tödlich|letal)",
		// Not safe with oneself: the answer to the safety question.
		"nicht versprechen ... (sicher bleibe|sicher bin|sicher sein werde|mir nichts (antue|tue|antun werde)|am leben bleibe)",
		"(fühl|fühle) mich (gerade|grad|heute)? (nicht|nicht mehr) sicher (mit|vor|bei) mir selbst",
		"(bin|bin ich) (vor mir selbst|mit mir selbst) nicht (mehr)? sicher",
		// Self-harm again, without "mich": "hab wieder geritzt".
		"(hab|habe|hab ich|habe ich) (wieder|grad|gerade|gestern|heute|schon wieder|letzte nacht|erneut) geritzt",
		"rückfall ... (geritzt|geschnitten|verbrannt|verletzt)",
		// Not minding, death as relief.
		"(hätte|hätt|hab|habe) nichts dagegen ... (nicht (mehr)? aufzuwachen|nie (mehr|wieder) aufzuwachen|zu sterben|tot zu sein)",
		"(der tod|sterben|tot sein|nicht mehr aufwachen) (wäre|wär|klingt|scheint|ist|fühlt sich) ... (erlösung|erlösend|friedlich|verlockend|schön|wie ein ausweg|eine befreiung)",
		// Means ready.
		"(der strick|das seil|die schlinge|die waffe|die knarre|die pistole) (ist|liegt|hängt)? (schon|jetzt|fertig)? (geknüpft|bereit|geladen|fertig|aufgehängt|festgemacht|befestigt) $",
		// Danger from someone else.
		"{person} (versucht|versuchte|hat versucht|hat gerade versucht) mich (umzubringen|zu töten|zu erwürgen|zu erstechen|zu ersticken)",
		"{person} will mich (umbringen|töten) $",
		"(jemand|einer|ein mann|ein typ|ein fremder) (ist|steht) (in meiner wohnung|in meinem zimmer|in meinem haus|vor meinem fenster) $",
		"(jemand|einer|ein mann|ein typ|ein fremder) (versucht|will) (bei mir|hier)? (einzubrechen|reinzukommen|die tür aufzubrechen)",
		"(jemand|einer|ein mann|ein typ) (verfolgt mich|folgt mir) (seit|nach hause|gerade|$)",
		// The day chosen.
		"heute ist der tag (an dem|wo) ich (sterbe|es tue|es mache|es beende|schluss mache|mich umbringe|für immer gehe)",
		// Fresh set 11: Swiss German, the water and "schwimmen kann ich eh nicht",
		// an end to everything, enough insulin to end it, the last smile.
		"(ich|i) (möcht|möchte|wott|wött|will|wet) (eifach|einfach|nur|eifach nur)? (nüm|nümm|nümme|nüme|nümmer|nid meh|nit meh|nöd meh) (läbe|lebe|leben)",
		"(rhein|main|elbe|donau|neckar|isar|fluss|see|meer|kanal|brücke|ufer|wasser) ... ... ... (schwimmen kann ich|ich kann|kann ich) (eh|sowieso|ohnehin) nicht (gut)? (schwimmen)? ($|ist (auch)? besser so)",
		"(mach|mache|machen) (ich)? (jetzt)? schluss mit allem",
		"(genug|genügend|ausreichend) (insulin|tabletten|pillen|schlaftabletten|morphin) ... um (es|alles) zu beenden",
		"(ich)? (sitz|sitze|lieg|liege|steh|stehe|hock|hocke) (gerade|grad|jetzt)? auf den (gleisen|schienen)",
		"(der|die) letzte (mensch|person) (der|die) mich (anlächelt|anlächeln wird|anlächeln wird|sieht|sehen wird|anspricht)",
		"(ich)? (wünschte|wünsche|wünsch) (mir)? (ich wäre|ich wär|ich war|wär ich|wäre ich) (einfach|schon)? (tot|nicht mehr da|nie geboren|nicht mehr am leben)",
		"(fahr|fahre|lenk|lenke|steuer|steuere|brettere|gib gas und) ... (direkt|gerade|geradeaus|einfach) (in den|ins|in die) (see|wasser|fluss|meer|hafenbecken|kanal|rhein|main|elbe|donau)",
		"(badewanne|wanne) ... ... (die klinge|die klingen|das messer|die rasierklinge|die rasierklingen|der cutter) (liegt|liegen)? (schon|bereit)? (daneben|gleich daneben|am rand|auf dem rand)",
		// Fresh sets 12 and 13: a height or a dose asked about, tablets
		// taken two hours ago in dialect, a crisis line refused, everything
		// prepared in the cellar, the last conversation.
		"(wie hoch|welche höhe|ab welcher höhe|aus welcher höhe|wie viele stockwerke|wie viele stöcke|wie viel stockwerke|ab wie vielen stockwerken|ab wie viel metern|ab wieviel metern) ... ... ... (sicher|garantiert|auf jeden fall)? (nicht überlebt|nicht überlebe|nicht überleben|nicht mehr überlebt|tot ist|tödlich ist|stirbt|sterbe|überlebt man nicht)",
		"(welche|ab welcher|wie viel|wieviel|wie viele) (dosis|menge|tabletten|milligramm|mg|gramm) ... ... (tödlich ist|tödlich|stirbt man|sterbe ich|zum sterben|um zu sterben|nicht mehr aufwacht|nicht mehr aufwachen|wach ich nicht mehr auf)",
		"(alle|die ganzen|sämtliche|alli|olle) (tabletten|pillen|schlaftabletten|tablettn|tabletta) (genommen|gnommen|geschluckt|gschluckt|gschlickt|eingenommen)",
		"(im|in der|in meinem) (keller|garage|wald|badezimmer|bad|dachboden|auto) (ist)? alles (vorbereitet|bereit|hergerichtet) $",
		"(wollte|will|wollt) (nur|bloß)? (dass|das) (das|unser) letzte (gespräch|gesprach|mal) kein (streit|krach) ist",
		"(ich)? (stah|steh|stehe|bin) (uf|auf) (de|der|dr) (brugg|brücke|brugge) ... (säg|sag|sagt|richt) (em|dem|der|meiner) (mami|mama|papi|papa|mutter|vater)",
		"(isch|ist|das ist|das isch|hier ist) (mini|meine|mis|mein) (letscht|letzte|letschti) (nachricht|nachrichte)",
		"(heute nacht|heut nacht|heute|heut) (mach|mache) ich schluss $",
		"(abschiedsnachricht|abschiedsbrief|abschiedsmail|abschiedssms|abschieds sms) (geschickt|geschrieben|gesendet|geschrieben hat|geschickt hat) ... ... (geht nicht ans|geht nicht an|nimmt nicht ab|antwortet nicht|meldet sich nicht|geht nicht mehr ans)",
		"(denk|denke) (dran|daran|drüber|darüber) ... (in|gegen) (den|die|das|einen|eine) (nächsten|nächste)? (brückenpfeiler|pfeiler|baum|lkw|laster|leitplanke|mauer|gegenverkehr) (zu)? (lenken|steuern|fahren|knallen|rasen)",
		"(morn|morge|morgen) (bin|bi) (i|ich) (nüm|nümm|nümme|nimma|nimmer|nicht mehr) (do|da|hier) ... (merci|danke) für alles",
		// Round s22-resid: letters to one's children or family finished, the
		// sentence ending there ("die briefe an meine kinder sind fertig").
		"(die|meine)? (briefe|abschiedsbriefe|letzten briefe) an (meine|die) (kinder|familie|eltern|frau|mann|tochter|sohn|liebsten) (sind|ist) (fertig|geschrieben) $",
	},
	review: []string{
		// Round s22-defr: having asked an assisted-dying society about
		// membership, "just asked"; an attempt with pills at school.
		"(hab|habe|ich hab|ich habe) mich ... (über|bei) ... (sterbehilfe|suizidhilfe|freitodbegleitung|exit|dignitas) ... (informiert|erkundigt|schlau gemacht|beraten lassen)",
		"(nen|einen|meinen) (versuch|suizidversuch|selbstmordversuch) mit (tabletten|pillen|schlaftabletten)",
		// Round s21-defr, as fresh set 21's French review rows at None:
		// feeling superfluous everywhere; one's attempt told as years past.
		"(ich fühl|fühl|ich fühle|fühle) mich (überall|immer)? (zu viel|überflüssig|fehl am platz) (überall)? $",
		"(mein|meinen) (suizidversuch|selbstmordversuch|versuch) (war|ist) (vor|jetzt|jetzt schon) ... (jahren|jahre|monaten|monate)",
		// Round s21-defr: review rows the retrained model let fall to None
		// (drift21): a life felt to be over at a sentence's end, a year's
		// sleep without waking after it, one's own funeral imagined.
		"(gefühl|gefühl dass|gefühl als ob) mein leben (ist|sei|wäre) (gelaufen|vorbei) $",
		"(schlaf|schlafen) ohne (danach|dann|je)? (wieder)? aufwachen (zu müssen|zu wollen)?",
		"(wie|wer) (meine|zu meiner) (beerdigung|trauerfeier) (wär|wäre|sein würde|aussehen würde|kommen würde|käme)",
		// Round s20-routine: therapy given up, said flatly ("zum
		// Integrationsgespräch komm ich nicht mehr"), which the learnt screen
		// had carried and let go when this round's rows were learnt. Not a
		// day missed: "zur Sitzung komm ich heute nicht" names no "mehr".
		"(zum|zur|zu den|in die|ins) (integrationsgespräch|integrationsgespräche|sitzung|sitzungen|therapie|gruppe|infusion|infusionen|behandlung|termin|termine) (komm|komme|geh|gehe) ich nicht mehr",
		// Not minding an accident; disappearing; not waking up.
		"wenn mich (morgen|heute)? (ein|der|eine|die) (bus|auto|zug|lkw|laster|straßenbahn) (überfährt|überfahren würde|erwischt|umfährt)",
		"(am liebsten|würde gern|würd gern|würde gerne|würd gerne|würd|würde) (ich)? (einfach)? verschwinden",
		"(nicht mehr|nie mehr|nie wieder) aufzuwachen",
		"(habe|hab|gekauft|kaufe|besorgt) {mittel}",
		"ich bin auf (der|einer|dem|einem) {hoehe}",
		"(habe|hab) zu viel genommen",
		"(falle|fall|bin) (allen|jedem|euch|meiner familie)? zur last",
		"(hoffnungslos|ohne hoffnung|alle hoffnung verloren)",
		"(es|das|nichts) wird (nie|niemals) (besser|gut)",
		"nicht mehr aufwachen",
		// Session 6: dark thoughts, hope lost, what for.
		"(dunkle|düstere|finstere|schwarze) gedanken",
		"(gedanken|kopf) (sind|ist) ... (dunkel|düster|finster|schwarz)",
		"(jede|alle|die) hoffnung verloren",
		"was bringt (das|es) (alles)? noch $",
		"(bin|ich bin) (allen|jedem|euch)? nur (noch)? im weg",
		// Done tonight, all planned, hating being alive, sorry for everything.
		"(ich)? (mach|mache|tu|tue) (es|das) (heute nacht|heute abend|heute|morgen|am wochenende|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)) $",
		"(ich hab|hab|habe|ich habe) alles (geplant|durchgeplant|vorbereitet) $",
		"(hasse es|hass es) (zu leben|am leben zu sein|zu existieren)",
		"(es tut mir leid|sorry|verzeiht mir) für alles $",
	},
	benign: []string{
		// Round s22-model: boarding the next train (with the platform one
		// waits on, whose words the model otherwise reads as its crisis
		// twin's), a climbing rope ready, a thing high enough for the hunt
		// or the dog (the bare "ist hoch genug" stays the model's):
		// ordinary rows that the lower Crisis cut of round s22-model let the
		// model call Crisis or Review ("er springt wenn der nächste Zug
		// kommt" is no part of it).
		"((steht|stehe|steh|ist|bin|wartet|warte) (am|auf dem|an der|am ende vom) (bahnsteig|gleis|bahnhof|haltestelle) (und)? (schreibt|sagt|meint|schrieb)?)? (er|sie|ich) (steigt|steig|steige) (dann)? ein wenn (der|die) (nächste|nachste) (zug|bahn|s-bahn|u-bahn|regionalbahn|ice|bus|tram) kommt",
		"(ist|sind|isch) hoch genug (für|fur) (die jagd|den hund|die hunde|die katze|die katzen|die kinder|den kleinen|die kleine|die pflanzen|die tomaten|das zelt|die hühner|die hasen|den wind)",
		"(das|mein|unser) (seil|kletterseil) (zum|fürs|für das) (klettern|bouldern|abseilen|zelten|segeln|camping) (liegt|ist) (schon)? (bereit|gepackt|parat)",
		// Round s22-defr: a wish to die with a laugh after a game lost ("ich
		// will sterben haha, schon wieder beim Endboss"); tablets moved to
		// the evening on the doctor's word.
		"(ich will sterben|will sterben|ich möchte sterben|ich sterbe) (haha|hahaha|lol|xd|lmao) ... ... ... (boss|endboss|spiel|level|runde|game|match|ranked|zocken|gezockt)",
		"(die)? (tabletten|medikamente|pillen|medis|tablette) (nehm|nehme) ich (jetzt|ab jetzt|ab sofort|seit heute)? (abends|morgens|mittags) (statt|anstatt|und nicht mehr) (morgens|abends|mittags)",
		// Round s22-defr (set 23): "tschüss für immer" to a school subject,
		// a course or a habit; to people it stays a farewell.
		"(tschüss|tschüs|tschau|ciao|bye|adieu|lebwohl|lebe wohl|auf nimmerwiedersehen) für immer (du)? (liebe|liebes|lieber|blöde|blödes|blöder|olle|oller|olles)? (statistik|mathe|mathematik|physik|chemie|latein|französisch|schule|uni|klausur|klausuren|prüfung|prüfungen|nachhilfe|mathe-nachhilfe|modul|vorlesung|hausaufgaben|diät|zigaretten|kippen|rauchen|facebook|instagram|tiktok|nachtschicht|frühschicht|pendeln|zahnspange|gips|krücken)",
		// Round s22-defr: a last message before an ordinary trip or a week
		// offline ("letzte Nachricht diese Woche, bin auf Klassenfahrt").
		"letzte nachricht (diese woche|dieser woche|der woche|für heute|für diese woche|vor (dem|der|meinem|meiner|den|meinen) (urlaub|flug|reise|klassenfahrt|seminar|fortbildung|prüfung|klausur|op|geburt|umzug|hochzeit|abflug|ferien|auszeit))",
		// Round s20-routine: one's own usual medicine taken, with when and
		// nothing else ("ich habe heute meine Tabletten genommen", "hab meine
		// Tabletten schon genommen"); no place for "alle", "die ganze
		// Packung" or "zu viele". Only "meine": "die Tabletten hab ich schon
		// genommen" is how an overdose is told.
		"^ (ich)? (habe|hab) (ich)? {gewohnt} {gewohnt}? meine {tabletten} {gewohnt}? (genommen|eingenommen) $",
		"^ (ich)? (habe|hab) (ich)? meine {tabletten} {gewohnt} {gewohnt}? (genommen|eingenommen) $",
		"^ meine {tabletten} (habe|hab) ich {gewohnt} {gewohnt}? (genommen|eingenommen) $",
		"^ meine {tabletten} {gewohnt} {gewohnt}? (genommen|eingenommen) $",
		// "die" only with the day named ("ich habe heute die Tabletten
		// genommen"), not with "schon".
		"^ (ich)? (habe|hab) (ich)? (heute|heut|heute morgen|heute früh|heut morgen|heut früh|heute abend) die {tabletten} (genommen|eingenommen) $",
		// Round s20-routine: a knife in the hand while cooking, the sentence
		// ending with the food ("hab das Messer in der Hand und schneid das
		// Brot für morgen"); a body part named after it is not masked.
		"(messer|küchenmesser|klinge) (liegt)? in (der|meiner) hand (und)? (ich)? (schneid|schneide|schäl|schäle|hack|hacke|schnippel|schnipple|würfel|würfle) (ich)? (grad|gerade|jetzt|noch)? (das|die|den|ein|eine|paar)? {essen} (für (morgen|heute abend|heut abend|das abendessen|die suppe|den salat|die kinder|mittag|später))? $",
		// Round s20-routine: an old thing given away because a new one was
		// bought ("hab mir die neue gekauft, ich brauch die nicht mehr").
		"(mir)? (die|den|das|eine|einen|ein) (neue|neuen|neues) ... (gekauft|geholt|bestellt|gegönnt) (und|also)? (ich)? (brauch|brauche) (die|den|das|sie|ihn|es) (alte|alten|alt)? (eh|sowieso|ja)? nicht mehr",
		// Round s20-routine: a sibling's joking threat over food with a laugh.
		"(er|sie) (bringt|bringe|bring|würde) mich um wenn ich (seine|ihre|sein|ihr|seinen|ihren) ... (esse|ess|trinke|anfasse|klaue|nehme|aufesse|wegesse|wegfuttere) (lol|haha|hahaha|xd|jk)",
		// Round s20-routine: bleeding from the nose or gums, or a period.
		"(nasenbluten|nase|zahnfleisch|periode|regel|tage) ... ... (blut|blutung|bluten)? (hört|hort) (einfach)? nicht (mehr)? auf",
		// Round s12-residual: enough of one's medicine for a trip.
		"genug (insulin|tabletten|medikamente|medis|pillen) (für|bis) (die|den|das|meinen|meine)? (ganze|ganzen)? (woche|reise|urlaub|monat|ferien|wochenende|trip)",
		// Round s12-residual: a bare goodbye that the next sentence explains
		// as an ordinary departure (risk.go, departs).
		"^ (tschüss|tschüs|ciao|bye|servus|machts gut|macht es gut|lebt wohl|auf wiedersehen) (zusammen|alle|ihr lieben|ihr alle|leute)? {abreise}",
		// Fresh sets 16 and 17's ordinary rows: a window threat over a meeting
		// from the ground floor, a goodbye letter to an illness or a dead
		// parent, "tschüss für immer" to an old job.
		"(meeting|termin|call|mail|excel) und ich (spring|springe) aus dem fenster (erdgeschoss|parterre|im erdgeschoss)",
		"abschiedsbrief an (meine|meinen|mein) (angststörung|angst|panik|depression|sucht|essstörung|zwangsstörung)",
		"abschiedsbrief an (meinen|meine) (verstorbenen|verstorbene|toten|tote) (vater|papa|mutter|mama|opa|oma|bruder|schwester)",
		"(der|dem|meiner|meinem) (alten|ex) (firma|job|chef|chefin|arbeitgeber|büro) (sag|sage) ich tschüss für immer",
		// Fresh sets 14 and 15's hyperbole in its frame: a quoted wish
		// captioned "ich jedes Mal, wenn ...", a wish after a game death
		// count, a threat over a meeting with a laugh after it.
		"^ (ich will sterben|ich möchte sterben|will sterben) ich (jedes mal|jedesmal|immer) wenn",
		"# (x|mal)? (am|beim|gegen den|an dem) (selben|gleichen)? (boss|endboss|gegner) gestorben ... ... (ich will sterben|will sterben|ich möchte sterben)",
		"(meeting|termin|call|mail|excel) ... ... ... (spring|springe) ich aus dem fenster (lol|haha|hahaha|xd)",
		"(meeting|termin|call|mail|excel) und ich (spring|springe) aus dem fenster (lol|haha|hahaha|xd)",
		"(meinen|meine|mein) (hund|katze|kater|haustier|haustiere|pflanzen) ... (übers wochenende|für das wochenende|fürs wochenende|für den urlaub|über den urlaub|während (ich|wir) ... (weg|verreist|im urlaub|unterwegs) (bin|sind)?|bis ich zurück bin)",
		// Round s21-defr: a gun taken out for the range, the hunt or cleaning.
		"(pistole|waffe|gewehr|jagdgewehr|revolver) ... ... ... ... ... (schießtraining|schießstand|schützenverein|schützenfest|jagd|treibjagd|reinigen|putzen|waffenreinigung|tontaubenschießen)",
		"(schießtraining|schießstand|schützenverein|jagd|treibjagd|zum reinigen|zum putzen) ... ... ... (pistole|waffe|gewehr|jagdgewehr|revolver) (aus dem|aus der|ausm) (schrank|tresor|waffenschrank|safe) (geholt|genommen|rausgeholt)",
		// Round s20-defr: pills taken as a named doctor prescribed them ("wie
		// Dr. Kaya sie verschrieben hat"; the dot of "Dr." ends the sentence);
		// a letter to one's fear as therapy homework; helping a colleague
		// after their attempt, years ago; ordinary plans for the night; things
		// given away for a move or as an ad; one's time given away.
		"(alle)? (meine)? {tabletten} (genommen|eingenommen|geschluckt) (so)? wie (dr|doktor|doc|frau dr|herr dr|frau doktor|herr doktor|prof) $",
		"(alle)? (meine)? {tabletten} (genommen|eingenommen|geschluckt) (so)? wie (dr|doktor|frau|herr|frau dr|herr dr)? ... (sie|es|die|das)? (verschrieben|verordnet|angeordnet) (hat|hatte)",
		"(brief|briefe) an (meine|meinen|mein|die|den) (angst|ängste|panik|depression|trauer|wut|scham|sucht|essstörung|zwangsstörung|krankheit|diagnose) (vor dem tod|vorm tod|vor dem sterben|vorm sterben)?",
		"(einem|einer|meinem|meiner) (kollegen|kollegin|freund|freundin|nachbarn|nachbarin|bekannten|mitbewohner|mitbewohnerin) nach (seinem|ihrem) (suizidversuch|selbstmordversuch|versuch) (im krankenhaus)? (beigestanden|geholfen|besucht|begleitet)",
		"plan für (heute|heut|diese) (nacht|abend) (ist|war|lautet)? (pizza|netflix|serie|serien|film|filme|durchschlafen|schlafen|ausschlafen|party|feiern|zocken|lernen|kochen|sofa|couch|chillen|sterne|sternschnuppen|ausgehen|tanzen|lesen|baden|nichts)",
		"(verschenke|verschenk|verschenken) (meine|mein|meinen) ... ... (abzuholen|abholen|abholung|bei interesse|wer will|wer mag|wegen umzug|vor dem umzug|wegen auszug)",
		"(wegen|vor dem|vorm) (umzug|auszug) (verschenke|verschenk|verschenken)",
		"(verschenke|verschenk|verschenken) (meine|mein|meinen) (alten|alte|altes|aussortierten|ausgemisteten|zu kleinen) (klamotten|kleider|sachen|bücher|spielsachen|möbel|kartons|babysachen|schuhe|jacken)",
		"(verschenke|verschenk|verschwende|verschwend) (meine|mein|meinen) (zeit|energie|nerven|lebenszeit|kraft|abende|wochenenden)",
		"(alle)? (meine)? {tabletten} (heute|heute morgen|heute früh)? {verordnet}",
		"(alle)? (meine)? {tabletten} (genommen|eingenommen|geschluckt) ... {verordnet}",
		"ego-tod",
		// Session 6: KAP's own words, and everyday lines that use the
		// words crisis texts use.
		"(ich-auflösung|ichauflösung|ego-auflösung|egoauflösung|auflösung des ichs|auflösung des egos|ego tod|egotod)",
		"(kein|keinen|null) bock (mehr)? auf (die|den|das|diesen|diese|dieses)? (arbeit|schule|uni|regen|wetter|montag|montage|meeting|meetings|termin|training|putzen|kochen|hausaufgaben|lernen|job|stress|party|wochenende|aufstehen|einkaufen|abwasch|steuer|steuererklärung)",
		"(seil|seile|strick) (zum|fürs|für das|für die|für den) (klettern|abschleppen|zelt|boot|segeln|wäsche|springen|hängematte|garten|spielplatz|umzug)",
		"kletterseil",
		// What a box holds: "wie viele Tabletten sind in einer Packung?"
		"wie (viele|viel) {tabletten}? (sind|waren|passen) in (einer|der|die|eine) (packung|schachtel|dose|flasche|blisterpackung|blister)",
		"(tödliche|tödlichen|letale|letalen) (dosis|menge) (von)? (koffein|kaffee|wasser|salz|zucker|schokolade|vitamin d|vitaminen)",
		"miete ... (im voraus|vorab) (bezahlt|überwiesen|gezahlt) (weil|da|denn|bevor) ich ... ... (urlaub|reise|verreise|weg|ausland|auslandssemester|unterwegs|monate|wochen|reha|elternzeit)",
		"(verabschiede mich|verabschieden uns) (von euch|von allen)? (in den urlaub|ins wochenende|in die ferien|in die pause|für heute|ins bett|zum schlafen|gute nacht|bis morgen|bis montag|bis nächste woche|in die elternzeit)",
		"(knall|knalle) mich (jetzt|gleich|erstmal)? (aufs|auf das|auf die|ins|in die) (sofa|couch|bett)",
		"ab und zu",
		// Round s22-resid: running late ("am Telefon hat er gesagt es wird
		// spät"); "… ihr seht mich nie wieder" stays Crisis.
		"(es|das) (wird|wirds) (heute|heut)? (spät|später|etwas später|ein bisschen später|sehr spät) $",
		// Round s22-resid: where one keeps one's own medicine ("meine
		// tabletten liegen jetzt im küchenschrank"), the sentence ending
		// there: "alle tabletten liegen bereit im küchenschrank, heute nacht"
		// stays Crisis.
		"^ (meine|die) (tabletten|medikamente|pillen|medis|tabis) (liegen|sind|stehen) (jetzt|immer|ab jetzt|jetzt immer)? (im|in der|in dem|auf dem|auf der|in meinem|in meiner) (küchenschrank|schrank|badschrank|badezimmerschrank|spiegelschrank|nachttisch|schublade|küchenschublade|medizinschrank|hausapotheke|regal|küche|bad|handtasche|tasche) $",
	},
	asked: []string{
		"(hat|hatte)? (mich)? (gefragt|fragte|fragt|fragen|wollte wissen|will wissen) (ob|nach) ... $",
		// Round s12-residual: "hat die übliche frage gestellt, ob ich mir was antun will".
		"(frage|fragen) (gestellt|stellt|stellte) (ob|nach) ... $",
	},
	confirm: []string{
		"(ich habe|ich hab|hab|habe) (mit)? ja (gesagt|geantwortet)",
	},
}
