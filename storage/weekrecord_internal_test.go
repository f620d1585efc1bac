package storage

import (
	"maps"
	"testing"

	"github.com/aftercare/aftercare/coach/localtime"
)

// TestWeekRecordRoundTrips: every field name and value comes back from a
// week record as it was given: coded names, names the table does not know
// (one character long among them), times kept short, and times that would
// not read back exactly, which are kept as they are.
func TestWeekRecordRoundTrips(t *testing.T) {
	monday := localtime.Day("2026-03-02")
	day := monday.AddDays(3)
	fields := map[string]string{
		"mood": "4", "note": "", "sent": "2026-03-05T09:00:00Z", "nudge_sent": "2026-03-05T14:03:07Z",
		"crisis":   "2026-03-05T09:00:00+01:00", // not the UTC form: kept as it is
		"q:phq9:3": "enc2:abc", "skip:sleep": "1", "missed:nudge": "2026-03-05T10:00:00Z",
		"x": "one letter", "42": "a number", "=": "an equals sign", "=a": "starts with one", "moved": "291600",
	}
	stored := map[string]string{}
	for f, v := range fields {
		stored[encodeName(3, f)] = encodeValue(monday, f, v)
	}
	if got := stored[encodeName(3, "sent")]; got != "291600" {
		t.Errorf("sent kept as %q, want the seconds from Monday", got)
	}
	early := "2026-03-01T22:30:00Z" // before the week's Monday in UTC: a local Monday east of it
	if v := encodeValue(monday, "sent", early); v != "-5400" || decodeValue(monday, "sent", v) != early {
		t.Errorf("a time before Monday kept as %q, read back %q", v, decodeValue(monday, "sent", v))
	}
	if name := encodeName(3, "mood"); name != "55" {
		t.Errorf("mood on Thursday kept as %q, want a number", name)
	}
	got := decodeWeek(monday, stored)
	if len(got) != 1 || !maps.Equal(got[day], fields) {
		t.Errorf("read back %v, want %v", got, fields)
	}
	if m, place := weekOf(day); m != monday || place != 3 {
		t.Errorf("weekOf(%s) = %s, %d", day, m, place)
	}
	if m, place := weekOf("2026-03-08"); m != monday || place != 6 {
		t.Errorf("weekOf(a Sunday) = %s, %d", m, place)
	}
}

// TestDecodeWeekJoinsPieces: pieces join in their order, whatever order
// Redis gives them in, and a gap ends the value.
func TestDecodeWeekJoinsPieces(t *testing.T) {
	monday := localtime.Day("2026-03-02")
	stored := map[string]string{"6": "ab", "6#2": "ef", "6#1": "cd", "6#4": "after a gap", "24": "x", "0q:phq9:1#1": "2"}
	got := decodeWeek(monday, stored)
	if got[monday]["note"] != "abcdef" || got[monday.AddDays(1)]["note"] != "x" {
		t.Errorf("notes read back as %v", got)
	}
}
