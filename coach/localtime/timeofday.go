package localtime

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// LocalTime is a wall-clock time of day, with no date and no zone.
type LocalTime struct {
	Hour, Minute int
	Set          bool // distinguishes 00:00 from "not chosen"
}

// ErrTimeOfDay means a text is not a time of day ParseLocalTime can read.
// It comes from what a person typed: callers answer it kindly and never log
// it as a failure.
var ErrTimeOfDay = errors.New("not a time of day")

// Valid reports whether t was set to a real time of day.
func (t LocalTime) Valid() bool {
	return t.Set && t.Hour >= 0 && t.Hour < 24 && t.Minute >= 0 && t.Minute < 60
}

// Minutes returns t as minutes since midnight on the wall clock, which is
// how times of day are compared and spaced apart.
func (t LocalTime) Minutes() int { return t.Hour*60 + t.Minute }

// String formats t as 24-hour HH:MM.
func (t LocalTime) String() string {
	if !t.Valid() {
		return "not set"
	}
	return fmt.Sprintf("%02d:%02d", t.Hour, t.Minute)
}

// On returns t on the given local date in loc. A time that does not exist
// that day (clocks spring forward) moves forward to the next valid minute;
// an ambiguous one (clocks fall back) is the first of the two, so it fires
// once and as early as the person would expect.
func (t LocalTime) On(year int, month time.Month, day int, loc *time.Location) time.Time {
	// A day outside its month (31 September, day 0) is the date it
	// normalises to, as time.Date would have it.
	year, month, day = time.Date(year, month, day, 12, 0, 0, 0, time.UTC).Date()
	at := time.Date(year, month, day, t.Hour, t.Minute, 0, 0, loc)
	if !t.matches(at) {
		// time.Date normalises a skipped time by the size of the gap, which can
		// land either side of it; the next valid minute is the gap's end.
		for probe := at.Add(-2 * time.Hour); ; probe = probe.Add(time.Minute) {
			if probe.Day() == day && (probe.Hour() > t.Hour || probe.Hour() == t.Hour && probe.Minute() >= t.Minute) {
				return probe
			}
		}
	}
	// Shifts are 30 minutes (Lord Howe) or an hour; an earlier instant with
	// the same wall clock is the first occurrence of an ambiguous time.
	for _, shift := range []time.Duration{time.Hour, 30 * time.Minute} {
		if earlier := at.Add(-shift); t.matches(earlier) {
			return earlier
		}
	}
	return at
}

func (t LocalTime) matches(at time.Time) bool {
	return at.Hour() == t.Hour && at.Minute() == t.Minute
}

// ParseLocalTime reads a time of day such as "20:00", "8:30", "8pm" or
// "7.15 am", or as French, German and Spanish write it: "21h", "14h30",
// "20 Uhr", "20:30 Uhr", "20 h". It is forgiving about form and strict
// about range.
func ParseLocalTime(s string) (LocalTime, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, " ", "")
	suffix := ""
	for _, sfx := range []string{"am", "pm", "uhr", "h"} {
		if strings.HasSuffix(s, sfx) {
			suffix, s = sfx, strings.TrimSuffix(s, sfx)
			break
		}
	}
	if suffix == "" {
		s = strings.Replace(s, "h", ":", 1) // 14h30
	}
	hs, ms, found := strings.Cut(strings.ReplaceAll(s, ".", ":"), ":")
	if !found {
		ms = "0"
	}
	h, errH := strconv.Atoi(hs)
	m, errM := strconv.Atoi(ms)
	if errH != nil || errM != nil || len(hs) > 2 || len(ms) > 2 || m < 0 || m > 59 {
		return LocalTime{}, ErrTimeOfDay
	}
	switch suffix {
	case "am", "pm":
		if h < 1 || h > 12 {
			return LocalTime{}, ErrTimeOfDay
		}
		h %= 12
		if suffix == "pm" {
			h += 12
		}
	}
	if h < 0 || h > 23 {
		return LocalTime{}, ErrTimeOfDay
	}
	return LocalTime{Hour: h, Minute: m, Set: true}, nil
}
