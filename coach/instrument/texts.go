package instrument

import "slices"

// Langs are the languages Aftercare speaks. A questionnaire is offered in
// one of them only where its published, validated translation is included
// here word for word (Available); otherwise it is given in English, the
// language it was validated in, and the person is told why. A translation
// made here would change what the score measures, so there is none.
var Langs = []string{"en", "es", "de", "fr"}

// Texts are a questionnaire's words in one language: what the person reads.
// Everything else (the answers' scores, the item order, the cut-offs) is the
// English definition's, so a translated questionnaire scores exactly as the
// English one.
type Texts struct {
	Lang string
	// Instructions are the form's opening words, shown once; empty when
	// the form has none apart from the stem.
	Instructions string
	// Stem introduces every item except a gate question.
	Stem  string
	Items []string
	// Options are the answers' labels, in the order (and so with the
	// scores) of the English Options.
	Options []string
	// Difficulty is the unscored follow-up question (PHQ-9's), when the
	// instrument has one.
	Difficulty Difficulty
	// Source names the translation: publisher, title, year and address,
	// and where in public copies its wording was checked.
	Source string
}

// translations holds the published translations, by instrument and then
// language (texts_es.go, texts_de.go, texts_fr.go). PHQ-2 and GAD-2 are not
// here: they are the first two items of PHQ-9 and GAD-7 (shortOf).
var translations = map[string]map[string]Texts{
	PHQ9: {"es": phq9ES, "de": phq9DE, "fr": phq9FR},
	GAD7: {"es": gad7ES, "de": gad7DE, "fr": gad7FR},
	PCL5: {"fr": pcl5FR},
}

// shortOf maps a two-item screen to the instrument it is the start of: the
// same form, stem and answers, asked up to item 2.
var shortOf = map[string]string{PHQ2: PHQ9, GAD2: GAD7}

// englishSources name where the English wording of each form is taken from
// (the rules' sources are in each Questionnaire's Source).
var englishSources = map[string]string{
	PHQ9:    "English original: Pfizer Inc., PHQ Screeners, Patient Health Questionnaire (PHQ-9) (Kroenke et al. 2001), https://www.phqscreeners.com.",
	GAD7:    "English original: Pfizer Inc., PHQ Screeners, GAD-7 (Spitzer et al. 2006), https://www.phqscreeners.com.",
	PCPTSD5: "English original: National Center for PTSD, Primary Care PTSD Screen for DSM-5 (PC-PTSD-5), 2015, https://www.ptsd.va.gov/professional/assessment/screens/pc-ptsd.asp.",
	PCL5:    "English original: National Center for PTSD, PTSD Checklist for DSM-5 (PCL-5), 2013, https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp.",
}

// Available reports whether the questionnaire id can be given in lang:
// English always, another language only with its published translation.
func Available(id, lang string) bool {
	_, ok := Text(id, lang)
	return ok
}

// Text returns the words of the questionnaire id in lang, and false when no
// validated translation into lang is included (or id is unknown).
func Text(id, lang string) (Texts, bool) {
	def, ok := lookup(id)
	if !ok {
		return Texts{}, false
	}
	if lang == "en" {
		return englishTexts(def), true
	}
	parent := id
	if p, short := shortOf[id]; short {
		parent = p
	}
	t, ok := translations[parent][lang]
	if !ok {
		return Texts{}, false
	}
	t.Lang = lang
	t.Items = slices.Clone(t.Items[:len(def.Items)])
	t.Options = slices.Clone(t.Options)
	t.Difficulty.Options = slices.Clone(t.Difficulty.Options)
	if def.Difficulty.Text == "" {
		t.Difficulty = Difficulty{}
	}
	return t, true
}

// In returns the questionnaire id with its words in lang when a validated
// translation is included (translated true), else in English. Its scores,
// items' order and rules are the English definition's either way.
func In(id, lang string) (q Questionnaire, translated bool, ok bool) {
	q, ok = ByID(id)
	if !ok {
		return Questionnaire{}, false, false
	}
	t, found := Text(id, lang)
	if !found || lang == "en" {
		return q, false, true
	}
	q.Instructions = t.Instructions
	q.Stem = t.Stem
	q.Items = t.Items
	for i := range q.Options {
		q.Options[i].Label = t.Options[i]
	}
	if q.Difficulty.Text != "" {
		q.Difficulty = t.Difficulty
	}
	return q, true, true
}

func englishTexts(def *Questionnaire) Texts {
	c := def.clone()
	labels := make([]string, len(c.Options))
	for i, o := range c.Options {
		labels[i] = o.Label
	}
	src := englishSources[def.ID]
	if p, short := shortOf[def.ID]; short {
		src = englishSources[p]
	}
	return Texts{Lang: "en", Instructions: c.Instructions, Stem: c.Stem, Items: c.Items,
		Options: labels, Difficulty: c.Difficulty, Source: src}
}
