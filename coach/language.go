package coach

import (
	"context"
	"strings"

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
		// A language typed at the console that none matches: ask again,
		// with the languages there are, rather than speak of an old button.
		return []Message{languageQuestion(p)}, nil
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

// languageUnknown reports whether a command's language option names no
// language the bot writes in (one typed, as at the console; Discord
// offers only these).
func languageUnknown(option string) bool {
	return option != "" && lang.Match(option) == ""
}

// languagesOffered answers a language option no language matches: the
// languages there are, each by its own name; nothing was changed.
func languagesOffered(w lang.Printer) Message {
	names := make([]string, 0, len(lang.Langs))
	for _, l := range lang.Langs {
		names = append(names, lang.Names[l])
	}
	return Message{Text: w.T("language.question") + " " + strings.Join(names, " · ")}
}
