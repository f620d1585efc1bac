package coach

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/localtime"
)

// twoWeeks makes check-ins from pairs of mood and minutes, one a day from
// the Monday before summaryStart; a mood of 0 leaves the day out.
func twoWeeks(pairs ...[2]int) []CheckIn {
	var out []CheckIn
	for i, p := range pairs {
		if p[0] != 0 {
			out = append(out, CheckIn{Day: summaryStart.AddDays(i - weekDays), Mood: p[0], Minutes: p[1], HasMinutes: true})
		}
	}
	return out
}

// moods pairs each mood with the same minutes.
func moods(minutes int, ms ...int) [][2]int {
	out := make([][2]int, len(ms))
	for i, m := range ms {
		out[i] = [2]int{m, minutes}
	}
	return out
}

func join(parts ...[][2]int) [][2]int {
	var out [][2]int
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func insightSays(nMoved int, moved string, nOther int, other string) string {
	return "Over this week and the one before, on the " + itoa(nMoved) + " days you moved 20 minutes or more, your mood averaged " +
		moved + "; on the " + itoa(nOther) + " other days, " + other + ". That is how a few days went together, not proof that " +
		"one caused the other: sleep, the days since your session and much else change too. Session days are not counted."
}

func itoa(n int) string { return string(rune('0' + n)) }

func TestInsight(t *testing.T) {
	lastMonday := summaryStart.AddDays(-weekDays)
	tests := []struct {
		name     string
		days     [][2]int
		moved    map[localtime.Day]int
		sessions []localtime.Day
		want     string
	}{
		{"four and four, clearly apart",
			join(moods(30, 4, 4, 4, 4), moods(0, 2, 3, 2, 3)), nil, nil,
			insightSays(4, "4.0", 4, "2.5")},
		{"three moved days are too few",
			join(moods(30, 4, 4, 4), moods(0, 2, 3, 2, 3, 2)), nil, nil, ""},
		{"three other days are too few",
			join(moods(30, 4, 4, 4, 4, 5), moods(0, 2, 3, 2)), nil, nil, ""},
		{"19 minutes is another day, 20 a moved one",
			join(moods(20, 4, 4, 4, 4), moods(19, 2, 3, 2, 3)), nil, nil,
			insightSays(4, "4.0", 4, "2.5")},
		{"a session day is left out, and with it the fourth other day",
			join(moods(30, 4, 4, 4, 4), moods(0, 2, 3, 2, 3)), nil, []localtime.Day{lastMonday.AddDays(4)}, ""},
		{"a session day is left out of the counts",
			join(moods(30, 4, 4, 4, 4), moods(0, 1, 2, 3, 2, 3)), nil, []localtime.Day{lastMonday.AddDays(4)},
			insightSays(4, "4.0", 4, "2.5")},
		{"a session outside the two weeks changes nothing",
			join(moods(30, 4, 4, 4, 4), moods(0, 2, 3, 2, 3)), nil, []localtime.Day{lastMonday.AddDays(-1)},
			insightSays(4, "4.0", 4, "2.5")},
		// moved 4,4,4,4 against 1,4,4,3: a difference of 1.0, and a pooled
		// standard deviation of sqrt(6/6) = 1.0: just outside the spread.
		{"a difference equal to the daily spread is shown",
			join(moods(30, 4, 4, 4, 4), moods(0, 1, 4, 4, 3)), nil, nil,
			insightSays(4, "4.0", 4, "3.0")},
		// against 1,3,3,5 the spread is sqrt(8/6) = 1.15, more than 1.0.
		{"a difference within the daily spread is not",
			join(moods(30, 4, 4, 4, 4), moods(0, 1, 3, 3, 5)), nil, nil, ""},
		{"days that swing widely hide a small difference",
			join(moods(30, 5, 2, 5, 2), moods(0, 3, 3, 3, 4)), nil, nil, ""},
		{"the same either way is not shown",
			join(moods(30, 3, 3, 3, 3), moods(0, 3, 3, 3, 3)), nil, nil, ""},
		{"lower on moved days is said as plainly",
			join(moods(30, 2, 2, 3, 3, 2, 3), moods(0, 4, 4, 5, 5)), nil, nil,
			insightSays(6, "2.5", 4, "4.5")},
		{"a day without a mood does not count",
			join(moods(30, 4, 4, 4, 0), moods(0, 2, 3, 2, 3)), nil, nil, ""},
		{"movement logged outside the check-in counts",
			moods(0, 4, 4, 4, 4, 2, 2, 3, 3),
			map[localtime.Day]int{lastMonday: 20, lastMonday.AddDays(1): 25, lastMonday.AddDays(2): 60, lastMonday.AddDays(3): 90},
			nil, insightSays(4, "4.0", 4, "2.5")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := twoWeeks(tt.days...)
			s := SummarizeWeek(WeekInput{Start: summaryStart, ThisWeek: cs, LastWeek: cs, Moved: tt.moved, SessionDays: tt.sessions})
			if s.Insight != tt.want {
				t.Errorf("Insight =\n%q, want\n%q", s.Insight, tt.want)
			}
			if tt.want != "" && !strings.Contains(s.Text(), tt.want) {
				t.Errorf("Text lacks the insight:\n%s", s.Text())
			}
			assertKind(t, s)
		})
	}
}

func TestPooledSD(t *testing.T) {
	tests := []struct {
		a, b []int
		want float64
	}{
		{[]int{4, 4, 4, 4}, []int{1, 4, 4, 3}, 1},
		{[]int{3, 3}, []int{3, 3}, 0},
		{[]int{1, 3}, []int{2, 4}, 1.4142135623730951}, // (2+2)/2 = 2
	}
	for _, tt := range tests {
		if got := pooledSD(tt.a, tt.b); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("pooledSD(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
