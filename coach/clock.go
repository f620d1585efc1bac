package coach

import "time"

// Clock tells the time. The coach never reads the wall clock itself, so that
// tests, the demo and CLOCK_SPEED can run days in seconds.
type Clock interface {
	Now() time.Time
}

// Day is a local calendar date, written as YYYY-MM-DD. Check-ins belong to the
// person's local day, not to a UTC one.
type Day string

// DayOf returns the local date of t in loc.
func DayOf(t time.Time, loc *time.Location) Day {
	return Day(t.In(loc).Format(time.DateOnly))
}

// ParseDay reads a Day back; the error means a malformed or forged value.
func ParseDay(s string) (Day, error) {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", ErrNotFound
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

// Long returns the day as people say it, such as "Tuesday 3 March".
func (d Day) Long() string {
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 12, 0, 0, 0, time.UTC).Format("Monday 2 January")
}
