package coach

import (
	"strconv"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// question builds the message that asks one check-in question, in w's
// language.
func question(w lang.Printer, day localtime.Day, f Field) Message {
	if _, ok := scaleFor(f); ok {
		s := scaleIn(w, f)
		buttons := make([]Button, len(s.Levels))
		for i, word := range s.Levels {
			buttons[i] = Button{Label: word, Action: Action{Verb: VerbAnswer, Day: day, Field: string(f), Value: strconv.Itoa(i + 1)}}
		}
		return Message{Text: s.Question, Buttons: append(buttons, skipButton(w, day, f))}
	}
	if f == FieldMinutes {
		buttons := make([]Button, len(minuteChoices))
		for i, m := range minuteChoices {
			label := w.T("checkin.minutes", lang.Args{"Minutes": m})
			switch {
			case m == 0:
				label = w.T("checkin.minutes_none")
			case i == len(minuteChoices)-1:
				label = w.T("checkin.minutes_or_more", lang.Args{"Minutes": m})
			}
			buttons[i] = Button{Label: label, Action: Action{Verb: VerbAnswer, Day: day, Field: string(f), Value: strconv.Itoa(m)}}
		}
		return Message{Text: w.T("checkin.minutes_question"), Buttons: append(buttons, skipButton(w, day, f))}
	}
	return noteQuestion(w, day, "")
}

func noteQuestion(w lang.Printer, day localtime.Day, problem string) Message {
	return Message{
		Text: problem + w.T("checkin.note_question"),
		Buttons: []Button{
			{Label: w.T("checkin.note_write"), Action: Action{Verb: VerbNote, Day: day, Field: "write"}},
			{Label: w.T("checkin.skip"), Action: Action{Verb: VerbNote, Day: day, Field: "skip"}},
		},
	}
}

func noteInput(w lang.Printer, day localtime.Day, problem string) Message {
	return Message{
		Text:  problem + w.T("checkin.note_input"),
		Input: &Input{Action: Action{Verb: VerbNote, Day: day}, Title: w.T("checkin.note_title"), Label: w.T("checkin.note_label"), Long: true, MaxLen: MaxNoteLen},
	}
}
