package lang

import (
	"maps"
	"regexp"
	"slices"
	"testing"
	"time"
)

var placeholder = regexp.MustCompile(`{{\s*\.([\w.]+)\s*}}`)

// messagesOf reads one language's file: each key with the placeholders
// its text uses (in any plural form), and "(plural)" for one said by count.
func messagesOf(t *testing.T, l string) map[string][]string {
	t.Helper()
	texts, err := Texts(l)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for id, forms := range texts {
		var names []string
		for _, s := range forms {
			for _, sub := range placeholder.FindAllStringSubmatch(s, -1) {
				names = append(names, sub[1])
			}
		}
		if len(forms) > 1 {
			names = append(names, "(plural)")
		}
		slices.Sort(names)
		out[id] = slices.Compact(names)
	}
	return out
}

// TestComplete fails when a key of English is missing in another language,
// a key is there that English lacks, or a message's placeholders differ.
func TestComplete(t *testing.T) {
	en := messagesOf(t, Default)
	if len(en) < 50 {
		t.Fatalf("en.toml has %d messages; the file was not read whole", len(en))
	}
	for _, l := range Langs[1:] {
		other := messagesOf(t, l)
		for _, id := range slices.Sorted(maps.Keys(en)) {
			got, ok := other[id]
			switch {
			case !ok:
				t.Errorf("%s.toml lacks %s", l, id)
			case !slices.Equal(got, en[id]):
				t.Errorf("%s.toml: %s has placeholders %v, English %v", l, id, got, en[id])
			}
		}
		for id := range other {
			if _, ok := en[id]; !ok {
				t.Errorf("%s.toml has %s, which en.toml lacks", l, id)
			}
		}
	}
}

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want string
	}{
		{[]string{"es-ES"}, "es"},
		{[]string{"es-419"}, "es"},
		{[]string{"de"}, "de"},
		{[]string{"fr_CA.UTF-8"}, "fr"},
		{[]string{"C.UTF-8", "de_AT@euro"}, "de"},
		{[]string{"pt-BR"}, ""},
		{[]string{"", "POSIX"}, ""},
		{[]string{"en-GB", "es"}, "en"},
	} {
		if got := Match(tc.tags...); got != tc.want {
			t.Errorf("Match(%q) = %q, want %q", tc.tags, got, tc.want)
		}
	}
}

func TestPrinter(t *testing.T) {
	day := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC) // a Monday
	for _, tc := range []struct{ lang, got, want string }{
		{"es", For("es").T("start.time_unreadable", Args{"Typed": `"x"`}), `No he podido entender "x" como una hora. `},
		{"es-419", For("es-419").Day(day), "lunes 2 de marzo"},
		{"de", For("de").Day(day), "Montag, 2. März"},
		{"fr", For("fr").Short(day), "2 mars"},
		{"en", For("en").Day(day), "Monday 2 March"},
		{"pt falls back to en", For("pt").T("ability.low"), "Gentle only"},
		{"de number", For("de").Number(1234.5), "1.234,5"},
		{"en number", For("en").Number(1234.5), "1,234.5"},
		{"missing key", For("fr").T("no.such.key"), "no.such.key"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.lang, tc.got, tc.want)
		}
	}
}
