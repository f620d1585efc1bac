package instrument

import "fmt"

// Change is what a change in score between two administrations of the same
// instrument means by its published thresholds.
type Change struct {
	Instrument    string
	Before, After int
	// Delta is After minus Before; on every instrument here lower is better.
	Delta int
	// Clinically reports a change of at least the published MCID in either
	// direction (PHQ-9 5 points, GAD-7 4 points); false without a threshold.
	Clinically bool
	// Response reports a PHQ-9 drop of at least 50% from a baseline of 10 or more.
	Response bool
	// Remission reports a PHQ-9 total below 5 after a baseline of 10 or more.
	Remission bool
	// Meaning is one plain, kind sentence for the person.
	Meaning string
}

// Compare says what the change from before to after means. Both results
// must come from the same instrument.
//
// Response and remission are reported only from a PHQ-9 baseline of 10 or
// more, because the published definitions (NCQA/HEDIS) are measured on
// people who started with at least moderate symptoms: going from 4 to 2 is
// neither a treatment response nor a remission.
func Compare(before, after Result) (Change, error) {
	if before.Instrument != after.Instrument {
		return Change{}, fmt.Errorf("compare %q with %q: %w", before.Instrument, after.Instrument, ErrMismatch)
	}
	def, ok := lookup(before.Instrument)
	if !ok {
		return Change{}, fmt.Errorf("compare %q: %w", before.Instrument, ErrUnknown)
	}
	if err := def.checkTotals(before.Total, after.Total); err != nil {
		return Change{}, fmt.Errorf("compare %s: %w", def.Code, err)
	}
	c := Change{
		Instrument: def.ID,
		Before:     before.Total,
		After:      after.Total,
		Delta:      after.Total - before.Total,
	}
	c.Clinically = def.MCID > 0 && absPoints(c.Delta) >= def.MCID
	if def.tracksResponse && before.Total >= def.Cutoff {
		// Integer form of (before-after)/before >= 0.5, exact at the boundary.
		c.Response = 2*(before.Total-after.Total) >= before.Total
		c.Remission = after.Total < def.remissionBelow
	}
	c.Meaning = def.meaning(c)
	return c, nil
}

func (q *Questionnaire) checkTotals(totals ...int) error {
	for _, t := range totals {
		if t < 0 || t > q.MaxTotal {
			return fmt.Errorf("%w: %d, want 0-%d", ErrTotalRange, t, q.MaxTotal)
		}
	}
	return nil
}

// meaning words the change gently: numbers first, and a rise is framed as
// something to talk over, never as an alarm.
func (q *Questionnaire) meaning(c Change) string {
	if c.Delta == 0 {
		return fmt.Sprintf("Your %s score stayed at %d.", q.Code, c.After)
	}
	move := fmt.Sprintf("Your %s score went from %d to %d", q.Code, c.Before, c.After)
	if q.MCID == 0 {
		return move + "."
	}
	move += ", " + pointsMoved(c.Delta)
	switch {
	case c.Remission:
		return move + "; a score under 5 is what clinicians call remission."
	case c.Response:
		return move + ", a drop of half or more from where you started, which clinicians call a response to treatment."
	case c.Clinically && c.Delta < 0:
		return move + ", a change big enough to make a real difference."
	case c.Clinically:
		return move + ", which may be worth talking over with your therapist or someone you trust."
	default:
		return move + "; small shifts like this are common from week to week."
	}
}

func pointsMoved(delta int) string {
	word := "down"
	if delta > 0 {
		word = "up"
	}
	n := absPoints(delta)
	if n == 1 {
		return word + " 1 point"
	}
	return fmt.Sprintf("%s %d points", word, n)
}

func absPoints(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
