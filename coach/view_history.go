package coach

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// viewHistory reads up to back days of the person, through today, within sc.
// From is the first day that holds anything (or a session), so a page
// does not draw months of nothing.
func (c *Coach) viewHistory(ctx context.Context, p Person, sc Scope, back int, w lang.Printer) (History, error) {
	loc, err := p.Location()
	if err != nil {
		return History{}, err
	}
	today := localtime.DayOf(c.clock.Now(), loc)
	days, err := c.store.CheckIns(ctx, p.ID, today.AddDays(-back), today)
	if err != nil {
		return History{}, fmt.Errorf("load history: %w", err)
	}
	sessions, err := c.sessionDays(ctx, p)
	if err != nil {
		return History{}, err
	}
	h := History{Lang: w.Lang, Through: today, From: today.AddDays(-6), Trends: sc.Trends, Minutes: sc.Minutes, Scores: sc.Scores}
	for _, d := range days {
		h.From = min(h.From, d.Day)
	}
	for _, s := range sessions {
		if s >= today.AddDays(-back) && s <= today {
			h.From = min(h.From, s)
			h.Sessions = append(h.Sessions, s)
		}
	}
	byDay := map[localtime.Day]CheckIn{}
	for _, d := range days {
		byDay[d.Day] = d
	}
	for d := h.From; d <= today; d = d.AddDays(1) {
		ci := byDay[d]
		v := ViewDay{Day: d, Session: isSummaryDay(h.Sessions, d)}
		if sc.Trends {
			v.Mood, v.Anxiety, v.Energy, v.Sleep = scaleOrZero(ci.Mood), scaleOrZero(ci.Anxiety), scaleOrZero(ci.Energy), scaleOrZero(ci.Sleep)
		}
		if sc.Minutes {
			v.Minutes = ci.MovedMinutes()
			if ci.HasMinutes {
				v.Minutes = max(v.Minutes, ci.Minutes)
			}
		}
		h.Days = append(h.Days, v)
	}
	if sc.Minutes {
		for i := 0; i < len(h.Days); i += weekDays {
			w := ViewWeek{Start: h.Days[i].Day}
			for _, d := range h.Days[i:min(i+weekDays, len(h.Days))] {
				w.Minutes += d.Minutes
			}
			h.Weeks = append(h.Weeks, w)
		}
	}
	if sc.Scores {
		if h.Instruments, err = c.viewInstruments(ctx, p, days, today); err != nil {
			return History{}, err
		}
	}
	h.Notes, h.Reflections = viewTexts(w, days, sc)
	s, weekDaysRead, err := c.week(ctx, p, p.lastFullWeek(today), today, false, "")
	if err != nil {
		return History{}, err
	}
	if sc.Adherence {
		h.Adherence = adherenceShort(w, s)
	}
	h.Flags = digestFlags(w, sc, withLaterScores(s, weekDaysRead, today), weekDaysRead, today)
	if sc.Alerts {
		h.Alerts = alertLines(w, weekDaysRead, digestFrom(s, today), loc)
	}
	return h, nil
}

// viewInstruments gathers each questionnaire's scores, in instrument.All's
// order, with the course the durability view gives it.
func (c *Coach) viewInstruments(ctx context.Context, p Person, days []CheckIn, today localtime.Day) ([]ViewInstrument, error) {
	courses, err := c.courses(ctx, p, today)
	if err != nil {
		return nil, err
	}
	var out []ViewInstrument
	for _, in := range instrument.All() {
		v := ViewInstrument{Code: in.Code, Name: in.Name, MaxTotal: in.MaxTotal, Bands: in.Bands}
		for _, d := range days {
			for _, s := range d.ScoredOn() {
				if s.Result.Instrument == in.ID {
					v.Scores = append(v.Scores, ViewScore{Day: d.Day, Total: s.Result.Total, Severity: s.Result.Severity})
				}
			}
		}
		if len(v.Scores) == 0 {
			continue
		}
		for _, cr := range courses {
			if cr.in.ID == in.ID {
				v.Course, v.Plain = courseWord(cr.c), cr.plain()
				if cr.c.Judged && (cr.c.Response || cr.c.Responded || cr.c.Fading) {
					v.ResponseAt = float64(cr.c.Baseline) / 2
				}
			}
		}
		out = append(out, v)
	}
	return out, nil
}

// courseWord names where a course stands, in the durability view's terms.
func courseWord(c instrument.Course) string {
	switch {
	case c.Remission:
		return "remission"
	case c.Fading:
		return "response fading"
	case c.Response:
		return "response"
	}
	return ""
}

// viewTexts gathers the notes and the intentions and reflections sc lets
// be seen, oldest first.
func viewTexts(w lang.Printer, days []CheckIn, sc Scope) (notes, reflections []ViewText) {
	for _, d := range days {
		if sc.Notes && d.Note != "" {
			notes = append(notes, ViewText{Day: d.Day, Text: d.Note})
		}
		if !sc.Reflections {
			continue
		}
		if in := d.Integration.Intention; in != "" {
			reflections = append(reflections, ViewText{Day: d.Day, Prompt: w.T("web.intention"), Text: in})
		}
		if n := d.Integration.ReflectionQ; n >= 1 && n <= reflectionDays && d.Integration.Reflection != "" {
			reflections = append(reflections, ViewText{Day: d.Day, Prompt: reflectionPromptsIn(w)[n-1], Text: d.Integration.Reflection})
		}
	}
	return notes, reflections
}

// weekTexts is each of the person's weeks from the one holding from
// through the last full one, as their weekly summary put it, newest first.
func (c *Coach) weekTexts(ctx context.Context, p Person, from localtime.Day) ([]WeekText, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	today := localtime.DayOf(c.clock.Now(), loc)
	var out []WeekText
	for start := p.lastFullWeek(today); start.AddDays(weekDays-1) >= from && len(out) < 52; start = start.AddDays(-weekDays) {
		s, _, err := c.week(ctx, p, start, start.AddDays(weekDays-1), false, "")
		if err != nil {
			return nil, err
		}
		out = append(out, WeekText{Title: s.Title(), Text: strings.TrimPrefix(s.Text(), s.Title()+"\n")})
	}
	return out, nil
}

func compareFold(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }

// alertLines says each crisis flag's time and source from the day from,
// in the order they came.
func alertLines(w lang.Printer, days []CheckIn, from localtime.Day, loc *time.Location) []string {
	type alert struct {
		at  time.Time
		src AlertSource
	}
	var all []alert
	for _, d := range days {
		if d.Day < from {
			continue
		}
		for src, at := range d.CrisisFrom {
			all = append(all, alert{at, src})
		}
	}
	slices.SortFunc(all, func(a, b alert) int { return a.at.Compare(b.at) })
	var out []string
	for _, a := range all {
		out = append(out, alertTime(w, a.at.In(loc))+": "+sourceShort(w, a.src))
	}
	return out
}
