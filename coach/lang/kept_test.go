package lang

import (
	"fmt"
	"strings"
	"testing"
)

// TestKeptTexts checks that a message said without arguments, kept after
// its first saying, is the same as said afresh, for each language and
// region: es-419 says /terapeuta agregar where Spain's Spanish says
// añadir, so a text kept by language alone would give one the other's.
func TestKeptTexts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		p       Printer
		id      string
		want    string // a part of the text
		notWant string
	}{
		{"es", For("es"), "therapist.add_whom", "/terapeuta añadir @", "agregar @"},
		{"es-419", For("es").In("es-419"), "therapist.add_whom", "/terapeuta agregar @", "añadir @"},
		{"es again", For("es"), "therapist.add_whom", "/terapeuta añadir @", "agregar @"},
		{"de", For("de"), "help.title", "", "help.title"},
		{"missing", For("fr"), "no.such.key", "no.such.key", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for range 2 { // said afresh, then kept
				got := tc.p.T(tc.id)
				if fresh := tc.p.localize(tc.id, nil); got != fresh {
					t.Errorf("T(%q) = %q, said afresh %q", tc.id, got, fresh)
				}
				if !strings.Contains(got, tc.want) || tc.notWant != "" && strings.Contains(got, tc.notWant) {
					t.Errorf("T(%q) = %q, want %q in it and not %q", tc.id, got, tc.want, tc.notWant)
				}
			}
		})
	}
}

// TestMatchBeyondKept checks that Match still answers once it keeps no
// more tags: tags typed by people must not grow it without bound.
func TestMatchBeyondKept(t *testing.T) {
	for i := range 2 * matchedMax {
		Match(fmt.Sprintf("x%d", i))
	}
	if n := matchedN.Load(); n > matchedMax {
		t.Errorf("%d tags kept, want at most %d", n, matchedMax)
	}
	for tag, want := range map[string]string{"fr-CA": "fr", "de_AT@euro": "de", "es-MX": "es", "pt-PT": "", "en-GB": "en"} {
		for range 2 {
			if got := Match(tag); got != want {
				t.Errorf("Match(%q) = %q, want %q", tag, got, want)
			}
		}
	}
}
