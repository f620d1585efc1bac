package risk

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// freshCase is one row of a fresh set, with the writer's label.
type freshCase struct {
	lang string
	want Level
	text string
}

// freshScore counts a fresh set by the targets of issue 12.
type freshScore struct {
	crisis, flagged, caught int // crisis rows; answered Crisis or Review; answered Crisis
	review, reviewed        int // review rows; answered at least Review
	none, falseCrisis, over int // ordinary rows; answered Crisis; answered Review
}

func (s *freshScore) add(want, got Level) {
	switch want {
	case Crisis:
		s.crisis++
		if got >= Review {
			s.flagged++
		}
		if got == Crisis {
			s.caught++
		}
	case Review:
		s.review++
		if got >= Review {
			s.reviewed++
		}
	default:
		s.none++
		switch got {
		case Crisis:
			s.falseCrisis++
		case Review:
			s.over++
		}
	}
}

func pct(n, of int) string {
	if of == 0 {
		return fmt.Sprintf("%d/0", n)
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", n, of, 100*float64(n)/float64(of))
}

func (s freshScore) String() string {
	return fmt.Sprintf("crisis: flagged %s, Crisis %s; review: flagged %s; none: Crisis %s, Review %s",
		pct(s.flagged, s.crisis), pct(s.caught, s.crisis), pct(s.reviewed, s.review),
		pct(s.falseCrisis, s.none), pct(s.over, s.none))
}

// scoreFresh screens every row once and scores it in all and by
// language; the rows answered otherwise than labelled are returned too.
func scoreFresh(rows []freshCase) (map[string]*freshScore, []string) {
	scores := map[string]*freshScore{"all": {}}
	var wrong []string
	for _, c := range rows {
		got := Assess(c.text)
		if scores[c.lang] == nil {
			scores[c.lang] = &freshScore{}
		}
		scores["all"].add(c.want, got)
		scores[c.lang].add(c.want, got)
		if got != c.want {
			wrong = append(wrong, fmt.Sprintf("%s %v want %v: %q", c.lang, got, c.want, c.text))
		}
	}
	return scores, wrong
}

// fresh1Limits hold the figures reached on the first fresh set, with a
// margin: at least this many crisis rows flagged and caught, review rows
// flagged; at most this many ordinary rows answered Crisis and Review.
// Reached: 64/64 crisis rows Crisis, 40/40 review rows at least Review,
// 0/56 ordinary rows Crisis, 7/56 Review. The seven are "my therapist
// asked if I have thoughts of suicide and I said no" in four languages and
// a film whose hero kills himself in three: the writer labelled them none,
// but the package's rules make a denial and someone else's death Review
// (cases_test.go holds both), so they stay Review.
var fresh1Limits = freshScore{flagged: 63, caught: 61, reviewed: 38, falseCrisis: 1, over: 8}

func TestAssessFresh1(t *testing.T) {
	scores, wrong := scoreFresh(fresh1Cases)
	for _, k := range []string{"all", "en", "es", "de", "fr"} {
		t.Logf("%-3s %v", k, scores[k])
	}
	got, want := scores["all"], fresh1Limits
	if got.flagged < want.flagged {
		t.Errorf("crisis rows flagged: %d, want at least %d", got.flagged, want.flagged)
	}
	if got.caught < want.caught {
		t.Errorf("crisis rows answered Crisis: %d, want at least %d", got.caught, want.caught)
	}
	if got.reviewed < want.reviewed {
		t.Errorf("review rows flagged: %d, want at least %d", got.reviewed, want.reviewed)
	}
	if got.falseCrisis > want.falseCrisis {
		t.Errorf("ordinary rows answered Crisis: %d, want at most %d", got.falseCrisis, want.falseCrisis)
	}
	if got.over > want.over {
		t.Errorf("ordinary rows answered Review: %d, want at most %d", got.over, want.over)
	}
	if testing.Verbose() || t.Failed() {
		slices.Sort(wrong)
		t.Logf("rows answered otherwise than labelled:\n%s", strings.Join(wrong, "\n"))
	}
}

// fresh2Limits hold what the screen reached on the second fresh set the one
// time it was run (see the package doc): a floor against going back, far
// below the targets.
var fresh2Limits = freshScore{flagged: 16, caught: 9, reviewed: 26, falseCrisis: 0, over: 5}

func TestAssessFresh2(t *testing.T) {
	scores, _ := scoreFresh(fresh2Cases)
	for _, k := range []string{"all", "en", "es", "de", "fr"} {
		t.Logf("%-3s %v", k, scores[k])
	}
	got, want := scores["all"], fresh2Limits
	if got.flagged < want.flagged || got.caught < want.caught || got.reviewed < want.reviewed {
		t.Errorf("second fresh set: %v; want at least %d flagged, %d Crisis, %d review rows flagged",
			got, want.flagged, want.caught, want.reviewed)
	}
	if got.falseCrisis > want.falseCrisis || got.over > want.over {
		t.Errorf("second fresh set: %v; want at most %d ordinary rows Crisis, %d Review", got, want.falseCrisis, want.over)
	}
}

var (
	freshSet   = flag.String("fresh-set", "", "screen a fresh set (lang<TAB>label<TAB>text lines) and print its figures")
	freshWrong = flag.Bool("fresh-wrong", false, "with -fresh-set, also print the rows answered otherwise than labelled")
)

// TestFreshSetFile measures a set kept outside the repository, so that
// it can be run once before anyone reads it: only the figures are
// printed, unless -fresh-wrong asks for the rows too.
func TestFreshSetFile(t *testing.T) {
	if *freshSet == "" {
		t.Skip("measures a fresh set only when -fresh-set names one")
	}
	var rows []freshCase
	for _, r := range readCorpus(t, *freshSet) {
		rows = append(rows, freshCase{want: r.want, text: r.text, lang: r.lang})
	}
	scores, wrong := scoreFresh(rows)
	for _, k := range []string{"all", "en", "es", "de", "fr"} {
		if scores[k] != nil {
			t.Logf("%-3s %v", k, scores[k])
		}
	}
	if *freshWrong {
		slices.Sort(wrong)
		t.Logf("rows answered otherwise than labelled:\n%s", strings.Join(wrong, "\n"))
	}
}
