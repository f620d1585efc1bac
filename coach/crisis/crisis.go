package crisis

import (
	"fmt"
	"strings"
)

// line is one service a person can reach, as lines.go records it.
type line struct {
	name   string   // the service's own name; empty when the number is its name (988, 3114)
	number string   // as dialled
	text   bool     // also takes text messages at the number
	free   bool     // the source says calls are free
	always bool     // the source says it is open at every hour
	hours  string   // when not always: the daily opening the source gives, "10:00–24:00"
	langs  []string // languages it answers in, ISO 639-1, most used first
	region string   // where it serves, when not the whole country
	what   string   // what it is, for the reader of lines.go
	source string   // the page the number was confirmed on
}

// country is what a person in one country can reach.
type country struct {
	lines           []line
	emergency       string // the emergency number
	emergencySource string
}

// Request says what to write: the told-us reply (a crisis in the person's
// words) or the numbers they asked for with /crisis.
type Request struct {
	Country string // ISO 3166-1 alpha-2; "" when unknown
	Lang    string // "en", "es", "de" or "fr"; anything else is English
	// Clinic is the operator's after-hours line (CRISIS_CLINIC_LINE),
	// shown first when set.
	Clinic string
	// Asked marks /crisis: the person asked for numbers and told nothing,
	// so the reply is not thanked for.
	Asked bool
	// Commands, when set, says the commands the reply's own words mention
	// (/crisis) as the reader sees them in their language; the clinic's
	// line and the lines' names are not passed through it.
	Commands func(string) string
}

// Reply returns the reply to a risk.Crisis text, for a person in the
// country with the given ISO code ("" when unknown), in lang (see
// Request). It starts with people to reach and emergency services, names
// no means of harm, puts no pressure on the person, and leaves the
// conversation open.
func Reply(country, lang string) string { return Compose(Request{Country: country, Lang: lang}) }

// Numbers returns what /crisis shows: the same people to reach, with an
// opening for someone who asked rather than told.
func Numbers(country, lang string) string {
	return Compose(Request{Country: country, Lang: lang, Asked: true})
}

// Compose writes the crisis text r asks for: an opening line, the clinic's
// line, the country's lines (or the international pointer), the emergency
// number, then a closing that leaves the conversation open.
func Compose(r Request) string {
	t := textsFor(r.Lang)
	c, known := countries[CountryCode(r.Country)]
	var b strings.Builder
	if r.Asked {
		b.WriteString(t.openAsked + "\n")
	} else {
		b.WriteString(t.openTold + "\n")
	}
	b.WriteString(Lines(r) + "\n")
	if known {
		b.WriteString("- " + fmt.Sprintf(t.danger, c.emergency) + "\n\n")
	} else {
		b.WriteString("- " + t.dangerElsewhere + "\n\n")
	}
	say := r.Commands
	if say == nil {
		say = func(s string) string { return s }
	}
	if r.Asked {
		b.WriteString(say(t.closeAsked))
	} else {
		b.WriteString(say(t.closeTold))
	}
	return b.String()
}

// Title returns the heading of the crisis reply in lang.
func Title(lang string) string { return textsFor(lang).title }

// HasLines reports whether Aftercare has crisis lines of its own for the
// country (any case; UK counts as GB).
func HasLines(country string) bool { return len(countries[CountryCode(country)].lines) > 0 }

// CountryCode accepts the code in any case, and UK for GB as people
// often write it.
func CountryCode(country string) string {
	code := strings.ToUpper(strings.TrimSpace(country))
	if code == "UK" {
		return "GB"
	}
	return code
}

// SafetyQuestion returns the gentle, direct question for a risk.Review text.
// Asking plainly about safety does not put the idea in anyone's head; it
// tells the person that they can answer honestly.
// The texts in every language, with the ASQ and the replies after each
// answer, are SafetyIn's.
func SafetyQuestion() string { return SafetyIn("en").Question }

// Emergency returns the emergency number of the country with the given ISO
// code, and false when Aftercare does not know the country: the number the
// crisis reply gives, for someone helping another person in danger.
func Emergency(country string) (string, bool) {
	c, known := countries[CountryCode(country)]
	if !known || c.emergency == "" {
		return "", false
	}
	return c.emergency, true
}

// Lines returns the people r's reader can reach, one "- " line each, as
// the crisis reply lists them in r.Lang: the clinic's line, then the
// country's lines, or the international pointer. There is no opening, no
// emergency number and no closing: the reply to someone helping another
// person in danger puts them around it in its own words. r.Asked and
// r.Commands play no part.
func Lines(r Request) string {
	t := textsFor(r.Lang)
	c := countries[CountryCode(r.Country)]
	var b strings.Builder
	if clinic := strings.TrimSpace(r.Clinic); clinic != "" {
		b.WriteString("- " + clinic + "\n")
	}
	for _, l := range c.lines {
		b.WriteString("- " + t.describe(l) + "\n")
	}
	if len(c.lines) == 0 {
		b.WriteString("- " + t.elsewhere + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
