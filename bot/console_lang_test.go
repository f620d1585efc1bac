package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/langtest"
	"github.com/aftercare/aftercare/internal/redistest"
)

// A Spanish-speaking patient whose terminal says es_ES goes through
// onboarding, a session, the next day's after-effects question and
// movement idea, the evening check-in, /summary, /settings (and its
// choice of quiet after a session), /help, /plan, a free text and a crisis
// text, and reads no English sentence, nor a command's English name where
// Spanish has its own (langtest.English). The commands are typed as the
// replies name them (/resumen), and one in English.
func TestConsoleSpeaksSpanish(t *testing.T) {
	ctx := context.Background()
	madrid, _ := time.LoadLocation("Europe/Madrid")
	monday := time.Date(2026, 3, 2, 9, 0, 0, 0, madrid)
	clock := localtime.NewFakeClock(monday)
	store := redistest.Open(t)
	c := coach.New(store, store, clock, nil)
	var out strings.Builder
	con := &bot.Console{Out: &out, Router: bot.Router{Coach: c}, Person: "ana", Name: "Ana", Locale: "es_ES.UTF-8"}
	typeAll := func(lines ...string) {
		for _, line := range lines {
			con.Type(ctx, line)
		}
	}
	deliver := func(kind coach.JobKind, day localtime.Day, at time.Time) {
		clock.Set(at)
		msgs, err := c.Deliver(ctx, coach.NewJob("ana", kind, day, at))
		if err != nil {
			t.Fatalf("deliver %s: %v", kind, err)
		}
		if err := con.Send(ctx, "ana", msgs); err != nil {
			t.Fatal(err)
		}
	}
	typeAll("/empezar", "1", "Europe/Madrid", "20:00", "2", "8", "/sesión")
	tuesday := localtime.DayOf(monday.Add(24*time.Hour), madrid)
	deliver(coach.JobNudge, tuesday, monday.Add(27*time.Hour)) // Tuesday 12:00: the after-effects question first
	typeAll("13", "1")                                         // none of these; the idea done
	deliver(coach.JobCheckIn, tuesday, monday.Add(35*time.Hour))
	// The commands as the replies name them, and one in English: both work.
	typeAll("4", "2", "3", "4", "3", "2", "/resumen", "/ajustes", "10", "/ayuda", "/plan", "/pausa 2", "/resume", "/borrar", "2", "hola", "no puedo más, quiero morir")

	got := out.String()
	es := lang.For("es")
	for _, want := range []string{es.T("start.title"), es.T("checkin.mood.question"), es.T("nudge.done"), es.T("settings.title"), es.T("help.title"), crisis.Title("es"), "Tu check-in", "Ánimo: 4,0 (bien).", "/resumen —", "/plan-de-seguridad —"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q\n--- output ---\n%s", want, got)
		}
	}
	if english := langtest.English(got, "es", "Europe/Madrid"); len(english) > 0 {
		t.Errorf("English in a Spanish conversation:\n%s\n--- output ---\n%s", strings.Join(english, "\n"), got)
	}
}
