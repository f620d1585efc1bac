package coach

import (
	"strings"

	"github.com/aftercare/aftercare/coach/risk"
)

// screenText screens a person's text as risk.Screen does, and a text at
// Review once more with each of its lines read together with the next, as
// the next sentence of one line. The screen reads nothing across a line
// break (risk's doc; FuzzAssess holds Assess to it), so two lines are
// never more than the worse of them. But chat breaks lines where prose
// ends a sentence: a wish held back on one line and a time on the next
// ("they'd be better off without me.\ntonight") is the wish with a time,
// Crisis, as it is on one line. Only Review is read again, and the reading
// can only raise it: a text at None stays None (the time line alone says
// nothing), and denials, hypotheticals and the past keep their Review
// across the break as within a line. A pair is read so only when the next
// line is a bare time or a fragment, or is a worry itself, and never when
// the first line is a thought in the past or denied ("I used to think
// everyone would be better off without me" then "tonight feels different,
// lighter"): the next line is then a new sentence of its own, not the
// first one's time (joinsAsSentence). Pairs of lines, not the whole text:
// a long note's unrelated lines are not read as one sentence. A safety
// plan's steps are lists of hard moments by design and are not read so
// (screenPlanStep).
func screenText(text string) risk.Finding {
	found := risk.Screen(text)
	if found.Level != risk.Review || found.AboutOther {
		return found
	}
	lines := textLines(text)
	for i := 1; i < len(lines); i++ {
		if !joinsAsSentence(lines[i-1], lines[i]) {
			continue
		}
		// A pair read as someone else's danger is no reason to give the
		// writer the helper's reply for their own words.
		if pair := risk.Screen(asSentences(lines[i-1], lines[i])); !pair.AboutOther && urgency(pair) > urgency(found) {
			found = pair
		}
	}
	return found
}

// textLines are the lines of text that hold anything.
func textLines(text string) []string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// asSentences writes two lines as two sentences of one line: a full stop
// after the first unless it already ends a sentence.
func asSentences(first, next string) string {
	if first == "" || !strings.ContainsAny(first[len(first)-1:], ".!?;") {
		first += "."
	}
	return first + " " + next
}

// fragmentWords is the most words a line may have to be read as the end
// of the sentence before it ("tonight", "this weekend", "at 3am"); a
// longer one is a sentence of its own ("tonight I'm seeing friends").
const fragmentWords = 3

// heldNowTimes are a bare time in each language of the crisis texts: a
// first line that one of them after it makes Crisis holds its wish now,
// as the screen reads it; one it leaves at Review is a thought in the
// past or denied, or no wish a time could make urgent.
var heldNowTimes = []string{"tonight", "esta noche", "heute Nacht", "ce soir"}

// joinsAsSentence tells whether next may be read as the sentence after
// first: next is a fragment or a worry itself, and first a wish held now.
func joinsAsSentence(first, next string) bool {
	if len(strings.Fields(next)) > fragmentWords && risk.Screen(next).Level == risk.None {
		return false
	}
	for _, when := range heldNowTimes {
		if risk.Screen(asSentences(first, when)).Level == risk.Crisis {
			return true
		}
	}
	return false
}
