package coach

import (
	"context"

	"github.com/aftercare/aftercare/coach/lang"
)

// fieldLanguage is the settings field of the person's language.
const fieldLanguage = "language"

// languageSetting offers the languages (value empty) or saves the one
// chosen, from a /settings button or its language option. The reply is
// in the new language, so the person sees at once that it took.
func (c *Coach) languageSetting(ctx context.Context, p Person, value string) ([]Message, error) {
	if value == "" {
		return []Message{languageQuestion(p)}, nil
	}
	chosen := lang.Match(value)
	if chosen == "" {
		return []Message{staleButton(p)}, nil
	}
	p.Lang = chosen
	return c.savePerson(ctx, p, []Message{{Text: p.words().T("language.chosen")}})
}

// languageQuestion offers each language by its own name, the current one
// ticked.
func languageQuestion(p Person) Message {
	var buttons []Button
	for _, l := range lang.Langs {
		label := lang.Names[l]
		if l == p.language() {
			label = "✓ " + label
		}
		buttons = append(buttons, settingButton(label, fieldLanguage, l))
	}
	return Message{Text: p.words().T("language.question"), Buttons: buttons}
}
