package risk

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"flag"
	"fmt"
	"hash/fnv"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/crisis"
)

var updateModel = flag.Bool("update-model", false, "train the learnt screen again and write model.bin")

// trainRow is one labelled text of the corpus.
type trainRow struct {
	want Level
	text string
	lang string // "" where the source names none
	from string // the corpus file, or the test cases it comes from
}

// trainingCorpus is every labelled text the model learns from: the
// corpus in testdata/train (written for it, and fresh sets 3 and 4 once
// they were spent as measures), the labelled cases, the dev half of the
// held-out set, the first two fresh sets and the bot's own crisis texts.
// The final half of the held-out set is left out: it still measures.
func trainingCorpus(t testing.TB) []trainRow {
	var rows []trainRow
	files, err := filepath.Glob("testdata/train/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in testdata/train: %v", err)
	}
	slices.Sort(files)
	for _, name := range files {
		rows = append(rows, readCorpus(t, name)...)
	}
	for _, c := range cases {
		rows = append(rows, trainRow{c.want, c.text, "", "cases"})
	}
	for _, c := range heldOutCases {
		if c.half == heldDev {
			rows = append(rows, trainRow{c.want, c.text, c.lang, "held-out dev"})
		}
	}
	for _, c := range slices.Concat(fresh1Cases, fresh2Cases) {
		rows = append(rows, trainRow{c.want, c.text, c.lang, "fresh sets"})
	}
	return append(rows, botsOwnWords()...)
}

// botsOwnWords are the crisis replies and the safety question, as None:
// they are full of the words crisis talk uses ("danger", "emergency",
// "suicide prevention"), and the bot's own words, quoted back to it, must
// not raise an alarm.
func botsOwnWords() []trainRow {
	var rows []trainRow
	seen := map[string]bool{}
	add := func(lang, text string) {
		if !seen[text] {
			seen[text] = true
			rows = append(rows, trainRow{None, text, lang, "bot's own words"})
		}
	}
	add("en", crisis.SafetyQuestion())
	for _, lang := range crisis.Langs {
		// The replies around the safety question and the ASQ; not the
		// ASQ's own questions, which ask about suicide in plain words,
		// nor the buttons ("I'm not safe" is meant to be read as such).
		v := reflect.ValueOf(crisis.SafetyIn(lang))
		for i := range v.NumField() {
			name := v.Type().Field(i).Name
			if v.Field(i).Kind() != reflect.String || name == "Lang" || strings.HasPrefix(name, "ASQ") || strings.HasPrefix(name, "Button") {
				continue
			}
			add(lang, v.Field(i).String())
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if code != "ZZ" && !crisis.HasLines(code) {
				continue // every country without lines gets the same reply as ZZ
			}
			for _, lang := range crisis.Langs {
				for _, asked := range []bool{false, true} {
					add(lang, crisis.Compose(crisis.Request{Country: code, Lang: lang, Asked: asked}))
				}
			}
		}
	}
	return rows
}

// readCorpus reads lang<TAB>label<TAB>text lines.
func readCorpus(t testing.TB, name string) []trainRow {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	labels := map[string]Level{"none": None, "review": Review, "crisis": Crisis}
	var rows []trainRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want lang, label and text, tab-separated", name, n)
		}
		want, ok := labels[parts[1]]
		if !ok {
			t.Fatalf("%s:%d: label %q", name, n, parts[1])
		}
		rows = append(rows, trainRow{want, parts[2], parts[0], filepath.Base(name)})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// corpusSum fingerprints the corpus, so that a test can tell model.bin
// was trained on the corpus as it is.
func corpusSum(rows []trainRow) [32]byte {
	h := sha256.New()
	for _, r := range rows {
		// The text as the model reads it: a change to the phrases that mask
		// idioms and denials changes what the model must learn from.
		fmt.Fprintf(h, "%d\t%q\n", r.want, modelInput(r.text))
	}
	// And the lexicons it reads concepts from.
	names, _ := fs.Glob(lexiconFiles, "lexicon/*.txt")
	for _, name := range names {
		b, _ := fs.ReadFile(lexiconFiles, name)
		fmt.Fprintf(h, "%s\t%d\n", name, len(b))
		h.Write(b)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

func TestModelTrainedOnCorpus(t *testing.T) {
	if sum := corpusSum(trainingCorpus(t)); sum != model.corpus {
		t.Fatal("model.bin was trained on another corpus: run go generate ./coach/risk")
	}
}

// feature is one feature of a text and how often the text has it.
type feature struct {
	hash  uint32
	count float64
}

// modelInput is a whole text as the model reads it: every sentence,
// normalised and with its idioms and denials masked, as one line.
func modelInput(text string) []string {
	var out []string
	for _, line := range lines(text) {
		for _, sentence := range line {
			level, masked := screening().assess(sentence)
			out = append(out, screening().forModel(level, masked))
		}
	}
	return out
}

// bag is a text's features, sorted by hash so that sums over them, and
// so training, come out the same every time.
type bag []feature

func bagOf(text string) bag {
	counts := map[uint32]float64{}
	eachFeature(modelInput(text), func(_ int, _ byte, h uint32) { counts[h]++ })
	b := make(bag, 0, len(counts))
	for h, n := range counts {
		b = append(b, feature{h, n})
	}
	slices.SortFunc(b, func(x, y feature) int { return cmp.Compare(x.hash, y.hash) })
	return b
}

// linear is one model being trained: a weight per feature and a bias.
type linear struct {
	bias float64
	w    map[uint32]float64
}

func (m *linear) score(b bag) float64 {
	s := m.bias
	for _, f := range b {
		s += m.w[f.hash] * f.count
	}
	return s
}

// smoothing is naive Bayes's add-alpha: how much a feature seen once in
// one class and never in the other is trusted.
const smoothing = 0.5

// trainLinear sets the weights to naive Bayes log-count ratios over the
// features each text has (counted once per text), and the bias to the
// log ratio of the classes. On a corpus of a few thousand short texts this
// carried over to unseen texts better than logistic regression did (15
// points more of unseen crisis texts flagged, out of fold, at the same
// rate of ordinary texts flagged); on fifteen thousand, and sets 18 to 21
// before they were learnt, still by 3 to 5 points flagged (round s22-model).
func trainLinear(bags []bag, ys []float64) *linear {
	count := [2]map[uint32]float64{{}, {}}
	var texts, features [2]float64
	for i, b := range bags {
		y := int(ys[i])
		texts[y]++
		for _, f := range b {
			count[y][f.hash]++
			features[y]++
		}
	}
	vocab := map[uint32]bool{}
	for _, c := range count {
		for h := range c {
			vocab[h] = true
		}
	}
	v := float64(len(vocab))
	m := &linear{bias: math.Log(texts[1] / texts[0]), w: map[uint32]float64{}}
	for h := range vocab {
		m.w[h] = math.Log((count[1][h]+smoothing)/(features[1]+smoothing*v)) -
			math.Log((count[0][h]+smoothing)/(features[0]+smoothing*v))
	}
	return m
}

// everyday tells the sources of easy ordinary text (the bot's own words,
// testdata/train/everyday-*.tsv: KAP intentions, reflections, plain
// check-in notes). The model learns from them, but the thresholds are not
// set on them: a share of ordinary text flagged is a share of the hard,
// near-miss kind the corpus was written to hold, and a thousand easy rows
// more must not lower the bar for those.
func everyday(from string) bool {
	return from == "bot's own words" || strings.HasPrefix(from, "everyday-")
}

// Thresholds are set on scores the model gives texts it did not learn
// from (five folds), so that ordinary text is flagged no more often than
// this; the phrases add a little of their own.
const (
	ordinaryFlagged = 0.08
	ordinaryCrisis  = 0.03
	// Most of what people send is everyday text: of that, fewer still.
	// These two are the budgets that bind (the everyday cut is the higher
	// of each pair, so the near-miss budgets alone move nothing); round
	// s22-model raised everydayCrisis from 0.01 (the package doc has the A/B).
	everydayFlagged = 0.03
	everydayCrisis  = 0.02
	folds           = 5
)

func TestTrainModel(t *testing.T) {
	if !*updateModel {
		t.Skip("trains only with -update-model (go generate ./coach/risk)")
	}
	rows := trainingCorpus(t)
	bags := make([]bag, len(rows))
	flagY, crisisY := make([]float64, len(rows)), make([]float64, len(rows))
	for i, r := range rows {
		bags[i] = bagOf(r.text)
		if r.want >= Review {
			flagY[i] = 1
		}
		if r.want == Crisis {
			crisisY[i] = 1
		}
	}
	fold := make([]int, len(rows))
	for i, r := range rows {
		fold[i] = foldOf(r.text)
	}
	flagOOF, crisisOOF := outOfFold(bags, flagY, fold), outOfFold(bags, crisisY, fold)
	var ordinaryFlag, ordinaryCris, everydayFlag, everydayCris []float64
	for i, r := range rows {
		switch {
		case r.want != None:
		case everyday(r.from):
			everydayFlag = append(everydayFlag, flagOOF[i])
			everydayCris = append(everydayCris, crisisOOF[i])
		default:
			ordinaryFlag = append(ordinaryFlag, flagOOF[i])
			ordinaryCris = append(ordinaryCris, crisisOOF[i])
		}
	}
	flagCut := max(cutAbove(ordinaryFlag, ordinaryFlagged), cutAbove(everydayFlag, everydayFlagged))
	crisisCut := max(cutAbove(ordinaryCris, ordinaryCrisis), cutAbove(everydayCris, everydayCrisis))
	logOutOfFold(t, rows, flagOOF, crisisOOF, flagCut, crisisCut)

	flagM, crisisM := trainLinear(bags, flagY), trainLinear(bags, crisisY)
	out := encodeModel(corpusSum(rows), flagM, crisisM, flagCut, crisisCut)
	if err := os.WriteFile("model.bin", out, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("model.bin: %d rows, %d bytes", len(rows), len(out))
}

// outOfFold scores each text with a model trained without its fold. A
// text's fold comes from its words, not its place in the corpus, so that
// adding rows leaves every other text in its fold, and the thresholds
// move only by what the new rows teach.
func outOfFold(bags []bag, ys []float64, fold []int) []float64 {
	return outOfFoldBy(bags, ys, fold, (*linear).score)
}

// outOfFoldBy is outOfFold with the model's score given, so that
// TestLeaveSetOut can weigh kinds of feature apart.
func outOfFoldBy(bags []bag, ys []float64, fold []int, score func(*linear, bag) float64) []float64 {
	scores := make([]float64, len(bags))
	for k := range folds {
		var trainB []bag
		var trainY []float64
		for i := range bags {
			if fold[i] != k {
				trainB, trainY = append(trainB, bags[i]), append(trainY, ys[i])
			}
		}
		m := trainLinear(trainB, trainY)
		for i := range bags {
			if fold[i] == k {
				scores[i] = score(m, bags[i])
			}
		}
	}
	return scores
}

// foldOf is a text's fold: a hash of it.
func foldOf(text string) int {
	h := fnv.New32a()
	h.Write([]byte(text))
	return int(h.Sum32() % folds)
}

// cutAbove is the lowest threshold that leaves at most share of scores
// at or above it.
func cutAbove(scores []float64, share float64) float32 {
	s := slices.Clone(scores)
	slices.Sort(s)
	slices.Reverse(s)
	allowed := int(share * float64(len(s)))
	if allowed >= len(s) {
		return float32(s[len(s)-1])
	}
	return float32(s[allowed]) + 1e-4
}

// logOutOfFold logs how the model alone, and the phrases and the model
// together, would answer texts the model did not learn from.
func logOutOfFold(t *testing.T, rows []trainRow, flag, crisis []float64, flagCut, crisisCut float32) {
	phrases := *screening()
	phrases.learnt = nil
	alone, both := map[string]*freshScore{}, map[string]*freshScore{}
	for i, r := range rows {
		m := learnt{flagCut: flagCut, crisisC: crisisCut}
		got := m.levelOf(float32(flag[i]), float32(crisis[i]), gateOpenFor(r.text))
		if alone[r.from] == nil {
			alone[r.from], both[r.from] = &freshScore{}, &freshScore{}
		}
		alone[r.from].add(r.want, got)
		if os.Getenv("RISK_MISSES") == r.from && r.want == Crisis && max(got, phrases.screen(r.text, false).Level) == None {
			t.Logf("missed: %s", r.text)
		}
		both[r.from].add(r.want, max(got, phrases.screen(r.text, false).Level))
	}
	for _, from := range slices.Sorted(maps.Keys(alone)) {
		t.Logf("out of fold, %s, model alone:       %v", from, alone[from])
		t.Logf("out of fold, %s, phrases and model: %v", from, both[from])
	}
}

func encodeModel(sum [32]byte, flagM, crisisM *linear, flagCut, crisisCut float32) []byte {
	var hashes []uint32
	for h := range flagM.w {
		if math.Abs(flagM.w[h])+math.Abs(crisisM.w[h]) > 1e-3 {
			hashes = append(hashes, h)
		}
	}
	slices.Sort(hashes)
	var b bytes.Buffer
	b.WriteString(modelMagic)
	b.Write(sum[:])
	for _, f := range []float32{float32(flagM.bias), flagCut, float32(crisisM.bias), crisisCut} {
		binary.Write(&b, binary.LittleEndian, f)
	}
	binary.Write(&b, binary.LittleEndian, uint32(len(hashes)))
	for _, h := range hashes {
		binary.Write(&b, binary.LittleEndian, h)
		binary.Write(&b, binary.LittleEndian, float32(flagM.w[h]))
		binary.Write(&b, binary.LittleEndian, float32(crisisM.w[h]))
	}
	return b.Bytes()
}

// gateOpenFor tells whether the crisis gate is open for a text, as the
// model reads it.
func gateOpenFor(text string) bool {
	_, _, open := (&learnt{}).scores(modelInput(text))
	return open
}
