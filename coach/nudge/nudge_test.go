package nudge

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // America/New_York, for the DST crossing in the simulations
)

// bannedWords may not appear in anything the nudges say, not even inside
// another word: "shoulder" would slip a "should" past a reader skimming.
var bannedWords = []string{
	"should", "must", "streak", "lazy", "fail", "calorie", "weight", "don't break", "guilt", "in a row",
}

func checkWording(t *testing.T, where, text string) {
	t.Helper()
	if strings.TrimSpace(text) == "" {
		t.Errorf("%s: empty text", where)
	}
	lower := strings.ToLower(text)
	for _, w := range bannedWords {
		if strings.Contains(lower, w) {
			t.Errorf("%s: %q contains %q", where, text, w)
		}
	}
	if strings.Contains(text, "!") {
		t.Errorf("%s: %q uses an exclamation mark", where, text)
	}
}

// testMonday is a Monday whose three weeks cross the US switch to
// daylight saving time (8 March 2026).
func testMonday(t *testing.T) time.Time {
	t.Helper()
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	d := time.Date(2026, time.March, 2, 0, 0, 0, 0, ny)
	if d.Weekday() != time.Monday {
		t.Fatalf("%v is a %v", d, d.Weekday())
	}
	return d
}

// testInput is an ordinary day: a few days after the session, fine mood,
// medium ability, the starting target.
func testInput(t *testing.T) Input {
	return Input{
		Day:              testMonday(t).AddDate(0, 0, 3),
		Ability:          AbilityMedium,
		TargetMinutes:    StartTarget,
		LastMood:         4,
		LastEnergy:       4,
		DaysSinceSession: 3,
		Seed:             1,
	}
}

func TestLibrary(t *testing.T) {
	lib := Library()
	if len(lib) < 44 {
		t.Fatalf("library has %d nudges, want at least 44", len(lib))
	}

	t.Run("UniqueStableIDs", func(t *testing.T) {
		// IDs name activity and minutes, so a retagged nudge shows up here.
		shape := regexp.MustCompile(`^([a-z]+)-(\d{2})-[a-z]+(-[a-z]+)*$`)
		seen := map[string]bool{}
		for _, n := range lib {
			if seen[n.ID] {
				t.Errorf("duplicate ID %q", n.ID)
			}
			seen[n.ID] = true
			m := shape.FindStringSubmatch(n.ID)
			if m == nil {
				t.Errorf("ID %q is not activity-MM-name", n.ID)
				continue
			}
			if minutes, _ := strconv.Atoi(m[2]); Activity(m[1]) != n.Activity || minutes != n.Minutes {
				t.Errorf("ID %q disagrees with its tags %s/%d", n.ID, n.Activity, n.Minutes)
			}
		}
	})

	t.Run("Tags", func(t *testing.T) {
		for _, n := range lib {
			if !slices.Contains(Activities(), n.Activity) {
				t.Errorf("%s: unknown activity %q", n.ID, n.Activity)
			}
			if n.Intensity.level() > IntensityModerate.level() {
				t.Errorf("%s: unknown intensity %q", n.ID, n.Intensity)
			}
			if n.Minutes < MinTarget || n.Minutes > MaxTarget {
				t.Errorf("%s: %d minutes, outside %d-%d", n.ID, n.Minutes, MinTarget, MaxTarget)
			}
			if n.MinEnergy < 1 || n.MinEnergy > n.MaxEnergy || n.MaxEnergy > 5 {
				t.Errorf("%s: energy range %d-%d", n.ID, n.MinEnergy, n.MaxEnergy)
			}
		}
	})

	t.Run("Strength", func(t *testing.T) {
		if got := count(lib, func(n Nudge) bool { return n.Activity == ActivityStrength }); got < 6 {
			t.Errorf("%d strength nudges, want at least 6", got)
		}
	})

	t.Run("EveryActivityCanGrow", func(t *testing.T) {
		for _, a := range Activities() {
			levels := map[int]bool{}
			for _, n := range lib {
				if n.Activity == a {
					levels[n.Minutes] = true
				}
			}
			if len(levels) < 2 {
				t.Errorf("%s has %d minute levels, want at least 2", a, len(levels))
			}
		}
	})

	t.Run("Wording", func(t *testing.T) {
		for _, n := range lib {
			text := Render(n, 0)
			checkWording(t, n.ID, text)
			if !strings.Contains(n.Text, "{min}") {
				t.Errorf("%s: no {min}, so its minutes cannot follow the target", n.ID)
			}
			if strings.ContainsAny(text, "{}") {
				t.Errorf("%s: placeholder left in %q", n.ID, text)
			}
		}
		notToday := count(lib, func(n Nudge) bool { return strings.Contains(strings.ToLower(n.Text), "not today") })
		if notToday < 3 {
			t.Errorf("%d texts say not today is fine, want at least 3", notToday)
		}
	})

	t.Run("DayAfterHasChoice", func(t *testing.T) {
		light := count(lib, func(n Nudge) bool {
			return n.Intensity == IntensityGentle && n.Minutes <= dayAfterMaxMinutes
		})
		if light < 7 {
			t.Errorf("%d gentle nudges of at most %d minutes, want a week's worth", light, dayAfterMaxMinutes)
		}
	})

	t.Run("Copy", func(t *testing.T) {
		mine := Library()
		mine[0].Text, mine[0].ID = "changed", "changed"
		if again := Library(); again[0].ID == "changed" || again[0].Text == "changed" {
			t.Error("Library hands out the library itself")
		}
	})
}

func count(lib []Nudge, match func(Nudge) bool) int {
	return len(filter(lib, match))
}

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

// simDay is one simulated day: what was chosen, if anything.
type simDay struct {
	day    time.Time
	target int
	nudge  Nudge
	ok     bool
}

// simulate runs days of a plan whose session is on start, a Monday for
// the week arithmetic, as the bot would: it keeps the history, counts the
// week's strength days, and moves the target on each Monday, assuming every
// nudge sent was done.
func simulate(base Input, start time.Time, days int) []simDay {
	var (
		hist         history
		sim          []simDay
		weekDone     []int
		strengthDays int
		target       = base.TargetMinutes
	)
	for i := range days {
		day := start.AddDate(0, 0, i)
		if day.Weekday() == time.Monday && i > 0 {
			target = NextTarget(target, weekDone, len(weekDone), len(weekDone))
			weekDone, strengthDays = nil, 0
		}
		in := base
		in.Day, in.DaysSinceSession, in.TargetMinutes = day, i, target
		in.Recent, in.StrengthDaysThisWeek = hist.Recent(day), strengthDays
		n, ok := Choose(in)
		sim = append(sim, simDay{day, target, n, ok})
		if !ok {
			continue
		}
		hist.Record(Sent{ID: n.ID, Day: day})
		weekDone = append(weekDone, n.Minutes)
		if n.Activity == ActivityStrength {
			strengthDays++
		}
	}
	return sim
}

func TestChooseNoRepeatWithinSevenDays(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Input)
	}{
		{"Defaults", func(*Input) {}},
		{"PrefersWalking", func(in *Input) { in.Preferred = []Activity{ActivityWalk} }},
		{"RegularMover", func(in *Input) { in.RegularMover, in.Ability = true, AbilityHigh }},
		{"QuietActivitiesOnly", func(in *Input) {
			in.Excluded = allBut(ActivityStretch, ActivityYoga, ActivityBreathing)
		}},
		{"LowDays", func(in *Input) { in.LastMood = 2 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := testInput(t)
			in.Seed = 42
			tt.change(&in)
			sim := simulate(in, testMonday(t), 21)
			for i, d := range sim {
				if d.ok == (i == 0) {
					t.Fatalf("day %d (%s): ok = %v", i, d.day.Format(time.DateOnly), d.ok)
				}
				for j := i + 1; j < min(i+RepeatWindowDays, len(sim)); j++ {
					if d.ok && sim[j].ok && d.nudge.ID == sim[j].nudge.ID {
						t.Errorf("%s sent on days %d and %d", d.nudge.ID, i, j)
					}
				}
			}
		})
	}
}

func TestChooseGrowsWithTheTarget(t *testing.T) {
	// Six weeks in which every nudge is done: the target climbs each week and
	// the nudges climb with it, even between the library's 5-minute levels.
	in := testInput(t)
	in.Seed = 3
	sim := simulate(in, testMonday(t), 42)
	atTarget := map[int]int{}
	sent := map[int]int{}
	for i, d := range sim {
		week := i / 7
		if i > 0 && d.target < sim[i-1].target {
			t.Fatalf("day %d: target fell from %d to %d", i, sim[i-1].target, d.target)
		}
		if d.ok {
			sent[week]++
			if d.nudge.Minutes >= d.target {
				atTarget[week]++
			}
		}
	}
	if first, last := sim[7].target, sim[41].target; last < first+first/2 {
		t.Errorf("target went from %d to %d in five weeks of done nudges", first, last)
	}
	for week := 1; week < 6; week++ {
		if 2*atTarget[week] < sent[week] {
			t.Errorf("week %d (target %d): %d of %d nudges at the target", week, sim[7*week].target, atTarget[week], sent[week])
		}
	}
}

func TestChooseStrengthTwiceAWeek(t *testing.T) {
	tests := []struct {
		name      string
		sessionOn int // days after the first Monday
		excluded  []Activity
		atLeast   int
	}{
		{"SessionOnMonday", 0, nil, 2},
		{"SessionOnWednesday", 2, nil, 2},
		{"StrengthExcluded", 0, []Activity{ActivityStrength}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := testInput(t)
			in.RegularMover, in.Preferred, in.Excluded, in.Seed = true, []Activity{ActivityWalk}, tt.excluded, 7
			sim := simulate(in, testMonday(t).AddDate(0, 0, tt.sessionOn), 21)
			strength, days := map[int]int{}, map[int]int{}
			for _, d := range sim {
				week := (dayIndex(d.day) - dayIndex(testMonday(t))) / 7
				days[week]++
				if d.ok && d.nudge.Activity == ActivityStrength {
					strength[week]++
				}
			}
			for week, n := range days {
				if n < 5 {
					continue // a partial week at the end of the run
				}
				got := strength[week]
				if got < tt.atLeast {
					t.Errorf("week %d: %d strength days, want at least %d", week, got, tt.atLeast)
				}
				if slices.Contains(tt.excluded, ActivityStrength) && got > 0 {
					t.Errorf("week %d: %d strength days although strength is excluded", week, got)
				}
			}
		})
	}
}

func TestChooseDeterministic(t *testing.T) {
	in := testInput(t)
	in.Preferred = []Activity{ActivityWalk, ActivityStretch, ActivityChores, ActivityYoga}
	in.Excluded = []Activity{ActivityDance}
	in.Recent = []Sent{{ID: "walk-10-morning", Day: in.Day.AddDate(0, 0, -1)}}
	ids := map[string]bool{}
	for seed := range uint64(100) {
		in.Seed = seed
		first, ok1 := Choose(in)
		second, ok2 := Choose(in)
		if first != second || ok1 != ok2 {
			t.Fatalf("seed %d: %s then %s", seed, first.ID, second.ID)
		}
		ids[first.ID] = true
	}
	// The seed is there to vary ties; if it did nothing this would be 1.
	if len(ids) < 2 {
		t.Errorf("100 seeds chose only %v", ids)
	}
}

func TestHistory(t *testing.T) {
	sat := testMonday(t).AddDate(0, 0, 5) // 7 March, the day before DST
	var h history
	h.Record(Sent{ID: "walk-05-door", Day: sat})
	h.Record(Sent{ID: "yoga-10-gentle", Day: sat.AddDate(0, 0, 2)})
	tests := []struct {
		name string
		day  time.Time
		want []string
	}{
		{"SameDay", sat, []string{"walk-05-door", "yoga-10-gentle"}},
		{"SixDaysLater", sat.AddDate(0, 0, 6), []string{"walk-05-door", "yoga-10-gentle"}},
		{"SixDaysLaterLateEvening", sat.AddDate(0, 0, 6).Add(23 * time.Hour), []string{"walk-05-door", "yoga-10-gentle"}},
		{"SevenDaysLater", sat.AddDate(0, 0, 7), []string{"yoga-10-gentle"}},
		{"NineDaysLater", sat.AddDate(0, 0, 9), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range h.Recent(tt.day) {
				got = append(got, s.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Recent(%s) = %v, want %v", tt.day, got, tt.want)
			}
		})
	}
	h.Record(Sent{ID: "dance-05-song", Day: sat.AddDate(0, 0, 8)})
	if len(h.Sent) != 2 || h.Sent[0].ID != "yoga-10-gentle" {
		t.Errorf("after a week, history keeps %v", h.Sent)
	}
}

func TestNextTarget(t *testing.T) {
	five := func(m int) []int { return []int{m, m, m, m, m} }
	tests := []struct {
		name           string
		current        int
		done           []int
		answered, sent int
		want           int
	}{
		{"FirstWeek", 0, nil, 0, 0, StartTarget},
		{"AllDoneGrows", 10, five(10), 5, 5, 12},
		{"GrowsAboutFifteenPercent", 20, five(20), 5, 5, 23},
		{"HalfDoneAtTargetGrows", 10, []int{10, 12, 15}, 4, 6, 12},
		{"PartlyDoneStays", 10, []int{10, 5}, 3, 6, 10},
		{"DoneShorterStays", 10, five(5), 5, 5, 10},
		{"DoneButUnansweredStays", 10, five(10), 1, 5, 10},
		{"NothingDoneStepsBack", 20, nil, 3, 5, 16},
		{"NothingDoneNothingAnswered", 20, nil, 0, 5, 16},
		{"ZeroMinutesIsNothing", 20, []int{0, 0}, 2, 5, 16},
		{"FloorStays", 5, nil, 0, 7, 5},
		{"StepsBackToFloor", 6, nil, 0, 7, 5},
		{"CapStays", 45, five(45), 5, 5, 45},
		{"GrowsToCap", 40, five(40), 5, 5, 45},
		{"NothingSentStays", 20, nil, 0, 0, 20},
		{"AboveCapComesDown", 90, []int{90}, 1, 7, 45},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NextTarget(tt.current, tt.done, tt.answered, tt.sent); got != tt.want {
				t.Errorf("NextTarget(%d, %v, %d, %d) = %d, want %d", tt.current, tt.done, tt.answered, tt.sent, got, tt.want)
			}
		})
	}

	t.Run("GrowthWithin10To20Percent", func(t *testing.T) {
		for c := MinTarget; 6*c <= 5*MaxTarget; c++ {
			got := NextTarget(c, five(c), 5, 5)
			if 10*got < 11*c || 5*got > 6*c {
				t.Errorf("from %d grew to %d, outside 10-20%%", c, got)
			}
		}
	})

	t.Run("FallBackIsTwentyPercent", func(t *testing.T) {
		for c := MinTarget; c <= MaxTarget; c++ {
			got := NextTarget(c, nil, 0, 5)
			want := max(MinTarget, int(float64(c)*0.8+0.5))
			if got != want {
				t.Errorf("from %d fell back to %d, want %d", c, got, want)
			}
		}
	})
}

func TestRender(t *testing.T) {
	n := Nudge{Text: "Walk for {min} minutes, or {min} if you like.", Minutes: 10}
	tests := []struct {
		name    string
		nudge   Nudge
		minutes int
		want    string
	}{
		{"Given", n, 15, "Walk for 15 minutes, or 15 if you like."},
		{"Default", n, 0, "Walk for 10 minutes, or 10 if you like."},
		{"NoPlaceholder", Nudge{Text: "Step outside.", Minutes: 5}, 20, "Step outside."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Render(tt.nudge, tt.minutes); got != tt.want {
				t.Errorf("Render = %q, want %q", got, tt.want)
			}
		})
	}
}

// checkAckVariants checks each seed's wording and that seeds give variety.
func checkAckVariants(t *testing.T, ack func(seed uint64) string, wantVariants int) {
	t.Helper()
	seen := map[string]bool{}
	for seed := range uint64(20) {
		s := ack(seed)
		checkWording(t, fmt.Sprintf("seed %d", seed), s)
		if s != "" && strings.ToUpper(s[:1]) != s[:1] {
			t.Errorf("seed %d: %q starts in lower case", seed, s)
		}
		seen[s] = true
	}
	if len(seen) < wantVariants {
		t.Errorf("%d variants, want at least %d", len(seen), wantVariants)
	}
}

func TestDoneAck(t *testing.T) {
	tests := []struct {
		minutes  int
		activity Activity
		want     string
	}{
		{10, ActivityWalk, "10 minutes of walking"},
		{1, ActivityStretch, "1 minute of stretching"},
		{25, ActivityStrength, "25 minutes of strength work"},
		{0, ActivityDance, "some dancing"},
		{15, "juggling", "15 minutes of movement"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d %s", tt.minutes, tt.activity), func(t *testing.T) {
			checkAckVariants(t, func(seed uint64) string { return DoneAck(tt.minutes, tt.activity, seed) }, 4)
			for seed := range uint64(10) {
				if got := DoneAck(tt.minutes, tt.activity, seed); !strings.Contains(strings.ToLower(got), tt.want) {
					t.Errorf("seed %d: %q does not say %q", seed, got, tt.want)
				}
			}
		})
	}
}

func TestNotTodayAck(t *testing.T) {
	checkAckVariants(t, NotTodayAck, 3)
}

func TestSnoozeAck(t *testing.T) {
	tests := []struct {
		after time.Duration
		want  string
	}{
		{30 * time.Minute, "about 30 minutes"},
		{time.Hour, "about an hour"},
		{90 * time.Minute, "about an hour and a half"},
		{2 * time.Hour, "about 2 hours"},
		{135 * time.Minute, "about 2 hours and 15 minutes"},
		{40 * time.Second, "about a minute"},
		{0, "a little while"},
	}
	for _, tt := range tests {
		t.Run(tt.after.String(), func(t *testing.T) {
			checkAckVariants(t, func(seed uint64) string { return SnoozeAck(tt.after, seed) }, 3)
			for seed := range uint64(10) {
				if got := SnoozeAck(tt.after, seed); !strings.Contains(got, "in "+tt.want+".") {
					t.Errorf("seed %d: %q does not say %q", seed, got, tt.want)
				}
			}
		})
	}
}
