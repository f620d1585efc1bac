package risk

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Text can hide words from a screen that reads it letter by letter:
// invisible characters inside a word ("k\u200bill"), letters from other
// blocks that look the same (fullwidth "ｋｉｌｌ", mathematical "𝐤𝐢𝐥𝐥",
// Cyrillic "kіll"), digits for letters ("k1ll"). cleanText and lookAlike
// undo these before anything else is done to the text, and normalWord
// undoes the digits.

// cleanText drops invisible characters and applies Unicode compatibility
// normalisation. Format characters (zero-width spaces and joiners, the
// word joiner, the byte order mark, the soft hyphen, bidirectional
// controls, tags) and control characters other than white space are
// removed, so they join what they split, as a reader sees it. Then NFKD
// maps compatibility forms to their plain letters (fullwidth, mathematical,
// circled and superscript letters, ligatures, the non-breaking space) as
// NFKC does, but leaves accents apart, since foldText drops them anyway:
// a composed form would read otherwise than the same letters typed with a
// combining accent ("ǰ" has no capital, "J" with a caron is two runes).
// Text that is plain ASCII is returned as it is, and NFKD is skipped for
// text whose letters foldText knows already (accented Latin letters, the
// look-alikes), where it would change nothing that foldText leaves.
func cleanText(text string) string {
	if plainASCII(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	decompose := false
	for _, r := range text {
		switch {
		case r < 0x80:
			if (r < ' ' || r == 0x7f) && !unicode.IsSpace(r) {
				continue
			}
		case invisible(r):
			continue
		case fold[unicode.ToLower(r)] == "" && lookAlikes[r] == 0 && !unicode.Is(unicode.Mn, r):
			decompose = true
		}
		b.WriteRune(r)
	}
	if !decompose {
		return b.String()
	}
	return norm.NFKD.String(b.String())
}

// plainASCII tells whether text is printable ASCII and white space, which
// cleanText leaves as it is.
func plainASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x7f || c < ' ' && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}

// invisible tells whether r is a character that shows nothing and
// separates nothing: a format character, a control character that is
// not white space, or one of the blank letters (Hangul fillers, the
// braille blank) that pass for them.
func invisible(r rune) bool {
	switch {
	case unicode.Is(unicode.Cf, r):
		return true
	case unicode.IsControl(r):
		return !unicode.IsSpace(r)
	}
	switch r {
	case '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800':
		return true
	}
	return false
}

// lookAlikes are letters of other scripts that look like a Latin
// letter, as someone would use them to write a Latin word past a filter.
// Capitals are listed apart where their small letter looks like another
// Latin letter: Greek "Η" is an h, "η" an n; "Ν" is an n, "ν" a v. The
// screen reads only Latin-script languages, so folding a whole Cyrillic
// or Greek text this way loses nothing it could have read.
var lookAlikes = map[rune]rune{
	// Cyrillic.
	'а': 'a', 'А': 'a', 'в': 'b', 'В': 'b', 'е': 'e', 'Е': 'e', 'ё': 'e', 'Ё': 'e',
	'к': 'k', 'К': 'k', 'м': 'm', 'М': 'm', 'Н': 'h', 'о': 'o', 'О': 'o',
	'р': 'p', 'Р': 'p', 'с': 'c', 'С': 'c', 'т': 't', 'Т': 't', 'у': 'y', 'У': 'y',
	'х': 'x', 'Х': 'x', 'і': 'i', 'І': 'i', 'ї': 'i', 'Ї': 'i', 'ј': 'j', 'Ј': 'j',
	'ѕ': 's', 'Ѕ': 's', 'ԁ': 'd', 'Ԁ': 'd', 'һ': 'h', 'Һ': 'h', 'ӏ': 'l', 'Ӏ': 'l',
	'ԛ': 'q', 'Ԛ': 'q', 'ԝ': 'w', 'Ԝ': 'w', 'ո': 'n', 'ս': 'u', 'օ': 'o',
	// Greek.
	'Α': 'a', 'α': 'a', 'Β': 'b', 'β': 'b', 'Ε': 'e', 'ε': 'e', 'Ζ': 'z',
	'Η': 'h', 'η': 'n', 'Ι': 'i', 'ι': 'i', 'Κ': 'k', 'κ': 'k', 'Μ': 'm',
	'Ν': 'n', 'ν': 'v', 'Ο': 'o', 'ο': 'o', 'Ρ': 'p', 'ρ': 'p', 'Τ': 't', 'τ': 't',
	'Υ': 'y', 'υ': 'u', 'Χ': 'x', 'χ': 'x', 'ϲ': 'c', 'Ϲ': 'c',
	// Latin letters that pass for others.
	'ı': 'i', 'ɑ': 'a', 'ɡ': 'g', 'ǀ': 'l', 'ɩ': 'i',
}

// leet are the digits that stand for a letter inside a word, in the
// one reading that is never ambiguous there: "k1ll", "mys3lf", "overd0se".
var leet = map[byte]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't'}

// unleet writes the digits of a word as the letters they stand for,
// when the word is a word spelt with digits: it starts with a letter, a
// digit stands between two letters, and every digit in it is one of
// leet. Numbers, codes and units are left alone: "b12", "covid19",
// "mp3", "d3", "4am", "no1" have no digit between letters, "r2d2" and
// "w8" have digits that stand for no one letter.
func unleet(w string) string {
	if len(w) < 3 || !asciiLetter(w[0]) {
		return w
	}
	enclosed := false
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c < '0' || c > '9' {
			continue
		}
		if leet[c] == 0 {
			return w
		}
		if i+1 < len(w) && asciiLetter(w[i-1]) && asciiLetter(w[i+1]) {
			enclosed = true
		}
	}
	if !enclosed {
		return w
	}
	b := []byte(w)
	for i, c := range b {
		if l := leet[c]; l != 0 {
			b[i] = l
		}
	}
	return string(b)
}

func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' }

// fillers are words people put anywhere in a sentence without changing
// what it says: "I want to go to sleep and just not wake up" says what "I
// want to go to sleep and not wake up" does. They are left out of text
// and phrases alike, as the French "ne" is, so that no phrase misses for
// one of them between its words. Words that change what is said ("not",
// "never", "maybe", "even", "so") are not fillers.
var fillers = wordSetRaw(collapseAll(
	"just", "jst", "really", "realy", "simply", "literally", "actually", "honestly",
	"seriously", "truly", "genuinely", "totally", "basically", "lowkey", "highkey",
	"fucking", "fuckin", "fking", "freaking", "frickin", "fricking", "effing",
	"realmente", "simplemente", "literalmente", "sinceramente", "honestamente",
	"wirklich", "echt", "eigentlich", "halt", "irgendwie",
	"juste", "vraiment", "simplement", "franchement", "serieusement", "carrement",
	"litteralement", "honnetement",
)...)

// dropFillers leaves out the fillers among normalised words.
func dropFillers(words []string) []string {
	out := words[:0]
	for _, w := range words {
		if !fillers[w] {
			out = append(out, w)
		}
	}
	return out
}
