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

// playConsole plays a patient whose terminal says locale through
// onboarding and then lines, and returns all the console printed.
func playConsole(t *testing.T, locale, zone string, lines ...string) string {
	t.Helper()
	ctx := context.Background()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, loc))
	store := redistest.Open(t)
	c := coach.New(store, store, clock, nil)
	var out strings.Builder
	con := &bot.Console{Out: &out, Router: bot.Router{Coach: c}, Person: "lea", Name: "Lea", Locale: locale}
	for _, line := range append([]string{"/start", "1", zone, "20:00", "2", "8"}, lines...) {
		con.Type(ctx, line)
	}
	return out.String()
}

// A German and a French patient make a safety plan step by step (writing
// one step, skipping one, clearing one, finishing), then open it again, and
// read no English.
func TestConsoleSafetyPlanInGermanAndFrench(t *testing.T) {
	for _, tc := range []struct{ locale, zone string }{{"de_DE.UTF-8", "Europe/Berlin"}, {"fr_FR.UTF-8", "Europe/Paris"}} {
		l := lang.Match(tc.locale)
		t.Run(l, func(t *testing.T) {
			got := playConsole(t, tc.locale, tc.zone,
				"/safetyplan", "schlafe kaum, ziehe mich zurück", "1", "Spaziergang", "/safetyplan", "1", "2", "3",
				"/safetyplan", strings.Repeat("x", coach.MaxPlanStepLen+1))
			w := lang.For(l)
			for _, want := range []string{w.T("safetyplan.title"), w.T("safetyplan.q_warning"), w.T("safetyplan.q_coping"), w.T("safetyplan.any_empty")} {
				if !strings.Contains(got, want) {
					t.Errorf("output lacks %q\n--- output ---\n%s", want, got)
				}
			}
			if english := langtest.English(got, l, tc.zone, "Lea"); len(english) > 0 {
				t.Errorf("English in a %s safety plan:\n%s\n--- output ---\n%s", l, strings.Join(english, "\n"), got)
			}
		})
	}
}

// A German and a French patient who checked in once ask for /export, and
// read what the files hold in their language.
func TestConsoleExportInGermanAndFrench(t *testing.T) {
	for _, tc := range []struct{ locale, zone string }{{"de_DE.UTF-8", "Europe/Berlin"}, {"fr_FR.UTF-8", "Europe/Paris"}} {
		l := lang.Match(tc.locale)
		t.Run(l, func(t *testing.T) {
			got := playConsole(t, tc.locale, tc.zone, "/checkin", "4", "2", "3", "4", "/export")
			w := lang.For(l)
			if !strings.Contains(got, w.T("export.title")) || !strings.Contains(got, w.N("export.csv", 1)) {
				t.Errorf("output lacks the export's words\n--- output ---\n%s", got)
			}
			if english := langtest.English(got, l, tc.zone, "Lea", "aftercare-"); len(english) > 0 {
				t.Errorf("English around a %s export:\n%s\n--- output ---\n%s", l, strings.Join(english, "\n"), got)
			}
		})
	}
}
