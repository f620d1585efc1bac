package coach

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/activity"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/nudge"
)

// nudgeActValued is stored as a day's nudge activity when the day's idea is
// a valued activity (coach/activity) rather than movement: its "Done" is
// recorded and thanked, never added to the minutes moved.
const nudgeActValued nudge.Activity = "valued"

// Button values of a valued activity's "Later today…": laterAsk shows the
// times, laterAt+"HH:MM" is one of them.
const (
	laterAsk = "later"
	laterAt  = "at:"
)

// lastLater is the latest time a valued activity can be brought back: an
// hour before quiet hours begin.
var lastLater = localtime.LocalTime{Hour: 21, Set: true}

// pickIdea chooses the day's idea: a valued activity on the days
// activity.Offered names (every other day from day 2 after a session, for
// a person who named values), movement otherwise and whenever no activity
// fits.
func (c *Coach) pickIdea(ctx context.Context, p Person, week []CheckIn, day localtime.Day, loc *time.Location) (DayNudge, bool) {
	if activity.Offered(c.daysSinceSession(ctx, p, day, loc), len(p.Values) > 0) {
		var recent []string
		for _, d := range week {
			if d.Day != day && d.Nudge.Activity == nudgeActValued {
				recent = append(recent, d.Nudge.ID)
			}
		}
		a, ok := activity.Choose(activity.Input{Values: p.Values, Recent: recent,
			SeatedOnly: dayIn(week, day).SideEffects.SeatedOnly(), Seed: seedFor(p.ID, day)})
		if ok {
			return DayNudge{ID: a.ID, Activity: nudgeActValued}, true
		}
	}
	n, ok := c.pickNudge(ctx, p, week, day, loc)
	return DayNudge{ID: n.ID, Minutes: n.Minutes, Activity: n.Activity}, ok
}

// ideaMessage is the message of a day's idea, movement or valued activity,
// from what was stored when it was chosen; false for an ID no library has.
// The text names the person's values that the activity serves.
func ideaMessage(p Person, day localtime.Day, d DayNudge, snoozable bool) (Message, bool) {
	if d.Activity != nudgeActValued {
		n, ok := nudgeByID(d.ID, d.Minutes)
		if !ok {
			return Message{}, false
		}
		msg := nudgeMessage(p.words(), day, n, snoozable)
		if n.Practice {
			msg.Title = p.words().T("nudge.title_calm")
		}
		return msg, true
	}
	a, ok := activity.ByID(d.ID)
	if !ok {
		return Message{}, false
	}
	w := p.words()
	btn := func(label, value string) Button {
		return Button{Label: label, Action: Action{Verb: VerbNudge, Day: day, Value: value}}
	}
	buttons := []Button{btn(w.T("nudge.done"), NudgeDone), btn(w.T("nudge.not_today"), NudgeNotToday)}
	if snoozable {
		buttons = append(buttons, btn(w.T("activity.later_today"), laterAsk))
	}
	served := slices.DeleteFunc(slices.Clone(a.Values), func(v activity.Value) bool { return !slices.Contains(p.Values, v) })
	idea := activity.TextIn(w, a)
	text := idea + "\n\n" + w.T("activity.not_today_too")
	if len(served) > 0 {
		text = idea + "\n\n" + w.T("activity.something_for", lang.Args{"Values": valuesList(w, served)})
	}
	return Message{Title: w.T("activity.title"), Buttons: buttons, Text: text}, true
}

// isPractice reports whether a day's idea was breathing or relaxation,
// logged as practice and not as movement.
func isPractice(d DayNudge) bool {
	n, ok := nudgeByID(d.ID, 0)
	return ok && n.Practice
}

// doneNotMoved answers "Done" on an idea that is not movement: a valued
// activity or a practice. It reports false for movement, whose minutes are
// added to the day.
// A valued activity's thanks rotate by the day: valued days are two apart,
// so consecutive ones never hear the same words.
func doneNotMoved(w lang.Printer, d DayNudge, person string, day localtime.Day, seed uint64) (string, bool) {
	switch {
	case d.Activity == nudgeActValued:
		y, m, dd := day.Date()
		n := uint64(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Unix() / 86400 / 2)
		return activity.DoneAckIn(w, seedFor(person, "")%4+n), true
	case isPractice(d):
		return nudge.PracticeAckIn(w, d.Minutes, d.Activity, seed), true
	}
	return "", false
}

// laterTimes are the times offered for "Later today…": on the hour, at
// least an hour from now, two hours apart, up to lastLater, and none
// within an hour of the check-in, so the two never arrive together.
func laterTimes(p Person, now time.Time, loc *time.Location) []localtime.LocalTime {
	local := now.In(loc)
	h := local.Hour() + 1
	if local.Minute() > 0 {
		h++
	}
	var out []localtime.LocalTime
	for ; h <= lastLater.Hour && len(out) < 4; h += 2 {
		if gap := h*60 - p.CheckInAt.Minutes(); gap > -60 && gap < 60 {
			continue
		}
		out = append(out, localtime.LocalTime{Hour: h, Set: true})
	}
	return out
}

// answerLater handles "Later today…" and the time then chosen: the idea
// comes back once, at that time.
func (c *Coach) answerLater(ctx context.Context, p Person, day localtime.Day, n DayNudge, value string) ([]Message, error) {
	if n.Answer == NudgeSnoozed {
		return []Message{{Text: p.words().T("nudge.leave_it")}}, nil
	}
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	now := c.clock.Now()
	times := laterTimes(p, now, loc)
	if localtime.DayOf(now, loc) != day || len(times) == 0 {
		return c.setNudgeAnswer(ctx, p, day, NudgeNotToday, p.words().T("nudge.too_late"))
	}
	if value == laterAsk {
		var buttons []Button
		for _, t := range times {
			buttons = append(buttons, Button{Label: p.words().T("activity.at", lang.Args{"Time": t}), Action: Action{Verb: VerbNudge, Day: day, Value: laterAt + t.String()}})
		}
		return []Message{{Text: p.words().T("activity.when"), Buttons: buttons}}, nil
	}
	at, err := localtime.ParseLocalTime(strings.TrimPrefix(value, laterAt))
	y, m, d := day.Date()
	if err != nil || at.Minutes() > lastLater.Minutes() || !at.On(y, m, d, loc).After(now) {
		return []Message{staleButton(p)}, nil
	}
	if err := c.queue.Schedule(ctx, NewJob(p.ID, JobSnooze, day, at.On(y, m, d, loc))); err != nil {
		return nil, fmt.Errorf("schedule later: %w", err)
	}
	return c.setNudgeAnswer(ctx, p, day, NudgeSnoozed, p.words().T("activity.brought_back", lang.Args{"Time": at}))
}
