package langtest

import "testing"

func TestEnglishFindsCommandNames(t *testing.T) {
	for _, tc := range []struct {
		line, lang string
		want       bool
	}{
		{"Escribe /summary para verlo.", "es", true},
		{"Escribe /resumen para verlo.", "es", false},
		{"/crisis muestra personas.", "es", false}, // the same in Spanish
		{"Pídele un código nuevo con /terapeuta code.", "es", true},
		{"Pídele un código nuevo con /terapeuta código.", "es", false},
		{"Pide un código con /therapist código.", "es", true},
		{"/compartir CODE", "es", false}, // an argument, not a subcommand
		{"Tippe /rückblick oder /help.", "de", true},
		{"(/quit para salir)", "es", false},
		{"Type /summary.", "en", false},
		{"du> /teilen AJHG-JPBX-MY5Z", "de", false}, // a code's letters spell "my"
		{"Tu código: IT4K-MYQ2-TOBE", "es", false},
		{"Your code is ready.", "es", true},
	} {
		got := len(English(tc.line, tc.lang)) > 0
		if got != tc.want {
			t.Errorf("English(%q, %s) found English: %v, want %v", tc.line, tc.lang, got, tc.want)
		}
	}
}
