package crisis

import (
	"fmt"
	"slices"
	"strings"
)

// Langs are the languages the crisis texts are written in, English first.
var Langs = []string{"en", "es", "de", "fr"}

// texts is the wording of the crisis texts in one language. Every
// language speaks to the person as the rest of the bot does: "tú", "du",
// "tu" (a clinician's review: one register throughout, and the familiar
// one reads warmer at a hard moment than a switch to the formal).
type texts struct {
	lang            string // the language code
	title           string
	openTold        string // opens the reply to a crisis the person told
	openAsked       string // opens /crisis, which the person asked for
	closeTold       string
	closeAsked      string
	call, callNamed string // "%[1]s" the name, "%[2]s" the number, "%[3]s" the details
	text, textNamed string // the same, for a line that also takes texts
	free, always    string
	daily           string // "%s" the hours
	in, or, region  string // "in %s" a language list, its last separator, "in %s" a place
	langNames       map[string]string
	danger          string // "%s" the emergency number
	dangerElsewhere string
	elsewhere       string // the international pointer
}

var textsByLang = map[string]texts{
	"en": {
		lang:       "en",
		title:      "Support, right now",
		openTold:   "You can talk to someone right now:",
		openAsked:  "People you can talk to:",
		closeTold:  "Thank you for telling me. You don't have to explain anything or decide anything now, and you don't have to carry this alone. Help is there, and with support things can get easier.\nYou can keep writing to me, too.",
		closeAsked: "You don't need a crisis or a reason to call; talking can make things lighter. /crisis shows this list again whenever you want it.\nYou can keep writing to me, too.",
		call:       "Call %[2]s%[3]s.", callNamed: "Call %[1]s on %[2]s%[3]s.",
		text: "Call or text %[2]s%[3]s.", textNamed: "Call or text %[1]s on %[2]s%[3]s.",
		free: "free", always: "any hour", daily: "daily %s",
		in: "in %s", or: " or ", region: "in %s",
		langNames: map[string]string{"en": "English", "es": "Spanish", "de": "German", "fr": "French", "it": "Italian",
			"nl": "Dutch", "pt": "Portuguese", "sv": "Swedish", "fi": "Finnish", "pl": "Polish", "cs": "Czech",
			"el": "Greek", "no": "Norwegian", "ja": "Japanese", "hi": "Hindi"},
		danger:          "If you are in immediate danger, call %s.",
		dangerElsewhere: "If you are in immediate danger, call your local emergency number.",
		elsewhere:       "Find a free helpline in your country at findahelpline.com.",
	},
	"es": {
		lang:       "es",
		title:      "Apoyo, ahora mismo",
		openTold:   "Puedes hablar con alguien ahora mismo:",
		openAsked:  "Personas con las que puedes hablar:",
		closeTold:  "Gracias por contármelo. No tienes que explicar ni decidir nada ahora, y no tienes que cargar con esto a solas. Hay ayuda, y con apoyo las cosas pueden mejorar.\nTambién puedes seguir escribiéndome.",
		closeAsked: "No hace falta estar en crisis ni tener un motivo para llamar; hablar puede aliviar. /crisis vuelve a mostrar esta lista cuando quieras.\nTambién puedes seguir escribiéndome.",
		call:       "Llama al %[2]s%[3]s.", callNamed: "%[1]s: llama al %[2]s%[3]s.",
		text: "Llama o escribe al %[2]s%[3]s.", textNamed: "%[1]s: llama o escribe al %[2]s%[3]s.",
		free: "gratis", always: "a cualquier hora", daily: "cada día %s",
		in: "en %s", or: " o ", region: "en %s",
		langNames: map[string]string{"en": "inglés", "es": "español", "de": "alemán", "fr": "francés", "it": "italiano",
			"nl": "neerlandés", "pt": "portugués", "sv": "sueco", "fi": "finés", "pl": "polaco", "cs": "checo",
			"el": "griego", "no": "noruego", "ja": "japonés", "hi": "hindi"},
		danger:          "Si estás en peligro inmediato, llama al %s.",
		dangerElsewhere: "Si estás en peligro inmediato, llama al número de emergencias de donde estés.",
		elsewhere:       "Encuentra una línea de ayuda gratuita en tu país en findahelpline.com.",
	},
	"de": {
		lang:       "de",
		title:      "Unterstützung, jetzt sofort",
		openTold:   "Du kannst jetzt sofort mit jemandem sprechen:",
		openAsked:  "Hier erreichst du Menschen, die zuhören:",
		closeTold:  "Danke, dass du es mir gesagt hast. Du musst jetzt nichts erklären und nichts entscheiden, und du musst das nicht allein tragen. Es gibt Hilfe, und mit Unterstützung kann es leichter werden.\nDu kannst mir auch gern weiter schreiben.",
		closeAsked: "Du musst nicht in einer Krise sein und brauchst keinen Grund, um anzurufen; reden kann entlasten. /crisis zeigt diese Liste wieder, wann immer du möchtest.\nDu kannst mir auch gern weiter schreiben.",
		call:       "Ruf die %[2]s an%[3]s.", callNamed: "%[1]s: Ruf unter %[2]s an%[3]s.",
		text: "Ruf die %[2]s an oder schick eine SMS an diese Nummer%[3]s.", textNamed: "%[1]s: Ruf unter %[2]s an oder schick eine SMS an diese Nummer%[3]s.",
		free: "kostenlos", always: "rund um die Uhr", daily: "täglich %s",
		in: "auf %s", or: " oder ", region: "in %s",
		langNames: map[string]string{"en": "Englisch", "es": "Spanisch", "de": "Deutsch", "fr": "Französisch", "it": "Italienisch",
			"nl": "Niederländisch", "pt": "Portugiesisch", "sv": "Schwedisch", "fi": "Finnisch", "pl": "Polnisch", "cs": "Tschechisch",
			"el": "Griechisch", "no": "Norwegisch", "ja": "Japanisch", "hi": "Hindi"},
		danger:          "Wenn du in unmittelbarer Gefahr bist, ruf die %s an.",
		dangerElsewhere: "Wenn du in unmittelbarer Gefahr bist, ruf den örtlichen Notruf an.",
		elsewhere:       "Eine kostenlose Hilfe-Hotline in deinem Land findest du auf findahelpline.com.",
	},
	"fr": {
		lang:       "fr",
		title:      "Du soutien, tout de suite",
		openTold:   "Tu peux parler à quelqu'un dès maintenant :",
		openAsked:  "Des personnes à qui parler :",
		closeTold:  "Merci de me l'avoir dit. Tu n'as rien à expliquer ni à décider maintenant, et tu n'as pas à traverser ça sans personne. De l'aide existe, et avec du soutien, les choses peuvent s'améliorer.\nTu peux aussi continuer à m'écrire.",
		closeAsked: "Pas besoin d'être en crise ni d'avoir une raison pour appeler ; en parler peut alléger les choses. /crisis affiche de nouveau cette liste quand tu veux.\nTu peux aussi continuer à m'écrire.",
		call:       "Appelle le %[2]s%[3]s.", callNamed: "Appelle %[1]s au %[2]s%[3]s.",
		text: "Appelle ou écris par SMS au %[2]s%[3]s.", textNamed: "Appelle ou écris par SMS à %[1]s au %[2]s%[3]s.",
		free: "gratuit", always: "à toute heure", daily: "tous les jours %s",
		in: "en %s", or: " ou ", region: "à %s",
		langNames: map[string]string{"en": "anglais", "es": "espagnol", "de": "allemand", "fr": "français", "it": "italien",
			"nl": "néerlandais", "pt": "portugais", "sv": "suédois", "fi": "finnois", "pl": "polonais", "cs": "tchèque",
			"el": "grec", "no": "norvégien", "ja": "japonais", "hi": "hindi"},
		danger:          "Si tu es en danger immédiat, appelle le %s.",
		dangerElsewhere: "Si tu es en danger immédiat, appelle le numéro d'urgence local.",
		elsewhere:       "Tu trouveras une ligne d'écoute gratuite dans ton pays sur findahelpline.com.",
	},
}

// textsFor returns the texts in lang, English for a language they are not
// written in.
func textsFor(lang string) texts {
	if t, ok := textsByLang[NormalizeLang(lang)]; ok {
		return t
	}
	return textsByLang["en"]
}

// NormalizeLang reduces a language tag ("es-419", "DE") to one of Langs,
// or "" when the crisis texts are not written in it.
func NormalizeLang(tag string) string {
	base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	base, _, _ = strings.Cut(base, "_")
	if slices.Contains(Langs, base) {
		return base
	}
	return ""
}

// describe writes one line as a sentence: what to do, then in brackets
// where it serves, whether it is free, when it is open, and the languages
// it answers in when the reply's is not among them.
func (t texts) describe(l line) string {
	var details []string
	if l.region != "" {
		details = append(details, fmt.Sprintf(t.region, l.region))
	}
	if l.free {
		details = append(details, t.free)
	}
	switch {
	case l.always:
		details = append(details, t.always)
	case l.hours != "":
		details = append(details, fmt.Sprintf(t.daily, l.hours))
	}
	if !slices.Contains(l.langs, t.lang) && len(l.langs) > 0 {
		names := make([]string, len(l.langs))
		for i, code := range l.langs {
			names[i] = t.langNames[code]
		}
		list := names[len(names)-1]
		if len(names) > 1 {
			list = strings.Join(names[:len(names)-1], ", ") + t.or + list
		}
		details = append(details, fmt.Sprintf(t.in, list))
	}
	extra := ""
	if len(details) > 0 {
		extra = " (" + strings.Join(details, ", ") + ")"
	}
	format := map[[2]bool]string{
		{false, false}: t.call, {false, true}: t.callNamed,
		{true, false}: t.text, {true, true}: t.textNamed,
	}[[2]bool{l.text, l.name != ""}]
	return fmt.Sprintf(format, l.name, l.number, extra)
}
