package coach

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
)

// words returns what the coach says to p, in p's language: the one they
// chose, else their transport's locale (Discord's, the console's LANG),
// else English. A text written in another language does not change it;
// only the crisis reply follows the text too (crisisLang).
func (p Person) words() lang.Printer {
	return lang.For(p.language()).In(p.region())
}

// region is the locale whose command names p's client shows (es-419 has
// some of its own, see lang.Printer.In): the event's, else the one kept.
func (p Person) region() string {
	return cmp.Or(p.locale, p.Locale)
}

// language returns p's language code, as words picks it.
func (p Person) language() string {
	if l := lang.Match(p.Lang, p.locale, p.Locale); l != "" {
		return l
	}
	return lang.Default
}

// keepLocale saves the transport's locale of an onboarded person who chose
// no language when it is new, so that scheduled messages follow it too.
func (c *Coach) keepLocale(ctx context.Context, p *Person) error {
	if p.Lang != "" || !p.Onboarded() || p.locale == "" || lang.Match(p.locale) == lang.Match(p.Locale) {
		return nil
	}
	p.Locale = p.locale
	if err := c.store.SavePerson(ctx, *p); err != nil {
		return fmt.Errorf("save locale: %w", err)
	}
	return nil
}

// stampLang marks the messages answering ev with the language the person
// chose (in /start or /settings), as it stands once ev is handled (a
// choice made with it counts), so that a transport may say its own few
// words in it later without reading the person (Message.Lang). Someone
// who chose none is spoken to in their transport's locale, which the
// transport knows: their messages are not marked. A message already
// marked keeps its mark. Left unmarked too: a crisis reply and what comes
// with it, and the safety talk after it, which follow the language of the
// text (crisisLang) unless ev chooses a language, and a group's messages,
// in the group's language.
func stampLang(msgs []Message, p Person, ev Event) []Message {
	if ev.Command == "group" || ev.Press != nil && (ev.Press.Verb == VerbGroupMood || ev.Press.Verb == VerbGroupJoin) ||
		slices.ContainsFunc(msgs, inSafetyTalk) {
		return msgs
	}
	// A language chosen now marks the answer even within a day of a
	// safety talk, whose own language is otherwise kept to.
	l := chosenLang(ev)
	if l == "" && p.Asking.Lang != "" {
		return msgs
	}
	if l == "" {
		l = lang.Match(p.Lang)
	}
	if l == "" {
		return msgs
	}
	for i := range msgs {
		if msgs[i].Lang == "" && !msgs[i].Crisis {
			msgs[i].Lang = l
		}
	}
	return msgs
}

// chosenLang is the language ev chooses, if it chooses one: /start's or
// /settings' option, the language button, or consent carrying /start's
// option.
func chosenLang(ev Event) string {
	switch {
	case ev.Command == "start" || ev.Command == "settings":
		return lang.Match(ev.Args["language"])
	case ev.Press != nil && ev.Press.Verb == VerbSetting && ev.Press.Field == fieldLanguage:
		return lang.Match(ev.Press.Value)
	case ev.Press != nil && ev.Press.Verb == VerbConsent:
		parts := strings.Split(ev.Press.Field, "@")
		return lang.Match(parts[len(parts)-1])
	}
	return ""
}

// inSafetyTalk reports whether m is the crisis reply or a question of the
// safety talk (are you safe, the ASQ).
func inSafetyTalk(m Message) bool {
	return m.Crisis || len(m.Buttons) > 0 && TakesTypedAnswer(m.Buttons[0].Action.Verb)
}
