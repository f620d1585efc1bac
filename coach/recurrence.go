package coach

import (
	"errors"
	"fmt"
	"math/bits"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/robfig/cron/v3"
)

// Recurrence is when a recurring job comes again: every day, or every week
// on one weekday, at a local time in a time zone. The coach asks it for a
// job's first firing and the scheduler for every next one, so the two can
// never disagree about a clock change. Local time is resolved as everywhere
// else in Aftercare (LocalTime.On): a time that does not exist that day
// moves to the next valid minute, an ambiguous one fires once, and there is
// at most one firing a day.
//
// It is stored as a cron spec with its zone, the text queued jobs have
// always carried: "CRON_TZ=Europe/London 0 21 * * 0" (Sundays at 21:00) or
// "CRON_TZ=UTC 30 3 * * *" (daily at 03:30). cron/v3 parses that text, but
// its own Next is not used: it steps through local hours and skips a whole
// week across Lord Howe's 30-minute daylight-saving change.
//
// The zero Recurrence means "does not recur".
type Recurrence struct {
	spec    string
	loc     *time.Location
	at      localtime.LocalTime
	weekly  bool
	weekday time.Weekday
	err     error // why a stored spec cannot fire; spec keeps its text
}

// Daily recurs every day at a local time in loc.
func Daily(loc *time.Location, at localtime.LocalTime) Recurrence {
	at.Set = true
	return Recurrence{spec: fmt.Sprintf("CRON_TZ=%s %d %d * * *", loc, at.Minute, at.Hour), loc: loc, at: at}
}

// Weekly recurs every week on a weekday at a local time in loc.
func Weekly(loc *time.Location, day time.Weekday, at localtime.LocalTime) Recurrence {
	at.Set = true
	return Recurrence{
		spec: fmt.Sprintf("CRON_TZ=%s %d %d * * %d", loc, at.Minute, at.Hour, day),
		loc:  loc, at: at, weekly: true, weekday: day,
	}
}

// errNotDailyOrWeekly refuses cron specs of any other shape: Aftercare has
// never written one, and accepting one would need cron's day rules here.
var errNotDailyOrWeekly = errors.New(`want a daily or weekly spec such as "CRON_TZ=Europe/London 0 21 * * 0"`)

// ParseRecurrence reads a recurrence in its stored form, exactly as Daily
// or Weekly write it.
func ParseRecurrence(spec string) (Recurrence, error) {
	parsed, err := cron.ParseStandard(spec)
	if err != nil {
		return Recurrence{}, fmt.Errorf("parse recurrence %q: %w", spec, err)
	}
	s, ok := parsed.(*cron.SpecSchedule)
	if !ok {
		return Recurrence{}, fmt.Errorf("recurrence %q: %w", spec, errNotDailyOrWeekly)
	}
	minute, okMinute := onlyValue(s.Minute, 60)
	hour, okHour := onlyValue(s.Hour, 24)
	at := localtime.LocalTime{Hour: hour, Minute: minute}
	r := Daily(s.Location, at)
	if day, ok := onlyValue(s.Dow, 7); ok {
		r = Weekly(s.Location, time.Weekday(day), at)
	}
	// Writing it back must give the same text: that rules out ranges, steps,
	// days of the month, a missing zone, and keeps the stored form one form.
	if !okMinute || !okHour || r.spec != spec {
		return Recurrence{}, fmt.Errorf("recurrence %q: %w", spec, errNotDailyOrWeekly)
	}
	return r, nil
}

// onlyValue returns the value of a cron field that allows exactly one.
func onlyValue(field uint64, limit int) (int, bool) {
	values := field & (1<<uint(limit) - 1)
	if bits.OnesCount64(values) != 1 {
		return 0, false
	}
	return bits.TrailingZeros64(values), true
}

// Next returns the first firing strictly after after, or the zero time if
// r never fires (it is zero, or a stored spec that did not parse).
func (r Recurrence) Next(after time.Time) time.Time {
	if r.loc == nil || !r.at.Valid() {
		return time.Time{}
	}
	first := localtime.DayOf(after, r.loc)
	// Two weeks hold a weekly firing even where a zone skipped a date.
	for i := range 14 {
		y, m, d := first.AddDays(i).Date()
		if r.weekly && time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Weekday() != r.weekday {
			continue
		}
		if due := r.at.On(y, m, d, r.loc); due.After(after) {
			return due
		}
	}
	return time.Time{}
}

// Location returns the zone r recurs in; nil if it never fires.
func (r Recurrence) Location() *time.Location { return r.loc }

// IsZero reports whether r is the zero Recurrence: the job does not recur.
func (r Recurrence) IsZero() bool { return r.spec == "" }

// Err reports why a stored spec never fires, or nil.
func (r Recurrence) Err() error { return r.err }

// String returns the stored form.
func (r Recurrence) String() string { return r.spec }

// MarshalText implements encoding.TextMarshaler with the stored form.
func (r Recurrence) MarshalText() ([]byte, error) { return []byte(r.spec), nil }

// UnmarshalText implements encoding.TextUnmarshaler. A spec that does not
// parse is kept with its error rather than refused: a job that cannot be
// decoded would come back to its worker forever, while this one runs once
// more and the scheduler reports why it does not recur.
func (r *Recurrence) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = Recurrence{}
		return nil
	}
	parsed, err := ParseRecurrence(string(text))
	if err != nil {
		parsed = Recurrence{spec: string(text), err: err}
	}
	*r = parsed
	return nil
}

// NewRecurringJob builds a recurring job at its first firing after the
// given time, on the firing's local day: the coach plans the first one
// with it, the scheduler each next one.
func NewRecurringJob(person string, kind JobKind, every Recurrence, after time.Time) Job {
	due := every.Next(after)
	day := localtime.Day("")
	if !due.IsZero() {
		day = localtime.DayOf(due, every.loc)
	}
	j := NewJob(person, kind, day, due)
	j.Every = every
	return j
}
