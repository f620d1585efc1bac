package coach

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// whoWeeklyMinutes is the lower end of the WHO 2020 guideline for adults:
// 150-300 minutes of moderate physical activity a week.
const whoWeeklyMinutes = 150

// whoUpperMinutes is the upper end of the same guideline, quoted in the text
// so that 150 reads as a range to grow into rather than a bar to clear.
const whoUpperMinutes = 300

// The directions a Trend can take. An empty Direction means there is nothing
// to compare with.
const (
	DirectionUp     = "up"
	DirectionDown   = "down"
	DirectionSteady = "steady"
)

const (
	// steadyBelow is the smallest change in a weekly average, on a 1-5
	// scale, that is reported as a move rather than as noise.
	steadyBelow = 0.3
	// trendEpsilon absorbs floating-point error: averages of whole answers
	// are fractions with small denominators, so a true 0.3 can come out as
	// 0.29999999999999982 and must still count as a move.
	trendEpsilon = 1e-9
	// trendMinAnswers is the fewest answers in each week worth comparing.
	trendMinAnswers = 2
	// quietWeekAnswers is the most answers a week can have and still be
	// greeted as a quiet week rather than counted.
	quietWeekAnswers = 2
	// weekDays is the length of a summary week.
	weekDays = 7
)

// WeekInput is everything SummarizeWeek needs to describe one week.
type WeekInput struct {
	Start              localtime.Day // first day of the week; the week is Start..Start+6
	ThisWeek, LastWeek []CheckIn     // any order; days outside their week are ignored
	// Moved is minutes moved per day from all sources (check-ins, /moved,
	// nudges done); it may be nil.
	Moved        map[localtime.Day]int
	GoalMinutes  int // the person's own weekly goal; 0 means none set
	CheckInsSent int // check-ins the bot sent this week
	Scores       []ScoredInstrument

	// SessionDays are the days of therapy sessions, in the person's zone;
	// the insight leaves them out. Days outside the two weeks are ignored.
	SessionDays []localtime.Day

	// Rolling marks the seven days ending today that /summary shows on
	// demand, which are not the person's own week: the text then says
	// "the last 7 days" and "the 7 days before", never "this week".
	Rolling bool

	// Lang is the language to write the summary in; empty: English.
	Lang string
}

// ScoredInstrument is an instrument result and the day it was given.
type ScoredInstrument struct {
	Day    localtime.Day
	Result instrument.Result
}

// Trend is a 1-5 answer's weekly average against the week before.
type Trend struct {
	Avg, PrevAvg float64
	N, PrevN     int
	// Direction is DirectionUp, DirectionDown, DirectionSteady, or "" when
	// either week has no answers.
	Direction string
}

// ScoreLine is the latest result of one instrument in the week.
type ScoreLine struct {
	Day    localtime.Day
	Code   string // "PHQ-9"
	Result instrument.Result
	// Meaning is instrument.Compare's sentence about the change from the previous
	// result of the same instrument; "" for a first result.
	Meaning string
}

// DayPoint is one day of the week for the chart. Zero in a 1-5 field means
// no answer.
type DayPoint struct {
	Day                          localtime.Day
	Mood, Anxiety, Energy, Sleep int
	Minutes                      int
}

// SummarySection is one titled part of the summary, shaped for a Discord
// embed field.
type SummarySection struct {
	Name, Value string
}

// WeeklySummary is what the person gets back at the end of a week.
type WeeklySummary struct {
	Start, End                   localtime.Day
	Mood, Anxiety, Energy, Sleep Trend
	MinutesMoved                 int
	GoalMinutes                  int
	WHOMinutes                   int // whoWeeklyMinutes
	DaysMoved                    int // days with more than 0 minutes
	Answered, Sent               int
	Scores                       []ScoreLine // in the order instrument.All returns
	Insight                      string      // "" when there is not enough data
	Daily                        []DayPoint  // 7 entries, Start..End
	Rolling                      bool        // the last 7 days on demand, not the person's week (WeekInput.Rolling)
	// Lang is the language the summary is written in (lang.Langs; empty:
	// English): its text here, and its chart in the transport.
	Lang string `json:",omitempty"`
}

// SummarizeWeek describes the week starting at in.Start. It is pure: the
// caller loads the data and decides when the week is over.
func SummarizeWeek(in WeekInput) WeeklySummary {
	this := collectWeek(in.ThisWeek, in.Start)
	last := collectWeek(in.LastWeek, in.Start.AddDays(-weekDays))
	s := WeeklySummary{
		Start:       in.Start,
		End:         in.Start.AddDays(weekDays - 1),
		GoalMinutes: max(in.GoalMinutes, 0),
		WHOMinutes:  whoWeeklyMinutes,
		Sent:        max(in.CheckInsSent, 0),
		Answered:    countAnswered(this),
		Daily:       dailyPoints(in.Start, this, in.Moved),
		Rolling:     in.Rolling,
		Lang:        in.Lang,
	}
	s.Mood = trendOf(this, last, func(c CheckIn) int { return c.Mood })
	s.Anxiety = trendOf(this, last, func(c CheckIn) int { return c.Anxiety })
	s.Energy = trendOf(this, last, func(c CheckIn) int { return c.Energy })
	s.Sleep = trendOf(this, last, func(c CheckIn) int { return c.Sleep })
	for _, p := range s.Daily {
		s.MinutesMoved += p.Minutes
		if p.Minutes > 0 {
			s.DaysMoved++
		}
	}
	s.Scores = scoreLines(in.Scores, s.Start, s.End)
	lastDays := dailyPoints(in.Start.AddDays(-weekDays), last, in.Moved)
	s.Insight = moodInsight(lang.For(s.Lang), append(lastDays, s.Daily...), in.SessionDays, s.Rolling)
	return s
}

// weekOfCheckIns holds one check-in per day of a week, indexed from its
// first day; a zero CheckIn is a day without answers.
type weekOfCheckIns [weekDays]CheckIn

// collectWeek files check-ins under their day, dropping those outside the
// week. Two check-ins for one day are merged rather than one discarded, so
// that an answer given in only one of them is not lost.
func collectWeek(cs []CheckIn, start localtime.Day) weekOfCheckIns {
	var w weekOfCheckIns
	for _, c := range cs {
		i, ok := dayIndex(start, c.Day)
		if !ok {
			continue
		}
		w[i] = mergeCheckIns(w[i], c)
	}
	return w
}

func dayIndex(start, d localtime.Day) (int, bool) {
	for i := range weekDays {
		if start.AddDays(i) == d {
			return i, true
		}
	}
	return 0, false
}

// mergeCheckIns fills the answers a lacks from b; where both answered a
// scale, a's answer stands, and minutes take the larger. The store keeps one
// check-in per day, so this only guards against a caller passing a day twice.
func mergeCheckIns(a, b CheckIn) CheckIn {
	if !a.Answered() {
		return b
	}
	pick := func(x, y int) int {
		if validScale(x) {
			return x
		}
		return y
	}
	a.Mood, a.Anxiety = pick(a.Mood, b.Mood), pick(a.Anxiety, b.Anxiety)
	a.Energy, a.Sleep = pick(a.Energy, b.Energy), pick(a.Sleep, b.Sleep)
	if b.HasMinutes && (!a.HasMinutes || b.Minutes > a.Minutes) {
		a.Minutes, a.HasMinutes = b.Minutes, true
	}
	return a
}

func validScale(v int) bool { return v >= 1 && v <= 5 }

func countAnswered(w weekOfCheckIns) int {
	n := 0
	for _, c := range w {
		if c.Answered() {
			n++
		}
	}
	return n
}

// dailyPoints builds the chart's seven days. Minutes are the larger of the
// Moved total and the check-in's own answer: Moved already includes
// check-ins, so adding them would count a walk twice, while a Moved map that
// lacks a day must not hide what the person said in the check-in.
func dailyPoints(start localtime.Day, w weekOfCheckIns, moved map[localtime.Day]int) []DayPoint {
	out := make([]DayPoint, weekDays)
	for i, c := range w {
		d := start.AddDays(i)
		p := DayPoint{Day: d, Minutes: max(moved[d], 0)}
		p.Mood, p.Anxiety = scaleOrZero(c.Mood), scaleOrZero(c.Anxiety)
		p.Energy, p.Sleep = scaleOrZero(c.Energy), scaleOrZero(c.Sleep)
		if c.HasMinutes {
			p.Minutes = max(p.Minutes, c.Minutes)
		}
		out[i] = p
	}
	return out
}

func scaleOrZero(v int) int {
	if validScale(v) {
		return v
	}
	return 0
}

// trendOf averages one 1-5 answer over the answered days of each week.
func trendOf(this, last weekOfCheckIns, get func(CheckIn) int) Trend {
	t := Trend{}
	t.Avg, t.N = weekAverage(this, get)
	t.PrevAvg, t.PrevN = weekAverage(last, get)
	t.Direction = trendDirection(t)
	return t
}

func weekAverage(w weekOfCheckIns, get func(CheckIn) int) (float64, int) {
	sum, n := 0, 0
	for _, c := range w {
		if v := get(c); validScale(v) {
			sum += v
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(sum) / float64(n), n
}

// trendDirection calls a change steady unless both weeks have enough
// answers and the averages moved by at least steadyBelow.
func trendDirection(t Trend) string {
	if t.N == 0 || t.PrevN == 0 {
		return ""
	}
	if !t.comparable() {
		return DirectionSteady
	}
	d := t.Avg - t.PrevAvg
	switch {
	case math.Abs(d) < steadyBelow-trendEpsilon:
		return DirectionSteady
	case d > 0:
		return DirectionUp
	default:
		return DirectionDown
	}
}

// comparable reports whether both weeks have enough answers for a comparison
// to mean something to the person.
func (t Trend) comparable() bool {
	return t.N >= trendMinAnswers && t.PrevN >= trendMinAnswers
}

// scoreLines returns the latest result this week of each instrument, with
// its change against the result before it. Results after the week are
// ignored, so that a past week can be summarised again unchanged.
func scoreLines(all []ScoredInstrument, start, end localtime.Day) []ScoreLine {
	sorted := slices.Clone(all)
	slices.SortStableFunc(sorted, func(a, b ScoredInstrument) int {
		return strings.Compare(string(a.Day), string(b.Day))
	})
	var out []ScoreLine
	for inst := range instrument.Shared() {
		if line, ok := latestScore(sorted, *inst, start, end); ok {
			out = append(out, line)
		}
	}
	return out
}

// latestScore finds the last result of inst up to end, and the one before
// it; within a day, the later one in the input counts as later.
func latestScore(sorted []ScoredInstrument, inst instrument.Questionnaire, start, end localtime.Day) (ScoreLine, bool) {
	latest, prev := -1, -1
	for i, si := range sorted {
		if si.Result.Instrument == inst.ID && si.Day <= end {
			prev, latest = latest, i
		}
	}
	if latest < 0 || sorted[latest].Day < start {
		return ScoreLine{}, false
	}
	line := ScoreLine{Day: sorted[latest].Day, Code: inst.Code, Result: sorted[latest].Result}
	if prev >= 0 {
		// A comparison error means a corrupt stored total; the score is
		// still worth showing without it.
		if c, err := instrument.Compare(sorted[prev].Result, line.Result); err == nil {
			line.Meaning = c.Meaning
		}
	}
	return line, true
}

// shortDayIn writes a day as "Mon 2 Mar" in w's language.
func shortDayIn(w lang.Printer, d localtime.Day) string {
	y, m, dd := d.Date()
	if y == 0 {
		return string(d)
	}
	t := time.Date(y, m, dd, 12, 0, 0, 0, time.UTC)
	return w.T("summary.day", lang.Args{"Weekday": w.WeekdayShort(t.Weekday()), "Day": dd, "Month": w.MonthShort(m)})
}

func meanInts(vs []int) float64 {
	sum := 0
	for _, v := range vs {
		sum += v
	}
	return float64(sum) / float64(len(vs))
}

func oneDecimal(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
