package risk

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
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
// All the lexicons are one index, so a word of one language is read in
// every other. Where a listed word is an everyday word of another language
// (French "lame", a blade, is Spanish "llamé" with its double l
// collapsed; English "die" is the German article; German "tot", dead, is
// French "tôt", early), the entry is written with a leading "=": it counts
// only in a line that looks like its file's language, or like none
// (round s22-resid).
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

// lexiconSource is the lexicon files read and normalised, as `go
// generate` stores them (compiled.go); entries are indexed by their first
// word, or by the first four letters of a first-word stem.
type lexiconSource struct {
	exact, stems map[string][]lexiconEntry
}

// lexicon finds concepts in normalised words. It is indexed as
// lexiconSource is, but each key's entries stay as compiled.bin encodes
// them (see encodeEntries), read as a text is screened: decoding ten
// thousand entries into structures cost start-up more than the whole
// budget of issue 17.
type lexicon struct {
	exact, stems map[string]string
}

const stemKey = 4

// ownLangMark starts a lexicon entry that counts only in its file's
// language; in the index, it joins the language to the entry's concept
// ("weapon=fr").
const ownLangMark = "="

// concepts is the lexicon, from the tables (compiled.go).
func concepts() *lexicon {
	_, l := tables()
	return l
}

func readLexicon(files fs.FS) (*lexiconSource, error) {
	l := &lexiconSource{exact: map[string][]lexiconEntry{}, stems: map[string][]lexiconEntry{}}
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

func (l *lexiconSource) readFile(files fs.FS, name string) error {
	f, err := files.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	lang := strings.TrimSuffix(path.Base(name), ".txt")
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
			concept := strings.TrimSpace(id)
			if own, ok := strings.CutPrefix(strings.TrimSpace(e), ownLangMark); ok {
				if !slices.Contains(langs[:], lang) {
					return fmt.Errorf("%s:%d: %q: a file of no language has no words of its own", name, n, e)
				}
				concept, e = concept+ownLangMark+lang, own
			}
			if err := l.add(concept, e); err != nil {
				return fmt.Errorf("%s:%d: %w", name, n, err)
			}
		}
	}
	return sc.Err()
}

// add normalises one entry as text is normalised and indexes it.
func (l *lexiconSource) add(concept, entry string) error {
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
	if len(concept) >= shortest || len(e.words) >= shortest || slices.ContainsFunc(e.words, func(w string) bool { return len(w) >= shortest }) {
		return fmt.Errorf("entry %q: a concept, a word or an entry of %d or more", entry, shortest)
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
// for an entry starting at any i. lang is the language the words' line
// looks like (mostLike), or "": an entry of one language's own counts
// only in that language, or in none.
func (l *lexicon) each(words []string, lang string, f func(end int, concept string)) {
	own := func(end int, concept string) {
		concept, only, ok := strings.Cut(concept, ownLangMark)
		if !ok || lang == "" || lang == only {
			f(end, concept)
		}
	}
	for i, w := range words {
		eachMatch(l.exact[w], words, i, own)
		if len(w) >= stemKey {
			eachMatch(l.stems[w[:stemKey]], words, i, own)
		}
	}
}

// encodeEntries encodes the entries of one key: each entry's concept,
// the count of its words, and each word with its stem flag.
func encodeEntries(entries []lexiconEntry) string {
	var w tableWriter
	for _, e := range entries {
		w.str(e.concept)
		w.uint(len(e.words))
		for i, word := range e.words {
			w.str(word)
			w.bool(e.stem[i])
		}
	}
	return string(w.b)
}

// eachMatch calls f with the concept of each entry encoded in entries
// whose words start at words[i], and where they end, in the entries'
// order. It reads every length as one byte (add keeps words, concepts and
// entries short enough), since it runs for every word of every text. A
// damaged encoding ends the entries, never reads out of them.
func eachMatch(entries string, words []string, i int, f func(end int, concept string)) {
	s := entries
	for s != "" {
		concept, rest, ok := cutShort(s)
		if !ok || rest == "" || rest[0] >= 0x80 {
			return
		}
		n := int(rest[0])
		s = rest[1:]
		match := n > 0 && i+n <= len(words)
		for j := range n {
			want, rest, ok := cutShort(s)
			if !ok || rest == "" {
				return
			}
			stem := rest[0] == 1
			s = rest[1:]
			if match {
				got := words[i+j]
				match = got == want || stem && strings.HasPrefix(got, want)
			}
		}
		if match {
			f(i+n-1, concept)
		}
	}
}

// shortest is the bound on a lexicon word or concept's bytes, and on an
// entry's words, under which its encoded length is one byte.
const shortest = 0x80

// cutShort cuts from s a string encoded with a one-byte length.
func cutShort(s string) (str, rest string, ok bool) {
	if s == "" {
		return "", "", false
	}
	n := int(s[0])
	if n >= shortest || 1+n > len(s) {
		return "", "", false
	}
	return s[1 : 1+n], s[1+n:], true
}
