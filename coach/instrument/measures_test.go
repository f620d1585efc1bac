package instrument

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// pcl5Answers returns twenty answers summing to total, each 0-4.
func pcl5Answers(total int) []int {
	a := make([]int, 20)
	for i := range a {
		a[i] = min(4, total)
		total -= a[i]
	}
	return a
}

func TestPCL5ScoresAgainstPublishedCutoff(t *testing.T) {
	tests := []struct {
		total    int
		positive bool
	}{
		{0, false},
		{31, false}, // the lenient end of NCPTSD's 31-33 is not used
		{32, false},
		{33, true}, // the cut-off Aftercare uses: 33 or more
		{50, true},
		{80, true}, // the maximum: 20 items of 4
	}
	for _, tt := range tests {
		r, err := Score(PCL5, pcl5Answers(tt.total))
		if err != nil {
			t.Fatalf("Score(pcl5, total %d): %v", tt.total, err)
		}
		if r.Total != tt.total || r.Positive != tt.positive || r.MaxTotal != 80 || r.Severity != "" || r.SafetyFollowUp {
			t.Errorf("total %d: got %+v, want total %d positive %v, max 80, no bands", tt.total, r, tt.total, tt.positive)
		}
	}
}

func TestPCL5RefusesWrongAnswers(t *testing.T) {
	if _, err := Score(PCL5, make([]int, 19)); !errors.Is(err, ErrAnswerCount) {
		t.Errorf("19 answers: error %v, want ErrAnswerCount", err)
	}
	a := make([]int, 20)
	a[7] = 5
	if _, err := Score(PCL5, a); !errors.Is(err, ErrAnswerRange) {
		t.Errorf("an answer of 5: error %v, want ErrAnswerRange", err)
	}
}

func TestPCL5Form(t *testing.T) {
	q, ok := ByID(PCL5)
	if !ok {
		t.Fatal("ByID(pcl5) not found")
	}
	if len(q.Items) != 20 || len(q.Options) != 5 || q.Options[4] != (Option{4, "Extremely"}) {
		t.Fatalf("PCL-5 has %d items and options %v, want 20 and 0-4 ending Extremely", len(q.Items), q.Options)
	}
	if got := q.Prompt(0); got != "In the past month, how much were you bothered by: Repeated, disturbing, and unwanted memories of the stressful experience?" {
		t.Errorf("Prompt(0) = %q", got)
	}
	if q.Items[19] != "Trouble falling or staying asleep?" || !strings.Contains(q.Instructions, "in the past month") {
		t.Errorf("last item %q, instructions %q", q.Items[19], q.Instructions)
	}
	if q.Gated || q.RepeatDays != 30 {
		t.Errorf("PCL-5 gated %v, repeat %d days; want ungated, monthly", q.Gated, q.RepeatDays)
	}
}

func TestPHQ9DifficultyIsAskedNotScored(t *testing.T) {
	q, _ := ByID(PHQ9)
	want := []string{"Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"}
	if !strings.HasPrefix(q.Difficulty.Text, "If you checked off any problems, how difficult") || !slices.Equal(q.Difficulty.Options, want) {
		t.Errorf("Difficulty = %+v", q.Difficulty)
	}
	// Nine answers score; a tenth (the difficulty) is not an item.
	if _, err := Score(PHQ9, make([]int, 10)); !errors.Is(err, ErrAnswerCount) {
		t.Errorf("ten PHQ-9 answers: error %v, want ErrAnswerCount", err)
	}
	q.Difficulty.Options[0] = "changed"
	if again, _ := ByID(PHQ9); again.Difficulty.Options[0] != want[0] {
		t.Error("ByID shares the difficulty options with its caller")
	}
	for _, id := range []string{GAD7, PCPTSD5, PCL5} {
		if in, _ := ByID(id); in.Difficulty.Text != "" {
			t.Errorf("%s has a difficulty question", id)
		}
	}
}

func TestDueFollowsRecallWindows(t *testing.T) {
	tests := []struct {
		id        string
		daysSince int
		answered  bool
		want      bool
	}{
		{PHQ9, 0, false, true},
		{PHQ9, 7, true, false}, // weekly would overlap the two-week window
		{PHQ9, 13, true, false},
		{PHQ9, 14, true, true},
		{GAD7, 13, true, false},
		{GAD7, 14, true, true},
		{PCPTSD5, 0, false, true},
		{PCPTSD5, 400, true, false}, // once only
		{PCL5, 29, true, false},
		{PCL5, 30, true, true},
	}
	for _, tt := range tests {
		q, _ := ByID(tt.id)
		if got := q.Due(tt.daysSince, tt.answered); got != tt.want {
			t.Errorf("%s Due(%d, %v) = %v, want %v", tt.id, tt.daysSince, tt.answered, got, tt.want)
		}
	}
}

func TestFollow(t *testing.T) {
	before := func(totals ...int) []Reading {
		out := make([]Reading, len(totals))
		for i, t := range totals {
			out[i] = Reading{Total: t, BeforeSession: true}
		}
		return out
	}
	after := func(totals ...int) []Reading {
		out := make([]Reading, len(totals))
		for i, t := range totals {
			out[i] = Reading{Total: t}
		}
		return out
	}
	tests := []struct {
		name     string
		id       string
		readings []Reading
		want     Course
	}{
		{"only a baseline", PHQ9, before(18), Course{Baseline: 18, BeforeSession: true}},
		{"the last score before the session is the baseline", PHQ9, append(before(22, 18), after(9)...),
			Course{Baseline: 18, BeforeSession: true, Since: []int{9}, Latest: 9, Lowest: 9, Change: -9, Improved: true, Judged: true, Response: true, Responded: true}},
		{"none before: the first score", PHQ9, after(16, 12),
			Course{Baseline: 16, Since: []int{12}, Latest: 12, Lowest: 12, Change: -4, Judged: true}},
		{"response at exactly half", PHQ9, append(before(10), after(5)...),
			Course{Baseline: 10, BeforeSession: true, Since: []int{5}, Latest: 5, Lowest: 5, Change: -5, Judged: true, Response: true, Responded: true}},
		{"remission under 5, and reliable at 6", PHQ9, append(before(10), after(4)...),
			Course{Baseline: 10, BeforeSession: true, Since: []int{4}, Latest: 4, Lowest: 4, Change: -6, Improved: true, Judged: true, Response: true, Responded: true, Remission: true}},
		{"5 points is not a reliable change on the PHQ-9", PHQ9, append(before(12), after(7)...),
			Course{Baseline: 12, BeforeSession: true, Since: []int{7}, Latest: 7, Lowest: 7, Change: -5, Judged: true}},
		{"fading: a response, then back above half", PHQ9, append(before(20), after(9, 8, 11)...),
			Course{Baseline: 20, BeforeSession: true, Since: []int{9, 8, 11}, Latest: 11, Lowest: 8, Change: -9, Improved: true, Judged: true, Responded: true, Fading: true}},
		{"reliably worse", PHQ9, append(before(8), after(14)...),
			Course{Baseline: 8, BeforeSession: true, Since: []int{14}, Latest: 14, Lowest: 14, Change: 6, Worsened: true}},
		{"a low baseline is not judged", PHQ9, append(before(8), after(2)...),
			Course{Baseline: 8, BeforeSession: true, Since: []int{2}, Latest: 2, Lowest: 2, Change: -6, Improved: true}},
		{"GAD-7 remission and a reliable change (7 ≥ 6)", GAD7, append(before(11), after(4)...),
			Course{Baseline: 11, BeforeSession: true, Since: []int{4}, Latest: 4, Lowest: 4, Change: -7, Improved: true, Judged: true, Remission: true}},
		{"GAD-7 5 points is within error", GAD7, append(before(12), after(7)...),
			Course{Baseline: 12, BeforeSession: true, Since: []int{7}, Latest: 7, Lowest: 7, Change: -5, Judged: true}},
		{"GAD-7 3 points is within error", GAD7, append(before(12), after(9)...),
			Course{Baseline: 12, BeforeSession: true, Since: []int{9}, Latest: 9, Lowest: 9, Change: -3, Judged: true}},
		{"PCL-5 reliable at 15", PCL5, append(before(45), after(30)...),
			Course{Baseline: 45, BeforeSession: true, Since: []int{30}, Latest: 30, Lowest: 30, Change: -15, Improved: true}},
		{"PCL-5 10 points is clinically meaningful, not yet reliable", PCL5, append(before(45), after(35)...),
			Course{Baseline: 45, BeforeSession: true, Since: []int{35}, Latest: 35, Lowest: 35, Change: -10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Follow(tt.id, tt.readings)
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Instrument = tt.id
			q, _ := ByID(tt.id)
			tt.want.ReliableChange = q.ReliableChange
			if !slices.Equal(got.Since, tt.want.Since) {
				t.Errorf("Since = %v, want %v", got.Since, tt.want.Since)
			}
			got.Since, tt.want.Since = nil, nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Follow =\n %+v, want\n %+v", got, tt.want)
			}
		})
	}
}

func TestFollowErrors(t *testing.T) {
	if _, err := Follow("bdi2", []Reading{{Total: 3}}); !errors.Is(err, ErrUnknown) {
		t.Errorf("unknown: %v", err)
	}
	if _, err := Follow(PHQ9, nil); !errors.Is(err, ErrAnswerCount) {
		t.Errorf("no readings: %v", err)
	}
	if _, err := Follow(PHQ9, []Reading{{Total: 28}}); !errors.Is(err, ErrTotalRange) {
		t.Errorf("28: %v", err)
	}
}

func TestReliableChangeThresholds(t *testing.T) {
	for id, want := range map[string]int{PHQ9: 6, GAD7: 6, PCL5: 15, PHQ2: 0, PCPTSD5: 0} {
		if q, _ := ByID(id); q.ReliableChange != want {
			t.Errorf("%s ReliableChange = %d, want %d", id, q.ReliableChange, want)
		}
	}
}
