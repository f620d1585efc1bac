package coach

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

func TestLastFullWeek(t *testing.T) {
	tests := []struct {
		name       string
		summaryDay int // Person.SummaryDay: 0 default (Sunday), 1 Sunday … 7 Saturday
		today      localtime.Day
		want       localtime.Day
	}{
		{"Monday: the week that ended yesterday", 0, "2026-03-09", "2026-03-02"},
		{"Tuesday: the same week", 0, "2026-03-10", "2026-03-02"},
		{"Sunday: that week is not over, the one before is", 0, "2026-03-08", "2026-02-23"},
		{"a Wednesday summary day, on the Thursday after", 4, "2026-03-12", "2026-03-05"},
		{"a Wednesday summary day, on the Wednesday", 4, "2026-03-11", "2026-02-26"},
		{"across a month's end", 0, "2026-03-02", "2026-02-23"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (Person{SummaryDay: tt.summaryDay}).lastFullWeek(tt.today); got != tt.want {
				t.Errorf("lastFullWeek(%s) = %s, want %s", tt.today, got, tt.want)
			}
		})
	}
}

// moodTrend makes a Trend from this week's and last week's moods.
func moodTrend(this, last []int) Trend {
	return SummarizeWeek(WeekInput{Start: summaryStart, ThisWeek: moodDays(summaryStart, this...), LastWeek: moodDays(summaryStart.AddDays(-7), last...)}).Mood
}

func TestDigestComparisonNeedsTwoAnswersEachWeek(t *testing.T) {
	tests := []struct {
		name       string
		this, last []int
		wantShort  string
		wantFlag   bool
	}{
		{"one answer last week: no comparison", []int{3, 4}, []int{5}, "3.5", false},
		{"two answers last week: compared", []int{3, 4}, []int{5, 5}, "3.5 (was 5.0)", true},
		{"one answer this week: no comparison", []int{2}, []int{5, 5}, "2.0", false},
		{"nothing last week", []int{3, 4}, nil, "3.5", false},
		{"nothing this week", nil, []int{3, 4}, "–", false},
		{"down less than a point: no flag", []int{4, 4}, []int{5, 4}, "4.0 (was 4.5)", false},
		{"down exactly a point: flag", []int{3, 4}, []int{4, 5}, "3.5 (was 4.5)", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := moodTrend(tt.this, tt.last)
			if got := trendShort(enWords, tr); got != tt.wantShort {
				t.Errorf("trendShort = %q, want %q", got, tt.wantShort)
			}
			flags := digestFlags(enWords, Scope{Trends: true}, WeeklySummary{Start: summaryStart, Mood: tr}, nil, summaryStart.AddDays(7))
			if got := slices.ContainsFunc(flags, func(f string) bool { return strings.HasPrefix(f, "mood down") }); got != tt.wantFlag {
				t.Errorf("mood flag = %v, want %v (flags %q)", got, tt.wantFlag, flags)
			}
		})
	}
}

func TestUnansweredSends(t *testing.T) {
	sent := time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)
	answered := func(d localtime.Day) CheckIn { return CheckIn{Day: d, Mood: 3, Sent: sent} }
	unanswered := func(d localtime.Day) CheckIn { return CheckIn{Day: d, Sent: sent} }
	today := summaryDay(7)
	tests := []struct {
		name     string
		days     []CheckIn
		want     int
		wantFlag bool
	}{
		{"a plan that ended: nothing sent, nothing counted",
			[]CheckIn{answered(summaryDay(0)), answered(summaryDay(1))}, 0, false},
		{"no days at all", nil, 0, false},
		{"two sent and not answered",
			[]CheckIn{answered(summaryDay(0)), unanswered(summaryDay(5)), unanswered(summaryDay(6))}, 2, false},
		{"three sent and not answered",
			[]CheckIn{answered(summaryDay(0)), unanswered(summaryDay(4)), unanswered(summaryDay(5)), unanswered(summaryDay(6))}, 3, true},
		{"days without a send between are skipped, not counted",
			[]CheckIn{answered(summaryDay(0)), unanswered(summaryDay(2)), unanswered(summaryDay(6))}, 2, false},
		{"today's check-in may still be answered",
			[]CheckIn{answered(summaryDay(3)), unanswered(summaryDay(5)), unanswered(summaryDay(6)), unanswered(today)}, 2, false},
		{"an answer ends the count",
			[]CheckIn{unanswered(summaryDay(2)), unanswered(summaryDay(3)), answered(summaryDay(4)), unanswered(summaryDay(6))}, 1, false},
		{"a check-in the person opened counts as an answer",
			[]CheckIn{unanswered(summaryDay(2)), unanswered(summaryDay(3)), unanswered(summaryDay(4)), {Day: summaryDay(5), Mood: 4}}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unansweredSends(tt.days, today); got != tt.want {
				t.Errorf("unansweredSends = %d, want %d", got, tt.want)
			}
			flags := digestFlags(enWords, Scope{Adherence: true}, WeeklySummary{Start: summaryStart}, tt.days, today)
			if got := slices.Contains(flags, "3+ days without answering"); got != tt.wantFlag {
				t.Errorf("flag = %v, want %v", got, tt.wantFlag)
			}
		})
	}
}

func TestAdherenceShort(t *testing.T) {
	tests := []struct {
		answered, sent int
		want           string
	}{
		{0, 0, "no check-ins sent"},
		{0, 3, "check-ins 0 of 3"},
		{5, 7, "check-ins 5 of 7"},
		{2, 0, "check-ins 2 of 2"}, // opened by the person, none sent
	}
	for _, tt := range tests {
		if got := adherenceShort(enWords, WeeklySummary{Answered: tt.answered, Sent: tt.sent}); got != tt.want {
			t.Errorf("adherenceShort(enWords, %d of %d) = %q, want %q", tt.answered, tt.sent, got, tt.want)
		}
	}
}
