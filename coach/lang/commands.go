package lang

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// The slash commands' names in other languages live in commands/, one
// JSON file per language (es-419.json holds the few words Latin American
// Spanish has of its own). The Discord transport reads them whole, with
// the descriptions, options and choices, to register the commands; the
// coach reads their names, to name a command in a reply as the person
// sees it: /resumen in Spanish, /rückblick in German.

//go:embed commands/*.json
var commandFiles embed.FS

// CommandFile returns one file of commands/ ("es.json", "es-419.json").
// A key names a command ("start"), an option or subcommand under it
// ("start/zone", "therapist/register") or a choice by its value
// ("moved/activity=walk"); each entry has a name and, except for choices,
// a description.
func CommandFile(name string) ([]byte, error) {
	b, err := commandFiles.ReadFile(path.Join("commands", name))
	if err != nil {
		return nil, fmt.Errorf("command translations %s: %w", name, err)
	}
	return b, nil
}

// commandNames are, by language, each command's and subcommand's name by
// its English path ("summary", "therapist/code"), without the slash.
var commandNames = sync.OnceValues(func() (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	for _, l := range commandLangs {
		names := map[string]string{}
		files := []string{l}
		if b := base(l); b != l {
			files = []string{b, l} // es-419.json over es.json
		}
		for _, f := range files {
			b, err := CommandFile(f + ".json")
			if err != nil {
				return nil, err
			}
			var entries map[string]struct{ Name string }
			if err := json.Unmarshal(b, &entries); err != nil {
				return nil, fmt.Errorf("parse command translations %s: %w", f, err)
			}
			for key, e := range entries {
				if !strings.Contains(key, "=") && e.Name != "" {
					names[key] = e.Name
				}
			}
		}
		out[l] = names
	}
	return out, nil
})

// commandLangs are the files of commands/ by name: each language but
// English, and es-419, which holds the words of Latin American Spanish
// over es.json's.
var commandLangs = []string{"es", "de", "fr", "es-419"}

func base(l string) string {
	b, _, _ := strings.Cut(l, "-")
	return b
}

func namesIn(l string) map[string]string {
	all, err := commandNames()
	if err != nil {
		panic(err) // the embedded files are part of the build; TestCommandNames reads them
	}
	return all[l]
}

// Command returns how a person who reads p's language sees a command
// named by its English words, with its slash: "summary" is "/resumen" in
// Spanish, "therapist code" is "/terapeuta código". Words that are no
// command or subcommand (an argument: "share CODE") are kept as given.
// It is the one place that names a command in a reply: the message files
// say {{.Cmd.summary}} and {{.Cmd.therapist_code}}, and Commands rewrites
// the few fixed texts written in Go.
//
// On Discord, the client shows the names of its own language, and the
// reply's language is the person's (chosen, else the client's); a Printer
// made In the client's locale names commands as a client of that region
// does (es-419). The console accepts every language's names
// (CommandNamed), so one name serves both transports.
func (p Printer) Command(words string) string {
	fields := strings.Fields(words)
	if len(fields) == 0 {
		return ""
	}
	names := namesIn(p.namesLang())
	key := ""
	for i, f := range fields {
		if i > 0 {
			key += "/"
		}
		key += f
		if n, ok := names[key]; ok {
			fields[i] = n
		}
	}
	return "/" + strings.Join(fields, " ")
}

// In returns p naming commands as a client in locale shows them, when
// locale is p's language in a region that names some commands its own way:
// Discord's es-419 (and a Latin American Spanish terminal, es_MX) shows
// /terapeuta agregar where Spain's Spanish says /terapeuta añadir. Any
// other locale leaves p as it is. Only the names change: the words are
// p's language's.
func (p Printer) In(locale string) Printer {
	if r := regionNames(p.Lang, locale); r != "" {
		p.names = r
	}
	return p
}

// latinAmerica is region 419, which holds the Spanish-speaking countries
// of the Americas.
var latinAmerica = language.MustParseRegion("419")

// regionNames is the file of commands/ of locale's region, when locale is
// in l and its region has one ("es-419"), else "".
func regionNames(l, locale string) string {
	locale, _, _ = strings.Cut(locale, ".")
	locale, _, _ = strings.Cut(locale, "@")
	t, err := language.Parse(strings.ReplaceAll(locale, "_", "-"))
	if err != nil || l != "es" {
		return ""
	}
	base, _ := t.Base()
	region, conf := t.Region()
	if base.String() != "es" || conf != language.Exact {
		return ""
	}
	if region == latinAmerica || latinAmerica.Contains(region) {
		return "es-419"
	}
	return ""
}

// namesLang is the file of commands/ p names commands from.
func (p Printer) namesLang() string {
	if p.names != "" {
		return p.names
	}
	return p.Lang
}

// cmdData is what {{.Cmd.name}} reads in a message, by file of commands/
// (each language, and es-419): each command's and subcommand's name as
// Command says it, keyed "summary" and "therapist_code".
var cmdData = sync.OnceValue(func() map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, l := range append(slices.Clone(Langs), "es-419") {
		p := Printer{Lang: base(l), names: l}
		data := map[string]string{}
		for _, c := range CommandPaths() {
			data[strings.ReplaceAll(c, " ", "_")] = p.Command(c)
		}
		out[l] = data
	}
	return out
})

// CommandPaths returns the English words of every command and subcommand
// that has names in other languages: "summary", "therapist code".
func CommandPaths() []string {
	var out []string
	for key := range namesIn("es") {
		if parts := strings.Split(key, "/"); len(parts) == 1 || len(parts) == 2 && isSubcommand(key) {
			out = append(out, strings.Join(parts, " "))
		}
	}
	return out
}

// subcommands are the commands that take a subcommand, not options.
var subcommands = map[string]bool{"therapist": true, "group": true}

func isSubcommand(key string) bool {
	parent, _, ok := strings.Cut(key, "/")
	return ok && subcommands[parent]
}

// mention finds a command in a fixed text: a slash after a space, a
// bracket or the start, its name, and a subcommand word after it.
var mention = regexp.MustCompile(`(^|[\s(«„"'“—])/([a-z0-9]+)( [a-z0-9]+)?`)

// Commands rewrites the English command names in text, a fixed text the
// bot says (never what a person wrote), into p's language, as Command
// does. It is for the texts kept in Go rather than in the message files:
// the crisis reply and the safety conversation's.
func (p Printer) Commands(text string) string {
	return mention.ReplaceAllStringFunc(text, func(m string) string {
		sub := mention.FindStringSubmatch(m)
		lead, name, rest := sub[1], sub[2], sub[3]
		if _, ok := namesIn("es")[name]; !ok {
			return m // not a command: /quit, or a path
		}
		if rest != "" && !isSubcommand(name+"/"+strings.TrimSpace(rest)) {
			return lead + p.Command(name) + rest
		}
		return lead + p.Command(name+rest)
	})
}

// CommandNamed returns the English name of the command that word names
// in any language ("resumen", "rückblick", "summary": "summary"), and of
// sub, a subcommand under it, in any language too ("código": "code").
// The command is returned lower-cased, and sub as given, when it names
// none (an argument: a code, a number). The console uses it, so that a
// person can type a command as the replies name it.
func CommandNamed(word, sub string) (command, subcommand string) {
	command, subcommand = strings.ToLower(word), sub
	all, err := commandNames()
	if err != nil {
		panic(err)
	}
	if _, english := all["es"][command]; !english {
		for _, l := range commandLangs {
			if c := keyNamed(all[l], "", command); c != "" {
				command = c
				break
			}
		}
	}
	if low := strings.ToLower(sub); low != "" && subcommands[command] {
		if _, english := all["es"][command+"/"+low]; english {
			return command, low
		}
		for _, l := range commandLangs {
			if s := keyNamed(all[l], command+"/", low); s != "" {
				return command, s
			}
		}
	}
	return command, subcommand
}

// keyNamed returns the key under parent ("" or "therapist/") whose name
// is name, without parent, or "". Accents and case do not count: a
// keyboard without them types "/sesion" for "/sesión".
func keyNamed(names map[string]string, parent, name string) string {
	name = fold(name)
	for key, n := range names {
		rest, ok := strings.CutPrefix(key, parent)
		if ok && !strings.Contains(rest, "/") && fold(n) == name {
			return rest
		}
	}
	return ""
}
