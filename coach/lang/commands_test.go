package lang

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestCommand(t *testing.T) {
	for _, tc := range []struct{ lang, words, want string }{
		{"en", "summary", "/summary"},
		{"es", "summary", "/resumen"},
		{"de", "summary", "/rückblick"},
		{"fr", "safetyplan", "/plan-de-sécurité"},
		{"es", "therapist code", "/terapeuta código"},
		{"de", "group join", "/gruppe mitmachen"},
		{"es", "share CODE", "/compartir CODE"},
		{"es", "quit", "/quit"},
		{"pt", "summary", "/summary"},
	} {
		if got := For(tc.lang).Command(tc.words); got != tc.want {
			t.Errorf("%s Command(%q) = %q, want %q", tc.lang, tc.words, got, tc.want)
		}
	}
}

func TestCommandsRewritesFixedTexts(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"de", "/crisis zeigt Menschen.", "/krise zeigt Menschen."},
		{"fr", "Si tu les veux, /resume les relance.", "Si tu les veux, /reprendre les relance."},
		{"es", "(/therapist code) y /summary.", "(/terapeuta código) y /resumen."},
		{"es", "/quit, findahelpline.com/es y a/summary", "/quit, findahelpline.com/es y a/summary"},
		{"en", "/crisis shows", "/crisis shows"},
	} {
		if got := For(tc.lang).Commands(tc.text); got != tc.want {
			t.Errorf("%s Commands(%q) = %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

func TestCommandNamed(t *testing.T) {
	for _, tc := range []struct{ word, sub, cmd, subcmd string }{
		{"resumen", "", "summary", ""},
		{"Rückblick", "", "summary", ""},
		{"summary", "", "summary", ""},
		{"plan-de-sécurité", "", "safetyplan", ""},
		{"terapeuta", "código", "therapist", "code"},
		{"terapeuta", "agregar", "therapist", "add"}, // es-419
		{"praxis", "code", "therapist", "code"},
		{"resume", "", "resume", ""}, // English first: French résumé has its accent
		{"compartir", "7KQM", "share", "7KQM"},
		{"terapeuta", "Código", "therapist", "code"},
		{"nothing", "", "nothing", ""},
		{"sesion", "", "session", ""}, // typed without its accent
		{"resume", "", "resume", ""},
		{"résumé", "", "summary", ""},
		{"terapeuta", "codigo", "therapist", "code"},
		{"ruckblick", "", "summary", ""},
	} {
		cmd, sub := CommandNamed(tc.word, tc.sub)
		if cmd != tc.cmd || sub != tc.subcmd {
			t.Errorf("CommandNamed(%q, %q) = %q, %q; want %q, %q", tc.word, tc.sub, cmd, sub, tc.cmd, tc.subcmd)
		}
	}
}

// TestCommandNamesAreUnambiguous: the console takes a command by any
// language's name, so no name may stand for two commands: no translated
// name is another command's English name, and no two commands (or two
// subcommands of one command) share a name in any language.
func TestCommandNamesAreUnambiguous(t *testing.T) {
	all, err := commandNames()
	if err != nil {
		t.Fatal(err)
	}
	commands := func(names map[string]string) map[string]string {
		out := map[string]string{}
		for key, name := range names {
			if !strings.Contains(key, "/") || isSubcommand(key) && strings.Count(key, "/") == 1 {
				out[key] = name
			}
		}
		return out
	}
	owner := map[string]string{} // "parent/name" → the English key
	for key := range commands(all["es"]) {
		parent, name := "", key
		if p, n, ok := strings.Cut(key, "/"); ok {
			parent, name = p+"/", n
		}
		owner[parent+name] = key
	}
	for _, l := range commandLangs {
		for key, name := range commands(all[l]) {
			parent := ""
			if p, _, ok := strings.Cut(key, "/"); ok {
				parent = p + "/"
			}
			if other, ok := owner[parent+name]; ok && other != key {
				t.Errorf("%s: %s is named %q, which is %s's name too", l, key, name, other)
			} else if !ok {
				owner[parent+name] = key
			}
		}
	}
}

// TestMessagesNameCommandsByPlaceholder: every {{.Cmd.x}} names a
// command there is, and no message writes a command with its slash, in
// any language.
func TestMessagesNameCommandsByPlaceholder(t *testing.T) {
	cmd := regexp.MustCompile(`{{\s*\.Cmd\.(\w+)\s*}}`)
	slash := regexp.MustCompile(`(^|[\s(«„"'“—])/([a-z]+)\b`)
	known := cmdData()["en"]
	for _, l := range Langs {
		texts, err := Texts(l)
		if err != nil {
			t.Fatal(err)
		}
		for id, forms := range texts {
			for _, s := range forms {
				for _, m := range cmd.FindAllStringSubmatch(s, -1) {
					if _, ok := known[m[1]]; !ok {
						t.Errorf("%s %s: {{.Cmd.%s}} is no command", l, id, m[1])
					}
				}
				for _, m := range slash.FindAllStringSubmatch(s, -1) {
					if _, ok := known[m[2]]; ok {
						t.Errorf("%s %s writes /%s: say {{.Cmd.%s}}", l, id, m[2], m[2])
					}
				}
			}
		}
	}
	if got := For("es").T("free_text.reply"); !strings.Contains(got, "/ayuda") || strings.Contains(got, "/help") {
		t.Errorf("es free_text.reply = %q, want /ayuda", got)
	}
	if !slices.Contains(CommandPaths(), "therapist code") || slices.Contains(CommandPaths(), "therapist register day") {
		t.Errorf("CommandPaths() = %v", CommandPaths())
	}
}

// TestQuitIsNoCommand: the console's command to leave, in every language,
// is no slash command's name in any language, nor has a space or capital.
func TestQuitIsNoCommand(t *testing.T) {
	known := cmdData()["en"]
	for _, l := range Langs {
		q := For(l).T("console.quit")
		if q == "console.quit" || q != strings.ToLower(q) || strings.ContainsAny(q, " /") {
			t.Errorf("%s console.quit = %q", l, q)
		}
		if cmd, _ := CommandNamed(q, ""); known[cmd] != "" {
			t.Errorf("%s console.quit %q is /%s's name", l, q, cmd)
		}
	}
}

// TestInNamesARegionsCommands: Spanish for a client in es-419 (or a Latin
// American terminal) names the commands es-419.json names its own way, in
// messages and fixed texts alike; any other locale, and any other
// language, keeps its names.
func TestInNamesARegionsCommands(t *testing.T) {
	for _, tc := range []struct{ lang, locale, want string }{
		{"es", "es-419", "/terapeuta agregar"},
		{"es", "es_MX.UTF-8", "/terapeuta agregar"},
		{"es", "es-ES", "/terapeuta añadir"},
		{"es", "es", "/terapeuta añadir"},
		{"es", "", "/terapeuta añadir"},
		{"es", "de", "/terapeuta añadir"},
		{"de", "es-419", "/praxis hinzufügen"},
		{"en", "es-419", "/therapist add"},
	} {
		p := For(tc.lang).In(tc.locale)
		if got := p.Command("therapist add"); got != tc.want {
			t.Errorf("%s In(%q).Command = %q, want %q", tc.lang, tc.locale, got, tc.want)
		}
		if got := p.T("therapist.add_whom"); !strings.Contains(got, tc.want+" ") {
			t.Errorf("%s In(%q) add_whom = %q, want %s", tc.lang, tc.locale, got, tc.want)
		}
		if got := p.Commands("(/therapist add)"); got != "("+tc.want+")" {
			t.Errorf("%s In(%q).Commands = %q, want %s", tc.lang, tc.locale, got, tc.want)
		}
		if p.Lang != tc.lang {
			t.Errorf("In(%q) changed the language to %s", tc.locale, p.Lang)
		}
	}
}
