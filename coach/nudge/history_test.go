package nudge

import (
	"slices"
	"testing"
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

func TestHistory(t *testing.T) {
	sat := testMonday(t).AddDate(0, 0, 5) // 7 March, the day before DST
	var h history
	h.Record(Sent{ID: "walk-05-door", Day: sat})
	h.Record(Sent{ID: "yoga-10-gentle", Day: sat.AddDate(0, 0, 2)})
	tests := []struct {
		name string
		day  time.Time
		want []string
	}{
		{"SameDay", sat, []string{"walk-05-door", "yoga-10-gentle"}},
		{"SixDaysLater", sat.AddDate(0, 0, 6), []string{"walk-05-door", "yoga-10-gentle"}},
		{"SixDaysLaterLateEvening", sat.AddDate(0, 0, 6).Add(23 * time.Hour), []string{"walk-05-door", "yoga-10-gentle"}},
		{"SevenDaysLater", sat.AddDate(0, 0, 7), []string{"yoga-10-gentle"}},
		{"NineDaysLater", sat.AddDate(0, 0, 9), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range h.Recent(tt.day) {
				got = append(got, s.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Recent(%s) = %v, want %v", tt.day, got, tt.want)
			}
		})
	}
	h.Record(Sent{ID: "dance-05-song", Day: sat.AddDate(0, 0, 8)})
	if len(h.Sent) != 2 || h.Sent[0].ID != "yoga-10-gentle" {
		t.Errorf("after a week, history keeps %v", h.Sent)
	}
}
