package coach_test

import (
	"cmp"
	"context"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
)

// worldIn is a world whose person lives in zone, with the coach configured
// by cfg.
func worldIn(t *testing.T, zone string, cfg coach.Config) *world {
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(monday9am)
	w := &world{t: t, ctx: context.Background(), store: store, clock: clock, coach: coach.New(store, store, clock, nil, cfg)}
	w.press(coach.Action{Verb: coach.VerbConsent, Field: zone + "@20:00", Value: "yes"})
	return w
}

// TestCrisisHelpWhereThePersonIs: a person in Toronto, Dublin, Sydney or
// Mexico City gets real numbers, in their language when it is one of the
// four, both when they tell of a crisis (in the words of their locale's
// language) and when they ask with /crisis.
func TestCrisisHelpWhereThePersonIs(t *testing.T) {
	tests := []struct {
		zone, locale string
		want         []string
	}{
		{"America/Toronto", "en-US", []string{"Call or text 988 (free, any hour)", "call 911"}},  // locale US, same lines
		{"America/Toronto", "fr", []string{"Appelle ou écris par SMS au 988", "appelle le 911"}}, // French, Canada by zone
		{"America/Toronto", "", []string{"Call or text 988 (free, any hour)", "call 911"}},
		{"Europe/Dublin", "", []string{"Pieta on 1800 247 247", "Samaritans on 116 123", "call 112"}},
		{"Australia/Sydney", "", []string{"Lifeline on 13 11 14", "call 000"}},
		{"America/Mexico_City", "es-419", []string{"Línea de la Vida: llama al 800 911 2000 (gratis, a cualquier hora)", "llama al 911"}},
		{"America/Mexico_City", "es-MX", []string{"Línea de la Vida: llama al 800 911 2000", "llama al 911"}},
		{"America/Mexico_City", "", []string{"Línea de la Vida on 800 911 2000 (free, any hour, in Spanish)", "call 911"}},
	}
	for _, tt := range tests {
		t.Run(tt.zone+"/"+tt.locale, func(t *testing.T) {
			w := worldIn(t, tt.zone, coach.Config{})
			words := map[string]string{"fr": "je veux me tuer", "es-419": "me quiero matar", "es-MX": "me quiero matar"}[tt.locale]
			told := w.handle(coach.Event{Text: cmp.Or(words, "i want to kill myself"), Locale: tt.locale})
			asked := w.handle(coach.Event{Command: "crisis", Locale: tt.locale})
			for _, want := range tt.want {
				if !strings.Contains(told, want) || !strings.Contains(asked, want) {
					t.Errorf("want %q in both\ntold:\n%s\nasked:\n%s", want, told, asked)
				}
			}
		})
	}
}

// TestCrisisCountryOrder: a country chosen in /settings wins over the
// Discord locale and the zone; the locale wins over the zone; UTC alone
// gets the international pointer.
func TestCrisisCountryOrder(t *testing.T) {
	w := worldIn(t, "Europe/London", coach.Config{})
	crisis := func(locale string) string { return w.handle(coach.Event{Command: "crisis", Locale: locale}) }
	if got := crisis(""); !strings.Contains(got, "116 123") {
		t.Errorf("zone London: %s", got)
	}
	if got := crisis("pt-BR"); !strings.Contains(got, "188") || strings.Contains(got, "116 123") {
		t.Errorf("locale pt-BR over zone London, want Brazil's lines:\n%s", got)
	}
	if got := crisis("en"); !strings.Contains(got, "116 123") {
		t.Errorf("locale en says no country, want the zone's:\n%s", got)
	}
	w.press(set("country", ""))
	if got := w.submit(coach.VerbCountry, "atlantis"); !strings.Contains(got, "I don't know the country code") {
		t.Errorf("a bad code: %s", got)
	}
	if got := w.submit(coach.VerbCountry, " ie "); !strings.Contains(got, "crisis lines for IE") {
		t.Errorf("country IE: %s", got)
	}
	if got := crisis("pt-BR"); !strings.Contains(got, "1800 247 247") || strings.Contains(got, "188") {
		t.Errorf("country IE over locale pt-BR and zone London, want Ireland's lines:\n%s", got)
	}
	if got := w.handle(coach.Event{Command: "settings"}); !strings.Contains(got, "Country for crisis lines: IE") {
		t.Errorf("/settings does not show the country:\n%s", got)
	}
	if got := w.submit(coach.VerbCountry, "DK"); !strings.Contains(got, "don't have crisis lines for DK") {
		t.Errorf("country DK: %s", got)
	}
	if got := w.submit(coach.VerbCountry, "none"); !strings.Contains(got, "follow your Discord language") || w.person().Country != "" {
		t.Errorf("clearing the country: %s (saved %q)", got, w.person().Country)
	}

	utc := worldIn(t, "UTC", coach.Config{})
	got := utc.handle(coach.Event{Command: "crisis"})
	if !strings.Contains(got, "findahelpline.com") || !strings.Contains(got, "your local emergency number") {
		t.Errorf("UTC, no locale: want the international pointer:\n%s", got)
	}
}

// TestCrisisClinicLineFirst: the operator's line comes before any other, in
// the told reply and in /crisis, and /crisis does not thank anyone for
// telling.
func TestCrisisClinicLineFirst(t *testing.T) {
	w := worldIn(t, "America/New_York", coach.Config{ClinicLine: "After hours, call Bright Clinic on +1 555 0100"})
	asked := w.handle(coach.Event{Command: "crisis"})
	told := w.handle(coach.Event{Text: "i want to kill myself"})
	for name, text := range map[string]string{"told": told, "asked": asked} {
		clinic, lifeline := strings.Index(text, "Bright Clinic"), strings.Index(text, "988")
		if clinic < 0 || lifeline < 0 || clinic > lifeline {
			t.Errorf("%s: the clinic's line is not first:\n%s", name, text)
		}
	}
	if strings.Contains(asked, "Thank you for telling me") || !strings.Contains(told, "Thank you for telling me") {
		t.Errorf("thanks: /crisis\n%s\ntold\n%s", asked, told)
	}
}

// TestFreeTextPointsToCrisis: text the screen may not understand still ends
// with where to find help.
func TestFreeTextPointsToCrisis(t *testing.T) {
	w := newWorld(t, monday9am)
	for _, text := range []string{"quero morrer", "voglio morire", "hello"} {
		if got := strings.TrimSpace(w.handle(coach.Event{Text: text})); !strings.HasSuffix(got, "/crisis shows people you can talk to.") {
			t.Errorf("%q → %q, want it to end with a pointer to /crisis", text, got)
		}
	}
}

// TestStillHereImpliesNoReader: the short word after a crisis reply does
// not suggest that anyone is reading or watching.
func TestStillHereImpliesNoReader(t *testing.T) {
	w := newWorld(t, monday9am)
	w.handle(coach.Event{Text: "i want to kill myself"})
	got := strings.ToLower(w.handle(coach.Event{Text: "hello"}))
	for _, word := range []string{"reading", "watch", "i see you", "monitor"} {
		if strings.Contains(got, word) {
			t.Errorf("the word after a crisis says %q: %s", word, got)
		}
	}
	if !strings.Contains(got, "/crisis") {
		t.Errorf("the word after a crisis lacks /crisis: %s", got)
	}
}

// TestCrisisReplyInTheLanguageOfTheWords: the crisis reply follows the
// language of the words that raised it, before the Discord locale; /crisis,
// with no words, follows the locale.
func TestCrisisReplyInTheLanguageOfTheWords(t *testing.T) {
	tests := []struct {
		zone, locale, text string
		want               string
	}{
		{"America/Mexico_City", "", "ya no puedo más, me quiero matar", "Puedes hablar con alguien ahora mismo"},
		{"America/Mexico_City", "en-US", "me quiero matar esta noche", "Puedes hablar con alguien ahora mismo"},
		{"Europe/Berlin", "en-GB", "ich will mich umbringen", "Du kannst jetzt sofort mit jemandem sprechen"},
		{"America/Toronto", "", "je veux me tuer", "Appelle ou écris par SMS au 988"},
		{"Europe/London", "fr", "i want to kill myself", "You can talk to someone right now"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			w := worldIn(t, tt.zone, coach.Config{})
			if got := w.handle(coach.Event{Text: tt.text, Locale: tt.locale}); !strings.Contains(got, tt.want) {
				t.Errorf("reply to %q (locale %q) lacks %q:\n%s", tt.text, tt.locale, tt.want, got)
			}
		})
	}
}
