package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxClinicLine bounds CRISIS_CLINIC_LINE: one line of a crisis reply.
const maxClinicLine = 200

// checkClinicLine checks CRISIS_CLINIC_LINE, the clinic's after-hours line
// shown first in every crisis reply: one line of printable text with a
// number in it, at most maxClinicLine characters, that mentions no one on
// Discord.
func (c *Config) checkClinicLine(v string) error {
	c.ClinicLine = v
	if v == "" {
		return nil
	}
	want := "one line of at most 200 characters with the clinic's number, like \"After hours, call Bright Clinic on +1 555 0100\""
	bad := !utf8.ValidString(v) || utf8.RuneCountInString(v) > maxClinicLine ||
		!strings.ContainsFunc(v, unicode.IsDigit) ||
		strings.ContainsFunc(v, func(r rune) bool { return !unicode.IsPrint(r) && r != ' ' }) ||
		strings.Contains(v, "@everyone") || strings.Contains(v, "@here") || strings.Contains(v, "<@")
	if bad {
		return &ConfigError{"CRISIS_CLINIC_LINE", want, clip(v, 40)}
	}
	return nil
}

// clip shortens v for an error message.
func clip(v string, n int) string {
	if r := []rune(v); len(r) > n {
		return string(r[:n]) + "…"
	}
	return v
}
