package risk

import "testing"

// TestLangOfShortTexts holds the language Screen names for short texts
// in each language at Review and at Crisis: those the phrases raise and
// those the learnt screen raises alone (model), which names no language,
// and those of three to six words, which have one or two words that tell
// it. A text whose words tell no one language has none (""), so that the
// coach replies in the person's own: before, "no me importaría no
// despertar mañana", a wish the phrases hold as Review, fell back to the
// first language of all ("en"), and a Spanish speaker was asked about
// their safety in English.
func TestLangOfShortTexts(t *testing.T) {
	phrases := *screening()
	phrases.learnt = nil
	for _, c := range []struct {
		text  string
		level Level
		lang  string
		model bool // the phrases alone find None
	}{
		{"no me importaría no despertar mañana", Review, "es", false},
		{"ya nada tiene sentido", Review, "es", true},
		{"sería mejor no estar", Review, "es", true},
		{"todo me da igual últimamente", Review, "es", true},
		{"tengo la soga lista", Crisis, "es", false},
		{"me quiero morir esta noche", Crisis, "es", false},
		{"esta noche me duermo para siempre", Crisis, "es", false}, // a phrase since round s36-learn
		{"ya compré las pastillas, hoy es el día", Crisis, "es", true},

		{"I wouldn't mind not waking up tomorrow", Review, "en", false},
		{"I'm a burden to everyone", Review, "en", false},
		{"what's the point of me", Review, "en", true},
		{"wish i'd never been born", Review, "en", true},
		{"I want to die tonight", Crisis, "en", false},
		{"pills are counted, tonight", Crisis, "en", true},

		{"es wäre mir egal, nicht mehr aufzuwachen", Review, "de", false},
		{"alle wären ohne mich besser dran", Review, "de", false},
		{"ich bin nur noch eine last", Review, "de", true},
		{"seh keinen sinn mehr", Review, "de", true},
		{"ich will heute sterben", Crisis, "de", false},
		{"morgen bin ich nicht mehr da", Crisis, "de", false},
		{"das seil liegt im auto", Crisis, "de", true},

		{"je suis un poids pour tout le monde", Review, "fr", false},
		{"à quoi bon tout ça", Review, "fr", false},
		{"ce soir, dormir pour toujours", Review, "fr", true},
		{"y a pas d'issue", Review, "fr", true},
		{"je veux mourir ce soir", Crisis, "fr", false},
		{"ça me dérangerait pas de pas me réveiller", Crisis, "fr", false},
		{"la corde est dans la voiture", Crisis, "fr", true},

		// The line that says it decides, not the other.
		{"hoy fue un buen día. I want to die", Crisis, "en", false},
		{"I had a good day. ich will nicht mehr leben", Crisis, "de", false},
		// Words of no one language: the person's own language answers.
		{"self harm", Review, "", false},
	} {
		found := Screen(c.text)
		if found.Level != c.level || found.Lang != c.lang {
			t.Errorf("Screen(%q) = %v in %q, want %v in %q", c.text, found.Level, found.Lang, c.level, c.lang)
		}
		if alone := phrases.screen(c.text, false).Level; (alone == None) != c.model {
			t.Errorf("%q: the phrases alone find %v; the table says the learnt screen alone raises it: %v", c.text, alone, c.model)
		}
	}
}
