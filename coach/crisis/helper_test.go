package crisis

import (
	"strings"
	"testing"
)

// TestEmergencyAndLines: the reply for someone helping another person
// gives the emergency number and the lines the crisis reply gives, from
// the same data; an unknown country has no number and the international
// pointer.
func TestEmergencyAndLines(t *testing.T) {
	tests := []struct {
		country, lang, number string
		lines                 []string
	}{
		{"GB", "en", "999", []string{"- Call Samaritans on 116 123"}},
		{"uk", "en", "999", []string{"Samaritans"}},
		{"ES", "es", "112", []string{"- Llama al 024"}},
		{"DE", "de", "112", []string{"TelefonSeelsorge"}},
		{"FR", "fr", "112", []string{"3114"}},
		{"MX", "es", "911", []string{"Línea de la Vida"}},
		{"", "en", "", []string{"- Find a free helpline in your country at findahelpline.com."}},
	}
	for _, tt := range tests {
		number, ok := Emergency(tt.country)
		if number != tt.number || ok != (tt.number != "") {
			t.Errorf("Emergency(%q) = %q, %v; want %q", tt.country, number, ok, tt.number)
		}
		got := Lines(Request{Country: tt.country, Lang: tt.lang, Clinic: "Bright Clinic after hours: 555 0100"})
		if !strings.HasPrefix(got, "- Bright Clinic after hours: 555 0100\n") || strings.HasSuffix(got, "\n") {
			t.Errorf("Lines(%q) does not start with the clinic's line, or ends with a newline:\n%s", tt.country, got)
		}
		for _, want := range tt.lines {
			if !strings.Contains(got, want) {
				t.Errorf("Lines(%q) lacks %q:\n%s", tt.country, want, got)
			}
		}
		if strings.Contains(got, "emergency") || strings.Contains(got, "emergencia") {
			t.Errorf("Lines(%q) gives the emergency number, which the reply words itself:\n%s", tt.country, got)
		}
	}
}
