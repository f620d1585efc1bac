package risk

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

func TestAssess(t *testing.T) {
	for _, c := range cases {
		if got := Assess(c.text); got != c.want {
			t.Errorf("Assess(%q) = %v, want %v (normalised: %q)", c.text, got, c.want, sentences(c.text))
		}
	}
}

func TestAssessCaseCounts(t *testing.T) {
	count := map[Level]int{}
	for _, c := range cases {
		count[c.want]++
	}
	for level, least := range map[Level]int{Crisis: 50, Review: 25, None: 45} {
		if count[level] < least {
			t.Errorf("%d %v cases, want at least %d", count[level], level, least)
		}
	}
}

func TestAssessLongText(t *testing.T) {
	long := benchText()
	if got := Assess(long); got != None {
		t.Fatalf("Assess(benign long text) = %v, want none", got)
	}
	if got := Assess(long + " Anyway. I want to die."); got != Crisis {
		t.Errorf("Assess(long text ending in crisis) = %v, want crisis", got)
	}
	if got := Assess("I want to die. " + long); got != Crisis {
		t.Errorf("Assess(long text starting with crisis) = %v, want crisis", got)
	}
}

func TestAssessSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Level
	}{
		// A marker of the past in one sentence says nothing of the next.
		{"PastInOtherSentence", "Last year was hard. I want to kill myself.", Crisis},
		{"PastInSameSentence", "Last year I wanted to kill myself.", Review},
		// The highest level of any sentence wins.
		{"ReviewThenCrisis", "What's the point. Goodbye everyone.", Crisis},
		{"NoneThenReview", "Walked 20 minutes! I'm not suicidal, just tired.", Review},
		// An ellipsis does not end a sentence; a full stop does.
		{"Ellipsis", "I just... want... to die", Crisis},
		{"FullStop", "I want to. Die Hard is on tonight", None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Assess(tt.text); got != tt.want {
				t.Errorf("Assess(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestLevelString(t *testing.T) {
	for r, want := range map[Level]string{None: "none", Review: "review", Crisis: "crisis", Level(7): "Level(7)"} {
		if got := r.String(); got != want {
			t.Errorf("Level(%d).String() = %q, want %q", int(r), got, want)
		}
	}
}

func TestSentencesNormalise(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Don't   WANNA... die!!", []string{" do not want to die"}},
		{"I’m killlling my self", []string{" i am kiling my self"}},
		{"suicde, myslef, dye", []string{" suicide myself dye"}},
		{"Ich MÖCHTE nicht mehr leben. Schluß", []string{" ich mochte nicht mehr leben", " schlus"}},
		{"J'ai envie d'en finir", []string{" jai envie den finir"}},
		{"no quiero vivir más", []string{" no quiero vivir mas"}},
		{"cafe\u0301 Ñandú", []string{" cafe nandu"}},
		{"ran 5.5 kms. Then slept", []string{" ran 5 5 kms", " then slept"}},
		{"  \n!?  ", nil},
	}
	for _, tt := range tests {
		got := sentences(tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestPhraseSyntax(t *testing.T) {
	words := map[string]string{"self": "(myself|my self)"}
	tests := []struct {
		phrase  string
		matches []string
		misses  []string
	}{
		{"kill {self}", []string{"kill myself", "I killll my self now"}, []string{"skilled myself", "kill me"}},
		{"suicid*", []string{"suicide", "Suicidal"}, []string{"nonsuicidal"}},
		{"self-harm*", []string{"self harm", "self-harming", "selfharm"}, []string{"self"}},
		{"don't want to? die", []string{"dont want die", "I do not want to die"}, []string{"want to die"}},
		{"möchte sterben", []string{"möchte sterben", "mochte sterben", "moechte sterben"}, []string{"mchte sterben"}},
		{"want ... die", []string{"want die", "want to just die"}, []string{"want to go and then die"}},
		{"took ## pills", []string{"took 30 pills", "took 11 pills"}, []string{"took 2 pills", "took 1 pill"}},
		{"i have a plan $", []string{"I have a plan."}, []string{"I have a plan for today"}},
		{"^ suicidal $", []string{"suicidal"}, []string{"not suicidal"}},
	}
	for _, tt := range tests {
		piece, err := compilePhrase(tt.phrase, words)
		if err != nil {
			t.Errorf("compilePhrase(%q): %v", tt.phrase, err)
			continue
		}
		re := regexp.MustCompile(piece.re)
		for _, s := range tt.matches {
			if !re.MatchString(sentences(s)[0]) {
				t.Errorf("%q (%s) does not match %q", tt.phrase, piece.re, s)
			}
		}
		for _, s := range tt.misses {
			if re.MatchString(sentences(s)[0]) {
				t.Errorf("%q (%s) matches %q", tt.phrase, piece.re, s)
			}
		}
	}
}

func TestPhraseSyntaxErrors(t *testing.T) {
	// A phrase that needs no particular word would match every text.
	for _, phrase := range []string{"(a b", "a b)", "a ??", "{nope} die", "", "(|)", "a-", "(die)?", "...", "(a|b?)"} {
		set := phraseSet{crisis: []string{phrase}}
		crisis := func(p phraseSet) []string { return p.crisis }
		if _, err := compilePhrases([]phraseSet{set}, crisis); err == nil {
			t.Errorf("phrase %q compiled, want an error", phrase)
		}
	}
}

// benchText is 2,000 characters of an ordinary check-in note, without
// crisis language, so that every sentence is screened in full.
func benchText() string {
	note := "Walked 25 minutes after lunch and stretched for ten. Mood is a 3, energy a bit low, " +
		"slept badly because of the heat. I'm dying to try the yoga class on Thursday; my legs " +
		"are dead after yesterday's hill, which nearly killed me. Took my meds on time! Talked with " +
		"my sister about the session; she thinks I'm killing it. "
	var b strings.Builder
	for b.Len() < 2000 {
		b.WriteString(note)
	}
	return b.String()[:2000]
}

func BenchmarkAssess(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		screenAfresh(text)
	}
}

// screenAfresh is what Assess and Screen cost for a text they have not
// screened a moment ago: the same text again would be answered from
// memory (memo.go), and a benchmark of that would measure a hash.
func screenAfresh(text string) Finding {
	recentKey(text)
	return screening().screen(text, true)
}

// BenchmarkAssessLength screens ordinary notes of 4,000 and 40,000
// characters, with and without punctuation: issue 17 asks the cost to be
// linear in the length (compare the ns/op of the two sizes in one run).
// cpu-ns/op is the process's CPU time per op, the collector's included:
// on a machine shared with other work it varies less than ns/op.
func BenchmarkAssessLength(b *testing.B) { benchLengths(b, screenAfresh) }

// benchLengths runs screen on notes of 4,000 and 40,000 characters that
// name another person, with and without punctuation, and reports the
// process's CPU time per op beside ns/op.
func benchLengths[F any](b *testing.B, screen func(string) F) {
	Prepare()
	for _, size := range []int{4_000, 40_000} {
		for _, punct := range []bool{true, false} {
			text := strings.Repeat(benchText(), size/2000)
			if !punct {
				text = strings.Map(func(r rune) rune {
					if strings.ContainsRune(".,;!?'", r) {
						return ' '
					}
					return r
				}, text)
			}
			b.Run(fmt.Sprintf("chars=%d/punctuation=%v", size, punct), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				cpu := cpuTime()
				for b.Loop() {
					screen(text)
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}
