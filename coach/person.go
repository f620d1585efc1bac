package coach

import (
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/activity"
	"github.com/aftercare/aftercare/coach/localtime"
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
	Consented   time.Time           // zero until the person agreed to the notice
	Zone        string              // IANA time zone name
	CheckInAt   localtime.LocalTime // daily check-in, in Zone
	Status      Status
	PlanDays    int       // length of an aftercare plan; 0 means DefaultPlanDays
	PausedUntil time.Time // nudges and check-ins wait until then
	LastCrisis  time.Time // when the crisis reply was last sent
	// Asking is the safety question or ASQ question waiting for an answer.
	Asking Asking `json:",omitzero"`
	// Unreachable is set when a scheduled message could not be delivered
	// (Discord DMs closed): the plan is held until the person is told.
	Unreachable bool

	// Movement preferences, asked at /start and changed in /settings.
	NudgeFrom, NudgeTo  localtime.LocalTime // the window for nudges; zero means defaultNudgeWindow
	Preferred, Excluded []nudge.Activity
	Ability             nudge.Ability
	NudgeTarget         int           // minutes of today's nudge; 0 means nudge.StartTarget
	TargetSetOn         localtime.Day // when NudgeTarget was last reviewed
	// Values are what the person said matters to them (an optional last
	// step of /start, or /settings); with any, some days of a plan offer a
	// valued activity instead of movement (activity.Offered).
	Values []activity.Value `json:",omitempty"`

	// Questionnaires are the instruments (ids such as "phq9") the person
	// asked to be offered weekly.
	Questionnaires []string
	// PCL5AskedBy names the linked therapist who asked that the PCL-5 be
	// offered (/therapist pcl5); the person still chooses to add it.
	PCL5AskedBy string `json:",omitempty"`

	// SummaryDay is the weekday of the weekly summary, stored one higher so
	// that zero means the default, Sunday.
	SummaryDay int
	SummaryAt  localtime.LocalTime // zero: an hour after the check-in, so the week's last one counts

	// Country is the ISO 3166-1 alpha-2 code chosen in /settings for crisis
	// lines; empty: from the Discord locale, else the time zone.
	Country string

	// QuietNoteOff turns off the one short note after a week without
	// answers (see quietweek.go); it is on unless turned off in /settings.
	QuietNoteOff bool `json:",omitempty"`
	// RestHours is how long after a session's time nothing is sent; zero
	// means DefaultRestHours.
	RestHours int `json:",omitempty"`

	// Lang is the language the person chose (one of lang.Langs) at /start
	// or in /settings; empty: the transport's locale, else English.
	Lang string `json:",omitempty"`
	// Locale is the language tag the transport last reported for the
	// person (Discord's locale, the console's LANG), kept so that what is
	// sent unasked (a check-in, a nudge) speaks the language their
	// commands get until they choose one.
	Locale string `json:",omitempty"`

	// locale and textLang belong to the event being handled and are never
	// saved: the transport's locale and the language of the screened text.
	locale, textLang string
}

func (p Person) summaryWeekday() time.Weekday {
	if p.SummaryDay < 1 || p.SummaryDay > 7 {
		return time.Sunday
	}
	return time.Weekday(p.SummaryDay - 1)
}

func (p Person) summaryAt() localtime.LocalTime {
	if p.SummaryAt.Valid() {
		return p.SummaryAt
	}
	m := min(p.CheckInAt.Minutes()+60, lastFollowUp.Minutes())
	m = max(m, p.CheckInAt.Minutes()+15) // a check-in after 21:15 still comes first
	return localtime.LocalTime{Hour: m / 60 % 24, Minute: m % 60, Set: true}
}

// defaultNudgeWindow is when nudges may come unless the person chose
// otherwise: late morning to late afternoon.
var defaultNudgeWindow = [2]localtime.LocalTime{{Hour: 10, Set: true}, {Hour: 17, Set: true}}

// quietHours are when the bot never writes first: 22:00 to 08:00.
var quietHours = [2]localtime.LocalTime{{Hour: 22, Set: true}, {Hour: 8, Set: true}}

// InQuietHours reports whether a time of day falls in quietHours.
func InQuietHours(t localtime.LocalTime) bool {
	m := t.Hour*60 + t.Minute
	return m >= quietHours[0].Hour*60 || m < quietHours[1].Hour*60
}

// nudgeWindow returns the person's window, or the default.
func (p Person) nudgeWindow() (from, to localtime.LocalTime) {
	if p.NudgeFrom.Valid() && p.NudgeTo.Valid() {
		return p.NudgeFrom, p.NudgeTo
	}
	return defaultNudgeWindow[0], defaultNudgeWindow[1]
}

// DefaultPlanDays is how many days after a session a plan runs unless the
// person chose otherwise.
const DefaultPlanDays = 7

// Location loads the person's time zone; a person saved by this package always
// has a valid one, so the error means the tz database changed under us.
func (p Person) Location() (*time.Location, error) {
	loc, err := localtime.LoadLocation(p.Zone)
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
