package instrument

import (
	"errors"
	"strings"
	"testing"
)

func TestCompareScores(t *testing.T) {
	for _, tc := range []struct {
		name          string
		id            string
		before, after int
		delta         int
		clinically    bool
		response      bool
		remission     bool
		meaning       string // a fragment the sentence must contain
	}{
		{"PHQ-9 down 5 meets MCID", "phq9", 12, 7, -5, true, false, false, "from 12 to 7, down 5 points, a change big enough"},
		{"PHQ-9 down 4 below MCID", "phq9", 12, 8, -4, false, false, false, "small shifts"},
		{"PHQ-9 up 5 meets MCID", "phq9", 7, 12, 5, true, false, false, "up 5 points, which may be worth talking over"},
		{"PHQ-9 up 4 below MCID", "phq9", 7, 11, 4, false, false, false, "up 4 points; small shifts"},
		{"PHQ-9 exactly 50% is a response", "phq9", 20, 10, -10, true, true, false, "response to treatment"},
		{"PHQ-9 one short of 50%", "phq9", 20, 11, -9, true, false, false, "a change big enough"},
		{"PHQ-9 odd baseline just under 50%", "phq9", 11, 6, -5, true, false, false, "a change big enough"},
		{"PHQ-9 odd baseline over 50%", "phq9", 11, 5, -6, true, true, false, "response to treatment"},
		{"PHQ-9 50% to 5 is not remission", "phq9", 10, 5, -5, true, true, false, "response to treatment"},
		{"PHQ-9 remission", "phq9", 10, 4, -6, true, true, true, "clinicians call remission"},
		{"PHQ-9 remission from severe", "phq9", 22, 3, -19, true, true, true, "from 22 to 3, down 19 points"},
		{"PHQ-9 below 5 from mild baseline is not remission", "phq9", 9, 4, -5, true, false, false, "a change big enough"},
		{"PHQ-9 half of a mild baseline is not a response", "phq9", 8, 4, -4, false, false, false, "small shifts"},
		{"PHQ-9 unchanged", "phq9", 14, 14, 0, false, false, false, "Your PHQ-9 score stayed at 14."},
		{"PHQ-9 down 1", "phq9", 14, 13, -1, false, false, false, "down 1 point;"},
		{"GAD-7 down 4 meets MCID", "gad7", 10, 6, -4, true, false, false, "from 10 to 6, down 4 points, a change big enough"},
		{"GAD-7 down 3 below MCID", "gad7", 10, 7, -3, false, false, false, "small shifts"},
		{"GAD-7 up 4 meets MCID", "gad7", 5, 9, 4, true, false, false, "worth talking over"},
		{"GAD-7 up 3 below MCID", "gad7", 5, 8, 3, false, false, false, "small shifts"},
		{"GAD-7 to 0 is not remission", "gad7", 15, 0, -15, true, false, false, "a change big enough"},
		{"PHQ-2 numbers only", "phq2", 6, 0, -6, false, false, false, "Your PHQ-2 score went from 6 to 0."},
		{"GAD-2 numbers only", "gad2", 1, 5, 4, false, false, false, "Your GAD-2 score went from 1 to 5."},
		{"PC-PTSD-5 numbers only", "pcptsd5", 4, 1, -3, false, false, false, "Your PC-PTSD-5 score went from 4 to 1."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Compare(Result{Instrument: tc.id, Total: tc.before}, Result{Instrument: tc.id, Total: tc.after})
			if err != nil {
				t.Fatalf("Compare: %v", err)
			}
			if got.Delta != tc.delta || got.Clinically != tc.clinically || got.Response != tc.response || got.Remission != tc.remission {
				t.Errorf("Compare(%d→%d) = %+v, want delta %d clinically %v response %v remission %v",
					tc.before, tc.after, got, tc.delta, tc.clinically, tc.response, tc.remission)
			}
			if got.Before != tc.before || got.After != tc.after || got.Instrument != tc.id {
				t.Errorf("Compare echoed %s %d→%d, want %s %d→%d", got.Instrument, got.Before, got.After, tc.id, tc.before, tc.after)
			}
			if !strings.Contains(got.Meaning, tc.meaning) {
				t.Errorf("Meaning = %q, want it to contain %q", got.Meaning, tc.meaning)
			}
			checkMeaningIsOneSentence(t, got.Meaning)
		})
	}
}

func checkMeaningIsOneSentence(t *testing.T, m string) {
	t.Helper()
	if !strings.HasPrefix(m, "Your ") || !strings.HasSuffix(m, ".") || strings.Count(m, ".") != 1 {
		t.Errorf("Meaning = %q, want one sentence", m)
	}
	for _, word := range []string{"!", "danger", "alarm", "worse", "severe", "crisis"} {
		if strings.Contains(strings.ToLower(m), word) {
			t.Errorf("Meaning = %q uses %q, want calm wording", m, word)
		}
	}
}

func TestCompareScoresFromScore(t *testing.T) {
	before, err := Score("phq9", []int{3, 3, 2, 2, 2, 2, 2, 2, 0})
	if err != nil {
		t.Fatal(err)
	}
	after, err := Score("phq9", []int{1, 1, 1, 0, 0, 0, 0, 0, 0})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compare(before, after)
	if err != nil {
		t.Fatal(err)
	}
	if c.Delta != -15 || !c.Clinically || !c.Response || !c.Remission {
		t.Errorf("Compare(18→3) = %+v, want clinically important response and remission", c)
	}
}

func TestCompareScoresErrors(t *testing.T) {
	for _, tc := range []struct {
		name          string
		before, after Result
		want          error
	}{
		{"different instruments", Result{Instrument: "phq9", Total: 10}, Result{Instrument: "gad7", Total: 5}, ErrMismatch},
		{"PHQ-2 against PHQ-9", Result{Instrument: "phq2", Total: 3}, Result{Instrument: "phq9", Total: 3}, ErrMismatch},
		{"unknown instrument", Result{Instrument: "bdi2", Total: 40}, Result{Instrument: "bdi2", Total: 30}, ErrUnknown},
		{"empty results", Result{}, Result{}, ErrUnknown},
		{"total above range", Result{Instrument: "phq9", Total: 28}, Result{Instrument: "phq9", Total: 3}, ErrTotalRange},
		{"negative total", Result{Instrument: "gad7", Total: 4}, Result{Instrument: "gad7", Total: -1}, ErrTotalRange},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Compare(tc.before, tc.after)
			if !errors.Is(err, tc.want) {
				t.Errorf("Compare error = %v, want %v", err, tc.want)
			}
			if got != (Change{}) {
				t.Errorf("Compare = %+v with an error, want zero Change", got)
			}
		})
	}
}
