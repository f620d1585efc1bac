package instrument

import (
	"slices"
	"strings"
	"testing"
)

// offered lists, for each instrument, the languages it may be given in.
// A translation added without a published source to cite, or one removed,
// fails TestOnlyValidatedLanguagesOffered until this table says so.
var offered = map[string][]string{
	PHQ9:    {"en", "es", "de", "fr"},
	PHQ2:    {"en", "es", "de", "fr"},
	GAD7:    {"en", "es", "de", "fr"},
	GAD2:    {"en", "es", "de", "fr"},
	PCPTSD5: {"en"},
	PCL5:    {"en", "fr"},
}

func TestOnlyValidatedLanguagesOffered(t *testing.T) {
	for _, q := range All() {
		want, listed := offered[q.ID]
		if !listed {
			t.Errorf("%s is not in the table of offered languages", q.ID)
			continue
		}
		for _, lang := range append(slices.Clone(Langs), "pt", "", "EN", "es-ES") {
			if got := Available(q.ID, lang); got != slices.Contains(want, lang) {
				t.Errorf("Available(%s, %q) = %v, want %v", q.ID, lang, got, !got)
			}
		}
	}
	if Available("bdi", "en") {
		t.Error("an unknown instrument is available")
	}
}

// TestTranslationsMatchEnglish checks that every translation can be scored
// as the English: the same number of items and answers, every text present,
// the source named.
func TestTranslationsMatchEnglish(t *testing.T) {
	for _, q := range All() {
		en, _ := Text(q.ID, "en")
		for _, lang := range Langs {
			tx, ok := Text(q.ID, lang)
			if !ok {
				continue
			}
			t.Run(q.ID+"/"+lang, func(t *testing.T) {
				if tx.Lang != lang {
					t.Errorf("Lang = %q", tx.Lang)
				}
				if len(tx.Items) != len(en.Items) || len(tx.Options) != len(en.Options) {
					t.Fatalf("%d items and %d options, want %d and %d", len(tx.Items), len(tx.Options), len(en.Items), len(en.Options))
				}
				if len(tx.Difficulty.Options) != len(en.Difficulty.Options) || (tx.Difficulty.Text == "") != (en.Difficulty.Text == "") {
					t.Errorf("difficulty question %q with %d answers, English has %d", tx.Difficulty.Text, len(tx.Difficulty.Options), len(en.Difficulty.Options))
				}
				if (tx.Instructions == "") != (en.Instructions == "") {
					t.Errorf("instructions %q where English has %q", tx.Instructions, en.Instructions)
				}
				texts := append(append(append([]string{tx.Stem}, tx.Items...), tx.Options...), tx.Difficulty.Options...)
				for i, s := range texts {
					if strings.TrimSpace(s) != s || s == "" {
						t.Errorf("text %d is empty or padded: %q", i, s)
					}
				}
				if !strings.Contains(tx.Source, "https://") || !strings.Contains(tx.Source, "20") {
					t.Errorf("source does not name an address and a year: %q", tx.Source)
				}
				if lang != "en" && slices.Equal(tx.Items, en.Items) {
					t.Error("the translation is the English")
				}
			})
		}
	}
}

// TestTranslationsStartAsPublished holds the first item and answer of each
// translation to its published form, so that an edit to the words shows.
func TestTranslationsStartAsPublished(t *testing.T) {
	for _, tc := range []struct{ id, lang, item, option string }{
		{PHQ9, "es", "Poco interés o placer en hacer cosas", "Ningún día"},
		{PHQ9, "de", "Wenig Interesse oder Freude an Ihren Tätigkeiten", "Überhaupt nicht"},
		{PHQ9, "fr", "Peu d'intérêt ou de plaisir à faire les choses", "Jamais"},
		{GAD7, "es", "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta", "Ningún día"},
		{GAD7, "de", "Nervosität, Ängstlichkeit oder Anspannung", "Überhaupt nicht"},
		{GAD7, "fr", "Un sentiment de nervosité, d'anxiété ou de tension", "Jamais"},
		{PCL5, "fr", "Des souvenirs répétés, pénibles et involontaires de l'expérience stressante ?", "Pas du tout"},
	} {
		tx, ok := Text(tc.id, tc.lang)
		if !ok || tx.Items[0] != tc.item || tx.Options[0] != tc.option {
			t.Errorf("%s in %s begins %q / %q, want %q / %q", tc.id, tc.lang, first(tx.Items), first(tx.Options), tc.item, tc.option)
		}
	}
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// TestShortScreensAreTheFormsStart: PHQ-2 and GAD-2 are items 1-2 of the
// translated PHQ-9 and GAD-7, with their stem and answers.
func TestShortScreensAreTheFormsStart(t *testing.T) {
	for short, long := range shortOf {
		for _, lang := range Langs {
			s, ok1 := Text(short, lang)
			l, ok2 := Text(long, lang)
			if ok1 != ok2 {
				t.Fatalf("%s and %s differ in whether %s is available", short, long, lang)
			}
			if ok1 && (!slices.Equal(s.Items, l.Items[:2]) || s.Stem != l.Stem || !slices.Equal(s.Options, l.Options) || s.Difficulty.Text != "") {
				t.Errorf("%s in %s is not the start of %s: %+v", short, lang, long, s)
			}
		}
	}
}

func TestInKeepsScoresAndOrder(t *testing.T) {
	for _, tc := range []struct {
		id, lang   string
		translated bool
	}{
		{PHQ9, "es", true}, {GAD2, "de", true}, {PCL5, "fr", true},
		{PCL5, "de", false}, {PCPTSD5, "es", false}, {PHQ9, "en", false}, {PHQ9, "pt", false},
	} {
		en, _ := ByID(tc.id)
		q, translated, ok := In(tc.id, tc.lang)
		if !ok || translated != tc.translated {
			t.Errorf("In(%s, %s): translated %v, ok %v; want %v", tc.id, tc.lang, translated, ok, tc.translated)
			continue
		}
		if len(q.Items) != len(en.Items) || q.Cutoff != en.Cutoff || q.MaxTotal != en.MaxTotal {
			t.Errorf("In(%s, %s) changed the instrument's shape or rules", tc.id, tc.lang)
		}
		for i, o := range q.Options {
			if o.Score != en.Options[i].Score {
				t.Errorf("In(%s, %s) option %d scores %d, English %d", tc.id, tc.lang, i, o.Score, en.Options[i].Score)
			}
		}
		if tc.translated == (q.Items[0] == en.Items[0]) {
			t.Errorf("In(%s, %s) item 1 = %q", tc.id, tc.lang, q.Items[0])
		}
	}
	if _, _, ok := In("bdi", "en"); ok {
		t.Error("In found an unknown instrument")
	}
}

// TestInDoesNotShareState: changing what In returns leaves the package's
// translations as they were.
func TestInDoesNotShareState(t *testing.T) {
	q, _, _ := In(PHQ9, "fr")
	q.Items[0] = "changed"
	q.Difficulty.Options[0] = "changed"
	again, _, _ := In(PHQ9, "fr")
	if again.Items[0] == "changed" || again.Difficulty.Options[0] == "changed" {
		t.Error("In returned the package's own slices")
	}
}
