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
	"github.com/aftercare/aftercare/internal/redistest"
)

// In the terminal a German-speaking person names their city as they write
// it ("Wien") and logs movement in their own words, one of them or two
// ("Spaziergang", "Rad fahren"), and is thanked for that movement, not for
// movement in general.
func TestConsoleMovedInGerman(t *testing.T) {
	ctx := context.Background()
	berlin, _ := time.LoadLocation("Europe/Berlin")
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, berlin))
	store := redistest.Open(t)
	c := coach.New(store, store, clock, nil)
	var out strings.Builder
	con := &bot.Console{Out: &out, Router: bot.Router{Coach: c}, Person: "jonas", Name: "Jonas", Locale: "de_DE.UTF-8"}
	for _, line := range []string{"/start", "1", "Wien", "20:00", "2", "8"} {
		con.Type(ctx, line)
	}
	if p, err := store.Person(ctx, "jonas"); err != nil || p.Zone != "Europe/Vienna" {
		t.Fatalf("after onboarding with Wien: zone %q, %v\n%s", p.Zone, err, out.String())
	}
	de := lang.For("de")
	for line, doing := range map[string]string{
		"/moved 20 Spaziergang": de.T("nudge.doing.walk"),
		"/moved 15 Rad fahren":  de.T("nudge.doing.cycling"),
	} {
		out.Reset()
		con.Type(ctx, line)
		if got := out.String(); !strings.Contains(got, doing) {
			t.Errorf("%s: reply lacks %q:\n%s", line, doing, got)
		}
	}
}
