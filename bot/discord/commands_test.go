package discord_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/internal/fakediscord"
)

// TestCommandsRegisterLocalized checks what the bot registered on the
// fake Discord, which refuses (and the harness fails on) anything over
// Discord's limits: every command in the four locales, and each usable
// where it should be.
func TestCommandsRegisterLocalized(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	got := h.fake.Commands("")
	if len(got) != len(discord.Commands()) {
		t.Fatalf("%d commands registered, want %d", len(got), len(discord.Commands()))
	}
	everywhere, anyInstall := []int{0, 1, 2}, []int{0, 1}
	want := map[string][2][]int{ // contexts, integration types
		"group":     {{0}, {0}},
		"therapist": {{0, 1}, {0}},
	}
	for _, c := range got {
		for _, locale := range []string{"es-ES", "es-419", "de", "fr"} {
			if c.NameLocalizations[locale] == "" || c.DescriptionLocalizations[locale] == "" {
				t.Errorf("/%s has no %s name or description", c.Name, locale)
			}
		}
		w, ok := want[c.Name]
		if !ok {
			w = [2][]int{everywhere, anyInstall}
		}
		if !slices.Equal(c.Contexts, w[0]) || !slices.Equal(c.IntegrationTypes, w[1]) {
			t.Errorf("/%s: contexts %v, integration types %v; want %v, %v", c.Name, c.Contexts, c.IntegrationTypes, w[0], w[1])
		}
	}
	if es := commandNamed(got, "help").NameLocalizations["es-ES"]; es != "ayuda" {
		t.Errorf("/help in Spanish is %q, want ayuda", es)
	}
}

// TestLocalizedClientUsesEnglishNames: a person whose Discord is in German
// sees /bewegung with the option minuten, but Discord sends the command's
// and options' own names (and the choice's value), so routing is as ever.
func TestLocalizedClientUsesEnglishNames(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.onboard()
	rs := h.do(fakediscord.Interaction{UserID: alice, Locale: "de", Command: "moved", Options: []fakediscord.CommandOption{
		{Name: "minutes", Value: 25}, {Name: "activity", Value: "walk"},
	}})
	if reply := allText(shown(rs)); !strings.Contains(reply, "25") {
		t.Errorf("/moved from a German client answered %q, want the 25 minutes logged", reply)
	}
	days, err := h.store.CheckIns(t.Context(), alice, "2026-03-02", "2026-03-02")
	if err != nil || len(days) != 1 || days[0].Moved != 25 {
		t.Errorf("Monday = %+v, %v; want 25 minutes moved", days, err)
	}
}

func commandNamed(cmds []fakediscord.Command, name string) fakediscord.Command {
	for _, c := range cmds {
		if c.Name == name {
			return c
		}
	}
	return fakediscord.Command{}
}
