package risk

// germanMore is the wider net of German phrases (see englishMore),
// sharing de.go's macros.
var germanMore = phraseSet{
	lang: "de",
	words: withWords(german.words, map[string]string{
		"mittel":    "(ein seil|einen strick|ein strick|eine waffe|eine pistole|ein gewehr|eine schusswaffe|das seil|die waffe|die pistole)",
		"hoehe":     "(brücke|dach|kante|klippe|brüstung|geländer|rand|hochhaus)",
		"person":    "(er|sie|mein (mann|freund|partner|vater|papa|stiefvater|ex|bruder)|meine (frau|freundin|partnerin|mutter|mama|ex|schwester))",
		"verordnet": "(wie|nach) (verordnet|verschrieben|vorgeschrieben|vorschrift|besprochen|immer|gewohnt|(der|die|mein|meine) (arzt|ärztin|psychiater|psychiaterin) (gesagt|es gesagt|verordnet))",
	}),
	crisis: []string{
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
	},
	review: []string{
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
	},
	benign: []string{
		"(meinen|meine|mein) (hund|katze|kater|haustier|haustiere|pflanzen) ... (übers wochenende|für das wochenende|fürs wochenende|für den urlaub|über den urlaub|während (ich|wir) ... (weg|verreist|im urlaub|unterwegs) (bin|sind)?|bis ich zurück bin)",
		"(alle)? (meine)? {tabletten} (heute|heute morgen|heute früh)? {verordnet}",
		"(alle)? (meine)? {tabletten} (genommen|eingenommen|geschluckt) ... {verordnet}",
		"ego-tod",
	},
	asked: []string{
		"(hat|hatte)? (mich)? (gefragt|fragte|fragt|fragen|wollte wissen|will wissen) (ob|nach) ... $",
	},
	confirm: []string{
		"(ich habe|ich hab|hab|habe) (mit)? ja (gesagt|geantwortet)",
	},
}
