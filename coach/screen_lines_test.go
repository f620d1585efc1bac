package coach_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// A wish held back on one line and a time on the next is the wish with a
// time, as on one line: the crisis reply, not the safety question. Its
// twins stay where they were: a denial on the next line, a time alone, and
// the same lines as the answer to a question already waiting.
func TestWishAndTimeOnSeparateLines(t *testing.T) {
	w := newWorld(t, monday9am)
	const question = "[I'm safe]"
	tests := []struct {
		name    string
		waiting bool // a safety question already waits (typed answers)
		text    string
		want    string
		unwant  string
	}{
		{"a wish, then a time", false, "honestly they'd be better off without me.\ntonight", crisisLines, question},
		{"without a full stop", false, "honestly they'd be better off without me\r\ntonight", crisisLines, question},
		{"a passive wish, then the weekend", false, "wouldn't mind if i didn't wake up\n\nthis weekend", crisisLines, question},
		{"as the answer to the question waiting", true, "honestly they'd be better off without me.\ntonight", crisisLines, "(1 of 4)"},
		{"a denial on the next line", false, "they'd be better off without me\nnot gonna do anything tonight though", question, crisisLines},
		{"the past on the first line", false, "I used to self-harm.\nGoing to the gym tonight", question, crisisLines},
		{"a time alone", false, "tonight", "", question},
		// A thought in the past or denied, then a sentence with a time: on
		// two lines and on one, no crisis reply.
		{"a thought no longer held, then tonight", false, "I used to think everyone would be better off without me\ntonight feels different, lighter", question, crisisLines},
		{"the same on one line", false, "I used to think everyone would be better off without me tonight feels different, lighter", question, crisisLines},
		{"a thought denied, then tonight", false, "I don't feel like they'd be better off without me anymore\ntonight I'm seeing friends", question, crisisLines},
		{"the same denied on one line", false, "I don't feel like they'd be better off without me anymore tonight I'm seeing friends", question, crisisLines},
		{"a wish now, then a time with a stop", false, "they'd be better off without me.\ntonight.", crisisLines, question},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := strconv.Itoa(9500 + i)
			w.onboard(id, "Sam")
			if tt.waiting {
				w.as(id, "Sam", coach.Event{Text: worrying})
			}
			got := w.as(id, "Sam", coach.Event{Text: tt.text})
			if !strings.Contains(got, tt.want) || tt.unwant != "" && strings.Contains(got, tt.unwant) {
				t.Errorf("reply to %q = %q, want %q and no %q", tt.text, got, tt.want, tt.unwant)
			}
		})
	}
}
