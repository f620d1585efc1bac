package coach

import (
	"fmt"
	"strings"
)

// The rules by which a group sees figures and never a person. Whoever reads
// the channel knows their own answers and sees every post; nothing shown
// may let them work out someone else's answer, not even by comparing posts.
//
//   - A day's count of answers is shown only when at least K answered;
//     below K the post says "fewer than K", and the day keeps no number.
//   - A day's spread of moods is shown only when, besides, no mood holds all
//     the answers or all but one: otherwise anyone who answered could read
//     off how the others felt. The count is shown, the spread kept private
//     and not kept at all.
//   - The weekly round-up adds up only figures its days already showed, so
//     subtracting the days from the week leaves nothing, and weeks share no
//     day, so comparing two weeks isolates no one either.
//   - The challenge's total grows a day at a time, once the day has ended,
//     by the minutes of everyone counting that day, and only while at least
//     K are counting; nothing once added is ever taken out. So a member who
//     joins or leaves never shows up as a step of their own.

// spreadShareable says whether a day's spread of moods may be shown.
func spreadShareable(counts [5]int, k int) bool {
	n := 0
	for _, c := range counts {
		n += c
	}
	if n < k {
		return false
	}
	for _, c := range counts {
		if c >= n-1 {
			return false
		}
	}
	return true
}

// keptDay is what a closed day keeps of its answers under these rules.
func keptDay(d GroupDay, counts [5]int, k int) GroupDay {
	d.Closed, d.Total, d.Counts = true, 0, [5]int{}
	n := 0
	for _, c := range counts {
		n += c
	}
	if n < k {
		return d
	}
	d.Total = n
	if spreadShareable(counts, k) {
		d.Counts = counts
	}
	return d
}

// dayText says how a closed day went, from what the day kept.
func dayText(g Group, d GroupDay) string {
	n := d.Answered()
	switch {
	case n < g.K:
		return fmt.Sprintf("Fewer than %d people answered today, so the numbers stay private — thank you to everyone who did. There's a new check-in tomorrow.", g.K)
	case !spreadShareable(d.Counts, g.K):
		return fmt.Sprintf("%d people answered today — thank you. The spread of moods stays private this time, so that everyone's answer stays their own.", n)
	}
	return fmt.Sprintf("%d people answered. Moods: %s.", n, moodSpread(d.Counts))
}

// weekText is the round-up of a week's days (those with a post), from
// what each day kept.
func weekText(g Group, days []GroupDay) string {
	var spread [5]int
	shown, answers, spreadDays := 0, 0, 0
	for _, d := range days {
		if d.Answered() < g.K {
			continue
		}
		shown++
		answers += d.Answered()
		if spreadShareable(d.Counts, g.K) {
			spreadDays++
			for i, c := range d.Counts {
				spread[i] += c
			}
		}
	}
	text := "This week: " + pluralCount(len(days), "daily check-in") + "."
	switch {
	case shown == 0:
		return text + fmt.Sprintf(" Each day fewer than %d people answered, so the numbers stay private — thank you to everyone who took part.", g.K)
	case shown == len(days):
		text += fmt.Sprintf(" %d answers in all.", answers)
	default:
		text += fmt.Sprintf(" On %d of them at least %d people answered: %d answers in all. The others had fewer, so their numbers stay private.", shown, g.K, answers)
	}
	if spreadDays == 0 {
		return text + " The spread of moods stayed private this week."
	}
	return text + fmt.Sprintf("\nMoods on the %s whose spread was shared: %s.", pluralCount(spreadDays, "day"), moodSpread(spread))
}

// moodSpread lists how many answers each mood level got.
func moodSpread(counts [5]int) string {
	parts := make([]string, len(counts))
	for i, word := range scales[FieldMood].Levels {
		parts[i] = fmt.Sprintf("%s %d", word, counts[i])
	}
	return strings.Join(parts, " · ")
}
