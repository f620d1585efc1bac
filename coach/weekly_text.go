package coach

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Discord's limits on embed fields, which Sections keeps to.
const (
	maxSections     = 25
	maxSectionName  = 256
	maxSectionValue = 1024
)

// Title names the week and its dates in the person's zone, for the top of
// a message or an embed: "Your week, Mon 2 Mar – Sun 8 Mar", or for the
// seven days ending today that /summary shows on demand, "The last 7 days,
// Tue 3 Mar – Mon 9 Mar".
func (s WeeklySummary) Title() string {
	return s.ChartTitle() + ", " + shortDayLabel(s.Start) + " – " + shortDayLabel(s.End)
}

// ChartTitle is the title's name without the dates, for the chart, whose
// axis names the days: "Your week" or "The last 7 days".
func (s WeeklySummary) ChartTitle() string {
	if s.Rolling {
		return "The last 7 days"
	}
	return "Your week"
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
	var out []SummarySection
	add := func(name string, lines []string) {
		if len(lines) > 0 && len(out) < maxSections {
			value := fitField(strings.Join(lines, "\n"), maxSectionValue)
			out = append(out, SummarySection{Name: fitField(name, maxSectionName), Value: value})
		}
	}
	if s.quiet() {
		name := "This week"
		if s.Rolling {
			name = "These 7 days"
		}
		add(name, s.quietLines())
	}
	add("How you felt", s.feelingLines())
	add("Movement", s.movementLines())
	if !s.quiet() {
		add("Check-ins", s.checkInLines())
	}
	add("Questionnaires", s.scoreTexts())
	if s.Insight != "" {
		add("A pattern over two weeks", []string{s.Insight})
	}
	return out
}

// quiet reports a week with so few answers that it is greeted, not counted.
func (s WeeklySummary) quiet() bool { return s.Answered <= quietWeekAnswers }

func (s WeeklySummary) quietLines() []string {
	quiet := "A quiet week"
	if s.Rolling {
		quiet = "A quiet few days"
	}
	lines := []string{quiet + " — that's okay. Whatever you managed counts."}
	switch s.Answered {
	case 0:
	case 1:
		lines = append(lines, "You checked in on 1 day.")
	default:
		lines = append(lines, fmt.Sprintf("You checked in on %d days.", s.Answered))
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
		lines = append(lines, lowWeekLine)
	}
	return lines
}

// lowWeekLine follows the figures of a week whose mood averaged "Low" or
// below: a summary is the one message that comes whether or not the
// low-mood note came this week, and numbers alone would leave a hard week
// unanswered. It says who could help and where help is, and asks nothing.
const lowWeekLine = "These days sound like they've been low. It could help to let your therapist or clinic know how they've been; if it ever feels like too much, /crisis shows people you can reach."

// trendWords words each answer's moves. For anxiety a fall is the good news,
// so it "eased"; a rise in anything is said plainly, never as an alarm.
var trendWords = map[Field]struct{ up, down string }{
	FieldMood:    {"lifted from %s last week", "lower than last week's %s"},
	FieldAnxiety: {"higher than last week's %s", "eased from %s last week"},
	FieldEnergy:  {"up from %s last week", "lower than last week's %s"},
	FieldSleep:   {"better than last week's %s", "lower than last week's %s"},
}

// rollingTrendWords are trendWords for the last 7 days on demand, which
// are held against the 7 days before them, not against a week.
var rollingTrendWords = map[Field]struct{ up, down string }{
	FieldMood:    {"lifted from %s in the 7 days before", "lower than %s in the 7 days before"},
	FieldAnxiety: {"higher than %s in the 7 days before", "eased from %s in the 7 days before"},
	FieldEnergy:  {"up from %s in the 7 days before", "lower than %s in the 7 days before"},
	FieldSleep:   {"better than %s in the 7 days before", "lower than %s in the 7 days before"},
}

// trendLine is the summary's trendLine: over the person's week, or over
// the last 7 days on demand.
func (s WeeklySummary) trendLine(f Field, t Trend) string {
	if !s.Rolling {
		return trendLine(f, t)
	}
	return trendLineIn(f, t, rollingTrendWords[f].up, rollingTrendWords[f].down, "the 7 days before")
}

// trendLine writes "Mood: 3.6 (good), lifted from 3.1 last week." The
// comparison is left out when either week is too thin for it to be true.
// A steady one names last week's figure too ("about the same as last
// week (3.0)"), so that it can be read beside a therapist's digest, which
// shows the same two weeks as "mood 3.3 (was 3.0)".
func trendLine(f Field, t Trend) string {
	return trendLineIn(f, t, trendWords[f].up, trendWords[f].down, "last week")
}

func trendLineIn(f Field, t Trend, up, down, before string) string {
	name := strings.ToUpper(string(f[:1])) + string(f[1:])
	line := fmt.Sprintf("%s: %s (%s)", name, oneDecimal(t.Avg), levelWord(f, t.Avg))
	if !t.comparable() {
		return line + "."
	}
	switch t.Direction {
	case DirectionUp:
		line += ", " + fmt.Sprintf(up, oneDecimal(t.PrevAvg))
	case DirectionDown:
		line += ", " + fmt.Sprintf(down, oneDecimal(t.PrevAvg))
	default:
		line += ", about the same as " + before + " (" + oneDecimal(t.PrevAvg) + ")"
	}
	return line + "."
}

// levelWord gives the person's own answer word nearest an average, so that
// "2.4" reads as "a little" for anxiety and "low" for mood.
func levelWord(f Field, avg float64) string {
	i := min(max(int(math.Round(avg)), 1), 5)
	return strings.ToLower(scales[f].Levels[i-1])
}

// movementLines says what was moved and holds it against the person's own
// goal and the WHO range. With nothing moved the references are left out:
// beside a zero, a target reads as a reproach.
func (s WeeklySummary) movementLines() []string {
	if s.MinutesMoved == 0 {
		if s.Rolling {
			return []string{"No minutes logged in these 7 days — rest counts too."}
		}
		return []string{"No minutes logged this week — rest counts too."}
	}
	lines := []string{fmt.Sprintf("%d minutes on %s.", s.MinutesMoved, pluralCount(s.DaysMoved, "day"))}
	if s.GoalMinutes > 0 {
		lines = append(lines, s.goalLine())
	}
	return append(lines, s.whoLine())
}

func (s WeeklySummary) goalLine() string {
	if s.MinutesMoved >= s.GoalMinutes {
		return fmt.Sprintf("That reaches your own goal of %d minutes.", s.GoalMinutes)
	}
	return fmt.Sprintf("Your own goal is %d minutes a week; every minute counts toward it.", s.GoalMinutes)
}

func (s WeeklySummary) whoLine() string {
	who := max(s.WHOMinutes, whoWeeklyMinutes)
	rng := fmt.Sprintf("%d–%d minutes of moderate activity a week", who, whoUpperMinutes)
	switch {
	case s.MinutesMoved > whoUpperMinutes:
		return "That goes beyond the " + rng + " the WHO suggests."
	case s.MinutesMoved >= who:
		return "That's within the " + rng + " the WHO suggests."
	default:
		return "For reference, the WHO suggests " + rng + "."
	}
}

func (s WeeklySummary) checkInLines() []string {
	switch {
	case s.Sent > 0 && s.Answered == s.Sent:
		return []string{fmt.Sprintf("You answered all %s sent.", pluralCount(s.Sent, "check-in"))}
	case s.Sent > 0 && s.Answered < s.Sent:
		return []string{fmt.Sprintf("You answered %d of the %d check-ins sent.", s.Answered, s.Sent)}
	}
	// More answers than sends means the person opened some themselves.
	return []string{fmt.Sprintf("You answered %s.", pluralCount(s.Answered, "check-in"))}
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
func insightText(nMoved int, moved float64, nOther int, other float64, rolling bool) string {
	over := "Over this week and the one before"
	if rolling {
		over = "Over these 7 days and the 7 before"
	}
	return fmt.Sprintf(over+", on the %d days you moved %d minutes or more, "+
		"your mood averaged %s; on the %d other days, %s. ", nMoved, insightMinutes, oneDecimal(moved), nOther, oneDecimal(other)) +
		"That is how a few days went together, not proof that one caused the other: sleep, " +
		"the days since your session and much else change too. Session days are not counted."
}

func pluralCount(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// fitField cuts text to at most n characters, marking the cut.
func fitField(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
