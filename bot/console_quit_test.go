package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/langtest"
	"github.com/aftercare/aftercare/internal/redistest"
)

// The console's command to leave has a name in each language: the welcome
// names it in the terminal's language, /help in the person's (a Spanish
// patient at an English terminal reads /salir), and every language's name
// leaves, as do /quit and /exit, with a goodbye in the language typed.
func TestConsoleQuitInTheirLanguage(t *testing.T) {
	ctx := context.Background()
	newConsole := func(t *testing.T, locale string) (*bot.Console, *strings.Builder) {
		t.Helper()
		clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
		store := redistest.Open(t)
		var out strings.Builder
		return &bot.Console{In: strings.NewReader(""), Out: &out, Router: bot.Router{Coach: coach.New(store, store, clock, nil)},
			Person: "ana", Name: "Ana", Locale: locale}, &out
	}

	t.Run("welcome", func(t *testing.T) {
		for _, tc := range []struct{ locale, want string }{
			{"es_ES.UTF-8", "o /salir para terminar"}, {"de_DE.UTF-8", "mit /beenden gehst du"},
			{"fr_FR.UTF-8", "/quitter pour partir"}, {"C", "/quit to leave"},
		} {
			con, out := newConsole(t, tc.locale)
			if err := con.Run(ctx); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tc.want) {
				t.Errorf("%s welcome = %q, want %q", tc.locale, out.String(), tc.want)
			}
		}
	})

	t.Run("help in the person's language", func(t *testing.T) {
		con, out := newConsole(t, "en_US.UTF-8")
		for _, line := range []string{"/start", "1", "UTC", "20:00", "2", "8", "/settings es"} {
			con.Type(ctx, line)
		}
		out.Reset()
		con.Type(ctx, "/ayuda")
		got := out.String()
		if !strings.Contains(got, "/salir — cerrar esta conversación") {
			t.Errorf("/ayuda lacks /salir:\n%s", got)
		}
		if english := langtest.English(got, "es", "UTC", "Ana"); len(english) > 0 {
			t.Errorf("English in a Spanish /ayuda:\n%s\n--- output ---\n%s", strings.Join(english, "\n"), got)
		}
	})

	// /quit and /exit name no language: the goodbye is in the one the
	// person chose, though the terminal's is another.
	t.Run("goodbye in the language chosen", func(t *testing.T) {
		con, out := newConsole(t, "en_US.UTF-8")
		for _, line := range []string{"/start", "1", "UTC", "20:00", "2", "8", "/settings de"} {
			con.Type(ctx, line)
		}
		for _, quit := range []string{"/quit", "/exit"} {
			out.Reset()
			if !con.Type(ctx, quit) {
				t.Fatalf("%s did not leave", quit)
			}
			if want := lang.For("de").T("console.bye"); !strings.Contains(out.String(), want) {
				t.Errorf("%s after /settings de: %q, want %q", quit, out.String(), want)
			}
		}
	})

	// Within a day of a crisis reply, replies follow the language of the
	// person's text; a language chosen then still sets the goodbye's.
	t.Run("goodbye in the language chosen after a crisis reply", func(t *testing.T) {
		con, out := newConsole(t, "en_US.UTF-8")
		for _, line := range []string{"/start", "1", "UTC", "20:00", "2", "8", "i want to kill myself tonight", "/settings de"} {
			con.Type(ctx, line)
		}
		out.Reset()
		con.Type(ctx, "/quit")
		if want := lang.For("de").T("console.bye"); !strings.Contains(out.String(), want) {
			t.Errorf("/quit after a crisis reply and /settings de: %q, want %q", out.String(), want)
		}
	})

	t.Run("every name leaves", func(t *testing.T) {
		for _, tc := range []struct{ line, bye string }{
			{"/salir", "es"}, {"/Beenden", "de"}, {"/quitter", "fr"}, {"/quit", "en"}, {"/exit", "en"},
		} {
			con, out := newConsole(t, "en_US.UTF-8")
			if !con.Type(ctx, tc.line) {
				t.Errorf("%s did not leave", tc.line)
			}
			if want := lang.For(tc.bye).T("console.bye"); !strings.Contains(out.String(), want) {
				t.Errorf("%s: %q, want %q", tc.line, out.String(), want)
			}
		}
		con, out := newConsole(t, "es_ES.UTF-8")
		if !con.Type(ctx, "/quit") || !strings.Contains(out.String(), lang.For("es").T("console.bye")) {
			t.Errorf("/quit at a Spanish terminal: %q, want the Spanish goodbye", out.String())
		}
		con, _ = newConsole(t, "es_ES.UTF-8")
		if con.Type(ctx, "/salirse") {
			t.Error("/salirse left: only the command's own name does")
		}
	})
}
