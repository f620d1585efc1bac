package coach

import (
	"math"
	"slices"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

const (
	// insightMinutes splits days into "moved" and "other" for the insight.
	insightMinutes = 20
	// insightMinDays is the fewest days with a mood answer each group needs
	// before a difference is worth showing. Three days a group let a single
	// odd day decide the average; four is still few, and the text says so.
	// Two groups of four need eight days, more than a week holds, so the
	// insight looks at the summary's week and the week before it.
	insightMinDays = 4
)

// moodInsight compares mood on days with at least insightMinutes of
// movement against the other days, over the days given (the summary's
// week and the one before; rolling: the last 7 days and the 7 before), leaving out the days of a session: a session
// day's mood belongs to the session, not to the walk.
//
// It is shown only when each group has insightMinDays days and the
// difference of the two means is at least the pooled standard deviation of
// daily mood (see beyondDailySpread). It observes and never prescribes: a
// few days cannot show cause, mood also lifts with the days since a
// session, and a person at a fragile time needs no instructions.
func moodInsight(w lang.Printer, days []DayPoint, sessions []localtime.Day, rolling bool) string {
	var moved, other []int
	for _, p := range days {
		switch {
		case p.Mood == 0 || slices.Contains(sessions, p.Day):
		case p.Minutes >= insightMinutes:
			moved = append(moved, p.Mood)
		default:
			other = append(other, p.Mood)
		}
	}
	if len(moved) < insightMinDays || len(other) < insightMinDays || !beyondDailySpread(moved, other) {
		return ""
	}
	return insightText(w, len(moved), meanInts(moved), len(other), meanInts(other), rolling)
}

// beyondDailySpread reports whether the means of a and b differ by at
// least the pooled standard deviation of their values: by more than mood
// ordinarily swings from one day to the next within either group.
//
// Why this rule: with four to seven days a group, a smaller difference
// turns up often by chance alone, so saying it would claim more than the
// days hold. At the threshold (a standardised difference of 1) a t-test
// gives p ≈ 0.21 with four days in each group and p ≈ 0.09 with seven, so
// this is a screen against noise, not a test of significance; that is why
// the text still calls what remains an association over a few days. When
// every day in each group has the same mood the spread is 0 and any
// difference shows.
func beyondDailySpread(a, b []int) bool {
	diff := math.Abs(meanInts(a) - meanInts(b))
	if diff < trendEpsilon {
		return false
	}
	return diff >= pooledSD(a, b)-trendEpsilon
}

// pooledSD is the pooled sample standard deviation of two groups, each of
// at least one value and together of at least three.
func pooledSD(a, b []int) float64 {
	ss := func(vs []int) float64 {
		m, sum := meanInts(vs), 0.0
		for _, v := range vs {
			sum += (float64(v) - m) * (float64(v) - m)
		}
		return sum
	}
	return math.Sqrt((ss(a) + ss(b)) / float64(len(a)+len(b)-2))
}
