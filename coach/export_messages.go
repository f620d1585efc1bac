package coach

import (
	"context"
	"fmt"
	"slices"
	"time"

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

// missedWords says why a message that came too late was not sent.
const missedWords = "not sent: Aftercare was not running at the time, and later it would no longer have been useful"

// nudgeAnswerWords are the answers to a movement idea, in words.
var nudgeAnswerWords = map[string]string{NudgeDone: "done", NudgeNotToday: "not today", NudgeSnoozed: "later"}

// lowMoodWords say why the gentle word after low moods came.
var lowMoodWords = map[string]string{lowMoodRun: "a gentle word after three low days in a row", lowMoodFall: "a gentle word after a week lower than the one before"}

// messages lists what Aftercare sent on a day, and what it held back or
// missed, with why.
func (x *exporter) messages(d CheckIn) []exportMessage {
	var out []exportMessage
	add := func(what string, sent time.Time) {
		out = append(out, exportMessage{Day: d.Day, Message: what, Sent: x.at(sent)})
	}
	if !d.Integration.IntentionAsked.IsZero() {
		add("a question about an intention for your session", d.Integration.IntentionAsked)
	}
	if !d.Sent.IsZero() {
		add(jobWords(JobCheckIn), d.Sent)
	}
	if d.Nudge.ID != "" {
		out = append(out, exportMessage{Day: d.Day, Message: nudgeWords(d.Nudge), Sent: x.at(d.Nudge.Sent), Answer: nudgeAnswerWords[d.Nudge.Answer]})
	}
	if q, ok := ReflectionPrompt(d.Integration.ReflectionQ); ok && !d.Integration.ReflectionAsked.IsZero() {
		add("a reflection question: "+q, d.Integration.ReflectionAsked)
	}
	if _, text, ok := ackText(d.Ack); ok {
		add("a reply to your check-in: "+text, time.Time{})
	}
	if w := lowMoodWords[d.LowMood]; w != "" {
		add(w, time.Time{})
	}
	if d.QuietNote {
		add("a short note after a quiet week", time.Time{})
	}
	for _, k := range sortedKinds(d.Missed) {
		out = append(out, exportMessage{Day: d.Day, Message: jobWords(k), NotSent: missedWords})
	}
	for _, k := range sortedKinds(d.Held) {
		out = append(out, exportMessage{Day: d.Day, Message: jobWords(k), NotSent: heldWords[d.Held[k]]})
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

// nudgeWords describes a day's idea: movement with its minutes, or one of
// the other kinds of idea.
func nudgeWords(n DayNudge) string {
	switch {
	case n.Activity == nudgeActValued:
		return "an idea for something that matters to you"
	case isPractice(n):
		return "an idea for a few calm minutes"
	case n.Minutes > 0 && n.Activity != "":
		return fmt.Sprintf("a movement idea: %s, %s", n.Activity, pluralCount(n.Minutes, "minute"))
	}
	return jobWords(JobNudge)
}

// jobWords names a kind of planned message for the person.
func jobWords(k JobKind) string {
	switch k {
	case JobFollowUp:
		return "a follow-up on the movement idea"
	case JobCaring:
		return "a short note the day after a hard moment, to see how you are"
	case JobDigest:
		return "your weekly digest, as a therapist"
	}
	return describeJob(k)
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
		c := exportComing{At: x.at(j.Due), Message: jobWords(j.Kind)}
		if _, ok := planJobKeys[j.Kind]; ok {
			c.Message = describeJobIn(x.w, j.Kind)
		}
		if st != nil {
			c.Note = st.skipNoteIn(x.w, j)
		}
		out = append(out, c)
	}
	return out, nil
}
