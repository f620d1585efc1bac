package risk

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A risk phrase is a pattern over normalised words, written to be read:
//
//	kill (myself|my self)  words in order; "(a|b c)" is one of several sequences
//	suicid*                a word that starts with "suicid"
//	really?  (so much)?    an optional word or group
//	...                    up to three words of anything
//	#  ##                  a number; a number of two digits or more
//	^  $                   the start and the end of the sentence; the end
//	                       may be followed by fillers such as "honestly"
//	self-harm              the words may be written apart or together
//	{want}                 a macro from the phrase set's words
//
// Phrase words go through the same normalisation as the text (case,
// accents, apostrophes, contractions, repeated letters, known misspellings),
// so they are written in ordinary spelling: "don't" matches "dont", "don't"
// and "do not". An umlaut in a phrase also matches its two-letter spelling,
// so "möchte" matches "mochte" and "moechte". The French "ne" is left out
// of phrases as it is of the text: "je ne veux plus" and "je n'ai plus" in
// a phrase are "je veux plus" and "j'ai plus" (see elide.go).
//
// A phrase matches whole words only: "kill" never matches in "skilled".

// phraseSet is one language's phrases, by what they mean.
type phraseSet struct {
	lang    string            // the language's code: "en", "es", "de" or "fr"
	words   map[string]string // macros: {name} in a phrase is words[name]
	crisis  []string          // wishes or intent to die or to self-harm, farewells, plans, danger now
	review  []string          // death or self-harm spoken of in an unclear way, hopelessness
	negated []string          // denials: reviewed, and hidden from the crisis phrases
	benign  []string          // fixed idioms, blanked before anything else is matched
	past    []string          // markers that put a crisis phrase close by in the past
	// habit markers ("used to") put in the past only the verb right after
	// them: in "i used to love running i want to die" the wish is now.
	habit []string
	// over are markers that, right after a crisis phrase and ending the
	// sentence, say it is over ("i wanted to die, not anymore"); written
	// to start the words after it ("^ not anymore $"). They put it in the
	// past only if the words up to it are in the past (tense), since "i
	// don't want to live, not anymore" is no past at all.
	over []string
	// tense are past tenses and habits ("wanted", "quería") that, with an
	// over marker after it, put a crisis phrase in the past.
	tense  []string
	recent []string // markers that bring a sentence back to now
	doubt  []string // hedges that make a denial unreliable
	// others are subjects that, right before a crisis phrase, make it
	// about someone else; written to end the words before it ("she $").
	others []string
	// denial are negations that, right before a crisis phrase, deny it;
	// written to end the words before it ("never $").
	denial []string
	// weary are ways of giving up or of having decided ("i'm done
	// fighting", "i've made up my mind"), and parting are bare farewells
	// ("goodbye", "tonight's the night"), written as whole sentences ("^
	// goodbye $"). A parting right after a weary phrase, in its sentence or
	// as the next sentence of the line, makes a farewell; so does a weary
	// phrase anywhere after a parting sentence on its line ("bye everyone.
	// love you all. i can't do this anymore").
	weary, parting []string
	// asked are questions someone asked ("she asked if"), written to end
	// the words before a crisis phrase; confirm are answers after it that
	// make it the writer's own ("and i said yes").
	asked, confirm []string
	// held are ways of saying a wish without the will to act on it: a
	// passive wish ("wouldn't mind not waking up"), a burden ("they'd be
	// better off without me"), nobody noticing if one disappeared, an urge
	// resisted ("had the urge to cut. didn't"). A crisis phrase wholly
	// inside one is Review unless the line has a sign of Crisis (heldLine
	// in risk.go). unmeant are denials of any intent to act ("not gonna do
	// anything", "mach aber nix", "no voy a hacer nada", "je vais rien
	// faire"): with one on the line, a time or a cue no longer makes a
	// held wish Crisis. Both are in intent.go.
	held, unmeant []string
}

// withWords returns the macros of words and more, for a phrase set that
// shares another's macros; more wins where both have one.
func withWords(words, more map[string]string) map[string]string {
	all := make(map[string]string, len(words)+len(more))
	for k, v := range words {
		all[k] = v
	}
	for k, v := range more {
		all[k] = v
	}
	return all
}

// compilePhrase turns one phrase into a regular expression over a
// normalised sentence, in which every word is preceded by a space, and
// the words a match cannot do without one of.
func compilePhrase(phrase string, words map[string]string) (riskPiece, error) {
	expanded, err := expandMacros(phrase, words)
	if err != nil {
		return riskPiece{}, fmt.Errorf("phrase %q: %w", phrase, err)
	}
	p := &phraseParser{tokens: joinElisions(lexPhrase(expanded))}
	piece, err := p.alternatives()
	if err == nil && p.pos < len(p.tokens) {
		err = fmt.Errorf("unexpected %q", p.tokens[p.pos])
	}
	if err == nil && piece.re == "" {
		err = errors.New("empty")
	}
	if err != nil {
		return riskPiece{}, fmt.Errorf("phrase %q: %w", phrase, err)
	}
	if !strings.HasSuffix(piece.re, "$") {
		piece.re += `\b`
	}
	return piece, nil
}

var macro = regexp.MustCompile(`\{(\w+)\}`)

// expandMacros replaces {name} with words[name]; macros may use macros.
func expandMacros(phrase string, words map[string]string) (string, error) {
	for depth := 0; strings.Contains(phrase, "{"); depth++ {
		if depth == 4 {
			return "", errors.New("macros nested too deep")
		}
		var missing string
		phrase = macro.ReplaceAllStringFunc(phrase, func(m string) string {
			w, ok := words[m[1:len(m)-1]]
			if !ok {
				missing = m
			}
			return w
		})
		if missing != "" {
			return "", fmt.Errorf("unknown macro %s", missing)
		}
	}
	return phrase, nil
}

// lexPhrase splits a phrase into words and the syntax tokens
// ( ) | ? ^ $ and "...".
func lexPhrase(phrase string) []string {
	var tokens []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			tokens = append(tokens, word.String())
			word.Reset()
		}
	}
	for i := 0; i < len(phrase); {
		if strings.HasPrefix(phrase[i:], "...") {
			flush()
			tokens = append(tokens, "...")
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(phrase[i:])
		switch {
		case strings.ContainsRune("()|?^$", r):
			flush()
			tokens = append(tokens, string(r))
		case unicode.IsSpace(r):
			flush()
		default:
			word.WriteRune(r)
		}
		i += size
	}
	flush()
	return tokens
}

// phraseParser is a recursive descent parser over phrase tokens that
// writes the regular expression as it goes.
type phraseParser struct {
	tokens []string
	pos    int
}

func (p *phraseParser) peek() string {
	if p.pos < len(p.tokens) {
		return p.tokens[p.pos]
	}
	return ""
}

// alternatives parses sequences separated by |.
func (p *phraseParser) alternatives() (riskPiece, error) {
	var alts []riskPiece
	for {
		seq, err := p.sequence()
		if err != nil {
			return riskPiece{}, err
		}
		alts = append(alts, seq)
		if p.peek() != "|" {
			break
		}
		p.pos++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return riskEither(alts), nil
}

// sequence parses elements up to the end of a group or an alternative.
func (p *phraseParser) sequence() (riskPiece, error) {
	var seq []riskPiece
	for {
		switch p.peek() {
		case "", "|", ")":
			return riskSequence(seq), nil
		}
		el, err := p.element()
		if err != nil {
			return riskPiece{}, err
		}
		seq = append(seq, el)
	}
}

// element parses an atom and the ? that may make it optional.
func (p *phraseParser) element() (riskPiece, error) {
	atom, err := p.atom()
	if err != nil {
		return riskPiece{}, err
	}
	if p.peek() == "?" {
		p.pos++
		return riskPiece{re: "(?:" + atom.re + ")?"}, nil
	}
	return atom, nil
}

// atom parses a group, a gap, the end of the sentence or a word.
func (p *phraseParser) atom() (riskPiece, error) {
	tok := p.peek()
	p.pos++
	switch tok {
	case "(":
		inner, err := p.alternatives()
		if err != nil {
			return riskPiece{}, err
		}
		if p.peek() != ")" {
			return riskPiece{}, errors.New("missing )")
		}
		p.pos++
		inner.re = "(?:" + inner.re + ")"
		return inner, nil
	case "?", "|", ")":
		return riskPiece{}, fmt.Errorf("unexpected %q", tok)
	case "...":
		return riskPiece{re: `(?: [^ ~]+){0,3}`}, nil
	case "^":
		return riskPiece{re: tok}, nil
	case "$":
		return riskPiece{re: trailers}, nil
	case "#":
		return riskPiece{re: ` [0-9]+`}, nil
	case "##":
		return riskPiece{re: ` [0-9]{2,}`}, nil
	}
	return wordPiece(tok)
}

// trailers is the end of a sentence, after any number of fillers
// that people add to the end of a thought: "i have a plan tbh" ends where
// "i have a plan" does. Laughter is not among them: "lol" may mean a joke.
var trailers = trailerPattern("honestly", "tbh", "tbf", "ngl", "fr",
	"for real", "seriously", "really", "i think", "i guess", "right now",
	"at this point", "to be honest", "anyway", "anymore",
	"ehrlich", "ehrlich gesagt", "echt", "wirklich", "ganz ehrlich",
	"de verdad", "en serio", "la verdad", "honestamente", "sinceramente",
	"franchement", "vraiment", "sérieux", "sérieusement", "honnêtement")

// trailerPattern is the regular expression for trailers.
func trailerPattern(ends ...string) string {
	var alts []string
	for _, f := range ends {
		words := strings.Fields(f)
		for j, w := range words {
			words[j], _ = phraseWord(w, true)
		}
		if a := strings.Join(strings.Fields(strings.Join(words, " ")), " "); a != "" {
			// A filler is left out of the text already.
			alts = append(alts, a)
		}
	}
	return "(?: (?:" + strings.Join(alts, "|") + "))*$"
}

// wordPiece compiles one phrase word, with its leading space.
func wordPiece(tok string) (riskPiece, error) {
	stem, prefix := strings.CutSuffix(tok, "*")
	parts := strings.Split(stem, "-")
	var spellings []string
	for i, part := range parts {
		if part == "" {
			return riskPiece{}, fmt.Errorf("bad word %q", tok)
		}
		// A stem is not a word: "suicid" must not be corrected to "suicide".
		re, spelt := phraseWord(part, !prefix || i < len(parts)-1)
		parts[i] = re
		if i == 0 {
			spellings = spelt
		}
	}
	if len(parts) == 1 && parts[0] == "" {
		// A word the text leaves out, such as the French "ne".
		return riskPiece{}, nil
	}
	re := " " + strings.Join(parts, " ?")
	if prefix {
		re += `[^ ~]*`
	}
	// Glued parts ("selfharm") start with the first part, not equal it.
	return riskPiece{re: re, anchors: wordAnchors(spellings, prefix || len(parts) > 1)}, nil
}

// umlauts are the letters whose two-letter spelling a phrase accepts.
var umlauts = map[rune][2]string{'ä': {"a", "ae"}, 'ö': {"o", "oe"}, 'ü': {"u", "ue"}}

// phraseWord normalises one phrase word as normalWord does the
// text, and returns it quoted for a regular expression along with every
// spelling it accepts. whole is false for a prefix, which is only folded
// and collapsed.
func phraseWord(word string, whole bool) (string, []string) {
	word = strings.ToLower(word)
	if !strings.ContainsAny(word, "äöü") {
		// Folding may split a word ("n'est" is "ne est") or leave nothing
		// of it ("ne").
		words := dropNe(strings.Fields(foldText(word)))
		for i, w := range words {
			w = collapse(w)
			if whole {
				w = normalWord(w)
			}
			words[i] = w
		}
		if whole {
			words = dropFillers(words)
		}
		w := strings.Join(words, " ")
		return regexp.QuoteMeta(w), []string{w}
	}
	// Fold and collapse letter by letter, keeping the umlauts apart.
	var b strings.Builder
	spellings := []string{""}
	prev := ""
	for _, r := range word {
		if u, ok := umlauts[r]; ok {
			b.WriteString("(?:" + u[0] + "|" + u[1] + ")")
			var more []string
			for _, s := range spellings {
				more = append(more, s+u[0], s+u[1])
			}
			spellings, prev = more, u[0]
			continue
		}
		for _, c := range strings.TrimSpace(foldText(string(r))) {
			if string(c) == prev {
				continue
			}
			b.WriteString(regexp.QuoteMeta(string(c)))
			for i := range spellings {
				spellings[i] += string(c)
			}
			prev = string(c)
		}
	}
	return b.String(), spellings
}
