package nudge

import (
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
