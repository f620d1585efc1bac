package coach

import (
	"context"
	"slices"
	"strings"

	"github.com/aftercare/aftercare/coach/activity"
	"github.com/aftercare/aftercare/coach/lang"
)

// Settings fields of the values grid: the one /settings shows, and the
// optional last step of /start, which ends in allSet's place with "Skip".
const (
	fieldValues      = "values"
	fieldValuesStart = "values-start"
	valuesDone       = "done"
)

// valuesQuestion is the grid of values, each a toggle, and a last button
// that closes it.
func valuesQuestion(p Person, field string) Message {
	w := p.words()
	text := w.T("values.question")
	switch {
	case len(p.Values) > 0:
		text = w.T("values.chosen_so_far", lang.Args{"Values": valuesList(w, p.Values)})
	case field == fieldValuesStart:
		text = w.T("values.at_start", lang.Args{"Question": text})
	}
	var buttons []Button
	for _, v := range activity.Values() {
		label := activity.LabelIn(w, v)
		if slices.Contains(p.Values, v) {
			label = "✓ " + label
		}
		buttons = append(buttons, settingButton(label, field, string(v)))
	}
	last := w.T("values.done")
	if len(p.Values) == 0 && field == fieldValuesStart {
		last = w.T("checkin.skip")
	}
	buttons = append(buttons, settingButton(last, field, valuesDone))
	return Message{Text: text, Buttons: buttons, Columns: 2}
}

// valuesSetting applies one press on the values grid.
func (c *Coach) valuesSetting(ctx context.Context, p Person, field, value string) ([]Message, error) {
	switch {
	case value == "":
		return []Message{valuesQuestion(p, field)}, nil
	case value == valuesDone:
		return []Message{{Text: valuesSaved(p)}}, nil
	case !activity.Known(activity.Value(value)):
		return []Message{staleButton(p)}, nil
	}
	v := activity.Value(value)
	if i := slices.Index(p.Values, v); i >= 0 {
		p.Values = slices.Delete(slices.Clone(p.Values), i, i+1)
	} else {
		p.Values = append(slices.Clone(p.Values), v)
	}
	return c.savePerson(ctx, p, []Message{valuesQuestion(p, field)})
}

// valuesSaved closes the grid: what the plan will do with the values.
func valuesSaved(p Person) string {
	w := p.words()
	if len(p.Values) == 0 {
		return w.T("values.saved_none")
	}
	return w.T("values.saved", lang.Args{"Values": valuesList(w, p.Values)})
}

// valuesList names values as they read in a sentence, in w's language.
func valuesList(w lang.Printer, vs []activity.Value) string {
	if len(vs) == 0 {
		return w.T("values.none")
	}
	words := make([]string, len(vs))
	for i, v := range vs {
		words[i] = activity.PhraseIn(w, v)
	}
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + w.T("values.and") + " " + words[len(words)-1]
}
