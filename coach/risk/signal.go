package risk

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Signals are the second way the screen reads a line, beside the phrases:
// concepts that on their own say little or nothing, but that together say
// what no single phrase does. "Picked up a rope on the way home" is a
// means; "weird how calm I feel" is nothing; the two on one line are a
// crisis. Each language's signals are listed by kind (en_signal.go,
// es_signal.go, de_signal.go, fr_signal.go):
//
//   - means: a way to die, acquired, at hand, looked at or asked about (a
//     rope bought, a pistol taken out, doses saved up, a car in a closed
//     garage, standing on a bridge, "does drowning hurt?");
//   - final: affairs put in order (rent paid ahead, letters left, a pet
//     given to someone who will care for it better, "all sorted for
//     after", "the session was my goodbye", "I'm at peace with going");
//   - intent: a resolve without a word of what for ("don't try to stop
//     me", "I don't want to come back this time", "Sunday is the day",
//     doubling a dose on purpose);
//   - danger: danger from someone else ("banging on the door", "locked
//     in the bathroom");
//
// which are strong, and the weak ones, which only add to a strong one:
//
//   - when: a time or an occasion (tonight, this weekend, after the kids
//     are asleep, "20 minutes ago", nobody home until Monday);
//   - cue: what makes a strong signal more pressing (a strange calm,
//     "asking for real", mixing with alcohol, "on purpose", "I've
//     decided", "it wasn't your fault", a reply to do it, finish it).
//
// A line whose sentences hold one strong signal is Review; two strong
// signals, or one with a weak one or with a phrase that is Review on its
// own ("thanks for everything", "I can't do this anymore"), are Crisis.
// Weak signals alone are nothing. Signals are matched in the sentences as
// the phrases leave them (idioms and listed denials masked), and a signal
// that someone else is the subject of, that is denied or asked about, or
// that is placed in the past counts for nothing, as a crisis phrase would.
// Like every rule of the screen, signals never reach across a line break.

// signalKind is one kind of signal.
type signalKind int

const (
	sigMeans signalKind = iota
	sigFinal
	sigIntent
	sigDanger
	sigWhen
	sigCue
	numSignalKinds
)

// strong tells whether a kind counts on its own.
func (k signalKind) strong() bool { return k < sigWhen }

// signalSet is one language's signals, by kind, with the macros of its
// phrase set.
type signalSet struct {
	lang  string
	words map[string]string
	kinds [numSignalKinds][]string
}

// signals are the compiled signals of every kind in one list, so that a
// sentence looks its words up once; kinds[i] is the kind of phrase i.
type signals struct {
	list  *phraseList
	kinds []signalKind
}

func compileSignals(sets ...signalSet) (signals, error) {
	out := signals{list: &phraseList{byWord: make(map[string][]int)}}
	var errs []error
	for k := range numSignalKinds {
		n := len(out.kinds)
		for _, set := range sets {
			for _, phrase := range set.kinds[k] {
				piece, err := compilePhrase(phrase, set.words)
				if err == nil {
					err = out.list.add(piece, langOf(set.lang))
				}
				if err != nil {
					errs = append(errs, fmt.Errorf("signal %d: phrase %q: %w", k, phrase, err))
					continue
				}
				out.kinds = append(out.kinds, k)
			}
		}
		if len(out.kinds) == n {
			errs = append(errs, fmt.Errorf("signal %d: none", k))
		}
	}
	out.list.seal()
	return out, errors.Join(errs...)
}

// lineSignals is what the signals found in one line.
type lineSignals struct {
	strong, weak int     // own matches of strong and of weak kinds, overlaps counted once
	means, cues  int     // own matches of means and of cues, among them
	review       bool    // a sentence of the line is Review by its phrases
	langs        langSet // the languages of the strong signals
}

// level is the level the signals give the line.
func (f lineSignals) level() Level {
	switch {
	case f.strong >= 2, f.strong == 1 && (f.weak > 0 || f.review):
		return Crisis
	case f.strong == 1:
		return Review
	}
	return None
}

// signalsIn adds what the signals find in one sentence, as assess masked
// it and with the level it gave it, to f. The sentence's phrases count
// for f.review only outside the strong signals' words: "I got a rope" is
// one signal, not a means and a review phrase.
func (s *screen) signalsIn(sentence string, level Level, f *lineSignals) {
	var strong [][]int
	var tail sentenceTail
	for _, c := range s.signals.list.candidates(sentence) {
		i := c.phrase
		matches := s.signals.list.phrase(i).findAll(nil, sentence, c.at, &tail)
		if matches == nil {
			continue
		}
		own := s.ownMatches(sentence, matches)
		own = slices.DeleteFunc(own, func(m []int) bool { return s.inPast(sentence, m) })
		if own == nil {
			continue
		}
		switch s.signals.kinds[i] {
		case sigMeans:
			f.means += len(own)
		case sigCue:
			f.cues += len(own)
		}
		if s.signals.kinds[i].strong() {
			strong = append(strong, own...)
			f.langs |= s.signals.list.langs[i]
		} else {
			f.weak += len(own)
		}
	}
	f.strong += disjoint(strong)
	if level != Review || f.review {
		return
	}
	rest := sentence
	for _, m := range strong {
		rest = rest[:m[0]] + strings.Repeat(" ", m[1]-m[0]-len(blank)) + blank + rest[m[1]:]
	}
	f.review = s.review.match(rest) || s.weary.match(rest)
}

// disjoint counts the spans that do not overlap an earlier one, in order
// of start: two signals that share words are one.
func disjoint(spans [][]int) int {
	slices.SortFunc(spans, func(a, b []int) int { return a[0] - b[0] })
	n, end := 0, -1
	for _, m := range spans {
		if m[0] >= end {
			n++
		}
		end = max(end, m[1])
	}
	return n
}

// excusedMeans tells whether an idiom explained away a means in one of
// sentences, those of a line before its last cue: "knife's in my hand,
// chopping onions" is a blade in the hand while cooking, and an idiom
// masks it. Read alone, it is ordinary; with a cue in a later sentence
// ("… thinking about my wrists") the blade is a means again (round
// s22-resid). A cue in the idiom's own sentence is explained with it ("in
// the woods with the rope for the hammock, my wife thinks i went for a
// run"). Only lines with a cue and no strong signal ask, so the idioms
// are read again for few lines.
func (s *screen) excusedMeans(line []string) bool {
	for _, sentence := range line {
		if masked := s.benign.mask(sentence); masked == sentence {
			continue
		}
		var f lineSignals
		s.signalsIn(s.negated.mask(sentence), None, &f)
		if f.means > 0 {
			return true
		}
	}
	return false
}
