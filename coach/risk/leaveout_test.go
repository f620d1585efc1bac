package risk

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Tried on 2026-12-04 (session 6), each figure summed over sets 3 to 8:
// naive Bayes as trained, 92% of crisis texts flagged and 80% Crisis;
// the four-letter pieces at half weight, 93% and 82%; concepts doubled,
// no better; logistic regression refitting naive Bayes's weights
// (NBSVM), 91% and 81%. Letting 2% of everyday text out of fold reach
// Crisis instead of 1% gave 95% and 87%, but the rows it let through
// were plain ("took the day off, best decision", "bye guys, dinner's
// ready"), so the budget stayed.
var leaveSetOut = flag.String("leave-set-out", "", "score variants of the learnt screen, each fresh set held out in turn: multipliers per feature kind (w words, b pairs, g pieces, c concepts, p concept pairs) and threshold budgets (F, C near-miss Review and Crisis; E, X everyday), P=0 for the learnt screen without the phrases, N=x to clip negative word weights at -x, M=x for the crisis gate's margin (gateMargin; M=0 opens the gate, M=1000 is as good as no margin), e.g. g=0.5,X=0.02; ';' between variants")

// kindWeights scales a feature kind's naive Bayes weight.
type kindWeights map[byte]float64

func parseKindWeights(s string) kindWeights {
	k := kindWeights{'w': 1, 'b': 1, 'g': 1, 'c': 1, 'p': 1,
		'F': ordinaryFlagged, 'C': ordinaryCrisis, 'E': everydayFlagged, 'X': everydayCrisis, 'P': 1, 'N': 0, 'M': gateMargin}
	for _, part := range strings.Split(s, ",") {
		name, v, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		var f float64
		fmt.Sscan(v, &f)
		k[name[0]] = f
	}
	return k
}

// TestLeaveSetOut trains the learnt screen without one fresh set at a
// time, sets its thresholds as TestTrainModel does, and scores the set
// held out: the closest the corpus comes to a set written fresh.
func TestLeaveSetOut(t *testing.T) {
	if *leaveSetOut == "" {
		t.Skip("an experiment: run with -leave-set-out")
	}
	rows := trainingCorpus(t)
	kinds := map[uint32]byte{}
	bags := make([]bag, len(rows))
	gates := make([]bool, len(rows))
	phrase := make([]Level, len(rows))
	phrases := *screening()
	phrases.learnt = nil
	for i, r := range rows {
		in := modelInput(r.text)
		counts := map[uint32]float64{}
		eachFeature(in, func(_ int, k byte, h uint32) { counts[h]++; kinds[h] = k })
		for h, n := range counts {
			bags[i] = append(bags[i], feature{h, n})
		}
		_, _, gates[i] = (&learnt{}).scores(in)
		phrase[i] = phrases.screen(r.text, false).Level
	}
	for _, variant := range strings.Split(*leaveSetOut, ";") {
		kw := parseKindWeights(variant)
		total := &freshScore{}
		var per []string
		for _, held := range heldOutSets(t) {
			s := scoreSetHeldOut(rows, bags, gates, phrase, kinds, kw, held)
			addScores(total, s)
			per = append(per, fmt.Sprintf("%s %d/%d %d/%d fp %d+%d/%d", strings.TrimSuffix(held[5:], ".tsv"), s.flagged, s.crisis, s.caught, s.crisis, s.falseCrisis, s.over, s.none))
		}
		t.Logf("%-28s %v | %s", variant, total, strings.Join(per, "; "))
	}
}

// heldOutSets are the fresh sets in testdata/train from set 3 on, in
// order: sets 1 and 2 were written before the corpus had its shape. Sets
// measured and kept out of the corpus (testdata/fresh*.tsv) are skipped.
func heldOutSets(t *testing.T) []string {
	var sets []string
	for n := 3; n < 100; n++ {
		name := fmt.Sprintf("fresh%d.tsv", n)
		if _, err := os.Stat(filepath.Join("testdata", "train", name)); err == nil {
			sets = append(sets, name)
		}
	}
	if len(sets) == 0 {
		t.Fatal("no fresh sets in testdata/train")
	}
	return sets
}

func addScores(to *freshScore, s freshScore) {
	to.crisis += s.crisis
	to.flagged += s.flagged
	to.caught += s.caught
	to.review += s.review
	to.reviewed += s.reviewed
	to.none += s.none
	to.falseCrisis += s.falseCrisis
	to.over += s.over
}

func scoreSetHeldOut(rows []trainRow, bags []bag, gates []bool, phrase []Level, kinds map[uint32]byte, kw kindWeights, held string) freshScore {
	var trainIdx []int
	for i, r := range rows {
		if r.from != held {
			trainIdx = append(trainIdx, i)
		}
	}
	sub := func(ys func(Level) float64) ([]bag, []float64) {
		b, y := make([]bag, len(trainIdx)), make([]float64, len(trainIdx))
		for j, i := range trainIdx {
			b[j], y[j] = bags[i], ys(rows[i].want)
		}
		return b, y
	}
	flagB, flagY := sub(func(l Level) float64 { return boolFloat(l >= Review) })
	_, crisisY := sub(func(l Level) float64 { return boolFloat(l == Crisis) })
	fold := make([]int, len(trainIdx))
	for j, i := range trainIdx {
		fold[j] = foldOf(rows[i].text)
	}
	score := func(m *linear, b bag) float64 {
		s := m.bias
		for _, f := range b {
			w := m.w[f.hash]
			if k := kinds[f.hash]; kw['N'] > 0 && k != 'c' && k != 'p' && w < -kw['N'] {
				w = -kw['N']
			}
			s += kw[kinds[f.hash]] * w * f.count
		}
		return s
	}
	flagOOF, crisisOOF := outOfFoldBy(flagB, flagY, fold, score), outOfFoldBy(flagB, crisisY, fold, score)
	var of, oc, ef, ec []float64
	for j, i := range trainIdx {
		switch r := rows[i]; {
		case r.want != None:
		case everyday(r.from):
			ef, ec = append(ef, flagOOF[j]), append(ec, crisisOOF[j])
		default:
			of, oc = append(of, flagOOF[j]), append(oc, crisisOOF[j])
		}
	}
	m := learnt{
		flagCut: max(cutAbove(of, kw['F']), cutAbove(ef, kw['E'])),
		crisisC: max(cutAbove(oc, kw['C']), cutAbove(ec, kw['X'])),
	}
	if os.Getenv("RISK_SHOW_EVERYDAY") == held {
		for j, i := range trainIdx {
			if r := rows[i]; r.want == None && everyday(r.from) && crisisOOF[j] >= float64(m.crisisC) && gates[i] {
				fmt.Printf("everyday over crisis cut: %s: %s\n", r.from, r.text)
			}
		}
	}
	flagM, crisisM := trainLinear(flagB, flagY), trainLinear(flagB, crisisY)
	var s freshScore
	for i, r := range rows {
		if r.from != held {
			continue
		}
		cs := score(crisisM, bags[i])
		got := m.levelWith(float32(score(flagM, bags[i])), float32(cs), gates[i], float32(kw['M']))
		if kw['P'] == 0 {
			s.add(r.want, got)
		} else {
			s.add(r.want, max(got, phrase[i]))
		}
	}
	return s
}

func boolFloat(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
