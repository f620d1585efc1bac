package risk

import "slices"

// Typing slips in key words are corrected before phrases are matched:
// "suicdal" is "suicidal", "wnat" is "want".

// typoTargets are key words long and distinctive enough that any word
// one typing slip away from one of them (a letter missing, extra, wrong,
// or two swapped) is taken to mean it. Short words are left out: "die"
// and "dye" are both words; so are inflected words one letter from
// another form ("mourir" and "courir", "matarme" and "matarte", "tonight"
// and "tonights"). Real words one slip from a target stay as they are if
// they are in realWords. Targets are kept as collapse leaves them.
var typoTargets = collapseAll(
	"myself", "suicide", "suicides", "suicidal", "suicida", "suicidio",
	"suicidarme", "suicider", "suicidaire", "suizid", "suizidal",
	"selbstmord", "umbringen", "anymore", "unalive",
)

// swapTargets are key words too short for any slip: a missing or a
// wrong letter turns them into other words ("live" from "alive", "wan"
// from "want"), but two neighbours swapped ("wnat", "goign") almost never
// do. Misspellings of them that are not a swap are in misspellings.
var swapTargets = collapseAll(
	"want", "life", "alive", "going", "dead", "never", "wake", "wish",
	"pills", "dying", "living", "gone",
)

// realWords are real words one slip or swap away from a target, which
// stay as they are. Most are other forms of the same verb, and correcting
// them would change who does it or when: "suicidarse" (someone else) is
// not "suicidarme" (the writer), "suicidare" ("me suicidaré", will) is not
// "suicidarme", "unalived" (did) is not "unalive". Others mean something
// else: German "lief" (ran) and "umringen" (to surround), Spanish "edad"
// (age) and "plis" (please). Plurals and cases of a noun ("suizide",
// "selbstmorde") are left to be corrected: they change nothing a phrase
// tells apart. TestRealWords keeps every word here one slip away from
// a target, where it is needed.
var realWords = wordSetRaw(
	"lief", "edad", "plis", "umringen", "unalived", "unalives", "suicided",
	// Spanish suicidar: other persons, tenses and moods than "suicidarme".
	"suicidarse", "suicidarte", "suicidarle", "suicidare", "suicido",
	"suicidas", "suicidan", "suicidese",
	// French se suicider: other persons and tenses than "suicider".
	"suicidez", "suicidera", "suicidai", "suicidat",
)

// misspellings are common misspellings of short key words that are
// more than a swap away, and are not words themselves.
var misspellings = map[string]string{
	"lfe": "life", "lif": "life", "alve": "alive", "aliv": "alive",
	"wnt": "want", "wnated": "wanted",
}

const typoMinLen = 5

// correctTypo returns the typo target w is one slip away from, or w.
func correctTypo(w string) string {
	if fixed, ok := misspellings[w]; ok {
		return fixed
	}
	if t, ok := swapped(w); ok {
		return t
	}
	if len(w) < typoMinLen || realWords[w] || slices.Contains(typoTargets, w) {
		return w
	}
	for _, t := range typoTargets {
		if oneSlip(w, t) {
			return t
		}
	}
	return w
}

// swapped returns the swap target w is two swapped neighbours away
// from.
func swapped(w string) (string, bool) {
	if len(w) < 4 || realWords[w] {
		return "", false
	}
	for _, t := range swapTargets {
		if len(t) == len(w) && w != t && oneSwap(w, t) {
			return t, true
		}
	}
	return "", false
}

// oneSwap tells whether a and b, of the same length, differ only by
// two neighbouring letters swapped.
func oneSwap(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// collapseAll collapses each word as collapse does the text.
func collapseAll(words ...string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = collapse(w)
	}
	return out
}

// wordSetRaw is a set of words already in normal form; wordSet
// would normalise them with the typo correction that uses this set.
func wordSetRaw(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// oneSlip tells whether a and b differ by one inserted, deleted or
// replaced letter, or by two neighbours swapped.
func oneSlip(a, b string) bool {
	switch len(a) - len(b) {
	case 1:
		return oneDeletion(a, b)
	case -1:
		return oneDeletion(b, a)
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) || a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return false
}

// oneDeletion tells whether short is long with one letter removed.
func oneDeletion(long, short string) bool {
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return long[i+1:] == short[i:]
}
