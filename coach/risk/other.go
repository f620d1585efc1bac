package risk

import (
	"slices"
	"strings"
)

// Someone else in danger now.
//
// "My mother said she'd take all her sleeping pills, she doesn't answer"
// is a crisis, but not the writer's: what they need is the emergency
// number for the person in danger, not "are you safe right now?" nor a
// pause of their own plan. So Screen also says whether a text is about
// someone else in danger now (Finding.AboutOther), beside a Level it leaves
// as it was. The rule is narrow on purpose (see aboutOther), and the lists
// are in otherSets, one per language.

// otherSet is one language's words for someone else in danger now. Every
// list is in the phrase syntax (phrase.go).
type otherSet struct {
	lang  string
	words map[string]string
	// who are third persons: "my mother", "she", "a group member".
	who []string
	// acts are what puts them in danger now, said in the third person so
	// that none of them can be the writer's own: "(is going to) kill
	// himself", "se va a tirar", "sich umbringen", "se jeter", a goodbye
	// message sent, a photo of bleeding wrists posted.
	acts []string
	// done are acts already done ("took all his pills"): danger now only
	// with a word of now or of alarm in the text (now), since "my friend
	// took all her pills once" is a story.
	done []string
	// before are words that, right before an act, put it in the past or
	// make it a try ("tried to", "wanted to"): such an act needs a word of
	// now too.
	before []string
	// now are words of now or of alarm, anywhere in the text: "right now",
	// "she doesn't answer", "what do I do?".
	now []string
	// story are words that make the text something other than a person in
	// danger now: a film or a book, a death already mourned.
	story []string
	// own are the writer's own danger beside someone else's: "I want to
	// join her", "me too". The text is then the writer's crisis.
	own []string
	// told are the writer as the one told, written to or called ("told
	// me", "me dijo", "hat mir geschrieben", "m'a dit"): in a sentence the
	// screen found in danger, they do not make it the writer's own.
	told []string
	// alarm are the stronger words of alarm that the second way
	// (dangerOfOther) needs: no answer, a phone off, a locked door,
	// breathing wrong, "what do I do?"; a time alone ("today") is not one.
	alarm []string
	// threat are a third person's danger to the writer ("he's got a knife",
	// "viene a matarme"): such a text is the writer's own crisis.
	threat []string
	// The third way (toldOfOther), round s12-other3.
	// subject are third persons that may open a clause without "my": "mom
	// is on the floor", "Kumpel steht auf der Brücke", "un mec", "vecina".
	subject []string
	// speech are a third person's words said or sent: what follows them, up
	// to "and", is theirs ("texted", "me escribió", "hat geschrieben").
	speech []string
	// helper are the writer's words as a helper or a witness: "what do i
	// do", "i can't wake him", "i'm hiding in the bedroom", "je suis dans
	// la voiture dehors".
	helper []string
	// menace are a danger to the writer from someone else: "kill me",
	// "me va a matar": the writer's own crisis.
	menace []string
	// violence are violence against someone else, witnessed now: "stop
	// hurting mommy", "golpes", "hat meine Mutter gewürgt", "des coups".
	violence []string
	// calm are words that the danger is over or was none: "she's doing
	// great now", "hoy está tranquila".
	calm []string
	// tonight are a night or a day set for the writer's own plan, when
	// their words have them: "mais ce soir je saute", "tonight i end it".
	tonight []string
	// wish are a third person's wish to die, told without an act: "she
	// wants to die", "quiere morirse", "will nicht mehr leben".
	wish []string
	// Round s12-other3b. noise are sounds that may be violence against
	// someone else ("glass breaking", "schreit um Hilfe", "crie à
	// l'aide"): they count as violence only when nothing ordinary explains
	// them, no everyday source in the text (source: a party, a tray
	// dropped) and no cause after a word of cause (cause: "because",
	// "weil", "porque", "parce que") that is itself no danger ("weil eine
	// Wespe im Zimmer ist").
	noise, source, cause []string
	// knows are a third person knowing how ("sie weiß jetzt wie"), which
	// the learnt screen reads as a method known; with a skill learnt in the
	// text (skill: "Radfahren geübt", "appris à faire du vélo") it is the
	// skill's, and it is blanked out.
	skill, knows []string
	// gone are the writer going, disappearing, being gone ("danach bin ich
	// weg", "ensuite je disparais", "soon i'll be gone"): in a clause of the
	// writer's they make the text the writer's own.
	gone []string
	// everyone open a clause whose subject is everybody ("and everybody
	// can finally breathe", "todos estarán mejor"): no third person in
	// danger, but the writer's words of the world after them.
	everyone []string
	// Round s21-other. then are a try set in a time long past ("tried to
	// kill herself in high school", "intentó quitarse la vida en la
	// prepa"): a story, whatever word of now the text has ("ahora es
	// psicóloga").
	then []string
	// farewell are acts done whose own words have a negation ("you won't
	// see me again", "ya no vuelve", "ihr werdet mich nicht mehr sehen"):
	// like done, they need a word of now or alarm, and their negation
	// denies nothing.
	farewell []string
	// Round s25-other. claimed are a third person's own word that they
	// are fine ("says she feels fine", "dice que está bien", "sagt, es
	// geht ihr gut", "dit qu'elle va bien"): after an act done it is no
	// calm, since someone who has swallowed thirty paracetamol often feels
	// fine for a day. When the text has an act done, what it matches is
	// not read by calm.
	claimed []string
}

// otherScreen holds otherSets compiled.
type otherScreen struct {
	who, acts, done, before, now, story, own, told, alarm, threat  *phraseList
	subject, speech, helper, menace, violence, calm, wish, tonight *phraseList
	noise, source, cause, skill, knows, gone, everyone, then       *phraseList
	farewell, claimed                                              *phraseList
}

// others are the lists compiled, which compiled.bin holds with the
// screen's (compiled_sets.go): after editing them, run `go generate
// ./coach/risk`.
func others() *otherScreen {
	s, _ := tables()
	return s.other
}

func otherSets() []otherSet {
	return slices.Concat([]otherSet{otherEN, otherES, otherDE, otherFR}, otherS26, otherS26Witness, otherS27, otherS28, otherS29Merge, otherS29, otherS29Gate, otherS31, otherS33, otherS35, otherS34, otherS36Merge, otherS36Learn)
}

// whoReach is how many words may stand between a third person and the act
// that follows: "my mother said that she would" is four, "un chico del
// grupo de los martes acaba de poner en su estado que" ten.
const whoReach = 12

// aboutOther tells whether a text, as lines split and normalised it, is
// about someone else in danger now, and the languages of the words that
// say so. It is, when some sentence names a third person and, after them
// within whoReach words, an act that puts them in danger now (or one done,
// with a word of now or alarm in the text); and nothing in the text makes
// it a story (a film, a death mourned), or the writer's own danger: no
// sentence says the writer joins them, and the text without those acts
// and its alarm is neither Crisis to the phrases and signals nor, in a
// sentence where the writer speaks of themselves, Review to the full
// screen.
func (s *screen) aboutOther(lines [][]string) (bool, langSet) {
	o := others()
	lines = englishWill(lines)
	var all []string
	for _, line := range lines {
		all = append(all, line...)
	}
	joined := strings.Join(all, " ,")
	calm := joined
	if o.done.match(joined) {
		// "took 30 paracetamol and says she feels fine"; a word that all
		// is fine without an act done is still calm.
		calm = blankOut(joined, o.claimed.findAll(joined))
	}
	if o.story.match(joined) || o.own.match(joined) || o.calm.match(calm) || o.then.match(joined) {
		return false, 0
	}
	alarm := o.now.match(joined)
	found := false
	var langs langSet
	rest := make([]string, 0, len(lines))
	for _, line := range lines {
		kept := make([]string, 0, len(line))
		carried := ""
		for _, sentence := range line {
			acts := o.dangerIn(sentence, alarm)
			whos := o.who.findAll(sentence)
			if len(acts) == 0 && whos == nil && carried != "" && !speaksOfSelf(sentence) && !hasMy(sentence) && s.level(strings.Join(line, ". ")) >= Review {
				// A third person named in one sentence and their state
				// opening the next, with no subject of its own ("dad fell
				// in bathroom. not moving. blood on tiles", round
				// s35-other): the state is theirs, and its "not" is the
				// state's, no denial. The line must be in danger to the
				// screen ("... not breathing a word to anyone" is not).
				found := o.acts.findAll(sentence)
				if alarm {
					found = append(found, o.done.findAll(sentence)...)
				}
				for _, a := range found {
					if a[0] <= 1 {
						acts = append(acts, a)
					}
				}
			}
			if whos != nil {
				last := whos[len(whos)-1]
				carried = sentence[last[0]:last[1]]
			} else if len(acts) == 0 {
				carried = ""
			}
			if len(acts) > 0 {
				found = true
				langs |= o.acts.langsMatching(sentence) | o.done.langsMatching(sentence)
				if s.past.match(sentence) {
					return false, 0 // "last year", "years ago": a story
				}
				sentence = blankOut(sentence, acts)
			}
			// The alarm goes too: "she doesn't answer, help" is the
			// helper's fear, and the learnt screen, having learnt it from
			// crisis texts, would read it as the writer's own.
			sentence = blankOut(sentence, o.now.findAll(sentence))
			kept = append(kept, sentence)
		}
		rest = append(rest, strings.Join(kept, ". "))
	}
	if !found {
		return s.otherWays(lines, joined)
	}
	// What is left, the acts and the alarm blanked, must not be the
	// writer's own danger: "my friend said she'd kill herself and I want
	// to die too", "... and honestly I'd rather not wake up tomorrow
	// either". The phrases and signals judge all of it, at Crisis (at
	// Review they would take "locked in the bathroom with a knife", said of
	// a brother, for the writer's). Each sentence where the writer speaks
	// of themselves is screened in full too, the learnt screen included,
	// and at Review it is the writer's own: the crisis reply still gives
	// the emergency number, so a helper read as the writer costs one
	// question, while a writer read as a helper would be left with no
	// question at all. The learnt screen does not see sentences without
	// the writer in them: having learnt the crisis texts about someone
	// else, it reads their bare context ("an hour ago and his phone") as
	// Review.
	// When what is left reads as the writer's own, the other two ways
	// still weigh the text (round s29-other): a person or an act the lists
	// have learnt to name ("my little brother ... is on the roof") must
	// not take away the reading that flagged the text before, and those
	// ways have their own guards for the writer's words.
	phrases := *s
	phrases.learnt = nil
	if phrases.level(strings.Join(rest, "\n")) == Crisis {
		return s.otherWays(lines, joined)
	}
	// The writer's words as a helper or a witness ("i'm at the bottom of
	// the stairs") are no words of their own danger (round s21-other),
	// unless the text has a danger to the writer ("i'm hiding").
	threat := o.threat.match(joined)
	for _, line := range rest {
		for _, sentence := range strings.Split(line, ". ") {
			if !threat {
				// With its leading blank, as the phrases want a sentence:
				// "nobody knows her address except me" opens it.
				sentence = " " + sentence
				sentence = blankOut(sentence, o.helper.findAll(sentence))
			}
			if speaksOfSelf(sentence) && s.level(sentence) >= Review {
				return s.otherWays(lines, joined)
			}
		}
	}
	return true, langs
}

// otherWays are the second and the third way a text is about someone
// else in danger now (dangerOfOther, toldOfOther), for a text no act of
// the lists names, or one whose acts leave words that read as the
// writer's own.
func (s *screen) otherWays(lines [][]string, joined string) (bool, langSet) {
	if other, langs := s.dangerOfOther(lines, joined); other {
		return other, langs
	}
	return s.toldOfOther(lines, joined)
}

// englishWill writes out "I'll" where a text in English opens a sentence
// with it: without its apostrophe and with its letters run together it is
// "il", which the French third persons (otherFR's who) read as "he": "I'll
// put the truck into the river" is the writer's own, not a man's, and not
// French. The other languages keep "il"; elsewhere in a sentence the
// French who needs a French word before it ("que il", "mais il").
func englishWill(lines [][]string) [][]string {
	if looksLike(lines) != "en" {
		return lines
	}
	out := make([][]string, len(lines))
	for i, line := range lines {
		for _, sentence := range line {
			if rest, ok := strings.CutPrefix(sentence, " il "); ok {
				sentence = " i will " + rest
			}
			out[i] = append(out[i], sentence)
		}
	}
	return out
}

// dangerIn returns the spans of a sentence, from a third person to the end
// of an act, that say someone else is in danger now.
func (o *otherScreen) dangerIn(sentence string, alarm bool) [][]int {
	whos := o.who.findAll(sentence)
	if whos == nil {
		return nil
	}
	var spans [][]int
	try := func(acts [][]int, needNow bool) {
		for _, a := range acts {
			w := o.whoBefore(sentence, whos, a[0])
			if w == nil {
				continue
			}
			// A negation between them denies the act ("she would never
			// kill herself"), and one in the act too, unless it is a
			// farewell's own ("you won't see me again").
			if denies(sentence[w[0]:a[0]]) || denies(sentence[a[0]:a[1]]) && !o.farewell.match(sentence[a[0]:a[1]]) {
				continue
			}
			past := o.before.match(window(sentence, a[0], a[0], 4, 0))
			if (needNow || past) && !alarm {
				continue
			}
			spans = append(spans, []int{w[0], a[1]})
		}
	}
	try(o.acts.findAll(sentence), false)
	try(o.done.findAll(sentence), true)
	return spans
}

// whoBefore returns the last third person that ends before at, within
// whoReach words, or nil.
func (o *otherScreen) whoBefore(sentence string, whos [][]int, at int) []int {
	var best []int
	for _, w := range whos {
		if w[1] > at {
			continue
		}
		if strings.Count(sentence[w[1]:at], " ") <= whoReach {
			best = w
		}
	}
	return best
}

// blankOut replaces the spans of a sentence with blanks.
func blankOut(sentence string, spans [][]int) string {
	b := []byte(sentence)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			if b[i] != ' ' {
				b[i] = ' '
			}
		}
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

// negations are the words that, between a third person and an act, deny
// it: "she would never kill herself", "no se va a tirar", "er will sich
// nicht umbringen", "il va pas se jeter".
var negations = wordSet("not", "never", "no", "nunca", "jamas", "nicht", "nie", "niemals", "kein", "keine", "pas", "jamais")

// denies tells whether a stretch of a sentence has a negation.
func denies(stretch string) bool {
	for _, w := range strings.Fields(stretch) {
		if negations[w] {
			return true
		}
	}
	return false
}

// selfWords are the words of a writer speaking of themselves, normalised
// ("j'ai" is "j ai" or "jai"). "mi" is not one: "mi hermano" is someone else.
var selfWords = wordSet("i", "me", "myself", "mine", "yo", "ich", "mich", "mir", "je", "j", "moi", "jai", "jen", "jme", "jsuis", "jvais", "jpeux")

// speaksOfSelf tells whether the writer speaks of themselves in a
// sentence.
func speaksOfSelf(sentence string) bool {
	for _, w := range strings.Fields(sentence) {
		if selfWords[w] || writerWords[w] && !frenchJ[w] {
			return true
		}
	}
	return false
}

// whoLead is how many words may come before the third person who is the
// subject of a sentence in danger: "@mods someone in the group", "sorry.
// my dad".
const whoLead = 3

// dangerOfOther is the second way a text is about someone else in danger
// now, for a text no act of the lists names: the screen itself finds it in
// danger, and it is someone else's. It is, when the text has a word of
// alarm (otherSet.alarm) and no threat to the writer (otherSet.threat),
// the full screen finds the whole of it Crisis, and every sentence the
// full screen finds at least Review on its own has a third person as its
// subject (within its first whoLead words), no negation, no marker of the
// past, and no word or possessive of the writer's once the third persons,
// the alarm and the writer as the one told ("told me", "me dijo") are
// blanked out, or else is a helper's question with none of the writer's
// words; and what is left of the text, those sentences and the alarm
// blanked, is not Crisis to the phrases and signals. The story and
// joining guards have already run (aboutOther).
func (s *screen) dangerOfOther(lines [][]string, joined string) (bool, langSet) {
	o := others()
	if !o.alarm.match(joined) || o.threat.match(joined) {
		return false, 0
	}
	if s.level(strings.ReplaceAll(joined, " ,", "\n")) < Crisis {
		return false, 0
	}
	found := false
	var langs langSet
	rest := make([]string, 0, len(lines))
	for _, line := range lines {
		kept := make([]string, 0, len(line))
		for _, sentence := range line {
			if s.level(sentence) < Review {
				kept = append(kept, blankOut(sentence, o.now.findAll(sentence)))
				continue
			}
			whos := withoutSpanishPerfect(sentence, o.who.findAll(sentence))
			if whos == nil || strings.Count(sentence[:whos[0][0]], " ") > whoLead {
				// A question of the helper's ("what do I say to someone on
				// a bridge?") may be in danger to the screen; it must not
				// be the writer's own.
				if speaksOfSelf(sentence) || hasMy(sentence) || !asks(sentence) {
					return false, 0
				}
				kept = append(kept, "")
				continue
			}
			if s.past.match(sentence) {
				return false, 0
			}
			// Each blanking keeps the leading blank sentences have.
			bare := " " + blankOut(sentence, o.now.findAll(sentence))
			bare = " " + blankOut(bare, o.told.findAll(bare))
			// The helper's words too (round s21-other): "glaub ich", "no
			// sé cuántas", "je trouve ma mère"; the threat to the writer
			// has sent the text away above.
			bare = " " + blankOut(bare, o.helper.findAll(bare))
			bare = " " + blankOut(bare, o.who.findAll(bare))
			if o.who.langsMatching(sentence) == langOf("de") {
				// "im" is "i am" to the normaliser.
				bare = strings.ReplaceAll(" "+bare+" ", " i am ", " ")
			}
			if speaksOfSelf(bare) || hasMy(bare) || denies(bare) {
				return false, 0
			}
			found = true
			langs |= o.who.langsMatching(sentence)
		}
		rest = append(rest, strings.Join(kept, ". "))
	}
	if !found {
		return false, 0
	}
	phrases := *s
	phrases.learnt = nil
	if phrases.level(strings.Join(rest, "\n")) == Crisis {
		return false, 0
	}
	return true, langs
}

// myWords are the writer's possessives, normalised: "took all my pills".
var myWords = wordSet("my", "mine", "mi", "mis", "mein", "meine", "meinen", "meinem", "meiner", "meines", "mon", "ma", "mes")

// hasMy tells whether a sentence has a possessive of the writer's.
func hasMy(sentence string) bool {
	for _, w := range strings.Fields(sentence) {
		if myWords[w] {
			return true
		}
	}
	return false
}

// questionWords open a helper's question: "what do I say to someone on a
// bridge?", "how many paracetamol is too many?". Only a sentence with one
// may be in danger without a third person in it: in Spanish or German a
// writer's own plan needs no "I" ("llevo guardando los ansiolíticos").
var questionWords = wordSet("what", "how", "who", "does", "anyone", "que", "cuantos", "cuantas", "como", "quien", "was", "wie", "wer", "wen", "quoi", "comment", "combien", "qui", "quest")

// asks tells whether a sentence has a question word.
func asks(sentence string) bool {
	for _, w := range strings.Fields(sentence) {
		if questionWords[w] {
			return true
		}
	}
	return false
}

// The third way (round s12-other3): a text in danger, told of someone
// else, with the writer in it only as a helper or a witness. Its sentences
// are cut into clauses (clauses), each the words of one subject: a third
// person ("my mom", "she", "un mec", "Kumpel", "ma voisine"), the writer
// ("i", "yo", "ich", "je", or a verb of the writer's own: "tengo", "hab"),
// or, after a third person's words said or sent ("texted", "me escribió",
// "hat geschrieben", "m'a écrit"), what that person said, up to the next
// "and", "y", "und", "et". A clause without a subject of its own is the
// previous clause's.

// subject is whose words a clause is.
type subject int

const (
	unknown subject = iota
	third           // a third person's
	writer          // the writer's
	quoted          // a third person's, said or sent to the writer
	when            // a time ("when my wife leaves"), no one's
)

// clauseWords start a new clause: "and", "but", "now", and the subject
// pronouns and the writer's verbs (see subjectOf). "el" is not one: it is
// also "the" in Spanish.
var clauseWords = wordSet("and", "but", "so", "now", "then", "while", "y", "pero", "ahora", "ahorita", "mientras", "und", "aber", "jetzt", "dann", "seitdem", "et", "mais", "puis", "maintenant", "depuis",
	"when", "after", "before", "until", "till", "cuando", "despues", "antes", "hasta", "wenn", "sobald", "nachdem", "bevor", "nach", "bis", "quand", "lorsque", "des", "apres", "avant")

// whenWords open a clause of time ("when my wife leaves for her night
// shift"): its third person is no subject of the danger, and the clause
// after it is not theirs.
var whenWords = wordSet("so", "when", "after", "before", "until", "till", "soon", "cuando", "despues", "antes", "hasta", "wenn", "sobald", "nachdem", "bevor", "nach", "bis", "quand", "lorsque", "des", "apres", "avant")

// thirdPronouns are a third person as subject.
var thirdPronouns = wordSet("he", "she", "they", "ella", "ellos", "ellas", "er", "sie", "il", "elle", "ils", "elles")

// writerWords are the writer as subject: a pronoun, or a verb in the
// first person where Spanish and German drop the pronoun ("ya tengo todo
// preparado", "hab genug tabletten", "sitz im auto").
var writerWords = wordSet("i", "yo", "ich", "je", "j", "jai", "jme", "jsuis", "jvais", "jpeux",
	"tengo", "estoy", "voy", "quiero", "hice", "guarde", "programe", "tome", "puedo", "necesito", "pienso", "aguanto",
	"decidi", "escribi", "sali", "subi", "bebi", "prometi", "perdi", "segui", "puse", "tuve", "estuve", "fui",
	"deje", "mande", "pase", "lleve", "regale", "escribi", "hable", "saque", "cargue", "compre",
	"we", "were", "nosotros", "nosotras", "wir", "nous", // "we're" is "were"
	"hab", "habe", "bin", "sitz", "sitze", "steh", "stehe", "lieg", "liege", "nehm", "nehme", "fahr", "fahre", "komm", "geh", "gehe")

// frenchJ are French verbs after "j'", the writer as subject for the
// clauses ("j'attends ce moment"); speaksOfSelf leaves them to the first
// way's older reading.
var frenchJ = wordSet("jattends", "jarrive", "jirai", "jessaie", "jhabite", "javais", "jetais", "jaurai", "jecris", "jentends", "jen")

func init() {
	for w := range frenchJ {
		writerWords[w] = true
	}
}

// clauses cuts a sentence into clauses and says whose words each is.
func (o *otherScreen) clauses(sentence string, prev subject) ([]string, []subject) {
	words := strings.Fields(sentence)
	var texts []string
	var whose []subject
	start := 0
	cut := func(end int) {
		if end > start {
			texts = append(texts, " "+strings.Join(words[start:end], " "))
		}
		start = end
	}
	for i, w := range words {
		if i == 0 {
			continue
		}
		lead := clauseWords[w] && !clauseWords[words[i-1]]
		subj := (thirdPronouns[w] || writerWords[w]) && !clauseWords[words[i-1]] && !thirdPronouns[words[i-1]] && !writerWords[words[i-1]] &&
			!(w == "yo" && isNumber(words[i-1])) && // "my 15 yo"
			!(w == "i" && i+1 < len(words) && words[i+1] == "am" && germanIm[words[i-1]]) // "liegt im Flur"
		if lead || subj {
			at := i
			if writerWords[w] && !selfWords[w] {
				// "ya no voy a estar": the words before the verb are its.
				for at > start+1 && clitics[words[at-1]] {
					at--
				}
			}
			cut(at)
		}
	}
	cut(len(words))
	speaker := -1      // the clause where a third person said or sent something
	before := prev     // whose words came before a clause of time
	quoteNext := false // the speaker's clause ends near its verb of speech
	for i, c := range texts {
		who := o.subjectOf(c)
		fields := strings.Fields(c)
		led := clauseWords[fields[0]]
		switch {
		case whenWords[fields[0]]:
			who = when
		case o.everyone.match(" " + strings.Join(fields[skipLead(fields):], " ")):
			who = writer // "and everybody can finally breathe"
		case who == unknown && (prev == third || prev == quoted) && o.speech.match(c):
			who = third // "and said \"don't follow me\""
		case who == unknown && speaker >= 0 && !led && i-speaker <= 3 && quoteNext:
			who = quoted
		case who == writer && speaker >= 0 && !led && i-speaker == 1 && quoteNext:
			// "en pleurant \"maman j'ai tout pris\"": the writer's words
			// right after what a third person said or sent, the verb near
			// its clause's end and no "que" or "that" after it.
			who = quoted
		case who == unknown && contrastWords[fields[0]]:
			who = writer // "..., pero ya lo decidí": after "but", the writer's unless said
		case who == unknown && (speaksOfSelf(c) || hasMy(c)):
			who = writer
		case who == unknown:
			who = prev
		}
		if led || who == writer {
			speaker = -1
		}
		if (who == third || who == quoted) && o.speech.match(c) {
			speaker = i
			sp := o.speech.findAll(c)
			after := strings.Fields(c[sp[len(sp)-1][1]:])
			quoteNext = len(after) <= 4 && (len(after) == 0 || !reported[after[0]])
		}
		texts[i] = c
		whose = append(whose, who)
		prev = who
		if who == quoted {
			prev = third
		}
		if who == when {
			prev = before // "..., wenn ich nicht komme, hat ein foto geschickt"
		}
		before = prev
	}
	return texts, whose
}

// germanIm are German verbs often before "im" ("liegt im Flur"), which
// the normaliser reads as "i am".
var germanIm = wordSet("liegt", "sitzt", "steht", "ist", "hangt", "wartet", "schlaft", "liegen", "sitzen", "stehen", "war", "sind", "weint", "schreit")

// dropGermanIm takes out the "i am" that is German "im" after a verb of
// germanIm.
func dropGermanIm(clause string) string {
	words := strings.Fields(clause)
	kept := words[:0:0]
	for i := 0; i < len(words); i++ {
		if words[i] == "i" && i > 0 && i+1 < len(words) && words[i+1] == "am" && germanIm[words[i-1]] {
			i++
			continue
		}
		kept = append(kept, words[i])
	}
	return " " + strings.Join(kept, " ")
}

// thirdVerbs open a sentence that goes on with the last one's third
// person: "vive sola", "wohnt allein", "habite à Lyon".
var thirdVerbs = wordSet("vive", "tiene", "esta", "lleva", "dice", "wohnt", "lebt", "hat", "habite", "vit", "lives", "has")

// contrastWords open a clause that turns from what came before: without a
// subject of its own it is the writer's ("mais ce soir je saute").
var contrastWords = wordSet("but", "pero", "aber", "mais")

// clitics come before a Spanish or German verb of the writer's and go
// with it into its clause: "ya no voy a estar", "me lo tomé".
var clitics = wordSet("no", "ya", "me", "lo", "la", "le", "se", "nunca", "tambien", "jamas", "schon", "nicht")

// reported are the words after a verb of speech that make what follows
// reported, within its clause: "me dijo que", "said that", "dit que".
var reported = wordSet("que", "that", "dass", "quil", "quelle", "qu", "if", "si", "ob")

// skipClitics returns the index of the first word from i that is not a
// clitic.
func skipClitics(fields []string, i int) int {
	for i < len(fields) && clitics[fields[i]] {
		i++
	}
	return i
}

// isNumber tells whether a word is all digits.
func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// subjectOf says whose words a clause is by its first words: a third
// person's within its first three, after "and" or "but", or the writer's.
func (o *otherScreen) subjectOf(clause string) subject {
	fields := strings.Fields(clause)
	i := 0
	for i < len(fields) && clauseWords[fields[i]] {
		i++
	}
	if i == len(fields) {
		return unknown
	}
	if from := " " + strings.Join(fields[i:], " "); (!writerWords[fields[i]] || strings.HasPrefix(from, " i am ")) && o.subject.match(from) {
		return third // "im Zug sitzt ein junges Mädchen"
	}
	if j := skipClitics(fields, i); j < len(fields) && writerWords[fields[j]] && !selfWords[fields[j]] {
		return writer // "ya no voy a estar"
	}
	if thirdPronouns[fields[i]] {
		if i+1 < len(fields) && fields[i] == "il" && illVerbs[fields[i+1]] {
			return writer // "ill be gone": "i'll", which the normaliser makes "il"
		}
		if i+1 < len(fields) && fields[i] == "he" && spanishParticiple(fields[i+1]) {
			return writer // "he decidido": I have decided
		}
		if i+1 < len(fields) && impersonal[fields[i+1]] {
			return unknown // "il faut", "il y a"
		}
		return third
	}
	if writerWords[fields[i]] {
		return writer
	}
	for i < len(fields) && leadWords[fields[i]] {
		i++
	}
	rest := " " + strings.Join(fields[i:], " ")
	for _, w := range append(o.who.findAll(rest), o.subject.findAll(rest)...) {
		if w[0] != 0 || rest[w[0]:w[1]] == " el" {
			continue // "el" is also "the"
		}
		if strings.HasPrefix(rest, " quele ") || strings.HasPrefix(rest, " queles ") {
			continue // "quelle est la dose", not "qu'elle"
		}
		return third
	}
	return unknown
}

// leadWords may come before the third person who opens a text: "ppl my
// partner", "sorry. my dad", "@mods someone in the group".
var leadWords = wordSet("screenshot", "from", "voice", "to", "text", "tia", "tio", "sorry", "ppl", "people", "guys", "hey", "hi", "ok", "okay", "um", "idk", "please", "pls", "help", "urgent", "mods", "mod", "so",
	"perdon", "disculpen", "chicos", "chicas", "chicxs", "gente", "ayuda", "urgente", "oigan",
	"leute", "sorry", "hilfe", "dringend", "bitte", "also",
	"desole", "desolee", "pardon", "bon", "alors", "svp", "urgent", "aidez", "salut", "les", "gars")

// illVerbs are English words after "ill" ("I'll"), which the normaliser
// makes French "il": "ill be gone", "ill never".
var illVerbs = wordSet("be", "never", "just", "do", "go", "end", "kill", "finally", "miss", "take", "jump")

// skipLead returns the index of the first word that is not a clause word.
func skipLead(fields []string) int {
	i := 0
	for i < len(fields) && clauseWords[fields[i]] {
		i++
	}
	return i
}

// impersonal are the words after "il" that make it no one: "il faut",
// "il y a", "il est temps".
var impersonal = wordSet("faut", "y", "parait", "semble", "suffit", "fait")

// spanishParticiple tells whether a word is a Spanish past participle, so
// that "he" before it is "I have": "he decidido", "he pensado".
func spanishParticiple(w string) bool {
	for _, end := range []string{"ado", "ido", "to", "cho"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// toldOfOther is the third way a text is about someone else in danger
// now. It is, when the full screen finds the text at least Review, or it
// tells of violence against someone else (otherSet.violence); it has a
// clause of a third person's; it has no danger to the writer
// (otherSet.menace); and what the writer says, once their words as a
// helper or a witness ("what do i do", "i can't wake him", "ich erreich
// die Eltern nicht") are blanked out, is below Review to the full screen
// and to the phrases alone, read on its own and with the whole text's
// words of a third person taken away. The story, past and joining guards
// run as for the other ways.
func (s *screen) toldOfOther(lines [][]string, joined string) (bool, langSet) {
	o := others()
	if o.menace.match(joined) {
		return false, 0
	}
	if o.skill.match(joined) && o.knows.match(joined) {
		// "hat heute Radfahren geübt, abends sagte sie sie weiß jetzt
		// wie": the skill's, no method.
		lines = blankAll(lines, o.knows)
		joined = blankOut(joined, o.knows.findAll(joined))
	}
	violence := s.violent(joined)
	text := make([]string, 0, len(lines))
	for _, line := range lines {
		text = append(text, strings.Join(line, ". "))
	}
	if o.threat.match(joined) {
		return false, 0 // "he's got a knife", "i'm locked in": the writer's danger
	}
	if addressed(lines) {
		return false, 0 // "Mama, falls du das liest": a farewell letter
	}
	if s.past.match(joined) {
		return false, 0
	}
	if looksLike(lines) == "de" {
		// The normaliser reads German "im" as "i am": "im Zug sitzt ein
		// junges Mädchen", "hat sich im Keller eingeschlossen".
		german := make([][]string, len(lines))
		for i, line := range lines {
			for _, sentence := range line {
				german[i] = append(german[i], strings.TrimSuffix(strings.ReplaceAll(sentence+" ", " i am ", " im "), " "))
			}
		}
		lines = german
	}
	// told are their clauses without what they said in the first person:
	// the writer's own words after a verb of speech may be read as
	// theirs ("mein Vater sagt | ich bin nichts wert, die Tabletten
	// liegen hier"), so the danger must be in their clauses without them.
	var mine, theirs, told []string
	var langs langSet
	first := unknown // whose words the text opens with
	for _, line := range lines {
		prev := unknown
		for _, sentence := range line {
			// A sentence without a subject of its own goes on with the
			// last one's third person when it opens with a verb of the
			// third person ("vive sola en Rosario"); otherwise it is the
			// writer's ("finally alone. going to do it now").
			if f := strings.Fields(sentence); len(f) == 0 || !thirdVerbs[f[0]] {
				prev = unknown
			}
			// The helper's words go first, so that no cut splits them:
			// "was soll | ich tun".
			sentence = " " + blankOut(sentence, o.helper.findAll(sentence))
			texts, whose := o.clauses(sentence, prev)
			prev = unknown
			if n := len(whose); n > 0 && (whose[n-1] == third || whose[n-1] == quoted) {
				prev = third
			}
			var my, their, unsaid []string
			for i, c := range texts {
				if first == unknown && whose[i] != when {
					first = whose[i]
					if first == unknown && !o.helper.match(c) && !o.who.match(c) && !o.subject.match(c) {
						// Words without a subject open a writer's own
						// text ("gonna do it after the kids are asleep",
						// "keep the dog"); a helper's opens with a preamble
						// ("sorry to post here") or the third person.
						first = writer
					}
					if first == writer && strings.TrimSpace(blankOut(c, o.helper.findAll(c))) == "" {
						first = unknown // "idk if this counts", "not about me for once"
					}
					if first == unknown {
						first = when
					}
				}
				switch whose[i] {
				case third, quoted:
					their = append(their, c)
					if whose[i] != quoted || !speaksOfSelf(c) {
						unsaid = append(unsaid, c)
					}
					langs |= o.who.langsMatching(c) | o.subject.langsMatching(c)
					// The writer in their words, neither told nor helping
					// ("he said if i call anyone", "better off without
					// me", "dad's shotgun is in my lap"), is the writer's
					// own too, except in a third person's words said.
					if whose[i] == third {
						bare := c
						if sp := o.speech.findAll(c); sp != nil {
							// What they said is theirs: "and said \"don't
							// follow me\"".
							bare = c[:sp[0][1]]
						}
						bare = dropGermanIm(bare)
						bare = " " + blankOut(bare, o.told.findAll(bare))
						bare = " " + blankOut(bare, o.helper.findAll(bare))
						if speaksOfSelf(bare) {
							// "he said he'd kill me", "er sticht mich ab":
							// the writer is in their danger.
							return false, 0
						}
						// A possessive of the writer's outside the third
						// persons named ("la pistola de mi papá" is one).
						named := " " + blankOut(bare, o.who.findAll(bare))
						named = " " + blankOut(named, o.subject.findAll(named))
						if hasMy(named) {
							my = append(my, bare)
						}
					}
				default:
					c = " " + blankOut(c, o.helper.findAll(c))
					c = " " + blankOut(c, o.told.findAll(c))
					// The alarm stays: "tonight i end it" is the writer's own.
					my = append(my, c)
				}
			}
			mine = append(mine, strings.Join(my, " "))
			theirs = append(theirs, strings.Join(their, " "))
			told = append(told, strings.Join(unsaid, " "))
		}
	}
	if len(theirs) == 0 || strings.TrimSpace(strings.Join(theirs, "")) == "" {
		return false, 0 // no third person's clause: most texts end here, cheaply
	}
	// Crisis, or Review with a word of alarm that is not the helper's
	// question: the corpus's texts to review about someone else ("my
	// friend said she wants to die, what do i do") keep their question.
	level := s.level(strings.Join(text, "\n"))
	if !violence && level < Crisis && (level < Review || !o.alarm.match(blankOut(joined, o.helper.findAll(joined)))) {
		return false, 0
	}
	if first == writer {
		// "wrote letters to my mum", "le dejé a mi hermana las claves":
		// the writer acts first, the others only receive.
		return false, 0
	}
	// The danger is told of them: their clauses alone are in danger, or
	// someone is hurting someone else.
	if !violence && (s.level(strings.Join(theirs, "\n")) < Review || s.level(strings.Join(told, "\n")) < Review) {
		return false, 0
	}
	// A wish alone ("she said she wants to die, what do i do") is for
	// the screen to review: someone in danger now has more than it, a
	// word of alarm that is not the helper's question.
	if o.wish.match(joined) && !o.alarm.match(blankOut(joined, o.helper.findAll(joined))) {
		return false, 0
	}
	// And not of the writer: what they say of themselves is not.
	if s.level(strings.Join(mine, "\n")) >= Review {
		return false, 0
	}
	for _, m := range mine {
		if speaksOfSelf(m) && o.tonight.match(m) {
			return false, 0 // "mais ce soir je saute"
		}
		if o.gone.match(m) {
			return false, 0 // "danach bin ich weg", "ensuite je disparais"
		}
	}
	phrases := *s
	phrases.learnt = nil
	if phrases.level(strings.Join(mine, " ")) >= Review {
		return false, 0
	}
	if langs == 0 {
		langs = o.violence.langsMatching(joined)
	}
	return true, langs
}

// violent tells whether a text tells of violence against someone else:
// blows or a hold named (otherSet.violence), or a sound of it
// (otherSet.noise) that nothing ordinary explains: no everyday source in
// the text ("the neighbours dropped a tray", "party's loud"), and no cause
// after it ("because", "weil", "porque", "parce que") that, up to the
// sentence's end, has no violence, no danger to the writer and is below
// Review to the full screen ("weil eine Wespe im Zimmer ist").
func (s *screen) violent(joined string) bool {
	o := others()
	if o.violence.match(joined) {
		return true
	}
	noises := o.noise.findAll(joined)
	if noises == nil || o.source.match(joined) {
		return false
	}
	for _, c := range o.cause.findAll(joined) {
		if c[0] < noises[0][1] {
			continue
		}
		why := joined[c[1]:]
		if end := strings.Index(why, " ,"); end >= 0 {
			why = why[:end]
		}
		if !o.menace.match(why) && !o.threat.match(why) && s.level(why) < Review {
			return false
		}
	}
	return true
}

// blankAll blanks out, in every sentence, what a list finds.
func blankAll(lines [][]string, l *phraseList) [][]string {
	out := make([][]string, len(lines))
	for i, line := range lines {
		for _, sentence := range line {
			out[i] = append(out[i], " "+blankOut(sentence, l.findAll(sentence)))
		}
	}
	return out
}

// secondPerson are the words of a letter to someone: "Mama, falls du das
// liest", "maman si tu lis ça", "Mamá, si lees esto".
var secondPerson = wordSet("you", "your", "du", "dich", "dir", "dein", "deine", "tu", "toi", "ta", "ton", "tes", "lees", "liest", "lis", "ti", "tuya",
	"vous", "votre", "ustedes", "perdonenme", "perdoname", "pardon", "perdon", "sorry", "forgive", "verzeiht", "verzeih", "los", "las")

// addressed tells whether a text opens as a letter to someone: a bare
// third person, and a word of the second person within the next five.
func addressed(lines [][]string) bool {
	if len(lines) == 0 || len(lines[0]) == 0 {
		return false
	}
	words := strings.Fields(lines[0][0])
	if len(words) < 2 || !vocatives[words[0]] {
		return false
	}
	for _, w := range words[1:min(len(words), 7)] {
		if secondPerson[w] {
			return true
		}
	}
	return false
}

// vocatives are who a farewell letter opens with.
var vocatives = wordSet("mom", "mum", "mama", "mommy", "dad", "daddy", "papa", "mami", "papi", "maman", "mamie", "oma", "opa", "abuela", "abuelo", "hija", "hijo", "sis", "bro")
