package nudge

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

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
