package coach

import (
	"slices"
	"testing"

	"github.com/aftercare/aftercare/coach/localtime"
)

// moodRun builds days from first, one mood a day; 0 is a day without answer.
func moodRun(first localtime.Day, ms ...int) []CheckIn {
	var out []CheckIn
	for i, m := range ms {
		if m > 0 {
			out = append(out, CheckIn{Day: first.AddDays(i), Mood: m})
		}
	}
	return out
}

func TestLowMoodSignal(t *testing.T) {
	// Fourteen days, 2026-03-02 to 2026-03-15; today is the last.
	const first, today = localtime.Day("2026-03-02"), localtime.Day("2026-03-15")
	tests := []struct {
		name   string
		days   []int
		want   string
		wantBy float64
	}{
		{"two low days", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 2}, "", 0},
		{"three low days", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 2}, lowMoodRun, 0},
		{"three low days, not ending today", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 2, 3}, "", 0},
		{"three low days with a gap", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 2}, "", 0},
		{"okay breaks the run", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 2}, "", 0},
		// last week 3 and 4 (3.5); this week 2,3,3,3,2 (2.6): down 0.9.
		{"fall of 0.9", []int{3, 4, 0, 0, 0, 0, 0, 2, 3, 3, 3, 2, 0, 0}, "", 0},
		// last week 3.5; this week 3,2,3,2 (2.5): down 1.0.
		{"fall of 1.0", []int{3, 4, 0, 0, 0, 0, 0, 3, 2, 3, 2, 0, 0, 0}, lowMoodFall, 1},
		{"fall with one answer last week", []int{5, 0, 0, 0, 0, 0, 0, 3, 2, 3, 2, 0, 0, 0}, "", 0},
		{"fall with one answer this week", []int{4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0}, "", 0},
		{"a rise", []int{2, 3, 0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, 0}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, by := lowMoodSignal(moodRun(first, tt.days...), today)
			if got != tt.want || by < tt.wantBy-1e-9 || by > tt.wantBy+1e-9 {
				t.Errorf("lowMoodSignal = %q (%.2f), want %q (%.2f)", got, by, tt.want, tt.wantBy)
			}
		})
	}
}

func TestLowMoodDigestFlags(t *testing.T) {
	const start, today = localtime.Day("2026-03-03"), localtime.Day("2026-03-09")
	tests := []struct {
		name  string
		days  []CheckIn
		mood  Trend
		wants []string
	}{
		{"nothing", moodRun(start, 3, 3, 3, 3, 3, 3, 3), Trend{Avg: 3, PrevAvg: 3, N: 7, PrevN: 7}, nil},
		{"two low days", moodRun(start, 3, 2, 2, 3, 2, 2, 3), Trend{}, nil},
		{"three low days", moodRun(start, 3, 2, 2, 2, 3, 3, 3), Trend{}, []string{"low mood 3 days running"}},
		{"five low days", moodRun(start, 3, 3, 1, 2, 1, 2, 1), Trend{}, []string{"low mood 5 days running"}},
		{"a run before the week counts only its days inside", moodRun(start.AddDays(-2), 1, 1, 1, 1, 3), Trend{}, nil},
		{"down 0.9", nil, Trend{Avg: 2.6, PrevAvg: 3.5, N: 5, PrevN: 2}, nil},
		{"down 1.0", nil, Trend{Avg: 2.5, PrevAvg: 3.5, N: 4, PrevN: 2}, []string{"mood down 1.0 on last week"}},
		{"down 1.2", nil, Trend{Avg: 2.3, PrevAvg: 3.5, N: 3, PrevN: 2}, []string{"mood down 1.2 on last week"}},
		{"down 2 on one answer", nil, Trend{Avg: 2, PrevAvg: 4, N: 1, PrevN: 3}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lowMoodFlags(enWords, WeeklySummary{Mood: tt.mood}, tt.days, today)
			if !slices.Equal(got, tt.wants) {
				t.Errorf("flags = %q, want %q", got, tt.wants)
			}
		})
	}
}
