package discord_test

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
)

// TestTransportWordsFollowTheChosenLanguage: once a person chose a
// language, the words the transport says itself before asking the coach
// (a button it did not write) are in it, whatever their client's locale;
// before, and for someone else, in the interaction's locale. No Redis read
// comes before the acknowledgement for it: the language is learnt from
// the coach's answers.
func TestTransportWordsFollowTheChosenLanguage(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	on := map[string]string{} // a message of the bot's to each, for the button to be on
	for _, user := range []string{alice, bob} {
		on[user] = h.do(fakediscord.Interaction{UserID: user, Locale: "de", Command: "help"})[0].Message.ID
	}
	forged := func(user, locale string) string {
		t.Helper()
		rs := h.do(fakediscord.Interaction{UserID: user, Locale: locale, CustomID: "not ours", MessageID: on[user]})
		if len(rs) == 0 || rs[0].Message == nil {
			t.Fatalf("no answer to a forged button from %s", user)
		}
		return rs[0].Message.Content
	}
	if got, want := forged(alice, "de"), lang.For("de").T("errors.stale"); got != want {
		t.Errorf("before any choice, a German client read %q, want %q", got, want)
	}
	h.do(fakediscord.Interaction{UserID: alice, Locale: "de", Command: "start",
		Options: []fakediscord.CommandOption{{Name: "language", Type: int(discordgo.ApplicationCommandOptionString), Value: "es"}}})
	for _, locale := range []string{"de", "en-US", "fr"} {
		if got, want := forged(alice, locale), lang.For("es").T("errors.stale"); got != want {
			t.Errorf("Spanish chosen, a %s client read %q, want %q", locale, got, want)
		}
	}
	h.do(fakediscord.Interaction{UserID: alice, Locale: "de", Command: "settings",
		Options: []fakediscord.CommandOption{{Name: "language", Type: int(discordgo.ApplicationCommandOptionString), Value: "fr"}}})
	if got, want := forged(alice, "de"), lang.For("fr").T("errors.stale"); got != want {
		t.Errorf("French chosen after Spanish, a German client read %q, want %q", got, want)
	}
	if got, want := forged(bob, "de"), lang.For("de").T("errors.stale"); got != want {
		t.Errorf("someone else's German client read %q, want %q", got, want)
	}
}

// TestLatinAmericanSpanishRepliesNameItsCommands: a client in es-419 shows
// /terapeuta agregar (its name_localizations), and the reply that names
// the command names it so; a client in es-ES reads Spain's /terapeuta
// añadir. Both are answered in Spanish.
func TestLatinAmericanSpanishRepliesNameItsCommands(t *testing.T) {
	t.Parallel()
	fake := clinicFake(t)
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(t0)
	c := coach.New(store, store, clock, nil, coach.Config{TherapistGuilds: []string{clinic}})
	dc, seen := openDiscord(t, fake, bot.Router{Coach: c})
	h := &harness{t: t, fake: fake, clock: clock, store: store, coach: c, dc: dc, seen: seen}
	for _, tc := range []struct{ locale, want, not string }{
		{"es-419", "/terapeuta agregar", "/terapeuta añadir"},
		{"es-ES", "/terapeuta añadir", "/terapeuta agregar"},
	} {
		in := therapistCmd(patients[0].id, clinic, staff, "register")
		in.Locale = tc.locale
		got := allText(shown(h.do(in)))
		if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
			t.Errorf("%s: /terapeuta registrarse without the role answered %q, want %s", tc.locale, got, tc.want)
		}
	}
	shownAs := ""
	for _, cmd := range fake.Commands("") {
		if cmd.Name == "therapist" && strings.Contains(string(cmd.JSON), `"es-419":"agregar"`) {
			shownAs = "agregar"
		}
	}
	if shownAs != "agregar" {
		t.Error("/therapist add is not registered with agregar as its es-419 name")
	}
}
