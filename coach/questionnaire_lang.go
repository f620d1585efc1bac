package coach

import "github.com/aftercare/aftercare/coach/instrument"

// questionnaireLang is the language p is asked questionnaires in: their
// own, as every other message.
func questionnaireLang(p Person) string { return p.language() }

// localQuestionnaire is the questionnaire id in p's language when its
// validated translation is included, else in English. english is true when
// p's language is not English but the questionnaire is given in English.
func localQuestionnaire(p Person, id string) (in instrument.Questionnaire, english, ok bool) {
	lang := questionnaireLang(p)
	in, translated, ok := instrument.In(id, lang)
	return in, ok && lang != "en" && !translated, ok
}
