package coach

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
)

// summaryScoresBack is how far back results are read, so a week's scores
// can show their change against an earlier one.
const summaryScoresBack = 90

// summary shows the week that ends today.
func (c *Coach) summary(ctx context.Context, p Person) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	msg, err := c.weekMessage(ctx, p, localtime.DayOf(c.clock.Now(), loc).AddDays(-6))
	if err != nil {
		return nil, err
	}
	return []Message{msg}, nil
}

// weekMessage summarises the seven days from start, with the chart data.
func (c *Coach) weekMessage(ctx context.Context, p Person, start localtime.Day) (Message, error) {
	s, days, err := c.week(ctx, p.ID, start)
	if err != nil {
		return Message{}, err
	}
	// Text repeats the title on its first line, for plain-text use; a
	// message has a title of its own.
	text := strings.TrimPrefix(s.Text(), s.Title()+"\n") + sideEffectLines(days, start)
	return Message{Title: s.Title(), Text: text, Week: &s}, nil
}

// week summarises a person's seven days from start, and returns the days
// read (the week, the one before, and older days with scores).
func (c *Coach) week(ctx context.Context, person string, start localtime.Day) (WeeklySummary, []CheckIn, error) {
	days, err := c.store.CheckIns(ctx, person, start.AddDays(-summaryScoresBack), start.AddDays(6))
	if err != nil {
		return WeeklySummary{}, nil, fmt.Errorf("load weeks: %w", err)
	}
	in := WeekInput{Start: start, Moved: map[localtime.Day]int{}}
	for _, d := range days {
		switch {
		case d.Day >= start:
			in.ThisWeek = append(in.ThisWeek, d)
			if !d.Sent.IsZero() {
				in.CheckInsSent++
			}
		case d.Day >= start.AddDays(-7):
			in.LastWeek = append(in.LastWeek, d)
		}
		in.Moved[d.Day] = d.MovedMinutes()
		in.Scores = append(in.Scores, d.ScoredOn()...)
	}
	return SummarizeWeek(in), days, nil
}

// deliverSummary sends the weekly summary, and offers the questionnaires
// the person asked for that they have not answered this week.
func (c *Coach) deliverSummary(ctx context.Context, p Person, day localtime.Day) ([]Message, error) {
	msg, err := c.weekMessage(ctx, p, day.AddDays(-6))
	if err != nil {
		return nil, err
	}
	if msg.Week.Answered == 0 && msg.Week.MinutesMoved == 0 {
		return nil, nil // an empty week: a summary of nothing would only nag
	}
	answered := map[string]bool{}
	for _, s := range msg.Week.Scores {
		if s.Day > day.AddDays(-questionnaireGap-1) {
			answered[s.Result.Instrument] = true
		}
	}
	for _, id := range p.Questionnaires {
		in, ok := instrument.ByID(id)
		if ok && !answered[id] {
			msg.Buttons = append(msg.Buttons, Button{Label: "Answer the " + in.Code, Action: Action{Verb: VerbQuestionnaire, Field: id, Value: "start"}})
		}
	}
	return []Message{msg}, nil
}

// summaryDays lists when weekly summaries fall inside a plan: each
// occurrence of the person's summary day, from the day after the session.
func summaryDays(p Person, first localtime.Day, days int) []localtime.Day {
	var out []localtime.Day
	for i := 1; i < days; i++ {
		d := first.AddDays(i)
		y, m, dd := d.Date()
		if time.Date(y, m, dd, 12, 0, 0, 0, time.UTC).Weekday() == p.summaryWeekday() {
			out = append(out, d)
		}
	}
	return out
}

func isSummaryDay(days []localtime.Day, d localtime.Day) bool { return slices.Contains(days, d) }

// summaryEvery is when the person's weekly summary recurs, in their zone.
func (p Person) summaryEvery(loc *time.Location) Recurrence {
	return Weekly(loc, p.summaryWeekday(), p.summaryAt())
}

// nextSummary is the person's next weekly summary after t, as a recurring job.
func (p Person) nextSummary(t time.Time) (Job, error) {
	loc, err := p.Location()
	if err != nil {
		return Job{}, err
	}
	return NewRecurringJob(p.ID, JobSummary, p.summaryEvery(loc), t), nil
}
