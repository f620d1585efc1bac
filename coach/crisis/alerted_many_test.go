package crisis

import (
	"strings"
	"testing"
)

// With two therapists named, the verb agrees: "A y B recibirán", not
// "recibirá"; with one, it stays singular.
func TestNonAcuteAlertedAgreesWithCount(t *testing.T) {
	tests := []struct {
		lang, one, many string
	}{
		{"es", "Dr Rivera recibirá", "Dr Rivera y Dr Okafor recibirán"},
		{"de", "bekommt Dr Rivera", "bekommen Dr Rivera und Dr Okafor"},
		{"fr", "Dr Rivera recevra", "Dr Rivera et Dr Okafor recevront"},
		{"en", "Dr Rivera will get", "Dr Rivera and Dr Okafor will get"},
	}
	for _, tt := range tests {
		s := SafetyIn(tt.lang)
		one := s.NonAcute(nil, []string{"Dr Rivera"})
		many := s.NonAcute(nil, []string{"Dr Rivera", "Dr Okafor"})
		if !strings.Contains(one, tt.one) {
			t.Errorf("%s, one therapist: %q lacks %q", tt.lang, one, tt.one)
		}
		if !strings.Contains(many, tt.many) {
			t.Errorf("%s, two therapists: %q lacks %q", tt.lang, many, tt.many)
		}
		wish := s
		wish.Alerted, wish.AlertedMany = s.AlertedWish, s.AlertedWishMany
		if many := wish.NonAcute(nil, []string{"Dr Rivera", "Dr Okafor"}); !strings.Contains(many, tt.many) {
			t.Errorf("%s, two therapists after a wish: %q lacks %q", tt.lang, many, tt.many)
		}
	}
}
