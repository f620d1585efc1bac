package risk

import "strings"

// Round s21-intent2: a clinician read intent.go against the C-SSRS triage
// and the NIMH ASQ, and asked that these be Crisis, not Review:
//
//   - a resisted urge that is still there ("had the urge to cut again last
//     night. didn't. still kind of want to");
//   - a past attempt whose anniversary is coming ("tried to end it in 2019.
//     the anniversary is next week");
//   - an attempt within about three months ("i tried to kill myself two
//     months ago"): the C-SSRS rates recent behaviour as severe;
//   - a burden or passive wish with hopelessness on its line ("everyone
//     would be better off without me. nothing is ever going to get
//     better");
//   - a method thought about ("i've been thinking about how i'd do it");
//   - ketamine or one's own prescription named with a held wish: after
//     ketamine-assisted therapy the likeliest means is the medicine;
//   - a denial that is hedged ("not gonna do anything but i can't
//     promise", "at least not yet", "pour l'instant").
//
// A passive wish or a burden standing alone, and an attempt years ago
// with no anniversary and nothing said of now, stay Review.
//
// intentMore holds one language's words for these; they are read with the
// line (moreLine), after the phrases have masked it, and are compiled
// into compiled.bin with the phrase sets (compiled_sets.go).
type intentMore struct {
	lang  string
	words map[string]string
	// persist: a wish or an urge that is still there, said as the end of
	// its sentence ("still want to", "can't stop thinking about it").
	persist []string
	// anniversary: the anniversary of an attempt coming, or today.
	anniversary []string
	// lately: a time within about three months, which brings an attempt
	// placed in the past ("two months ago") back to a recent one.
	lately []string
	// attempt: the words that make a crisis phrase placed in the past an
	// attempt, not only a wish ("tried", "intenté", "versucht", "tenté").
	attempt []string
	// hopeless: hopelessness, the writer's own.
	hopeless []string
	// method: a way of doing it thought about.
	method []string
	// means: ketamine, its forms, and one's own prescription.
	means []string
	// urge: an urge to harm oneself named, resisted or not; with the urge
	// still there it is Crisis ("had the urge to cut. didn't. still want to").
	urge []string
	// warning: a hypothetical, as a safety plan's warning signs say it
	// ("when i start feeling like a burden and that nothing will ever get
	// better"): a burden with hopelessness so said is no state now.
	warning []string
	// hedge: what takes back a denial of intent, besides the doubt phrases
	// of the languages' lists ("i can't promise", "at least not yet").
	hedge []string
}

// Numbers and spans of time within about three months.
var (
	fewEN = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|a couple|couple of|couple|few|several|1|2|3|4|5|6|7|8|9|10|11|12)"
	fewES = "(un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|pocos|pocas|algunos|algunas|1|2|3|4|5|6|7|8|9|10|11|12)"
	fewDE = "(einem|einer|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|ein paar|paar|wenigen|einigen|1|2|3|4|5|6|7|8|9|10|11|12)"
	fewFR = "(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|1|2|3|4|5|6|7|8|9|10|11|12)"
)

var englishIntentMore = intentMore{
	lang:  "en",
	words: map[string]string{"few": fewEN, "months": "(a|one|two|three|a couple of|a couple|couple of|a few|few|1|2|3)"},
	persist: []string{
		"(i)? (still|stil) (kind of|kinda|sort of|really|so|lowkey)? (want to|wanna|want it|want to do it|feel like it|feel like doing it|have the urge|have urges|feel the urge|think about it|think about doing it) (though|tho|honestly|tbh)? $",
		"the (urge|urges|thought|thoughts|feeling|want) (is|are) still (there|here|strong|loud) $",
		"(i)? (can not|could not) stop thinking about (it|doing it|that|cutting|dying|it again) $",
		"(i)? (want|wanna) to (do it|try) again $",
	},
	anniversary: []string{
		"anniversary (is|is coming|coming|coming up|is coming up|is near|is soon|is next week|is this week|is tomorrow|is today|is on)",
		"(next week|this week|tomorrow|today|soon|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (is|will be) (the|its|my) anniversary",
		"anniversary of (my|the) (attempt|suicide attempt|overdose|od) (is|is coming|coming up|is next week|is this week|is tomorrow|is today|is soon)",
	},
	lately: []string{
		"{few} (days|weeks) ago",
		"{months} (month|months) ago",
		"(it is|it has|has|been|its) (been)? (only|just)? {months} (month|months|weeks|days)",
		"(last|this past|past) (week|weekend|month)",
		"(recently|the other day|earlier this month|earlier this week)",
	},
	attempt: []string{
		"(tried|try|attempted|attempt|attempts|overdosed|od|od'd)",
	},
	hopeless: []string{
		"nothing (is|will)? (ever)? (going to|gonna)? (get|gets|getting) better",
		"(it|things|life) (is|will|are)? never (going to|gonna)? (get|gets|getting) better",
		"(there is|there's|theres|i see)? no point (anymore|any more|in anything|in trying|in living|to anything|to any of it) $",
		"(there is|there's|theres)? no point $",
		"(there is|there's|theres|i have|i've got|i got)? no (hope|future) (left|anymore|any more)? $",
		"(i feel|i am|it is|it's|everything is|everything feels|its)? (so)? hopeless",
		"nothing (is|will)? (ever)? (going to|gonna)? change",
	},
	method: []string{
		"(thinking|thought|thinkin) about how (i would|i'd|id|i could|i will|i am going to|i'm going to|i'd do|to) (do it|end it|do that|kill myself|go about it)",
		"(thinking|thought|thinkin) about (ways|the way|the best way|methods|which way) (to)? (do it|end it|kill myself)?",
		"(i)? (know|worked out|figured out|planned) how i (would|'d|will|am going to) do it",
		"(looked|looking|been looking) up (how|ways) to (do it|end it|kill myself|overdose|od)",
	},
	means: []string{
		"ketamin*", "(lozenge|lozenges|troche|troches|rdt|rdts|nasal spray|spravato|esketamine)",
		"my (prescription|prescriptions|script|meds|medication|medications|dose|doses|pills)",
	},
	urge:    []string{"(urge|urges) to (cut|self harm|hurt myself|harm myself|burn myself|relapse)"},
	warning: []string{"(when|whenever|if) (i)? (start|begin|get|get to)? (to)? (feel|feeling|think|thinking) (like|that)?"},
	hedge: []string{
		"(i)? (can not|cannot|could not|won't|will not) promise (anything|that|you)?",
		"(at least)? not yet", "(for|at) (now|the moment|the time being)", "no promises",
	},
}

var spanishIntentMore = intentMore{
	lang:  "es",
	words: map[string]string{"few": fewES, "months": "(un|uno|dos|tres|un par de|unos|pocos|1|2|3)"},
	persist: []string{
		"(sigo|sigo con|aún tengo|aun tengo|todavía tengo|todavia tengo) (muchas)? ganas (de hacerlo|de cortarme|de hacerme daño)? $",
		"(todavía|todavia|aún|aun) (quiero|quiero hacerlo|lo quiero hacer) $",
		"(las ganas|el impulso|la idea) (sigue|siguen) (ahí|ahi|ahí dentro|presente|presentes)? $",
		"no (puedo|consigo) dejar de pensar en (eso|ello|hacerlo|cortarme|morirme)",
	},
	anniversary: []string{
		"(se acerca|viene|llega|es) (el)? (aniversario|la fecha)",
		"aniversario (es|será|sera|cae) (la semana que viene|la próxima semana|esta semana|mañana|hoy|pronto|el #)",
		"(la semana que viene|la próxima semana|esta semana|mañana|hoy|pronto) (es|será|sera) (el)? aniversario",
	},
	lately: []string{
		"hace {few} (días|semanas)",
		"hace {months} (mes|meses)",
		"(ya)? (van|hace|han pasado|pasaron) (solo|sólo)? {months} (mes|meses|semanas)",
		"(el mes pasado|la semana pasada|el fin de semana pasado|hace poco|recientemente|el otro día|el otro dia)",
	},
	attempt: []string{
		"(intenté|intente|intentó|intento|intentado|traté|trate|sobredosis|tentativa)",
	},
	hopeless: []string{
		"nada (va a|vaya a)? (mejorar|cambiar) (nunca)?",
		"nunca (nada)? (va a|vaya a) (mejorar|cambiar)",
		"(ya)? (nada)? no tiene (ningún|ningun)? sentido (nada|seguir|vivir)?",
		"(ya)? no (hay|tengo|veo) (ninguna)? (esperanza|salida|futuro)",
		"(sin esperanza|desesperanza)",
	},
	method: []string{
		"(he|ya he|e|había|habia) (pensado|estado pensando) (en)? (cómo|como) (lo haría|lo haria|hacerlo|matarme|me mataría|me mataria)",
		"(pensando|pienso) en (cómo|como) (lo haría|lo haria|hacerlo|matarme)",
		"(ya)? (sé|se) (cómo|como) lo (haría|haria)",
		"(busqué|busque|buscando) (cómo|como|formas de) (hacerlo|matarme|suicidarme)",
	},
	means: []string{
		"ketamin*", "(pastillas para chupar|trociscos|troches|spray nasal|espray nasal|aerosol nasal|spravato|esketamina)",
		"(mi receta|mis recetas|mis medicamentos|mi medicación|mi medicacion|mi dosis|mis pastillas|mis medicinas)",
	},
	urge:    []string{"ganas de (cortarme|hacerme daño|lastimarme|quemarme)"},
	warning: []string{"(cuando|si) (empiezo a|empiece a|me pongo a)? (sentirme|siento|me siento|pensar|pienso)"},
	hedge: []string{
		"no (te|les)? prometo nada", "no (puedo|lo puedo) prometer", "(de momento|por el momento|por ahora)", "(al menos|por lo menos)? (todavía|todavia|aún|aun) no", "(al menos|por lo menos) (no)? (todavía|todavia|aún|aun)",
	},
}

var germanIntentMore = intentMore{
	lang:  "de",
	words: map[string]string{"few": fewDE, "months": "(einem|einer|ein|zwei|drei|ein paar|paar|1|2|3)"},
	persist: []string{
		"(ich)? (will|möchte|würde) (es)? (immer noch|noch immer|trotzdem noch) (gern|gerne)? $",
		"(hab|habe|ich hab|ich habe) (immer noch|noch immer) (lust|den drang|das bedürfnis) (drauf|darauf|dazu)? $",
		"der (drang|gedanke) ist (immer noch|noch immer|noch) (da|stark|laut) $",
		"(krieg|kriege|bekomm|bekomme) (es|das|den gedanken) nicht (mehr)? aus dem kopf",
		"(kann|könnte) nicht aufhören (daran|dran) zu denken",
	},
	anniversary: []string{
		"(nächste woche|diese woche|morgen|heute|bald|übermorgen|am (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)) ist (der|mein)? jahrestag",
		"(der)? jahrestag (ist|kommt|steht) (nächste woche|diese woche|morgen|heute|bald|vor der tür|an)?",
	},
	lately: []string{
		"vor {few} (tagen|wochen)",
		"vor {months} (monat|monaten)",
		"(ist|sind) (erst|gerade mal)? {months} (monat|monate|wochen) her",
		"(letzten monat|letzte woche|letztes wochenende|vorigen monat|vorige woche|vor kurzem|neulich|kürzlich)",
	},
	attempt: []string{
		"(versucht|versuchte|versuch|suizidversuch|selbstmordversuch|überdosis)",
	},
	hopeless: []string{
		"(es|das|alles)? (wird|werde)? (eh|sowieso)? nie (mehr)? besser",
		"(es|das)? hat (alles|eh alles|doch alles)? keinen sinn mehr",
		"(hat|macht) (eh|doch)? (alles)? keinen sinn $",
		"keine hoffnung (mehr)?", "hoffnungslos",
		"(es|das)? wird sich (eh)? nie (was|etwas)? ändern",
	},
	method: []string{
		"(hab|habe) (schon)? (überlegt|nachgedacht) wie ich (es|das) (machen|tun) (würde|werde|könnte)",
		"(überlege|denke darüber nach|denk drüber nach) wie ich (es|das) (machen|tun) (würde|werde|könnte)",
		"(weiß|weiss) (schon)? wie ich (es|das) (machen|tun) (würde|werde)",
		"(hab|habe) (schon)? (nachgeschaut|gegoogelt|recherchiert) wie (man|ich) (es|das|sich umbringt)",
	},
	means: []string{
		"ketamin*", "(lutschtablette|lutschtabletten|nasenspray|spravato|esketamin)",
		"(mein rezept|meine rezepte|meine medikamente|meine medis|meine dosis|meine tabletten)",
	},
	urge:    []string{"(drang|lust|bedürfnis) (mich)? (zu ritzen|zu schneiden|mich zu verletzen|zu verletzen)"},
	warning: []string{"(wenn|sobald|falls) ich (anfange)? (mich)? (zu)? (fühle|fühlen|denke|denken)"},
	hedge: []string{
		"versprechen kann ich (nichts|nix)", "(kann|könnte) (nichts|nix|es nicht) versprechen", "(erstmal|erst mal|fürs erste|vorerst|noch nicht|im moment|momentan)",
	},
}

var frenchIntentMore = intentMore{
	lang:  "fr",
	words: map[string]string{"few": fewFR, "months": "(un|deux|trois|quelques|1|2|3)"},
	persist: []string{
		"(j'ai|j'en ai) (encore|toujours) (un peu)? envie (de le faire|de me scarifier|de me couper)? $",
		"(l'envie|la pensée|l'idée) est (encore|toujours) (là|présente) $",
		"(j'arrête|j'arrive) pas (de|à) (arrêter d')? y penser",
		"je (veux|voudrais) (encore|toujours) (le faire)? $",
	},
	anniversary: []string{
		"(c'est)? (bientôt|la semaine prochaine|demain|aujourd'hui|cette semaine) (c'est)? l'anniversaire (de ma (tentative|ts))?",
		"l'anniversaire (de ma (tentative|ts))? (c'est|est|arrive|approche|tombe) (la semaine prochaine|demain|aujourd'hui|cette semaine|bientôt)?",
	},
	lately: []string{
		"il y a {few} (jours|semaines)",
		"il y a {months} mois",
		"(ça fait|ca fait|cela fait) (seulement|juste)? {months} (mois|semaines)",
		"(le mois dernier|la semaine dernière|la semaine derniere|le week-end dernier|récemment|recemment|l'autre jour)",
	},
	attempt: []string{
		"(essayé|essaye|tenté|tente|tentative|ts|overdose|surdose)",
	},
	hopeless: []string{
		"(rien|ça)? (va)? (jamais)? (s'améliorer|s'ameliorer|aller mieux|changer) (jamais)?",
		"(ça|ca)? ira jamais mieux",
		"(ça|ca)? sert (plus)? à rien",
		"(il y a)? (plus|aucun) (d'espoir|espoir)", "sans espoir", "(ça|ca)? a plus (aucun)? sens",
	},
	method: []string{
		"(j'ai|j'ai déjà) (réfléchi|pensé) à comment je (le)? (ferais|le ferais|m'y prendrais)",
		"je (pense|réfléchis) à comment (le faire|je le ferais|me tuer)",
		"je sais (déjà)? comment je (le)? ferais",
		"(j'ai cherché|j'ai regardé) comment (le faire|me tuer|me suicider)",
	},
	means: []string{
		"kétamin*", "ketamin*", "(pastille|pastilles|troches|spray nasal|spravato|eskétamine)",
		"(mon ordonnance|mes ordonnances|mes médicaments|mes médocs|ma dose|mes cachets|mon traitement)",
	},
	urge:    []string{"(envie|besoin) de me (scarifier|couper|taillader|faire du mal|brûler)"},
	warning: []string{"(quand|si|dès que) (je commence à|je me mets à)? (je)? (me sens|me sentir|pense|penser)"},
	hedge: []string{
		"je (te|vous)? promets rien", "je (peux|peut) (rien|pas le|pas) promettre", "(pour l'instant|pour le moment|pour l'heure)", "pas encore",
	},
}

func intentMoreSets() []intentMore {
	return []intentMore{englishIntentMore, spanishIntentMore, germanIntentMore, frenchIntentMore}
}

// moreLists are intentMore's words of every language, compiled.
type moreLists struct {
	persist, anniversary, lately, attempt, hopeless, method, means, urge, warning, hedge *phraseList
}

// more are intentMore's lists compiled, which compiled.bin holds with
// the screen's (compiled_sets.go).
func more() *moreLists {
	s, _ := tables()
	return s.more
}

// moreLine is what intentMore reads on a line, sentence by sentence, as
// assess masked them.
type moreLine struct {
	// wish: a held phrase (intent.go) or an urge named, with or without a
	// crisis phrase inside: "i'm a burden to everyone" is Review by a
	// review phrase, not a held one, and is a burden all the same.
	wish        bool
	persist     bool // a wish or an urge still there
	anniversary bool // an anniversary coming, or today
	lately      bool // a time within about three months, by an attempt
	attempt     bool // an attempt of the writer's own placed in the past
	hopeless    bool // hopelessness
	method      bool // a way of doing it thought about
	means       bool // ketamine or one's own prescription
	hedged      bool // a denial of intent taken back
	warning     bool // a hypothetical, as warning signs are written
}

// add reads one sentence, as assess masked it and as it was (for the
// denials, which assess masks); next is the line's next sentence as it
// was, or "", for a hedge that follows a denial ("not gonna do anything
// stupid. at least not yet").
func (m *moreLine) add(s *screen, masked, sentence, next string) {
	ml := more()
	m.wish = m.wish || s.held.match(masked) || ml.urge.match(masked)
	m.persist = m.persist || ml.persist.match(masked)
	m.anniversary = m.anniversary || ml.anniversary.match(masked)
	m.hopeless = m.hopeless || ml.hopeless.match(masked)
	m.warning = m.warning || ml.warning.match(masked)
	m.method = m.method || ml.method.match(masked)
	m.means = m.means || ml.means.match(masked)
	if s.pastAttempt(masked) {
		// The time is read in the attempt's sentence or the next: "i tried
		// to kill myself. it was two months ago", not "… in 2019. last
		// week was rough".
		m.attempt = true
		m.lately = m.lately || ml.lately.match(masked+next)
	}
	if !m.hedged {
		text := sentence + next
		for _, d := range s.unmeant.findAll(sentence) {
			// Before the denial any doubt hedges it ("probably not gonna
			// do anything"); after it only a hedge of its own does, not a
			// "probably" of what comes next ("…, probably just sleep").
			before := window(text, d[0], d[1], 2, 0)
			if s.doubt.match(before) || ml.hedge.match(before) || ml.hedge.match(window(text, d[1], d[1], 0, hedgeAfter)) {
				m.hedged = true
				break
			}
		}
	}
}

// hedgeAfter is how far after a denial a hedge takes it back: "not gonna
// do anything but i can't promise", not a "probably" a clause later.
const hedgeAfter = 6

// pastAttempt tells whether a sentence speaks of an attempt of the
// writer's own: a crisis phrase placed in the past ("tried to end it in
// 2019") or a review phrase ("i attempted suicide"), with an attempt word
// in it or right before it. "my friend tried in 2019" and "i wanted to die
// in 2019" are none.
func (s *screen) pastAttempt(sentence string) bool {
	ml := more()
	if !ml.attempt.match(sentence) {
		return false
	}
	tried := func(m []int) bool {
		w := window(sentence, m[0], m[1], attemptBefore, 0)
		return ml.attempt.match(w) && !namesOther(w)
	}
	for _, m := range s.ownMatches(sentence, s.crisis.findAll(sentence)) {
		if s.inPast(sentence, m) && tried(m) {
			return true
		}
	}
	for _, m := range s.ownMatches(sentence, s.review.findAll(sentence)) {
		if tried(m) {
			return true
		}
	}
	return false
}

// otherPerson are the words by which an attempt is someone else's: "my
// sister tried to kill herself last month" is no attempt of the writer's.
var otherPerson = wordSet("he", "she", "they", "him", "her", "his", "them", "herself", "himself", "themselves",
	"ella", "ellos", "ellas", "er", "sie", "sich", "ihr", "il", "elle", "ils", "elles", "lui")

// namesOther tells whether words name someone other than the writer.
func namesOther(words string) bool {
	for _, w := range strings.Fields(words) {
		if otherPerson[w] {
			return true
		}
	}
	return false
}

// attemptBefore reaches from "tried to" or "hab … versucht" to the phrase.
const attemptBefore = 4

// heldCrisis tells whether the line makes a held wish Crisis by what
// intentMore reads, whatever denial is on it: the wish still there, a
// method, ketamine or one's prescription, hopelessness (unless said as a
// hypothetical, as a safety plan's warning signs are), or a denial hedged.
func (m moreLine) heldCrisis() bool {
	return m.persist || m.method || m.means || m.hopeless && !m.warning || m.hedged
}

// attemptCrisis tells whether the line makes an attempt placed in the
// past Crisis: its anniversary coming, a time within about three months,
// the wish still there, or a method thought about.
func (m moreLine) attemptCrisis() bool {
	return m.attempt && (m.anniversary || m.lately || m.persist || m.method)
}
