package coach

import (
	"strconv"

	"github.com/aftercare/aftercare/coach/localtime"
)

// question builds the message that asks one check-in question.
func question(day localtime.Day, f Field) Message {
	if s, ok := scaleFor(f); ok {
		buttons := make([]Button, len(s.Levels))
		for i, word := range s.Levels {
			buttons[i] = Button{Label: word, Action: Action{Verb: VerbAnswer, Day: day, Field: string(f), Value: strconv.Itoa(i + 1)}}
		}
		return Message{Text: s.Question, Buttons: append(buttons, skipButton(day, f))}
	}
	if f == FieldMinutes {
		buttons := make([]Button, len(minuteChoices))
		for i, m := range minuteChoices {
			label := strconv.Itoa(m) + " min"
			switch {
			case m == 0:
				label = "None today"
			case i == len(minuteChoices)-1:
				label += " or more"
			}
			buttons[i] = Button{Label: label, Action: Action{Verb: VerbAnswer, Day: day, Field: string(f), Value: strconv.Itoa(m)}}
		}
		return Message{Text: "About how many minutes did you move today? Walking, chores and stretching all count.", Buttons: append(buttons, skipButton(day, f))}
	}
	return noteQuestion(day, "")
}

func noteQuestion(day localtime.Day, problem string) Message {
	return Message{
		Text: problem + "Anything you'd like to note about today? It's optional, and no one else sees it unless you choose to share your notes with a therapist (/share).",
		Buttons: []Button{
			{Label: "Write a note", Action: Action{Verb: VerbNote, Day: day, Field: "write"}},
			{Label: "Skip", Action: Action{Verb: VerbNote, Day: day, Field: "skip"}},
		},
	}
}

func noteInput(day localtime.Day, problem string) Message {
	return Message{
		Text:  problem + "Write your note — a few words is plenty.",
		Input: &Input{Action: Action{Verb: VerbNote, Day: day}, Title: "A note about today", Label: "Your note", Long: true, MaxLen: MaxNoteLen},
	}
}
