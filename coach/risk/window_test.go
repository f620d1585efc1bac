package risk

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestWindowsMatchAsWhole: every phrase list finds, matches and masks in
// the stretches around its anchors exactly what it did running each
// candidate's expression over the whole sentence, on every sentence of
// the golden texts, on long run-on sentences made of them, and with
// fillers, blanks and glued letters where a stretch begins or ends.
func TestWindowsMatchAsWhole(t *testing.T) {
	s := screening()
	lists := map[string]*phraseList{"signals": s.signals.list}
	for i, l := range s.phraseLists() {
		lists[fmt.Sprint("list ", i)] = *l
	}
	var sentences []string
	for _, text := range goldenTexts(t) {
		for _, line := range lines(text) {
			sentences = append(sentences, line...)
		}
	}
	n := len(sentences)
	for i := 0; i+3 < n; i += 7 {
		// Run-ons of several sentences, and fillers, blanks and letters
		// \b parts from a word around them.
		run := sentences[i] + sentences[i+1] + sentences[i+2] + sentences[i+3]
		sentences = append(sentences, run,
			run+" ngl tbh",
			sentences[i]+" to be honest for real anyway",
			sentences[i]+" anyway i think"+sentences[i+1]+" ngl",
			blank+sentences[i]+blank,
			strings.ReplaceAll(sentences[i], " ", "ж "),
			strings.ReplaceAll(sentences[i+1], " ", "  "),
			strings.Repeat(" tbh", 30)+sentences[i]+strings.Repeat(" tbh", 30),
			sentences[i]+" i think"+strings.Repeat(" i", 20)+" think tbh")
	}
	sentences = append(sentences, " i want to die tbh", " i want to die right now tbh fr for real",
		" goodbye", " goodbye tbh", " i want to dieж", " ~ i want to die ~", "", " ")
	checked := 0
	for name, l := range lists {
		for i, sentence := range sentences {
			if i%raceStride != 0 {
				continue
			}
			if got, want := l.findAll(sentence), wholeFindAll(l, sentence); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s: findAll(%q) = %v, whole sentence %v", name, sentence, got, want)
			}
			if got, want := l.match(sentence), wholeFindAll(l, sentence) != nil; got != want {
				t.Fatalf("%s: match(%q) = %v, whole sentence %v", name, sentence, got, want)
			}
			if got, want := l.mask(sentence), wholeMask(l, sentence); got != want {
				t.Fatalf("%s: mask(%q) = %q, whole sentence %q", name, sentence, got, want)
			}
			checked++
		}
	}
	t.Logf("%d sentences in %d lists", checked/len(lists), len(lists))
}

// wholeFindAll is findAll with each candidate's expression run over the
// whole sentence, as before windows.
func wholeFindAll(l *phraseList, sentence string) [][]int {
	var found [][]int
	for _, c := range l.candidates(sentence) {
		found = append(found, l.phrase(c.phrase).re.FindAllStringIndex(sentence, -1)...)
	}
	return found
}

// wholeMask is mask as it was: each candidate of the sentence as it came,
// run over the whole sentence as each one before left it.
func wholeMask(l *phraseList, sentence string) string {
	for _, c := range l.candidates(sentence) {
		sentence = l.phrase(c.phrase).re.ReplaceAllString(sentence, blank)
	}
	return sentence
}

func TestMaxSpaces(t *testing.T) {
	for _, c := range []struct {
		re      string
		n       int
		bounded bool
	}{
		{` kill(?: my ?self)\b`, 3, true},
		{`(?: [^ ~]+){0,3} die\b`, 4, true},
		{` (?:a|b c d)(?: e)?`, 4, true},
		{` [0-9]{2,} pills`, 2, true},
		{` suicid[^ ~]*`, 1, true},
		{`^ goodbye(?: (?:tbh|for real))*$`, 0, false},
		{` a(?: [^ ~]+)+`, 0, false},
		{`.{0,2} x`, 3, true},
	} {
		tree, err := syntax.Parse(c.re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if n, ok := maxSpaces(tree); ok != c.bounded || ok && n != c.n {
			t.Errorf("maxSpaces(%q) = %d, %v; want %d, %v", c.re, n, ok, c.n, c.bounded)
		}
	}
}

func TestFillerTail(t *testing.T) {
	for _, c := range []struct {
		sentence string
		tail     string // the sentence from the tail on
	}{
		{" i want to die", ""},
		{" i want to die tbh", " tbh"},
		{" i want to die to be honest tbh", " to be honest tbh"},
		{" i want to die be honest", ""},
		{" ngl tbh", " ngl tbh"},
		{" i think i want to die", ""},
		{" i want to die i think", " i think"},
		{" es ist ganz ehrlich", " ganz ehrlich"},
		{" i want to die  tbh", " tbh"},
		{" i want to die tbhx", ""},
		{" honestly", ""}, // a filler the text leaves out, not one that ends it
		{"", ""},
	} {
		at := fillerTail(c.sentence)
		if got := c.sentence[at:]; got != c.tail {
			t.Errorf("fillerTail(%q) leaves %q, want %q", c.sentence, got, c.tail)
		}
	}
}

func TestTrailerWords(t *testing.T) {
	if trailerWords == nil {
		t.Fatal("trailers is not read as a list of fillers: phrases that end a sentence are run on the whole of it")
	}
	if fillerWords(`(?: (?:a|b\.c))*$`) != nil || fillerWords(`(?: a)*$`) != nil {
		t.Error("fillerWords read a pattern that is not a plain list of words")
	}
}
