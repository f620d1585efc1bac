package coach

import (
	"context"
	"fmt"

	"github.com/aftercare/aftercare/coach/lang"
)

// words returns what the coach says to p, in p's language: the one they
// chose, else their transport's locale (Discord's, the console's LANG),
// else English. A text written in another language does not change it;
// only the crisis reply follows the text too (crisisLang).
func (p Person) words() lang.Printer {
	return lang.For(p.language())
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
