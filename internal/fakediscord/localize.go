package fakediscord

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file checks the localized names and descriptions of application
// commands, options and choices as Discord does.

// discordLocales are the locales Discord accepts as keys of
// name_localizations and description_localizations, read from the
// AvailableLocalesEnum of the embedded OpenAPI description so that the
// list follows the spec.
var discordLocales = sync.OnceValue(func() []string {
	var doc struct {
		Components struct {
			Schemas struct {
				Locales struct {
					OneOf []struct {
						Const string `json:"const"`
					} `json:"oneOf"`
				} `json:"AvailableLocalesEnum"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		panic("fakediscord: read the locales of the OpenAPI description: " + err.Error())
	}
	var out []string
	for _, l := range doc.Components.Schemas.Locales.OneOf {
		out = append(out, l.Const)
	}
	return out
})

// localeChoices is the message of Discord's BASE_TYPE_CHOICES for a locale
// it does not know: "Value must be one of ('fi', 'cs', ...)."
func localeChoices() string {
	quoted := make([]string, 0, len(discordLocales()))
	for _, l := range discordLocales() {
		quoted = append(quoted, "'"+l+"'")
	}
	return "Value must be one of (" + strings.Join(quoted, ", ") + ")."
}

// checkLocaleKeys refuses keys that are not Discord locales ("es" for
// "es-ES", "pt_BR" for "pt-BR"), at the key's own path, as Discord does.
func checkLocaleKeys(f *formErrors, path string, loc map[string]string) {
	for _, k := range sortedKeys(loc) {
		if !slices.Contains(discordLocales(), k) {
			f.add(join(path, k), "BASE_TYPE_CHOICES", localeChoices())
		}
	}
}

// checkNameLocalizations checks localized names like the name itself:
// chat input names against Discord's pattern, lower case, other names
// 1-32 characters. Discord reports a bad localized command name at
// "name_localizations" without the locale (discord-api-docs#7712), and
// a bad option name at the locale.
func checkNameLocalizations(f *formErrors, path string, loc map[string]string, chat, topLevel bool) {
	checkLocaleKeys(f, path, loc)
	for _, k := range sortedKeys(loc) {
		name := loc[k]
		at := join(path, k)
		switch {
		case !chat:
			f.between(at, name, 1, 32)
		case !validChatName(name) && topLevel:
			f.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
		case !validChatName(name):
			f.add(at, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
		}
	}
}

// checkTextLocalizations checks localized descriptions, or choice names:
// at least one character each, at most max.
func checkTextLocalizations(f *formErrors, path string, loc map[string]string, max int) {
	checkLocaleKeys(f, path, loc)
	for _, k := range sortedKeys(loc) {
		f.between(join(path, k), loc[k], 1, max)
	}
}

// sibling is a command or option among others at one level, for
// checkUniqueNames.
type sibling struct {
	path string
	name string
	loc  map[string]string
}

// checkUniqueNames refuses two siblings (commands of one type, options of
// one command) that show the same name in some locale: a person with that
// locale could not tell them apart. Where a sibling has no localization
// its default name shows.
func checkUniqueNames(f *formErrors, sibs []sibling) {
	locales := map[string]bool{"": true}
	for _, s := range sibs {
		for k := range s.loc {
			locales[k] = true
		}
	}
	for _, locale := range sortedKeys(boolKeys(locales)) {
		shown := map[string]bool{}
		for _, s := range sibs {
			name, at := s.name, join(s.path, "name")
			if l, ok := s.loc[locale]; ok && locale != "" {
				name, at = l, join(s.path, "name_localizations", locale)
			}
			if shown[name] {
				f.add(at, "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique")
			}
			shown[name] = true
		}
	}
}

func boolKeys(m map[string]bool) map[string]string {
	out := make(map[string]string, len(m))
	for k := range m {
		out[k] = k
	}
	return out
}

func validChatName(name string) bool {
	return chatName.MatchString(name) && strings.ToLower(name) == name && utf8.RuneCountInString(name) <= 32
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
