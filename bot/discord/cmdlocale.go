package discord

import (
	"encoding/json"
	"fmt"
	"maps"
	"sync"

	"github.com/bwmarrin/discordgo"

	"github.com/aftercare/aftercare/coach/lang"
)

// The slash commands' names and descriptions in other languages live in
// coach/lang/commands/, one JSON file per language, so that a translator
// can edit them without reading Go, and so that the coach's replies name
// a command as the person sees it (lang.Printer.Command). A key names a
// command ("start"), an option under it ("start/zone",
// "therapist/register/day") or a choice by its value
// ("moved/activity=walk"); each entry has a name and, except for choices,
// a description. Discord shows them to people whose client is in that
// language, and still sends the English names in interactions.

// commandLocales lists, for each Discord locale served, its files: later
// ones override earlier ones, so es-419 is Spanish with a few words of
// its own.
var commandLocales = []struct {
	locale discordgo.Locale
	files  []string
}{
	{discordgo.SpanishES, []string{"es.json"}},
	{discordgo.SpanishLATAM, []string{"es.json", "es-419.json"}},
	{discordgo.German, []string{"de.json"}},
	{discordgo.French, []string{"fr.json"}},
}

// localized is one command's, option's or choice's entry in a file.
type localized struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

// translations holds every locale's entries by key, read once.
type translations map[discordgo.Locale]map[string]localized

var loadTranslations = sync.OnceValues(func() (translations, error) {
	out := translations{}
	for _, cl := range commandLocales {
		entries := map[string]localized{}
		for _, f := range cl.files {
			b, err := lang.CommandFile(f)
			if err != nil {
				return nil, err
			}
			var m map[string]localized
			if err := json.Unmarshal(b, &m); err != nil {
				return nil, fmt.Errorf("parse command translations %s: %w", f, err)
			}
			maps.Copy(entries, m)
		}
		out[cl.locale] = entries
	}
	return out, nil
})

// localize adds every locale's names and descriptions to the commands,
// their options and choices, and returns the keys some locale lacks.
func (tr translations) localize(cmds []*discordgo.ApplicationCommand) (missing []string) {
	for _, c := range cmds {
		names, descs, miss := tr.lookup(c.Name, true)
		missing = append(missing, miss...)
		c.NameLocalizations, c.DescriptionLocalizations = &names, &descs
		missing = append(missing, tr.localizeOptions(c.Name, c.Options)...)
	}
	return missing
}

func (tr translations) localizeOptions(parent string, opts []*discordgo.ApplicationCommandOption) (missing []string) {
	for _, o := range opts {
		key := parent + "/" + o.Name
		var miss []string
		o.NameLocalizations, o.DescriptionLocalizations, miss = tr.lookup(key, true)
		missing = append(missing, miss...)
		for _, ch := range o.Choices {
			ch.NameLocalizations, _, miss = tr.lookup(fmt.Sprintf("%s=%v", key, ch.Value), false)
			missing = append(missing, miss...)
		}
		missing = append(missing, tr.localizeOptions(key, o.Options)...)
	}
	return missing
}

// lookup returns one key's names and descriptions by locale, and the
// "locale key" of each that is missing or incomplete.
func (tr translations) lookup(key string, described bool) (names, descs map[discordgo.Locale]string, missing []string) {
	names, descs = map[discordgo.Locale]string{}, map[discordgo.Locale]string{}
	for _, cl := range commandLocales {
		e, ok := tr[cl.locale][key]
		if !ok || e.Name == "" || (described && e.Description == "") {
			missing = append(missing, string(cl.locale)+" "+key)
		}
		if e.Name != "" {
			names[cl.locale] = e.Name
		}
		if described && e.Description != "" {
			descs[cl.locale] = e.Description
		}
	}
	if !described {
		descs = nil
	}
	return names, descs, missing
}
