package risk

import (
	"cmp"
	"testing"
)

// findBefore is find as it was before each text was split and screened
// once (branch s22-cost): the text split again for the wish and for
// someone else's danger, the wish read by screening each sentence again,
// and every text aboutOther makes screened afresh (levels nil). It is the
// oracle TestFindAsBefore compares find with.
func findBefore(s *screen, text string) Finding {
	f := s.screen(text, true)
	f.Wish = f.Level == Review && wishBefore(s, text)
	if ls := lines(text); len(ls) > 0 {
		if other, langs := s.aboutOther(ls); other {
			f.AboutOther = true
			f.Lang = cmp.Or(langs.pick(looksLikeText(text)), f.Lang, "en")
		}
	}
	return f
}

// wishBefore is the wish as it was read before: the text split again, and
// each sentence screened again.
func wishBefore(s *screen, text string) bool {
	for _, line := range lines(text) {
		for _, sentence := range line {
			if level, _, _ := s.assessHeld(sentence); level == Review && s.wishIn(sentence) {
				return true
			}
		}
	}
	return false
}

// findOnceTexts are the golden texts, the held-out set's both halves,
// and each of them after the one before it, on the next line or (every
// other one) in the next sentence, so that sentences of one text's kind
// meet another's (a wish beside someone else's words).
func findOnceTexts(t *testing.T) []string {
	texts := goldenTexts(t)
	for _, c := range heldOutCases {
		texts = append(texts, c.text)
	}
	n := len(texts)
	for i := 1; i < n; i++ {
		join := "\n"
		if i%2 == 1 {
			join = ". "
		}
		texts = append(texts, texts[i-1]+join+texts[i])
	}
	return texts
}

// TestFindAsBefore: screening each text once finds, for every text, what
// screening it again for the wish and someone else's danger found: level,
// language, someone else's danger and the wish.
func TestFindAsBefore(t *testing.T) {
	if testing.Short() {
		t.Skip("screens the corpus three times over")
	}
	s := screening()
	differ := 0
	var other, wish int
	for i, text := range findOnceTexts(t) {
		if i%raceStride != 0 {
			continue
		}
		got, want := s.find(text), findBefore(s, text)
		if got != want {
			differ++
			if differ <= 10 {
				t.Errorf("find(%q) = %+v, before %+v", text, got, want)
			}
		}
		if want.AboutOther {
			other++
		}
		if want.Wish {
			wish++
		}
	}
	if differ > 0 {
		t.Errorf("%d texts found otherwise", differ)
	}
	// The comparison must cover both: texts about someone else's danger
	// and wishes.
	if least := 50 / raceStride; other < least || wish < least {
		t.Errorf("only %d texts about someone else's danger and %d wishes compared", other, wish)
	}
	t.Logf("%d texts about someone else's danger and %d wishes compared", other, wish)
}
