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
// across the break as within a line. Pairs of lines, not the whole text:
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
		if pair := risk.Screen(asSentences(lines[i-1], lines[i])); urgency(pair) > urgency(found) {
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
	if !strings.ContainsAny(first[len(first)-1:], ".!?;") {
		first += "."
	}
	return first + " " + next
}
