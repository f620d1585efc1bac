package web

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// A chart is drawn on the server as SVG by the page template; every chart
// has a table beside it that says the same in text.

// Chart geometry, in SVG user units; the SVG scales to the page's width.
const (
	chartW, chartH               = 560, 200
	padL, padR, padTop, padBelow = 44, 10, 12, 32
)

type chart struct {
	Words           lang.Printer // the viewer's words, for the template's labels
	ID, Title, Desc string
	W, H            int
	Bands           []box
	Bars            []box
	Lines           []string // polyline points; a gap in the answers breaks the line
	Dots            []dot
	Marks           []tick    // labels on the plot: a course at its latest score
	Sessions        []float64 // x of each session day
	SessionY1       int
	SessionY2       int
	AxisX1, AxisX2  int
	YTicks, XTicks  []tick
	Table           table
}

type box struct {
	X, Y, W, H float64
	Fill       string
	Label      string
	LX, LY     float64
}

type dot struct {
	X, Y  float64
	Title string
}

type tick struct {
	X, Y  float64
	Label string
}

type table struct {
	Head []string
	Rows [][]string
}

func newChart(w lang.Printer, id, title, desc string) chart {
	return chart{Words: w, ID: id, Title: title, Desc: desc, W: chartW, H: chartH, SessionY1: padTop, SessionY2: chartH - padBelow, AxisX1: padL, AxisX2: chartW - padR}
}

// xAt places item i of n across the plot.
func xAt(i, n int) float64 {
	w := float64(chartW - padL - padR)
	if n <= 1 {
		return padL + w/2
	}
	return padL + w*float64(i)/float64(n-1)
}

// yAt places v of lo..hi up the plot.
func yAt(v, lo, hi float64) float64 {
	h := float64(chartH - padTop - padBelow)
	if hi <= lo {
		return padTop + h
	}
	return padTop + h*(1-(v-lo)/(hi-lo))
}

// noon is the day at noon UTC, to be written as a date.
func noon(d localtime.Day) time.Time {
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 12, 0, 0, 0, time.UTC)
}

// short writes a day as an axis does, in w's language: "2 Mar", "2. März".
func short(w lang.Printer, d localtime.Day) string {
	return w.T("web.axis_day", lang.Args{"Day": noon(d).Day(), "Month": w.MonthShort(noon(d).Month())})
}

// courseName names where a course stands ("response fading") in w's
// language.
func courseName(w lang.Printer, course string) string {
	id := "web.course_" + strings.ReplaceAll(course, " ", "_")
	if s := w.T(id); s != id {
		return s
	}
	return course
}

// xTicks labels about six days of days, always the first and the last.
func (c *chart) xTicks(days []localtime.Day) {
	step := max(1, (len(days)+3)/4)
	for i := 0; i < len(days); i += step {
		c.XTicks = append(c.XTicks, tick{X: xAt(i, len(days)), Y: chartH - 6, Label: short(c.Words, days[i])})
	}
}

// sessionsOn marks the session days that fall among days.
func (c *chart) sessionsOn(days []localtime.Day, sessions []localtime.Day) {
	for i, d := range days {
		for _, s := range sessions {
			if s == d {
				c.Sessions = append(c.Sessions, xAt(i, len(days)))
			}
		}
	}
}

// scaleWord names a 1-5 answer of a measure (mood, anxiety, energy,
// sleep) as the check-in asks it, in w's language.
func scaleWord(w lang.Printer, field string, v int) string {
	return strings.ToLower(w.T("checkin." + field + ".level" + strconv.Itoa(v)))
}

// scaleChart draws one 1-5 answer (field: mood, anxiety, energy, sleep)
// by day: a line through the answered days, a dot on each, sessions marked.
func scaleChart(w lang.Printer, field string, h coach.History, get func(coach.ViewDay) int) chart {
	name := w.T("web." + field)
	c := newChart(w, "c-"+field, w.T("web.by_day", lang.Args{"Name": name}), w.T("web.by_day_desc", lang.Args{"Name": name}))
	days := make([]localtime.Day, len(h.Days))
	var line []string
	for i, d := range h.Days {
		days[i] = d.Day
		v := get(d)
		word := w.T("web.not_answered")
		if v > 0 {
			word = fmt.Sprintf("%d (%s)", v, scaleWord(w, field, v))
			x, y := xAt(i, len(h.Days)), yAt(float64(v), 1, 5)
			line = append(line, fmt.Sprintf("%.1f,%.1f", x, y))
			c.Dots = append(c.Dots, dot{X: x, Y: y, Title: coach.LongDay(w, d.Day) + ": " + word})
		} else if len(line) > 0 {
			c.Lines, line = append(c.Lines, strings.Join(line, " ")), nil
		}
		if v > 0 || d.Session {
			c.Table.Rows = append(c.Table.Rows, []string{coach.LongDay(w, d.Day) + sessionMark(w, d.Session), word})
		}
	}
	if len(line) > 0 {
		c.Lines = append(c.Lines, strings.Join(line, " "))
	}
	for v := 1; v <= 5; v++ {
		c.YTicks = append(c.YTicks, tick{X: padL - 6, Y: yAt(float64(v), 1, 5) + 6, Label: strconv.Itoa(v)})
	}
	c.xTicks(days)
	c.sessionsOn(days, h.Sessions)
	c.Table.Head = []string{w.T("web.day"), name}
	return c
}

func sessionMark(w lang.Printer, s bool) string {
	if s {
		return " (" + w.T("web.session") + ")"
	}
	return ""
}

// minutesChart draws minutes moved in each week as bars.
func minutesChart(w lang.Printer, h coach.History) chart {
	c := newChart(w, "c-minutes", w.T("web.minutes_title"), w.T("web.minutes_desc"))
	top := 150
	for _, wk := range h.Weeks {
		top = max(top, wk.Minutes)
	}
	n := len(h.Weeks)
	slot := float64(chartW-padL-padR) / float64(max(n, 1))
	for i, wk := range h.Weeks {
		y := yAt(float64(wk.Minutes), 0, float64(top))
		c.Bars = append(c.Bars, box{X: padL + slot*float64(i) + slot*0.15, Y: y, W: slot * 0.7, H: float64(chartH-padBelow) - y,
			Fill: "#1f4e9c", Label: w.T("web.week_bar", lang.Args{"Day": short(w, wk.Start), "Minutes": wk.Minutes})})
		if n <= 6 || i%((n+5)/6) == 0 {
			c.XTicks = append(c.XTicks, tick{X: padL + slot*(float64(i)+0.5), Y: chartH - 6, Label: short(w, wk.Start)})
		}
		c.Table.Rows = append(c.Table.Rows, []string{w.T("web.week_of", lang.Args{"Day": coach.LongDay(w, wk.Start)}), strconv.Itoa(wk.Minutes)})
	}
	who := yAt(150, 0, float64(top))
	c.Bands = append(c.Bands, box{X: padL, Y: who, W: chartW - padL - padR, H: 1.5, Fill: "#5c5c5c", Label: w.T("web.who_line"), LX: chartW - padR - 4, LY: who + 20})
	for _, v := range []int{0, top / 2, top} {
		c.YTicks = append(c.YTicks, tick{X: padL - 6, Y: yAt(float64(v), 0, float64(top)) + 4, Label: strconv.Itoa(v)})
	}
	c.Table.Head = []string{w.T("web.week"), w.T("web.minutes")}
	return c
}

// bandFills shade a questionnaire's bands from the mildest to the most
// severe; the text on them stays dark enough for AA contrast.
var bandFills = []string{"#e3f1e3", "#f3f6d8", "#fdf0cc", "#fbe0c8", "#f7d2d2"}

// scoreChart draws a questionnaire's totals over days, against its
// published bands, with sessions marked.
func scoreChart(w lang.Printer, in coach.ViewInstrument, h coach.History) chart {
	desc := w.T("web.score_desc", lang.Args{"Code": in.Code, "Max": in.MaxTotal})
	c := newChart(w, "c-"+strings.ToLower(strings.ReplaceAll(in.Code, "-", "")), w.T("web.score_title", lang.Args{"Code": in.Code}), desc)
	days := make([]localtime.Day, len(h.Days))
	for i, d := range h.Days {
		days[i] = d.Day
	}
	index := map[localtime.Day]int{}
	for i, d := range days {
		index[d] = i
	}
	hi := float64(in.MaxTotal)
	for i, b := range in.Bands {
		top, bottom := yAt(float64(b.Max)+0.5, 0, hi), yAt(float64(b.Min)-0.5, 0, hi)
		top, bottom = max(top, padTop), min(bottom, chartH-padBelow)
		c.Bands = append(c.Bands, box{X: padL, Y: top, W: chartW - padL - padR, H: bottom - top, Fill: bandFills[min(i, len(bandFills)-1)],
			Label: coach.BandName(w, b.Label), LX: chartW - padR - 4, LY: (top+bottom)/2 + 4})
	}
	var line []string
	for _, s := range in.Scores {
		i, ok := index[s.Day]
		if !ok {
			continue
		}
		x, y := xAt(i, len(days)), yAt(float64(s.Total), 0, hi)
		line = append(line, fmt.Sprintf("%.1f,%.1f", x, y))
		word := strconv.Itoa(s.Total)
		if s.Severity != "" {
			word += " (" + coach.BandName(w, s.Severity) + ")"
		}
		c.Dots = append(c.Dots, dot{X: x, Y: y, Title: coach.LongDay(w, s.Day) + ": " + word})
		c.Table.Rows = append(c.Table.Rows, []string{coach.LongDay(w, s.Day), word})
	}
	if len(line) > 0 {
		c.Lines = []string{strings.Join(line, " ")}
	}
	c.course(in)
	for _, v := range []int{0, in.MaxTotal / 2, in.MaxTotal} {
		c.YTicks = append(c.YTicks, tick{X: padL - 6, Y: yAt(float64(v), 0, hi) + 4, Label: strconv.Itoa(v)})
	}
	c.xTicks(days)
	c.sessionsOn(days, h.Sessions)
	c.Table.Head = []string{w.T("web.day"), in.Code}
	if in.Course != "" {
		c.Table.Head = append(c.Table.Head, w.T("web.course"))
		for i := range c.Table.Rows {
			c.Table.Rows[i] = append(c.Table.Rows[i], "")
		}
		if n := len(c.Table.Rows); n > 0 {
			c.Table.Rows[n-1][2] = w.T("web.course_latest", lang.Args{"Course": courseName(w, in.Course)})
		}
	}
	return c
}

// course marks where the durability view has a course: a line at the
// response threshold (half the baseline) once a response was met, and the
// course named at the latest score; the table says the same.
func (c *chart) course(in coach.ViewInstrument) {
	hi := float64(in.MaxTotal)
	if in.ResponseAt > 0 {
		y := yAt(in.ResponseAt, 0, hi)
		at := c.Words.Decimal(in.ResponseAt, 1)
		at = strings.TrimSuffix(strings.TrimSuffix(at, "0"), c.Words.T("number.decimal")) // 6 rather than 6.0, as %g wrote it
		c.Bands = append(c.Bands, box{X: padL, Y: y, W: chartW - padL - padR, H: 1.5, Fill: "#5c5c5c",
			Label: c.Words.T("web.response_line", lang.Args{"At": at}), LX: chartW - padR - 4, LY: y - 4})
		c.Desc += " " + c.Words.T("web.response_desc", lang.Args{"At": at})
	}
	if in.Course == "" || len(c.Dots) == 0 {
		return
	}
	last := c.Dots[len(c.Dots)-1]
	course := courseName(c.Words, in.Course)
	c.Marks = append(c.Marks, tick{X: last.X - 8, Y: max(last.Y-10, padTop+10), Label: course})
	c.Desc += " " + c.Words.T("web.course_desc", lang.Args{"Course": course})
}

// charts is every chart a history allows, in the order a page shows them.
// Its words are in the history's language (the viewer's).
func charts(h coach.History, prefix string) []chart {
	w := lang.For(h.Lang)
	var out []chart
	if h.Trends {
		out = append(out,
			scaleChart(w, "mood", h, func(d coach.ViewDay) int { return d.Mood }),
			scaleChart(w, "anxiety", h, func(d coach.ViewDay) int { return d.Anxiety }),
			scaleChart(w, "energy", h, func(d coach.ViewDay) int { return d.Energy }),
			scaleChart(w, "sleep", h, func(d coach.ViewDay) int { return d.Sleep }))
	}
	if h.Minutes && len(h.Weeks) > 0 {
		out = append(out, minutesChart(w, h))
	}
	if h.Scores {
		for _, in := range h.Instruments {
			out = append(out, scoreChart(w, in, h))
		}
	}
	for i := range out {
		out[i].ID = prefix + out[i].ID
	}
	return out
}
