package coach

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// summaryScoresBack is how far back results are read, so a week's scores
// can show their change against an earlier one.
const summaryScoresBack = 90

// summary shows the seven days that end today, which /summary asks for at
// any time: named as "the last 7 days" with their dates, since they are
// not the person's own week (the weekly summary and the digest use that).
func (c *Coach) summary(ctx context.Context, p Person) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	msg, err := c.weekMessage(ctx, p, localtime.DayOf(c.clock.Now(), loc).AddDays(-6), true)
	if err != nil {
		return nil, err
	}
	if line := c.linkLine(p.words(), p.ID, LinkOwn); line != "" {
		msg.Text += "\n\n" + line
	}
	return c.summaryIntegration(ctx, p, []Message{msg})
}

// weekMessage summarises the seven days from start, with the chart data:
// the person's week, or (rolling) the last seven days on demand.
func (c *Coach) weekMessage(ctx context.Context, p Person, start localtime.Day, rolling bool) (Message, error) {
	s, days, err := c.week(ctx, p, start, start.AddDays(weekDays-1), rolling, p.language())
	if err != nil {
		return Message{}, err
	}
	// Text repeats the title on its first line, for plain-text use; a
	// message has a title of its own.
	text := strings.TrimPrefix(s.Text(), s.Title()+"\n") + sideEffectLines(p.words(), days, start)
	over, err := c.durabilityText(ctx, p, start.AddDays(6))
	if err != nil {
		return Message{}, err
	}
	text += over
	if line := unreadableLine(p.words(), unreadableItems(p.words(), unreadInWeek(days, start), start.AddDays(weekDays-1)), "unreadable.line_here"); line != "" {
		text += "\n\n" + line
	}
	return Message{Title: s.Title(), Text: text, Week: &s}, nil
}

// unreadInWeek keeps what the week's summary would have shown or counted:
// anything of the week's days, and questionnaire answers of the days
// before it (their scores are what this week's are compared with).
func unreadInWeek(days []CheckIn, start localtime.Day) []CheckIn {
	var out []CheckIn
	for _, d := range days {
		if d.Day < start {
			d.Unreadable = slices.DeleteFunc(slices.Clone(d.Unreadable), func(f string) bool { return !strings.HasPrefix(f, fieldAnswerPrefix) })
		}
		if len(d.Unreadable) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// week summarises a person's seven days from start, in language (empty:
// English), and returns the days
// read: from summaryScoresBack days before start (the week before, and
// older days with scores) through the later of the week's end and through.
func (c *Coach) week(ctx context.Context, p Person, start, through localtime.Day, rolling bool, language string) (WeeklySummary, []CheckIn, error) {
	end := start.AddDays(weekDays - 1)
	days, err := c.store.CheckIns(ctx, p.ID, start.AddDays(-summaryScoresBack), max(end, through))
	if err != nil {
		return WeeklySummary{}, nil, fmt.Errorf("load weeks: %w", err)
	}
	in := WeekInput{Start: start, Moved: map[localtime.Day]int{}, Rolling: rolling, Lang: language}
	if in.SessionDays, err = c.sessionDays(ctx, p); err != nil {
		return WeeklySummary{}, nil, err
	}
	for _, d := range days {
		switch {
		case d.Day > end:
			continue
		case d.Day >= start:
			in.ThisWeek = append(in.ThisWeek, d)
			if !d.Sent.IsZero() {
				in.CheckInsSent++
			}
		case d.Day >= start.AddDays(-weekDays):
			in.LastWeek = append(in.LastWeek, d)
		}
		in.Moved[d.Day] = d.MovedMinutes()
		in.Scores = append(in.Scores, d.ScoredOn()...)
	}
	return SummarizeWeek(in), days, nil
}

// sessionDays lists the days of the person's sessions in their zone.
func (c *Coach) sessionDays(ctx context.Context, p Person) ([]localtime.Day, error) {
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("load sessions: %w", err)
	}
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	out := make([]localtime.Day, 0, len(sessions))
	for _, s := range sessions {
		out = append(out, localtime.DayOf(s.At, loc))
	}
	return out, nil
}

// lastFullWeek is the first day of the person's latest week that is over
// by today: the seven days ending on the last occurrence of their summary
// day (Sunday unless they chose another) before today, in their zone. It
// is the week their own weekly summary covered, so a digest built on it
// tells a therapist what the person was told.
func (p Person) lastFullWeek(today localtime.Day) localtime.Day {
	for i := 1; i <= weekDays; i++ {
		d := today.AddDays(-i)
		y, m, dd := d.Date()
		if time.Date(y, m, dd, 12, 0, 0, 0, time.UTC).Weekday() == p.summaryWeekday() {
			return d.AddDays(-(weekDays - 1))
		}
	}
	return today.AddDays(-weekDays) // unreachable: seven days hold every weekday
}

// deliverSummary sends the weekly summary, and offers the questionnaires
// the person asked for whose recall window has passed (questionnaireOffers).
func (c *Coach) deliverSummary(ctx context.Context, p Person, day localtime.Day) ([]Message, error) {
	msg, err := c.weekMessage(ctx, p, day.AddDays(-6), false)
	if err != nil {
		return nil, err
	}
	if msg.Week.Answered == 0 && msg.Week.MinutesMoved == 0 {
		return c.quietWeek(ctx, p, day, msg.Week.Sent) // a summary of nothing would only nag; one warm note instead
	}
	buttons, lines, err := c.questionnaireOffers(ctx, p, day)
	if err != nil {
		return nil, err
	}
	msg.Buttons = append(msg.Buttons, buttons...)
	if len(lines) > 0 {
		msg.Text += "\n\n" + strings.Join(lines, "\n")
	}
	if line := c.linkLine(p.words(), p.ID, LinkOwn); line != "" {
		msg.Text += "\n\n" + line
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
