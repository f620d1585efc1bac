package coach

import (
	"fmt"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
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
	w, n := g.words(), d.Answered()
	switch {
	case n < g.K:
		return w.T("group.day_few", lang.Args{"K": g.K})
	case !spreadShareable(d.Counts, g.K):
		return w.T("group.day_private", lang.Args{"Answered": n})
	}
	return w.T("group.day", lang.Args{"Answered": n, "Moods": moodSpread(w, d.Counts)})
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
	w := g.words()
	text := w.N("group.week_posts", len(days))
	switch {
	case shown == 0:
		return text + " " + w.T("group.week_few", lang.Args{"K": g.K})
	case shown == len(days):
		text += " " + w.T("group.week_answers", lang.Args{"Answers": answers})
	default:
		text += " " + w.T("group.week_some", lang.Args{"Shown": shown, "K": g.K, "Answers": answers})
	}
	if spreadDays == 0 {
		return text + " " + w.T("group.week_spread_private")
	}
	return text + "\n" + w.N("group.week_moods", spreadDays, lang.Args{"Moods": moodSpread(w, spread)})
}

// moodSpread lists how many answers each mood level got.
func moodSpread(w lang.Printer, counts [5]int) string {
	parts := make([]string, len(counts))
	for i, word := range scaleIn(w, FieldMood).Levels {
		parts[i] = fmt.Sprintf("%s %d", word, counts[i])
	}
	return strings.Join(parts, " · ")
}
