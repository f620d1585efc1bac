package coach

import (
	"context"
	"slices"
	"strings"

	"github.com/aftercare/aftercare/coach/activity"
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
	text := "What matters to you? Tap any that fit; on some days of a plan I'll suggest something small that serves them — a call, a warm drink somewhere pleasant, ten minutes outside — instead of a movement idea."
	switch {
	case len(p.Values) > 0:
		text = "Chosen so far: " + valuesList(p.Values) + ". Tap to add or remove, then “That's all”."
	case field == fieldValuesStart:
		text = "One more, only if you like: " + text + " Skipping is fine, and /settings can change it any time."
	}
	var buttons []Button
	for _, v := range activity.Values() {
		label := activity.Label(v)
		if slices.Contains(p.Values, v) {
			label = "✓ " + label
		}
		buttons = append(buttons, settingButton(label, field, string(v)))
	}
	last := "That's all"
	if len(p.Values) == 0 && field == fieldValuesStart {
		last = "Skip"
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
		return []Message{staleButton()}, nil
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
	if len(p.Values) == 0 {
		return "That's fine — movement ideas it is. /settings can add what matters to you any time."
	}
	return "Thank you. From the second day after a session, every other day's idea will be something small for " + valuesList(p.Values) + " instead of movement; you can pick a time for it when it comes."
}

// valuesList names values as they read in a sentence.
func valuesList(vs []activity.Value) string {
	if len(vs) == 0 {
		return "none"
	}
	words := make([]string, len(vs))
	for i, v := range vs {
		words[i] = activity.Phrase(v)
	}
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
