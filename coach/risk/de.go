package risk

// german holds the German phrases. Umlauts in them also match the
// two-letter spelling (ü as u or ue), and ß matches ss.
var german = phraseSet{
	lang: "de",
	words: map[string]string{
		"will":      "(will|wollte|möchte|möcht|würde gerne|würde lieber|wünsche mir|wünschte|muss|sollte)",
		"adv":       "(so|sehr|total|echt|gerade|wirklich|ziemlich|irgendwie|einfach|richtig)",
		"tabletten": "(tabletten|pillen|medikamente|schlaftabletten|medis|ketamin)",
		"immer":     "(für immer|endgültig|ein für alle mal)",
		"andere":    "(auch|immer|schon|einfach|nur|angeblich|wohl|wirklich)",
		// How many years or months: "vor zwei Jahren".
		"anzahl": "(#|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|ein paar|paar|einigen|mehreren|vielen|wenigen)",
		// An age, in digits or words.
		"alter": "(#|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig)",
		// Words between a verb of intent and the act: "werde mich wieder ritzen".
		"wieder": "(wieder|schon wieder|erneut|nochmal|noch mal|heute|heute nacht|heute abend|gleich|bald|morgen|einfach)",
		// How often or how long, between a phrase and what closes it.
		"oft": "(jeden tag|ständig|dauernd|damals|oft|jahrelang|lange)",
		// The writer gone, as the condition of nobody noticing.
		"weg": "wenn (es mich nicht mehr? (gäbe|gäb|geben würde)|ich ((weg|tot|nicht mehr da|nicht mehr hier|nicht mehr am leben) (wäre|wär|bin)?|sterben würde|sterbe|stürbe|verschwinden würde|verschwinde|mich umbringen würde|mich umbringe))",
		// An ordinary reason to stop writing for a while: "vor dem Urlaub",
		// "bis Montag". Sleep only if it ends the sentence.
		"pause": "((vor|bis nach) (dem|meinem|unserem|der|meiner)? (urlaub|flug|reise|trip|wochenende|arbeit|schicht|prüfung|klausur|termin|sitzung|therapie|besprechung|vorstellungsgespräch|operation|abendessen|hochzeit|party|spiel|konzert|präsentation)|(bevor|weil|da) ich (in den urlaub|in urlaub|auf reisen|ins bett|zur arbeit|zum flughafen|in die ferien) (fahre|fliege|gehe|muss)?|(bevor|weil|da) ich (verreise|wegfahre|wegfliege|losfahre)|(bevor|weil|da) ich schlafen gehe $|bis (morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nächste woche|nächsten montag|ich zurück bin)|für (heute|jetzt|diese woche|heute abend))",
		// Not noticing, or not caring.
		"merken": "(merken|bemerken|merkt|vermissen|vermisst|trauern|trauert|auffallen|auffällt|kümmern|kümmert|interessieren|interessiert|jucken|juckt|weinen|unterschied)",
	},
	crisis: []string{
		"(wünsch|wünsche) mir (grad|gerade|jetzt|einfach|grad einfach|gerade einfach)? (einfach)? tot zu sein",
		// A wish to be dead, now: "wär ich doch einfach tot".
		"(wär|wäre) ich (doch)? (einfach|lieber|bloß|nur)? tot",
		"{will} ... sterben",
		"{will} ... tot sein",
		"bereit (zu sterben|zum sterben)",
		"(keinen|kein) (ausweg|anderen ausweg|weg) mehr? (außer|als) (den tod|dem tod|sterben|suizid|selbstmord|mich umzubringen)",
		"(der tod|sterben|suizid|selbstmord) (ist|wäre|scheint) (der|mein)? (einzige|einziger) (ausweg|weg|lösung)",
		"wäre (lieber|besser|einfach)? tot",
		"besser ... wenn ich (tot|nicht mehr da|weg|nicht mehr am leben) (wäre|wär)",
		"nicht mehr (leben|da sein|hier sein|existieren|aufwachen|weiterleben)",
		"nicht mehr (auf dieser welt|auf der welt|hier|da) sein",
		"für immer (schlafen|einschlafen)",
		"(weg für immer|für immer weg)",
		"(keine|keinen|kein|keinerlei) (lust|grund|sinn|kraft|mut|hoffnung|willen|energie) mehr? (zu leben|zum leben|weiterzuleben|am leben|auf das leben|aufs leben)",
		// "mich" is also "me": "mein Chef wird mich umbringen" is not about the
		// writer, so "ich" must come first unless the verb can only be reflexive.
		"ich ... mich ... (umbringen|umzubringen|töten|zu töten|erhängen|aufhängen|erschießen|vergiften)",
		"mich selbst (umbringen|umzubringen|töten|zu töten)",
		"mich umzubringen",
		"(bringe|bring) mich ... um",
		"mir ... (das|mein) leben zu? nehmen",
		"(nehme|nehm) mir (das|mein) leben",
		"(mein leben|meinem leben ein ende) ... (beenden|zu beenden|setzen|zu setzen|machen)",
		"(beende|beenden|beendet) ... mein leben",
		// Ending it: "Schluss machen" is also breaking up, so only with finality.
		"(mache|mach|machen) (ich)? schluss {immer}",
		"schluss mit (dem leben|meinem leben)",
		"{will} ... (für immer|endgültig) (weg|verschwinden|einschlafen|gehen)",
		"diese welt (verlassen|zu verlassen)",
		"(selbstmord|suizid) (begehen|machen|zu begehen)",
		"{will} (selbstmord|suizid)",
		"(denke|denken|dachte) (an|über) (selbstmord|suizid)",
		"(denke|denken|dachte) ... (an|über) (selbstmord|suizid)",
		"(bin|fühle mich|fühl mich) {adv}? (suizidal|lebensmüde|selbstmordgefährdet|suizidgefährdet)",
		"(habe|hab|hatte) (suizidgedanken|selbstmordgedanken)",
		"mir (etwas|was) (antun|anzutun)",
		"(tue|tu) mir (etwas|was) an",
		"(will|möchte|werde|werd|muss|könnte|würde gern|würde gerne) ich? mich selbst? {wieder}? {wieder}? (verletzen|ritzen|schneiden|verbrennen)",
		"(will|möchte|werde|werd|muss) ich? mir {wieder}? {wieder}? (weh tun|wehtun|weh zu tun|schaden)",
		"(ritze|ritz) mich",
		"mich (wieder|gerade|heute|schon wieder) geritzt",
		"mich ... (wieder|erneut|gestern|heute|schon wieder|letzte nacht) ... (geschnitten|geritzt)",
		"(besser|glücklicher) dran? ohne mich",
		"ohne mich ... (besser|glücklicher) dran",
		"(bald nicht mehr|nicht mehr lange) (da|hier)",
		"(nicht mehr lange|bald nicht mehr) zur last",
		"(lebt|lebe) alle? wohl",
		"lebewohl",
		"(tschüss|tschüs|auf wiedersehen|adieu) (für immer|welt)",
		"(das ist|dies ist|hier ist|hier kommt) (mein abschied|mein letzter beitrag|meine letzte nachricht)",
		"abschiedsbrief",
		"ich verabschiede mich (für immer|von euch|von allen|von der welt)",
		"(einschlafen|schlafen) und nie (wieder|mehr) aufwachen",
		"nie (wieder|mehr) aufwachen",
		"alle (meine|die|meine ganzen|meine restlichen)? {tabletten} (genommen|geschluckt|eingenommen|nehmen|schlucken|einnehmen)",
		"(eine)? überdosis (genommen|geschluckt)",
		"(zu viele|viel zu viele|##) {tabletten} (genommen|geschluckt|eingenommen)",
		"pulsadern (aufschneiden|aufgeschnitten|aufzuschneiden)",
		"(ich habe|ich hab|hab) einen plan $",
		"(verschenke|verschenken) (alle|all)? (meine)? (sachen|dinge|besitz)",
		"(von der|von einer|vom) (brücke|dach|hochhaus|balkon|klippe) (springen|stürzen)",
		"(springe|spring|stürze mich|werfe mich|stürz mich|werf mich) ... (vom|von der|von einer|von einem|aus dem) (dach|brücke|hochhaus|balkon|fenster|klippe)",
		"mich? vor (den|einen) (zug|bus|lkw|laster|auto) (springen|werfen|legen|laufen)",
		"(niemand|keiner) (würde|wird) mich vermissen",
		// Not "versteckt": keeping pills out of reach is safety advice.
		"{tabletten} ... (gesammelt|gehortet|gebunkert|aufgespart|beiseitegelegt|zur seite gelegt)",
		"(besser|froh|glücklicher|erleichtert|leichter|einfacher) ... {weg}",
		"(niemand|keiner|kein mensch|keine sau|niemandem|keinem|niemanden) ... {merken} ... {weg}",
		// A farewell with love or an apology.
		"(lebt wohl|adieu|lebwohl) ... (ich liebe euch|ich hab euch lieb|verzeiht mir|es tut mir leid|danke für alles)",
		"(ich liebe euch|ich hab euch lieb|verzeiht mir) ... (lebt wohl|adieu|lebwohl)",
		"wenn ich (nicht mehr da bin|tot bin)",
	},
	review: []string{
		"suizid*", "selbstmord*", "lebensmüde", "ritzen", "geritzt", "selbstverletz*",
		"mich (umbringen|töten)",
		// Self-harm in the past: "ich habe mich früher geschnitten", "mich
		// selbst verletzt". Not "mich verletzt" alone: that is an injury.
		"mich (früher|damals|oft|ständig|jahrelang|absichtlich|selbst)? geschnitten",
		"mich (früher|damals|oft|ständig|jahrelang)? (selbst|absichtlich) (verletzt|verbrannt|geschlagen)",
		"todesgedanken", "todessehnsucht",
		"(denke|denken|dachte|gedanken) ich? (an|über) (den tod|das sterben|sterben|tod)",
		"(ich)? kann nicht mehr $",
		"will nicht mehr $",
		"(hat|macht) alles? keinen sinn mehr?",
		"wozu (noch|das alles|weitermachen)",
		"was soll das (alles|noch)",
		"(bin|fühle mich wie|fühl mich wie) nur? eine last",
		"(bin|fühle mich|fühl mich) (für|fur) (alle|jeden|euch|alle anderen|meine familie) nur? (eine|ne) last",
		"(will|möchte) einfach? verschwinden",
		"(wäre|wär) lieber? nie geboren",
		"werde ... sterben",
		"danke für alles $",
		"wenn ich weg bin",
		"überdosis",
		"ich gebe auf $",
		"keine kraft mehr $",
		"(leid|müde|satt) (zu kämpfen|vom kämpfen|vom kampf)",
		// Someone else's act, or a story's: a gentle question.
		"(bringt|brachte|bringen) sich ... um",
		"sich (umgebracht|das leben genommen|getötet|erhängt)",
		"sich ... (umbringen|töten|das leben nehmen)",
	},
	negated: []string{
		// Round s12-residual: "ich denk nicht dran, mir was anzutun".
		"(denk|denke) (nicht|nie|gar nicht) (dran|daran) (mir|mich) (was|etwas) (anzutun|umzubringen)",
		"nicht (suizidal|lebensmüde|selbstmordgefährdet|suizidgefährdet)",
		"keine (suizidgedanken|selbstmordgedanken|suizidalen gedanken)",
		"(will|möchte|werde|würde) (mich)? nicht (sterben|umbringen|töten)",
		"(würde|werde|könnte) (mich|mir) (nie|niemals) (umbringen|etwas antun|was antun|verletzen|töten)",
		"(bringe|bring) mich nicht um",
		"mich ... (nicht|nie|niemals) (im leben)? (umbringen|töten|verletzen|ritzen)",
		"(nicht|nie|niemals|keinesfalls) vor ... (umzubringen|zu töten|zu verletzen|zu ritzen|das leben zu nehmen|anzutun)",
		"mir nichts (an|antun)",
		// German puts the negation inside the phrase: "ich würde mir nie
		// das Leben nehmen", "ich will nicht tot sein".
		"mir (nie|niemals|nicht) ... (etwas|was) (antun|anzutun|an)",
		"mir (nie|niemals|nicht) (das|mein) leben (nehmen|zu nehmen)",
		"(will|möchte|wollte|werde|würde) (nie|niemals|nicht) tot sein",
	},
	benign: []string{
		// Fresh set 18: laughing too hard ("ich kann nicht mehr vor Lachen").
		"kann (einfach|echt)? nicht mehr vor (lachen|lauter lachen)",
		"(bettkante|sofakante|tischkante|stuhlkante|badewannenrand)",
		"(rand|kante) (des|meines|vom) (bettes|betts|bett|sofas|sofa|tisches|tisch|stuhls|stuhl)",
		"(sterbe|sterben|stirbt|gestorben) vor (hunger|lachen|langeweile|durst|kälte|hitze|neugier|sehnsucht|scham|müdigkeit)",
		"mich (beim|im|bei) (training|sport|laufen|joggen|yoga|fußball) verletz*",
		// "Bring mich um 8 zum Bahnhof" is a lift, not a threat.
		"(bringe|bring) mich ... um (#|halb|viertel)",
		"(mich|mir)? (beim|bei dem) (kochen|rasieren|gemüseschneiden|zwiebelschneiden|brotschneiden|schnitzen|basteln|gärtnern|heimwerken|training|sport|laufen|joggen) (in den finger|in die hand)? (geschnitten|verletzt|verbrannt|wehgetan|weh getan)?",
		"schluss (gemacht|machen) mit (meinem|meiner|ihm|ihr|dem job|der arbeit)",
		"(letzte nachricht|letzter beitrag) {pause}",
		// Fresh set 11: "absolute überdosis netflix", "schluss für heute".
		"überdosis (an|von)? (netflix|serien|serie|kaffee|koffein|zucker|schokolade|sonne|arbeit|sport|kitsch|drama|kuchen|fernsehen|tv|weihnachten|glitzer)",
		"(netflixüberdosis|serienüberdosis|kaffeeüberdosis|koffeinüberdosis|zuckerüberdosis|schokoladenüberdosis|kuchenüberdosis|fernsehüberdosis)",
		"(schluss|feierabend) für heute",
	},
	// A negation right before a crisis phrase denies it: "ich würde nie mein
	// Leben beenden", "ich habe nicht vor, mich umzubringen". Not "nicht"
	// alone: "nicht mehr" and "kann nicht" are how German says it is too much.
	denial: []string{
		"(nie|niemals|keinesfalls|auf keinen fall|nicht vor|nie im leben|niemals im leben) $",
	},
	weary: []string{
		// Round s22-defr (set 23): an alarm set for an hour, and then "dann
		// mach ich's" as all of the next sentence (parting below): "Wecker
		// auf 4 Uhr gestellt. dann mach ichs". "dann geht's zum Flughafen"
		// is no parting.
		"(wecker|alarm|handywecker) (auf|für) (halb|viertel nach|viertel vor|kurz vor)? # (uhr)? (gestellt|gesetzt)",
		// Fresh set 18: all made ready, before a time when nobody is awake;
		// what was ordered has come, before a time when one is alone.
		"^ (ich)? (hab|habe) alles (vorbereitet|bereit|geregelt) $",
		"^ (das|mein) (zeug|päckchen|paket) (aus dem (internet|netz|darknet))? ist (heute|endlich|gestern|grad|gerade|jetzt)? (gekommen|angekommen|da)",
		// Fresh set 13: "verzeiht mir. lebt wohl"
		"^ (verzeiht mir|verzeih mir|vergebt mir|vergib mir) (alles)?",
		"(ich)? kann (einfach|echt|halt|eben)? nicht mehr",
		"(ich)? will nicht mehr",
		"keine (kraft|hoffnung) mehr",
		"ich gebe auf",
		"(leid|müde|satt) (zu kämpfen|vom kämpfen|vom kampf)",
		"(ich habe mich|ich hab mich|hab mich) entschieden",
		"(mein entschluss steht|es gibt kein zurück)",
		"es ist (alles)? vorbei",
	},
	parting: []string{
		// Round s22-defr: "dann mach ich's" after an alarm set (weary above).
		"^ (und)? (dann|danach) (mach|mache|tu|tue) (ich's|ichs|ich es) $",
		"^ (und)? (dann|danach) (zieh|ziehe) (ich's|ichs|ich es) durch $",
		// Fresh set 18: a time when nobody is awake or one is alone, after all
		// made ready ("heut nacht wenn alle pennen. hab alles vorbereitet").
		"^ (heute|heut) (nacht|abend) wenn (alle|alle anderen) (pennen|schlafen|im bett sind) $",
		"^ (am wochenende|heute nacht|heut nacht|heute abend|morgen) wenn (mein|meine) (mitbewohner|mitbewohnerin|freund|freundin|mann|frau|eltern|familie|partner|partnerin) ... ... ... (ist|sind) $",
		// Fresh set 13: "ich kann nicht mehr. heute nacht. sorry"
		"^ (heute nacht|heut nacht|heute abend) $",
		"^ (lebt|lebe|leb) (alle)? wohl (ihr alle)? $",
		"^ (lebewohl|adieu) $",
		"^ heute (nacht)? ist (es so weit|die nacht) $",
		"^ (machts gut|macht es gut|machs gut|mach es gut) (ihr alle|alle|leute)? $",
		// Fresh set 18: "macht's gut ihr lieben. ich kann nicht mehr".
		"^ (machts gut|macht es gut|tschüss|ciao|bye) (ihr lieben|ihr alle|alle|leute|zusammen) $",
	},
	others: []string{
		"(er|sie|man|jemand|jeder) {andere}? $",
		"(meine|mein|seine|ihre|ihr|sein|der|die|eine|ein) (beste|bester)? (freundin|freund|mutter|mama|vater|papa|bruder|schwester|sohn|tochter|mann|frau|partner|partnerin|kollege|kollegin|held|heldin|figur|cousine|cousin|oma|opa) {andere}? $",
	},
	past: []string{
		"letztes jahr", "letzten (sommer|winter|monat)",
		"vor (jahren|monaten|jahrzehnten|langer zeit|einem jahr|einem jahrzehnt)",
		"vor {anzahl} (jahren|monaten|jahrzehnten)",
		"mit {alter} jahren",
		"mit {alter} (wollte|hatte|hab|habe|dachte|war)",
		"früher", "damals",
		"als (kind|jugendliche|jugendlicher|teenager|student|studentin|schüler|schülerin)",
		"als ich noch? (jung|jünger|klein|ein kind|teenager|{alter}|in der schule|student|studentin)",
		"in (der vergangenheit|meiner jugend|der schulzeit|der pubertät)",
		"vor der (therapie|behandlung)",
	},
	over: []string{
		"^ {oft}? (aber|und)? (jetzt|heute|inzwischen|mittlerweile|zum glück|gott sei dank)? nicht mehr (zum glück|gott sei dank)? $",
		"^ {oft}? (aber|und)? das (ist|liegt) (vorbei|hinter mir|vergangenheit) $",
	},
	tense: []string{
		"(wollte|wollten|wolltest|dachte|dachten|hatte|gedacht|gewollt|versucht|versuchte|fühlte|früher)",
		"war (bereit|kurz davor|so weit)",
	},
	recent: []string{
		"wieder", "immer noch", "noch immer", "heute (nacht|abend)", "gerade", "im moment",
		"momentan", "zurzeit", "zur zeit", "in letzter zeit", "gestern", "morgen", "diese woche",
	},
	doubt: []string{
		"weiß nicht ob", "nicht sicher", "vielleicht", "(kann|könnte) (es)? nicht versprechen",
		"keine ahnung ob", "noch nicht", "hoffentlich", "vorerst",
	},
}
