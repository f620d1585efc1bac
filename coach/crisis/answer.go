package crisis

import (
	"strings"
	"unicode"
)

// SafetyAnswer is what a reply to the safety question ("are you safe right
// now?") says.
type SafetyAnswer int

// The answers. Because the question asks whether the person is safe, a
// plain "no" means NotSafe.
const (
	// Unclear: the text is not an answer to the question.
	Unclear SafetyAnswer = iota
	Safe
	NotSure
	NotSafe
)

// String names the answer, for tests and logs.
func (a SafetyAnswer) String() string {
	return [...]string{"unclear", "safe", "not sure", "not safe"}[a]
}

// ReadSafetyAnswer reads a typed reply to the safety question, in English,
// Spanish, German or French. The rules, most cautious first:
//   - words for not being safe, or a call for help ("help", "ayuda", "hilfe",
//     "aide"), are NotSafe;
//   - words for not knowing ("idk", "not sure", "no sé", "weiß nicht", "je
//     sais pas"), and the phrases that mean both "not safe" and "not sure"
//     in Spanish and German ("no estoy seguro", "nicht sicher"), are NotSure:
//     the follow-up questions will tell which;
//   - a bare no ("no", "nope", "not really", "nein", "non") is NotSafe;
//   - yes or a word for being fine ("yes", "I'm ok", "sí", "ja", "ça va")
//     is Safe, unless it comes with a no or a negation ("no, I'm ok", "not
//     ok"), which is NotSure;
//   - anything else is Unclear.
func ReadSafetyAnswer(text string) SafetyAnswer {
	s := " " + normalAnswer(text) + " "
	switch {
	case containsAny(s, notSafePhrases):
		return NotSafe
	case containsAny(s, notSurePhrases):
		return NotSure
	}
	no, yes := containsAny(s, noWords), containsAny(s, safePhrases)
	switch {
	case no && yes:
		return NotSure
	case no:
		return NotSafe
	case yes && containsAny(s, negations):
		return NotSure
	case yes:
		return Safe
	}
	return Unclear
}

// YesNo is a typed answer to a yes/no question that may be declined.
type YesNo int

// The answers to a yes/no question.
const (
	YesNoUnclear YesNo = iota
	Yes
	No
	RatherNotSay
)

// ReadYesNo reads a typed yes, no or "I'd rather not say" in English,
// Spanish, German or French. A text with both a yes and a no is Unclear.
func ReadYesNo(text string) YesNo {
	s := " " + normalAnswer(text) + " "
	if containsAny(s, declinePhrases) {
		return RatherNotSay
	}
	no := containsAny(s, noWords) || containsAny(s, []string{"not really", "no really"})
	yes := containsAny(s, yesWords)
	switch {
	case yes && !no:
		return Yes
	case no && !yes:
		return No
	}
	return YesNoUnclear
}

// notSafePhrases say the person is not safe, or ask for help.
var notSafePhrases = []string{
	// English
	"not safe", "unsafe", "dont feel safe", "do not feel safe", "not feeling safe", "in danger",
	"help", "need help", "not really", "not at all", "no im not", "no i am not", "i dont think so",
	// Spanish
	"no estoy a salvo", "no me siento a salvo", "no me siento seguro", "no me siento segura", "en peligro", "ayuda", "ayudame",
	"socorro", "para nada", "la verdad no", "realmente no",
	// German
	"nicht in sicherheit", "fuhle mich nicht sicher", "in gefahr", "hilfe", "hilf mir", "eigentlich nicht",
	"nicht wirklich", "gar nicht",
	// French
	"pas en securite", "en danger", "aide", "a laide", "besoin daide", "aidez moi", "aide moi", "au secours", "pas vraiment",
	"pas du tout",
}

// notSurePhrases say the person does not know, or answer in words that
// mean both "not safe" and "not sure".
var notSurePhrases = []string{
	// English
	"idk", "i dont know", "i do not know", "dont know", "dunno", "not sure", "unsure", "no idea",
	"maybe", "kind of", "kinda", "sort of", "i guess", "hard to say", "not ok", "not okay",
	"not fine", "not alright", "not great", "not good",
	// Spanish
	"no se", "no lo se", "ni idea", "quizas", "quiza", "tal vez", "a lo mejor", "no estoy seguro", "no estoy segura",
	"no estoy bien", "mas o menos",
	// German
	"weiss nicht", "weis nicht", "weiss ich nicht", "weiss es nicht", "keine ahnung", "vielleicht", "nicht sicher",
	"unsicher", "nicht gut", "geht so", "nicht so gut",
	// French
	"je sais pas", "je ne sais pas", "sais pas", "jsais pas", "chais pas", "pas sur", "pas sure",
	"aucune idee", "peut etre", "je vais pas bien", "je ne vais pas bien", "pas bien", "bof",
}

// noWords are a bare no.
var noWords = []string{"no", "nope", "nah", "nein", "non", "nee", "no way"}

// yesWords are a bare yes.
var yesWords = []string{
	"yes", "yeah", "yea", "yep", "yup", "si", "claro", "ja", "jap", "jo", "oui", "ouais", "bien sur",
}

// safePhrases say the person is safe or fine (yes included).
var safePhrases = append([]string{
	"safe", "im ok", "i am ok", "im okay", "i am okay", "ok", "okay", "fine", "im fine", "alright",
	"all right", "all good", "im good", "i am good", "sure",
	"estoy bien", "estoy a salvo", "estoy seguro", "estoy segura", "bien", "todo bien", "vale",
	"mir gehts gut", "mir geht es gut", "alles gut", "alles ok", "gut", "ich bin sicher", "bin sicher", "in sicherheit",
	"ca va", "je vais bien", "en securite", "tout va bien",
}, yesWords...)

// negations turn a word for being fine into its opposite.
var negations = []string{"not", "dont", "isnt", "arent", "no", "nicht", "kein", "pas", "ne", "nunca"}

// declinePhrases decline to answer.
var declinePhrases = []string{
	"rather not", "prefer not", "skip", "pass", "wont say", "not saying", "dont want to say",
	"prefiero no", "paso", "no quiero decir", "no quiero contestar",
	"lieber nicht", "mochte ich nicht sagen", "keine angabe",
	"je prefere ne pas", "prefere ne pas", "je passe", "passer",
}

// containsAny reports whether padded text s holds any phrase as whole words.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, " "+p+" ") {
			return true
		}
	}
	return false
}

// normalAnswer lowercases a short reply, folds accents and ß, drops
// apostrophes (so "I'm" and "Im" read alike) and turns everything else that
// is not a letter or digit into single spaces.
func normalAnswer(text string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(text) {
		if f, ok := answerFolds[r]; ok {
			b.WriteString(f)
			space = false
			continue
		}
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

var answerFolds = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ñ': "n", 'ç': "c", 'ß': "ss", 'œ': "oe",
}
