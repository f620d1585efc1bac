package coach

import (
	"github.com/aftercare/aftercare/coach/lang"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
)

func TestTrendWording(t *testing.T) {
	this := []CheckIn{
		{Day: summaryDay(0), Mood: 4, Anxiety: 2, Energy: 3, Sleep: 2},
		{Day: summaryDay(1), Mood: 4, Anxiety: 2, Energy: 3, Sleep: 2},
		{Day: summaryDay(2), Mood: 3, Anxiety: 2, Energy: 3},
	}
	last := []CheckIn{
		{Day: summaryDay(-7), Mood: 2, Anxiety: 4, Energy: 3, Sleep: 4},
		{Day: summaryDay(-6), Mood: 3, Anxiety: 4, Energy: 3, Sleep: 4},
	}
	s := SummarizeWeek(WeekInput{Start: summaryStart, ThisWeek: this, LastWeek: last})
	for _, want := range []string{
		"Mood: 3.7 (good), lifted from 2.5 last week.",
		"Anxiety: 2.0 (a little), eased from 4.0 last week.",
		"Energy: 3.0 (some), about the same as last week (3.0).", // the figure a digest shows as "(was 3.0)"
		"Sleep: 2.0 (poorly), lower than last week's 4.0.",
	} {
		if !strings.Contains(s.Text(), want) {
			t.Errorf("Text lacks %q:\n%s", want, s.Text())
		}
	}
	// The seven days ending today, on demand, are not a week: named with
	// their dates and held against the seven days before them.
	in := WeekInput{Start: summaryStart, ThisWeek: this, LastWeek: last, Rolling: true}
	rolling := SummarizeWeek(in)
	for _, want := range []string{
		"The last 7 days, Mon 2 Mar – Sun 8 Mar",
		"Mood: 3.7 (good), lifted from 2.5 in the 7 days before.",
		"Anxiety: 2.0 (a little), eased from 4.0 in the 7 days before.",
		"Energy: 3.0 (some), about the same as the 7 days before (3.0).",
		"Sleep: 2.0 (poorly), lower than 4.0 in the 7 days before.",
		"No minutes logged in these 7 days",
	} {
		if !strings.Contains(rolling.Text(), want) {
			t.Errorf("rolling Text lacks %q:\n%s", want, rolling.Text())
		}
	}
	if strings.Contains(rolling.Text(), "week") || rolling.ChartTitle() != "The last 7 days" {
		t.Errorf("rolling summary speaks of a week (chart %q):\n%s", rolling.ChartTitle(), rolling.Text())
	}
	if s.Anxiety.Direction != DirectionDown {
		t.Errorf("Anxiety.Direction = %q, want down", s.Anxiety.Direction)
	}
	assertKind(t, s)
}

func TestTrendWordingLeavesOutThinComparisons(t *testing.T) {
	s := SummarizeWeek(WeekInput{
		Start:    summaryStart,
		ThisWeek: moodDays(summaryStart, 5, 5, 5),
		LastWeek: moodDays(summaryStart.AddDays(-7), 1),
	})
	if line := trendLineIn(lang.For("en"), FieldMood, s.Mood, "summary."); line != "Mood: 5.0 (very good)." {
		t.Errorf("trendLine = %q, want no comparison against one answer", line)
	}
}

func TestQuietWeek(t *testing.T) {
	warm := "A quiet week — that's okay. Whatever you managed counts."
	tests := []struct {
		name      string
		checkIns  []CheckIn
		moved     map[localtime.Day]int
		wantQuiet bool
		wantLine  string
	}{
		{"nothing at all", nil, nil, true, warm},
		{"one answer", moodDays(summaryStart, 2), nil, true, "You checked in on 1 day."},
		{"two answers and a walk", moodDays(summaryStart, 1, 0, 2), map[localtime.Day]int{summaryDay(4): 10}, true, "You checked in on 2 days."},
		{"a note alone is an answer", []CheckIn{{Day: summaryDay(3), Note: "tired"}}, nil, true, "You checked in on 1 day."},
		{"three answers are counted", moodDays(summaryStart, 3, 3, 3), nil, false, "You answered 3 of the 7 check-ins sent."},
		{"every check-in answered", moodDays(summaryStart, 3, 3, 3, 3, 3, 3, 3), nil, false, "You answered all 7 check-ins sent."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := SummarizeWeek(WeekInput{Start: summaryStart, ThisWeek: tt.checkIns, Moved: tt.moved, CheckInsSent: 7, GoalMinutes: 150})
			text := s.Text()
			if got := strings.Contains(text, warm); got != tt.wantQuiet {
				t.Errorf("warm line shown = %v, want %v:\n%s", got, tt.wantQuiet, text)
			}
			if !strings.Contains(text, tt.wantLine) {
				t.Errorf("Text lacks %q:\n%s", tt.wantLine, text)
			}
			if tt.wantQuiet && strings.Contains(text, "of the 7") {
				t.Errorf("quiet week counts answers against sends:\n%s", text)
			}
			assertKind(t, s)
		})
	}
}

// fullSummaryWeek is a week with every part of the summary filled in.
func fullSummaryWeek(t *testing.T) WeekInput {
	var this, last []CheckIn
	for i := range 7 {
		this = append(this, CheckIn{Day: summaryDay(i), Mood: 1 + i%5, Anxiety: 5 - i%5, Energy: 3, Sleep: 2 + i%3, Minutes: 10 * i, HasMinutes: true})
		last = append(last, CheckIn{Day: summaryDay(i - 7), Mood: 2, Anxiety: 3, Energy: 3, Sleep: 3})
	}
	var scores []ScoredInstrument
	for _, inst := range instrument.All() {
		scores = append(scores,
			ScoredInstrument{summaryDay(-7), resultWithTotal(t, inst.ID, inst.MaxTotal)},
			ScoredInstrument{summaryDay(3), resultWithTotal(t, inst.ID, 1)})
	}
	return WeekInput{Start: summaryStart, ThisWeek: this, LastWeek: last, GoalMinutes: 200, CheckInsSent: 7, Scores: scores}
}

func TestTextIsCompact(t *testing.T) {
	s := SummarizeWeek(fullSummaryWeek(t))
	text := s.Text()
	if n := strings.Count(text, "\n") + 1; n > 25 {
		t.Errorf("Text has %d lines, want at most 25:\n%s", n, text)
	}
	if !strings.HasPrefix(text, "Your week, Mon 2 Mar – Sun 8 Mar\n") {
		t.Errorf("Text starts %q", strings.SplitN(text, "\n", 2)[0])
	}
	assertKind(t, s)
}

func TestSectionsWithinDiscordLimits(t *testing.T) {
	long := SummarizeWeek(fullSummaryWeek(t))
	long.Insight = strings.Repeat("ü", 3000)
	long.Scores[0].Meaning = strings.Repeat("word ", 400)
	tests := []struct {
		name string
		s    WeeklySummary
	}{
		{"full week", SummarizeWeek(fullSummaryWeek(t))},
		{"quiet week", SummarizeWeek(WeekInput{Start: summaryStart})},
		{"zero summary", WeeklySummary{}},
		{"overlong text", long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			secs := tt.s.Sections()
			if len(secs) == 0 || len(secs) > 25 {
				t.Fatalf("%d sections, want 1-25", len(secs))
			}
			total := 0
			for _, sec := range secs {
				name, value := utf8.RuneCountInString(sec.Name), utf8.RuneCountInString(sec.Value)
				if name == 0 || name > 256 || value == 0 || value > 1024 {
					t.Errorf("section %q: name %d, value %d characters; want 1-256 and 1-1024", sec.Name, name, value)
				}
				total += name + value
			}
			// Discord also caps a whole embed at 6000 characters.
			if total > 6000 {
				t.Errorf("sections hold %d characters, want at most 6000", total)
			}
		})
	}
}

// TestLowWeekIsNotJustNumbers: a week whose mood averaged Low or below
// gets a line that names who could help and /crisis; an okay week does not.
func TestLowWeekIsNotJustNumbers(t *testing.T) {
	for _, tt := range []struct {
		moods []int
		want  bool
	}{
		{[]int{1, 2, 2}, true},
		{[]int{2, 2}, true},
		{[]int{2, 3, 2}, false}, // 2.3: between Low and Okay
		{[]int{1}, false},       // one answer says too little
	} {
		var week []CheckIn
		for i, m := range tt.moods {
			week = append(week, CheckIn{Day: summaryDay(i), Mood: m})
		}
		text := SummarizeWeek(WeekInput{Start: summaryStart, ThisWeek: week}).Text()
		if got := strings.Contains(text, lang.For("en").T("summary.low_week")); got != tt.want {
			t.Errorf("moods %v: low-week line %v, want %v:\n%s", tt.moods, got, tt.want, text)
		}
	}
	if !strings.Contains(lang.For("en").T("summary.low_week"), "/crisis") || !strings.Contains(lang.For("en").T("summary.low_week"), "therapist") {
		t.Errorf("low-week line names no help: %q", lang.For("en").T("summary.low_week"))
	}
}
