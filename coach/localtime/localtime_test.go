package localtime

import (
	"errors"
	"testing"
	"time"
)

func TestParseLocalTime(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" means an error
	}{
		{"20:00", "20:00"}, {"8:30", "08:30"}, {"08:05", "08:05"}, {"8pm", "20:00"}, {"8 PM", "20:00"},
		{"12am", "00:00"}, {"12pm", "12:00"}, {"7.15 am", "07:15"}, {"21h", "21:00"}, {"0:00", "00:00"},
		{"23:59", "23:59"}, {" 9 ", "09:00"},
		{"14h30", "14:30"}, {"20 Uhr", "20:00"}, {"20:30 Uhr", "20:30"}, {"20.30 uhr", "20:30"}, {"20 h", "20:00"},
		{"8h pm", ""}, {"h30", ""}, {"14h30h", ""}, {"25 Uhr", ""}, {"uhr", ""},
		{"24:00", ""}, {"25:61", ""}, {"13pm", ""}, {"0am", ""}, {"-1:00", ""}, {"12:60", ""},
		{"", ""}, {"noon", ""}, {"8:5:3", ""}, {"123:00", ""}, {"20:000", ""},
	}
	for _, tt := range tests {
		got, err := ParseLocalTime(tt.in)
		switch {
		case tt.want == "" && !errors.Is(err, ErrTimeOfDay):
			t.Errorf("ParseLocalTime(%q) = %v, %v; want ErrTimeOfDay", tt.in, got, err)
		case tt.want != "" && (err != nil || got.String() != tt.want):
			t.Errorf("ParseLocalTime(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

func TestParseZone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Europe/London", "Europe/London"}, {"europe/london", "Europe/London"},
		{"america/new_york", "America/New_York"}, {"Asia/Kathmandu", "Asia/Kathmandu"},
		{"Australia/Lord_Howe", "Australia/Lord_Howe"}, {"utc", "UTC"},
		{"Mars/Base", ""}, {"EST", ""}, {"", ""}, {"Local", ""}, {"../etc/passwd", ""},
		{"America/" + string(make([]byte, 100)), ""},
	}
	for _, tt := range tests {
		got, err := ParseZone(tt.in)
		if tt.want == "" {
			if !errors.Is(err, ErrTimeZone) {
				t.Errorf("ParseZone(%q) = %q, %v; want ErrTimeZone", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseZone(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// TestLocalTimeOnAcrossClockChanges uses the real tz database: a time that
// does not exist moves to the next valid minute, an ambiguous one fires once,
// at its first occurrence.
func TestLocalTimeOnAcrossClockChanges(t *testing.T) {
	tests := []struct {
		zone      string
		date      string
		at        LocalTime
		wantLocal string // wall clock of the result, with its offset
	}{
		{"America/New_York", "2026-03-08", LocalTime{2, 30, true}, "2026-03-08 03:00 -0400"}, // spring forward: 02:30 does not exist
		{"America/New_York", "2026-03-08", LocalTime{1, 59, true}, "2026-03-08 01:59 -0500"},
		{"America/New_York", "2026-03-08", LocalTime{3, 0, true}, "2026-03-08 03:00 -0400"},
		{"America/New_York", "2026-11-01", LocalTime{1, 30, true}, "2026-11-01 01:30 -0400"}, // fall back: first of the two
		{"Europe/London", "2026-03-29", LocalTime{1, 15, true}, "2026-03-29 02:00 +0100"},
		{"Europe/London", "2026-10-25", LocalTime{1, 15, true}, "2026-10-25 01:15 +0100"},
		{"Australia/Lord_Howe", "2026-10-04", LocalTime{2, 10, true}, "2026-10-04 02:30 +1100"}, // a 30-minute shift
		{"Australia/Lord_Howe", "2026-04-05", LocalTime{1, 45, true}, "2026-04-05 01:45 +1100"},
		{"Asia/Kathmandu", "2026-06-01", LocalTime{20, 0, true}, "2026-06-01 20:00 +0545"},
		{"Europe/London", "2026-06-01", LocalTime{0, 0, true}, "2026-06-01 00:00 +0100"},
	}
	for _, tt := range tests {
		loc, err := time.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		d, _ := time.Parse(time.DateOnly, tt.date)
		got := tt.at.On(d.Year(), d.Month(), d.Day(), loc)
		if s := got.Format("2006-01-02 15:04 -0700"); s != tt.wantLocal {
			t.Errorf("%s %s in %s = %s, want %s", tt.date, tt.at, tt.zone, s, tt.wantLocal)
		}
	}
}

func TestDayArithmetic(t *testing.T) {
	tests := []struct {
		day  Day
		n    int
		want Day
	}{
		{"2026-02-28", 1, "2026-03-01"}, {"2028-02-28", 1, "2028-02-29"}, {"2026-12-31", 1, "2027-01-01"},
		{"2026-03-01", -1, "2026-02-28"}, {"2026-03-08", 7, "2026-03-15"},
	}
	for _, tt := range tests {
		if got := tt.day.AddDays(tt.n); got != tt.want {
			t.Errorf("%s + %d = %s, want %s", tt.day, tt.n, got, tt.want)
		}
	}
}

func TestParseDay(t *testing.T) {
	for _, ok := range []string{"2026-03-02", "2028-02-29"} {
		if got, err := ParseDay(ok); err != nil || got != Day(ok) {
			t.Errorf("ParseDay(%q) = %q, %v; want the day back", ok, got, err)
		}
	}
	for _, bad := range []string{"", "2026-3-2", "2026-02-30", "2027-02-29", "02-03-2026", "2026-03-02T00:00:00Z", "yesterday"} {
		if got, err := ParseDay(bad); !errors.Is(err, ErrBadDay) || got != "" {
			t.Errorf("ParseDay(%q) = %q, %v; want ErrBadDay", bad, got, err)
		}
	}
}
