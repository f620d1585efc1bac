package coach

import (
	"slices"
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

// unreadableKind names, for the person in w's language, what a stored
// field holds.
func unreadableKind(w lang.Printer, field string) string {
	switch {
	case field == string(FieldNote):
		return w.T("unreadable.note")
	case field == fieldIntention:
		return w.T("unreadable.intention")
	case field == fieldReflection:
		return w.T("unreadable.reflection")
	case strings.HasPrefix(field, fieldEffectPrefix):
		return w.T("unreadable.effects")
	case strings.HasPrefix(field, fieldAnswerPrefix):
		id, _, _ := strings.Cut(strings.TrimPrefix(field, fieldAnswerPrefix), ":")
		if in, ok := instrument.ByID(id); ok {
			return w.T("unreadable.answers_to", lang.Args{"Code": in.Code})
		}
		return w.T("unreadable.answers")
	}
	return w.T("unreadable.answer")
}

// unreadableItems lists what could not be read, a phrase each, day by
// day: "a note on Mon 2 Mar". Several fields of one kind on a day (the
// items of one questionnaire) are one phrase.
func unreadableItems(w lang.Printer, days []CheckIn, through localtime.Day) []string {
	var out []string
	for _, d := range days {
		if d.Day > through {
			continue
		}
		var kinds []string
		for _, f := range d.Unreadable {
			if k := unreadableKind(w, f); !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
		for _, k := range kinds {
			out = append(out, w.T("unreadable.on_day", lang.Args{"What": k, "Day": shortDayIn(w, d.Day)}))
		}
	}
	return out
}

// unreadableSteps lists the safety plan's steps that could not be read.
func unreadableSteps(w lang.Printer, sp SafetyPlan) []string {
	var out []string
	for _, s := range sp.Unreadable {
		if step, _, ok := planStepOf(string(s)); ok {
			out = append(out, w.T("unreadable.step", lang.Args{"Name": step.name(w)}))
		}
	}
	return out
}

// unreadableMost is how many things a message names before "and N more".
const unreadableMost = 4

// unreadableLine tells the person, kindly and without alarm, that some of
// what they wrote could not be opened; empty when all of it could. where
// is unreadable.line_here or unreadable.line_files.
func unreadableLine(w lang.Printer, items []string, where string) string {
	if len(items) == 0 {
		return ""
	}
	shown := items
	if len(items) > unreadableMost {
		shown = append(slices.Clone(items[:unreadableMost]), w.N("unreadable.more", len(items)-unreadableMost))
	}
	return w.T(where, lang.Args{"Items": joinAndIn(w.T("unreadable.and"), shown)}) + " " + w.T("unreadable.reassurance")
}

// noteUnreadable answers a note offered for a day whose note could not be
// read: the new words are not written over the old ones.
func noteUnreadable(w lang.Printer) Message {
	return Message{Text: w.T("unreadable.note_kept") + " " + w.T("unreadable.reassurance") + " " + w.T("unreadable.note_yours")}
}

// questionnaireUnreadable answers a questionnaire whose answers of the day
// could not be read: it is not asked again over them.
func questionnaireUnreadable(w lang.Printer, in instrument.Questionnaire) Message {
	return Message{Text: w.T("unreadable.questionnaire", lang.Args{"Code": in.Code}) + " " + w.T("unreadable.reassurance")}
}
