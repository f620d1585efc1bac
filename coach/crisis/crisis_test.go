package crisis

import (
	"regexp"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // zones are checked against the tz database, whatever the machine has

	"github.com/aftercare/aftercare/coach/risk"
)

// crisisMethodWord finds words that name a means of harm, which a crisis
// reply must never contain.
var crisisMethodWord = regexp.MustCompile(`(?i)\b(pills?|tablets?|meds|medications?|overdose|jump\w*|rope|hang\w*|gun|knife|blade|razor|cut\w*|poison\w*|bridge|ledge|train|drown\w*|kill\w*|die|dying)\b`)

func TestReply(t *testing.T) {
	tests := []struct {
		country   string
		resources []string
		emergency string
	}{
		{"US", []string{"988", "text HOME to 741741"}, "911"},
		{"us", []string{"988", "741741"}, "911"},
		{"GB", []string{"Samaritans", "116 123"}, "999"},
		{"UK", []string{"116 123"}, "999"},
		{"DE", []string{"TelefonSeelsorge", "0800 111 0 111"}, "112"},
		{"FR", []string{"3114"}, "112"},
		{"ES", []string{"024"}, "112"},
		{"", []string{"findahelpline.com"}, "your local emergency number"},
		{"JP", []string{"findahelpline.com"}, "your local emergency number"},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			reply := Reply(tt.country)
			for _, want := range append(tt.resources, "immediate danger, call "+tt.emergency) {
				if !strings.Contains(reply, want) {
					t.Errorf("reply lacks %q:\n%s", want, reply)
				}
			}
			if m := crisisMethodWord.FindString(reply); m != "" {
				t.Errorf("reply names a means of harm, %q:\n%s", m, reply)
			}
			lines := strings.Split(reply, "\n")
			if !strings.HasPrefix(lines[1], "- ") || !strings.Contains(lines[1], tt.resources[0]) {
				t.Errorf("first resource is not right after the opening line:\n%s", reply)
			}
			if strings.Index(reply, tt.emergency) > strings.Index(reply, "Thank you") {
				t.Errorf("emergency services come after other words:\n%s", reply)
			}
			if !strings.HasSuffix(reply, "I'm here; you can keep writing to me.") {
				t.Errorf("reply does not leave the conversation open:\n%s", reply)
			}
			if got := risk.Assess(reply); got != risk.None {
				t.Errorf("risk.Assess(reply) = %v: the bot's own words would raise an alarm", got)
			}
		})
	}
}

func TestReplyCountriesDiffer(t *testing.T) {
	if Reply("US") == Reply("GB") || Reply("GB") == Reply("") {
		t.Error("replies for different countries are the same")
	}
	if strings.Contains(Reply("GB"), "988") || strings.Contains(Reply("US"), "116 123") {
		t.Error("a reply carries another country's line")
	}
}

func TestSafetyQuestion(t *testing.T) {
	q := SafetyQuestion()
	for _, want := range []string{"are you safe right now?", "/crisis", "I'm here; you can keep writing to me."} {
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

func TestCountryForZone(t *testing.T) {
	tests := map[string]string{
		"America/New_York": "US", "America/Chicago": "US", "America/Denver": "US",
		"America/Los_Angeles": "US", "America/Phoenix": "US", "America/Anchorage": "US",
		"America/Detroit": "US", "America/Indiana/Indianapolis": "US", "America/Indiana/Knox": "US",
		"America/Boise": "US", "Pacific/Honolulu": "US", "America/Adak": "US", "US/Eastern": "US",
		"Europe/London": "GB", "Europe/Berlin": "DE", "Europe/Paris": "FR",
		"Europe/Madrid": "ES", "Atlantic/Canary": "ES", "Africa/Ceuta": "ES",
		" Europe/London ": "GB",
		"America/Toronto": "", "America/Mexico_City": "", "America/Puerto_Rico": "",
		"Europe/Dublin": "", "Europe/Vienna": "", "Asia/Tokyo": "", "UTC": "", "": "", "europe/london": "",
	}
	for zone, want := range tests {
		if got := CountryForZone(zone); got != want {
			t.Errorf("CountryForZone(%q) = %q, want %q", zone, got, want)
		}
	}
}

func TestCountryForZoneNamesExist(t *testing.T) {
	for zone, country := range countryByZone {
		if _, err := time.LoadLocation(zone); err != nil {
			t.Errorf("zone %q (%s) is not in the tz database: %v", zone, country, err)
		}
		if _, ok := linesByCountry[country]; !ok {
			t.Errorf("zone %q maps to %q, which has no crisis lines", zone, country)
		}
	}
}
