package coach

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// logSession records a therapy session now and plans the days after it.
// A second session inside a running plan extends it: jobs have stable IDs,
// so days already planned are replaced, never doubled.
func (c *Coach) logSession(ctx context.Context, p Person) ([]Message, error) {
	if err := c.startPlan(ctx, p, c.clock.Now(), p.ID); err != nil {
		return nil, err
	}
	plan, err := c.plan(ctx, p)
	if err != nil {
		return nil, err
	}
	return append([]Message{sessionLogged(p)}, plan...), nil
}

// sessionLogged thanks the person for logging a session today.
func sessionLogged(p Person) Message {
	w := p.words()
	return Message{Title: w.T("session.logged_title"), Text: w.T("session.logged")}
}

// startPlan records a session at the given time, logged by the patient or
// their therapist, and schedules the plan after it.
func (c *Coach) startPlan(ctx context.Context, p Person, at time.Time, loggedBy string) error {
	if err := c.store.AddSession(ctx, p.ID, TherapySession{At: at, LoggedBy: loggedBy}); err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	jobs, err := PlanAfterSession(p, at)
	if err != nil {
		return err
	}
	if err := c.queue.Schedule(ctx, jobs...); err != nil {
		return fmt.Errorf("schedule plan: %w", err)
	}
	if err := c.cancelDropped(ctx, p, at, jobs); err != nil {
		return err
	}
	return c.cancelSupersededEnds(ctx, p, at)
}

// cancelSupersededEnds cancels the closing message of an earlier plan that
// this one runs past: the plan does not end then, so /plan should not list
// it and the day keeps to three messages.
func (c *Coach) cancelSupersededEnds(ctx context.Context, p Person, at time.Time) error {
	loc, err := p.Location()
	if err != nil {
		return err
	}
	first := localtime.DayOf(at, loc)
	var ids []string
	// From the session's own day: a plan a week long closes on the day a
	// weekly session comes, and that closing message is superseded too.
	for i := range planDays(p) {
		ids = append(ids, NewJob(p.ID, JobPlanEnd, first.AddDays(i), at).ID)
	}
	if err := c.queue.Cancel(ctx, p.ID, ids...); err != nil {
		return fmt.Errorf("cancel an earlier plan's closing message: %w", err)
	}
	return nil
}

// PlanAfterSession returns the jobs of the plan that starts with a session at
// the given time. Each day has a check-in at the person's time; from the day
// after the session, a movement nudge inside their window and a follow-up a
// few hours later (sent only if the nudge is still unanswered), or on their
// summary day the weekly summary instead of the follow-up. The session
// day is for rest: no nudge, and its check-in comes in the evening. That is
// at most three messages a day, none in quiet hours. Times already past are
// skipped, and nothing comes in the rest after the session (keepRest).
func PlanAfterSession(p Person, session time.Time) ([]Job, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	first := localtime.DayOf(session, loc)
	nudgeAt := p.nudgeTime()
	summaries := summaryDays(p, first, planDays(p))
	var jobs []Job
	add := func(kind JobKind, day localtime.Day, at localtime.LocalTime) {
		y, m, d := day.Date()
		if due := at.On(y, m, d, loc); due.After(session) {
			jobs = append(jobs, NewJob(p.ID, kind, day, due))
		}
	}
	for i := range planDays(p) {
		day := first.AddDays(i)
		if i == 0 {
			add(JobCheckIn, day, laterOf(p.CheckInAt, sessionDayCheckIn))
			continue
		}
		add(JobCheckIn, day, p.CheckInAt)
		add(JobNudge, day, nudgeAt)
		if isSummaryDay(summaries, day) {
			add(JobSummary, day, p.summaryAt()) // instead of the follow-up: three a day at most
			jobs[len(jobs)-1].Every = p.summaryEvery(loc)
			continue
		}
		if follow, ok := followUpTime(nudgeAt); ok && apart(follow, p.CheckInAt) {
			add(JobFollowUp, day, follow)
		}
	}
	if end := planEndJob(p, first, loc); end.Due.After(session) {
		jobs = append(jobs, end)
	}
	return keepRest(p, session, loc, jobs), nil
}

// sessionDayCheckIn is the earliest check-in on a session day: the evening.
var sessionDayCheckIn = localtime.LocalTime{Hour: 18, Set: true}

// followUpDelay is how long after a nudge the follow-up comes.
const followUpDelay = 3 * time.Hour

// lastFollowUp is the latest a follow-up may come, well before quiet hours.
var lastFollowUp = localtime.LocalTime{Hour: 21, Minute: 30, Set: true}

func followUpTime(nudge localtime.LocalTime) (localtime.LocalTime, bool) {
	m := nudge.Minutes() + int(followUpDelay/time.Minute)
	m = min(m, lastFollowUp.Minutes())
	if m-nudge.Minutes() < 60 {
		return localtime.LocalTime{}, false
	}
	return localtime.LocalTime{Hour: m / 60, Minute: m % 60, Set: true}, true
}

// nudgeTime places the person's nudge at a stable offset inside their
// window, so that many people with the same window do not all fall due on
// the same second, and the same person gets the same time every day.
func (p Person) nudgeTime() localtime.LocalTime {
	from, to := p.nudgeWindow()
	span := to.Minutes() - from.Minutes()
	if span <= 0 {
		return from
	}
	h := fnv.New32a()
	h.Write([]byte(p.ID))
	m := from.Minutes() + int(h.Sum32()%uint32(span))
	return localtime.LocalTime{Hour: m / 60, Minute: m % 60, Set: true}
}

// apart reports whether two times of day are an hour or more apart. A
// follow-up right next to the check-in would only crowd it: the check-in
// asks about movement anyway.
func apart(a, b localtime.LocalTime) bool {
	d := a.Minutes() - b.Minutes()
	return d >= 60 || d <= -60
}

func laterOf(a, b localtime.LocalTime) localtime.LocalTime {
	if a.Minutes() >= b.Minutes() {
		return a
	}
	return b
}

// plan lists what is coming, in the person's local time.
func (c *Coach) plan(ctx context.Context, p Person) ([]Message, error) {
	jobs, err := c.queue.Upcoming(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("list plan: %w", err)
	}
	jobs = slices.DeleteFunc(jobs, func(j Job) bool { return j.Kind == JobCaring }) // a word after a crisis, not the plan
	if len(jobs) == 0 {
		return []Message{{Text: p.words().T("plan.nothing")}}, nil
	}
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	st, err := c.loadPlanState(ctx, p, loc)
	if err != nil {
		return nil, err
	}
	w := p.words()
	var b strings.Builder
	lastDay := localtime.Day("")
	followUps := false
	for _, j := range jobs {
		if j.Kind == JobFollowUp {
			followUps = true // one word at the end says what they are
			continue
		}
		local := j.Due.In(loc)
		if j.Day != lastDay {
			fmt.Fprintf(&b, "\n%s ", w.T("plan.day", lang.Args{"Day": shortDayIn(w, j.Day)}))
			lastDay = j.Day
		} else {
			b.WriteString(", ")
		}
		b.WriteString(w.T("plan.at", lang.Args{"What": describeJobIn(w, j.Kind), "Time": local.Format("15:04")}))
		if note := st.skipNoteIn(w, j); note != "" {
			fmt.Fprintf(&b, " (%s)", note)
		}
	}
	if followUps {
		b.WriteString("\n\n" + w.T("plan.followups"))
	}
	return []Message{{Title: w.T("plan.title", lang.Args{"Zone": p.Zone}), Text: strings.TrimSpace(b.String())}}, nil
}

// planJobKeys name each kind of planned message, as plan.<key>.
var planJobKeys = map[JobKind]string{
	JobCheckIn: "checkin", JobNudge: "nudge", JobSnooze: "snooze", JobSummary: "summary",
	JobPlanEnd: "planend", JobIntention: "intention",
}

// describeJobIn names a kind of planned message in w's language.
func describeJobIn(w lang.Printer, k JobKind) string {
	if key, ok := planJobKeys[k]; ok {
		return w.T("plan." + key)
	}
	return string(k)
}
