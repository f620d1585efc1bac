package coach

import (
	"slices"
	"strconv"
	"strings"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// What could not be read. Storage names each stored field it could not
// open (sealed with a data key that is not configured) in
// CheckIn.Unreadable and SafetyPlan.Unreadable. Such a field is reported
// wherever it would have been shown or counted — the summary, the export
// — and never written over: the note is not asked for again, a
// questionnaire with an unread answer is not asked again that day.

// unread reports whether the day holds the field, unopened.
func (c CheckIn) unread(field string) bool { return slices.Contains(c.Unreadable, field) }

// unreadAnswers reports whether the day holds answers to the instrument
// that could not be opened.
func (c CheckIn) unreadAnswers(id string) bool {
	return slices.ContainsFunc(c.Unreadable, func(f string) bool { return strings.HasPrefix(f, fieldAnswerPrefix+id+":") })
}

// unreadableKind names, for the person, what a stored field holds.
func unreadableKind(field string) string {
	switch {
	case field == string(FieldNote):
		return "a note"
	case field == fieldIntention:
		return "an intention"
	case field == fieldReflection:
		return "a reflection"
	case strings.HasPrefix(field, fieldEffectPrefix):
		return "answers about side effects"
	case strings.HasPrefix(field, fieldAnswerPrefix):
		id, _, _ := strings.Cut(strings.TrimPrefix(field, fieldAnswerPrefix), ":")
		if in, ok := instrument.ByID(id); ok {
			return "answers to the " + in.Code
		}
		return "questionnaire answers"
	}
	return "an answer"
}

// unreadableItems lists what could not be read, a phrase each, day by
// day: "a note on Mon 2 Mar". Several fields of one kind on a day (the
// items of one questionnaire) are one phrase.
func unreadableItems(days []CheckIn, through localtime.Day) []string {
	var out []string
	for _, d := range days {
		if d.Day > through {
			continue
		}
		var kinds []string
		for _, f := range d.Unreadable {
			if k := unreadableKind(f); !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
		for _, k := range kinds {
			out = append(out, k+" on "+shortDayLabel(d.Day))
		}
	}
	return out
}

// unreadableSteps lists the safety plan's steps that could not be read.
func unreadableSteps(sp SafetyPlan) []string {
	var out []string
	for _, s := range sp.Unreadable {
		if step, _, ok := planStepOf(string(s)); ok {
			// English, as the rest of what is said about unreadable data
			// (unreadableLine) still is.
			out = append(out, "“"+step.name(lang.For(lang.Default))+"” in your safety plan")
		}
	}
	return out
}

// unreadableMost is how many things a message names before "and N more".
const unreadableMost = 4

// unreadableLine tells the person, kindly and without alarm, that some of
// what they wrote could not be opened; empty when all of it could.
func unreadableLine(items []string, where string) string {
	if len(items) == 0 {
		return ""
	}
	shown := items
	if len(items) > unreadableMost {
		shown = append(slices.Clone(items[:unreadableMost]), strconv.Itoa(len(items)-unreadableMost)+" more")
	}
	return "I couldn't open some of what you wrote (" + joinAnd(shown) + "), so it's left out " + where + ". " + unreadableReassurance
}

// unreadableReassurance follows every word about something unread.
const unreadableReassurance = "It's still stored as it was, and nothing has been written over it. This is a technical problem on my side, not anything you did."

// stepUnreadable stands in a safety plan for a step that could not be read.
const stepUnreadable = "(I couldn't open what you wrote here just now. It's still stored as it was.)"

// noteUnreadableInDigest stands in a therapist's digest for a note the
// patient allowed them to see that could not be opened.
const noteUnreadableInDigest = "(written, but it could not be opened just now)"

// noteUnreadable answers a note offered for a day whose note could not be
// read: the new words are not written over the old ones.
var noteUnreadable = Message{Text: "You already wrote a note for this day, but I couldn't open it just now, so I won't write over it. " + unreadableReassurance + " If you'd like to keep what you just wrote, you could save it somewhere of your own for now."}

// questionnaireUnreadable answers a questionnaire whose answers of the day
// could not be read: it is not asked again over them.
func questionnaireUnreadable(in instrument.Questionnaire) Message {
	return Message{Text: "You already answered some of the " + in.Code + " today, but I couldn't open those answers just now, so I won't ask again over them. " + unreadableReassurance}
}
