package lang

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Default is the language of a person whose language is unknown, and the
// source every other file is translated from.
const Default = "en"

// Langs are the languages the bot speaks, Default first.
var Langs = []string{"en", "es", "de", "fr"}

// Names are each language's name in itself, as offered in a choice.
var Names = map[string]string{"en": "English", "es": "Español", "de": "Deutsch", "fr": "Français"}

//go:embed messages/*.toml
var files embed.FS

var (
	bundleOnce sync.Once
	bundle     *i18n.Bundle
	bundleErr  error
)

// load reads every message file once. A file that does not parse is a
// bug caught by the tests, so later calls only see the error again.
func load() (*i18n.Bundle, error) {
	bundleOnce.Do(func() {
		b := i18n.NewBundle(language.English)
		b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
		for _, l := range Langs {
			if _, err := b.LoadMessageFileFS(files, path.Join("messages", l+".toml")); err != nil {
				bundleErr = fmt.Errorf("load messages for %s: %w", l, err)
				return
			}
		}
		bundle = b
	})
	return bundle, bundleErr
}

// Match returns the language of the first tag the bot speaks: a BCP 47
// tag as Discord sends it ("es-ES", "es-419", "de"), or a POSIX locale as
// in LANG ("fr_FR.UTF-8"). It returns "" when none is one of Langs.
func Match(tags ...string) string {
	for _, tag := range tags {
		if l := matchOne(tag); l != "" {
			return l
		}
	}
	return ""
}

// matched keeps matchOne's answers (string to string), at most
// matchedMax of them: parsing a tag allocates some twenty times, and the
// coach matches the same few of Discord's thirty-odd locales for nearly
// every event. Bounded, since a tag may come from what a person typed.
var (
	matched  sync.Map
	matchedN atomic.Int32
)

const matchedMax = 128

func matchOne(tag string) string {
	if l, ok := matched.Load(tag); ok {
		return l.(string)
	}
	l := parseMatch(tag)
	if matchedN.Load() < matchedMax {
		if _, loaded := matched.LoadOrStore(tag, l); !loaded {
			matchedN.Add(1)
		}
	}
	return l
}

func parseMatch(tag string) string {
	tag, _, _ = strings.Cut(tag, ".")
	tag, _, _ = strings.Cut(tag, "@")
	t, err := language.Parse(strings.ReplaceAll(tag, "_", "-"))
	if err != nil {
		return ""
	}
	base, _ := t.Base()
	for _, l := range Langs {
		if base.String() == l {
			return l
		}
	}
	return ""
}

// Args are the values of a message's placeholders, by name.
type Args map[string]any

// Printer says messages in one language.
type Printer struct {
	Lang string // one of Langs
	loc  *i18n.Localizer
	num  *message.Printer
	// names is the file of commands/ whose names Command gives: Lang's,
	// or a region's of it (es-419); empty is Lang's.
	names string
}

// For returns the Printer of lang, or of Default when lang is not one of
// Langs.
func For(lang string) Printer {
	lang = Match(lang)
	if lang == "" {
		lang = Default
	}
	return printers()[lang]
}

// printers are each language's Printer, made once and shared: making a
// Localizer parses its tags (some sixty allocations), and nearly every
// message asks For its language. Both it and message.Printer are safe
// for concurrent use; a Printer is a value, and In changes a copy.
var printers = sync.OnceValue(func() map[string]Printer {
	b, err := load()
	if err != nil {
		panic(err) // the embedded files are part of the build; TestComplete loads them
	}
	out := make(map[string]Printer, len(Langs))
	for _, l := range Langs {
		out[l] = Printer{Lang: l, loc: i18n.NewLocalizer(b, l, Default), num: message.NewPrinter(language.Make(l))}
	}
	return out
})

// T returns the message id filled in with args. A message missing in the
// language is said in English; one missing in English too is its id, so
// that it shows in a test rather than as an empty message.
func (p Printer) T(id string, args ...Args) string {
	if len(args) == 0 {
		return p.plain(id)
	}
	return p.localize(id, args)
}

func (p Printer) localize(id string, args []Args) string {
	s, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: p.merge(args)})
	if s == "" && err != nil {
		return id
	}
	return s
}

// plainKey names a message said without arguments: by the language, the
// file of commands/ its {{.Cmd}} names come from, and its id.
type plainKey struct{ lang, names, id string }

// plainTexts keep each message said without arguments, as said: its
// template then reads nothing but the language's command names, so it
// always comes out the same, and executing it costs a hundred
// allocations (text/template reflects on every field). Only messages
// the files have are kept, so there are at most as many as the files'
// messages in each language.
var plainTexts sync.Map

func (p Printer) plain(id string) string {
	k := plainKey{p.Lang, p.namesLang(), id}
	if s, ok := plainTexts.Load(k); ok {
		return s.(string)
	}
	s, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: p.merge(nil)})
	if s == "" && err != nil {
		return id
	}
	if s != "" {
		plainTexts.Store(k, s)
	}
	return s
}

// N returns the message id said for count n (one day, two days), with
// {{.Count}} the number as the language writes it.
func (p Printer) N(id string, n int, args ...Args) string {
	data := p.merge(args)
	data["Count"] = p.Number(n)
	s, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: n})
	if s == "" && err != nil {
		return id
	}
	return s
}

// Number writes a number the way the language does (1,234.5 in English,
// 1.234,5 in German and Spanish, 1 234,5 in French).
func (p Printer) Number(n any) string {
	return p.num.Sprint(n)
}

// merge gathers a message's placeholders, with Cmd, the commands as the
// language names them ({{.Cmd.summary}}, see Command).
func (p Printer) merge(args []Args) map[string]any {
	data := map[string]any{"Cmd": cmdData()[p.namesLang()]}
	for _, a := range args {
		for k, v := range a {
			data[k] = v
		}
	}
	return data
}

// Texts returns the messages of one language as written in its file, by
// key: each plural form's text, with its placeholders unfilled. Tests use
// it to look for a language's words where another's should be.
func Texts(l string) (map[string][]string, error) {
	buf, err := files.ReadFile(path.Join("messages", l+".toml"))
	if err != nil {
		return nil, fmt.Errorf("messages for %s: %w", l, err)
	}
	mf, err := i18n.ParseMessageFileBytes(buf, l+".toml", map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
	if err != nil {
		return nil, fmt.Errorf("parse messages for %s: %w", l, err)
	}
	out := map[string][]string{}
	for _, m := range mf.Messages {
		for _, s := range []string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other} {
			if s != "" {
				out[m.ID] = append(out[m.ID], s)
			}
		}
	}
	return out, nil
}
