package risk

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update-golden", false, "screen the golden texts again and write testdata/golden.tsv")

const goldenFile = "testdata/golden.tsv"

// goldenTexts are the texts whose screening testdata/golden.tsv records:
// the whole training corpus with the labelled cases, the final half of the
// held-out set, and long notes (with and without punctuation, with a
// crisis at either end) that exercise the screen's bounds.
func goldenTexts(t testing.TB) []string {
	var texts []string
	for _, r := range trainingCorpus(t) {
		texts = append(texts, r.text)
	}
	for _, c := range heldOutCases {
		if c.half != heldDev {
			texts = append(texts, c.text)
		}
	}
	long := benchText()
	bare := strings.Map(func(r rune) rune {
		if strings.ContainsRune(".,;!?'", r) {
			return ' '
		}
		return r
	}, long)
	for _, l := range []string{long, bare, strings.Repeat(bare, 5)} {
		texts = append(texts, l, l+" Anyway. I want to die.", "I want to die. "+l, l+" i want to die "+l)
	}
	return texts
}

// goldenLine is what the screen makes of one text: Screen's level and
// language, Assess's level, and a fingerprint of each sentence as the
// phrases masked it (what the learnt screen reads), so that a change in
// what any phrase matches shows even where the level stays the same.
func goldenLine(text string) string {
	f := Screen(text)
	masked := fnv.New64a()
	for _, s := range modelInput(text) {
		masked.Write([]byte(s))
		masked.Write([]byte{0})
	}
	sum := fnv.New64a()
	sum.Write([]byte(text))
	return fmt.Sprintf("%016x\t%v\t%s\t%v\t%016x", sum.Sum64(), f.Level, f.Lang, Assess(text), masked.Sum64())
}

// TestGolden holds the screen to what it answered when testdata/golden.tsv
// was written, text by text: a change meant to be only faster must leave
// every line as it was. A change to the phrases, signals, lexicons or
// model is meant to change answers: review the differences this test
// prints, then write the file again with
//
//	go test -run TestGolden -update-golden ./coach/risk
func TestGolden(t *testing.T) {
	texts := goldenTexts(t)
	var b bytes.Buffer
	for _, text := range texts {
		b.WriteString(goldenLine(text))
		b.WriteByte('\n')
	}
	if *updateGolden {
		if err := os.WriteFile(goldenFile, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d texts", goldenFile, len(texts))
		return
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v: write it with -update-golden", err)
	}
	wantLines := readLines(want)
	gotLines := readLines(b.Bytes())
	if len(wantLines) != len(gotLines) {
		t.Fatalf("%s has %d texts, the corpus %d: if the corpus changed, review and write it again with -update-golden",
			goldenFile, len(wantLines), len(gotLines))
	}
	bad := 0
	for i, got := range gotLines {
		if got == wantLines[i] {
			continue
		}
		if bad++; bad <= 20 {
			t.Errorf("text %d %q:\n got  %s\n want %s", i, clip(texts[i]), got, wantLines[i])
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d texts screened otherwise than %s records (-update-golden writes it again)", bad, len(texts), goldenFile)
	}
}

func readLines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// clip shortens a text for a failure message.
func clip(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
