package coach

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// exportMessage is one message of the plan on a day: sent (and when), or
// not sent, and why.
type exportMessage struct {
	Day     localtime.Day `json:"day"`
	Message string        `json:"message"`
	Sent    *time.Time    `json:"sent,omitempty"`
	NotSent string        `json:"not_sent,omitempty"`
	Answer  string        `json:"your_answer,omitempty"`
}

// exportComing is one message planned ahead, as /plan lists it.
type exportComing struct {
	At      *time.Time `json:"at"`
	Message string     `json:"message"`
	Note    string     `json:"note,omitempty"`
}

// nudgeAnswerKeys are the answers to a movement idea, as export.answer_*.
var nudgeAnswerKeys = map[string]string{NudgeDone: "done", NudgeNotToday: "not_today", NudgeSnoozed: "later"}

// lowMoodKeys say why the gentle word after low moods came, as export.sent_*.
var lowMoodKeys = map[string]string{lowMoodRun: "low_run", lowMoodFall: "low_fall"}

// messages lists what Aftercare sent on a day, and what it held back or
// missed, with why, in the person's language (the keys stay English).
func (x *exporter) messages(d CheckIn) []exportMessage {
	w := x.w
	var out []exportMessage
	add := func(what string, sent time.Time) {
		out = append(out, exportMessage{Day: d.Day, Message: what, Sent: x.at(sent)})
	}
	if !d.Integration.IntentionAsked.IsZero() {
		add(w.T("export.sent_intention"), d.Integration.IntentionAsked)
	}
	if !d.Sent.IsZero() {
		add(jobWords(w, JobCheckIn), d.Sent)
	}
	if d.Nudge.ID != "" {
		m := exportMessage{Day: d.Day, Message: nudgeWords(w, d.Nudge), Sent: x.at(d.Nudge.Sent)}
		if key, ok := nudgeAnswerKeys[d.Nudge.Answer]; ok {
			m.Answer = w.T("export.answer_" + key)
		}
		out = append(out, m)
	}
	if q, ok := reflectionPromptIn(w, d.Integration.ReflectionQ); ok && !d.Integration.ReflectionAsked.IsZero() {
		add(w.T("export.sent_reflection", lang.Args{"Question": q}), d.Integration.ReflectionAsked)
	}
	if _, _, ok := ackText(d.Ack); ok {
		add(w.T("export.sent_ack", lang.Args{"Text": w.T("ack." + d.Ack)}), time.Time{})
	}
	if key := lowMoodKeys[d.LowMood]; key != "" {
		add(w.T("export.sent_"+key), time.Time{})
	}
	if d.QuietNote {
		add(w.T("export.sent_quiet"), time.Time{})
	}
	for _, k := range sortedKinds(d.Missed) {
		out = append(out, exportMessage{Day: d.Day, Message: jobWords(w, k), NotSent: w.T("export.missed")})
	}
	for _, k := range sortedKinds(d.Held) {
		out = append(out, exportMessage{Day: d.Day, Message: jobWords(w, k), NotSent: w.T("export.held_" + heldKeys[d.Held[k]])})
	}
	return out
}

func sortedKinds[V any](m map[JobKind]V) []JobKind {
	kinds := make([]JobKind, 0, len(m))
	for k := range m {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	return kinds
}

// nudgeWords describes a day's idea in w's language: movement with its
// minutes, or one of the other kinds of idea.
func nudgeWords(w lang.Printer, n DayNudge) string {
	switch {
	case n.Activity == nudgeActValued:
		return w.T("export.sent_valued")
	case isPractice(n):
		return w.T("export.sent_calm")
	case n.Minutes > 0 && n.Activity != "":
		key := "activity_name." + string(n.Activity)
		activity := w.T(key)
		if activity == key {
			activity = string(n.Activity) // a kind without a name of its own
		}
		return w.T("export.sent_movement", lang.Args{"Activity": activity, "Minutes": w.N("export.minutes", n.Minutes)})
	}
	return jobWords(w, JobNudge)
}

// jobWords names a kind of planned message for the person, in w's
// language.
func jobWords(w lang.Printer, k JobKind) string {
	switch k {
	case JobFollowUp:
		return w.T("export.sent_followup")
	case JobCaring:
		return w.T("export.sent_caring")
	case JobDigest:
		return w.T("export.sent_digest")
	}
	return describeJobIn(w, k)
}

// coming lists the messages planned ahead, in the person's time, with the
// notes /plan gives (a pause or the rest after a session holds some back).
func (x *exporter) coming(ctx context.Context) ([]exportComing, error) {
	jobs, err := x.c.queue.Upcoming(ctx, x.p.ID)
	if err != nil {
		return nil, fmt.Errorf("export plan: %w", err)
	}
	var st *planState
	if x.p.Onboarded() {
		s, err := x.c.loadPlanState(ctx, x.p, x.loc)
		if err != nil {
			return nil, err
		}
		st = &s
	}
	var out []exportComing
	for _, j := range jobs {
		c := exportComing{At: x.at(j.Due), Message: jobWords(x.w, j.Kind)}
		if st != nil {
			c.Note = st.skipNoteIn(x.w, j)
		}
		out = append(out, c)
	}
	return out, nil
}
