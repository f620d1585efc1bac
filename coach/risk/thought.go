package risk

import "strings"

// A burden thought or a wish framed as a thought the writer no longer has
// or does not have ("i used to think everyone would be better off without
// me", "i don't feel like they'd be better off without me anymore") is not
// held now: a time after it ("… tonight feels different, lighter") is no
// time set for it, and it answers none of the ASQ's questions, which ask
// about the past few weeks. Unlike "used to" before a verb (habit), the
// thought verb stands between the frame and the phrase, a few words
// before it: "they'd be better off without me. tonight." stays Crisis,
// and "i don't know, they'd be better off without me" is no such frame.
//
// Round s25-thought: the same frame in Spanish ("antes pensaba que", "ya
// no creo que"), German ("früher dachte ich", "ich denke nicht mehr,
// dass") and French ("avant je pensais que", "je (ne) pense plus
// qu'ils"). German and French put the negation after the verb, so the
// frame ends there and the reach counts from its end. The verb nearest
// the phrase is the one whose thought it is: in "no me siento bien, pienso
// que estarían mejor sin mí" the thought is held, whatever an earlier verb
// denies.

// thoughtVerbs are the verbs of the frame, as normalised text spells them
// ("fühle" is "fuhle", French "pensé" is "pense").
var thoughtVerbs = wordSet("think", "thought", "feel", "felt", "believe", "believed",
	"pienso", "pensaba", "pensé", "pensado", "pensar", "creo", "creía", "creí", "creído", "creer",
	"siento", "sentía", "sentí", "sentir",
	"denke", "denk", "dachte", "gedacht", "glaube", "glaub", "glaubte", "geglaubt",
	"fühle", "fühl", "fühlte", "gefühlt",
	"pense", "pensais", "penser", "crois", "croyais", "cru", "croire", "l'impression")

// englishThought are the English thought verbs. Another language's frame
// reaches the phrase only over a complementizer and the phrase's subject
// (onlySubject): in "no creo que pueda más, estarían mejor sin mí", "ich
// glaube nicht mehr an mich, alle wären…" and "je pense pas tenir, ils
// seraient…" what is denied is another thought, and the burden with a
// time stays Crisis. Those languages say the frame in fewer words than
// English, whose reach alone keeps "i don't think i can, they'd be…"
// apart.
var englishThought = wordSet("think", "thought", "feel", "felt", "believe", "believed")

// subjectWords are what may stand between a Spanish, German or French
// frame and its phrase: "que", "dass", "qu'ils", and the people who would
// be better off, with the verb before the phrase ("todos estarían",
// "alle wären", "ils seraient"), and the "ich" of "dachte ich".
var subjectWords = wordSet("que", "dass", "qu'ils", "qu'elles", "qu'il", "qu'elle", "qu'on",
	"todos", "todas", "todo", "mundo", "ellos", "ellas", "mi", "mis", "tu", "su", "sus", "familia",
	"hijos", "hijas", "hijo", "hija", "padres", "madre", "padre", "mamá", "papá", "gente", "demás",
	"pareja", "novio", "novia", "marido", "esposo", "esposa", "mujer", "amigos", "amigas", "hermanos",
	"estarían", "estaría", "estarán", "estará", "serían", "sería", "vivirían",
	"alle", "jeder", "meine", "mein", "meinen", "meiner", "familie", "kinder", "eltern", "mutter", "vater",
	"mama", "papa", "freunde", "freundin", "freund", "mann", "frau", "partner", "partnerin", "sie",
	"anderen", "welt", "es", "ich", "wären", "wäre", "würden", "würde", "für",
	"tout", "monde", "tous", "toutes", "ils", "elles", "ma", "mon", "mes", "famille", "enfants",
	"parents", "mère", "père", "maman", "amis", "copain", "copine", "mari", "femme", "gens", "autres",
	"proches", "serait", "seraient", "vivraient")

// onlySubject tells whether words are only a complementizer and a
// subject (subjectWords, articles).
func onlySubject(words []string) bool {
	for _, w := range words {
		if !subjectWords[w] && !articles[w] {
			return false
		}
	}
	return true
}

// thoughtFillers may stand between a negation and the thought verb it
// denies: "i do not really feel like", "i did not even think".
var thoughtFillers = wordSet("do", "does", "did", "really", "even", "actually", "just", "honestly")

// thoughtReach is how many words may stand between the end of the frame
// and the phrase ("like they would be", "that everyone would be", "dass
// meine Familie").
const thoughtReach = 4

// spoken is how many words reach counts: articles are no words of their
// own ("que tout le monde serait", "que todo el mundo").
func spoken(words []string) int {
	n := 0
	for _, w := range words {
		if !articles[w] {
			n++
		}
	}
	return n
}

var articles = wordSet("the", "el", "la", "los", "las", "le", "les", "der", "die", "den")

// frameTail is how many words may end the frame after its verb: "dachte
// ich früher", "denke ich nicht mehr".
const frameTail = 3

// thoughtNotNow tells whether the match at m is framed as a thought in the
// past ("used to think") or denied ("do not feel like", "no longer think").
func thoughtNotNow(sentence string, m []int) bool {
	words := strings.Fields(window(sentence, m[0], m[0], windowBefore, 0))
	for i := len(words) - 1; i >= 0 && spoken(words[i+1:]) <= thoughtReach+frameTail; i-- {
		if turnWords[words[i]] {
			return false
		}
		if !thoughtVerbs[words[i]] {
			continue
		}
		past, end := thoughtAfter(words, i)
		if spoken(words[end+1:]) > thoughtReach || !englishThought[words[i]] && !onlySubject(words[end+1:]) {
			return false
		}
		return past || thoughtPast(words, i) || negatedVerb(words, i)
	}
	return false
}

// pastBefore are the words that, right before a thought verb or before its
// subject or auxiliary (pastSubjects), say it was once held: "antes (yo) pensaba",
// "früher (hab ich) gedacht", "avant je pensais". pastAfter are those that
// say it right after the verb: "pensaba antes", "dachte (ich) früher", "je
// pensais avant".
var (
	pastBefore   = wordSet("solía", "solia", "antes", "früher", "damals", "avant", "autrefois")
	pastAfter    = wordSet("antes", "früher", "damals", "avant")
	pastSubjects = wordSet("yo", "ich", "hab", "habe", "hatte", "je", "j'avais")
)

// thoughtPast tells whether the thought verb at words[i] is framed in the
// past before it: "used to think", "solía pensar", "antes pensaba",
// "früher dachte", "avant je pensais", "dejé de pensar", "j'ai arrêté de
// penser", "j'avais l'habitude de penser".
func thoughtPast(words []string, i int) bool {
	if i >= 2 && words[i-1] == "to" && words[i-2] == "used" {
		return true
	}
	if i >= 2 && words[i-1] == "de" && stoppedWords[words[i-2]] {
		return true
	}
	j := i - 1
	for k := 0; k < 2 && j >= 1 && pastSubjects[words[j]]; k++ {
		j--
	}
	return j >= 0 && pastBefore[words[j]]
}

// stoppedWords, before "de" and a thought verb, say the thought was given
// up or was a habit: "dejé de pensar", "arrêté de penser", "l'habitude de
// penser".
var stoppedWords = wordSet("dejé", "deje", "arrêté", "arrete", "l'habitude")

// thoughtAfter reads the words right after the thought verb at words[i]:
// whether they deny it or place it in the past ("denke nicht mehr",
// "glaube ich nicht", "dachte ich früher", "je pense plus", "je crois
// pas", "je pensais avant"), and the index of the frame's last word.
func thoughtAfter(words []string, i int) (bool, int) {
	j := i + 1
	if j < len(words) && (words[j] == "ich" || words[j] == "es") {
		j++
	}
	if j >= len(words) {
		return false, i
	}
	switch {
	case pastAfter[words[j]]:
		return true, j
	case afterNegations[words[j]] && !negationNotOwn(words, j):
		if j+1 < len(words) && words[j+1] == "mehr" {
			j++
		}
		return true, j
	}
	return false, i
}

// afterNegations deny a German or French thought verb they follow: "ich
// denke nicht", "je pense pas" (the "ne" left out, as normalised text
// leaves it).
var afterNegations = wordSet("nicht", "nie", "nimmer", "pas", "plus", "jamais")

// negationNotOwn tells whether the negation at words[j] is no denial of
// the verb before it: "nicht nur" (not only), "plus que jamais" (more
// than ever), "plus souvent" (more often).
func negationNotOwn(words []string, j int) bool {
	next := ""
	if j+1 < len(words) {
		next = words[j+1]
	}
	switch words[j] {
	case "nicht":
		return next == "nur"
	case "plus":
		return next == "souvent" || next == "que" && j+2 < len(words) && words[j+2] == "jamais"
	case "pas":
		return next == "seulement"
	}
	return false
}

// negatedVerb tells whether the thought verb at words[i] is itself denied:
// "not" or "never" right before it, past its auxiliaries and adverbs ("do
// not really feel"), or "no longer"; "no" or "nunca" ("ya no pienso",
// "nunca creí"); before a German participle ("nie gedacht"), and a French
// one or "l'impression" after "j'ai" ("j'ai jamais pensé", "j'ai plus
// l'impression"). A negation of an earlier clause is not the verb's: in
// "im not ok i feel like they would be better off without me tonight" the
// thought is held, and the time with it is Crisis; so it is in "mir geht
// es nicht gut, ich denke…" and "je vais pas bien je pense…", which is
// why German and French present tenses are denied only after the verb.
func negatedVerb(words []string, i int) bool {
	j := i - 1
	for j >= 0 && thoughtFillers[words[j]] {
		j--
	}
	if j < 0 {
		return false
	}
	switch w := words[j]; {
	case w == "not" || w == "never" || w == "no" || w == "nunca" || w == "jamás" || w == "tampoco":
		return true
	case w == "longer":
		return j >= 1 && words[j-1] == "no"
	case germanParticiples[words[i]]:
		return w == "nicht" || w == "nie" || w == "mehr" && j >= 1 && (words[j-1] == "nicht" || words[j-1] == "nie")
	case frenchCompound[words[i]]:
		return (w == "pas" || w == "plus" || w == "jamais") && j >= 1 && frenchHave[words[j-1]]
	}
	return false
}

// germanParticiples and frenchCompound are the thought verbs that a
// negation before them denies in those languages (after an auxiliary), and
// frenchHave the auxiliary before such a French negation.
var (
	germanParticiples = wordSet("gedacht", "geglaubt", "gefühlt")
	frenchCompound    = wordSet("pensé", "cru", "l'impression")
	frenchHave        = wordSet("j'ai", "j'avais", "ai", "avais")
)
