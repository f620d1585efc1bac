package coach

import (
	"slices"
	"time"
)

// NudgeHistory is a simulated person's record of nudges for the tests that run
// ChooseNudge over weeks; the coach itself reads the same from stored days.
type NudgeHistory struct {
	Sent []SentNudge
}

// Record adds a sent nudge and forgets those too old to block a repeat, so the
// history stays a week long however long the person uses Aftercare.
func (h *NudgeHistory) Record(s SentNudge) {
	today := nudgeDayIndex(s.Day)
	h.Sent = slices.DeleteFunc(h.Sent, func(old SentNudge) bool {
		return today-nudgeDayIndex(old.Day) >= RepeatWindowDays
	})
	h.Sent = append(h.Sent, s)
}

// Recent returns the sends that still block a repeat on day, ready for
// NudgeInput.Recent.
func (h NudgeHistory) Recent(day time.Time) []SentNudge {
	today := nudgeDayIndex(day)
	var recent []SentNudge
	for _, s := range h.Sent {
		if today-nudgeDayIndex(s.Day) < RepeatWindowDays {
			recent = append(recent, s)
		}
	}
	return recent
}
