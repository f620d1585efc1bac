package coach

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// exportDoc is everything Aftercare holds about a person, as they get it:
// settings in words, times in their own zone with its offset, and no
// field that was never set (every optional field is omitted when empty).
type exportDoc struct {
	About          string                `json:"about"`
	ExportedAt     time.Time             `json:"exported_at"`
	TimeZone       string                `json:"time_zone"`
	Scales         map[string]string     `json:"answer_scales,omitempty"`
	Settings       *exportSettings       `json:"settings,omitempty"`
	Sessions       []exportSession       `json:"therapy_sessions,omitempty"`
	Days           []exportDay           `json:"days,omitempty"`
	Questionnaires []exportQuestionnaire `json:"questionnaires,omitempty"`
	Intentions     []exportIntention     `json:"intentions,omitempty"`
	Reflections    []exportReflection    `json:"reflections,omitempty"`
	SafetyPlan     *exportPlan           `json:"safety_plan,omitempty"`
	Messages       []exportMessage       `json:"messages,omitempty"`
	Coming         []exportComing        `json:"coming,omitempty"`
	Groups         *exportGroups         `json:"groups,omitempty"`
	Shares         []exportShare         `json:"shares,omitempty"`
	Record         []exportRecord        `json:"sharing_record,omitempty"`
	Therapist      *exportTherapist      `json:"therapist,omitempty"`
	Weeks          []WeekAggregate       `json:"weeks_kept_after_retention,omitempty"`
	// CouldNotRead lists what is stored but could not be opened (sealed
	// with a data key that is not configured), so it is missing above.
	CouldNotRead []string `json:"could_not_read,omitempty"`
}

// exporter gathers one person's export; times are shown in loc.
type exporter struct {
	c         *Coach
	p         Person
	known     bool // a person record exists (not only, say, a therapist's)
	therapist *Therapist
	loc       *time.Location
	now       time.Time
	w         lang.Printer // the person's language, for what the files say in words
}

// exportFrom is as far back as an export reaches: everything.
const exportFrom localtime.Day = "2000-01-01"

// exporterFor picks the zone an export is written in: the person's own,
// else a therapist's digest zone, else the deployment's default.
func (c *Coach) exporterFor(ctx context.Context, p Person) (*exporter, error) {
	x := &exporter{c: c, p: p, now: c.clock.Now(), w: p.words()}
	switch _, err := c.store.Person(ctx, p.ID); {
	case err == nil:
		x.known = true
	case !errors.Is(err, ErrNotFound):
		return nil, fmt.Errorf("export person: %w", err)
	}
	switch t, err := c.store.Therapist(ctx, p.ID); {
	case err == nil:
		x.therapist = &t
	case !errors.Is(err, ErrNotFound):
		return nil, fmt.Errorf("export therapist: %w", err)
	}
	zone := p.Zone
	if zone == "" && x.therapist != nil {
		zone = x.therapist.Zone
	}
	loc, err := localtime.LoadLocation(cmp.Or(zone, c.cfg.DefaultZone))
	if err != nil {
		loc = time.UTC
	}
	x.loc = loc
	return x, nil
}

// at is a stored time as the export shows it: in the person's zone, to the
// second, or nil for a time never set.
func (x *exporter) at(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	local := t.In(x.loc).Truncate(time.Second)
	return &local
}

// document reads everything and returns it with the raw days (for the
// spreadsheet and FHIR files).
func (x *exporter) document(ctx context.Context) (exportDoc, []CheckIn, error) {
	doc := exportDoc{
		About:      x.w.T("export.about", lang.Args{"Zone": x.loc.String()}),
		ExportedAt: *x.at(x.now),
		TimeZone:   x.loc.String(),
	}
	days, err := x.c.store.CheckIns(ctx, x.p.ID, exportFrom, localtime.DayOf(x.now, time.UTC).AddDays(2))
	if err != nil {
		return doc, nil, fmt.Errorf("export days: %w", err)
	}
	sessions, err := x.c.store.Sessions(ctx, x.p.ID)
	if err != nil {
		return doc, nil, fmt.Errorf("export sessions: %w", err)
	}
	shares, err := x.c.store.Shares(ctx, x.p.ID)
	if err != nil {
		return doc, nil, fmt.Errorf("export shares: %w", err)
	}
	if x.known {
		doc.Settings = x.settings(shares)
	}
	doc.Sessions = x.sessions(sessions, shares)
	x.fillDays(&doc, days)
	doc.Shares = x.shares(shares)
	return doc, days, x.fillRest(ctx, &doc, days)
}

// fillRest adds what is read beyond the person's days: the plan ahead,
// the record of sharing, the safety plan, groups and a registration.
func (x *exporter) fillRest(ctx context.Context, doc *exportDoc, days []CheckIn) error {
	var err error
	if doc.Weeks, err = x.c.store.Weeks(ctx, x.p.ID); err != nil {
		return fmt.Errorf("export weeks: %w", err)
	}
	if doc.Record, err = x.record(ctx); err != nil {
		return err
	}
	var unreadPlan []string
	if doc.SafetyPlan, unreadPlan, err = x.c.exportSafetyPlan(ctx, x.p, x.at); err != nil {
		return err
	}
	doc.CouldNotRead = append(unreadableItems(x.w, days, localtime.DayOf(x.now, time.UTC).AddDays(2)), unreadPlan...)
	if doc.Coming, err = x.coming(ctx); err != nil {
		return err
	}
	if doc.Groups, err = x.groups(ctx); err != nil {
		return err
	}
	doc.Therapist, err = x.therapistSection(ctx)
	return err
}

// exportSession is one therapy session and who logged it.
type exportSession struct {
	At       *time.Time `json:"at"`
	LoggedBy string     `json:"logged_by"`
}

// sessions names who logged each session: the person, or their therapist
// by the name they shared with (never an id).
func (x *exporter) sessions(list []TherapySession, shares []Share) []exportSession {
	var out []exportSession
	for _, s := range list {
		by := x.w.T("export.logged_by_you")
		if s.LoggedBy != "" && s.LoggedBy != x.p.ID {
			by = cmp.Or(s.LoggedByName, x.w.T("export.your_therapist"))
			for _, sh := range shares {
				if sh.Therapist == s.LoggedBy {
					by = sh.TherapistName
				}
			}
		}
		out = append(out, exportSession{At: x.at(s.At), LoggedBy: by})
	}
	return out
}
