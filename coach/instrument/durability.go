package instrument

import "fmt"

// Reading is one total of an instrument, oldest first in a course, and
// whether it was given before the person's first logged therapy session.
type Reading struct {
	Total         int
	BeforeSession bool
}

// Course is what a run of scores says about how lasting a change is: the
// baseline, the scores since, and the published outcomes judged on them.
//
// Every judgement compares the latest score with the baseline, except
// Responded and Fading, which look at every score since. Response and
// remission are judged only from a baseline at or above the screening
// cut-off (10), as in Compare: the published definitions were measured on
// people who started with at least moderate symptoms.
type Course struct {
	Instrument string
	// Baseline is the last score before the first session, or the first
	// score when none came before it (BeforeSession says which).
	Baseline      int
	BeforeSession bool
	// Since holds the scores after the baseline, oldest first; empty when
	// there is nothing yet to compare.
	Since []int
	// Latest and Lowest are the last and the lowest of Since.
	Latest, Lowest int
	// Change is Latest minus Baseline; lower is better on every instrument here.
	Change int
	// ReliableChange is the instrument's threshold in points, 0 without one.
	ReliableChange int
	// Improved and Worsened report a change of at least ReliableChange.
	Improved, Worsened bool
	// Judged reports a baseline at or above the cut-off, from which
	// response and remission mean something.
	Judged bool
	// Response reports the latest score at half the baseline or less
	// (PHQ-9 only); Responded, that some score since did.
	Response, Responded bool
	// Remission reports the latest score under 5 (PHQ-9, GAD-7).
	Remission bool
	// Fading reports a response that is being lost: some score since met
	// the response definition and the latest no longer does, being back
	// above half the baseline.
	Fading bool
}

// Follow judges the course of readings of the instrument with the given
// id, oldest first. The baseline is the last reading before the first
// session, else the first reading; the readings after it are Since.
func Follow(id string, readings []Reading) (Course, error) {
	def, ok := lookup(id)
	if !ok {
		return Course{}, fmt.Errorf("follow %q: %w", id, ErrUnknown)
	}
	if len(readings) == 0 {
		return Course{}, fmt.Errorf("follow %s: %w: no readings", def.Code, ErrAnswerCount)
	}
	base := 0
	for i, r := range readings {
		if err := def.checkTotals(r.Total); err != nil {
			return Course{}, fmt.Errorf("follow %s: %w", def.Code, err)
		}
		if r.BeforeSession {
			base = i
		}
	}
	c := Course{
		Instrument:     def.ID,
		Baseline:       readings[base].Total,
		BeforeSession:  readings[base].BeforeSession,
		ReliableChange: def.ReliableChange,
	}
	for _, r := range readings[base+1:] {
		c.Since = append(c.Since, r.Total)
	}
	if len(c.Since) == 0 {
		return c, nil
	}
	c.Latest, c.Lowest = c.Since[len(c.Since)-1], c.Since[0]
	for _, t := range c.Since {
		c.Lowest = min(c.Lowest, t)
	}
	c.Change = c.Latest - c.Baseline
	if def.ReliableChange > 0 {
		c.Improved = -c.Change >= def.ReliableChange
		c.Worsened = c.Change >= def.ReliableChange
	}
	c.Judged = (def.tracksResponse || def.remissionBelow > 0) && c.Baseline >= def.Cutoff
	if !c.Judged {
		return c, nil
	}
	c.Remission = def.remissionBelow > 0 && c.Latest < def.remissionBelow
	if def.tracksResponse {
		c.Response = responds(c.Baseline, c.Latest)
		c.Responded = responds(c.Baseline, c.Lowest)
		c.Fading = c.Responded && !c.Response
	}
	return c, nil
}

// responds is the integer form of (baseline-score)/baseline >= 0.5, exact
// at the boundary.
func responds(baseline, score int) bool {
	return 2*(baseline-score) >= baseline
}
