package coach

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// riskAnchor is a word a phrase cannot match without, or the beginning of
// such a word.
type riskAnchor struct {
	word   string
	prefix bool
}

// riskPiece is a compiled phrase or a part of one: its regular expression,
// and the anchors one of which every match contains. Nil anchors mean the
// piece can match without any particular word (it is optional, a gap, a
// number).
type riskPiece struct {
	re      string
	anchors []riskAnchor
}

// riskWordAnchors anchors a word on its first spelt word.
func riskWordAnchors(spellings []string, prefix bool) []riskAnchor {
	anchors := make([]riskAnchor, 0, len(spellings))
	for _, s := range spellings {
		first, _, several := strings.Cut(s, " ")
		anchors = append(anchors, riskAnchor{word: first, prefix: prefix && !several})
	}
	return anchors
}

// riskEither is one of alts; it needs an anchor of one of them, unless one
// of them needs none.
func riskEither(alts []riskPiece) riskPiece {
	res := make([]string, len(alts))
	var anchors []riskAnchor
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
	var best []riskAnchor
	for _, el := range seq {
		b.WriteString(el.re)
		if el.anchors != nil && riskMoreSelective(el.anchors, best) {
			best = el.anchors
		}
	}
	return riskPiece{re: b.String(), anchors: best}
}

// riskMoreSelective tells whether anchors a are likely rarer in text than
// anchors b: longer words first, then fewer of them.
func riskMoreSelective(a, b []riskAnchor) bool {
	if b == nil {
		return true
	}
	shortest := func(as []riskAnchor) int {
		n := len(as[0].word)
		for _, x := range as[1:] {
			n = min(n, len(x.word))
		}
		return n
	}
	if sa, sb := shortest(a), shortest(b); sa != sb {
		return sa > sb
	}
	return len(a) < len(b)
}

// riskPhraseList is one kind of phrase, one expression per phrase, indexed
// by anchor: a sentence runs only the phrases whose anchor words it
// contains, which keeps screening fast with hundreds of phrases.
type riskPhraseList struct {
	phrases  []*regexp.Regexp
	byWord   map[string][]int
	prefixes []riskPrefixEntry
}

// riskPrefixEntry indexes a phrase anchored on the beginning of a word.
type riskPrefixEntry struct {
	prefix string
	phrase int
}

// add compiles and indexes a phrase. A phrase that needs no particular
// word is refused: it would match every text, or be run on every one.
func (l *riskPhraseList) add(p riskPiece) error {
	if p.anchors == nil {
		return errors.New("no word that every match must contain")
	}
	re, err := regexp.Compile(p.re)
	if err != nil {
		return err
	}
	i := len(l.phrases)
	l.phrases = append(l.phrases, re)
	for _, a := range p.anchors {
		if a.prefix {
			l.prefixes = append(l.prefixes, riskPrefixEntry{a.word, i})
		} else {
			l.byWord[a.word] = append(l.byWord[a.word], i)
		}
	}
	return nil
}

// candidates returns the phrases that may match a sentence made of words,
// each once.
func (l *riskPhraseList) candidates(words []string) []int {
	var found []int
	for _, w := range words {
		found = append(found, l.byWord[w]...)
		for _, p := range l.prefixes {
			if strings.HasPrefix(w, p.prefix) {
				found = append(found, p.phrase)
			}
		}
	}
	slices.Sort(found)
	return slices.Compact(found)
}

// match tells whether any phrase matches the sentence.
func (l *riskPhraseList) match(sentence string) bool {
	for _, i := range l.candidates(strings.Fields(sentence)) {
		if l.phrases[i].MatchString(sentence) {
			return true
		}
	}
	return false
}

// findAll returns where phrases match in the sentence.
func (l *riskPhraseList) findAll(sentence string) [][]int {
	var found [][]int
	for _, i := range l.candidates(strings.Fields(sentence)) {
		found = append(found, l.phrases[i].FindAllStringIndex(sentence, -1)...)
	}
	return found
}

// mask blanks every match in the sentence.
func (l *riskPhraseList) mask(sentence string) string {
	for _, i := range l.candidates(strings.Fields(sentence)) {
		sentence = l.phrases[i].ReplaceAllString(sentence, riskBlank)
	}
	return sentence
}

// mustCompileRiskScreen compiles the phrase sets into one screen. Phrases
// are literals in this package, so an error in one is a programming error.
func mustCompileRiskScreen(sets ...riskPhraseSet) *riskScreen {
	s, err := compileRiskScreen(sets...)
	if err != nil {
		panic("coach: " + err.Error())
	}
	return s
}

func compileRiskScreen(sets ...riskPhraseSet) (*riskScreen, error) {
	var errs []error
	compile := func(kind string, list func(riskPhraseSet) []string) *riskPhraseList {
		l, err := compileRiskPhrases(sets, list)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s phrases: %w", kind, err))
		}
		return l
	}
	s := &riskScreen{
		benign:  compile("benign", func(p riskPhraseSet) []string { return p.benign }),
		negated: compile("negated", func(p riskPhraseSet) []string { return p.negated }),
		doubt:   compile("doubt", func(p riskPhraseSet) []string { return p.doubt }),
		crisis:  compile("crisis", func(p riskPhraseSet) []string { return p.crisis }),
		review:  compile("review", func(p riskPhraseSet) []string { return p.review }),
		past:    compile("past", func(p riskPhraseSet) []string { return p.past }),
		habit:   compile("habit", func(p riskPhraseSet) []string { return p.habit }),
		over:    compile("over", func(p riskPhraseSet) []string { return p.over }),
		tense:   compile("tense", func(p riskPhraseSet) []string { return p.tense }),
		recent:  compile("recent", func(p riskPhraseSet) []string { return p.recent }),
		others:  compile("others", func(p riskPhraseSet) []string { return p.others }),
		denial:  compile("denial", func(p riskPhraseSet) []string { return p.denial }),
	}
	return s, errors.Join(errs...)
}

// compileRiskPhrases compiles one kind of phrase from every set.
func compileRiskPhrases(sets []riskPhraseSet, list func(riskPhraseSet) []string) (*riskPhraseList, error) {
	l := &riskPhraseList{byWord: make(map[string][]int)}
	for _, set := range sets {
		for _, phrase := range list(set) {
			piece, err := compileRiskPhrase(phrase, set.words)
			if err != nil {
				return nil, err
			}
			if err := l.add(piece); err != nil {
				return nil, fmt.Errorf("phrase %q: %w", phrase, err)
			}
		}
	}
	if len(l.phrases) == 0 {
		return nil, errors.New("none")
	}
	return l, nil
}
