package risk

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Level is how urgently a free text needs a safety response.
type Level int

const (
	// None means the text shows no sign of crisis language.
	None Level = iota
	// Review means the text speaks of death, self-harm or hopelessness
	// in a way that is past, unclear or denied. The answer is a gentle,
	// direct question about safety now: not silence, and not the full alarm.
	Review
	// Crisis means the text expresses a wish or intent to die or to
	// self-harm, a farewell, a plan, or danger now. The normal flow stops
	// and the person gets crisis resources.
	Crisis
)

// String returns the level's name as it appears in logs and tests.
func (l Level) String() string {
	switch l {
	case None:
		return "none"
	case Review:
		return "review"
	case Crisis:
		return "crisis"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// Finding is what Screen found in one text.
type Finding struct {
	// Level is the highest level of any sentence of the text.
	Level Level
	// Lang is the language of the text as far as the screen can tell, as
	// a code: "en", "es", "de" or "fr", or "" when it cannot tell, at any
	// level: a reply should then be in the person's own language. When
	// Level is above None it is the language of the phrase that set it;
	// when several languages' phrases did (a stem such as "suicid*" is
	// every language's), or the learnt screen did (it names none), the one
	// the text's common words say (looksLikeText), and "" when they say
	// none: "self harm", "moteur allumé garage fermé". When Level is None
	// it is the language the common words say, or "".
	Lang string
	// AboutOther says that the text is about someone else in danger now
	// ("my mother said she'd take all her sleeping pills, she doesn't
	// answer"), and not the writer's own danger: the writer needs the
	// emergency number for that person, not a question about their own
	// safety. Level is left as the screen found it (other.go); Lang is then
	// the language of the words that said so.
	AboutOther bool
	// Wish says that a Review is the writer's own wish that answers yes to
	// one of the ASQ's screening items (wish.go): a passive wish to be dead
	// ("wouldn't mind if I didn't wake up"), others better off without them
	// ("they'd be better off without me"), or an attempt placed in the past
	// ("I tried to kill myself in 2019"). "I'm safe" to the safety question
	// then ends in the ASQ's non-acute outcome, not in plain thanks. It is
	// false for every other Review (a burden alone, a denial, a question
	// someone asked, someone else's) and at every other level.
	Wish bool
}

// Screen screens one free text for crisis language in English, Spanish,
// German and French, and returns the highest level found in any sentence
// with the language of the words that set it, so that the reply can be
// written in that language. What it reads across the sentences of a line is
// a bare farewell right after giving up ("I'm done fighting. Goodbye."),
// giving up after a bare farewell, a bare goodbye that the next sentence
// explains as an ordinary departure ("Goodbye everyone! Moving to Denver
// tomorrow"), and the signals. The package documentation describes what
// counts as which level.
//
// A text screened a moment ago is not screened again (see recent): the
// transport asks whether an event's text may skip the queue, and the
// coach then screens it for its reply, and the two must cost one screening.
func Screen(text string) Finding {
	key := recentKey(text)
	if f, ok := recent.get(key); ok {
		return f
	}
	screened.Add(1)
	f := screening().find(text)
	recent.put(key, f)
	return f
}

// find is what Screen finds in a text it has not screened a moment ago.
// The text is split and screened once (issue 17): the wish is read in the
// sentences that screening found Review, and someone else's danger
// (aboutOther), which screens texts made of the text's own sentences,
// finds the level of one that is the text again, or one it screened
// already, in levels instead of screening it again.
func (s *screen) find(text string) Finding {
	ls := lines(text)
	var review []string
	f := s.screenLines(text, ls, true, &review)
	f.Wish = f.Level == Review && s.wishAmong(review)
	if len(ls) > 0 {
		once := *s
		once.levels = map[string]Level{levelKey(ls, s.learnt != nil): f.Level}
		if other, langs := once.aboutOther(ls); other {
			f.AboutOther = true
			f.Lang = cmp.Or(langs.pick(looksLikeText(text)), f.Lang)
		}
	}
	return f
}

// level is screen(text, false).Level, found in levels when the text, as
// lines splits it, was screened already for the same text by the same
// screen (with or without the learnt one).
func (s *screen) level(text string) Level {
	ls := lines(text)
	if s.levels == nil {
		return s.screenLines(text, ls, false, nil).Level
	}
	key := levelKey(ls, s.learnt != nil)
	if l, ok := s.levels[key]; ok {
		return l
	}
	l := s.screenLines(text, ls, false, nil).Level
	s.levels[key] = l
	return l
}

// levelKey is a text as lines split it, and whether the learnt screen
// read it: the level depends on nothing else (screenLines). Neither a
// sentence end nor a line break is in a sentence, so the key is one text's.
func levelKey(lines [][]string, learnt bool) string {
	var b strings.Builder
	if learnt {
		b.WriteString("learnt")
	}
	for _, line := range lines {
		b.WriteByte('\n')
		for _, sentence := range line {
			b.WriteString(sentenceEnd)
			b.WriteString(sentence)
		}
	}
	return b.String()
}

// Assess is Screen(text).Level, for callers that need no language. It
// screens as Screen does, language and all, so that a Screen of the same
// text right after it (the coach's, after the transport's Assess) costs
// nothing.
func Assess(text string) Level {
	return Screen(text).Level
}

// screen screens a text, and finds its language if withLang.
func (s *screen) screen(text string, withLang bool) Finding {
	return s.screenLines(text, lines(text), withLang, nil)
}

// screenLines screens text as lines split it (ls), and finds its language
// if withLang, from text itself where the words that set the level name none. Its Level is the same with withLang or without: without, it
// returns as soon as it is Crisis. If review is not nil, it collects the
// sentences that are Review on their own (assessHeld), for the wish; it
// then reads every sentence, so withLang must be true.
func (s *screen) screenLines(text string, lines [][]string, withLang bool, review *[]string) Finding {
	worst := None
	// The sentence that set worst, as assess masked it and as it was, or
	// the languages of the signals that set it.
	deciding, unmasked := "", ""
	var signalled langSet
	learnt := false // the learnt screen set worst
	for li, line := range lines {
		before := ""      // the line's previous sentence, as assess left it
		parted := false   // an earlier sentence of the line is a bare farewell
		prevLevel := None // the level of the line's previous sentence
		var found lineSignals
		var hl heldLine
		lastCue := -1                         // the line's last sentence with a cue
		masks := make([]string, 0, len(line)) // the line as assess left it, for the model
		for i, sentence := range line {
			level, masked, held := s.assessHeld(sentence)
			if review != nil && level == Review {
				*review = append(*review, sentence)
			}
			if level < Crisis && takenThenAll(sentence, masked, followOn(lines, li, i)) {
				// "took my pills today. all of them." (routine.go), on one
				// line or the next
				level = Crisis
			}
			if level == Crisis && i+1 < len(line) && s.departs(masked, sentence, line[i+1]) {
				// "goodbye everyone! moving to denver tomorrow"
				level = None
			}
			if level == Crisis && i > 0 && prevLevel == None && s.departed(masked, line[i-1], sentence) {
				// "me voy a la playa este finde. cuidad a mi gato porfa": the
				// farewell's words are masked too, so that neither a signal
				// ("look after my cat" and "tomorrow") nor the learnt
				// screen reads them as one.
				level, masked = None, s.parting.mask(masked)
			}
			if level < Crisis && i+1 < len(line) && s.explained(masked, sentence, line[i+1]) {
				// "hoy es el día! examen de manejo" (round s36-merge): the
				// bare farewell's words are masked, so that neither the
				// signals nor the learnt screen read them as a day chosen.
				level, masked = None, s.parting.mask(masked)
			}
			if level == Crisis && i+1 < len(line) {
				// "had the urge to cut again last night. didn't."
				level, masked, held = s.heldAcross(level, masked, sentence, line[i+1])
			}
			next := ""
			if i+1 < len(line) {
				next = line[i+1]
			}
			hl.add(s, masked, sentence, next, held)
			found.review = found.review || held // a held wish and a strong signal are Crisis
			masks = append(masks, s.forModel(level, masked))
			cues := found.cues
			s.signalsIn(masked, level, &found)
			if found.cues > cues {
				lastCue = i
			}
			said := masked // what set level
			if level < Crisis && before != "" && s.parting.match(masked) && s.partsAfter(before+masked, len(before)) {
				level, said = Crisis, before+masked
			}
			if level < Crisis && parted && s.givesUp(masked) {
				// "bye everyone. love you all. i can't do this anymore"
				level = Crisis
			}
			if level > worst {
				worst, deciding, unmasked, signalled, learnt = level, said, sentence, 0, false
			}
			if worst == Crisis && !withLang {
				return Finding{Level: worst}
			}
			before, prevLevel = masked, level
			parted = parted || s.parting.match(masked)
		}
		if found.strong == 0 && lastCue > 0 && s.excusedMeans(line[:lastCue]) {
			// "knife's in my hand, chopping onions. thinking about my wrists"
			found.strong = 1
		}
		if worst < Crisis && hl.crisis(found) {
			// A held wish with a time, a cue, a farewell or a resolve on
			// its line: "better off without me. tonight"; an attempt in the
			// past with its anniversary coming (intent_more.go).
			worst, signalled, learnt = Crisis, found.langs, false
			if signalled == 0 {
				deciding, unmasked = "", ""
				signalled = allLangs
			}
			if !withLang {
				return Finding{Level: worst}
			}
		}
		if level := found.level(); level > worst {
			worst, signalled, learnt = level, found.langs, false
			if worst == Crisis && !withLang {
				return Finding{Level: worst}
			}
		}
		if level := bareObjects(s.learnt.level(masks), masks); level > worst {
			worst, learnt = level, true
			if worst == Crisis && !withLang {
				return Finding{Level: worst}
			}
		}
	}
	if !withLang {
		return Finding{Level: worst}
	}
	looks := looksLikeText(text)
	if worst == None {
		return Finding{Level: None, Lang: looks}
	}
	if learnt {
		// The model names no language; the reply is in the one the text
		// looks like, or, when it looks like none, in the person's own.
		return Finding{Level: worst, Lang: looks}
	}
	if signalled != 0 {
		return Finding{Level: worst, Lang: signalled.pick(looks)}
	}
	return Finding{Level: worst, Lang: s.langsOf(deciding, unmasked, worst).pick(looks)}
}

// langsOf returns the languages of the phrases that gave a sentence its
// level; sentence is as assess masked it, unmasked as it was.
func (s *screen) langsOf(sentence, unmasked string, level Level) langSet {
	var set langSet
	if level == Crisis {
		set = s.crisis.langsMatching(sentence) | s.weary.langsMatching(sentence) | s.parting.langsMatching(sentence)
	}
	if set == 0 {
		set = s.crisis.langsMatching(sentence) | s.review.langsMatching(sentence)
	}
	if set == 0 {
		// A wish held, masked by assess: "no me importaría no despertar".
		set = s.crisis.langsMatching(unmasked) | s.review.langsMatching(unmasked)
	}
	if set == 0 {
		// A denial, masked by assess: "no quiero morir".
		set = s.negated.langsMatching(unmasked) | s.doubt.langsMatching(unmasked)
	}
	if set == 0 {
		// Not expected: the text's words tell its language, if anything.
		set = allLangs
	}
	return set
}

// Prepare loads the screen's tables now (a few milliseconds and about a
// megabyte: they were built by go generate, see compiled.go; someone
// else's danger and intentMore's lists too), so that
// the first text screened does not wait for them; Screen and Assess load
// them on first use otherwise. Loading the package costs nothing. Each
// phrase's expression is compiled the first time a text may match it, a
// few milliseconds more over a process's first texts.
func Prepare() {
	screening()
	concepts()
}

// screening is loaded once, on first use, from the tables of the phrase
// lists of every language; the language of a message is never guessed,
// so all of them apply.
var screening = sync.OnceValue(func() *screen {
	s, _ := tables()
	s.learnt = &model
	return s
})

// screen holds the compiled phrases of every kind.
type screen struct {
	benign, negated, doubt, crisis, review, past, habit, over, tense, recent, others, denial *phraseList

	// weary and parting are also read across the sentences of a line.
	weary, parting *phraseList

	asked, confirm *phraseList

	// held and unmeant are read with the line (heldLine, intent.go).
	held, unmeant *phraseList

	// signals are read across the sentences of a line (signal.go).
	signals signals

	// other are the lists of someone else's danger (other.go), more
	// intentMore's (intent_more.go).
	other *otherScreen
	more  *moreLists

	// learnt is the learnt screen (model.go), or nil for the phrases alone.
	learnt *learnt

	// levels are the levels of the texts screened for one text's finding
	// (find, level), by levelKey; nil outside it.
	levels map[string]Level
}

// blank replaces a masked span; it is not a word, so no phrase and no
// gap can match across it.
const blank = " " + blankWord

// blankWord is the word a masked stretch of a sentence becomes.
const blankWord = "~"

// assess returns the level of one normalised sentence, and the sentence
// with its idioms and listed denials masked.
func (s *screen) assess(sentence string) (Level, string) {
	level, masked, _ := s.assessHeld(sentence)
	return level, masked
}

// assessHeld is assess, and tells too whether the sentence is Review only
// because its crisis phrases are held (a passive wish, a burden, an urge
// resisted): the line may still make it Crisis (heldLine). The held words
// are then masked, so that a time inside them ("not wake up tomorrow") is
// not read as a time by the signals, nor the wish by the learnt screen.
func (s *screen) assessHeld(sentence string) (Level, string, bool) {
	sentence = s.benign.maskKeeping(sentence, s.benign.keepsWish)
	denials := s.negated.findAll(sentence)
	for _, m := range denials {
		if s.doubt.match(window(sentence, m[0], m[1], windowBefore, windowAfter)) {
			// "I'm not sure I won't hurt myself" denies nothing.
			return Crisis, sentence, false
		}
	}
	sentence = s.negated.mask(sentence)
	level, held := s.crisisLevel(sentence)
	if level < Crisis && s.partsAfter(sentence, len(sentence)) {
		level, held = Crisis, false
	}
	if level == None && (denials != nil || s.review.match(sentence)) {
		level = Review
	}
	if held {
		sentence = s.held.mask(sentence)
	}
	return level, sentence, held
}

// forModel is a sentence as the learnt screen reads it, given what the
// phrases made of it. In a sentence they judged Review, the words they
// judged are masked too (crisis phrases placed in the past, denied, asked
// about or someone else's; review phrases such as "I can't take it
// anymore"), so that the model reads only what they did not, and does not
// take their judgement back to Crisis.
func (s *screen) forModel(level Level, masked string) string {
	if level == Review {
		return s.review.mask(s.crisis.mask(masked))
	}
	return masked
}

// partsAfter tells whether the writer gives up or has decided within the
// first end bytes of text, and says nothing after that but farewell: "i'm
// done fighting, goodbye" in one sentence, or, with end where two sentences
// are joined, "i've made up my mind" and "tonight's the night".
func (s *screen) partsAfter(text string, end int) bool {
	for _, m := range s.ownMatches(text, s.weary.findAll(text)) {
		if m[1] <= end && s.parting.match(text[m[1]:]) {
			return true
		}
	}
	return false
}

// departs tells whether a sentence is a bare goodbye (masked as assess
// left it, sentence as it was) that the next sentence of its line, next,
// explains as an ordinary departure: "goodbye everyone! moving to denver
// tomorrow", "adiós a todos. me voy de vacaciones". The benign idioms that
// join a goodbye to a move, a trip, holidays, a time offline, a day back,
// an exam or a new job decide it, read over the two sentences as one: the
// goodbye is a farewell unless the pair is not Crisis. "Goodbye everyone.
// I won't be back" and "adiós a todos. ya no aguanto más" stay Crisis.
func (s *screen) departs(masked, sentence, next string) bool {
	if !s.parting.match(masked) {
		return false
	}
	level, _ := s.assess(sentence + next)
	return level < Crisis
}

// departed tells whether a sentence is a bare farewell (masked as assess
// left it, sentence as it was) that the sentence before it on its line,
// prev, ordinary on its own, explains as an ordinary departure: "me voy a
// la playa este finde. cuidad a mi gato porfa" (round s25-thought). An
// idiom (benign) must take in the two from the departure to the end, and
// the two read as one must be ordinary, so that a bare "je pars demain"
// or a weary sentence before a farewell ("ya no puedo más. cuidad a mi
// gato") leaves it Crisis.
func (s *screen) departed(masked, prev, sentence string) bool {
	if !s.parting.match(masked) {
		return false
	}
	pair := prev + sentence
	for _, m := range s.benign.findAll(pair) {
		if m[0] < len(prev) && m[1] == len(pair) {
			level, _ := s.assess(pair)
			return level == None
		}
	}
	return false
}

// explained tells whether a sentence is a bare farewell (masked as
// assess left it, sentence as it was) that the next sentence on its line
// explains as an ordinary event: "hoy es el día! examen de manejo",
// "today's the day! driving test". It is the mirror of departed: an idiom
// (benign) must run from the farewell into the next sentence, and the two
// read as one must be ordinary, so that "hoy es el día. los quiero.
// adiós" keeps its day chosen.
func (s *screen) explained(masked, sentence, next string) bool {
	if !s.parting.match(masked) {
		return false
	}
	pair := sentence + next
	for _, m := range s.benign.findAll(pair) {
		if m[0] < len(sentence) && m[1] > len(sentence) {
			level, _ := s.assess(pair)
			return level == None
		}
	}
	return false
}

// givesUp tells whether a sentence ends with the writer giving up or
// saying they have decided: a weary phrase of their own, not someone
// else's, with nothing after it ("i'm done fighting", not "i'm done
// fighting with my landlord").
func (s *screen) givesUp(sentence string) bool {
	for _, m := range s.ownMatches(sentence, s.weary.findAll(sentence)) {
		if strings.TrimSpace(sentence[m[1]:]) == "" {
			return true
		}
	}
	return false
}

// crisisLevel is Crisis when a crisis phrase speaks of now, Review
// when every one of them is placed in the past, and None without any. It
// tells too whether the level is Review because the writer's own phrases
// that speak of now are all held (held in intent.go): a passive wish, a
// burden, an urge resisted, which the line may still make Crisis.
func (s *screen) crisisLevel(sentence string) (Level, bool) {
	all := s.crisis.findAll(sentence)
	if all == nil {
		return None, false
	}
	matches := s.ownMatches(sentence, all)
	if matches == nil {
		return Review, false
	}
	held := false
	if spans := s.held.findAll(sentence); spans != nil {
		// A held thought framed as past or denied is not held now
		// (thought.go): Review, which a time on its line does not raise.
		matches = slices.DeleteFunc(slices.Clone(matches), func(m []int) bool { return within(m, spans) && thoughtNotNow(sentence, m) })
		if len(matches) == 0 {
			return Review, false
		}
		n := len(matches)
		matches = slices.DeleteFunc(slices.Clone(matches), func(m []int) bool { return within(m, spans) })
		held = len(matches) < n
		if len(matches) == 0 {
			return Review, true
		}
	}
	if s.recent.match(sentence) {
		return Crisis, false
	}
	for _, m := range matches {
		if !s.inPast(sentence, m) {
			return Crisis, false
		}
	}
	return Review, held
}

// within tells whether a match lies wholly inside one of spans.
func within(m []int, spans [][]int) bool {
	for _, sp := range spans {
		if sp[0] <= m[0] && m[1] <= sp[1] {
			return true
		}
	}
	return false
}

// inPast tells whether the writer places a match in the past: a marker of
// the past close by ("last year"), "used to" right before it, or a past
// that a marker right after it closes: "i wanted to die, not anymore", "i
// used to think they'd be better off without me, not anymore". The past
// tense must be the match's own, or right before it: in "i thought about
// it and i want to die, no more" the wish is now.
func (s *screen) inPast(sentence string, m []int) bool {
	near := window(sentence, m[0], m[1], habitBefore, 0)
	if s.past.match(window(sentence, m[0], m[1], windowBefore, windowAfter)) || s.habit.match(near) {
		return true
	}
	if !s.over.match(window(sentence, m[1], m[1], 0, afterReach)) {
		return false
	}
	return s.tense.match(near) || s.habit.match(window(sentence, m[0], m[1], windowBefore, 0))
}

// ownMatches drops the matches that speak of someone else or that the
// writer denies. Both are worth a gentle question, not the alarm.
func (s *screen) ownMatches(sentence string, matches [][]int) [][]int {
	var own [][]int
	for _, m := range matches {
		if !s.aboutOthers(sentence, m) && !s.denied(sentence, m) && !s.askedAbout(sentence, m) {
			own = append(own, m)
		}
	}
	return own
}

// aboutOthers tells whether a match has someone else for its subject: in
// German "sie will sterben" is "she wants to die", and in English "they
// want to die" and "she wanted to die" use the writer's own verb forms. A
// match that names the writer ("they would be better off without me") is
// the writer's own.
func (s *screen) aboutOthers(sentence string, m []int) bool {
	before := window(sentence, m[0], m[0], othersBefore, 0)
	return s.others.match(before) && !namesWriter(sentence[m[0]:m[1]])
}

// askedAbout tells whether a match is what someone asked the writer
// about ("my therapist asked if i have thoughts of suicide"), unless the
// writer says they answered yes. Worth a gentle question, not the alarm.
func (s *screen) askedAbout(sentence string, m []int) bool {
	before := window(sentence, m[0], m[0], askedBefore, 0)
	return s.asked.match(before) && !s.confirm.match(window(sentence, m[1], m[1], 0, afterReach))
}

// denied tells whether a negation governs a match: "i'd never take my own
// life", "i'm not planning to overdose". The denial phrases end where the
// match begins, with only auxiliaries between the negation and it, so "i'm
// not ok, i want to die" denies nothing. Denials listed as negated phrases
// are masked before this; this catches the ones nobody listed. A hedge
// ("not sure i won't") takes a denial back, as it does for listed ones.
func (s *screen) denied(sentence string, m []int) bool {
	before := window(sentence, m[0], m[0], denialBefore, 0)
	if !s.denial.match(before) {
		return false
	}
	return !s.doubt.match(window(sentence, m[0], m[1], windowBefore, windowAfter))
}

// firstPerson are the words by which a phrase names the writer.
var firstPerson = wordSet("i", "me", "my", "myself", "mine",
	"ich", "mich", "mir", "mein", "meine", "meinem", "meinen", "meiner", "meines",
	"yo", "mi", "mis", "conmigo", "je", "moi", "ma", "mon", "mes")

// namesWriter tells whether a phrase match has a word for the writer.
func namesWriter(match string) bool {
	for _, w := range strings.Fields(match) {
		if firstPerson[w] {
			return true
		}
	}
	return false
}

// Words around a phrase in which a marker of the past or a hedge applies
// to it: enough for "last year I tried to kill myself" and "I tried to
// kill myself when I was 15", few enough that an earlier clause of a
// run-on sentence does not usually reach.
const (
	windowBefore = 8
	windowAfter  = 5
	// afterReach bounds what is read after a match for a marker that
	// closes it ("…, not anymore") or an answer to a question ("…and I said
	// yes"): a clause or two, so that the cost of a sentence stays linear
	// in its length however many matches it holds.
	afterReach = 12
	// habitBefore reaches from "used to" over a verb or two ("used to
	// think about", "used to want to") to the phrase, and no further.
	habitBefore = 4
	// othersBefore reaches the subject right before the verb ("my
	// best friend wanted to"), and no further.
	othersBefore = 4
	// denialBefore reaches from a negation over a few auxiliaries
	// ("never would have wanted to") to the phrase.
	denialBefore = 5
	// askedBefore reaches from "asked if" over a few words ("asked me if i
	// ever had") to the phrase.
	askedBefore = 8
)

// turnWords end the words before a phrase that a marker can apply
// from: in "I used to be fine, but now I want to die", "used to" is about
// being fine.
var turnWords = wordSet("now", "but", "today", "ahora", "pero", "hoy",
	"jetzt", "aber", "heute", "maintenant", "mais", "aujourd'hui")

// wordsOn returns where the n-th word after at ends in sentence, whose
// words single spaces part, or the sentence's end if it has fewer.
func wordsOn(sentence string, at, n int) int {
	for range n {
		if at >= len(sentence) {
			break
		}
		next := strings.IndexByte(sentence[at+1:], ' ')
		if next < 0 {
			return len(sentence)
		}
		at += 1 + next
	}
	return at
}

// window returns the match at [start, end) of sentence with a few words
// on either side, starting with a space as phrases expect.
func window(sentence string, start, end, before, after int) string {
	from := start
	for range before {
		prev := strings.LastIndexByte(sentence[:from], ' ')
		if prev < 0 || turnWords[sentence[prev+1:from]] {
			break
		}
		from = prev
	}
	return sentence[from:wordsOn(sentence, end, after)]
}

// wordSet normalises words as the text is.
func wordSet(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[normalWord(strings.TrimSpace(foldText(w)))] = true
	}
	return set
}
