package coach

import (
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// The digest's week is the person's: the last full week of their own
// summary (Person.lastFullWeek), in their zone, so that what a therapist
// reads matches what the person was told. Averages, counts, minutes and
// scores in a row are that week's. What needs attention — a crisis, an
// ASQ, a safety item in a questionnaire, notes, check-ins left unanswered
// — is read from the start of that week through today, so that nothing
// waits a week to be seen.

// unansweredMinSends is how many check-ins sent and left unanswered in a
// row bring the digest's flag.
const unansweredMinSends = 3

// digestFrom is the first day the digest's notes and flags read: the
// start of the person's week, or six days before today if that is earlier.
func digestFrom(s WeeklySummary, today localtime.Day) localtime.Day {
	return min(s.Start, today.AddDays(-6))
}

// withLaterScores is s with its score lines read from the start of its
// week through today, for the flags: a PHQ-9 item 9 answered the morning a
// digest goes out is flagged in that digest, not a week later.
func withLaterScores(s WeeklySummary, days []CheckIn, today localtime.Day) WeeklySummary {
	var all []ScoredInstrument
	for _, d := range days {
		all = append(all, d.ScoredOn()...)
	}
	s.Scores = scoreLines(all, s.Start, today)
	return s
}

// adherenceShort writes "check-ins 5 of 7". A week in which no check-in
// was sent (a plan that ended) says so rather than "0 of 0".
func adherenceShort(w lang.Printer, s WeeklySummary) string {
	if s.Sent == 0 && s.Answered == 0 {
		return w.T("digest.no_check_ins")
	}
	return w.T("digest.check_ins", lang.Args{"Answered": s.Answered, "Sent": max(s.Sent, s.Answered)})
}

// unansweredSends counts the check-ins sent and not answered since the
// person last answered one, up to yesterday (today's may still be
// answered). Days on which nothing was sent count for nothing: after a plan
// ends, or in a pause, silence is not a missed check-in.
func unansweredSends(days []CheckIn, today localtime.Day) int {
	n := 0
	for i := len(days) - 1; i >= 0; i-- {
		d := days[i]
		switch {
		case d.Day >= today:
		case d.Answered():
			return n
		case !d.Sent.IsZero():
			n++
		}
	}
	return n
}
