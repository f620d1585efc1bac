package nudge

import (
	"github.com/aftercare/aftercare/coach/lang"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Activity is a kind of movement a nudge suggests. People pick the ones they
// like and the ones they want left out, so the values are stored as they are.
type Activity string

// The activities the nudge library covers.
const (
	ActivityWalk      Activity = "walk"
	ActivityStretch   Activity = "stretch"
	ActivityYoga      Activity = "yoga"
	ActivityStrength  Activity = "strength"
	ActivityCycling   Activity = "cycling"
	ActivityDance     Activity = "dance"
	ActivitySwim      Activity = "swim"
	ActivityOutdoors  Activity = "outdoors"
	ActivityChores    Activity = "chores"
	ActivityBreathing Activity = "breathing"
)

var activities = []Activity{
	ActivityWalk, ActivityStretch, ActivityYoga, ActivityStrength, ActivityCycling,
	ActivityDance, ActivitySwim, ActivityOutdoors, ActivityChores, ActivityBreathing,
}

// Activities returns every activity the nudge library covers, in a fixed
// order, for menus such as the one /start shows.
func Activities() []Activity {
	return slices.Clone(activities)
}

// Intensity is how hard a nudge asks the body to work.
type Intensity string

// The intensities, from easiest to hardest. Moderate is the WHO guideline's
// "moderate-intensity" activity; nothing in the library goes beyond it.
const (
	IntensityGentle   Intensity = "gentle"
	IntensityLight    Intensity = "light"
	IntensityModerate Intensity = "moderate"
)

// level orders intensities. An unknown value ranks above moderate, so that a
// mistyped tag filters a nudge out instead of letting it through.
func (i Intensity) level() int {
	switch i {
	case IntensityGentle:
		return 0
	case IntensityLight:
		return 1
	case IntensityModerate:
		return 2
	}
	return 3
}

// Ability is what the person told us about their current fitness.
type Ability string

// The abilities. The zero value, "not told", is treated like AbilityLow:
// until someone says otherwise, Aftercare does not ask for moderate effort.
const (
	AbilityLow    Ability = "low"
	AbilityMedium Ability = "medium"
	AbilityHigh   Ability = "high"
)

// ceiling is the hardest intensity a nudge may have for this ability.
func (a Ability) ceiling() Intensity {
	if a == AbilityMedium || a == AbilityHigh {
		return IntensityModerate
	}
	return IntensityLight
}

// usual is the intensity that breaks ties between equally fitting nudges, so
// that high ability sees moderate suggestions first and the others do not.
func (a Ability) usual() Intensity {
	switch a {
	case AbilityHigh:
		return IntensityModerate
	case AbilityMedium:
		return IntensityLight
	}
	return IntensityGentle
}

// Nudge is one movement suggestion from the library.
type Nudge struct {
	ID        string // stable: stored in histories, never renamed or reused
	Text      string // may hold {min}, filled by Render
	Activity  Activity
	Minutes   int // the level the text is written for; Choose sets today's
	Intensity Intensity
	MinEnergy int // the lowest energy (1-5) the nudge suits
	MaxEnergy int // the highest energy (1-5) the nudge suits
	Outdoor   bool
	// Seated marks an idea done sitting or lying down from start to end,
	// the only kind offered on a day of a lot of dizziness or unreality.
	Seated bool
	// Balance marks an idea that asks for standing balance (a forward fold,
	// a lunge, stairs, a bike), never offered the day of or after a session.
	Balance bool
	// Water marks an idea in water: its text says not to swim alone, and
	// it is never offered the day of or after a session.
	Water bool
	// Practice marks breathing and relaxation: done, it is logged as
	// practice and never added to the minutes moved (see PracticeAck).
	Practice bool
}

// Render returns the nudge's text with {min} replaced by minutes, or by
// the nudge's own minutes when minutes is not positive.
func Render(n Nudge, minutes int) string {
	if minutes <= 0 {
		minutes = n.Minutes
	}
	return strings.ReplaceAll(n.Text, "{min}", strconv.Itoa(minutes))
}

// Sent records that a nudge went out on a local day.
type Sent struct {
	ID  string
	Day time.Time // the local date it was sent; the time of day is ignored
}

// RepeatWindowDays is how many consecutive days may not show the same nudge
// text twice.
const RepeatWindowDays = 7

// dayIndex numbers local calendar dates, so that day arithmetic counts
// dates and not 24-hour spans, which DST would stretch or shrink.
func dayIndex(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// RenderIn returns the nudge's text in w's language (nudge.text.<id>),
// with minutes in it, or n.Minutes when minutes is zero or less.
func RenderIn(w lang.Printer, n Nudge, minutes int) string {
	if minutes <= 0 {
		minutes = n.Minutes
	}
	return w.T("nudge.text."+n.ID, lang.Args{"Minutes": minutes})
}
