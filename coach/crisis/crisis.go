package crisis

import "strings"

// helplines is the support a person can reach in one country: the lines,
// most direct first, and the number for emergency services.
type helplines struct {
	lines     []string
	emergency string
}

// linesByCountry is keyed by ISO 3166-1 alpha-2 code. Every line is
// free and open at any hour; the reply is in English, so a line that
// answers in another language says so.
var linesByCountry = map[string]helplines{
	"US": {emergency: "911", lines: []string{
		"Call or text 988 to reach the 988 Lifeline (free, 24/7).",
		"Or text HOME to 741741 to reach the Crisis Text Line (free, 24/7).",
	}},
	"GB": {emergency: "999", lines: []string{
		"Call Samaritans on 116 123 (free, 24/7).",
	}},
	"DE": {emergency: "112", lines: []string{
		"Call TelefonSeelsorge on 0800 111 0 111 (free, 24/7, in German).",
	}},
	"FR": {emergency: "112", lines: []string{
		"Call 3114, the national prevention line (free, 24/7, in French).",
	}},
	"ES": {emergency: "112", lines: []string{
		"Call 024, the national support line (free, 24/7, in Spanish).",
	}},
}

// linesElsewhere is for a country without its own entry, or none known.
var linesElsewhere = helplines{
	emergency: "your local emergency number",
	lines: []string{
		"Find a free helpline in your country at findahelpline.com.",
	},
}

// Reply returns the reply to a risk.Crisis text, for a person in the
// country with the given ISO code ("" when unknown). It starts with people
// to reach and emergency services, names no means of harm, puts no
// pressure on the person, and leaves the conversation open.
func Reply(country string) string {
	c, ok := linesByCountry[countryCode(country)]
	if !ok {
		c = linesElsewhere
	}
	var b strings.Builder
	b.WriteString("You can talk to someone right now:\n")
	for _, line := range c.lines {
		b.WriteString("- " + line + "\n")
	}
	b.WriteString("- If you are in immediate danger, call " + c.emergency + ".\n\n")
	b.WriteString("Thank you for telling me. You don't have to explain anything or decide anything now, " +
		"and you don't have to carry this alone.\n")
	b.WriteString("I'm here; you can keep writing to me.")
	return b.String()
}

// countryCode accepts the code in any case, and UK for GB as people
// often write it.
func countryCode(country string) string {
	code := strings.ToUpper(strings.TrimSpace(country))
	if code == "UK" {
		return "GB"
	}
	return code
}

// SafetyQuestion returns the gentle, direct question for a risk.Review text.
// Asking plainly about safety does not put the idea in anyone's head; it
// tells the person that they can answer honestly.
func SafetyQuestion() string {
	return "Thank you for sharing that with me. Can I ask you directly: are you safe right now?\n" +
		"If things feel like too much, /crisis shows people you can talk to at any hour. " +
		"Whatever your answer, I'm here; you can keep writing to me."
}

// CountryForZone returns the ISO 3166-1 alpha-2 code of the country an
// IANA time zone belongs to, for the countries whose crisis lines
// Reply knows, or "" for any other zone. Old aliases such as
// US/Eastern count too. Zones of US territories are left out: they have
// their own codes and lines.
func CountryForZone(tz string) string {
	return countryByZone[strings.TrimSpace(tz)]
}

var countryByZone = zoneTable(map[string][]string{
	"US": {
		"America/New_York", "America/Detroit", "America/Kentucky/Louisville", "America/Kentucky/Monticello",
		"America/Indiana/Indianapolis", "America/Indiana/Vincennes", "America/Indiana/Winamac",
		"America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Vevay",
		"America/Indiana/Tell_City", "America/Indiana/Knox", "America/Chicago", "America/Menominee",
		"America/North_Dakota/Center", "America/North_Dakota/New_Salem", "America/North_Dakota/Beulah",
		"America/Denver", "America/Boise", "America/Phoenix", "America/Los_Angeles",
		"America/Anchorage", "America/Juneau", "America/Sitka", "America/Metlakatla",
		"America/Yakutat", "America/Nome", "America/Adak", "Pacific/Honolulu",
		// Aliases kept by the tz database for old configurations.
		"America/Fort_Wayne", "America/Indianapolis", "America/Knox_IN", "America/Louisville",
		"America/Shiprock", "America/Atka", "Navajo", "US/Eastern", "US/Central", "US/Mountain",
		"US/Pacific", "US/Alaska", "US/Aleutian", "US/Arizona", "US/Hawaii", "US/East-Indiana",
		"US/Indiana-Starke", "US/Michigan",
	},
	"GB": {"Europe/London", "Europe/Belfast", "GB", "GB-Eire"},
	"DE": {"Europe/Berlin", "Europe/Busingen"},
	"FR": {"Europe/Paris"},
	"ES": {"Europe/Madrid", "Atlantic/Canary", "Africa/Ceuta"},
})

// zoneTable turns country → zones into zone → country.
func zoneTable(byCountry map[string][]string) map[string]string {
	out := make(map[string]string)
	for country, zones := range byCountry {
		for _, z := range zones {
			out[z] = country
		}
	}
	return out
}
