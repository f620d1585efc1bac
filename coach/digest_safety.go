package coach

import (
	"slices"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// screeners are the instruments whose positive screen (a total at or above
// the published cut-off) a therapist is told of: the short screens, which
// say "look closer" rather than how severe.
var screeners = []string{instrument.PHQ2, instrument.GAD2, instrument.PCPTSD5}

// safetyFlags are the digest's flags for a patient who shares scores: PHQ-9
// item 9 endorsed, a positive screen, and a positive ASQ, each with its day.
func safetyFlags(w lang.Printer, s WeeklySummary, days []CheckIn, today localtime.Day) []string {
	var flags []string
	for _, l := range s.Scores {
		r := l.Result
		switch {
		case r.SafetyFollowUp:
			flags = append(flags, w.T("digest.flag_item9", lang.Args{"Code": l.Code, "Day": LongDay(w, l.Day)}))
		case r.Positive && slices.Contains(screeners, r.Instrument):
			in, _ := instrument.ByID(r.Instrument)
			flags = append(flags, w.T("digest.flag_screen", lang.Args{"Code": l.Code, "Day": LongDay(w, l.Day), "Total": r.Total, "Cutoff": in.Cutoff}))
		}
	}
	for _, d := range days {
		if d.Day >= digestFrom(s, today) && d.ASQ.Outcome.Rank() > instrument.ASQNegative.Rank() {
			flags = append(flags, w.T("digest.flag_asq", lang.Args{"Outcome": asqOutcomeIn(w, d.ASQ.Outcome), "Day": LongDay(w, d.Day)}))
		}
	}
	return flags
}

// asqNegatives are the negative ASQs from the day from on: worth knowing,
// not a flag.
func asqNegatives(w lang.Printer, days []CheckIn, from localtime.Day) []string {
	var out []string
	for _, d := range days {
		if d.Day >= from && d.ASQ.Outcome == instrument.ASQNegative {
			out = append(out, w.T("digest.asq_negative", lang.Args{"Day": LongDay(w, d.Day)}))
		}
	}
	return out
}

// asqOutcomeIn names an ASQ outcome for a therapist in w's language.
func asqOutcomeIn(w lang.Printer, o instrument.ASQOutcome) string {
	switch o {
	case instrument.ASQAcute:
		return w.T("digest.asq_acute")
	case instrument.ASQNonAcute:
		return w.T("digest.asq_non_acute")
	}
	return string(o)
}
