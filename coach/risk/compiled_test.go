package risk

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"os"
	"reflect"
	"runtime"
	"slices"
	"testing"
)

var updateTables = flag.Bool("update-tables", false, "build the screen's tables from the lists and write compiled.bin")

// builtTables builds the tables from the lists and encodes them.
func builtTables(t *testing.T) []byte {
	s, lex, err := buildTables()
	if err != nil {
		t.Fatal(err)
	}
	return encodeTables(sourceSum(), s, lex)
}

func TestWriteTables(t *testing.T) {
	if !*updateTables {
		t.Skip("writes compiled.bin only with -update-tables (go generate ./coach/risk)")
	}
	b := builtTables(t)
	if err := os.WriteFile("compiled.bin", b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("compiled.bin: %d bytes", len(b))
}

// TestTablesCurrent fails when compiled.bin is not what the lists, the
// lexicons and the normaliser make now, including changes the
// fingerprint does not see.
func TestTablesCurrent(t *testing.T) {
	if !bytes.Equal(builtTables(t), []byte(compiledFile)) {
		t.Fatal("compiled.bin was built from other lists: run go generate ./coach/risk")
	}
}

// TestTablesDecodeAsBuilt holds decoding to what building makes: the same
// expressions, languages, kinds, anchors and lexicon entries.
func TestTablesDecodeAsBuilt(t *testing.T) {
	built, builtLex, err := buildTables()
	if err != nil {
		t.Fatal(err)
	}
	s, lex, sum, err := decodeTables(string(encodeTables(sourceSum(), built, builtLex)))
	if err != nil {
		t.Fatal(err)
	}
	if sum != sourceSum() {
		t.Error("the fingerprint did not come back")
	}
	lists, builtLists := s.phraseLists(), built.phraseLists()
	lists, builtLists = append(lists, &s.signals.list), append(builtLists, &built.signals.list)
	for g, group := range s.groupLists() {
		lists, builtLists = append(lists, group...), append(builtLists, built.groupLists()[g]...)
	}
	for i, l := range lists {
		got, want := *l, *builtLists[i]
		if !reflect.DeepEqual(got.sources, want.sources) || !reflect.DeepEqual(got.langs, want.langs) ||
			!reflect.DeepEqual(got.byWord, want.byWord) || !reflect.DeepEqual(got.prefixes, want.prefixes) {
			t.Errorf("list %d decodes otherwise than it was built", i)
		}
	}
	if !reflect.DeepEqual(s.signals.kinds, built.signals.kinds) {
		t.Error("the signals' kinds decode otherwise than they were built")
	}
	for _, index := range []struct {
		got  map[string]string
		want map[string][]lexiconEntry
	}{{lex.exact, builtLex.exact}, {lex.stems, builtLex.stems}} {
		if len(index.got) != len(index.want) {
			t.Errorf("the lexicon decodes %d keys, was built with %d", len(index.got), len(index.want))
		}
		for key, entries := range index.want {
			if index.got[key] != encodeEntries(entries) {
				t.Errorf("the lexicon's entries for %q decode otherwise than they were built", key)
			}
		}
	}
}

// TestTablesRefuseDamage: a damaged or truncated file is refused, never
// read as other tables.
func TestTablesRefuseDamage(t *testing.T) {
	good := compiledFile
	for _, bad := range []string{"", "AFRT1\x00", good[:len(good)/2], good + "x", "AFRM1" + good[5:]} {
		if _, _, _, err := decodeTables(bad); err == nil {
			t.Errorf("decoded %d damaged bytes", len(bad))
		}
	}
}

// TestSourceSumSeesEveryList: a list added to phraseSet must be added to
// lists, or the fingerprint would not see it change.
func TestSourceSumSeesEveryList(t *testing.T) {
	if got, want := reflect.TypeFor[phraseSet]().NumField(), 2+len(english.lists()); got != want {
		t.Errorf("phraseSet has %d fields, lists and sourceSum know %d", got, want)
	}
}

// TestLexiconMatches: an encoded entry matches where its words start,
// a stem any word it begins, and a damaged encoding matches nothing.
func TestLexiconMatches(t *testing.T) {
	entries := encodeEntries([]lexiconEntry{
		{concept: "arrange", words: []string{"gave", "away"}, stem: []bool{false, false}},
		{concept: "pills", words: []string{"gave", "pill"}, stem: []bool{false, true}},
	})
	words := []string{"i", "gave", "pills", "away"}
	var got []string
	collect := func(end int, concept string) { got = append(got, fmt.Sprint(concept, "@", end)) }
	eachMatch(entries, words, 1, collect)
	eachMatch(entries, words, 3, collect)
	if want := []string{"pills@2"}; !slices.Equal(got, want) {
		t.Errorf("matched %v, want %v", got, want)
	}
	// Cut short anywhere before the end of its first entry, the encoding
	// matches nothing, and reads nothing out of range.
	got = nil
	first := len(encodeEntries([]lexiconEntry{{concept: "arrange", words: []string{"gave", "away"}, stem: []bool{false, false}}}))
	for cut := range first {
		eachMatch(entries[:cut], []string{"gave", "away"}, 0, collect)
	}
	eachMatch("\xff\xff\xff", words, 0, collect)
	if got != nil {
		t.Errorf("damaged entries matched %v", got)
	}
}

// TestStaleTablesAreRebuilt: tables built from other lists are not used;
// the lists are, and a phrase added to a list changes the fingerprint.
func TestStaleTablesAreRebuilt(t *testing.T) {
	before := sourceSum()
	crisis := english.crisis
	english.crisis = append(slices.Clone(crisis), "a phrase nobody wrote")
	edited := sourceSum()
	english.crisis = crisis
	if edited == before {
		t.Error("a phrase added to a list left the fingerprint as it was")
	}

	built, src, err := buildTables()
	if err != nil {
		t.Fatal(err)
	}
	stale := encodeTables(before, built, src)
	stale[len(tablesMagic)] ^= 1 // as if built from other lists
	// Other tables, so that using them would show: the crisis list emptied.
	built.crisis = &phraseList{byWord: map[string][]int{}}
	built.crisis.seal()
	s, _ := loadTables(string(encodeTables([32]byte(stale[len(tablesMagic):len(tablesMagic)+32]), built, src)))
	if len(s.crisis.sources) == 0 {
		t.Error("tables built from other lists were used")
	}
	if s, _ := loadTables(compiledFile); len(s.crisis.sources) == 0 {
		t.Error("compiled.bin has no crisis phrases")
	}
}

// TestTablesRefuseHugeCounts: a damaged compiled.bin that claims a huge
// count — of phrases, words, a word's phrases, prefixes — is refused
// without making an array of that size or looping that often, so that
// loading rebuilds the tables rather than running out of memory.
func TestTablesRefuseHugeCounts(t *testing.T) {
	head := tablesMagic + string(make([]byte, 32))
	huge := string(binary.AppendUvarint(nil, 1<<22))
	for name, bad := range map[string]string{
		"phrases":          head + huge,
		"words":            head + "\x00" + huge,
		"a word's phrases": head + "\x00\x01\x01\x01a" + huge,
		"prefixes":         head + "\x00\x00\x00" + huge,
		"phrases, at most": head + string(binary.AppendUvarint(nil, math.MaxInt32)),
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, _, _, err := decodeTables(bad)
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Errorf("%s: a damaged file decoded", name)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
			t.Errorf("%s: decoding a damaged file of %d bytes allocated %d bytes", name, len(bad), grew)
		}
	}
	if s, lex := loadTables(head + huge); s == nil || lex == nil {
		t.Error("a damaged file was not rebuilt")
	}
}
