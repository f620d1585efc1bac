package coach

import "github.com/aftercare/aftercare/coach/risk"

// NeverHeld reports whether an event must go ahead at once, whatever a rate
// limit says. Commands that stop, erase or ask for help are never held back
// (DESIGN.md, "Safety"): /stop, /delete and its confirmation, /crisis,
// /safetyplan, the safety question's buttons, and any text (typed, an
// Input's answer, a command's option) that screens as Review or Crisis. A
// transport may make anything else wait for its turn.
//
// It screens text, so a caller asks it only about an event its limit would
// otherwise hold back.
func NeverHeld(ev Event) bool {
	if neverHeldCommands[ev.Command] {
		return true
	}
	for _, a := range []*Action{ev.Press, ev.Submit} {
		if a != nil && neverHeldVerbs[a.Verb] {
			return true
		}
	}
	return screensUrgent(ev)
}

// neverHeldCommands are the slash commands that stop, erase or ask for help.
var neverHeldCommands = map[string]bool{
	"stop":       true,
	"delete":     true,
	"crisis":     true,
	"safetyplan": true,
}

// neverHeldVerbs are the buttons and Inputs that stop, erase or ask for
// help, whether pressed (Event.Press) or answered with text (Event.Submit).
var neverHeldVerbs = map[string]bool{
	VerbErase:      true, // /delete's "Delete everything" (and "Keep my data")
	VerbSafetyPlan: true, // /safetyplan's steps and buttons
	VerbSafety:     true, // "I'm safe", "I'm not sure", "I'm not safe"
	VerbASQ:        true, // the ASQ's yes, no and "I'd rather not say"
}

// screensUrgent reports whether any text of the event screens as Review or
// Crisis, or speaks of someone else in danger now: such text always
// reaches the coach's safety screening.
func screensUrgent(ev Event) bool {
	if urgent(ev.Text) {
		return true
	}
	for _, v := range ev.Args {
		if urgent(v) {
			return true
		}
	}
	return false
}

// urgent reports whether one text screens as Review or Crisis, or speaks of
// someone else in danger now.
func urgent(text string) bool {
	if text == "" {
		return false // most events (a command without words): screening nothing costs 7 allocations
	}
	f := risk.Screen(text)
	return f.Level >= risk.Review || f.AboutOther
}
