package coach

import (
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
)

// summaryStart is a Monday, so that day labels in the tests read naturally.
const summaryStart = localtime.Day("2026-03-02")

func summaryDay(i int) localtime.Day { return summaryStart.AddDays(i) }

// moodDays makes one check-in per value on consecutive days from first;
// a 0 leaves that day out.
func moodDays(first localtime.Day, moods ...int) []CheckIn {
	var out []CheckIn
	for i, m := range moods {
		if m != 0 {
			out = append(out, CheckIn{Day: first.AddDays(i), Mood: m})
		}
	}
	return out
}

// unkind finds words and signs that shame a person for a thin week.
var unkind = regexp.MustCompile(`(?i)\b(only|missed|miss|failed|fail|failure|behind|should|must)\b|%`)

// assertKind fails when a summary's text or sections contain unkind words.
func assertKind(t *testing.T, s WeeklySummary) {
	t.Helper()
	texts := []string{s.Text()}
	for _, sec := range s.Sections() {
		texts = append(texts, sec.Name, sec.Value)
	}
	for _, text := range texts {
		if w := unkind.FindString(text); w != "" {
			t.Errorf("summary says %q in:\n%s", w, text)
		}
	}
}

func TestSummarizeWeekTrend(t *testing.T) {
	lastStart := summaryStart.AddDays(-7)
	tests := []struct {
		name       string
		this, last []int
		wantAvg    float64
		wantN      int
		wantPrev   float64
		wantDir    string
	}{
		// 2.8 - 2.5 is 0.29999999999999982 in floating point: still a move.
		{"up by exactly 0.3", []int{3, 3, 3, 3, 2}, []int{2, 3}, 2.8, 5, 2.5, DirectionUp},
		{"down by exactly 0.3", []int{2, 3}, []int{3, 3, 3, 3, 2}, 2.5, 2, 2.8, DirectionDown},
		{"steady just under 0.3", []int{3, 3, 3, 3, 3, 3, 2}, []int{3, 3, 3, 3, 2, 2, 2}, 20.0 / 7, 7, 18.0 / 7, DirectionSteady},
		{"big move on one answer is steady", []int{5}, []int{1, 1}, 5, 1, 1, DirectionSteady},
		{"big move against one answer is steady", []int{5, 5}, []int{1}, 5, 2, 1, DirectionSteady},
		{"no answers last week", []int{4, 4}, nil, 4, 2, 0, ""},
		{"no answers this week", nil, []int{4, 4}, 0, 0, 4, ""},
		{"gaps are not zeros", []int{4, 0, 2, 0, 0, 0, 3}, []int{3, 3}, 3, 3, 3, DirectionSteady},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := SummarizeWeek(WeekInput{
				Start:    summaryStart,
				ThisWeek: moodDays(summaryStart, tt.this...),
				LastWeek: moodDays(lastStart, tt.last...),
			})
			got := s.Mood
			if !closeTo(got.Avg, tt.wantAvg) || got.N != tt.wantN || !closeTo(got.PrevAvg, tt.wantPrev) || got.Direction != tt.wantDir {
				t.Errorf("Mood = %+v, want avg %.3f n %d prev %.3f direction %q", got, tt.wantAvg, tt.wantN, tt.wantPrev, tt.wantDir)
			}
			assertKind(t, s)
		})
	}
}

func closeTo(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestDirectionBoundary(t *testing.T) {
	tests := []struct {
		avg, prev float64
		n, prevN  int
		want      string
	}{
		{3.29, 3.0, 5, 5, DirectionSteady},
		{3.3, 3.0, 5, 5, DirectionUp},
		{2.71, 3.0, 5, 5, DirectionSteady},
		{2.7, 3.0, 5, 5, DirectionDown},
		{3.0, 3.0, 5, 5, DirectionSteady},
		{5.0, 1.0, 1, 5, DirectionSteady},
		{5.0, 1.0, 5, 1, DirectionSteady},
		{5.0, 1.0, 2, 2, DirectionUp},
		{5.0, 0, 5, 0, ""},
		{0, 3.0, 0, 5, ""},
	}
	for _, tt := range tests {
		got := trendDirection(Trend{Avg: tt.avg, PrevAvg: tt.prev, N: tt.n, PrevN: tt.prevN})
		if got != tt.want {
			t.Errorf("trendDirection(%.2f n%d vs %.2f n%d) = %q, want %q", tt.avg, tt.n, tt.prev, tt.prevN, got, tt.want)
		}
	}
}

// moodMinutes makes check-ins from pairs of mood and minutes, one per day.
func moodMinutes(pairs ...[2]int) []CheckIn {
	out := make([]CheckIn, len(pairs))
	for i, p := range pairs {
		out[i] = CheckIn{Day: summaryDay(i), Mood: p[0], Minutes: p[1], HasMinutes: true}
	}
	return out
}

func TestMovement(t *testing.T) {
	tests := []struct {
		name      string
		checkIns  []CheckIn
		moved     map[localtime.Day]int
		goal      int
		wantMin   int
		wantDays  int
		wantLines []string
		notLines  []string
	}{
		{
			name:      "check-in minutes when nothing else was logged",
			checkIns:  moodMinutes([2]int{3, 10}, [2]int{3, 20}, [2]int{3, 0}),
			wantMin:   30,
			wantDays:  2,
			wantLines: []string{"30 minutes on 2 days.", "For reference, the WHO suggests 150–300 minutes of moderate activity a week."},
			notLines:  []string{"goal"},
		},
		{
			name:      "a walk in both the check-in and the log counts once",
			checkIns:  moodMinutes([2]int{3, 20}),
			moved:     map[localtime.Day]int{summaryDay(0): 30, summaryDay(1): 0, summaryDay(2): 45},
			goal:      60,
			wantMin:   75,
			wantDays:  2,
			wantLines: []string{"75 minutes on 2 days.", "That reaches your own goal of 60 minutes."},
		},
		{
			name:      "under the person's own goal",
			moved:     map[localtime.Day]int{summaryDay(3): 40},
			goal:      120,
			wantMin:   40,
			wantDays:  1,
			wantLines: []string{"40 minutes on 1 day.", "Your own goal is 120 minutes a week; every minute counts toward it."},
		},
		{
			name:      "exactly the WHO minimum",
			moved:     map[localtime.Day]int{summaryDay(0): 50, summaryDay(2): 50, summaryDay(4): 50},
			wantMin:   150,
			wantDays:  3,
			wantLines: []string{"That's within the 150–300 minutes of moderate activity a week the WHO suggests."},
		},
		{
			name:      "past the WHO range",
			moved:     map[localtime.Day]int{summaryDay(0): 160, summaryDay(6): 160},
			wantMin:   320,
			wantDays:  2,
			wantLines: []string{"That goes beyond the 150–300 minutes of moderate activity a week the WHO suggests."},
		},
		{
			name:      "nothing moved holds up no target",
			moved:     map[localtime.Day]int{summaryDay(-1): 100, summaryDay(7): 100, summaryDay(2): -30},
			goal:      90,
			wantMin:   0,
			wantDays:  0,
			wantLines: []string{"No minutes logged this week — rest counts too."},
			notLines:  []string{"WHO", "goal"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := SummarizeWeek(WeekInput{Start: summaryStart, ThisWeek: tt.checkIns, Moved: tt.moved, GoalMinutes: tt.goal})
			if s.MinutesMoved != tt.wantMin || s.DaysMoved != tt.wantDays {
				t.Errorf("moved %d min on %d days, want %d on %d", s.MinutesMoved, s.DaysMoved, tt.wantMin, tt.wantDays)
			}
			if s.WHOMinutes != 150 || s.GoalMinutes != tt.goal {
				t.Errorf("WHOMinutes %d, GoalMinutes %d; want 150, %d", s.WHOMinutes, s.GoalMinutes, tt.goal)
			}
			text := s.Text()
			for _, want := range tt.wantLines {
				if !strings.Contains(text, want) {
					t.Errorf("Text lacks %q:\n%s", want, text)
				}
			}
			for _, not := range tt.notLines {
				if strings.Contains(text, not) {
					t.Errorf("Text mentions %q:\n%s", not, text)
				}
			}
			assertKind(t, s)
		})
	}
}

// resultWithTotal scores answers that add up to total, filled from the first item,
// so that tests get real Results from instrument.Score.
func resultWithTotal(t *testing.T, id string, total int) instrument.Result {
	t.Helper()
	inst, _ := instrument.ByID(id)
	answers := make([]int, len(inst.Items))
	first := 0
	if inst.Gated {
		answers[0], first = 1, 1
	}
	for i := first; i < len(answers) && total > 0; i++ {
		answers[i] = min(total, inst.Options[len(inst.Options)-1].Score)
		total -= answers[i]
	}
	r, err := instrument.Score(id, answers)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestScores(t *testing.T) {
	phqBefore, phqAfter := resultWithTotal(t, instrument.PHQ9, 12), resultWithTotal(t, instrument.PHQ9, 8)
	gadEarly, gadLate := resultWithTotal(t, instrument.GAD7, 9), resultWithTotal(t, instrument.GAD7, 6)
	scores := []ScoredInstrument{
		{summaryDay(9), resultWithTotal(t, instrument.PHQ9, 20)}, // after the week: ignored
		{summaryDay(5), gadLate},
		{summaryDay(2), phqAfter},
		{summaryDay(-10), phqBefore},
		{summaryDay(-3), resultWithTotal(t, instrument.PHQ2, 2)}, // nothing this week: no line
		{summaryDay(1), gadEarly},
		{summaryDay(4), resultWithTotal(t, instrument.PCPTSD5, 2)},
	}
	s := SummarizeWeek(WeekInput{Start: summaryStart, Scores: scores})
	phqChange, _ := instrument.Compare(phqBefore, phqAfter)
	gadChange, _ := instrument.Compare(gadEarly, gadLate)
	want := []struct {
		code    string
		day     localtime.Day
		total   int
		meaning string
	}{
		{"PHQ-9", summaryDay(2), 8, phqChange.Meaning},
		{"GAD-7", summaryDay(5), 6, gadChange.Meaning},
		{"PC-PTSD-5", summaryDay(4), 2, ""},
	}
	if len(s.Scores) != len(want) {
		t.Fatalf("Scores = %+v, want %d lines", s.Scores, len(want))
	}
	for i, w := range want {
		got := s.Scores[i]
		if got.Code != w.code || got.Day != w.day || got.Result.Total != w.total || got.Meaning != w.meaning {
			t.Errorf("Scores[%d] = %+v, want %s %s total %d %q", i, got, w.code, w.day, w.total, w.meaning)
		}
	}
	for _, want := range []string{
		"PHQ-9: 8 of 27, mild range. Your PHQ-9 score went from 12 to 8, down 4 points;",
		"GAD-7: 6 of 21, mild range. Your GAD-7 score went from 9 to 6,",
		"PC-PTSD-5: 2 of 5.",
	} {
		if !strings.Contains(s.Text(), want) {
			t.Errorf("Text lacks %q:\n%s", want, s.Text())
		}
	}
	assertKind(t, s)
}

func TestDaysOutsideTheWeekAreIgnored(t *testing.T) {
	s := SummarizeWeek(WeekInput{
		Start: summaryStart,
		ThisWeek: []CheckIn{
			{Day: summaryDay(-1), Mood: 1, Minutes: 90, HasMinutes: true},
			{Day: summaryDay(7), Mood: 1, Minutes: 90, HasMinutes: true},
			{Day: summaryDay(3), Mood: 4},
			{Day: summaryDay(3), Sleep: 2, Minutes: 15, HasMinutes: true}, // the same day twice: merged
		},
		LastWeek: []CheckIn{
			{Day: summaryDay(0), Mood: 5},  // this week's day in last week's list
			{Day: summaryDay(-8), Mood: 5}, // two weeks ago
			{Day: summaryDay(-7), Mood: 2},
		},
	})
	if s.Mood.N != 1 || s.Mood.Avg != 4 || s.Mood.PrevN != 1 || s.Mood.PrevAvg != 2 {
		t.Errorf("Mood = %+v, want this week 4 (1 answer) and last week 2 (1 answer)", s.Mood)
	}
	if s.Answered != 1 || s.MinutesMoved != 15 || s.Sleep.N != 1 {
		t.Errorf("Answered %d, MinutesMoved %d, Sleep.N %d; want 1, 15, 1", s.Answered, s.MinutesMoved, s.Sleep.N)
	}
	if s.Start != summaryStart || s.End != summaryDay(6) || len(s.Daily) != 7 {
		t.Fatalf("week %s..%s with %d days, want %s..%s with 7", s.Start, s.End, len(s.Daily), summaryStart, summaryDay(6))
	}
	for i, p := range s.Daily {
		if p.Day != summaryDay(i) {
			t.Errorf("Daily[%d].Day = %s, want %s", i, p.Day, summaryDay(i))
		}
	}
	if p := s.Daily[3]; p.Mood != 4 || p.Sleep != 2 || p.Minutes != 15 || p.Anxiety != 0 {
		t.Errorf("Daily[3] = %+v, want mood 4, sleep 2, 15 minutes, no anxiety", p)
	}
}
