package risk

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
)

// langs are the languages the screen reads, in the order that breaks a
// tie between them.
var langs = [...]string{"en", "es", "de", "fr"}

// langSet is a set of languages, one bit per entry of langs.
type langSet uint8

const allLangs langSet = 1<<len(langs) - 1

// langOf is the set of one language, by its code; empty for a code
// that is not in langs.
func langOf(code string) langSet {
	for i, l := range langs {
		if l == code {
			return 1 << i
		}
	}
	return 0
}

// neutral tells whether a phrase is a lone word stem ("suicid*",
// "overdos*"): it says nothing of the language of a text it matches, which
// may be a Spanish "suicidio" as well as an English "suicidal".
func neutral(phrase string) bool {
	return strings.HasSuffix(phrase, "*") && !strings.ContainsAny(phrase, " ()|")
}

// pick returns the language of the text, given set, the languages of
// the phrases that set its level, and looks, the one its words look most
// like ("" if none): looks when set has it or when set is every language
// (the learnt screen's and the signals' level names none), the one
// language of set when it has one, and otherwise looks, "" when the text
// looks like no one language. A reply is then in the person's own
// language, not in the first one the phrases happen to share.
func (set langSet) pick(looks string) string {
	if set&langOf(looks) != 0 || set == allLangs {
		return looks
	}
	if bits.OnesCount8(uint8(set)) == 1 {
		return langs[bits.TrailingZeros8(uint8(set))]
	}
	return looks
}

// commonWords are words frequent in one language and rare in the others,
// as normalWord leaves them ("j'ai" is "jai", "ça" is "ca"), by language:
// function words first, then the everyday words and spellings of the
// dialects and chat the corpus has (Swiss and Bavarian German, Québécois,
// Latin American Spanish), then a few words a text about crisis often
// has. A word two languages share ("de", "la", "die") counts for both.
// A text of three to six words has one or two of them, and that is what
// tells a Spanish "no me importaría no despertar mañana" from an English
// text that shares "no" and "me" with it.
var commonWords = func() map[string]langSet {
	words := map[string][]string{
		"en": {"i", "am", "the", "and", "to", "my", "is", "it", "you", "not", "me", "of", "a",
			"do", "have", "this", "that", "be", "was", "want", "feel", "so", "with", "what", "just",
			"no", "are", "for", "on", "in", "all", "can", "will", "would", "they", "them", "he",
			"she", "we", "if", "about", "but", "out", "up", "there", "been", "had", "going",
			"gonna", "at", "from", "one", "or", "how", "when", "why", "really", "think", "know",
			"like", "get", "got", "some", "any", "now", "here", "anymore", "tonight", "today",
			"tomorrow", "night", "life", "everyone", "anyone", "nobody", "never", "again",
			"myself", "die", "without", "better", "off", "after", "bye", "an", "by",
			"could", "should", "who", "these", "those", "make", "lol", "guys", "done", "tonite", "soon", "sunday", "leaving", "im", "dont", "cant", "ive", "its", "didnt", "wont"},
		"es": {"yo", "que", "el", "la", "de", "y", "en", "es", "mi", "me", "lo", "los",
			"las", "por", "para", "con", "un", "una", "estoy", "quiero", "muy", "pero", "si",
			"todo", "todos", "esta", "se", "ya", "mas", "estuviera", "seria",
			"no", "nada", "nadie", "nunca", "hoy", "manana", "noche", "vida", "del", "al",
			"como", "cuando", "porque", "sin", "soy", "voy", "tengo", "puedo", "hay", "algo",
			"eso", "este", "esto", "estar", "ser", "nos", "te", "tu", "su", "sus", "le", "les",
			"tan", "ni", "solo", "otra", "otro", "vez", "veces", "ojala", "quisiera", "morir",
			"tambien", "aqui", "aca", "asi", "mis", "ando", "bien", "creo", "siento", "ahora",
			"alguien", "mucho", "estaba", "fue", "era", "tiene", "quien", "donde", "hasta",
			"pues", "ella", "despertar", "pastillas", "mama", "hacer", "mejor", "cansado",
			"cansada", "neta", "che", "weon", "tranqui", "sentido", "pienso", "quitarme",
			"matarme", "irme", "dormir", "van", "harian", "despierto", "anoche", "perdon",
			"perdoname", "culpa", "acabo", "semana", "hace", "anos", "son", "dicho", "ganas", "meti"},
		"de": {"ich", "und", "nicht", "die", "der", "das", "ist", "mich", "mir", "ein", "eine",
			"zu", "es", "bin", "habe", "hab", "mein", "meine", "mit", "auf", "auch", "wen",
			"mehr", "sie", "will", "kann", "nur", "noch", "hate", "ware", "gabe",
			"nichts", "kein", "keine", "keinen", "einfach", "heute", "morgen", "nacht", "leben",
			"sterben", "alles", "alle", "imer", "nie", "niemand", "schon", "jetzt", "hier",
			"wieder", "weil", "wenn", "aber", "oder", "dann", "doch", "mal", "hatte", "bist",
			"sind", "sein", "wird", "werde", "wurde", "gibt", "dem", "den", "des",
			"im", "am", "in", "an", "vom", "zum", "zur", "von", "fur", "uber", "nach", "bei", "aus", "wie", "wo",
			"uns", "dich", "dir", "sich", "meinen", "meinem", "meiner", "geht", "weis", "ganz",
			"viel", "halt", "nix", "ned", "net", "nima", "nimer", "nume", "isch", "nod", "hob",
			"hobs", "bi", "gsagt", "grad", "ois", "wurd", "tabletten", "keler", "strick",
			"seil", "mag", "ka", "koa", "wos", "scho", "mei", "meim", "heut", "heit", "nich", "ner",
			"aufm", "beim", "ins", "seit", "ohne", "gleich", "liegt", "liegen", "steht", "ganze",
			"mach", "oida", "znacht", "schluss", "tschuss", "geschluckt", "packung", "sonntag",
			"diesmal", "num", "abe", "zrugg", "vermisse", "ha", "gseit", "het"},
		"fr": {"je", "jai", "et", "le", "la", "les", "de", "pas", "suis", "mon", "ma", "mes",
			"un", "une", "est", "que", "pour", "plus", "tout", "moi", "ca", "cest", "veux",
			"tres", "du", "des", "au", "deja", "mais",
			"rien", "personne", "jamais", "sais", "peux", "vais", "va", "fait", "faire",
			"etre", "avec", "sans", "dans", "sur", "par", "chez", "ce", "cette", "ces", "il",
			"elle", "ils", "on", "nous", "vous", "ton", "ta", "tes", "son", "sa", "ses", "qui",
			"quoi", "pourquoi", "quand", "oui", "non", "demain", "soir", "nuit", "vie",
			"mourir", "mort", "morte", "encore", "toujours", "trop", "si", "en", "te", "tu",
			"me", "se", "y", "chu", "chus", "pis", "pus", "pk", "mdr", "taf", "jen", "quil",
			"quon", "quun", "quune", "nest", "sil", "jme", "jsuis", "jvais", "toute", "toutes",
			"tous", "ne", "avale", "boite", "medocs", "pardon", "envie", "ai", "aime", "quelquun",
			"genre", "ya", "jaimerais", "aimerais", "sens", "peu", "ni", "remplie", "ma"},
	}
	set := map[string]langSet{}
	for lang, ws := range words {
		for _, w := range ws {
			// As the text has it (looksLikeText), and as lines have it,
			// unless the normaliser makes it two words ("im" is "i am").
			set[collapse(w)] |= langOf(lang)
			if n := normalWord(collapse(w)); !strings.Contains(n, " ") {
				set[n] |= langOf(lang)
			}
		}
	}
	return set
}()

// looksLike returns the language whose common words the sentences have
// most of, or "" when no language has more than every other. The
// sentences are as lines leaves them; Screen reads the text itself
// (looksLikeText).
func looksLike(lines [][]string) string {
	var words []string
	for _, line := range lines {
		for _, sentence := range line {
			words = slices.AppendSeq(words, strings.FieldsSeq(sentence))
		}
	}
	return mostLike(words)
}

// looksLikeText is looksLike for a text's own words, folded but not
// respelt: the normaliser reads a German "im" as "i am", and corrects as
// a typo a dialect's spelling ("ned", "nimma") that tells its language.
func looksLikeText(text string) string {
	var words []string
	for w := range strings.FieldsFuncSeq(foldText(cleanText(text)), wordEnd) {
		words = append(words, collapse(unleet(w)))
	}
	return mostLike(words)
}

// wordEnd tells whether r ends a word of folded text: a space or the end
// of a sentence.
func wordEnd(r rune) bool {
	return unicode.IsSpace(r) || string(r) == sentenceEnd
}

// mostLike returns the language that most of words are common words of,
// or "" when none is.
func mostLike(words []string) string {
	var count [len(langs)]int
	for _, w := range words {
		set := commonWords[w]
		for i := range langs {
			if set&(1<<i) != 0 {
				count[i]++
			}
		}
	}
	best := 0
	for i := range count {
		if count[i] > count[best] {
			best = i
		}
	}
	if count[best] == 0 || !clearlyBest(count[:], best) {
		return ""
	}
	return langs[best]
}

// clearlyBest tells whether count[best] is more than every other count.
func clearlyBest(count []int, best int) bool {
	for i, c := range count {
		if i != best && c >= count[best] {
			return false
		}
	}
	return true
}
