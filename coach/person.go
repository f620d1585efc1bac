package coach

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // the IANA database, so zones resolve on machines without one

	"github.com/aftercare/aftercare/coach/nudge"
)

// Status says whether Aftercare may write to a person first.
type Status string

// The statuses a person moves through. A stopped person gets nothing the bot
// would start on its own until they run /start again.
const (
	StatusNew     Status = ""
	StatusActive  Status = "active"
	StatusPaused  Status = "paused"
	StatusStopped Status = "stopped"
)

// Person is one patient's settings: who they are to the bot, their consent,
// and when and where they want to hear from it. It holds no health data.
type Person struct {
	ID          string
	Name        string
	Consented   time.Time // zero until the person agreed to the notice
	Zone        string    // IANA time zone name
	CheckInAt   LocalTime // daily check-in, in Zone
	Status      Status
	PlanDays    int       // length of an aftercare plan; 0 means DefaultPlanDays
	PausedUntil time.Time // nudges and check-ins wait until then
	LastCrisis  time.Time // when the crisis reply was last sent
	// Unreachable is set when a scheduled message could not be delivered
	// (Discord DMs closed): the plan is held until the person is told.
	Unreachable bool

	// Movement preferences, asked at /start and changed in /settings.
	NudgeFrom, NudgeTo  LocalTime // the window for nudges; zero means DefaultNudgeWindow
	Preferred, Excluded []nudge.Activity
	Ability             nudge.Ability
	NudgeTarget         int // minutes of today's nudge; 0 means nudge.StartTarget
	TargetSetOn         Day // when NudgeTarget was last reviewed

	// Questionnaires are the instruments (ids such as "phq9") the person
	// asked to be offered weekly.
	Questionnaires []string

	// SummaryDay is the weekday of the weekly summary, stored one higher so
	// that zero means the default, Sunday.
	SummaryDay int
	SummaryAt  LocalTime // zero: an hour after the check-in, so the week's last one counts
}

func (p Person) summaryWeekday() time.Weekday {
	if p.SummaryDay < 1 || p.SummaryDay > 7 {
		return time.Sunday
	}
	return time.Weekday(p.SummaryDay - 1)
}

func (p Person) summaryAt() LocalTime {
	if p.SummaryAt.Valid() {
		return p.SummaryAt
	}
	m := min(p.CheckInAt.minutes()+60, lastFollowUp.minutes())
	m = max(m, p.CheckInAt.minutes()+15) // a check-in after 21:15 still comes first
	return LocalTime{Hour: m / 60 % 24, Minute: m % 60, Set: true}
}

// DefaultNudgeWindow is when nudges may come unless the person chose
// otherwise: late morning to late afternoon.
var DefaultNudgeWindow = [2]LocalTime{{Hour: 10, Set: true}, {Hour: 17, Set: true}}

// QuietHours are when the bot never writes first: 22:00 to 08:00.
var QuietHours = [2]LocalTime{{Hour: 22, Set: true}, {Hour: 8, Set: true}}

// InQuietHours reports whether a time of day falls in QuietHours.
func InQuietHours(t LocalTime) bool {
	m := t.Hour*60 + t.Minute
	return m >= QuietHours[0].Hour*60 || m < QuietHours[1].Hour*60
}

// nudgeWindow returns the person's window, or the default.
func (p Person) nudgeWindow() (from, to LocalTime) {
	if p.NudgeFrom.Valid() && p.NudgeTo.Valid() {
		return p.NudgeFrom, p.NudgeTo
	}
	return DefaultNudgeWindow[0], DefaultNudgeWindow[1]
}

// DefaultPlanDays is how many days after a session a plan runs unless the
// person chose otherwise.
const DefaultPlanDays = 7

// Location loads the person's time zone; a person saved by this package always
// has a valid one, so the error means the tz database changed under us.
func (p Person) Location() (*time.Location, error) {
	loc, err := time.LoadLocation(p.Zone)
	if err != nil {
		return nil, fmt.Errorf("person time zone %q: %w", p.Zone, err)
	}
	return loc, nil
}

// Onboarded reports whether the person agreed to the notice and gave a time
// zone and a check-in time, which is what a plan needs.
func (p Person) Onboarded() bool {
	return !p.Consented.IsZero() && p.Zone != "" && p.CheckInAt.Valid()
}

// LocalTime is a wall-clock time of day, with no date and no zone.
type LocalTime struct {
	Hour, Minute int
	Set          bool // distinguishes 00:00 from "not chosen"
}

// Valid reports whether t was set to a real time of day.
func (t LocalTime) Valid() bool {
	return t.Set && t.Hour >= 0 && t.Hour < 24 && t.Minute >= 0 && t.Minute < 60
}

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
// "7.15 am". It is forgiving about form and strict about range.
func ParseLocalTime(s string) (LocalTime, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, " ", "")
	suffix := ""
	for _, sfx := range []string{"am", "pm", "h"} {
		if strings.HasSuffix(s, sfx) {
			suffix, s = sfx, strings.TrimSuffix(s, sfx)
			break
		}
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

// ParseZone checks an IANA time zone name such as "Europe/London" against the
// tz database, forgiving letter case ("europe/london", "us/pacific").
// Abbreviations like "EST" are refused: they say nothing about daylight
// saving time; so are paths such as "Europe//London" that only a machine's
// own zoneinfo folder would resolve.
func ParseZone(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "UTC") {
		return "UTC", nil
	}
	name, ok := zoneIndex[strings.ToLower(s)]
	if !ok {
		return "", ErrTimeZone
	}
	if _, err := time.LoadLocation(name); err != nil {
		return "", ErrTimeZone
	}
	return name, nil
}

//go:generate go run ../internal/genzones zones_gen.go

// zoneIndex finds a zone name by its lower-case spelling.
var zoneIndex = func() map[string]string {
	m := make(map[string]string, len(zoneNames))
	for _, n := range zoneNames {
		m[strings.ToLower(n)] = n
	}
	return m
}()
