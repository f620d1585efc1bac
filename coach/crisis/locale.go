package crisis

import "strings"

// countryByLanguage is the country of a Discord locale that names only a
// language, for languages spoken mostly in one country. Languages shared
// by several countries ("en", "de", "fr", "es-419", "nl", "it", "pt",
// "ru", "ar") say nothing about where someone is and are left out.
var countryByLanguage = map[string]string{
	"bg": "BG", "cs": "CZ", "da": "DK", "el": "GR", "fi": "FI", "hi": "IN", "hr": "HR",
	"hu": "HU", "id": "ID", "ja": "JP", "ko": "KR", "lt": "LT", "no": "NO", "pl": "PL",
	"ro": "RO", "th": "TH", "tr": "TR", "uk": "UA", "vi": "VN",
}

// CountryOfLocale returns the ISO 3166-1 alpha-2 country a locale such as
// Discord's names: its region ("en-GB" → GB, "pt-BR" → BR, "sv-SE" → SE,
// "zh-TW" → TW), or for a language spoken mostly in one country that
// country ("ja" → JP, "pl" → PL). An ambiguous locale ("en", "de", "fr",
// "es-419") gives "".
func CountryOfLocale(locale string) string {
	locale = strings.ReplaceAll(strings.TrimSpace(locale), "_", "-")
	lang, region, hasRegion := strings.Cut(locale, "-")
	if hasRegion {
		if len(region) == 2 && isLetters(region) {
			return CountryCode(region)
		}
		return "" // "es-419": a continent, not a country
	}
	return countryByLanguage[strings.ToLower(lang)]
}

func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}
