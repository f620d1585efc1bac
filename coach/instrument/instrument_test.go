package instrument

import (
	"errors"
	"strings"
	"testing"
)

type scoreCase struct {
	name     string
	id       string
	answers  []int
	total    int
	severity string
	positive bool
	safety   bool
}

func checkScore(t *testing.T, tc scoreCase) {
	t.Helper()
	got, err := Score(tc.id, tc.answers)
	if err != nil {
		t.Fatalf("Score(%q, %v): %v", tc.id, tc.answers, err)
	}
	want := Result{
		Instrument:     tc.id,
		Total:          tc.total,
		MaxTotal:       got.MaxTotal,
		Severity:       tc.severity,
		Positive:       tc.positive,
		SafetyFollowUp: tc.safety,
	}
	if got != want {
		t.Errorf("Score(%q, %v) = %+v, want %+v", tc.id, tc.answers, got, want)
	}
}

func TestScorePHQ9Bands(t *testing.T) {
	for _, tc := range []scoreCase{
		{"0 minimal", "phq9", []int{0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, "minimal", false, false},
		{"4 minimal", "phq9", []int{1, 1, 1, 1, 0, 0, 0, 0, 0}, 4, "minimal", false, false},
		{"5 mild", "phq9", []int{1, 1, 1, 1, 1, 0, 0, 0, 0}, 5, "mild", false, false},
		{"9 mild", "phq9", []int{2, 2, 2, 2, 1, 0, 0, 0, 0}, 9, "mild", false, false},
		{"10 moderate positive", "phq9", []int{2, 2, 2, 2, 2, 0, 0, 0, 0}, 10, "moderate", true, false},
		{"14 moderate", "phq9", []int{3, 3, 2, 2, 2, 2, 0, 0, 0}, 14, "moderate", true, false},
		{"15 moderately severe", "phq9", []int{3, 3, 3, 2, 2, 2, 0, 0, 0}, 15, "moderately severe", true, false},
		{"19 moderately severe", "phq9", []int{3, 3, 3, 3, 3, 2, 2, 0, 0}, 19, "moderately severe", true, false},
		{"20 severe", "phq9", []int{3, 3, 3, 3, 3, 3, 2, 0, 0}, 20, "severe", true, false},
		{"24 severe without item 9", "phq9", []int{3, 3, 3, 3, 3, 3, 3, 3, 0}, 24, "severe", true, false},
		{"27 severe", "phq9", []int{3, 3, 3, 3, 3, 3, 3, 3, 3}, 27, "severe", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) { checkScore(t, tc) })
	}
}

func TestScorePHQ9SafetyItem(t *testing.T) {
	for _, tc := range []scoreCase{
		{"item 9 only, several days", "phq9", []int{0, 0, 0, 0, 0, 0, 0, 0, 1}, 1, "minimal", false, true},
		{"item 9 only, nearly every day", "phq9", []int{0, 0, 0, 0, 0, 0, 0, 0, 3}, 3, "minimal", false, true},
		{"item 9 with mild total", "phq9", []int{1, 1, 1, 0, 0, 0, 0, 0, 2}, 5, "mild", false, true},
		{"item 1 is not the safety item", "phq9", []int{1, 0, 0, 0, 0, 0, 0, 0, 0}, 1, "minimal", false, false},
		{"item 8 is not the safety item", "phq9", []int{0, 0, 0, 0, 0, 0, 0, 3, 0}, 3, "minimal", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) { checkScore(t, tc) })
	}
}

func TestScoreGAD7Bands(t *testing.T) {
	for _, tc := range []scoreCase{
		{"0 minimal", "gad7", []int{0, 0, 0, 0, 0, 0, 0}, 0, "minimal", false, false},
		{"4 minimal", "gad7", []int{1, 1, 1, 1, 0, 0, 0}, 4, "minimal", false, false},
		{"5 mild", "gad7", []int{1, 1, 1, 1, 1, 0, 0}, 5, "mild", false, false},
		{"9 mild", "gad7", []int{2, 2, 2, 2, 1, 0, 0}, 9, "mild", false, false},
		{"10 moderate positive", "gad7", []int{2, 2, 2, 2, 2, 0, 0}, 10, "moderate", true, false},
		{"14 moderate", "gad7", []int{2, 2, 2, 2, 2, 2, 2}, 14, "moderate", true, false},
		{"15 severe", "gad7", []int{3, 2, 2, 2, 2, 2, 2}, 15, "severe", true, false},
		{"21 severe", "gad7", []int{3, 3, 3, 3, 3, 3, 3}, 21, "severe", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) { checkScore(t, tc) })
	}
}

func TestScoreTwoItemScreens(t *testing.T) {
	for _, tc := range []scoreCase{
		{"PHQ-2 0", "phq2", []int{0, 0}, 0, "", false, false},
		{"PHQ-2 2 below cut-off", "phq2", []int{1, 1}, 2, "", false, false},
		{"PHQ-2 3 at cut-off", "phq2", []int{2, 1}, 3, "", true, false},
		{"PHQ-2 6", "phq2", []int{3, 3}, 6, "", true, false},
		{"GAD-2 0", "gad2", []int{0, 0}, 0, "", false, false},
		{"GAD-2 2 below cut-off", "gad2", []int{0, 2}, 2, "", false, false},
		{"GAD-2 3 at cut-off", "gad2", []int{3, 0}, 3, "", true, false},
		{"GAD-2 6", "gad2", []int{3, 3}, 6, "", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) { checkScore(t, tc) })
	}
}

func TestScorePCPTSD5(t *testing.T) {
	for _, tc := range []scoreCase{
		{"exposed, none", "pcptsd5", []int{1, 0, 0, 0, 0, 0}, 0, "", false, false},
		{"exposed, 2 below cut-off", "pcptsd5", []int{1, 1, 0, 0, 0, 1}, 2, "", false, false},
		{"exposed, 3 at cut-off", "pcptsd5", []int{1, 0, 1, 1, 0, 1}, 3, "", true, false},
		{"exposed, 4", "pcptsd5", []int{1, 1, 1, 1, 1, 0}, 4, "", true, false},
		{"exposed, 5", "pcptsd5", []int{1, 1, 1, 1, 1, 1}, 5, "", true, false},
		{"not exposed, items ignored", "pcptsd5", []int{0, 1, 1, 1, 1, 1}, 0, "", false, false},
		{"not exposed, some items", "pcptsd5", []int{0, 1, 0, 1, 0, 1}, 0, "", false, false},
		{"not exposed, padded", "pcptsd5", []int{0, 0, 0, 0, 0, 0}, 0, "", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) { checkScore(t, tc) })
	}
}

// TestScoreMatchesDefinition answers one item at a time with every option, on
// every instrument, so that an item scored against the wrong rule shows up.
func TestScoreMatchesDefinition(t *testing.T) {
	for _, in := range All() {
		hi := in.Options[len(in.Options)-1].Score
		for item := range in.Items {
			for v := 0; v <= hi; v++ {
				answers := make([]int, len(in.Items))
				if in.Gated {
					answers[0] = 1
				}
				answers[item] = v
				got, err := Score(in.ID, answers)
				if err != nil {
					t.Fatalf("Score(%q, %v): %v", in.ID, answers, err)
				}
				want := v
				if in.Gated && item == 0 {
					want = 0 // the gate answer itself scores nothing
				}
				if got.Total != want || got.MaxTotal != in.MaxTotal || got.Positive != (want >= in.Cutoff) {
					t.Errorf("Score(%q, %v) = %+v, want total %d", in.ID, answers, got, want)
				}
				if got.SafetyFollowUp != (in.SafetyItem == item+1 && v > 0) {
					t.Errorf("Score(%q, %v).SafetyFollowUp = %v", in.ID, answers, got.SafetyFollowUp)
				}
			}
		}
	}
}

func TestScoreErrAnswerCount(t *testing.T) {
	for _, tc := range []struct {
		id      string
		answers []int
	}{
		{"phq9", nil},
		{"phq9", []int{}},
		{"phq9", []int{0, 0, 0, 0, 0, 0, 0, 0}},
		{"phq9", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"phq2", []int{1}},
		{"phq2", []int{1, 1, 1}},
		{"gad7", []int{0, 0, 0, 0, 0, 0}},
		{"gad7", []int{0, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"gad2", []int{3}},
		{"pcptsd5", []int{0}},
		{"pcptsd5", []int{1, 1, 1, 1, 1}},
		{"pcptsd5", []int{1, 1, 1, 1, 1, 1, 1}},
	} {
		got, err := Score(tc.id, tc.answers)
		if !errors.Is(err, ErrAnswerCount) {
			t.Errorf("Score(%q, %v) error = %v, want ErrAnswerCount", tc.id, tc.answers, err)
		}
		if got != (Result{}) {
			t.Errorf("Score(%q, %v) = %+v with an error, want zero Result", tc.id, tc.answers, got)
		}
	}
}

func TestScoreErrAnswerRange(t *testing.T) {
	for _, tc := range []struct {
		id      string
		answers []int
	}{
		{"phq9", []int{0, 0, 0, 0, 0, 0, 0, 0, -1}},
		{"phq9", []int{4, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"phq2", []int{-1, 3}},
		{"phq2", []int{3, 4}},
		{"gad7", []int{0, 0, 0, 0, 0, 0, 4}},
		{"gad7", []int{0, 0, 0, -3, 0, 0, 0}},
		{"gad2", []int{0, 100}},
		{"pcptsd5", []int{2, 1, 1, 1, 1, 1}},
		{"pcptsd5", []int{-1, 0, 0, 0, 0, 0}},
		{"pcptsd5", []int{1, 1, 1, 2, 1, 1}},
		{"pcptsd5", []int{0, 0, 3, 0, 0, 0}}, // ignored items must still be valid
		{"pcptsd5", []int{0, -1, 0, 0, 0, 0}},
	} {
		got, err := Score(tc.id, tc.answers)
		if !errors.Is(err, ErrAnswerRange) {
			t.Errorf("Score(%q, %v) error = %v, want ErrAnswerRange", tc.id, tc.answers, err)
		}
		if got != (Result{}) {
			t.Errorf("Score(%q, %v) = %+v with an error, want zero Result", tc.id, tc.answers, got)
		}
	}
}

func TestScoreErrUnknownInstrument(t *testing.T) {
	for _, id := range []string{"", "PHQ9", "phq-9", "PHQ-9", "pcl-5", "bdi2", "gad", " phq9"} {
		got, err := Score(id, []int{0, 0})
		if !errors.Is(err, ErrUnknown) {
			t.Errorf("Score(%q) error = %v, want ErrUnknown", id, err)
		}
		if got != (Result{}) {
			t.Errorf("Score(%q) = %+v with an error, want zero Result", id, got)
		}
	}
}

func TestScoreErrorNamesInstrument(t *testing.T) {
	_, err := Score("gad7", []int{0})
	if err == nil || !strings.Contains(err.Error(), "GAD-7") || !strings.Contains(err.Error(), "want 7") {
		t.Errorf("Score error = %v, want it to name GAD-7 and the expected count", err)
	}
}

func TestInstrumentsOrderAndShape(t *testing.T) {
	want := []struct {
		id, code string
		items    int
		maxTotal int
	}{
		{"phq9", "PHQ-9", 9, 27},
		{"phq2", "PHQ-2", 2, 6},
		{"gad7", "GAD-7", 7, 21},
		{"gad2", "GAD-2", 2, 6},
		{"pcptsd5", "PC-PTSD-5", 6, 5},
		{"pcl5", "PCL-5", 20, 80},
	}
	got := All()
	if len(got) != len(want) {
		t.Fatalf("All() has %d entries, want %d", len(got), len(want))
	}
	for i, w := range want {
		in := got[i]
		if in.ID != w.id || in.Code != w.code || len(in.Items) != w.items || in.MaxTotal != w.maxTotal {
			t.Errorf("All()[%d] = %s/%s with %d items, max %d; want %s/%s with %d, max %d",
				i, in.ID, in.Code, len(in.Items), in.MaxTotal, w.id, w.code, w.items, w.maxTotal)
		}
		if in.Name == "" || in.Stem == "" || in.Source == "" {
			t.Errorf("%s: Name, Stem and Source must be set", in.ID)
		}
		for j, o := range in.Options {
			if o.Score != j || o.Label == "" {
				t.Errorf("%s option %d = %+v, want score %d and a label", in.ID, j, o, j)
			}
		}
	}
}

func TestInstrumentsBandsCoverRange(t *testing.T) {
	for _, in := range All() {
		if len(in.Bands) == 0 {
			continue
		}
		next := 0
		for _, b := range in.Bands {
			if b.Min != next || b.Max < b.Min {
				t.Errorf("%s band %+v does not start at %d", in.ID, b, next)
			}
			next = b.Max + 1
		}
		if next != in.MaxTotal+1 {
			t.Errorf("%s bands end at %d, want %d", in.ID, next-1, in.MaxTotal)
		}
	}
}

func TestInstrumentByID(t *testing.T) {
	phq9, ok := ByID("phq9")
	if !ok {
		t.Fatal(`ByID("phq9") not found`)
	}
	if phq9.SafetyItem != 9 || !strings.Contains(phq9.Items[8], "better off dead") {
		t.Errorf("PHQ-9 safety item = %d (%q), want item 9 about being better off dead", phq9.SafetyItem, phq9.Items[8])
	}
	phq2, _ := ByID("phq2")
	if phq2.Items[0] != phq9.Items[0] || phq2.Items[1] != phq9.Items[1] {
		t.Errorf("PHQ-2 items %q are not PHQ-9 items 1-2", phq2.Items)
	}
	if _, ok := ByID("bdi2"); ok {
		t.Error(`ByID("bdi2") found, want not found`)
	}
}

func TestInstrumentByIDReturnsCopy(t *testing.T) {
	in, _ := ByID("gad7")
	in.Items[0] = "changed"
	in.Options[0].Label = "changed"
	in.Bands[0].Label = "changed"
	again, _ := ByID("gad7")
	if again.Items[0] == "changed" || again.Options[0].Label == "changed" || again.Bands[0].Label == "changed" {
		t.Error("changing a returned Questionnaire changed the package's definition")
	}
	res, err := Score("gad7", []int{0, 0, 0, 0, 0, 0, 0})
	if err != nil || res.Severity != "minimal" {
		t.Errorf("Score after mutation = %+v, %v; want minimal", res, err)
	}
}

func TestInstrumentPCPTSD5Gate(t *testing.T) {
	in, _ := ByID("pcptsd5")
	if !in.Gated || !strings.Contains(in.Items[0], "Have you ever experienced this kind of event?") {
		t.Fatalf("PC-PTSD-5 Items[0] = %q, gated %v; want the trauma-exposure question as gate", in.Items[0], in.Gated)
	}
	want := []Option{{0, "No"}, {1, "Yes"}}
	if len(in.Options) != 2 || in.Options[0] != want[0] || in.Options[1] != want[1] {
		t.Errorf("PC-PTSD-5 options = %+v, want %+v", in.Options, want)
	}
}

func TestInstrumentPrompt(t *testing.T) {
	pc, _ := ByID("pcptsd5")
	if got := pc.Prompt(0); got != pc.Items[0] {
		t.Errorf("gate prompt = %q, want the exposure question alone", got)
	}
	if got := pc.Prompt(1); !strings.HasPrefix(got, "In the past month, have you…") || !strings.HasSuffix(got, pc.Items[1]) {
		t.Errorf("item prompt = %q, want stem then item", got)
	}
	gad, _ := ByID("gad7")
	if got := gad.Prompt(0); !strings.HasPrefix(got, "Over the last 2 weeks") || !strings.HasSuffix(got, gad.Items[0]) {
		t.Errorf("GAD-7 prompt = %q, want stem then item", got)
	}
	if got := gad.Prompt(7); got != "" {
		t.Errorf("Prompt past the end = %q, want empty", got)
	}
	if got := gad.Prompt(-1); got != "" {
		t.Errorf("Prompt(-1) = %q, want empty", got)
	}
}
