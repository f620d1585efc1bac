package activity

import (
	"regexp"
	"strings"
	"testing"
)

func TestLibraryShape(t *testing.T) {
	lib := Library()
	if len(lib) < 30 {
		t.Errorf("library has %d activities, want at least 30", len(lib))
	}
	ids, texts := map[string]bool{}, map[string]bool{}
	kinds := map[Kind]int{}
	for _, a := range lib {
		if ids[a.ID] || texts[a.Text] {
			t.Errorf("%s: duplicate ID or text", a.ID)
		}
		ids[a.ID], texts[a.Text] = true, true
		kinds[a.Kind]++
		if !strings.HasPrefix(a.ID, "do-") {
			t.Errorf("%s: IDs start with do-, apart from every movement nudge's", a.ID)
		}
		if len(a.Values) == 0 {
			t.Errorf("%s: serves no value", a.ID)
		}
		for _, v := range a.Values {
			if !Known(v) {
				t.Errorf("%s: unknown value %q", a.ID, v)
			}
		}
		if n := len([]rune(a.Text)); n < 30 || n > 160 {
			t.Errorf("%s: text is %d characters, want short and concrete (30-160)", a.ID, n)
		}
		if a.Seated && a.Outdoor {
			t.Errorf("%s: seated and outdoor at once", a.ID)
		}
	}
	for _, k := range []Kind{KindPleasant, KindSocial, KindMastery} {
		if kinds[k] < 5 {
			t.Errorf("kind %s has %d activities, want at least 5", k, kinds[k])
		}
	}
}

func TestEveryValueServedByAtLeastThree(t *testing.T) {
	for _, v := range Values() {
		n, seated := 0, 0
		for _, a := range Library() {
			if a.Serves(v) {
				n++
				if a.Seated {
					seated++
				}
			}
		}
		if n < 3 {
			t.Errorf("%s is served by %d activities, want at least 3", v, n)
		}
		if seated == 0 {
			t.Errorf("%s has nothing for a seated-only day", v)
		}
		if Label(v) == string(v) && Phrase(v) == string(v) {
			t.Errorf("%s has no label or phrase", v)
		}
	}
}

// shaming and pressing words: an activity is an invitation, never a demand.
var pressing = regexp.MustCompile(`(?i)\b(should|must|have to|need to|lazy|failed?|failure|no excuses?|push yourself|don't skip|streak|you forgot)\b|!`)

func TestNoShamingWords(t *testing.T) {
	texts := []string{}
	for _, a := range Library() {
		texts = append(texts, a.Text)
	}
	for seed := range uint64(8) {
		texts = append(texts, DoneAck(seed))
	}
	for _, text := range texts {
		if w := pressing.FindString(text); w != "" {
			t.Errorf("%q says %q", text, w)
		}
		if strings.Contains(strings.ToLower(text), "minutes moved") || strings.Contains(strings.ToLower(text), "exercise") {
			t.Errorf("%q speaks of exercise; a valued activity is not movement", text)
		}
	}
}

func TestOffered(t *testing.T) {
	for _, tc := range []struct {
		days      int
		hasValues bool
		want      bool
	}{
		{-1, true, false}, // no session known
		{0, true, false},  // the session day is for rest
		{1, true, false},  // the day after: movement, gently
		{2, true, true},
		{3, true, false},
		{4, true, true},
		{6, true, true},
		{13, true, false},
		{2, false, false}, // no values named: movement every day
	} {
		if got := Offered(tc.days, tc.hasValues); got != tc.want {
			t.Errorf("Offered(%d, %v) = %v, want %v", tc.days, tc.hasValues, got, tc.want)
		}
	}
}

func TestChoose(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   Input
		ok   bool
		want func(Activity) bool
	}{
		{"no values", Input{}, false, nil},
		{"serves a named value", Input{Values: []Value{ValueNature}, Seed: 3}, true,
			func(a Activity) bool { return a.Serves(ValueNature) }},
		{"seated only", Input{Values: []Value{ValueNature}, SeatedOnly: true, Seed: 9}, true,
			func(a Activity) bool { return a.Seated && a.Serves(ValueNature) }},
		{"serves both when one does", Input{Values: []Value{ValueSelfCare, ValueAchievement, ValueCreativity}}, true,
			func(a Activity) bool { return a.ID == "do-cook-simple" }},
		{"fresh before repeated", Input{Values: []Value{ValueSelfCare, ValueAchievement, ValueCreativity}, Recent: []string{"do-cook-simple"}}, true,
			func(a Activity) bool { return a.ID != "do-cook-simple" }},
		{"unknown value", Input{Values: []Value{"golf"}}, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := Choose(tc.in)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if ok && !tc.want(a) {
				t.Errorf("chose %s", a.ID)
			}
			again, _ := Choose(tc.in)
			if again.ID != a.ID {
				t.Errorf("equal inputs chose %s, then %s", a.ID, again.ID)
			}
		})
	}
}

func TestChooseRepeatsOnlyWhenAllWereSent(t *testing.T) {
	var recent []string
	for _, a := range Library() {
		if a.Serves(ValueLearning) {
			recent = append(recent, a.ID)
		}
	}
	a, ok := Choose(Input{Values: []Value{ValueLearning}, Recent: recent})
	if !ok || !a.Serves(ValueLearning) {
		t.Errorf("all sent: got %s, %v; want a repeat rather than nothing", a.ID, ok)
	}
}

func TestByID(t *testing.T) {
	if a, ok := ByID("do-tidy-drawer"); !ok || !a.Serves(ValueAchievement) {
		t.Errorf("ByID(do-tidy-drawer) = %+v, %v", a, ok)
	}
	if _, ok := ByID("walk-05-door"); ok {
		t.Error("a movement nudge's ID found among activities")
	}
}
