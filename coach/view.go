package coach

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
)

// The web view's pages read what they show from here, and only what the
// viewer may see: a therapist what each patient shares, checked on every
// call, and a person everything of their own. Nothing here knows HTTP.

// ErrNotShared is a therapist asking for a patient who does not share with
// them (never did, revoked, or is gone).
var ErrNotShared = errors.New("not shared with this therapist")

// overviewDays is how far back the therapist's page draws each patient;
// a patient's own page goes back historyDays.
const (
	overviewDays = 28
	historyDays  = 365
)

// ViewDay is one day of a history: the 1-5 answers (0 unanswered), minutes
// moved, and whether a session fell on it.
type ViewDay struct {
	Day                          localtime.Day
	Mood, Anxiety, Energy, Sleep int
	Minutes                      int
	Session                      bool
}

// ViewWeek is the minutes moved in the seven days from Start.
type ViewWeek struct {
	Start   localtime.Day
	Minutes int
}

// ViewScore is one questionnaire total on its day.
type ViewScore struct {
	Day      localtime.Day
	Total    int
	Severity string
}

// ViewInstrument is one questionnaire's scores over time, with its
// published bands and, where the durability view has it, its course.
type ViewInstrument struct {
	Code, Name string
	MaxTotal   int
	Bands      []instrument.Band
	Scores     []ViewScore
	Course     string // "response", "remission", "response fading", "" when none
	// ResponseAt is the response threshold, half the baseline, where a
	// response was ever met (drawn on the chart); 0 when none was.
	ResponseAt float64
	// Plain is the course in the words the person's own summary uses
	// ("Over time"), for their own page; "" when there is none yet.
	Plain string
}

// ViewText is a person's own words on a day: a note, an intention or a
// reflection (with its prompt).
type ViewText struct {
	Day          localtime.Day
	Prompt, Text string
}

// WeekText is one week's summary as the person was told it.
type WeekText struct {
	Title, Text string
}

// History is what a page shows of one person. What the viewer may not see
// is left empty, and the booleans say which parts are shown at all.
type History struct {
	// Lang is the language of the page's words: the viewer's.
	Lang                    string
	Name                    string
	From, Through           localtime.Day
	Trends, Minutes, Scores bool
	Adherence               string // "check-ins 5 of 7" for the last full week; "" when not shared
	Flags                   []string
	// Alerts says when each crisis alert of the flags' week came and its
	// source, never the words (a therapist who is sent alerts only).
	Alerts             []string
	Days               []ViewDay
	Weeks              []ViewWeek
	Sessions           []localtime.Day
	Instruments        []ViewInstrument
	Notes, Reflections []ViewText
	Summaries          []WeekText // the person's own page only, newest first
}

// PatientView is one consenting patient as their therapist sees them.
type PatientView struct {
	ID string
	History
}

// TherapistView is a therapist's page: their consenting patients, flagged
// ones first.
type TherapistView struct {
	Lang     string // the therapist's language, of the page's words
	Name     string
	Patients []PatientView
}

// TherapistPage reads a therapist's page: each consenting patient over the
// last overviewDays, flagged first (the digest's flags and order). Each
// patient shown has the view recorded in their /share record.
func (c *Coach) TherapistPage(ctx context.Context, therapist string) (TherapistView, error) {
	t, err := c.store.Therapist(ctx, therapist)
	if err != nil {
		return TherapistView{}, fmt.Errorf("load therapist: %w", err)
	}
	ids, err := c.store.Patients(ctx, t.ID)
	if err != nil {
		return TherapistView{}, fmt.Errorf("list patients: %w", err)
	}
	v := TherapistView{Lang: t.words().Lang, Name: t.Name}
	for _, id := range ids {
		pv, err := c.patientView(ctx, t, id, overviewDays)
		if errors.Is(err, ErrNotShared) {
			continue
		}
		if err != nil {
			return TherapistView{}, err
		}
		v.Patients = append(v.Patients, pv)
	}
	slices.SortStableFunc(v.Patients, func(a, b PatientView) int {
		if (len(a.Flags) > 0) != (len(b.Flags) > 0) {
			return len(b.Flags) - len(a.Flags)
		}
		return compareFold(a.Name, b.Name)
	})
	return v, nil
}

// PatientPage reads one patient's page for their therapist: the full
// history they share. ErrNotShared when they do not share with them.
func (c *Coach) PatientPage(ctx context.Context, therapist, patient string) (PatientView, error) {
	t, err := c.store.Therapist(ctx, therapist)
	if errors.Is(err, ErrNotFound) {
		return PatientView{}, ErrNotShared
	}
	if err != nil {
		return PatientView{}, fmt.Errorf("load therapist: %w", err)
	}
	return c.patientView(ctx, t, patient, historyDays)
}

// SharingPatients lists the patients who share with the therapist now.
func (c *Coach) SharingPatients(ctx context.Context, therapist string) ([]string, error) {
	ids, err := c.store.Patients(ctx, therapist)
	if err != nil {
		return nil, fmt.Errorf("list patients: %w", err)
	}
	var out []string
	for _, id := range ids {
		if _, ok, err := c.activeShare(ctx, id, therapist); err != nil {
			return nil, err
		} else if ok {
			out = append(out, id)
		}
	}
	return out, nil
}

func (c *Coach) patientView(ctx context.Context, t Therapist, patient string, back int) (PatientView, error) {
	share, ok, err := c.activeShare(ctx, patient, t.ID)
	if err != nil {
		return PatientView{}, err
	}
	if !ok {
		return PatientView{}, ErrNotShared
	}
	p, err := c.store.Person(ctx, patient)
	if errors.Is(err, ErrNotFound) {
		return PatientView{}, ErrNotShared
	}
	if err != nil {
		return PatientView{}, fmt.Errorf("load patient: %w", err)
	}
	h, err := c.viewHistory(ctx, p, share.Scope, back, t.words())
	if err != nil {
		return PatientView{}, err
	}
	h.Name = share.ShownAs
	if err := c.recordView(ctx, p, t); err != nil {
		return PatientView{}, err
	}
	return PatientView{ID: patient, History: h}, nil
}

// viewLookBack is how many of the newest record entries are read for a
// view already recorded today: a page reloaded all day records one view,
// and grants and revocations stay in sight in /share's recent list.
const viewLookBack = 100

// recordView records a therapist's view of a patient's data in the
// patient's /share record, once a day (the patient's day) per therapist.
func (c *Coach) recordView(ctx context.Context, p Person, t Therapist) error {
	now := c.clock.Now()
	loc, err := p.Location()
	if err != nil {
		return err
	}
	today := localtime.DayOf(now, loc)
	log, err := c.store.AuditLog(ctx, p.ID, viewLookBack)
	if err != nil {
		return fmt.Errorf("read record for view: %w", err)
	}
	for _, e := range log { // newest first
		if localtime.DayOf(e.At, loc) < today {
			break
		}
		if e.Who == t.Name && e.Is(auditViewed) {
			return nil
		}
	}
	if err := c.store.Record(ctx, p.ID, auditEntry(now, t.Name, auditViewed, nil)); err != nil {
		return fmt.Errorf("record view: %w", err)
	}
	return nil
}

// OwnPage reads a person's own page: everything, with the words of their
// reflections and intentions only when they ask to see them.
func (c *Coach) OwnPage(ctx context.Context, person string, reflections bool) (History, error) {
	p, err := c.store.Person(ctx, person)
	if err != nil {
		return History{}, fmt.Errorf("load person: %w", err)
	}
	sc := Scope{Adherence: true, Trends: true, Minutes: true, Scores: true, Notes: true, Reflections: reflections}
	h, err := c.viewHistory(ctx, p, sc, historyDays, p.words())
	if err != nil {
		return History{}, err
	}
	h.Name = p.Name
	h.Flags = nil // flags are for a therapist's eyes; a person gets their summaries' kinder words
	if h.Summaries, err = c.weekTexts(ctx, p, h.From); err != nil {
		return History{}, err
	}
	return h, nil
}
