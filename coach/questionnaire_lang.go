package coach

import "github.com/aftercare/aftercare/coach/instrument"

// localQuestionnaire is the questionnaire id in p's language when its
// validated translation is included, else in English. english is true when
// p's language is not English but the questionnaire is given in English.
func localQuestionnaire(p Person, id string) (in instrument.Questionnaire, english, ok bool) {
	lang := p.language() // their own, as every other message
	in, translated, ok := instrument.In(id, lang)
	return in, ok && lang != "en" && !translated, ok
}
