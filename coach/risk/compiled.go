package risk

import (
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"errors"
	"io/fs"
	"maps"
	"math"
	"slices"
	"strconv"
	"sync"
)

// The screen's tables are built from the phrase lists, the signals, the
// lists of someone else's danger and of intentMore (compiled_sets.go) and
// the lexicons when `go generate` runs, not when a process starts:
// parsing a thousand phrases and a lexicon of ten thousand entries cost
// start-up 60 ms and 40 MB (issue 17 asks ≤ 10 ms and ≤ 5 MB). compiled.bin
// holds what that parsing makes: each phrase's regular expression (the
// source; it is compiled on first use, see phraseList), its language, the
// index from anchor words to phrases, and the lexicons' normalised entries
// by their first word. Loading decodes it where it lies in the binary.
//
// It starts with a fingerprint of what it was built from (phrase sets,
// signal sets, setGroups, lexicon files). If a list has been edited since, the
// tables are built from the lists at start-up, slowly but right, and
// TestTablesCurrent fails until `go generate ./coach/risk` writes the
// file again. That test also catches what the fingerprint does not cover,
// such as a change to how words are normalised.
//
// The format, after the magic "AFRT1\x00" and the fingerprint (32 bytes),
// is a sequence of unsigned varints and strings (a varint length, then
// the bytes): for each phrase list in screen order, then the signals,
// then each list of setGroups in order, the count of phrases; each phrase's language (and, for signals, its
// kind) and expression; the count of anchor words and of their phrases,
// each word with its phrases' indices; the count of anchor prefixes, each
// with its phrase. Then the lexicon: for the exact and the stem index, the
// count of keys, each key with its entries (encodeEntries).
//
//go:generate go test -run TestWriteTables -update-tables .
//go:embed compiled.bin
var compiledFile string

const tablesMagic = "AFRT2\x00"

// tables are the screen (without the learnt screen) and the lexicon, from
// compiled.bin, or built from the lists when it is out of date.
var tables = sync.OnceValues(func() (*screen, *lexicon) {
	return loadTables(compiledFile)
})

// loadTables decodes data, or builds the tables from the lists when data
// was built from other lists, or is damaged.
func loadTables(data string) (*screen, *lexicon) {
	s, lex, sum, err := decodeTables(data)
	if err == nil && sum == sourceSum() {
		return s, lex
	}
	built, src, err := buildTables()
	if err == nil {
		s, lex, _, err = decodeTables(string(encodeTables(sum, built, src)))
	}
	if err != nil {
		panic("risk: " + err.Error())
	}
	return s, lex
}

// phraseSets are the phrase lists of every language, in the order the
// screen compiles them.
func phraseSets() []phraseSet {
	// Each round's mends are a set per language (or a slice or array of
	// them, taken whole, so that a fifth added to one is never left out).
	return slices.Concat(mendsS35Chores[:], []phraseSet{english, englishMore, spanish, spanishMore, german, germanMore, french, frenchMore,
		englishIntent, spanishIntent, germanIntent, frenchIntent,
		mendsEN, mendsES, mendsDE, mendsFR,
		mendsS24EN, mendsS24ES, mendsS24DE, mendsS24FR,
		mendsS25EN, mendsS25ES, mendsS25DE, mendsS25FR,
		mendsS25ThoughtEN, mendsS25ThoughtES, mendsS25ThoughtDE, mendsS25ThoughtFR,
		mendsS25OtherEN, mendsS25OtherDE,
		mendsS25MergeEN, mendsS25MergeES, mendsS25MergeDE, mendsS25MergeFR,
		mendsS26EN, mendsS26ES, mendsS26DE, mendsS26FR},
		mendsS26Drift, mendsS26OtherPhrases[:], mendsS26OtherDrift[:], mendsS26OtherCar[:],
		[]phraseSet{mendsS27EN, mendsS27ES, mendsS27DE, mendsS27FR},
		mendsS27Drift,
		[]phraseSet{mendsS27MergeDE},
		mendsS28Body[:], mendsS28Spot[:], mendsS29Learn[:], mendsS29Drift, mendsS30Learn[:], mendsS31Learn[:], mendsS29Merge[:], mendsS29Other[:], mendsS29Gate[:], mendsS32Learn[:], mendsS31Merge[:], mendsS31Other[:], mendsS33Spot[:], mendsS33Iron[:], mendsS33Fall[:], mendsS35Other[:], mendsS34Learn[:], mendsS35Learn[:], mendsS36Merge[:], mendsS36Learn[:], mendsS36LearnOther[:], mendsS37Spot[:], mendsS37Rage[:], mendsS38CoreEveryday[:], mendsS38Core[:], mendsS38PlainEveryday[:], mendsS38Plain[:], mendsS38Plain2[:])
}

func signalSets() []signalSet {
	return slices.Concat([]signalSet{englishSignals, spanishSignals, germanSignals, frenchSignals, mendSignalsEN, mendSignalsDE,
		mendSignalsS24EN, mendSignalsS24ES,
		mendSignalsS24ESFinal, mendSignalsS24EN2, mendSignalsS24FR, mendSignalsS25OtherFR},
		mendSignalsS24Intent, mendSignalsS25, mendSignalsS26, mendSignalsS29, mendSignalsS29Drift, mendSignalsS30, mendSignalsS31, mendSignalsS32, mendSignalsS31Merge, mendSignalsS34, mendSignalsS35, mendSignalsS36Merge, mendSignalsS36Learn)
}

// buildTables builds the screen and the lexicon from the lists: what
// `go generate` stores, and what start-up does when it is out of date.
func buildTables() (*screen, *lexiconSource, error) {
	s, err := compileScreen(phraseSets()...)
	if err != nil {
		return nil, nil, err
	}
	if s.signals, err = compileSignals(signalSets()...); err != nil {
		return nil, nil, err
	}
	if err := s.compileGroups(); err != nil {
		return nil, nil, err
	}
	lex, err := readLexicon(lexiconFiles)
	if err != nil {
		return nil, nil, err
	}
	return s, lex, nil
}

// sourceSum fingerprints what the tables are built from: every phrase
// and macro of the phrase and signal sets and of setGroups, and the
// lexicon files.
func sourceSum() [32]byte {
	h := sha256.New()
	var buf []byte
	put := func(strs ...string) {
		buf = buf[:0]
		for _, s := range strs {
			buf = binary.AppendUvarint(buf, uint64(len(s)))
			buf = append(buf, s...)
		}
		h.Write(buf)
	}
	words := func(m map[string]string) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			put(k, m[k])
		}
		put("")
	}
	for _, set := range phraseSets() {
		put(set.lang)
		words(set.words)
		for _, list := range set.lists() {
			put(list...)
			put("")
		}
	}
	for _, set := range signalSets() {
		put(set.lang)
		words(set.words)
		for _, list := range set.kinds {
			put(list...)
			put("")
		}
	}
	for _, group := range setGroups() {
		for _, set := range group {
			put(set.lang)
			words(set.words)
			for _, list := range set.lists {
				put(list...)
				put("")
			}
		}
	}
	names, _ := fs.Glob(lexiconFiles, "lexicon/*.txt")
	for _, name := range names {
		b, _ := fs.ReadFile(lexiconFiles, name)
		put(name, strconv.Itoa(len(b)))
		h.Write(b)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// lists are a phrase set's lists in screen order.
func (p phraseSet) lists() [][]string {
	return [][]string{p.benign, p.negated, p.doubt, p.crisis, p.review, p.past, p.habit,
		p.over, p.tense, p.recent, p.others, p.denial, p.weary, p.parting, p.asked, p.confirm, p.held, p.unmeant}
}

// phraseLists are the screen's lists in the order the tables hold them.
func (s *screen) phraseLists() []**phraseList {
	return []**phraseList{&s.benign, &s.negated, &s.doubt, &s.crisis, &s.review, &s.past, &s.habit,
		&s.over, &s.tense, &s.recent, &s.others, &s.denial, &s.weary, &s.parting, &s.asked, &s.confirm, &s.held, &s.unmeant}
}

// encodeTables writes the tables as compiled.bin holds them.
func encodeTables(sum [32]byte, s *screen, lex *lexiconSource) []byte {
	w := tableWriter{b: append([]byte(tablesMagic), sum[:]...)}
	for _, l := range s.phraseLists() {
		w.list(*l, nil)
	}
	w.list(s.signals.list, s.signals.kinds)
	for _, group := range s.groupLists() {
		for _, l := range group {
			w.list(*l, nil)
		}
	}
	for _, index := range []map[string][]lexiconEntry{lex.exact, lex.stems} {
		w.uint(len(index))
		for _, key := range slices.Sorted(maps.Keys(index)) {
			w.str(key)
			w.str(encodeEntries(index[key]))
		}
	}
	return w.b
}

type tableWriter struct{ b []byte }

func (w *tableWriter) uint(n int) { w.b = binary.AppendUvarint(w.b, uint64(n)) }

func (w *tableWriter) str(s string) {
	w.uint(len(s))
	w.b = append(w.b, s...)
}

func (w *tableWriter) bool(v bool) {
	if v {
		w.uint(1)
	} else {
		w.uint(0)
	}
}

// list writes a phrase list; kinds are the signals' kinds, or nil.
func (w *tableWriter) list(l *phraseList, kinds []signalKind) {
	w.uint(len(l.sources))
	for i, src := range l.sources {
		w.uint(int(l.langs[i]))
		if kinds != nil {
			w.uint(int(kinds[i]))
		}
		w.str(src)
	}
	indices := 0
	for _, is := range l.byWord {
		indices += len(is)
	}
	w.uint(len(l.byWord))
	w.uint(indices)
	for _, word := range slices.Sorted(maps.Keys(l.byWord)) {
		w.str(word)
		w.uint(len(l.byWord[word]))
		for _, i := range l.byWord[word] {
			w.uint(i)
		}
	}
	w.uint(len(l.prefixes))
	for _, p := range l.prefixes {
		w.str(p.prefix)
		w.uint(p.phrase)
	}
}

// decodeTables reads compiled.bin. Its strings are the file's own, not
// copies: the file lies in the binary for the life of the process.
func decodeTables(data string) (*screen, *lexicon, [32]byte, error) {
	var sum [32]byte
	if len(data) < len(tablesMagic)+len(sum) || data[:len(tablesMagic)] != tablesMagic {
		return nil, nil, sum, errors.New("compiled.bin is not the screen's tables")
	}
	copy(sum[:], data[len(tablesMagic):])
	r := tableReader{s: data[len(tablesMagic)+len(sum):]}
	s := &screen{}
	for _, l := range s.phraseLists() {
		*l, _ = r.list(false)
	}
	s.signals.list, s.signals.kinds = r.list(true)
	for _, group := range s.groupLists() {
		for _, l := range group {
			*l, _ = r.list(false)
		}
	}
	lex := &lexicon{exact: r.lexiconIndex(), stems: r.lexiconIndex()}
	if r.err != nil || r.s != "" {
		return nil, nil, sum, errors.New("compiled.bin is damaged: run go generate ./coach/risk")
	}
	return s, lex, sum, nil
}

// tableReader reads what tableWriter wrote; the first error sticks, and
// what is read after it is zero.
type tableReader struct {
	s   string
	err error
}

func (r *tableReader) uint() int {
	n, size := uvarint(r.s)
	if size <= 0 || n > math.MaxInt32 {
		r.fail()
		return 0
	}
	r.s = r.s[size:]
	return int(n)
}

// uvarint is binary.Uvarint over a string, which costs no copy.
func uvarint(s string) (uint64, int) {
	var x uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			return x | uint64(c)<<(7*i), i + 1
		}
		x |= uint64(c&0x7f) << (7 * i)
	}
	return 0, 0
}

func (r *tableReader) fail() {
	if r.err == nil {
		r.err = errors.New("damaged")
	}
	r.s = ""
}

func (r *tableReader) str() string {
	n := r.uint()
	if n > len(r.s) {
		r.fail()
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

// count reads the size of an array to make or a loop to run: each item
// takes a byte at least, so one the rest of the file cannot hold is
// damage, and a damaged file must not make a huge array or run a loop of
// billions (it is rebuilt instead).
func (r *tableReader) count() int {
	n := r.uint()
	if n > len(r.s) {
		r.fail()
		return 0
	}
	return n
}

// index returns a phrase index read, or fails for one out of range.
func (r *tableReader) index(n int) int {
	i := r.uint()
	if i >= n {
		r.fail()
		return 0
	}
	return i
}

// list reads a phrase list, with its kinds if signals.
func (r *tableReader) list(signals bool) (*phraseList, []signalKind) {
	l := &phraseList{}
	n := r.count()
	l.sources, l.langs = make([]string, 0, n), make([]langSet, 0, n)
	var kinds []signalKind
	for range n {
		l.langs = append(l.langs, langSet(r.uint()))
		if signals {
			kinds = append(kinds, signalKind(r.uint()))
		}
		l.sources = append(l.sources, r.str())
	}
	words := r.count()
	l.byWord = make(map[string][]int, words)
	// Every word's phrases share one array.
	all := make([]int, 0, r.count())
	for range words {
		word := r.str()
		start := len(all)
		for range r.count() {
			all = append(all, r.index(n))
		}
		l.byWord[word] = all[start:len(all):len(all)]
	}
	for range r.count() {
		l.prefixes = append(l.prefixes, prefixEntry{prefix: r.str(), phrase: r.index(n)})
	}
	l.seal()
	return l, kinds
}

// lexiconIndex reads one index of the lexicon: each key's entries stay
// encoded (see lexicon).
func (r *tableReader) lexiconIndex() map[string]string {
	keys := r.count()
	index := make(map[string]string, keys)
	for range keys {
		key := r.str()
		index[key] = r.str()
	}
	return index
}
