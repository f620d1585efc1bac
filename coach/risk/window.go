package risk

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// A phrase's expression is run only on the stretches of a sentence around
// its anchor words, not over the whole sentence (issue 17): Go's regexp
// runs an expression with its backtracker on an input of up to a few
// thousand characters and with its NFA, some three times slower a
// character, on a longer one, so that a long note without punctuation
// cost more than its length. A match holds at most reach words (every
// word of a normalised sentence is preceded by one space, and every word
// of a match by its own), one of them an anchor, so it lies within reach
// words either side of one; the stretches of a sentence that close to one
// of a phrase's anchors are merged where they overlap, and each is matched
// on its own, with one character of the sentence on either side so that ^
// and $ hold only where they did, and \b as it did. The matches are the
// ones the whole sentence gives (TestWindowsMatchAsWhole).
//
// A phrase that ends the sentence ($, after any number of fillers such
// as "honestly", see trailers) has a match that reaches the end only when
// every word after its last fixed word is a filler; such a stretch goes on
// to the end when it reaches the fillers that end the sentence.

// phraseExpr is a phrase's expression and how far its matches reach.
type phraseExpr struct {
	re *regexp.Regexp
	// reach is the most words a match holds, not counting fillers at the
	// end; whole means it has no such bound and is run on the whole
	// sentence; toEnd that a match may end the sentence after fillers.
	reach        int
	whole, toEnd bool
}

// newPhraseExpr returns re, compiled from src, with its reach.
func newPhraseExpr(re *regexp.Regexp, src string) *phraseExpr {
	e := &phraseExpr{re: re, whole: true}
	fixed := src
	if trailerWords != nil {
		fixed = strings.ReplaceAll(src, trailers, "$")
	}
	tree, err := syntax.Parse(fixed, syntax.Perl)
	if err != nil {
		return e
	}
	n, bounded := maxSpaces(tree)
	e.reach, e.whole, e.toEnd = n, !bounded, fixed != src
	return e
}

// maxSpaces is the most spaces a match of re holds, and false if there is
// no such number.
func maxSpaces(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if r == ' ' {
				n++
			}
		}
		return n, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= ' ' && ' ' <= re.Rune[i+1] {
				return 1, true
			}
		}
		return 0, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxSpaces(re.Sub[0])
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n, ok := maxSpaces(sub)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total, true
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		n, ok := maxSpaces(re.Sub[0])
		switch {
		case !ok:
			return 0, false
		case n == 0:
			return 0, true
		case re.Op != syntax.OpRepeat || re.Max < 0:
			return 0, false
		}
		return n * re.Max, true
	}
	// Empty, or a zero-width assertion.
	return 0, true
}

// trailerWords are the fillers of trailers, each as its words; nil if
// trailers is not a plain list of words, and phrases that end a sentence
// are then run on the whole sentence.
var trailerWords = fillerWords(trailers)

func fillerWords(pattern string) [][]string {
	alts, ok := strings.CutPrefix(pattern, "(?: (?:")
	if alts, ok = strings.CutSuffix(alts, "))*$"); !ok {
		return nil
	}
	var words [][]string
	for alt := range strings.SplitSeq(alts, "|") {
		if alt == "" || regexp.QuoteMeta(alt) != alt || strings.Join(strings.Fields(alt), " ") != alt {
			return nil
		}
		words = append(words, strings.Fields(alt))
	}
	return words
}

// longestFiller is the most words a filler of trailerWords has: past that
// many words that are no filler's end, none can reach the end.
var longestFiller = func() int {
	n := 0
	for _, f := range trailerWords {
		n = max(n, len(f))
	}
	return n
}()

// fillerTail is where the fillers that end a sentence begin: the first
// space from which every word to the end is a filler of trailerWords,
// len(sentence) if the last word is none.
func fillerTail(sentence string) int {
	// ok[j] tells whether the words from bounds[j] on are all fillers;
	// bounds runs from the end of the sentence back.
	bounds, ok := []int{len(sentence)}, []bool{true}
	tail, misses := len(sentence), 0
	for end := len(sentence); end > 0 && misses < longestFiller; {
		at := strings.LastIndexByte(sentence[:end], ' ')
		if at < 0 {
			break
		}
		yes := false
		for _, f := range trailerWords {
			if fillersAt(sentence, at, f, bounds, ok) {
				yes = true
				break
			}
		}
		bounds, ok = append(bounds, at), append(ok, yes)
		if yes {
			tail, misses = at, 0
		} else {
			misses++
		}
		end = at
	}
	return tail
}

// fillersAt tells whether words are the words right after the space at
// at, followed by the end or by a space from which all are fillers
// (bounds and ok, from the end back).
func fillersAt(sentence string, at int, words []string, bounds []int, ok []bool) bool {
	pos := at
	for _, w := range words {
		if pos >= len(sentence) || sentence[pos] != ' ' || !strings.HasPrefix(sentence[pos+1:], w) {
			return false
		}
		pos += 1 + len(w)
	}
	if pos != len(sentence) && sentence[pos] != ' ' {
		return false
	}
	// pos is one of the last few bounds: a filler has at most a few words.
	for j := len(bounds) - 1; j >= 0 && bounds[j] <= pos; j-- {
		if bounds[j] == pos {
			return ok[j]
		}
	}
	return false
}

// hit is a word of a sentence that is, or begins with, an anchor of a
// phrase: at is where the word starts. exact is false for a word that
// only begins with an anchor word followed by a character \b parts from
// it ("kill" in "killж"): such a word is where a match may lie, but does
// not make the phrase a candidate.
type hit struct {
	phrase, at int
	exact      bool
}

// hits returns the anchor words of the sentence, by phrase and then by
// place.
func (l *phraseList) hits(sentence string) []hit {
	var found []hit
	for at := 0; at < len(sentence); {
		if sentence[at] == ' ' {
			at++
			continue
		}
		end := strings.IndexByte(sentence[at:], ' ')
		if end < 0 {
			end = len(sentence)
		} else {
			end += at
		}
		w := sentence[at:end]
		for _, p := range l.byWord[w] {
			found = append(found, hit{p, at, true})
		}
		for _, p := range l.prefixes {
			if strings.HasPrefix(w, p.prefix) {
				found = append(found, hit{p.phrase, at, true})
			}
		}
		for cut := 1; cut < len(w); cut++ {
			if !wordByte(w[cut]) {
				for _, p := range l.byWord[w[:cut]] {
					found = append(found, hit{p, at, false})
				}
			}
		}
		at = end
	}
	slices.SortFunc(found, func(a, b hit) int {
		if a.phrase != b.phrase {
			return a.phrase - b.phrase
		}
		return a.at - b.at
	})
	return found
}

// wordByte tells whether c is a character of a word as \b reads it.
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// phraseHits is the hits of one phrase.
type phraseHits struct {
	phrase int
	at     []hit
}

// byPhrase returns the phrases with their hits, in order of phrase: those
// that are candidates (an exact hit), or all with a hit if all.
func byPhrase(hits []hit, all bool) []phraseHits {
	var out []phraseHits
	for i := 0; i < len(hits); {
		j, exact := i, false
		for ; j < len(hits) && hits[j].phrase == hits[i].phrase; j++ {
			exact = exact || hits[j].exact
		}
		if exact || all {
			out = append(out, phraseHits{hits[i].phrase, hits[i:j]})
		}
		i = j
	}
	return out
}

// sentenceTail is a sentence's fillerTail, found once if at all.
type sentenceTail struct {
	at    int
	known bool
}

func (t *sentenceTail) of(sentence string) int {
	if !t.known {
		t.at, t.known = fillerTail(sentence), true
	}
	return t.at
}

// spans returns the stretches of sentence, as [from, to), in which e's
// matches around the hits lie, in order and apart.
func (e *phraseExpr) spans(sentence string, hits []hit, tail *sentenceTail) [][2]int {
	if e.whole {
		return [][2]int{{0, len(sentence)}}
	}
	var out [][2]int
	for _, h := range hits {
		from := h.at
		for range e.reach + 1 {
			prev := strings.LastIndexByte(sentence[:from], ' ')
			if prev < 0 {
				from = 0
				break
			}
			from = prev
		}
		to := h.at
		if next := strings.IndexByte(sentence[to:], ' '); next < 0 {
			to = len(sentence)
		} else {
			to += next
		}
		to = wordsOn(sentence, to, e.reach)
		if e.toEnd && to < len(sentence) && tail.of(sentence) <= to {
			to = len(sentence)
		}
		if n := len(out); n > 0 && from <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], to)
			continue
		}
		out = append(out, [2]int{from, to})
	}
	return out
}

// in returns the stretch [from, to) of sentence with a character of the
// sentence on either side, and where it begins: a space is never that
// character on the left, where a match cannot begin (every match begins
// with a space), and a match cannot end on the space on the right.
func in(sentence string, from, to int) (string, int) {
	for from > 0 && sentence[from-1] == ' ' {
		from--
	}
	if from > 0 {
		from--
	}
	if to < len(sentence) {
		to++
	}
	return sentence[from:to], from
}

// match tells whether e matches the sentence around the hits.
func (e *phraseExpr) match(sentence string, hits []hit, tail *sentenceTail) bool {
	for _, sp := range e.spans(sentence, hits, tail) {
		if sp[0] == 0 && sp[1] == len(sentence) {
			return e.re.MatchString(sentence)
		}
		part, _ := in(sentence, sp[0], sp[1])
		if e.re.MatchString(part) {
			return true
		}
	}
	return false
}

// findAll returns where e matches the sentence around the hits, as
// FindAllStringIndex does, added to found.
func (e *phraseExpr) findAll(found [][]int, sentence string, hits []hit, tail *sentenceTail) [][]int {
	for _, sp := range e.spans(sentence, hits, tail) {
		if sp[0] == 0 && sp[1] == len(sentence) {
			return append(found, e.re.FindAllStringIndex(sentence, -1)...)
		}
		part, at := in(sentence, sp[0], sp[1])
		for _, m := range e.re.FindAllStringIndex(part, -1) {
			m[0], m[1] = m[0]+at, m[1]+at
			found = append(found, m)
		}
	}
	return found
}
