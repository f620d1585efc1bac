package nudge

import (
	"testing"
)

func TestNextTarget(t *testing.T) {
	five := func(m int) []int { return []int{m, m, m, m, m} }
	tests := []struct {
		name           string
		current        int
		done           []int
		answered, sent int
		want           int
	}{
		{"FirstWeek", 0, nil, 0, 0, StartTarget},
		{"AllDoneGrows", 10, five(10), 5, 5, 12},
		{"GrowsAboutFifteenPercent", 20, five(20), 5, 5, 23},
		{"HalfDoneAtTargetGrows", 10, []int{10, 12, 15}, 4, 6, 12},
		{"PartlyDoneStays", 10, []int{10, 5}, 3, 6, 10},
		{"DoneShorterStays", 10, five(5), 5, 5, 10},
		{"DoneButUnansweredStays", 10, five(10), 1, 5, 10},
		{"NothingDoneStepsBack", 20, nil, 3, 5, 16},
		{"NothingDoneNothingAnswered", 20, nil, 0, 5, 16},
		{"ZeroMinutesIsNothing", 20, []int{0, 0}, 2, 5, 16},
		{"FloorStays", 5, nil, 0, 7, 5},
		{"StepsBackToFloor", 6, nil, 0, 7, 5},
		{"CapStays", 45, five(45), 5, 5, 45},
		{"GrowsToCap", 40, five(40), 5, 5, 45},
		{"NothingSentStays", 20, nil, 0, 0, 20},
		{"AboveCapComesDown", 90, []int{90}, 1, 7, 45},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NextTarget(tt.current, tt.done, tt.answered, tt.sent); got != tt.want {
				t.Errorf("NextTarget(%d, %v, %d, %d) = %d, want %d", tt.current, tt.done, tt.answered, tt.sent, got, tt.want)
			}
		})
	}

	t.Run("GrowthWithin10To20Percent", func(t *testing.T) {
		for c := MinTarget; 6*c <= 5*MaxTarget; c++ {
			got := NextTarget(c, five(c), 5, 5)
			if 10*got < 11*c || 5*got > 6*c {
				t.Errorf("from %d grew to %d, outside 10-20%%", c, got)
			}
		}
	})

	t.Run("FallBackIsTwentyPercent", func(t *testing.T) {
		for c := MinTarget; c <= MaxTarget; c++ {
			got := NextTarget(c, nil, 0, 5)
			want := max(MinTarget, int(float64(c)*0.8+0.5))
			if got != want {
				t.Errorf("from %d fell back to %d, want %d", c, got, want)
			}
		}
	})
}
