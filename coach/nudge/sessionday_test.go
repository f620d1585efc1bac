package nudge

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// balanceWords name what asks for standing balance; a text that says one
// must be tagged Balance, so the days after a session never see it.
var balanceWords = regexp.MustCompile(`(?i)\bfold\b|lunge|stair|step-up|bike|\bride\b|downward dog|mountain pose`)

func TestLibrarySessionDayTags(t *testing.T) {
	for _, n := range Library() {
		text := Render(n, 0)
		if balanceWords.MatchString(text) && !n.Balance && !n.Seated {
			t.Errorf("%s asks for standing balance (%q) but is not tagged Balance", n.ID, balanceWords.FindString(text))
		}
		if n.Seated && n.Balance {
			t.Errorf("%s is tagged both Seated and Balance", n.ID)
		}
		water := n.Activity == ActivitySwim || strings.Contains(strings.ToLower(text), "pool")
		if water != n.Water {
			t.Errorf("%s: Water = %v, but its activity or text says %v", n.ID, n.Water, water)
		}
		if n.Water && !strings.Contains(text, "not alone") {
			t.Errorf("%s is in water without the \"not alone\" line: %q", n.ID, text)
		}
	}
	seated := count(Library(), func(n Nudge) bool {
		return n.Seated && n.Intensity == IntensityGentle && n.Minutes <= dayAfterMaxMinutes
	})
	if seated < 5 {
		t.Errorf("%d seated gentle ideas of at most %d minutes, want at least 5 to choose from", seated, dayAfterMaxMinutes)
	}
}

func TestChooseAfterSession(t *testing.T) {
	tests := []struct {
		name      string
		days      int
		seated    bool
		preferred []Activity
		want      func(Nudge) bool
		wantWhy   string
	}{
		{"DayAfterNoBalanceNoWater", 1, false, nil, func(n Nudge) bool { return !n.Balance && !n.Water }, "no balance, no water"},
		{"DayAfterSwimmerStillDry", 1, false, []Activity{ActivitySwim, ActivityCycling, ActivityYoga}, func(n Nudge) bool { return !n.Balance && !n.Water }, "no balance, no water"},
		{"SeatedOnly", 1, true, nil, func(n Nudge) bool { return n.Seated }, "seated or lying down"},
		{"SeatedOnlyWalker", 1, true, []Activity{ActivityWalk}, func(n Nudge) bool { return n.Seated }, "seated or lying down"},
		{"SeatedOnlyLaterDay", 4, true, []Activity{ActivityStrength, ActivityDance}, func(n Nudge) bool { return n.Seated }, "seated or lying down"},
		{"LaterDaySwimSaysNotAlone", 5, false, []Activity{ActivitySwim}, func(n Nudge) bool {
			return !n.Water || strings.Contains(Render(n, 0), "not alone")
		}, "a swim says not alone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, ability := range []Ability{AbilityLow, AbilityMedium, AbilityHigh} {
				for seed := range uint64(40) {
					in := testInput(t)
					in.DaysSinceSession, in.SeatedOnly, in.Preferred = tt.days, tt.seated, tt.preferred
					in.Ability, in.LastEnergy, in.Seed = ability, 5, seed
					n, ok := Choose(in)
					if !ok {
						t.Fatalf("%s seed %d: no nudge", ability, seed)
					}
					if !tt.want(n) {
						t.Fatalf("%s seed %d: %s (%q), want %s", ability, seed, n.ID, Render(n, n.Minutes), tt.wantWhy)
					}
				}
			}
		})
	}
}

func TestChooseSeatedOnlyKeepsExclusions(t *testing.T) {
	in := testInput(t)
	in.DaysSinceSession, in.SeatedOnly = 1, true
	in.Excluded = []Activity{ActivityBreathing, ActivityStretch, ActivityYoga}
	if n, ok := Choose(in); ok {
		t.Errorf("Choose = %s, want nothing: every seated idea is excluded, and a standing one is not the fallback", n.ID)
	}
}

func TestChooseSwimDaysAfterSession(t *testing.T) {
	for days := range 8 {
		t.Run(fmt.Sprint(days), func(t *testing.T) {
			in := testInput(t)
			in.DaysSinceSession, in.Ability, in.LastEnergy = days, AbilityHigh, 5
			in.Preferred = []Activity{ActivitySwim}
			in.Excluded = []Activity{ActivityWalk, ActivityStretch, ActivityYoga, ActivityStrength, ActivityCycling, ActivityDance, ActivityOutdoors, ActivityChores, ActivityBreathing}
			n, ok := Choose(in)
			if days <= 1 && ok {
				t.Fatalf("day %d after a session: %s, want no swim", days, n.ID)
			}
			if days > 1 && (!ok || !strings.Contains(Render(n, n.Minutes), "not alone")) {
				t.Fatalf("day %d: %s %v, want a swim that says not alone", days, n.ID, ok)
			}
		})
	}
}
