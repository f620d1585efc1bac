package nudge

import (
	"slices"
	"time"
)

// history is a simulated person's record of nudges for the tests that run
// Choose over weeks; the coach itself reads the same from stored days.
type history struct {
	Sent []Sent
}

// Record adds a sent nudge and forgets those too old to block a repeat, so the
// history stays a week long however long the person uses Aftercare.
func (h *history) Record(s Sent) {
	today := dayIndex(s.Day)
	h.Sent = slices.DeleteFunc(h.Sent, func(old Sent) bool {
		return today-dayIndex(old.Day) >= RepeatWindowDays
	})
	h.Sent = append(h.Sent, s)
}

// Recent returns the sends that still block a repeat on day, ready for
// Input.Recent.
func (h history) Recent(day time.Time) []Sent {
	today := dayIndex(day)
	var recent []Sent
	for _, s := range h.Sent {
		if today-dayIndex(s.Day) < RepeatWindowDays {
			recent = append(recent, s)
		}
	}
	return recent
}
