package crisis

import (
	"reflect"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/risk"
)

// safetyStrings lists every text of s by field name, the ASQ's questions
// as asked.
func safetyStrings(s Safety) map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(s)
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if f.Type.Kind() == reflect.String && f.Name != "Lang" {
			out[f.Name] = v.Field(i).String()
		}
	}
	for n := range 5 {
		out["ASQ"+string(rune('1'+n))] = s.ASQQuestion(n)
	}
	out["NonAcute"] = s.NonAcute([]string{"Dr Rivera"}, []string{"Dr Rivera"})
	return out
}

// Each language has its own texts for the question, its buttons, the ASQ
// and every outcome: none is left empty or in English.
func TestSafetyTextsPerLanguage(t *testing.T) {
	en := safetyStrings(SafetyIn("en"))
	same := map[string]bool{"No": true, "Or": false} // "No" is Spanish for no, too
	for _, lang := range Langs {
		s := SafetyIn(lang)
		if s.Lang != lang {
			t.Errorf("SafetyIn(%q).Lang = %q", lang, s.Lang)
		}
		for name, text := range safetyStrings(s) {
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s: %s is empty", lang, name)
			}
			if lang != "en" && text == en[name] && !(lang == "es" && same[name]) {
				t.Errorf("%s: %s is the English text %q", lang, name, text)
			}
		}
	}
	if got := SafetyIn("es-419").Lang; got != "es" {
		t.Errorf("SafetyIn(es-419).Lang = %q, want es", got)
	}
	if got := SafetyIn("pt").Lang; got != "en" {
		t.Errorf("SafetyIn(pt).Lang = %q, want en", got)
	}
}

// alwaysOpen are the words for "at any hour" in the four languages.
var alwaysOpen = []string{"any hour", "all hours", "24/7", "24 hours", "a toda hora", "a cualquier hora", "las 24 horas",
	"rund um die Uhr", "jederzeit", "à toute heure", "24h/24", "à tout moment"}

// No crisis-path text claims that help is there at every hour, except in
// the description of a line whose source says it is.
func TestNoAvailabilityClaims(t *testing.T) {
	for _, lang := range Langs {
		for name, text := range safetyStrings(SafetyIn(lang)) {
			for _, w := range alwaysOpen {
				if strings.Contains(strings.ToLower(text), strings.ToLower(w)) {
					t.Errorf("%s: %s says %q: %s", lang, name, w, text)
				}
			}
		}
		for code, c := range countries {
			always := 0
			for _, l := range c.lines {
				if l.always {
					always++
				}
			}
			for _, asked := range []bool{false, true} {
				claims := 0
				for _, row := range strings.Split(Compose(Request{Country: code, Lang: lang, Asked: asked}), "\n") {
					for _, w := range alwaysOpen {
						if strings.Contains(strings.ToLower(row), strings.ToLower(w)) {
							claims++
							if !strings.HasPrefix(row, "- ") {
								t.Errorf("%s/%s: %q outside a line's description: %s", code, lang, w, row)
							}
						}
					}
				}
				if claims != always {
					t.Errorf("%s/%s: %d rows say a line is always open, %d lines are", code, lang, claims, always)
				}
			}
		}
	}
}

// The bot's own safety texts, in every language, do not themselves raise
// the screen (a person quoting them back must not set off an alarm).
// Left out: the buttons and answer labels, which are the person's words
// ("I'm not safe" is meant to be read as not safe). The ASQ's intro and
// questions name suicide on purpose, in plain words as published: they may
// read as Review (one gentle question), never as Crisis. coach/risk's
// learnt screen learns the other texts as ordinary.
//
// One exception, known and left: NIMH's Spanish question 2, "¿ha sentido
// que usted o su familia estarían mejor si estuviera muerto?", reads as
// Crisis, because "estuviera" is also the first person ("if I were dead")
// and the screen does not take "¿ha sentido que usted…?" for a question
// put to the writer. Its wording is the published one and is not changed
// to suit the screen; a person who types it back gets the crisis reply,
// which errs on the side of help. The screen (coach/risk, asked phrases)
// is where to teach it.
func TestSafetyTextsScreenNone(t *testing.T) {
	labels := map[string]bool{"ButtonSafe": true, "ButtonNotSure": true, "ButtonNotSafe": true, "Yes": true, "No": true, "RatherNot": true}
	knownCrisis := map[string]bool{"es/ASQ2": true}
	for _, lang := range Langs {
		for name, text := range safetyStrings(SafetyIn(lang)) {
			if labels[name] {
				continue
			}
			got := risk.Assess(text)
			switch key := lang + "/" + name; {
			case got == risk.Crisis && knownCrisis[key]:
			case got == risk.Crisis:
				t.Errorf("%s: risk.Assess = crisis: %s", key, text)
			case got == risk.Review && !strings.HasPrefix(name, "ASQ"):
				t.Errorf("%s: risk.Assess = review: %s", key, text)
			}
		}
	}
}

// A button's label typed as text is read as that button: in every
// language, for the safety question and the ASQ.
func TestTypedLabelsReadAsTheirButtons(t *testing.T) {
	for _, lang := range Langs {
		s := SafetyIn(lang)
		for label, want := range map[string]SafetyAnswer{s.ButtonSafe: Safe, s.ButtonNotSure: NotSure, s.ButtonNotSafe: NotSafe} {
			if got := ReadSafetyAnswer(label); got != want {
				t.Errorf("%s: ReadSafetyAnswer(%q) = %v, want %v", lang, label, got, want)
			}
		}
		for label, want := range map[string]YesNo{s.Yes: Yes, s.No: No, s.RatherNot: RatherNotSay} {
			if got := ReadYesNo(label); got != want {
				t.Errorf("%s: ReadYesNo(%q) = %v, want %v", lang, label, got, want)
			}
		}
	}
}

// WithCommands passes every text through the given namer, the ASQ's and
// the weekdays too, and leaves Lang; Compose passes its own closing
// through Request.Commands and nothing else.
func TestCommandsAreNamedByTheCaller(t *testing.T) {
	krise := func(s string) string { return strings.ReplaceAll(s, "/crisis", "/krise") }
	s := SafetyIn("de").WithCommands(krise)
	if s.Lang != "de" {
		t.Errorf("Lang = %q, want de", s.Lang)
	}
	named := 0
	for name, text := range safetyStrings(s) {
		if strings.Contains(text, "/crisis") {
			t.Errorf("%s still says /crisis: %s", name, text)
		}
		if strings.Contains(text, "/krise") {
			named++
		}
	}
	if named < 5 {
		t.Errorf("only %d texts name /krise; WithCommands missed some", named)
	}
	upper := SafetyIn("de").WithCommands(strings.ToUpper)
	if upper.ASQItems[0] != strings.ToUpper(SafetyIn("de").ASQItems[0]) || upper.Weekdays[1] != "MONTAG" {
		t.Errorf("the arrays were not passed through: %q, %q", upper.ASQItems[0], upper.Weekdays[1])
	}
	clinic := "Praxis /crisis-Linie 0800 111"
	got := Compose(Request{Country: "DE", Lang: "de", Clinic: clinic, Asked: true, Commands: krise})
	if !strings.Contains(got, "/krise zeigt") || !strings.Contains(got, clinic) {
		t.Errorf("Compose with Commands:\n%s", got)
	}
	if got := Compose(Request{Country: "DE", Lang: "de", Asked: true}); !strings.Contains(got, "/crisis zeigt") {
		t.Errorf("Compose without Commands:\n%s", got)
	}
}

// The ASQ is asked in the published wording where one was found (English,
// Spanish, French: see asqItems for the sources), character for character,
// and each question as asked carries it whole. German is our own,
// unvalidated translation: it is held only to be complete and in German.
func TestASQWordingAsPublished(t *testing.T) {
	published := map[string][5]string{
		"es": {
			"En las últimas semanas, ¿ha deseado estar muerto?",
			"En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si estuviera muerto?",
			"En la última semana, ¿ha estado pensando en suicidarse?",
			"¿Alguna vez ha intentado suicidarse?",
			"¿Está pensando en suicidarse en este momento?",
		},
		"fr": {
			"Au cours des dernières semaines, avez-vous souhaité être mort ?",
			"Au cours des dernières semaines, avez-vous pensé que vous ou votre famille seriez mieux si vous étiez mort?",
			"Au cours des dernières semaines, avez-vous pensé à vous suicider ?",
			"Avez-vous déjà essayé de vous suicider ?",
			"Pensez-vous en ce moment à vous suicider ?",
		},
		"en": {
			"In the past few weeks, have you wished you were dead?",
			"In the past few weeks, have you felt that you or your family would be better off if you were dead?",
			"In the past week, have you been having thoughts about killing yourself?",
			"Have you ever tried to kill yourself?",
			"Are you having thoughts of killing yourself right now?",
		},
	}
	for lang, want := range published {
		s := SafetyIn(lang)
		got := [5]string{s.ASQItems[0], s.ASQItems[1], s.ASQItems[2], s.ASQItems[3], s.ASQAcuity}
		for n := range 5 {
			if got[n] != want[n] {
				t.Errorf("%s question %d = %q, want the published %q", lang, n+1, got[n], want[n])
			}
			if asked := s.ASQQuestion(n); !strings.Contains(asked, want[n]) {
				t.Errorf("%s question %d is asked as %q, without the published wording", lang, n+1, asked)
			}
		}
	}
	de := SafetyIn("de")
	for n := range 5 {
		q := de.ASQQuestion(n)
		if q == SafetyIn("en").ASQQuestion(n) || !strings.Contains(q, "du") {
			t.Errorf("de question %d = %q, want our German (du form)", n+1, q)
		}
	}
}
