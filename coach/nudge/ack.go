package nudge

import (
	"fmt"
	"strings"
	"time"
)

// DoneAck thanks the person for movement they did. Variants rotate with seed;
// none uses an exclamation mark or counts days, because a done nudge is
// enough on its own and a missed one breaks nothing.
func DoneAck(minutes int, activity Activity, seed uint64) string {
	templates := []string{
		"%s. That counts, and it's in your log now.",
		"Thank you for telling me: %s. However it felt, it counts.",
		"Noted: %s. Your body got something good today.",
		"%s, logged. Rest well when you're ready.",
		"That's %s in your week. Nicely done.",
	}
	t := variant(templates, seed)
	what := doneWhat(minutes, activity)
	if strings.HasPrefix(t, "%s") {
		what = strings.ToUpper(what[:1]) + what[1:]
	}
	return fmt.Sprintf(t, what)
}

// doneWhat names what was done, such as "10 minutes of walking".
func doneWhat(minutes int, activity Activity) string {
	doing := map[Activity]string{
		ActivityWalk: "walking", ActivityStretch: "stretching", ActivityYoga: "yoga",
		ActivityStrength: "strength work", ActivityCycling: "cycling", ActivityDance: "dancing",
		ActivitySwim: "swimming", ActivityOutdoors: "time outside", ActivityChores: "active chores",
		ActivityBreathing: "slow breathing",
	}[activity]
	if doing == "" {
		doing = "movement"
	}
	switch {
	case minutes <= 0:
		return "some " + doing
	case minutes == 1:
		return "1 minute of " + doing
	}
	return fmt.Sprintf("%d minutes of %s", minutes, doing)
}

// NotTodayAck answers "not today". It is an answer like any other: it says so,
// and asks nothing more.
func NotTodayAck(seed uint64) string {
	return variant([]string{
		"Not today is a fine answer. Thank you for letting me know.",
		"Understood. Rest is part of this too, and nothing is lost.",
		"Thanks for answering. Some days are for resting, and that's all right.",
		"Got it, not today. I'm glad you told me.",
	}, seed)
}

// SnoozeAck confirms a snooze and says when the nudge comes back; a zero or
// negative delay is described as "in a little while".
func SnoozeAck(after time.Duration, seed uint64) string {
	t := variant([]string{
		"Of course. I'll ask again in %s.",
		"No rush. I'll check back in %s.",
		"Sure, later it is. You'll hear from me in %s.",
	}, seed)
	return fmt.Sprintf(t, delayPhrase(after))
}

// delayPhrase says a delay in words, rounded to whole minutes.
func delayPhrase(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	hours, rest := m/60, m%60
	hourWords := "an hour"
	if hours > 1 {
		hourWords = fmt.Sprintf("%d hours", hours)
	}
	switch {
	case d <= 0:
		return "a little while"
	case m <= 1:
		return "about a minute"
	case hours == 0:
		return fmt.Sprintf("about %d minutes", m)
	case rest == 0:
		return "about " + hourWords
	case hours == 1 && rest == 30:
		return "about an hour and a half"
	}
	return fmt.Sprintf("about %s and %d minutes", hourWords, rest)
}

func variant(variants []string, seed uint64) string {
	return variants[seed%uint64(len(variants))]
}

// PracticeAck acknowledges a breathing or relaxation idea (Nudge.Practice)
// as practice: it is logged, and it is not called movement, because it is
// kept out of the minutes moved and the WHO's 150.
func PracticeAck(minutes int, activity Activity, seed uint64) string {
	what := practiceWhat(minutes, activity)
	what = strings.ToUpper(what[:1]) + what[1:]
	return what + " — practice, logged. " + variant([]string{
		"It's kept apart from your minutes moved: calming your body is its own kind of care.",
		"Thank you for giving yourself that time.",
		"However it felt, it was time spent looking after yourself.",
	}, seed)
}

// practiceWhat names a practice, such as "5 minutes of slow breathing".
func practiceWhat(minutes int, activity Activity) string {
	doing := "slow breathing"
	if activity != ActivityBreathing {
		doing = "rest and gentle poses"
	}
	switch {
	case minutes <= 0:
		return "some " + doing
	case minutes == 1:
		return "1 minute of " + doing
	}
	return fmt.Sprintf("%d minutes of %s", minutes, doing)
}
