package instrument

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The published rule (NIMH ASQ tool, "Next steps"):
//   - "No" to all of questions 1 through 4: screening is complete, question 5
//     is not asked, a negative screen.
//   - "Yes" to any of questions 1 through 4, or a refusal to answer: a
//     positive screen; ask question 5.
//   - "Yes" to question 5: acute positive screen (imminent risk identified).
//   - "No" to question 5: non-acute positive screen (potential risk identified).
//
// The table below is written out by hand, one row per combination of the
// four Yes/No answers (16) and the acuity answer (2): 32 rows.
func TestASQScoringAllThirtyTwoCombinations(t *testing.T) {
	const (
		neg = ASQNegative
		non = ASQNonAcute
		acu = ASQAcute
	)
	tests := []struct {
		q1to4  string // y or n for questions 1-4
		acuity ASQAnswer
		want   ASQOutcome
	}{
		{"nnnn", ASQNo, neg}, {"nnnn", ASQYes, neg}, // question 5 is not asked after four Noes
		{"nnny", ASQNo, non}, {"nnny", ASQYes, acu},
		{"nnyn", ASQNo, non}, {"nnyn", ASQYes, acu},
		{"nnyy", ASQNo, non}, {"nnyy", ASQYes, acu},
		{"nynn", ASQNo, non}, {"nynn", ASQYes, acu},
		{"nyny", ASQNo, non}, {"nyny", ASQYes, acu},
		{"nyyn", ASQNo, non}, {"nyyn", ASQYes, acu},
		{"nyyy", ASQNo, non}, {"nyyy", ASQYes, acu},
		{"ynnn", ASQNo, non}, {"ynnn", ASQYes, acu},
		{"ynny", ASQNo, non}, {"ynny", ASQYes, acu},
		{"ynyn", ASQNo, non}, {"ynyn", ASQYes, acu},
		{"ynyy", ASQNo, non}, {"ynyy", ASQYes, acu},
		{"yynn", ASQNo, non}, {"yynn", ASQYes, acu},
		{"yyny", ASQNo, non}, {"yyny", ASQYes, acu},
		{"yyyn", ASQNo, non}, {"yyyn", ASQYes, acu},
		{"yyyy", ASQNo, non}, {"yyyy", ASQYes, acu},
	}
	if len(tests) != 32 {
		t.Fatalf("%d rows, want all 32 combinations", len(tests))
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		name := fmt.Sprintf("%s/acuity-%s", tt.q1to4, tt.acuity)
		if seen[name] {
			t.Fatalf("row %s twice", name)
		}
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			got, err := ScoreASQ(screenOf(tt.q1to4), tt.acuity)
			if err != nil || got != tt.want {
				t.Errorf("ScoreASQ = %q, %v; want %q", got, err, tt.want)
			}
			if positive := ASQPositive(screenOf(tt.q1to4)); positive != strings.Contains(tt.q1to4, "y") {
				t.Errorf("ASQPositive = %v; the acuity question is asked exactly when a screening answer is Yes", positive)
			}
		})
	}
}

// A refusal to answer any of questions 1-4 counts as a positive screen, as published.
func TestASQRefusalIsAPositiveScreen(t *testing.T) {
	for i := range 4 {
		screen := screenOf("nnnn")
		screen[i] = ASQRefused
		if !ASQPositive(screen) {
			t.Errorf("refusing question %d gave a negative screen", i+1)
		}
		if got, _ := ScoreASQ(screen, ASQNo); got != ASQNonAcute {
			t.Errorf("refusing question %d, then No to question 5: %q, want non-acute positive", i+1, got)
		}
	}
	// Our own choice, beyond the published rule: a refused acuity question
	// is not taken as a No.
	if got, _ := ScoreASQ(screenOf("ynnn"), ASQRefused); got != ASQAcute {
		t.Errorf("refused acuity question: %q, want acute positive", got)
	}
}

func TestASQIncompleteIsAnError(t *testing.T) {
	tests := []struct {
		name   string
		screen [4]ASQAnswer
		acuity ASQAnswer
	}{
		{"question 3 unanswered", [4]ASQAnswer{ASQNo, ASQNo, ASQUnanswered, ASQNo}, ASQNo},
		{"a positive screen without question 5", screenOf("nynn"), ASQUnanswered},
		{"an answer that is not one", [4]ASQAnswer{"maybe", ASQNo, ASQNo, ASQNo}, ASQNo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ScoreASQ(tt.screen, tt.acuity); !errors.Is(err, ErrASQIncomplete) {
				t.Errorf("err = %v, want ErrASQIncomplete", err)
			}
		})
	}
}

func TestASQWordingIsThePublishedOne(t *testing.T) {
	want := []string{
		"In the past few weeks, have you wished you were dead?",
		"In the past few weeks, have you felt that you or your family would be better off if you were dead?",
		"In the past week, have you been having thoughts about killing yourself?",
		"Have you ever tried to kill yourself?",
	}
	for i, w := range want {
		if ASQ.Items[i] != w {
			t.Errorf("question %d = %q, want %q", i+1, ASQ.Items[i], w)
		}
	}
	if ASQ.Acuity != "Are you having thoughts of killing yourself right now?" {
		t.Errorf("acuity question = %q", ASQ.Acuity)
	}
	if !strings.Contains(ASQSource, "National Institute of Mental Health") {
		t.Errorf("ASQSource = %q, want the NIMH toolkit cited", ASQSource)
	}
}

func screenOf(s string) [4]ASQAnswer {
	var out [4]ASQAnswer
	for i, r := range s {
		out[i] = map[rune]ASQAnswer{'y': ASQYes, 'n': ASQNo}[r]
	}
	return out
}
