package risk

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
)

// anchor is a word a phrase cannot match without, or the beginning of
// such a word.
type anchor struct {
	word   string
	prefix bool
}

// riskPiece is a compiled phrase or a part of one: its regular expression,
// and the anchors one of which every match contains. Nil anchors mean the
// piece can match without any particular word (it is optional, a gap, a
// number).
type riskPiece struct {
	re      string
	anchors []anchor
}

// wordAnchors anchors a word on its first spelt word.
func wordAnchors(spellings []string, prefix bool) []anchor {
	anchors := make([]anchor, 0, len(spellings))
	for _, s := range spellings {
		first, _, several := strings.Cut(s, " ")
		anchors = append(anchors, anchor{word: first, prefix: prefix && !several})
	}
	return anchors
}

// riskEither is one of alts; it needs an anchor of one of them, unless one
// of them needs none.
func riskEither(alts []riskPiece) riskPiece {
	res := make([]string, len(alts))
	var anchors []anchor
	anchored := true
	for i, a := range alts {
		res[i] = a.re
		anchored = anchored && a.anchors != nil
		anchors = append(anchors, a.anchors...)
	}
	if !anchored {
		anchors = nil
	}
	return riskPiece{re: "(?:" + strings.Join(res, "|") + ")", anchors: anchors}
}

// riskSequence is seq in order, anchored on its most selective element:
// the one whose shortest anchor is longest, so that "i want to die" is
// found through "want" or "die" rather than "i".
func riskSequence(seq []riskPiece) riskPiece {
	var b strings.Builder
	var best []anchor
	for _, el := range seq {
		b.WriteString(el.re)
		if el.anchors != nil && moreSelective(el.anchors, best) {
			best = el.anchors
		}
	}
	return riskPiece{re: b.String(), anchors: best}
}

// moreSelective tells whether anchors a are likely rarer in text than
// anchors b: longer words first, then fewer of them. A word common in
// any language ("the", "and", "que") counts as no length at all, so
// that "the date and the method" is found through "date", not "the".
func moreSelective(a, b []anchor) bool {
	if b == nil {
		return true
	}
	shortest := func(as []anchor) int {
		n := len(as[0].word)
		for _, x := range as {
			if commonWords[x.word] != 0 {
				return 0
			}
			n = min(n, len(x.word))
		}
		return n
	}
	if sa, sb := shortest(a), shortest(b); sa != sb {
		return sa > sb
	}
	return len(a) < len(b)
}

// phraseList is one kind of phrase, one expression per phrase, indexed
// by anchor: a sentence runs only the phrases whose anchor words it
// contains, which keeps screening fast with hundreds of phrases.
//
// A phrase's expression is compiled the first time a sentence has its
// anchor, not when the list is loaded: most phrases are never a candidate
// in a process's life, and compiling them all cost start-up a tenth of a
// second and 30 MB (issue 17).
type phraseList struct {
	sources  []string                     // the expression of each phrase
	compiled []atomic.Pointer[phraseExpr] // each phrase's, once compiled
	langs    []langSet                    // the language of each phrase
	byWord   map[string][]int
	prefixes []prefixEntry

	// built are the expressions add compiled, until sealed.
	built []*regexp.Regexp
}

// phrase returns phrase i's expression, compiling it on first use. Two
// goroutines may both compile it; they keep the same one.
func (l *phraseList) phrase(i int) *phraseExpr {
	if e := l.compiled[i].Load(); e != nil {
		return e
	}
	// The sources were compiled when the tables were written, so this
	// cannot fail unless the tables are damaged, which TestTablesCurrent
	// would have told.
	l.compiled[i].CompareAndSwap(nil, newPhraseExpr(regexp.MustCompile(l.sources[i]), l.sources[i]))
	return l.compiled[i].Load()
}

// seal makes the list ready to screen with, keeping the expressions add
// compiled.
func (l *phraseList) seal() {
	l.compiled = make([]atomic.Pointer[phraseExpr], len(l.sources))
	for i, re := range l.built {
		l.compiled[i].Store(newPhraseExpr(re, l.sources[i]))
	}
	l.built = nil
}

// prefixEntry indexes a phrase anchored on the beginning of a word.
type prefixEntry struct {
	prefix string
	phrase int
}

// add compiles and indexes a phrase; seal must follow the last. A phrase
// that needs no particular word is refused: it would match every text, or
// be run on every one.
func (l *phraseList) add(p riskPiece, lang langSet) error {
	if p.anchors == nil {
		return errors.New("no word that every match must contain")
	}
	re, err := regexp.Compile(p.re)
	if err != nil {
		return err
	}
	i := len(l.sources)
	l.sources = append(l.sources, p.re)
	l.built = append(l.built, re)
	l.langs = append(l.langs, lang)
	for _, a := range p.anchors {
		if a.prefix {
			l.prefixes = append(l.prefixes, prefixEntry{a.word, i})
		} else {
			l.byWord[a.word] = append(l.byWord[a.word], i)
		}
	}
	return nil
}

// candidates returns the phrases that may match a sentence, each once,
// with the words that may anchor a match (see window.go). It reads the
// words where they lie, since a list of them would be made again for
// every kind of phrase.
func (l *phraseList) candidates(sentence string) []phraseHits {
	return byPhrase(l.hits(sentence), false)
}

// match tells whether any phrase matches the sentence.
func (l *phraseList) match(sentence string) bool {
	var tail sentenceTail
	for _, c := range l.candidates(sentence) {
		if l.phrase(c.phrase).match(sentence, c.at, &tail) {
			return true
		}
	}
	return false
}

// langsMatching returns the languages of the phrases that match the
// sentence.
func (l *phraseList) langsMatching(sentence string) langSet {
	var found langSet
	var tail sentenceTail
	for _, c := range l.candidates(sentence) {
		if found|l.langs[c.phrase] != found && l.phrase(c.phrase).match(sentence, c.at, &tail) {
			found |= l.langs[c.phrase]
		}
	}
	return found
}

// findAll returns where phrases match in the sentence.
func (l *phraseList) findAll(sentence string) [][]int {
	var found [][]int
	var tail sentenceTail
	for _, c := range l.candidates(sentence) {
		found = l.phrase(c.phrase).findAll(found, sentence, c.at, &tail)
	}
	return found
}

// mask blanks every match in the sentence. It is ReplaceAllString with
// blank, but copies the sentence only for a phrase that matches: most
// candidates match nothing, and a copy per candidate made a long
// sentence cost more than its length (issue 17). Every match holds a
// word, so none is empty and the two find the same matches. A sentence
// blanked is read again for the anchors of the phrases after: the words
// have moved.
func (l *phraseList) mask(sentence string) string {
	return l.maskKeeping(sentence, nil)
}

// maskKeeping is mask, leaving unmasked each match of phrase i that keep
// says must stay read (keep nil keeps none).
func (l *phraseList) maskKeeping(sentence string, keep func(i int, span string) bool) string {
	cands := l.candidates(sentence)
	var tail sentenceTail
	for k := 0; k < len(cands); k++ {
		i := cands[k].phrase
		matches := l.phrase(i).findAll(nil, sentence, cands[k].at, &tail)
		if keep != nil {
			matches = slices.DeleteFunc(matches, func(m []int) bool { return keep(i, sentence[m[0]:m[1]]) })
		}
		if len(matches) == 0 {
			continue
		}
		var b strings.Builder
		b.Grow(len(sentence))
		last := 0
		for _, m := range matches {
			b.WriteString(sentence[last:m[0]])
			b.WriteString(blank)
			last = m[1]
		}
		b.WriteString(sentence[last:])
		sentence, tail = b.String(), sentenceTail{}
		// The phrases after i that were candidates, with the words that
		// may anchor them in the blanked sentence (a candidate stays one,
		// as before, and blanking adds no word).
		var rest []phraseHits
		for _, c := range byPhrase(l.hits(sentence), true) {
			if c.phrase > i && slices.ContainsFunc(cands[k+1:], func(o phraseHits) bool { return o.phrase == c.phrase }) {
				rest = append(rest, c)
			}
		}
		cands, k = rest, -1
	}
	return sentence
}

func compileScreen(sets ...phraseSet) (*screen, error) {
	var errs []error
	compile := func(kind string, list func(phraseSet) []string) *phraseList {
		l, err := compilePhrases(sets, list)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s phrases: %w", kind, err))
		}
		return l
	}
	s := &screen{
		benign:  compile("benign", func(p phraseSet) []string { return p.benign }),
		negated: compile("negated", func(p phraseSet) []string { return p.negated }),
		doubt:   compile("doubt", func(p phraseSet) []string { return p.doubt }),
		crisis:  compile("crisis", func(p phraseSet) []string { return p.crisis }),
		review:  compile("review", func(p phraseSet) []string { return p.review }),
		past:    compile("past", func(p phraseSet) []string { return p.past }),
		habit:   compile("habit", func(p phraseSet) []string { return p.habit }),
		over:    compile("over", func(p phraseSet) []string { return p.over }),
		tense:   compile("tense", func(p phraseSet) []string { return p.tense }),
		recent:  compile("recent", func(p phraseSet) []string { return p.recent }),
		others:  compile("others", func(p phraseSet) []string { return p.others }),
		denial:  compile("denial", func(p phraseSet) []string { return p.denial }),
		weary:   compile("weary", func(p phraseSet) []string { return p.weary }),
		parting: compile("parting", func(p phraseSet) []string { return p.parting }),
		asked:   compile("asked", func(p phraseSet) []string { return p.asked }),
		confirm: compile("confirm", func(p phraseSet) []string { return p.confirm }),
		held:    compile("held", func(p phraseSet) []string { return p.held }),
		unmeant: compile("unmeant", func(p phraseSet) []string { return p.unmeant }),
	}
	return s, errors.Join(errs...)
}

// compilePhrases compiles one kind of phrase from every set.
func compilePhrases(sets []phraseSet, list func(phraseSet) []string) (*phraseList, error) {
	l := &phraseList{byWord: make(map[string][]int)}
	for _, set := range sets {
		for _, phrase := range list(set) {
			piece, err := compilePhrase(phrase, set.words)
			if err != nil {
				return nil, err
			}
			lang := langOf(set.lang)
			if neutral(phrase) {
				lang = allLangs
			}
			if err := l.add(piece, lang); err != nil {
				return nil, fmt.Errorf("phrase %q: %w", phrase, err)
			}
		}
	}
	if len(l.sources) == 0 {
		return nil, errors.New("none")
	}
	l.seal()
	return l, nil
}
