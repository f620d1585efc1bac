package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
)

// TestConsoleSomeoneElseInDanger plays through, in the console, a person
// who writes that their mother is in danger: they get the reply for a
// helper (the emergency number even from afar, the side or the call
// handler if she won't wake or breathe, the means and the packets, staying
// with her, not stepping in between her and someone hurting her, crisis
// lines once help is on its way, /crisis for themselves), not the safety question and not
// the crisis reply; their plan is not paused and nothing is recorded of a
// crisis; and the next check-in goes on as usual.
func TestConsoleSomeoneElseInDanger(t *testing.T) {
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	store := redistest.Open(t)
	c := coach.New(store, store, clock, nil)
	var out strings.Builder
	con := &bot.Console{
		In: strings.NewReader(strings.Join([]string{
			"/start", "1", "Europe/London", "20:00", "2",
			"my mother said she'd take all her sleeping pills, she doesn't answer, what do I do?",
			"/checkin", "4",
		}, "\n") + "\n"),
		Out: &out, Router: bot.Router{Coach: c}, Person: "console", Name: "Ada",
	}
	if err := con.Run(context.Background()); err != nil {
		t.Fatalf("console: %v", err)
	}
	got := out.String()
	for _, want := range []string{
		"If someone else is in danger",
		"Call 999 now and say where they are, even if you're not with them. Stay on the line: they'll tell you what to do.",
		"If they won't wake up but are breathing, lay them on their side and tilt their head back. If they're not breathing normally, put the phone on speaker and tell the call handler: they'll talk you through what to do.",
		"If they may hurt themselves, don't leave them alone, and if it's safe, move away anything they could use.",
		"keep the packets for the paramedics and don't try to make them sick",
		"If you're with them and it's safe for you, stay with them until help arrives.",
		"If someone is hurting them, don't step in yourself: tell the call handler what you can see or hear.",
		"If you're not with them, ask someone near them to go to them",
		"Once help is on its way, a crisis line can support you too:",
		"Samaritans on 116 123",
		"If you need support for yourself, /crisis is there for you too.",
		"How is your mood today?",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q\n--- output ---\n%s", want, got)
		}
	}
	for _, not := range []string{"are you safe", "Thank you for telling me", "You can talk to someone right now"} {
		if strings.Contains(got, not) {
			t.Errorf("output has %q\n--- output ---\n%s", not, got)
		}
	}
	p, err := store.Person(context.Background(), "console")
	if err != nil {
		t.Fatal(err)
	}
	if p.PausedUntil.After(clock.Now()) || !p.LastCrisis.IsZero() {
		t.Errorf("paused until %v, last crisis %v; want neither", p.PausedUntil, p.LastCrisis)
	}
}
