package crisis

import (
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/risk"
)

// methodWords are the words, by language, that name a means of harm or
// dying, which a crisis text must never contain ("die" is English only: in
// German it is an article).
const methodWords = `pills?|tablets?|meds|medications?|overdose|jump\w*|rope|hang\w*|guns?|knife|blade|razor|cut\w*|poison\w*|bridge|ledge|train|drown\w*|kill\w*|dying|` +
	`pastillas?|cuerda|puente|salt[aeo]\w*|arma|cuchillo|veneno|ahorc\w*|morir|matar\w*|` +
	`tabletten|seil|brücke|spring\w*|waffe|messer|gift|sterben|töten|erhäng\w*|` +
	`pilules?|comprimés?|corde|pont|sauter|arme|couteau|mourir|tuer|pendre`

var (
	crisisMethodWord = regexp.MustCompile(`(?i)\b(die|` + methodWords + `)\b`)
	methodWordNotEn  = regexp.MustCompile(`(?i)\b(` + methodWords + `)\b`)
)

// methodWordIn returns a method word in text written in lang, or "".
func methodWordIn(text, lang string) string {
	if lang == "en" {
		return crisisMethodWord.FindString(text)
	}
	return methodWordNotEn.FindString(text)
}

// openEnding is how each language's texts leave the conversation open.
var openEnding = map[string][2]string{ // told, asked
	"en": {"You can keep writing to me, too.", "You can keep writing to me, too."},
	"es": {"También puedes seguir escribiéndome.", "También puedes seguir escribiéndome."},
	"de": {"Du kannst mir auch gern weiter schreiben.", "Du kannst mir auch gern weiter schreiben."},
	"fr": {"Tu peux aussi continuer à m'écrire.", "Tu peux aussi continuer à m'écrire."},
}

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}\b`)

func TestEveryEntryIsSourced(t *testing.T) {
	if !dateRE.MatchString(checked) {
		t.Fatalf("checked = %q, want a date", checked)
	}
	withLines := 0
	for code, c := range countries {
		if len(code) != 2 || CountryCode(code) != code {
			t.Errorf("country key %q is not an upper-case ISO code", code)
		}
		if !regexp.MustCompile(`^\d{3}$`).MatchString(c.emergency) {
			t.Errorf("%s: emergency number %q", code, c.emergency)
		}
		if !strings.HasPrefix(c.emergencySource, "http") {
			t.Errorf("%s: emergency number without a source", code)
		}
		if len(c.lines) > 0 {
			withLines++
		}
		for _, l := range c.lines {
			if len(regexp.MustCompile(`\d`).FindAllString(l.number, -1)) < 3 {
				t.Errorf("%s: line %q has no number", code, l.what)
			}
			if !strings.HasPrefix(l.source, "http") || l.what == "" {
				t.Errorf("%s: line %s lacks its source or description", code, l.number)
			}
			if len(l.langs) == 0 {
				t.Errorf("%s: line %s says no language", code, l.number)
			}
			for _, lang := range Langs {
				for _, code := range l.langs {
					if textsByLang[lang].langNames[code] == "" {
						t.Errorf("no %s name for the language %q", lang, code)
					}
				}
			}
		}
	}
	if withLines < 30 {
		t.Errorf("%d countries have lines, want at least 30", withLines)
	}
}

// TestEveryReply checks every country's reply and /crisis text in every
// language: its lines and emergency number present, nothing that names a
// means of harm or would raise the screen, the conversation left open.
func TestEveryReply(t *testing.T) {
	codes := []string{"", "ZZ"}
	for code := range countries {
		codes = append(codes, code)
	}
	for _, code := range codes {
		for _, lang := range Langs {
			for i, asked := range []bool{false, true} {
				text := Compose(Request{Country: code, Lang: lang, Asked: asked})
				c, known := countries[code]
				for _, l := range c.lines {
					if !strings.Contains(text, l.number) {
						t.Errorf("%s/%s lacks %s:\n%s", code, lang, l.number, text)
					}
				}
				if known && !strings.Contains(text, c.emergency) {
					t.Errorf("%s/%s lacks the emergency number %s", code, lang, c.emergency)
				}
				if len(c.lines) == 0 && !strings.Contains(text, "findahelpline.com") {
					t.Errorf("%s/%s has no lines and no pointer:\n%s", code, lang, text)
				}
				if m := methodWordIn(text, lang); m != "" {
					t.Errorf("%s/%s names a means of harm, %q:\n%s", code, lang, m, text)
				}
				if got := risk.Assess(text); got != risk.None {
					t.Errorf("%s/%s: risk.Assess = %v: the bot's own words would raise an alarm:\n%s", code, lang, got, text)
				}
				if !strings.HasSuffix(text, openEnding[lang][i]) {
					t.Errorf("%s/%s (asked %v) does not end open:\n%s", code, lang, asked, text)
				}
				lines := strings.Split(text, "\n")
				if !strings.HasPrefix(lines[1], "- ") {
					t.Errorf("%s/%s: people to reach do not come right after the opening:\n%s", code, lang, text)
				}
			}
		}
	}
}

func TestReplyEnglish(t *testing.T) {
	tests := []struct {
		country   string
		resources []string
		emergency string
	}{
		{"US", []string{"Call or text 988 (free, any hour)"}, "911"},
		{"us", []string{"988"}, "911"},
		{"GB", []string{"Call Samaritans on 116 123 (free, any hour)"}, "999"},
		{"UK", []string{"116 123"}, "999"},
		{"CA", []string{"Call or text 988 (free, any hour)"}, "911"},
		{"IE", []string{"Pieta on 1800 247 247", "Samaritans on 116 123"}, "112"},
		{"AU", []string{"Call Lifeline on 13 11 14 (any hour)"}, "000"},
		{"NZ", []string{"Call or text 1737 (free, any hour)"}, "111"},
		{"DE", []string{"TelefonSeelsorge on 0800 111 0 111 (free, any hour, in German)"}, "112"},
		{"FR", []string{"Call 3114 (free, any hour, in French)"}, "112"},
		{"ES", []string{"Call 024 (free, any hour, in Spanish)"}, "112"},
		{"MX", []string{"Línea de la Vida on 800 911 2000 (free, any hour, in Spanish)"}, "911"},
		{"CO", []string{"106 (in Bogotá, free, any hour, in Spanish)"}, "123"},
		{"JP", []string{"0120-061-338 (free, daily 06:00–24:00, in Japanese)"}, "119"},
		{"DK", []string{"findahelpline.com"}, "112"},
		{"", []string{"findahelpline.com"}, "your local emergency number"},
		{"ZZ", []string{"findahelpline.com"}, "your local emergency number"},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			reply := Reply(tt.country, "en")
			for _, want := range append(tt.resources, "immediate danger, call "+tt.emergency) {
				if !strings.Contains(reply, want) {
					t.Errorf("reply lacks %q:\n%s", want, reply)
				}
			}
			if strings.Index(reply, tt.emergency) > strings.Index(reply, "Thank you") {
				t.Errorf("emergency services come after other words:\n%s", reply)
			}
		})
	}
}

func TestReplyLanguages(t *testing.T) {
	tests := []struct {
		country, lang string
		want, not     []string
	}{
		{"ES", "es", []string{"Puedes hablar con alguien", "Llama al 024 (gratis, a cualquier hora).", "llama al 112"}, []string{"en español"}},
		{"MX", "es", []string{"Línea de la Vida: llama al 800 911 2000 (gratis, a cualquier hora).", "llama al 911"}, nil},
		{"FR", "fr", []string{"Appelle le 3114 (gratuit, à toute heure).", "appelle le 112"}, []string{"en français"}},
		{"CA", "fr", []string{"Appelle ou écris par SMS au 988 (gratuit, à toute heure).", "appelle le 911"}, []string{"anglais"}},
		{"CA", "de", []string{"(kostenlos, rund um die Uhr, auf Englisch oder Französisch)"}, nil},
		{"DE", "de", []string{"TelefonSeelsorge: Ruf unter 0800 111 0 111 an (kostenlos, rund um die Uhr).", "ruf die 112 an"}, []string{"auf Deutsch"}},
		{"AT", "de", []string{"TelefonSeelsorge: Ruf unter 142 an"}, nil},
		{"US", "es", []string{"Llama o escribe al 988 (gratis, a cualquier hora)."}, []string{"en inglés"}},
		{"CH", "en", []string{"(any hour, in German, French or Italian)"}, nil},
		{"", "de", []string{"findahelpline.com", "örtlichen Notruf"}, nil},
		{"FR", "pt-BR", []string{"You can talk to someone right now", "in French"}, nil},
	}
	for _, tt := range tests {
		reply := Reply(tt.country, tt.lang)
		for _, want := range tt.want {
			if !strings.Contains(reply, want) {
				t.Errorf("Reply(%q, %q) lacks %q:\n%s", tt.country, tt.lang, want, reply)
			}
		}
		for _, not := range tt.not {
			if strings.Contains(reply, not) {
				t.Errorf("Reply(%q, %q) says %q:\n%s", tt.country, tt.lang, not, reply)
			}
		}
	}
}

// TestAskedIsNotThanked: /crisis is for someone who asked for numbers, so
// it does not thank them for telling anything; the told reply does.
func TestAskedIsNotThanked(t *testing.T) {
	thanks := map[string]string{"en": "Thank you for telling me", "es": "Gracias por contármelo", "de": "Danke, dass du es mir gesagt hast", "fr": "Merci de me l'avoir dit"}
	for lang, thank := range thanks {
		told, asked := Reply("GB", lang), Numbers("GB", lang)
		if !strings.Contains(told, thank) || strings.Contains(asked, thank) {
			t.Errorf("%s: told reply thanks = %v, /crisis thanks = %v", lang, strings.Contains(told, thank), strings.Contains(asked, thank))
		}
		if strings.SplitN(told, "\n", 2)[0] == strings.SplitN(asked, "\n", 2)[0] {
			t.Errorf("%s: /crisis and the told reply open the same way", lang)
		}
	}
}

func TestClinicLineFirst(t *testing.T) {
	for _, asked := range []bool{false, true} {
		text := Compose(Request{Country: "US", Lang: "es", Clinic: "  After hours: Bright Clinic 555 0100  ", Asked: asked})
		if lines := strings.Split(text, "\n"); lines[1] != "- After hours: Bright Clinic 555 0100" || !strings.Contains(lines[2], "988") {
			t.Errorf("asked %v: the clinic's line is not first:\n%s", asked, text)
		}
	}
	if strings.Contains(Reply("US", "en"), "\n- \n") {
		t.Error("an empty clinic line is shown")
	}
}

func TestCountryOfLocale(t *testing.T) {
	tests := map[string]string{
		"en-GB": "GB", "en-US": "US", "pt-BR": "BR", "es-ES": "ES", "sv-SE": "SE", "zh-TW": "TW", "es-MX": "MX",
		"es_MX": "MX", "ja": "JP", "pl": "PL", "da": "DK", "hi": "IN",
		"es-419": "", "en": "", "de": "", "fr": "", "nl": "", "": "", "x-y-z": "",
	}
	for locale, want := range tests {
		if got := CountryOfLocale(locale); got != want {
			t.Errorf("CountryOfLocale(%q) = %q, want %q", locale, got, want)
		}
	}
}

func TestNormalizeLang(t *testing.T) {
	tests := map[string]string{"es-419": "es", "es-ES": "es", "DE": "de", "fr": "fr", "en-GB": "en", "pt-BR": "", "": "", "it": ""}
	for tag, want := range tests {
		if got := NormalizeLang(tag); got != want {
			t.Errorf("NormalizeLang(%q) = %q, want %q", tag, got, want)
		}
	}
}

func TestHasLines(t *testing.T) {
	if !HasLines("gb") || !HasLines("UK") || HasLines("DK") || HasLines("") || HasLines("ZZ") {
		t.Error("HasLines is wrong for GB, UK, DK, empty or unknown")
	}
}

func TestSafetyQuestion(t *testing.T) {
	q := SafetyQuestion()
	for _, want := range []string{"are you safe right now?", "/crisis", "you can keep writing to me."} {
		if !strings.Contains(q, want) {
			t.Errorf("SafetyQuestion() lacks %q: %s", want, q)
		}
	}
	if m := crisisMethodWord.FindString(q); m != "" {
		t.Errorf("SafetyQuestion() names a means of harm, %q", m)
	}
	if got := risk.Assess(q); got != risk.None {
		t.Errorf("risk.Assess(SafetyQuestion()) = %v, want none", got)
	}
}
