package lang

import "testing"

// Typed understands each language's words whatever the case and accents,
// and nothing else.
func TestTyped(t *testing.T) {
	for _, tc := range []struct {
		key, text string
		want      bool
	}{
		{"typed.tomorrow", "tomorrow", true},
		{"typed.tomorrow", " Mañana ", true},
		{"typed.tomorrow", "manana", true},
		{"typed.tomorrow", "MORGEN", true},
		{"typed.tomorrow", "Demain", true},
		{"typed.today", "hoy", true},
		{"typed.today", "heute", true},
		{"typed.today", "Aujourd’hui", true},
		{"typed.today", "aujourdhui", true},
		{"typed.none", "ninguna", true},
		{"typed.none", "Nada", true},
		{"typed.none", "keiner", true},
		{"typed.none", "nichts", true},
		{"typed.none", "aucune", true},
		{"typed.none", "rien", true},
		{"typed.none", "none", true},
		{"typed.none", "", false},
		{"typed.none", "no", false},
		{"typed.none", "ES", false},
		{"typed.tomorrow", "mañanas", false},
		{"typed.tomorrow", "today", false},
	} {
		if got := Typed(tc.key, tc.text); got != tc.want {
			t.Errorf("Typed(%s, %q) = %v, want %v", tc.key, tc.text, got, tc.want)
		}
	}
}

// Word names the first of a language's words, which Typed understands.
func TestWordIsUnderstood(t *testing.T) {
	want := map[string]string{"en": "tomorrow", "es": "mañana", "de": "morgen", "fr": "demain"}
	for _, l := range Langs {
		for _, key := range []string{"typed.today", "typed.tomorrow", "typed.none"} {
			w := For(l).Word(key)
			if w == "" || !Typed(key, w) {
				t.Errorf("%s %s names %q, which is not understood", l, key, w)
			}
		}
		if got := For(l).Word("typed.tomorrow"); got != want[l] {
			t.Errorf("%s names tomorrow %q, want %q", l, got, want[l])
		}
	}
}

func TestQuote(t *testing.T) {
	for l, want := range map[string]string{"en": `"Sam"`, "es": "«Sam»", "de": "„Sam“", "fr": "« Sam »"} {
		if got := For(l).Quote("Sam"); got != want {
			t.Errorf("%s Quote = %q, want %q", l, got, want)
		}
	}
}
