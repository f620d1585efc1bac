package coach

import (
	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/instrument"
)

// questionnaireLang is the language p is asked questionnaires in: the
// transport's locale (Discord's; the console sets none yet) when it is one of the
// four, else English. When the person's own language choice (Person.Lang,
// branch s15-i18n) is on main, this should return that instead, as every
// other message does; the questionnaire's words follow whatever it returns.
func questionnaireLang(p Person) string {
	if lang := crisis.NormalizeLang(p.locale); lang != "" {
		return lang
	}
	return "en"
}

// localQuestionnaire is the questionnaire id in p's language when its
// validated translation is included, else in English. english is true when
// p's language is not English but the questionnaire is given in English.
func localQuestionnaire(p Person, id string) (in instrument.Questionnaire, english, ok bool) {
	lang := questionnaireLang(p)
	in, translated, ok := instrument.In(id, lang)
	return in, ok && lang != "en" && !translated, ok
}

// englishOnlyNotes say, in the person's language, why a questionnaire comes
// in English: a translation of our own would not measure the same thing.
var englishOnlyNotes = map[string]string{
	"en": "This questionnaire is in English because we don't have a validated translation of it: a score only means what it should with the wording that was tested.",
	"es": "Este cuestionario está en inglés porque no contamos con una traducción validada; una puntuación solo significa lo que debe cuando las preguntas tienen la redacción que se ha probado.",
	"de": "Dieser Fragebogen ist auf Englisch, weil uns keine validierte Übersetzung vorliegt: Ein Ergebnis ist nur mit dem geprüften Wortlaut aussagekräftig.",
	"fr": "Ce questionnaire est en anglais, car nous n'en avons pas de traduction validée : un score n'a de sens qu'avec la formulation qui a été testée.",
}

// englishOnlyNote is the note in lang, in English for another language.
func englishOnlyNote(lang string) string {
	if n, ok := englishOnlyNotes[lang]; ok {
		return n
	}
	return englishOnlyNotes["en"]
}
