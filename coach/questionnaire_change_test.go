package coach

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/langtest"
)

// What a change since the last result means reads the same in English as
// instrument.Change.Meaning does, and in the other languages with no
// English: the same, up or down by one point or more, each kind of change.
func TestChangeMeaningInEachLanguage(t *testing.T) {
	phq9, _ := instrument.ByID(instrument.PHQ9)
	pc, _ := instrument.ByID(instrument.PCPTSD5)
	result := func(id string, total int) instrument.Result {
		r, err := instrument.Score(id, spread(id, total))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, tc := range []struct {
		in            instrument.Questionnaire
		before, after int
	}{{phq9, 8, 8}, {phq9, 8, 7}, {phq9, 8, 9}, {phq9, 14, 4}, {phq9, 14, 7}, {phq9, 9, 3}, {phq9, 3, 9}, {pc, 1, 3}} {
		ch, err := instrument.Compare(result(tc.in.ID, tc.before), result(tc.in.ID, tc.after))
		if err != nil {
			t.Fatal(err)
		}
		if got := changeMeaning(lang.For("en"), tc.in, ch); got != ch.Meaning {
			t.Errorf("en %d→%d: %q, want %q", tc.before, tc.after, got, ch.Meaning)
		}
		for _, l := range lang.Langs[1:] {
			got := changeMeaning(lang.For(l), tc.in, ch)
			if english := langtest.English(got, l, tc.in.Code); len(english) > 0 || strings.Contains(got, "questionnaire.") {
				t.Errorf("%s %d→%d: %q", l, tc.before, tc.after, got)
			}
		}
	}
}

// spread gives id's items answers that add up to total.
func spread(id string, total int) []int {
	in, _ := instrument.ByID(id)
	top := in.Options[len(in.Options)-1].Score
	answers := make([]int, len(in.Items))
	for i := range answers {
		answers[i] = min(total, top)
		total -= answers[i]
	}
	return answers
}
