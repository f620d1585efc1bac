package coach_test

import (
	"github.com/aftercare/aftercare/coach/lang"
	"strconv"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/internal/langtest"
)

// pressIn presses a questionnaire button as someone whose transport
// speaks locale.
func (w *world) pressIn(locale, who string, a coach.Action) string {
	w.t.Helper()
	return w.as(who, "Ana", coach.Event{Locale: locale, Press: &a})
}

// A Spanish-speaking person is asked the PHQ-9 in Pfizer's Spanish: stem,
// items, answers and the difficulty question; the score is the English
// one, and nothing says it is in English.
func TestPHQ9InSpanishForASpanishSpeaker(t *testing.T) {
	w := newWorld(t, monday9am)
	w.onboard("1", "Ana")
	es, _ := instrument.Text(instrument.PHQ9, "es")
	first := w.pressIn("es-419", "1", coach.Action{Verb: coach.VerbQuestionnaire, Field: "phq9", Value: "start"})
	for _, want := range []string{"(1 de 9) " + es.Stem + " " + es.Items[0], "[Ningún día]", "[Casi todos los días]"} {
		if !strings.Contains(first, want) {
			t.Fatalf("first item = %q, want %q", first, want)
		}
	}
	if strings.Contains(first, "Little interest") || strings.Contains(first, "inglés") {
		t.Errorf("first item = %q, want no English item and no English-only note", first)
	}
	var reply string
	for i := range 9 {
		value := strconv.Itoa(min(8-i, 1)) // 1 to items 1-8, 0 to item 9 (above 0 leads to the ASQ)
		reply = w.pressIn("es-419", "1", coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: "phq9:" + strconv.Itoa(i), Value: value})
		if i < 8 && !strings.Contains(reply, es.Items[i+1]) {
			t.Fatalf("after item %d = %q, want item %d in Spanish", i+1, reply, i+2)
		}
	}
	if !strings.Contains(reply, es.Difficulty.Text) || !strings.Contains(reply, "[No ha sido difícil]") {
		t.Fatalf("after item 9 = %q, want the Spanish difficulty question", reply)
	}
	done := w.pressIn("es-419", "1", coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: "phq9:d", Value: "0"})
	if !strings.Contains(done, "PHQ-9 es 8 de 27") || !strings.Contains(done, lang.For("es").T("questionnaire.snapshot")) {
		t.Errorf("result = %q, want 8 de 27, scored as in English, said in Spanish", done)
	}
}

// Where a language has no validated translation (German PCL-5; no
// translated PC-PTSD-5 at all) the questionnaire comes in English, and the
// person is told why in their own language, once, at the start; what is
// around the items ("(2 of 6)") is in their language.
func TestNoValidatedTranslationEnglishWithANote(t *testing.T) {
	for _, tc := range []struct {
		locale, id, firstItem, note string
	}{
		{"de", "pcl5", "Repeated, disturbing, and unwanted memories", lang.For("de").T("questionnaire.english_only")},
		{"es-ES", "pcptsd5", "Have you ever experienced this kind of event?", lang.For("es").T("questionnaire.english_only")},
		{"fr", "pcptsd5", "Have you ever experienced this kind of event?", lang.For("fr").T("questionnaire.english_only")},
	} {
		t.Run(tc.locale+"/"+tc.id, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.onboard("1", "Ana")
			first := w.pressIn(tc.locale, "1", coach.Action{Verb: coach.VerbQuestionnaire, Field: tc.id, Value: "start"})
			if !strings.Contains(first, tc.note) || !strings.Contains(first, tc.firstItem) {
				t.Fatalf("start = %q, want the note %q and the English item", first, tc.note)
			}
			next := w.pressIn(tc.locale, "1", coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: tc.id + ":0", Value: "1"})
			if strings.Contains(next, tc.note) || !strings.Contains(next, strings.TrimSpace(lang.For(tc.locale).T("questionnaire.item", lang.Args{"N": 2, "Of": itemCount(tc.id), "Prompt": ""}))) {
				t.Errorf("second item = %q, want it without the note", next)
			}
		})
	}
}

// An English speaker, and someone whose language the bot does not speak,
// get English without a note; a French speaker gets the French PCL-5.
func TestQuestionnaireLanguageByLocale(t *testing.T) {
	fr, _ := instrument.Text(instrument.PCL5, "fr")
	for _, tc := range []struct{ locale, want, not string }{
		{"en-GB", "Repeated, disturbing, and unwanted memories", "validated translation"},
		{"pt-BR", "Repeated, disturbing, and unwanted memories", "validated translation"},
		{"", "Repeated, disturbing, and unwanted memories", "validated translation"},
		{"fr", fr.Instructions + "\n\n(1 sur 20) " + fr.Stem + " " + fr.Items[0], "Repeated"},
	} {
		w := newWorld(t, monday9am)
		w.onboard("1", "Ana")
		got := w.pressIn(tc.locale, "1", coach.Action{Verb: coach.VerbQuestionnaire, Field: "pcl5", Value: "start"})
		if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
			t.Errorf("locale %q: %q, want %q and not %q", tc.locale, got, tc.want, tc.not)
		}
	}
}

func itemCount(id string) int {
	in, _ := instrument.ByID(id)
	return len(in.Items)
}

// A German and a French speaker see the questionnaires /settings offers,
// add the PHQ-9, answer it in
// its validated translation, the difficulty question and all, read the
// result, and are told kindly when it opens again: no English around the
// published wording.
func TestPHQ9AroundTheItemsInGermanAndFrench(t *testing.T) {
	for _, l := range []string{"de", "fr"} {
		t.Run(l, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.onboard("1", "Ana")
			var all strings.Builder
			press := func(a coach.Action) string {
				out := w.pressIn(l, "1", a)
				all.WriteString(out)
				return out
			}
			press(coach.Action{Verb: coach.VerbSetting, Field: "q"})
			press(coach.Action{Verb: coach.VerbSetting, Field: "q", Value: "phq9"})
			press(coach.Action{Verb: coach.VerbQuestionnaire, Field: "phq9", Value: "start"})
			for i := range 9 {
				press(coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: "phq9:" + strconv.Itoa(i), Value: strconv.Itoa(min(8-i, 2))})
			}
			done := press(coach.Action{Verb: coach.VerbQuestionnaire, Day: "2026-03-02", Field: "phq9:d", Value: "1"})
			press(coach.Action{Verb: coach.VerbQuestionnaire, Field: "phq9", Value: "start"})
			wl := lang.For(l)
			for _, want := range []string{wl.T("questionnaire.snapshot"), wl.T("questionnaire.band_moderately_severe"), " 15 "} {
				if !strings.Contains(done, want) {
					t.Errorf("result lacks %q:\n%s", want, done)
				}
			}
			if english := langtest.English(all.String(), l); len(english) > 0 {
				t.Errorf("English around a %s PHQ-9:\n%s\n--- output ---\n%s", l, strings.Join(english, "\n"), all.String())
			}
		})
	}
}
