package risk

import (
	"strings"
	"sync"
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
}

// otherScreen holds otherSets compiled.
type otherScreen struct {
	who, acts, done, before, now, story, own, told, alarm, threat *phraseList
}

// others is compiled on first use, in a few milliseconds: the lists are
// small and not part of the generated tables (compiled.go), so editing
// them needs no go generate and changes no level.
var others = sync.OnceValue(func() *otherScreen {
	sets := otherSets()
	compile := func(list func(otherSet) []string) *phraseList {
		var ps []phraseSet
		for _, o := range sets {
			ps = append(ps, phraseSet{lang: o.lang, words: o.words, crisis: list(o)})
		}
		l, err := compilePhrases(ps, func(p phraseSet) []string { return p.crisis })
		if err != nil {
			panic("risk: someone else's danger: " + err.Error()) // TestOtherSetsCompile
		}
		return l
	}
	return &otherScreen{
		who:    compile(func(o otherSet) []string { return o.who }),
		acts:   compile(func(o otherSet) []string { return o.acts }),
		done:   compile(func(o otherSet) []string { return o.done }),
		before: compile(func(o otherSet) []string { return o.before }),
		now:    compile(func(o otherSet) []string { return o.now }),
		story:  compile(func(o otherSet) []string { return o.story }),
		own:    compile(func(o otherSet) []string { return o.own }),
		told:   compile(func(o otherSet) []string { return o.told }),
		alarm:  compile(func(o otherSet) []string { return o.alarm }),
		threat: compile(func(o otherSet) []string { return o.threat }),
	}
})

func otherSets() []otherSet { return []otherSet{otherEN, otherES, otherDE, otherFR} }

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
	var all []string
	for _, line := range lines {
		all = append(all, line...)
	}
	joined := strings.Join(all, " ,")
	if o.story.match(joined) || o.own.match(joined) {
		return false, 0
	}
	alarm := o.now.match(joined)
	found := false
	var langs langSet
	rest := make([]string, 0, len(lines))
	for _, line := range lines {
		kept := make([]string, 0, len(line))
		for _, sentence := range line {
			acts := o.dangerIn(sentence, alarm)
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
		return s.dangerOfOther(lines, joined)
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
	phrases := *s
	phrases.learnt = nil
	if phrases.screen(strings.Join(rest, "\n"), false).Level == Crisis {
		return false, 0
	}
	for _, line := range rest {
		for _, sentence := range strings.Split(line, ". ") {
			if speaksOfSelf(sentence) && s.screen(sentence, false).Level >= Review {
				return false, 0
			}
		}
	}
	return true, langs
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
			if denies(sentence[w[0]:a[1]]) {
				continue // "she would never kill herself"
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
		if selfWords[w] {
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
	if s.screen(strings.ReplaceAll(joined, " ,", "\n"), false).Level < Crisis {
		return false, 0
	}
	found := false
	var langs langSet
	rest := make([]string, 0, len(lines))
	for _, line := range lines {
		kept := make([]string, 0, len(line))
		for _, sentence := range line {
			if s.screen(sentence, false).Level < Review {
				kept = append(kept, blankOut(sentence, o.now.findAll(sentence)))
				continue
			}
			whos := o.who.findAll(sentence)
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
	if phrases.screen(strings.Join(rest, "\n"), false).Level == Crisis {
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
