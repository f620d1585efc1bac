package nudge

import (
	"slices"

	"github.com/aftercare/aftercare/coach/lang"
)

// Library returns a copy of every nudge Aftercare can send. IDs are
// stable: histories store them, so a text may be reworded but an ID is never
// renamed or given to a different suggestion.
func Library() []Nudge {
	return slices.Clone(library)
}

// withTexts gives each nudge its English text, from the message files
// (nudge.text.<id>), with {min} where the minutes go.
func withTexts(lib []Nudge) []Nudge {
	en := lang.For(lang.Default)
	for i := range lib {
		lib[i].Text = en.T("nudge.text."+lib[i].ID, lang.Args{"Minutes": "{min}"})
	}
	return lib
}

// library is written for people in the days after a therapy session:
// concrete, small, and never a demand. Several texts say outright that "not
// today" is a fine answer, because for some people it needs saying.
var library = withTexts([]Nudge{
	// Walking: the habit the plan starts with, so it has the most levels.
	{ID: "walk-05-door", Activity: ActivityWalk, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Outdoor: true},
	{ID: "walk-05-home", Activity: ActivityWalk, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5},
	{ID: "walk-10-loop", Activity: ActivityWalk, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 2, MaxEnergy: 5, Outdoor: true},
	{ID: "walk-10-indoor", Activity: ActivityWalk, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5},
	{ID: "walk-10-morning", Activity: ActivityWalk, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true},
	{ID: "walk-15-errand", Activity: ActivityWalk, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true},
	{ID: "walk-15-call", Activity: ActivityWalk, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true},
	{ID: "walk-20-green", Activity: ActivityWalk, Minutes: 20, Intensity: IntensityLight, MinEnergy: 3, MaxEnergy: 5, Outdoor: true},
	{ID: "walk-20-album", Activity: ActivityWalk, Minutes: 20, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true},
	{ID: "walk-30-brisk", Activity: ActivityWalk, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Outdoor: true},
	{ID: "walk-45-destination", Activity: ActivityWalk, Minutes: 45, Intensity: IntensityModerate, MinEnergy: 4, MaxEnergy: 5, Outdoor: true},

	// Stretching: no equipment, no changing clothes, works at any energy.
	{ID: "stretch-05-reach", Activity: ActivityStretch, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5},
	{ID: "stretch-05-seated", Activity: ActivityStretch, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true},
	{ID: "stretch-05-standing", Activity: ActivityStretch, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Balance: true},
	{ID: "stretch-10-floor", Activity: ActivityStretch, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true},
	{ID: "stretch-10-hips", Activity: ActivityStretch, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Balance: true},
	{ID: "stretch-15-head-to-toe", Activity: ActivityStretch, Minutes: 15, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5},
	{ID: "stretch-20-evening", Activity: ActivityStretch, Minutes: 20, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5},

	// Yoga: from a single resting pose to a class.
	{ID: "yoga-05-childs-pose", Activity: ActivityYoga, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true, Practice: true},
	{ID: "yoga-10-gentle", Activity: ActivityYoga, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5},
	{ID: "yoga-15-flow", Activity: ActivityYoga, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Balance: true},
	{ID: "yoga-20-restorative", Activity: ActivityYoga, Minutes: 20, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 4, Seated: true, Practice: true},
	{ID: "yoga-30-class", Activity: ActivityYoga, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Balance: true},

	// Strength: WHO 2020 asks for muscle-strengthening on two days a week, so
	// there are enough texts at short levels for that to happen without repeats.
	{ID: "strength-05-chair", Activity: ActivityStrength, Minutes: 5, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5},
	{ID: "strength-05-wall", Activity: ActivityStrength, Minutes: 5, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5},
	{ID: "strength-10-circuit", Activity: ActivityStrength, Minutes: 10, Intensity: IntensityLight, MinEnergy: 3, MaxEnergy: 5},
	{ID: "strength-10-cans", Activity: ActivityStrength, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5},
	{ID: "strength-15-floor", Activity: ActivityStrength, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5},
	{ID: "strength-15-legs", Activity: ActivityStrength, Minutes: 15, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Balance: true},
	{ID: "strength-20-full", Activity: ActivityStrength, Minutes: 20, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5},
	{ID: "strength-30-routine", Activity: ActivityStrength, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 4, MaxEnergy: 5},

	// Cycling: outdoors or a stationary bike; it asks for balance, so never on
	// the day of or after a session.
	{ID: "cycling-10-easy", Activity: ActivityCycling, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true, Balance: true},
	{ID: "cycling-20-errand", Activity: ActivityCycling, Minutes: 20, Intensity: IntensityLight, MinEnergy: 3, MaxEnergy: 5, Outdoor: true, Balance: true},
	{ID: "cycling-30-ride", Activity: ActivityCycling, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Outdoor: true, Balance: true},
	{ID: "cycling-45-long", Activity: ActivityCycling, Minutes: 45, Intensity: IntensityModerate, MinEnergy: 4, MaxEnergy: 5, Outdoor: true, Balance: true},

	// Dancing: music does half the work.
	{ID: "dance-05-song", Activity: ActivityDance, Minutes: 5, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5},
	{ID: "dance-10-kitchen", Activity: ActivityDance, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5},
	{ID: "dance-15-playlist", Activity: ActivityDance, Minutes: 15, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5},
	{ID: "dance-20-video", Activity: ActivityDance, Minutes: 20, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5},

	// Swimming: needs a pool; people without one leave it out at /start. Every
	// text says not to swim alone, and none comes the day of or after a session.
	{ID: "swim-10-float", Activity: ActivitySwim, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Water: true},
	{ID: "swim-20-lengths", Activity: ActivitySwim, Minutes: 20, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5, Water: true},
	{ID: "swim-30-steady", Activity: ActivitySwim, Minutes: 30, Intensity: IntensityModerate, MinEnergy: 4, MaxEnergy: 5, Water: true},

	// Outdoors: being outside, moving a little; light and air help on their own.
	{ID: "outdoors-05-doorstep", Activity: ActivityOutdoors, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Outdoor: true},
	{ID: "outdoors-10-plants", Activity: ActivityOutdoors, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Outdoor: true},
	{ID: "outdoors-15-daylight", Activity: ActivityOutdoors, Minutes: 15, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Outdoor: true},
	{ID: "outdoors-20-bench", Activity: ActivityOutdoors, Minutes: 20, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 4, Outdoor: true},
	{ID: "outdoors-30-nature", Activity: ActivityOutdoors, Minutes: 30, Intensity: IntensityLight, MinEnergy: 3, MaxEnergy: 5, Outdoor: true},

	// Chores: movement hidden in things that need doing anyway.
	{ID: "chores-05-surface", Activity: ActivityChores, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5},
	{ID: "chores-10-music", Activity: ActivityChores, Minutes: 10, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5},
	{ID: "chores-15-garden", Activity: ActivityChores, Minutes: 15, Intensity: IntensityLight, MinEnergy: 2, MaxEnergy: 5, Outdoor: true},
	{ID: "chores-20-brisk", Activity: ActivityChores, Minutes: 20, Intensity: IntensityModerate, MinEnergy: 3, MaxEnergy: 5},

	// Breathing: the gentlest ask, for days when moving is too much.
	{ID: "breathing-05-box", Activity: ActivityBreathing, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true, Practice: true},
	{ID: "breathing-05-sigh", Activity: ActivityBreathing, Minutes: 5, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 5, Seated: true, Practice: true},
	{ID: "breathing-10-belly", Activity: ActivityBreathing, Minutes: 10, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 4, Seated: true, Practice: true},
	{ID: "breathing-15-scan", Activity: ActivityBreathing, Minutes: 15, Intensity: IntensityGentle, MinEnergy: 1, MaxEnergy: 4, Seated: true, Practice: true},
})
