package risk

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

// Concepts are what the learnt screen reads beside the words themselves:
// lexicon/<lang>.txt lists, for each concept, the words and short phrases
// that say it in that language ("amount": "enough", "how many", "would it
// take"; "arrange": "passwords", "look after", "gave away"). A concept
// says little alone; two close together say a lot ("gave my guitar away
// … where I'm going" is arrange and notneed), and the model learns how
// much from its corpus. Concepts carry what it learns from one wording to
// others nobody wrote down, and from one language to the next.
//
//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// conceptReach is how many words back a concept pairs with another: a
// sentence or two of chat.
const conceptReach = 12

// lexiconEntry is one listed word or phrase of a concept.
type lexiconEntry struct {
	concept string
	words   []string // normalised
	stem    []bool   // words[i] matches any word it begins
}

// lexicon finds concepts in normalised words; entries are indexed by
// their first word, or by the first four letters of a first-word stem.
type lexicon struct {
	exact, stems map[string][]lexiconEntry
}

const stemKey = 4

var concepts = sync.OnceValue(func() *lexicon {
	l, err := readLexicon(lexiconFiles)
	if err != nil {
		panic("risk: " + err.Error())
	}
	return l
})

func readLexicon(files fs.FS) (*lexicon, error) {
	l := &lexicon{exact: map[string][]lexiconEntry{}, stems: map[string][]lexiconEntry{}}
	names, err := fs.Glob(files, "lexicon/*.txt")
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no lexicon: %v", err)
	}
	for _, name := range names {
		if err := l.readFile(files, name); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func (l *lexicon) readFile(files fs.FS, name string) error {
	f, err := files.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		id, list, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			return fmt.Errorf("%s:%d: want concept: entries", name, n)
		}
		for _, e := range strings.Split(list, ",") {
			if err := l.add(strings.TrimSpace(id), e); err != nil {
				return fmt.Errorf("%s:%d: %w", name, n, err)
			}
		}
	}
	return sc.Err()
}

// add normalises one entry as text is normalised and indexes it.
func (l *lexicon) add(concept, entry string) error {
	e := lexiconEntry{concept: concept}
	for _, w := range strings.Fields(entry) {
		stem := strings.HasSuffix(w, "*")
		if stem {
			w = collapse(strings.TrimSpace(foldText(cleanText(strings.TrimSuffix(w, "*")))))
			if len(w) < stemKey || strings.Contains(w, " ") {
				return fmt.Errorf("stem %q: want one word of at least %d letters", entry, stemKey)
			}
			e.words, e.stem = append(e.words, w), append(e.stem, true)
			continue
		}
		for _, line := range lines(w) {
			for _, sentence := range line {
				for _, nw := range strings.Fields(sentence) {
					e.words, e.stem = append(e.words, nw), append(e.stem, false)
				}
			}
		}
	}
	switch {
	case len(e.words) == 0:
		return nil // a filler alone says nothing
	case e.stem[0]:
		key := e.words[0][:stemKey]
		l.stems[key] = append(l.stems[key], e)
	default:
		l.exact[e.words[0]] = append(l.exact[e.words[0]], e)
	}
	return nil
}

// each calls f with each concept an entry of which ends at words[i],
// for an entry starting at any i.
func (l *lexicon) each(words []string, f func(end int, concept string)) {
	for i, w := range words {
		for _, e := range l.exact[w] {
			if end, ok := e.matchAt(words, i); ok {
				f(end, e.concept)
			}
		}
		if len(w) >= stemKey {
			for _, e := range l.stems[w[:stemKey]] {
				if end, ok := e.matchAt(words, i); ok {
					f(end, e.concept)
				}
			}
		}
	}
}

// matchAt tells whether the entry's words start at words[i], and where
// they end.
func (e lexiconEntry) matchAt(words []string, i int) (int, bool) {
	if i+len(e.words) > len(words) {
		return 0, false
	}
	for j, want := range e.words {
		got := words[i+j]
		if got != want && !(e.stem[j] && strings.HasPrefix(got, want)) {
			return 0, false
		}
	}
	return i + len(e.words) - 1, true
}
