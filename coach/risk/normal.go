package risk

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentences normalises text for screening and splits it into
// sentences. Each sentence is a run of words, each word preceded by one
// space, in lower case, without accents or apostrophes, with contractions
// and chat spellings written out ("dont" is "do not", "wanna" is "want to"),
// the French "ne" left out as speech leaves it out ("je n'ai plus" is "j'ai
// plus"), runs of a repeated letter written once ("killll" and "kill" are
// "kil"), and a few misspelt key words corrected ("suicde" is "suicide").
func sentences(text string) []string {
	var out []string
	for _, line := range lines(text) {
		out = append(out, line...)
	}
	return out
}

// lines normalises text as sentences does and splits it into lines, and
// each line into its sentences. A line has at least one sentence.
func lines(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(foldText(cleanText(text)), "\n") {
		var said []string
		for _, sentence := range strings.Split(line, sentenceEnd) {
			words := dropNe(strings.Fields(sentence))
			if len(words) == 0 {
				continue
			}
			var b strings.Builder
			b.Grow(len(sentence) + 1)
			for _, w := range words {
				if w = normalWord(w); !fillers[w] {
					b.WriteByte(' ')
					b.WriteString(w)
				}
			}
			if b.Len() > 0 {
				said = append(said, b.String())
			}
		}
		if said != nil {
			out = append(out, said)
		}
	}
	return out
}

// sentenceEnd is what foldText writes for the end of a sentence within a
// line; a line break is a newline.
const sentenceEnd = "\f"

// fold spells accented and special Latin letters the way someone
// without the right keyboard would: é as e, ñ as n, ß as ss. German
// umlauts become the bare vowel; phrases that contain an umlaut also
// accept the two-letter spelling (ö as o or oe), see phraseWord.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ñ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'œ': "oe",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss",
}

// foldText lowers text and strips accents and apostrophes; every other
// character that is not a letter or a digit becomes a space, except the
// ends of sentences, which become sentenceEnd, and line breaks, which become
// newlines. A "no" that a comma closes is an answer, not a negation: in "no,
// quiero morir" the comma becomes a blank, so that nothing reads it as "no
// quiero morir".
func foldText(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	prev := ' '
	word := 0  // where the word being written starts in b
	last := "" // the word before it in the sentence, if any
	for i, r := range text {
		if r >= 0x80 {
			if l, ok := lookAlikes[r]; ok {
				r = l
			}
		}
		r = unicode.ToLower(r)
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
		case fold[r] != "":
			b.WriteString(fold[r])
		case emojiWords[r] != "":
			// A word of its own: "💊💊" is "pills pills", "my💊" "my pills".
			if b.String()[word:] != "" {
				b.WriteByte(' ')
			}
			b.WriteString(emojiWords[r] + " ")
			word, last = b.Len(), emojiWords[r]
		case apostrophe(r):
			// "don't" is "dont", but the French "n'" is "ne": "je n'ai" is
			// "je ne ai", which dropNe makes "jai" as "j'ai" is.
			if b.String()[word:] == "n" && letterNext(text[i+utf8.RuneLen(r):]) {
				b.WriteString("e ")
				word, last = b.Len(), "ne"
			}
		case unicode.Is(unicode.Mn, r):
			// A combining accent goes the way of é.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteByte('\n')
			word, last = b.Len(), ""
		case endsSentence(r, prev, text[i+1:]):
			b.WriteString(sentenceEnd)
			word, last = b.Len(), ""
		case r == ',' && (b.String()[word:] == "no" || b.String()[word:] == "" && last == "no"):
			b.WriteString(blank + " ")
			word, last = b.Len(), ""
		default:
			if w := b.String()[word:]; w != "" {
				last = w
			}
			b.WriteByte(' ')
			word = b.Len()
		}
		prev = r
	}
	return b.String()
}

// letterNext tells whether text starts with a letter.
func letterNext(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLetter(r)
}

func apostrophe(r rune) bool {
	return strings.ContainsRune("'’‘ʼ`´′", r)
}

// endsSentence tells whether r, after prev and before rest, ends a
// sentence within a line. An ellipsis does not ("I just... want to die" is
// one thought), nor does a decimal point.
func endsSentence(r, prev rune, rest string) bool {
	switch r {
	case '!', '?', ';':
		return true
	case '.':
		if '0' <= prev && prev <= '9' && germanOrdinal(rest) {
			return false
		}
		return prev != '.' && (rest == "" || rest[0] == ' ' || rest[0] == '\n' || rest[0] == '\t')
	}
	return false
}

// germanOrdinal tells whether rest, after a number and its period, starts
// with a word German counts with an ordinal: in "im 4. Stock" and "am 12.
// März" the period is the ordinal's, not a sentence's end.
func germanOrdinal(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	word, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return ordinalNouns[strings.TrimRight(strings.ToLower(word), ",.!?;:")]
}

var ordinalNouns = map[string]bool{
	"stock": true, "stockwerk": true, "etage": true, "og": true, "mal": true,
	"klasse": true, "platz": true, "versuch": true, "geburtstag": true,
	"jahrestag": true, "todestag": true, "hochzeitstag": true, "tag": true,
	"woche": true, "monat": true, "januar": true, "jänner": true,
	"februar": true, "märz": true, "april": true, "mai": true, "juni": true,
	"juli": true, "august": true, "september": true, "oktober": true,
	"november": true, "dezember": true,
}

// normalWord writes out one folded word as phrases expect it.
func normalWord(w string) string {
	w = collapse(unleet(w))
	if full, ok := respellings[w]; ok {
		return full
	}
	if n, unit, ok := numberUnit(w); ok {
		// "4am", "30pills" and "5km" are a number and a word.
		return n + " " + normalWord(unit)
	}
	return correctTypo(w)
}

// numberUnit splits a word made of digits and then letters.
func numberUnit(w string) (number, unit string, ok bool) {
	i := 0
	for i < len(w) && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	if i == 0 || i == len(w) {
		return "", "", false
	}
	for _, r := range w[i:] {
		if !unicode.IsLetter(r) {
			return "", "", false
		}
	}
	return w[:i], w[i:], true
}

// collapse writes each run of a repeated letter once. Elongation
// ("diiie") and doubled or missed double letters ("kil", "sucidde") then
// stop mattering; phrases go through the same step, so "kill" in a phrase
// is "kil" too. Digits keep their runs: 11 pills are not 1.
func collapse(w string) string {
	var prev rune
	runs := false
	for _, r := range w {
		if r == prev && unicode.IsLetter(r) {
			runs = true
			break
		}
		prev = r
	}
	if !runs {
		return w
	}
	var b strings.Builder
	prev = 0
	for _, r := range w {
		if r != prev || !unicode.IsLetter(r) {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// respellings maps contractions (as they are without apostrophes), chat
// spellings and glued words to their full form, keyed and valued after
// collapse.
var respellings = mustRespellings(map[string]string{
	// English contractions.
	"im": "i am", "iam": "i am", "ive": "i have", "id": "i would",
	"dont": "do not", "dnt": "do not", "doesnt": "does not", "didnt": "did not",
	"cant": "can not", "cannot": "can not", "couldnt": "could not",
	"wont": "will not", "wouldnt": "would not", "shouldnt": "should not",
	"isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
	"aint": "am not", "havent": "have not", "hasnt": "has not", "hadnt": "had not",
	"whats": "what is", "thats": "that is", "theres": "there is", "its": "it is",
	"youre": "you are", "theyre": "they are",
	// Other persons, so that "hes", "theyd" are seen as someone else.
	"hes": "he is", "shes": "she is", "hed": "he would", "theyd": "they would",
	"youd": "you would", "theyll": "they will", "youll": "you will",
	// English chat spellings.
	"wanna": "want to", "wana": "want to", "wanta": "want to", "gonna": "going to",
	"gunna": "going to", "finna": "going to", "gotta": "got to", "tryna": "trying to",
	"imma": "i am going to", "kinda": "kind of", "sorta": "sort of",
	"u": "you", "ur": "your", "r": "are", "abt": "about", "alot": "a lot",
	"idk": "i do not know", "dunno": "do not know", "rn": "right now",
	"tonite": "tonight", "2nite": "tonight", "tmrw": "tomorrow", "b4": "before",
	"noone": "no one", "no1": "no one", "every1": "everyone", "ppl": "people",
	"yrs": "years", "mths": "months",
	"nomore": "no more", "ty": "thank you", "thx": "thanks",
	"killmyself": "kill myself", "endmylife": "end my life", "selfharm": "self harm",
	// Spanish chat spellings.
	"q": "que", "kiero": "quiero", "qiero": "quiero", "pa": "para", "tmb": "tambien",
	// German colloquial forms.
	"nich": "nicht", "nimmer": "nicht mehr", "nen": "einen",
	// French chat spellings, with the elided "je" written out.
	"jveux": "je veux", "jvais": "je vais", "jsuis": "je suis", "chuis": "je suis",
	"chui": "je suis", "jpeux": "je peux", "jsais": "je sais", "chais": "je sais",
	"pk": "pourquoi", "mtn": "maintenant", "tjrs": "toujours", "tjs": "toujours",
})

// mustRespellings collapses keys and values as normalWord does,
// and refuses two spellings that collapse to one key with different
// meanings.
func mustRespellings(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		key := collapse(k)
		words := strings.Fields(v)
		for i, w := range words {
			words[i] = collapse(w)
		}
		val := strings.Join(words, " ")
		if old, ok := out[key]; ok && old != val {
			panic(fmt.Sprintf("risk: respellings %q and another collapse to %q", k, key))
		}
		out[key] = val
	}
	return out
}
