package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/langtest"
	"github.com/aftercare/aftercare/scheduler"
)

// A patient whose Discord speaks es-ES goes, from the first interaction,
// through onboarding in buttons and modals, a session, the evening
// check-in, the next day's movement idea, /summary and a crisis text, and
// sees no English sentence.
func TestDiscordSpeaksSpanish(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	es := lang.For("es")
	dm := h.fake.DMChannel(alice)
	var seen []fakediscord.Message
	act := func(in fakediscord.Interaction) []fakediscord.InteractionResponse {
		t.Helper()
		in.UserID, in.Locale = alice, "es-ES"
		rs := h.do(in)
		seen = append(seen, shown(rs)...)
		return rs
	}
	press := func(m fakediscord.Message, label string) []fakediscord.InteractionResponse {
		t.Helper()
		return act(fakediscord.Interaction{CustomID: button(t, m, label)})
	}
	submit := func(rs []fakediscord.InteractionResponse, value string) []fakediscord.InteractionResponse {
		t.Helper()
		m := rs[0].Modal
		if m == nil {
			t.Fatalf("no modal opened: %+v", rs)
		}
		seen = append(seen, fakediscord.Message{Content: m.Title + "\n" + m.Components[0].Components[0].Label})
		return act(fakediscord.Interaction{Type: fakediscord.ModalSubmitInteraction, CustomID: m.CustomID,
			Fields: []fakediscord.ModalField{{CustomID: m.Components[0].Components[0].CustomID, Value: value}}})
	}
	last := func(rs []fakediscord.InteractionResponse) fakediscord.Message {
		ms := shown(rs)
		return ms[len(ms)-1]
	}

	rs := act(fakediscord.Interaction{Command: "start"})
	contains(t, text(*rs[0].Message), es.T("start.title"))
	rs = press(*rs[0].Message, es.T("start.agree"))
	rs = submit(press(last(rs), "✏️ "+es.T("start.zone_title")), "Europe/Madrid")
	rs = submit(press(last(rs), "✏️ "+es.T("start.time_title")), "20:00")
	rs = press(last(rs), es.T("ability.medium"))
	press(last(rs), es.T("checkin.skip"))
	act(fakediscord.Interaction{Command: "session"})

	sched := &scheduler.Scheduler{Queue: h.store, Clock: h.clock, Handle: bot.Deliverer{Coach: h.coach, Sender: h.dc}.Handle}
	run := func(at time.Time) {
		t.Helper()
		h.clock.Set(at)
		if _, err := sched.RunDue(context.Background()); err != nil {
			t.Fatalf("RunDue: %v", err)
		}
	}
	run(time.Date(2026, 3, 2, 19, 0, 0, 0, time.UTC)) // 20:00 in Madrid: the session evening's check-in
	press(lastWithButtons(t, h.fake, dm), es.T("effects.none"))
	for _, label := range []string{"Bien", "Un poco", "Normal", "Bien", "20 min", es.T("checkin.skip")} {
		press(lastWithButtons(t, h.fake, dm), label)
	}
	run(time.Date(2026, 3, 3, 11, 0, 0, 0, time.UTC)) // Tuesday noon: the after-effects question, then the idea
	press(lastWithButtons(t, h.fake, dm), es.T("effects.none"))
	press(lastWithButtons(t, h.fake, dm), es.T("nudge.done"))
	act(fakediscord.Interaction{Command: "summary"})
	id := h.fake.InjectMessage(fakediscord.UserMessage{UserID: alice, Content: "no puedo más, quiero morir"})
	h.seen.wait(t, id)

	all := everything(append(seen, h.fake.Messages(dm)...))
	for _, want := range []string{es.T("checkin.mood.question"), es.T("summary.last_7_days"), crisis.Title("es")} {
		contains(t, all, want)
	}
	if english := langtest.English(all, "es", "Europe/Madrid", "Aftercare"); len(english) > 0 {
		t.Errorf("English on Discord in Spanish:\n%s\n--- shown ---\n%s", strings.Join(english, "\n"), all)
	}
}

// everything is all a person reads of messages: their text, embeds with
// their fields and footers, and the labels of their buttons.
func everything(ms []fakediscord.Message) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, text(m))
		for _, e := range m.Embeds {
			for _, f := range e.Fields {
				parts = append(parts, f.Name, f.Value)
			}
			if e.Footer != nil {
				parts = append(parts, e.Footer.Text)
			}
		}
		for _, row := range m.Components {
			for _, c := range row.Components {
				parts = append(parts, c.Label, c.Placeholder)
			}
		}
	}
	return strings.Join(parts, "\n")
}

// A user whose Discord speaks German or French is welcomed in it by the
// first /start, before choosing anything.
func TestDiscordFirstStartInTheLocale(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	for i, locale := range []string{"de", "fr"} {
		user := []string{alice, bob}[i]
		rs := h.do(fakediscord.Interaction{UserID: user, Locale: locale, Command: "start"})
		w := lang.For(locale)
		contains(t, text(*rs[0].Message), w.T("start.title"))
		button(t, *rs[0].Message, w.T("start.agree"))
	}
}

// What the transport says itself, without the coach — the word left in a
// server channel when /export went by direct message — is in the language
// of the interaction's locale.
func TestDiscordTransportWordsInGermanAndFrench(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	for user, l := range map[string]string{alice: "de", bob: "fr"} {
		w := lang.For(l)
		rs := h.do(fakediscord.Interaction{UserID: user, Locale: l, Command: "start"})
		h.do(fakediscord.Interaction{UserID: user, Locale: l, CustomID: button(t, *rs[0].Message, w.T("start.agree"))})
		rs = h.do(fakediscord.Interaction{UserID: user, Locale: l, GuildID: guildID, Command: "export"})
		got := allText(shown(rs))
		if !strings.Contains(got, w.T("errors.dm_sent")) {
			t.Errorf("%s: /export in a server answered %q, want %q", l, got, w.T("errors.dm_sent"))
		}
		if english := langtest.English(got, l); len(english) > 0 {
			t.Errorf("%s: English from the transport:\n%s", l, strings.Join(english, "\n"))
		}
	}
}
