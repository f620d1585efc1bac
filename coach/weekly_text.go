package coach

import (
	"fmt"
	"math"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
)

// Discord's limits on embed fields, which Sections keeps to.
const (
	maxSections     = 25
	maxSectionName  = 256
	maxSectionValue = 1024
)

// words are the summary's words, in its language.
func (s WeeklySummary) words() lang.Printer { return lang.For(s.Lang) }

// Title names the week and its dates in the person's zone, for the top of
// a message or an embed: "Your week, Mon 2 Mar – Sun 8 Mar", or for the
// seven days ending today that /summary shows on demand, "The last 7 days,
// Tue 3 Mar – Mon 9 Mar".
func (s WeeklySummary) Title() string {
	w := s.words()
	return w.T("summary.title", lang.Args{"Name": s.ChartTitle(), "From": shortDayIn(w, s.Start), "To": shortDayIn(w, s.End)})
}

// ChartTitle is the title's name without the dates, for the chart, whose
// axis names the days: "Your week" or "The last 7 days".
func (s WeeklySummary) ChartTitle() string {
	if s.Rolling {
		return s.words().T("summary.last_7_days")
	}
	return s.words().T("summary.your_week")
}

// Text writes the summary as plain text for the console: the title, then
// each section as a heading with its lines indented, in at most 21 lines.
func (s WeeklySummary) Text() string {
	var b strings.Builder
	b.WriteString(s.Title())
	for _, sec := range s.Sections() {
		b.WriteString("\n" + sec.Name)
		for _, line := range strings.Split(sec.Value, "\n") {
			b.WriteString("\n  " + line)
		}
	}
	return b.String()
}

// Sections returns the summary as named parts, ready to become the fields
// of a Discord embed: never empty, and within Discord's field limits.
//
// A quiet week leads with a warm line and shows no count of check-ins
// against those sent, because a thin week needs reassurance, not a tally.
func (s WeeklySummary) Sections() []SummarySection {
	w := s.words()
	var out []SummarySection
	add := func(key string, lines []string) {
		if len(lines) > 0 && len(out) < maxSections {
			value := fitField(strings.Join(lines, "\n"), maxSectionValue)
			out = append(out, SummarySection{Name: fitField(w.T(key), maxSectionName), Value: value})
		}
	}
	if s.quiet() {
		name := "summary.this_week"
		if s.Rolling {
			name = "summary.these_7_days"
		}
		add(name, s.quietLines())
	}
	add("summary.how_you_felt", s.feelingLines())
	add("summary.movement", s.movementLines())
	if !s.quiet() {
		add("summary.check_ins", s.checkInLines())
	}
	add("summary.questionnaires", s.scoreTexts())
	if s.Insight != "" {
		add("summary.pattern", []string{s.Insight})
	}
	return out
}

// quiet reports a week with so few answers that it is greeted, not counted.
func (s WeeklySummary) quiet() bool { return s.Answered <= quietWeekAnswers }

func (s WeeklySummary) quietLines() []string {
	w := s.words()
	quiet := "summary.quiet_week"
	if s.Rolling {
		quiet = "summary.quiet_days"
	}
	lines := []string{w.T(quiet)}
	if s.Answered > 0 {
		lines = append(lines, w.N("summary.checked_in_days", s.Answered))
	}
	return lines
}

func (s WeeklySummary) feelingLines() []string {
	var lines []string
	for _, f := range []struct {
		field Field
		trend Trend
	}{{FieldMood, s.Mood}, {FieldAnxiety, s.Anxiety}, {FieldEnergy, s.Energy}, {FieldSleep, s.Sleep}} {
		if f.trend.N > 0 {
			lines = append(lines, s.trendLine(f.field, f.trend))
		}
	}
	if s.Mood.N >= trendMinAnswers && s.Mood.Avg <= lowMoodAtMost+trendEpsilon {
		lines = append(lines, s.words().T("summary.low_week"))
	}
	return lines
}

// The low-week line (summary.low_week) follows the figures of a week
// whose mood averaged "Low" or below: a summary is the one message that
// comes whether or not the low-mood note came this week, and numbers alone
// would leave a hard week unanswered. It says who could help and where
// help is, and asks nothing.

// trendLine is the summary's trendLine: over the person's week, or over
// the last 7 days on demand. For anxiety a fall is the good news, so it
// "eased"; a rise in anything is said plainly, never as an alarm.
func (s WeeklySummary) trendLine(f Field, t Trend) string {
	prefix := "summary."
	if s.Rolling {
		prefix = "summary.rolling_"
	}
	return trendLineIn(s.words(), f, t, prefix)
}

// trendLineIn writes "Mood: 3.6 (good), lifted from 3.1 last week." in
// w's language; prefix picks the comparison with last week ("summary.")
// or with the 7 days before ("summary.rolling_"). The comparison is left
// out when either week is too thin for it to be true. A steady one names
// last week's figure too ("about the same as last week (3.0)"), so that it
// can be read beside a therapist's digest, which shows the same two weeks
// as "mood 3.3 (was 3.0)".
func trendLineIn(w lang.Printer, f Field, t Trend, prefix string) string {
	line := w.T("summary.trend", lang.Args{"Name": w.T("summary." + string(f)), "Avg": w.Decimal(t.Avg, 1), "Word": levelWord(w, f, t.Avg)})
	if !t.comparable() {
		return line + "."
	}
	before := lang.Args{"Before": w.Decimal(t.PrevAvg, 1)}
	switch t.Direction {
	case DirectionUp:
		line += ", " + w.T(prefix+string(f)+"_up", before)
	case DirectionDown:
		line += ", " + w.T(prefix+string(f)+"_down", before)
	default:
		line += ", " + w.T(prefix+"same", before)
	}
	return line + "."
}

// levelWord gives the person's own answer word nearest an average, so that
// "2.4" reads as "a little" for anxiety and "low" for mood.
func levelWord(w lang.Printer, f Field, avg float64) string {
	i := min(max(int(math.Round(avg)), 1), 5)
	return strings.ToLower(scaleIn(w, f).Levels[i-1])
}

// movementLines says what was moved and holds it against the person's own
// goal and the WHO range. With nothing moved the references are left out:
// beside a zero, a target reads as a reproach.
func (s WeeklySummary) movementLines() []string {
	w := s.words()
	if s.MinutesMoved == 0 {
		if s.Rolling {
			return []string{w.T("summary.no_minutes_days")}
		}
		return []string{w.T("summary.no_minutes_week")}
	}
	lines := []string{w.T("summary.minutes_on", lang.Args{"Minutes": s.MinutesMoved, "Days": w.N("summary.days", s.DaysMoved)})}
	if s.GoalMinutes > 0 {
		lines = append(lines, s.goalLine())
	}
	return append(lines, s.whoLine())
}

func (s WeeklySummary) goalLine() string {
	if s.MinutesMoved >= s.GoalMinutes {
		return s.words().T("summary.goal_reached", lang.Args{"Goal": s.GoalMinutes})
	}
	return s.words().T("summary.goal", lang.Args{"Goal": s.GoalMinutes})
}

func (s WeeklySummary) whoLine() string {
	w := s.words()
	who := max(s.WHOMinutes, whoWeeklyMinutes)
	rng := lang.Args{"Range": w.T("summary.who_range", lang.Args{"From": who, "To": whoUpperMinutes})}
	switch {
	case s.MinutesMoved > whoUpperMinutes:
		return w.T("summary.who_beyond", rng)
	case s.MinutesMoved >= who:
		return w.T("summary.who_within", rng)
	default:
		return w.T("summary.who_reference", rng)
	}
}

func (s WeeklySummary) checkInLines() []string {
	w := s.words()
	switch {
	case s.Sent > 0 && s.Answered == s.Sent:
		return []string{w.N("summary.answered_all", s.Sent)}
	case s.Sent > 0 && s.Answered < s.Sent:
		return []string{w.T("summary.answered_of", lang.Args{"Answered": s.Answered, "Sent": s.Sent})}
	}
	// More answers than sends means the person opened some themselves.
	return []string{w.N("summary.answered", s.Answered)}
}

func (s WeeklySummary) scoreTexts() []string {
	lines := make([]string, 0, len(s.Scores))
	for _, l := range s.Scores {
		lines = append(lines, l.text())
	}
	return lines
}

// text writes "PHQ-9: 8 of 27, mild range." and the change, if any.
func (l ScoreLine) text() string {
	t := fmt.Sprintf("%s: %d of %d", l.Code, l.Result.Total, l.Result.MaxTotal)
	if l.Result.Severity != "" {
		t += ", " + l.Result.Severity + " range"
	}
	t += "."
	if l.Meaning != "" {
		t += " " + l.Meaning
	}
	return t
}

// insightText words the insight: both groups with their counts, then in
// plain words what a few days can and cannot say.
func insightText(w lang.Printer, nMoved int, moved float64, nOther int, other float64, rolling bool) string {
	key := "summary.insight_week"
	if rolling {
		key = "summary.insight_days"
	}
	return w.T(key, lang.Args{"Moved": nMoved, "Minutes": insightMinutes, "MovedAvg": w.Decimal(moved, 1), "Other": nOther, "OtherAvg": w.Decimal(other, 1)})
}

// fitField cuts text to at most n characters, marking the cut.
func fitField(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
