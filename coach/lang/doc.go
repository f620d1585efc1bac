// Package lang is what the coach says, in the person's language: the
// message files (messages/en.toml, es.toml, de.toml, fr.toml, one per
// language, embedded in the binary) and a Printer that fills them in,
// with plurals by CLDR rules and numbers written the way the language
// writes them.
//
// A translator edits only the .toml files. A message is a key and its
// text; {{.Name}} is a placeholder that the code fills in and must be
// kept as it is (the words around it may move); a message with one/other
// (and, where the language needs them, few/many) is said differently by
// count. English is the source: a key missing in another language falls
// back to it, and TestComplete fails until it is added.
//
// The files are loaded through github.com/nicksnyder/go-i18n/v2, which
// takes its plural rules from CLDR (via golang.org/x/text). The package
// imports nothing of Redis or Discord: coach, bot and cmd may all use it.
package lang
