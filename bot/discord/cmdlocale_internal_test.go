package discord

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestEveryCommandTranslated fails when a command, option or choice lacks
// a name (or description) in a served locale: Discord would show it in
// English in the middle of a translated menu.
func TestEveryCommandTranslated(t *testing.T) {
	tr, err := loadTranslations()
	if err != nil {
		t.Fatal(err)
	}
	cmds := Commands()
	if missing := tr.localize(cmds); len(missing) > 0 {
		t.Errorf("missing in coach/lang/commands/:\n%s", strings.Join(missing, "\n"))
	}
}

// TestTranslationsLookup checks the lookup itself: a choice needs only a
// name, an option a description too, and es-419 falls back to es.json.
func TestTranslationsLookup(t *testing.T) {
	tr := translations{
		"es-ES":  {"a": {Name: "uno", Description: "Uno"}, "a=x": {Name: "Equis"}},
		"es-419": {"a": {Name: "uno", Description: "Uno"}, "a=x": {Name: "Equis"}},
		"de":     {"a": {Name: "eins"}, "a=x": {Name: "X"}},
		"fr":     {"a=x": {Name: "Ixe"}},
	}
	names, descs, missing := tr.lookup("a", true)
	if names["de"] != "eins" || descs["es-419"] != "Uno" || len(descs) != 2 {
		t.Errorf("a: names %v, descriptions %v", names, descs)
	}
	if strings.Join(missing, ",") != "de a,fr a" {
		t.Errorf("missing for a = %q, want de's description and fr", missing)
	}
	if names, descs, missing := tr.lookup("a=x", false); len(missing) != 0 || names["fr"] != "Ixe" || descs != nil {
		t.Errorf("a=x: names %v, descriptions %v, missing %v", names, descs, missing)
	}
	all, err := loadTranslations()
	if err != nil {
		t.Fatal(err)
	}
	if all["es-419"]["therapist/add"].Name != "agregar" || all["es-419"]["start"].Name != all["es-ES"]["start"].Name {
		t.Errorf("es-419 should override es.json where it has its own words, and fall back to it elsewhere")
	}
}

// TestReadmeCommandNames keeps the README's table of translated command
// names in step with coach/lang/commands/.
func TestReadmeCommandNames(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := loadTranslations()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Commands() {
		row := fmt.Sprintf("| `/%s` | `/%s` | `/%s` | `/%s` |", c.Name,
			tr["es-ES"][c.Name].Name, tr["de"][c.Name].Name, tr["fr"][c.Name].Name)
		if !strings.Contains(string(readme), row) {
			t.Errorf("README lacks the row %s", row)
		}
	}
}

// TestDescriptionsNameCommandsAsShown: a description that points to
// another command ("/resume ends a pause") names it as the person sees it
// in their language, so /pause in German says /fortsetzen.
func TestDescriptionsNameCommandsAsShown(t *testing.T) {
	mention := regexp.MustCompile(`/[\p{L}-]+`)
	cmds := Commands()
	for _, cl := range append(commandLocales, struct {
		locale discordgo.Locale
		files  []string
	}{locale: ""}) {
		shown := map[string]bool{}
		for _, c := range cmds {
			shown["/"+localName(c.Name, c.NameLocalizations, cl.locale)] = true
		}
		for _, c := range cmds {
			desc := c.Description
			if cl.locale != "" {
				desc = (*c.DescriptionLocalizations)[cl.locale]
			}
			for _, m := range mention.FindAllString(desc, -1) {
				if !shown[m] {
					t.Errorf("locale %q: /%s's description names %s, which is not a command there", string(cl.locale), c.Name, m)
				}
			}
		}
	}
}

func localName(name string, loc *map[discordgo.Locale]string, locale discordgo.Locale) string {
	if loc != nil && (*loc)[locale] != "" {
		return (*loc)[locale]
	}
	return name
}
