package nudge

import (
	"fmt"
	"slices"
	"testing"
)

func TestChooseRestDays(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Input)
		wantOK bool
	}{
		{"OrdinaryDay", func(*Input) {}, true},
		{"SessionDay", func(in *Input) { in.DaysSinceSession = 0 }, false},
		{"SessionDayEvenWithEnergy", func(in *Input) {
			in.DaysSinceSession, in.LastEnergy, in.Ability, in.RegularMover = 0, 5, AbilityHigh, true
		}, false},
		{"MovedToday", func(in *Input) { in.MovedToday = true }, false},
		{"EverythingExcluded", func(in *Input) { in.Excluded = Activities() }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(50) {
				in := testInput(t)
				in.Seed = seed
				tt.change(&in)
				if n, ok := Choose(in); ok != tt.wantOK {
					t.Fatalf("seed %d: Choose = %s, %v; want ok %v", seed, n.ID, ok, tt.wantOK)
				}
			}
		})
	}
}

func TestChooseDayAfterIsLight(t *testing.T) {
	for _, ability := range []Ability{AbilityLow, AbilityMedium, AbilityHigh} {
		for _, target := range []int{0, 5, 10, 20, 45} {
			t.Run(fmt.Sprintf("%s/%d", ability, target), func(t *testing.T) {
				for seed := range uint64(200) {
					in := testInput(t)
					in.DaysSinceSession, in.Ability, in.TargetMinutes = 1, ability, target
					in.LastEnergy, in.RegularMover, in.Seed = 5, true, seed
					n, ok := Choose(in)
					if !ok {
						t.Fatalf("seed %d: no nudge on the day after", seed)
					}
					if n.Intensity != IntensityGentle || n.Minutes > 10 {
						t.Fatalf("seed %d: %s is %s for %d minutes, want gentle and at most 10", seed, n.ID, n.Intensity, n.Minutes)
					}
				}
			})
		}
	}
}

// allBut returns every activity except keep, as an exclusion list.
func allBut(keep ...Activity) []Activity {
	return slices.DeleteFunc(Activities(), func(a Activity) bool { return slices.Contains(keep, a) })
}

func TestChooseRespectsExclusion(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Input)
		wantOK bool
	}{
		{"Walk", func(in *Input) { in.Excluded = []Activity{ActivityWalk} }, true},
		{"SeveralAndPreferredToo", func(in *Input) {
			in.Excluded = []Activity{ActivityWalk, ActivityStretch, ActivityBreathing}
			in.Preferred = []Activity{ActivityWalk, ActivityStretch}
		}, true},
		{"StrengthOnAStrengthDay", func(in *Input) {
			in.Day = testMonday(t).AddDate(0, 0, 1) // a Tuesday
			in.RegularMover, in.Excluded, in.Preferred = true, []Activity{ActivityStrength}, []Activity{ActivityStrength}
		}, true},
		{"AllButSwim", func(in *Input) {
			in.Excluded, in.Ability, in.LastEnergy, in.TargetMinutes = allBut(ActivitySwim), AbilityHigh, 5, 20
		}, true},
		{"AllButSwimWhileFallingBack", func(in *Input) {
			in.Excluded, in.LastMood = allBut(ActivitySwim), 1
		}, false},
		{"AllButSwimOnTheDayAfter", func(in *Input) {
			in.Excluded, in.DaysSinceSession = allBut(ActivitySwim), 1
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(200) {
				in := testInput(t)
				in.Seed = seed
				tt.change(&in)
				n, ok := Choose(in)
				if ok != tt.wantOK {
					t.Fatalf("seed %d: ok = %v, want %v", seed, ok, tt.wantOK)
				}
				if ok && slices.Contains(in.Excluded, n.Activity) {
					t.Fatalf("seed %d: %s is excluded", seed, n.ID)
				}
			}
		})
	}
}

func TestChoosePrefersPreferred(t *testing.T) {
	walksUpTo12 := func(in *Input) {
		for i, n := range filter(library, func(n Nudge) bool { return n.Activity == ActivityWalk && n.Minutes <= 12 }) {
			in.Recent = append(in.Recent, Sent{ID: n.ID, Day: in.Day.AddDate(0, 0, -1-i%6)})
		}
	}
	tests := []struct {
		name   string
		change func(*Input)
		want   func(Nudge) bool
	}{
		{"Yoga", func(in *Input) { in.Preferred = []Activity{ActivityYoga} },
			func(n Nudge) bool { return n.Activity == ActivityYoga }},
		{"DanceOrSwim", func(in *Input) {
			in.Preferred, in.Ability, in.LastEnergy, in.TargetMinutes = []Activity{ActivityDance, ActivitySwim}, AbilityHigh, 5, 15
		}, func(n Nudge) bool { return n.Activity == ActivityDance || n.Activity == ActivitySwim }},
		{"WalkOnALowDay", func(in *Input) { in.Preferred, in.LastMood = []Activity{ActivityWalk}, 2 },
			func(n Nudge) bool { return n.Activity == ActivityWalk && n.Intensity == IntensityGentle }},
		// Not possible: no swim is gentle, so another gentle nudge is sent.
		{"SwimOnTheDayAfter", func(in *Input) { in.Preferred, in.DaysSinceSession = []Activity{ActivitySwim}, 1 },
			func(n Nudge) bool { return n.Activity != ActivitySwim && n.Intensity == IntensityGentle }},
		// A repeat is worse than another activity, so fresh text beats preference.
		{"WalkWhenEveryFittingWalkWasSent", func(in *Input) { in.Preferred = []Activity{ActivityWalk}; walksUpTo12(in) },
			func(n Nudge) bool { return n.Activity != ActivityWalk }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(100) {
				in := testInput(t)
				in.Seed = seed
				tt.change(&in)
				n, ok := Choose(in)
				if !ok || !tt.want(n) {
					t.Fatalf("seed %d: got %s (ok %v)", seed, n.ID, ok)
				}
			}
		})
	}
}

func TestChooseFallsBack(t *testing.T) {
	tests := []struct {
		name     string
		change   func(*Input)
		fallBack bool
	}{
		{"Mood2", func(in *Input) { in.LastMood = 2 }, true},
		{"Mood1", func(in *Input) { in.LastMood = 1 }, true},
		{"Energy2", func(in *Input) { in.LastEnergy = 2 }, true},
		{"TwoUnanswered", func(in *Input) { in.UnansweredInRow = 2 }, true},
		{"FiveUnanswered", func(in *Input) { in.UnansweredInRow = 5 }, true},
		{"Mood3", func(in *Input) { in.LastMood = 3 }, false},
		{"OneUnanswered", func(in *Input) { in.UnansweredInRow = 1 }, false},
		{"Unknown", func(in *Input) { in.LastMood, in.LastEnergy = 0, 0 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(100) {
				in := testInput(t)
				in.Ability, in.TargetMinutes, in.Seed = AbilityHigh, 30, seed
				tt.change(&in)
				n, ok := Choose(in)
				if !ok {
					t.Fatalf("seed %d: no nudge", seed)
				}
				fellBack := n.Intensity == IntensityGentle && n.Minutes <= 15
				if fellBack != tt.fallBack {
					t.Fatalf("seed %d: %s is %s for %d minutes; want fall-back %v", seed, n.ID, n.Intensity, n.Minutes, tt.fallBack)
				}
			}
		})
	}
}

func TestChooseMinutes(t *testing.T) {
	tests := []struct {
		name    string
		ability Ability
		target  int
		level   int // the minutes the chosen text is written for
		want    int // the minutes it is sent with
	}{
		{"StartsAtTen", AbilityMedium, 0, 10, 10},
		{"Five", AbilityLow, 5, 5, 5},
		{"Twenty", AbilityMedium, 20, 20, 20},
		{"TwelveFromATenMinuteText", AbilityMedium, 12, 10, 12},
		{"EighteenFromATwentyMinuteText", AbilityMedium, 18, 20, 18},
		{"FortyFive", AbilityHigh, 45, 45, 45},
		{"AboveTheCap", AbilityHigh, 90, 45, 45},
	}
	levels := map[string]int{}
	for _, n := range Library() {
		levels[n.ID] = n.Minutes
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(100) {
				in := testInput(t)
				in.Ability, in.TargetMinutes, in.LastEnergy, in.Seed = tt.ability, tt.target, 5, seed
				n, ok := Choose(in)
				if !ok || levels[n.ID] != tt.level || n.Minutes != tt.want {
					t.Fatalf("seed %d: %s for %d minutes (ok %v), want a %d-minute text for %d", seed, n.ID, n.Minutes, ok, tt.level, tt.want)
				}
				if tt.ability == AbilityLow && n.Intensity == IntensityModerate {
					t.Fatalf("seed %d: %s is moderate for low ability", seed, n.ID)
				}
			}
		})
	}
}

func TestChooseLowAbilityNeverModerate(t *testing.T) {
	for _, ability := range []Ability{AbilityLow, ""} {
		for seed := range uint64(200) {
			in := testInput(t)
			in.Ability, in.TargetMinutes, in.LastEnergy, in.RegularMover, in.Seed = ability, 30, 5, true, seed
			in.Day = testMonday(t).AddDate(0, 0, int(seed%7))
			if n, ok := Choose(in); !ok || n.Intensity == IntensityModerate {
				t.Fatalf("ability %q, seed %d: %s (%s, ok %v)", ability, seed, n.ID, n.Intensity, ok)
			}
		}
	}
}

func TestChooseRelaxesToLeastRecentlyUsed(t *testing.T) {
	// Only breathing is allowed, and its three texts that fit ten minutes were
	// all sent this week: the oldest one comes back.
	tests := []struct {
		name   string
		recent map[string]int // ID: days ago
		want   string
	}{
		{"BoxOldest", map[string]int{"breathing-10-belly": 1, "breathing-05-sigh": 2, "breathing-05-box": 5}, "breathing-05-box"},
		{"BellyOldest", map[string]int{"breathing-05-box": 1, "breathing-05-sigh": 3, "breathing-10-belly": 6}, "breathing-10-belly"},
		{"OneFresh", map[string]int{"breathing-05-box": 6, "breathing-10-belly": 1, "breathing-05-sigh": 7}, "breathing-05-sigh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(50) {
				in := testInput(t)
				in.Excluded, in.LastEnergy, in.Seed = allBut(ActivityBreathing), 0, seed
				for id, ago := range tt.recent {
					in.Recent = append(in.Recent, Sent{ID: id, Day: in.Day.AddDate(0, 0, -ago)})
				}
				if n, ok := Choose(in); !ok || n.ID != tt.want {
					t.Fatalf("seed %d: got %s (ok %v), want %s", seed, n.ID, ok, tt.want)
				}
			}
		})
	}
}
