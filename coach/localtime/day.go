package localtime

import (
	"errors"
	"time"
)

// Day is a local calendar date, written as YYYY-MM-DD. Check-ins belong to the
// person's local day, not to a UTC one.
type Day string

// ErrBadDay means a text is not a calendar date written as YYYY-MM-DD.
var ErrBadDay = errors.New("not a calendar day")

// DayOf returns the local date of t in loc.
func DayOf(t time.Time, loc *time.Location) Day {
	return Day(t.In(loc).Format(time.DateOnly))
}

// ParseDay reads a Day back; ErrBadDay means a malformed or forged value.
func ParseDay(s string) (Day, error) {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", ErrBadDay
	}
	return Day(s), nil
}

// Date returns the day's year, month and day of month.
func (d Day) Date() (int, time.Month, int) {
	t, err := time.Parse(time.DateOnly, string(d))
	if err != nil {
		return 0, 0, 0
	}
	return t.Date()
}

// AddDays returns the date n calendar days later (n may be negative).
func (d Day) AddDays(n int) Day {
	y, m, dd := d.Date()
	return Day(time.Date(y, m, dd+n, 12, 0, 0, 0, time.UTC).Format(time.DateOnly))
}

// Start returns the first instant of the day in loc.
func (d Day) Start(loc *time.Location) time.Time {
	y, m, dd := d.Date()
	return LocalTime{Set: true}.On(y, m, dd, loc)
}
