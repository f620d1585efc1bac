package coach

import (
	"fmt"
	"slices"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
)

// screeners are the instruments whose positive screen (a total at or above
// the published cut-off) a therapist is told of: the short screens, which
// say "look closer" rather than how severe.
var screeners = []string{instrument.PHQ2, instrument.GAD2, instrument.PCPTSD5}

// safetyFlags are the digest's flags for a patient who shares scores: PHQ-9
// item 9 endorsed, a positive screen, and a positive ASQ, each with its day.
func safetyFlags(s WeeklySummary, days []CheckIn, today localtime.Day) []string {
	var flags []string
	for _, l := range s.Scores {
		r := l.Result
		switch {
		case r.SafetyFollowUp:
			flags = append(flags, fmt.Sprintf("%s item 9 endorsed on %s", l.Code, l.Day.Long()))
		case r.Positive && slices.Contains(screeners, r.Instrument):
			in, _ := instrument.ByID(r.Instrument)
			flags = append(flags, fmt.Sprintf("%s positive screen on %s (%d; cut-off %d)", l.Code, l.Day.Long(), r.Total, in.Cutoff))
		}
	}
	for _, d := range days {
		if d.Day >= digestFrom(s, today) && d.ASQ.Outcome.Rank() > instrument.ASQNegative.Rank() {
			flags = append(flags, fmt.Sprintf("ASQ %s on %s", d.ASQ.Outcome, d.Day.Long()))
		}
	}
	return flags
}

// asqNegatives are the negative ASQs from the day from on: worth knowing,
// not a flag.
func asqNegatives(days []CheckIn, from localtime.Day) []string {
	var out []string
	for _, d := range days {
		if d.Day >= from && d.ASQ.Outcome == instrument.ASQNegative {
			out = append(out, "ASQ negative on "+d.Day.Long())
		}
	}
	return out
}
