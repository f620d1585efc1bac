package coach

import (
	"cmp"
	"context"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/nudge"
)

// snoozeFor is how long a snoozed nudge waits.
const snoozeFor = 2 * time.Hour

// deliverNudge chooses and sends the day's nudge; resend sends the snoozed
// one again. Nothing is sent when the person already moved or answered.
func (c *Coach) deliverNudge(ctx context.Context, p Person, day localtime.Day, resend bool) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	week, err := c.store.CheckIns(ctx, p.ID, day.AddDays(-nudge.RepeatWindowDays), day)
	if err != nil {
		return nil, fmt.Errorf("load nudge history: %w", err)
	}
	today := dayIn(week, day)
	switch {
	case today.movedForNudge() > 0:
		// Already moved today: a nudge would only nag.
		return nil, c.recordHeld(ctx, p, day, map[bool]JobKind{false: JobNudge, true: JobSnooze}[resend], heldMoved)
	case resend && today.Nudge.Answer != NudgeSnoozed:
		return nil, nil
	case !resend && today.Nudge.ID != "" && today.Nudge.Answer != "":
		return nil, nil
	case !resend && today.Nudge.ID != "":
		// Chosen before, then the send failed or the process died: the same
		// nudge again. Under the same job id it carries the same nonce, so
		// Discord drops it if the first send did get through.
		if msg, ok := ideaMessage(p, day, today.Nudge, true); ok {
			return []Message{msg}, nil
		}
		return nil, nil
	}
	if !resend {
		if ask, err := c.sideEffectsFirst(ctx, p, today); ask != nil || err != nil {
			return ask, err
		}
	}
	if resend {
		// The snoozed nudge again, with its answer still "snoozed": that keeps
		// the follow-up quiet and refuses a second snooze.
		msg, ok := ideaMessage(p, day, today.Nudge, false)
		if !ok {
			return nil, nil
		}
		return []Message{msg}, nil
	}
	if reviewTarget(&p, week, day) {
		if err := c.store.SavePerson(ctx, p); err != nil {
			return nil, fmt.Errorf("save nudge target: %w", err)
		}
	}
	n, ok := c.pickIdea(ctx, p, week, day, loc)
	if !ok {
		return nil, nil
	}
	if err := c.store.SaveFields(ctx, p.ID, day, map[string]string{
		fieldNudgeID: n.ID, fieldNudgeMin: strconv.Itoa(n.Minutes), fieldNudgeAct: string(n.Activity),
		fieldNudgeSent: c.clock.Now().UTC().Format(time.RFC3339),
	}); err != nil {
		return nil, fmt.Errorf("record nudge: %w", err)
	}
	msg, _ := ideaMessage(p, day, n, true)
	return []Message{msg}, nil
}

// reviewTarget grows or eases the nudge's minutes once a week, from what the
// person did with last week's nudges. It reports whether p changed.
func reviewTarget(p *Person, week []CheckIn, day localtime.Day) bool {
	if p.TargetSetOn == "" {
		p.NudgeTarget, p.TargetSetOn = nudge.StartTarget, day
		return true
	}
	if day < p.TargetSetOn.AddDays(nudge.RepeatWindowDays) {
		return false
	}
	var done []int
	answered, sent := 0, 0
	for _, d := range week {
		if d.Day == day || d.Nudge.ID == "" || d.Nudge.Activity == nudgeActValued {
			continue // valued activities are not movement: they leave the target be
		}
		sent++
		if d.Nudge.Answer != "" {
			answered++
		}
		if d.Nudge.Answer == NudgeDone && !isPractice(d.Nudge) {
			done = append(done, d.Nudge.Minutes)
		}
	}
	p.NudgeTarget = nudge.NextTarget(cmp.Or(p.NudgeTarget, nudge.StartTarget), done, answered, sent)
	p.TargetSetOn = day
	return true
}

func (c *Coach) pickNudge(ctx context.Context, p Person, week []CheckIn, day localtime.Day, loc *time.Location) (nudge.Nudge, bool) {
	in := nudge.Input{
		Day: day.Start(loc), Preferred: p.Preferred, Excluded: p.Excluded, Ability: p.Ability,
		TargetMinutes: p.NudgeTarget, DaysSinceSession: c.daysSinceSession(ctx, p, day, loc),
		SeatedOnly: dayIn(week, day).SideEffects.SeatedOnly(), Seed: seedFor(p.ID, day),
	}
	fillHistory(&in, week, day, loc)
	return nudge.Choose(in)
}

// fillHistory reads what nudge.Choose needs from the last week of days.
func fillHistory(in *nudge.Input, week []CheckIn, day localtime.Day, loc *time.Location) {
	movedDays := 0
	unansweredRun := true
	monday := mondayOf(day)
	for i := len(week) - 1; i >= 0; i-- {
		d := week[i]
		if d.Day == day {
			continue
		}
		if d.Nudge.ID != "" {
			in.Recent = append(in.Recent, nudge.Sent{ID: d.Nudge.ID, Day: d.Day.Start(loc)})
			if unansweredRun && d.Nudge.Answer == "" {
				in.UnansweredInRow++
			} else {
				unansweredRun = false
			}
		}
		if in.LastMood == 0 && d.Mood > 0 {
			in.LastMood = d.Mood
		}
		if in.LastEnergy == 0 && d.Energy > 0 {
			in.LastEnergy = d.Energy
		}
		if d.MovedMinutes() > 0 {
			movedDays++
		}
		if d.Day >= monday && d.Nudge.Answer == NudgeDone && d.Nudge.Activity == nudge.ActivityStrength {
			in.StrengthDaysThisWeek++
		}
	}
	in.RegularMover = movedDays >= 3
}

func (c *Coach) daysSinceSession(ctx context.Context, p Person, day localtime.Day, loc *time.Location) int {
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil || len(sessions) == 0 {
		return -1
	}
	last, ok := sessionOnOrBefore(sessions, day, loc)
	if !ok {
		return -1
	}
	y1, m1, d1 := last.Date()
	y2, m2, d2 := day.Date()
	a := time.Date(y1, m1, d1, 12, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours() / 24)
}

func mondayOf(day localtime.Day) localtime.Day {
	y, m, d := day.Date()
	wd := (int(time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Weekday()) + 6) % 7
	return day.AddDays(-wd)
}

func dayIn(days []CheckIn, day localtime.Day) CheckIn {
	for _, d := range days {
		if d.Day == day {
			return d
		}
	}
	return CheckIn{Day: day}
}

func nudgeByID(id string, minutes int) (nudge.Nudge, bool) {
	for _, n := range nudge.Library() {
		if n.ID == id {
			if minutes > 0 {
				n.Minutes = minutes
			}
			return n, true
		}
	}
	return nudge.Nudge{}, false
}

func seedFor(person string, day localtime.Day) uint64 {
	h := fnv.New64a()
	h.Write([]byte(person + "/" + string(day)))
	return h.Sum64()
}

func nudgeMessage(w lang.Printer, day localtime.Day, n nudge.Nudge, snoozable bool) Message {
	btn := func(label, value string) Button {
		return Button{Label: label, Action: Action{Verb: VerbNudge, Day: day, Value: value}}
	}
	buttons := []Button{btn(w.T("nudge.done"), NudgeDone), btn(w.T("nudge.not_today"), NudgeNotToday)}
	if snoozable {
		buttons = append(buttons, btn(w.T("nudge.later"), "snooze"))
	}
	text := ""
	if n.ID != "" {
		text = nudge.RenderIn(w, n, n.Minutes)
	}
	return Message{Title: w.T("nudge.title"), Text: text, Buttons: buttons}
}

// deliverFollowUp asks once about a nudge that got no answer. Made late by
// downtime it keeps the plan's spacing: never within an hour of its nudge
// (it waits) or of the check-in (it is dropped: the check-in asks about
// movement anyway).
func (c *Coach) deliverFollowUp(ctx context.Context, p Person, day localtime.Day) ([]Message, error) {
	days, err := c.store.CheckIns(ctx, p.ID, day, day)
	if err != nil {
		return nil, fmt.Errorf("load nudge: %w", err)
	}
	today := dayIn(days, day)
	if today.Nudge.ID == "" || today.Nudge.Answer != "" || today.movedForNudge() > 0 {
		return nil, nil
	}
	now := c.clock.Now()
	if soon := today.Nudge.Sent.Add(time.Hour); now.Before(soon) {
		return nil, Later{At: soon}
	}
	if c.nearCheckIn(p, today, now) {
		return nil, nil
	}
	w := p.words()
	msg := nudgeMessage(w, day, nudge.Nudge{Activity: today.Nudge.Activity}, false)
	msg.Title = ""
	msg.Text = w.T("nudge.followup_move")
	switch {
	case today.Nudge.Activity == nudgeActValued:
		msg.Text = w.T("nudge.followup_valued")
	case isPractice(today.Nudge):
		msg.Text = w.T("nudge.followup_calm")
	}
	return []Message{msg}, nil
}

// nearCheckIn reports whether now is within an hour of the day's check-in,
// sent or planned.
func (c *Coach) nearCheckIn(p Person, today CheckIn, now time.Time) bool {
	if !today.Sent.IsZero() && now.Sub(today.Sent) < time.Hour {
		return true
	}
	loc, err := p.Location()
	if err != nil {
		return false
	}
	y, m, d := today.Day.Date()
	gap := p.CheckInAt.On(y, m, d, loc).Sub(now)
	return gap > -time.Hour && gap < time.Hour
}

// answerNudge records done, not today, or a snooze.
func (c *Coach) answerNudge(ctx context.Context, p Person, a Action) ([]Message, error) {
	if !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	days, err := c.store.CheckIns(ctx, p.ID, a.Day, a.Day)
	if err != nil {
		return nil, fmt.Errorf("load nudge: %w", err)
	}
	n := dayIn(days, a.Day).Nudge
	if n.ID == "" {
		return []Message{staleButton(p)}, nil
	}
	seed := seedFor(p.ID, a.Day)
	switch a.Value {
	case NudgeDone:
		if n.Answer == NudgeDone {
			return []Message{{Text: p.words().T("nudge.already_logged")}}, nil
		}
		if reply, ok := doneNotMoved(p.words(), n, p.ID, a.Day, seed); ok {
			return c.setNudgeAnswer(ctx, p, a.Day, NudgeDone, reply)
		}
		if err := c.store.AddMoved(ctx, p.ID, a.Day, n.Minutes); err != nil {
			return nil, fmt.Errorf("log nudge minutes: %w", err)
		}
		return c.setNudgeAnswer(ctx, p, a.Day, NudgeDone, nudge.DoneAckIn(p.words(), n.Minutes, n.Activity, seed))
	case NudgeNotToday:
		return c.setNudgeAnswer(ctx, p, a.Day, NudgeNotToday, nudge.NotTodayAckIn(p.words(), seed))
	case "snooze":
		return c.snooze(ctx, p, a.Day, n, seed)
	}
	if n.Activity == nudgeActValued && (a.Value == laterAsk || strings.HasPrefix(a.Value, laterAt)) {
		return c.answerLater(ctx, p, a.Day, n, a.Value)
	}
	return []Message{staleButton(p)}, nil
}

func (c *Coach) setNudgeAnswer(ctx context.Context, p Person, day localtime.Day, answer, reply string) ([]Message, error) {
	if err := c.store.SaveAnswer(ctx, p.ID, day, fieldNudgeAnswer, answer); err != nil {
		return nil, fmt.Errorf("save nudge answer: %w", err)
	}
	return []Message{{Text: reply}}, nil
}

// snooze asks again once, a couple of hours later, if that is still inside
// the person's window; otherwise it lets the day go, kindly.
func (c *Coach) snooze(ctx context.Context, p Person, day localtime.Day, n DayNudge, seed uint64) ([]Message, error) {
	if n.Answer == NudgeSnoozed {
		return []Message{{Text: p.words().T("nudge.leave_it")}}, nil
	}
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	at := c.clock.Now().Add(snoozeFor)
	_, to := p.nudgeWindow()
	y, m, d := day.Date()
	if localtime.DayOf(at, loc) != day || at.After(to.On(y, m, d, loc)) {
		return c.setNudgeAnswer(ctx, p, day, NudgeNotToday, p.words().T("nudge.too_late"))
	}
	if err := c.queue.Schedule(ctx, NewJob(p.ID, JobSnooze, day, at)); err != nil {
		return nil, fmt.Errorf("schedule snooze: %w", err)
	}
	return c.setNudgeAnswer(ctx, p, day, NudgeSnoozed, nudge.SnoozeAckIn(p.words(), snoozeFor, seed))
}

// moved logs movement the person did on their own: "/moved 20 walk".
func (c *Coach) moved(ctx context.Context, p Person, minutes, activity string) ([]Message, error) {
	n, err := strconv.Atoi(minutes)
	if err != nil || n < 1 || n > 600 {
		return []Message{{Text: p.words().T("nudge.moved_usage")}}, nil
	}
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	day := localtime.DayOf(c.clock.Now(), loc)
	act := nudge.Activity(clip(activity, 20))
	if a, ok := nudge.Typed(activity); ok {
		act = a // "caminar", "Spaziergang", "vélo": the activity, in any language
	}
	if act == nudge.ActivityBreathing {
		// Practice, not movement: thanked, and kept out of the minutes moved.
		return []Message{{Text: nudge.PracticeAckIn(p.words(), n, act, seedFor(p.ID, day))}}, nil
	}
	if err := c.store.AddMoved(ctx, p.ID, day, n); err != nil {
		return nil, fmt.Errorf("log movement: %w", err)
	}
	return []Message{{Text: nudge.DoneAckIn(p.words(), n, act, seedFor(p.ID, day))}}, nil
}
