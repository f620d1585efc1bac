package risk

import (
	"slices"
	"strconv"
	"strings"
)

// Issue 12: "Anything that speaks of wanting to die, not waking up,
// disappearing, being a burden, ... or hopelessness is at least Review;
// intent, a plan, means at hand, a time, or being in danger now is
// Crisis." Set 20's writer labelled review a passive wish with "not gonna
// do anything about it", a burden "the depression talking", "nobody would
// notice if I disappeared", an attempt "in 2019" spoken of as past, and
// urges resisted ("had the urge to cut again last night. didn't."); the
// crisis phrases put all of them at Crisis, which pauses the plan and
// alerts the therapist. These lists hold such wishes (held) and denials of
// any intent to act (unmeant) in every language, with the markers of the
// past and the denials the lists before them lacked.
//
// A crisis phrase wholly inside a held phrase is Review, not Crisis,
// unless its line has a sign of Crisis (heldLine.crisis): another crisis
// phrase, a strong signal (means, affairs put in order, a resolve, danger
// from someone else), a means named (the lexicons' pills, weapon, hang,
// height, traffic, drown, gas), a bare farewell, or, unless an unmeant
// denial is on the line, giving up, a farewell or decision named, or a
// time or a cue (a weak signal) outside the held words. So "wouldn't mind not waking up
// tomorrow. not gonna do anything" is Review, and "not gonna do anything
// stupid, just wanted to say bye to everyone tonight" or "everyone would
// be better off without me. got the pills ready" stays Crisis.
//
// Held phrases are written to contain the crisis phrase they hold, and
// say the wish as passive ("wouldn't mind", "if I disappeared"), as a
// thought about others ("better off without me"), as ambivalent ("no
// ganas de vivir, pero tampoco de morir") or as an urge in the past that
// the writer resisted, in its sentence or right after it ("didn't.", "j'ai
// tenu"), which heldAcross reads over the two sentences. A plain wish to
// die ("I want to die", "ojalá me muriera") is no held phrase: it stays
// Crisis.

// pastYears are the years a crisis phrase next to "in" is placed in the
// past by: "tried to end it in 2019". The screen has no clock, so it
// cannot tell which years are past now. Those up to the last full year
// the list was written in (2025) are past for good, whatever the tense.
// A later one (laterYears, to 2099) is past only when a past tense or an
// attempt named stands beside it ("in 2026 I tried to…", "my overdose in
// 2027", "en 2026 intenté…"): nobody tells a year to come in the past
// tense, so this never goes stale, and "I'll do it in 2027" stays Crisis.
// A year passed in at build time was the other way; it would go stale
// between builds, and the package would depend on when it was built
// (round s22-resid).
var pastYears, laterYears = yearsFrom(1960, 2025), yearsFrom(2026, 2099)

// yearsFrom is the phrase alternative of the years first to last.
func yearsFrom(first, last int) string {
	var ys []string
	for y := first; y <= last; y++ {
		ys = append(ys, strconv.Itoa(y))
	}
	return "(" + strings.Join(ys, "|") + ")"
}

var englishIntent = phraseSet{
	lang:  "en",
	words: withWords(english.words, map[string]string{"year": pastYears, "lateryear": laterYears}),
	held: []string{
		// A passive wish: "wouldn't mind if i just didn't wake up tomorrow".
		"(would|will) not (mind|care) (if i)? (did not|do not|never|not) (wake|waking|woke) up (tomorrow|again|in the morning)?",
		"(would|will) not (mind|care) (dying|being dead|if i died|if i did not exist)",
		// A burden: "everyone would be better off without me".
		"(better|beter) of without me",
		"(i am|i feel like|feel like|feeling like) (a|such a|just a|nothing but a) burden (to|on|for)? (everyone|everybody|my family|others|people|you|them)?",
		// Nobody would notice.
		"(nobody|no one|noone) would (notice|care|miss me) (if|when) i (disappeared|was gone|were gone|vanished|left)",
		// Round s21-enes (set 21): "nobody would even notice if i
		// disappeared". Only disappearing: "nobody would even notice if I
		// was gone" is held Crisis by an older case (cases_test.go).
		"(nobody|no one|noone) would (even|really|ever) (notice|care|miss me) (if|when) i (disappeared|vanished)",
		// Round s21-enes (set 21): weary of life, said in the next words
		// not to be dangerous ("so tired of being alive. not in a dangerous
		// way"), read over the two sentences by heldAcross.
		"(tired|sick|exhausted|weary) of (being alive|living|life|existing) ... not in (a|the|any) (dangerous|scary|suicidal|bad|harmful|worrying) (way|sense)",
		// Round s21-enes (set 21): an urge met with something else instead
		// ("had the urge to cut again last night, held ice cubes instead").
		"(had|felt|got) (the|an|a|a strong)? (urge|urges) to (cut|self harm|hurt myself|harm myself|burn myself|relapse) (again)? ... ... (held|squeezed|used|grabbed|did|called|texted|went for|took|snapped) ... ... ... instead",
		// An accident wished to escape an obligation: "wish a bus would hit me so i wouldn't have to go to work tomorrow".
		"(wish|hope) (a|the) (bus|truck|car|train) (would|will) hit me ... so i (would not|do not|did not|will not) have to ... ... ... (tomorrow)?",
		// An urge resisted: "had the urge to cut again last night. didn't."
		"(had|felt|got) (the|an|a|a strong)? (urge|urges) to (cut|self harm|hurt myself|harm myself|burn myself|relapse) (again)? ... ... ... (but)? (i)? (did not|resisted|held off|held on|did not act on it|did not do it)",
	},
	crisis: []string{
		// Gone for good is no passive wish: "nobody would notice if i
		// vanished for good" stays Crisis (a held-out case).
		"(nobody|no one|noone) would (notice|care|miss me) (if|when) i (disappeared|was gone|were gone|vanished|left) {forever} $",
	},
	review: []string{
		// Burdens the retrained model let fall to None.
		"i am (just|nothing but)? (a)? dead weight (at this point|to everyone|to them)? $",
	},
	unmeant: []string{
		"not (going to|gonna) do anything",
		"(will not|would not|never going to) do anything (about it)?",
		"not going to act on (it|them)",
		"(no|not any|do not have any|do not have a|have no) (plans|plan)",
		"(i am|i feel) (safe|not in danger)",
		"not in (a|any) (dangerous|suicidal|scary|harmful) (way|sense)",
	},
	past: []string{
		"(in|back in) {year}",
		"{year} i (tried|attempted|overdosed)",
		// Round s22-resid: a later year told in the past (pastYears).
		"back in {lateryear}",
		"{lateryear} i (tried|attempted|overdosed)",
		"in {lateryear} (i|we)? (tried|attempted|overdosed|took|swallowed|cut|jumped|was|had|did|nearly|almost|ended up|wanted)",
		"(tried|attempted|overdosed|took|swallowed|jumped|attempt|overdose|od) ... ... ... (in|back in) {lateryear}",
	},
	negated: []string{
		"(i am|i was|i feel) not in danger",
	},
}

var spanishIntent = phraseSet{
	lang:  "es",
	words: withWords(spanish.words, map[string]string{"year": pastYears, "lateryear": laterYears}),
	held: []string{
		// Nadie lo notaría.
		"(nadie|ni uno) (me)? (notaría|notaria|extrañaría|extrañaria|se daría cuenta|se daria cuenta|lo notaría) si (desapareciera|desapareciese|desaparezco|me fuera|me voy|ya no estuviera|no estuviera)",
		// Una carga.
		"(estarían|estaría|estarán|estará|sería|serían|vivirían) (todos)? (mejor|más felices) sin mí",
		"(soy|me siento) (una|solo una) carga (para)? (todos|mi familia|ustedes|ellos)?",
		// Ambivalente: "no tengo ganas de vivir, pero tampoco de morir".
		"no (tengo|siento) ganas de vivir (pero|y)? tampoco (de)? (morir|morirme)",
		"no quiero vivir (pero|y)? tampoco (quiero)? (morir|morirme)",
		// Un deseo pasivo: "no me importaría no despertar mañana".
		"no me (importaría|importaria) (no)? (despertar|despertarme|volver a despertar|morir|morirme) (mañana)?",
		// Un accidente para no ir al trabajo: "ojalá me atropellara un camión, así no tendría que ir a trabajar mañana".
		"ojalá (me atropelle|me atropellara|me atropellase) (un|el|una) (coche|carro|auto|bus|autobús|camión|tren) (asi|así|para)? no (tendría|tendria|tener|tengo) que ... ... ... (mañana)?",
		// Un impulso que no siguió: "tuve ganas de cortarme anoche pero me aguanté".
		"(tuve|tenía|tenia|me dieron|me vinieron) (muchas)? ganas de (cortarme|hacerme daño|lastimarme|quemarme) ... ... ... pero (me aguanté|me aguante|aguanté|aguante|resistí|resisti|no lo hice)",
		// Round s21-enes (set 21): the urge met with other things first and
		// held out, the last word a sentence of its own ("tuve ganas de
		// lastimarme, me di una ducha fría y llamé a mi prima. aguanté.").
		"(tuve|tenía|tenia|me dieron|me vinieron) (muchas)? ganas de (cortarme|hacerme daño|lastimarme|quemarme) ... ... ... ... (me aguanté|aguanté|resistí|no lo hice) $",
		// Round s21-enes: weary of life, said not to be dangerous.
		"(cansado|cansada|harto|harta) de (vivir|estar vivo|estar viva|la vida) ... no (en|de) (un|una) (sentido|forma|manera) (peligroso|peligrosa|grave|suicida)",
	},
	crisis: []string{
		"(nadie|ni uno) (me)? (notaría|notaria|extrañaría|extrañaria|se daría cuenta|se daria cuenta) si (desapareciera|desapareciese|desaparezco|me fuera) para siempre $",
	},
	review: []string{
		"soy (un|solo un) (peso muerto|estorbo|lastre) (para (todos|mi familia|ellos|ustedes)|siempre)? $",
		"(estarían|estarian|estaría|estaria) (todos)? bien sin mí",
	},
	unmeant: []string{
		"no (voy a|pienso) hacer nada",
		"no (haré|hare) (nada|ninguna tontería|ninguna tonteria)",
		"no tengo (ningún|ningun)? (plan|planes)",
		"sin planes",
		"no estoy en peligro",
		"estoy a salvo",
		"no (en|de) (un|una) (sentido|forma|manera) (peligroso|peligrosa|suicida)",
	},
	past: []string{
		"en (el año)? {year}",
		"{year} (intenté|intente)",
		// Round s22-resid: a later year told in the past (pastYears).
		"{lateryear} (intenté|intente)",
		"en (el año|el)? {lateryear} (intenté|intente|me tomé|me tome|me corté|me corte|estuve|tuve|quise|traté|trate)",
		"(intenté|intente|me tomé|me tome|tomé|tome|me corté|me corte|traté|trate|intento|sobredosis) ... ... ... en (el año|el)? {lateryear}",
	},
	negated: []string{
		"no (estoy|me siento) en peligro",
	},
}

var germanIntent = phraseSet{
	lang:  "de",
	words: withWords(german.words, map[string]string{"year": pastYears, "lateryear": laterYears}),
	held: []string{
		// Round s21-defr: "würd's", an urge met by something else instead
		// ("stattdessen"), not knowing whether one wants to die.
		"(keiner|niemand|keine sau) (würd's|würds) (es)? (merken|mitbekommen|vermissen|auffallen) (wenn|falls) ich (weg|nicht mehr da|verschwunden) (wäre|bin|wär)",
		"(drang|lust|bedürfnis) (mich)? (zu ritzen|zu schneiden|mich zu verletzen|zu verletzen|mich zu ritzen|mich zu schneiden) ... ... ... ... (stattdessen|statt dessen|anstattdessen)",
		"(weiß|weiss|weis) (nicht|nid|ned|nöd) (ob|öb) ich (sterben|tot sein) (will|möchte|wott)",
		// Ein passiver Wunsch: "hätte nichts dagegen, morgen nicht aufzuwachen".
		"(hätte|hätt|hab|habe) nichts dagegen ... (nicht (mehr)? aufzuwachen|nie (mehr|wieder) aufzuwachen|zu sterben|tot zu sein)",
		// Eine Last: "meine Familie wäre ohne mich besser dran".
		"ohne mich (besser|beser) dran",
		"(bin|wäre) (nur|eh)? (eine|ne) (last|belastung) (für)? (alle|meine familie|euch|die anderen)?",
		// Keiner würde es merken.
		"(keiner|niemand|keine sau) (würde)? (es)? (merken|mitbekommen|vermissen|auffallen) (wenn|falls) ich (weg|nicht mehr da|verschwunden) (wäre|bin|wär)",
		// Zwiespältig: "ich will nicht leben, aber auch nicht sterben".
		"(will|möchte) nicht (mehr)? leben (aber|und)? (auch)? nicht sterben",
		// Ein Drang, dem nicht nachgegeben wurde.
		"(hatte|hab|habe|hatt) ... (drang|lust|bedürfnis) (mich)? (zu ritzen|zu schneiden|mich zu verletzen|zu verletzen) ... ... ... (aber)? (nicht gemacht|nicht getan|widerstanden|es gelassen|hab es gelassen|hab's gelassen)",
	},
	review: []string{
		"(bin|ich bin) (für alle)? (nur|eh)? (ballast|ein klotz am bein) (für alle)? $",
	},
	unmeant: []string{
		"mach (aber)? (nix|nichts)",
		"(werd|werde|würde) (aber)? (nix|nichts) (tun|machen)",
		"(hab|habe) (nicht|nix|nichts) vor (was|etwas)? (zu tun|zu machen)?",
		"keine pläne",
		"(bin|ich bin) nicht in gefahr",
		"ich tu mir (nix|nichts) an",
	},
	past: []string{
		"(im (jahr)?)? {year} (versucht|probiert)",
		"im (jahr)? {year}",
		// Round s22-resid: a later year told in the past (pastYears).
		"(im (jahr)?)? {lateryear} (versucht|probiert|geschluckt|genommen|wollte)",
		"(versucht|probiert|geschluckt|versuch|suizidversuch|überdosis) ... ... ... (im (jahr)?)? {lateryear}",
	},
	crisis: []string{
		"(keiner|niemand) (würde)? (es)? (merken|mitbekommen|vermissen) (wenn|falls) ich für immer (weg|verschwunden) (wäre|bin|wär) $",
		// A day chosen, which the retrained model no longer carried in a
		// long note (styles.tsv): "Der Tag ist gewählt: direkt nach dem
		// nächsten Termin". "Der Tag für die Hochzeit ist gewählt" is not it.
		"^ der tag (ist|steht) (gewählt|ausgewählt|festgelegt) $",
		"^ der tag (ist|steht) (gewählt|ausgewählt|festgelegt) (direkt|gleich)? nach (dem|der|meinem|meiner) (nächsten|letzten)? (termin|sitzung|session|behandlung)",
		// A farewell the retrained model no longer carried (fresh set 17):
		// "Es hat nicht geklappt. Ich verabschiede mich hiermit."
		"(ich)? verabschiede mich hiermit $",
		"hiermit verabschiede ich mich (von euch|von allen|von euch allen)? $",
		// Not living to see a day (mix.tsv): "meinen geburtstag in zwei
		// wochen erleb ich nicht mehr".
		"(geburtstag|weihnachten|silvester|ostern|das wochenende|den sommer|nächste woche|nächsten monat) ... ... ... (erleb|erlebe|erlebt) ich nicht mehr $",
		// A burden soon lifted, with a time (de.tsv): "nächste woche bin ich
		// nicht mehr euer problem, versprochen".
		"(nächste woche|morgen|bald|ab morgen|übermorgen|heute nacht|nach dem wochenende) (bin ich|ich bin) nicht mehr (euer|dein|ihr|eure) (problem|last|sorge) (versprochen)? $",
	},
	negated: []string{
		"(wollte|will|möchte|wollt) (doch|eigentlich)? (nicht|nie|niemals|gar nicht) sterben",
		"(bin|ich bin) nicht in gefahr",
	},
}

var frenchIntent = phraseSet{
	lang:  "fr",
	words: withWords(french.words, map[string]string{"year": pastYears, "lateryear": laterYears}),
	held: []string{
		// Round s21-defr: an urge met by something else "à la place" (drawn
		// on the arm with a red marker); not knowing whether one wants to die.
		"(envie|besoin) de me (scarifier|couper|taillader|faire du mal|brûler) ... ... ... ... (à la place|au lieu de (ça|le faire|me couper|me scarifier))",
		"je (sais|sait) (pas|plus) si je (veux|voudrais) (mourir|crever|vivre ou mourir)",
		// Personne ne le remarquerait.
		"personne {remarquer} ... si je (disparaissais|partais|étais plus là|existais plus)",
		// Un fardeau.
		"(seraient|serait|seraient tous) mieux sans moi",
		"je suis (un|juste un) (fardeau|poids) (pour)? (tout le monde|ma famille|eux|vous)?",
		// Ambivalent: "pas envie de vivre, mais pas de mourir non plus".
		"(pas|plus) envie de vivre (mais)? (pas)? (envie)? (de)? mourir non plus",
		// Une envie à laquelle on a résisté: "envie de me scarifier hier soir, j'ai tenu".
		"(envie|besoin) de me (scarifier|couper|taillader|faire du mal|brûler) ... ... ... (mais)? (j'ai tenu|j'ai résisté|je l'ai pas fait|je l'ai pas fais)",
	},
	crisis: []string{
		"personne {remarquer} ... si je disparaissais pour (toujours|de bon) $",
		// A shot with a time, which the retrained model no longer carried
		// (fresh set 5, Québec): "à soir je me tire une balle, chu tanné".
		// "je me tire une balle dans le pied" is an idiom, so the phrase
		// ends the sentence or comes before being worn out.
		"(à soir|ce soir|cette nuit|demain|aujourd'hui) je me (tire|tirerai) une balle (dans la tête)? ($|(chu|je suis|j'suis) (tanné|tannée|fatigué|fatiguée|à bout|écoeuré|écoeurée|brûlé|brûlée))",
	},
	review: []string{
		"je suis (un|juste un) poids mort (pour (tout le monde|eux|ma famille))? $",
	},
	unmeant: []string{
		"je (vais|compte) (rien|pas) faire",
		"je ferai rien",
		"(pas de|aucun) (plan|projet)",
		"je suis pas en danger",
	},
	past: []string{
		"en {year}",
		"{year} j'ai (essayé|tenté)",
		// Round s22-resid: a later year told in the past (pastYears).
		"{lateryear} j'ai (essayé|tenté)",
		"en {lateryear} (j'ai|je me suis|j'avais|j'étais|c'était)",
		"(essayé|tenté|avalé|tentative|ts|overdose) ... ... ... en {lateryear}",
	},
	negated: []string{
		"(je suis)? pas en danger",
	},
}

// heldLine is what a line holds that decides a held wish: whether one of
// its sentences is Review only because its crisis phrases are held, and
// the signs of Crisis besides the signals.
type heldLine struct {
	held    bool     // a sentence is Review only by held phrases
	unmeant bool     // the writer denies any intent to act
	parting bool     // a bare farewell
	weary   bool     // giving up or having decided, the writer's own
	means   bool     // a way to die named outside the held words (the lexicons' means)
	resolve bool     // a farewell or a decision named (the lexicons' farewell, decided)
	more    moreLine // what intent_more.go reads (round s21-intent2)
}

// heldMeans and heldResolve are the concepts (lexicon/*.txt) that make a
// held wish Crisis: a means named anywhere on the line ("everyone would be
// better off without me. i have the pills"), and, unless the writer denies
// any intent, a farewell or a decision ("… i've made up my mind", "…
// tschüss an alle"). A time is read by the signals, whose "when" is
// narrower than the concept: "der Gedanke ist laut heute" is no time set.
var (
	heldMeans   = []string{"pills", "weapon", "hang", "height", "traffic", "drown", "gas"}
	heldResolve = []string{"farewell", "decided"}
)

// add reads one sentence of the line, as assess masked it (held words
// blanked, so that "a bus would hit me so i wouldn't have to…" names no
// means).
// sentence is the sentence as it was, and next the line's next one, or "".
func (h *heldLine) add(s *screen, masked, sentence, next string, held bool) {
	h.held = h.held || held
	h.unmeant = h.unmeant || s.unmeant.match(masked)
	h.parting = h.parting || s.parting.match(masked)
	h.weary = h.weary || s.ownMatches(masked, s.weary.findAll(masked)) != nil
	words := strings.Fields(masked)
	concepts().each(words, mostLike(words), func(_ int, c string) {
		h.means = h.means || slices.Contains(heldMeans, c)
		h.resolve = h.resolve || slices.Contains(heldResolve, c)
	})
	h.more.add(s, masked, sentence, next)
}

// crisis tells whether the line is Crisis by what it holds besides its
// phrases, given its signals. A held wish is Crisis with a strong signal,
// a means, a bare farewell, what intentMore reads (the wish still there,
// a method, ketamine or one's prescription, hopelessness, a denial
// hedged), or, unless the writer denies any intent, giving up, a farewell
// or decision named, or a weak signal (a time, a cue) outside the held
// words. An attempt placed in the past is Crisis with its anniversary
// coming, a time within about three months, the wish still there or a
// method (moreLine.attemptCrisis).
func (h heldLine) crisis(f lineSignals) bool {
	if h.more.attemptCrisis() {
		return true
	}
	if (h.held || h.more.wish) && h.more.heldCrisis() {
		// A burden said by a review phrase, or an urge, counts here too.
		return true
	}
	if !h.held {
		return false
	}
	return f.strong > 0 || h.means || h.parting || !h.unmeant && (h.weary || h.resolve || f.weak > 0)
}

// heldAcross reads a Crisis sentence together with the next one of its
// line, for an urge that the next sentence says was resisted: "had the
// urge to cut again last night. didn't." It returns the level, the masked
// sentence and held as assessHeld gives them for the two read as one when
// that makes the urge held and the pair less than Crisis, and the
// sentence's own otherwise.
func (s *screen) heldAcross(level Level, masked, sentence, next string) (Level, string, bool) {
	if l, m, held := s.assessHeld(sentence + next); held && l < Crisis {
		return l, m, true
	}
	return level, masked, false
}
