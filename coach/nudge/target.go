package nudge

// Limits of the daily nudge, in minutes.
const (
	StartTarget = 10 // where a new person starts: the DESIGN's "5-10 minute walk"
	MinTarget   = 5  // the smallest nudge worth sending
	MaxTarget   = 45 // a sane ceiling for one nudge; longer is the person's own plan
)

// clampTarget brings a stored target into MinTarget..MaxTarget; zero or
// less means none was set yet, which starts at StartTarget.
func clampTarget(minutes int) int {
	if minutes <= 0 {
		return StartTarget
	}
	return min(max(minutes, MinTarget), MaxTarget)
}

// NextTarget returns next week's minutes per nudge from this week's target
// and what happened to last week's nudges. It grows by 10-20% when at least
// half of the sent nudges were done at the target or longer and at least half
// were answered, steps back by 20% when none was done, and otherwise stays:
// partly done is a fine place to stay, and a week with nothing sent (a pause)
// says nothing either way. The result is always within MinTarget..MaxTarget.
func NextTarget(current int, doneMinutesLastWeek []int, answeredLastWeek, sentLastWeek int) int {
	current = clampTarget(current)
	switch {
	case sentLastWeek <= 0:
		return current
	case countAtLeast(doneMinutesLastWeek, 1) == 0:
		return stepBack(current)
	case 2*countAtLeast(doneMinutesLastWeek, current) >= sentLastWeek &&
		2*answeredLastWeek >= sentLastWeek:
		return grow(current)
	}
	return current
}

func countAtLeast(minutes []int, least int) int {
	n := 0
	for _, m := range minutes {
		if m >= least {
			n++
		}
	}
	return n
}

// grow adds about 15%, kept within 10-20% in whole minutes. For any
// target of 5 or more a whole number lies in that band, and it is always at
// least one minute more.
func grow(current int) int {
	lowest := (11*current + 9) / 10 // ceil(1.1 × current)
	highest := 6 * current / 5      // floor(1.2 × current)
	grown := (23*current + 10) / 20 // round(1.15 × current)
	return min(max(grown, lowest), highest, MaxTarget)
}

// stepBack takes 20% off, rounded, never below MinTarget.
func stepBack(current int) int {
	return max((4*current+2)/5, MinTarget)
}
