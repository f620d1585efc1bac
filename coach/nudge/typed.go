package nudge

import "github.com/aftercare/aftercare/coach/lang"

// Typed finds the activity a person named in their own words, as /moved's
// activity is typed in the console: the activity itself ("walk"), its name
// in any language the bot speaks (activity_name: "caminar", "Radfahren",
// "vélo") or one of the words in the [typed.activity] section of the
// message files ("paseo", "Spaziergang", "balade"), whatever the case and
// accents. It returns false for a word it does not know.
func Typed(text string) (Activity, bool) {
	for _, a := range activities {
		if text == string(a) || lang.Typed("activity_name."+string(a), text) || lang.Typed("typed.activity."+string(a), text) {
			return a, true
		}
	}
	return "", false
}
