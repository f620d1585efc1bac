package coach

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// followed are the instruments whose course is shown over time: those
// with a published reliable-change threshold.
var followed = []string{instrument.PHQ9, instrument.GAD7, instrument.PCL5}

// course is one instrument's course and the latest difficulty answer.
type course struct {
	in         instrument.Questionnaire
	c          instrument.Course
	difficulty string // PHQ-9's unscored answer on its latest day, "" if none
}

// courses judges each followed instrument from the history up to day:
// the baseline is the last score before the day of the first logged
// session (instrument.Follow).
func (c *Coach) courses(ctx context.Context, p Person, day localtime.Day) ([]course, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	hist, err := c.history(ctx, p.ID, day)
	if err != nil {
		return nil, err
	}
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("load sessions: %w", err)
	}
	var first time.Time
	for _, s := range sessions {
		if !s.At.After(c.clock.Now()) && (first.IsZero() || s.At.Before(first)) {
			first = s.At
		}
	}
	var out []course
	for _, id := range followed {
		in, _ := instrument.ByID(id)
		var readings []instrument.Reading
		var last CheckIn
		for _, d := range hist {
			for _, s := range d.ScoredOn() {
				if s.Result.Instrument == id {
					before := !first.IsZero() && d.Day < localtime.DayOf(first, loc)
					readings = append(readings, instrument.Reading{Total: s.Result.Total, BeforeSession: before})
					last = d
				}
			}
		}
		if len(readings) == 0 {
			continue
		}
		cr, err := instrument.Follow(id, readings)
		if err != nil {
			return nil, fmt.Errorf("follow %s: %w", id, err)
		}
		out = append(out, course{in: in, c: cr, difficulty: difficultyLabel(in, last)})
	}
	return out, nil
}

// durabilityText is the person's "Over time" part of the summary, or "".
func (c *Coach) durabilityText(ctx context.Context, p Person, day localtime.Day) (string, error) {
	cs, err := c.courses(ctx, p, day)
	if err != nil {
		return "", err
	}
	var lines []string
	for _, cr := range cs {
		if line := cr.plain(); line != "" {
			lines = append(lines, line)
		}
	}
	if len(lines) == 0 {
		return "", nil
	}
	return "\n\nOver time\n" + strings.Join(lines, "\n"), nil
}

// plain words one course for the person: the numbers first, then what
// they do and do not say. A rise is something to talk over, never an alarm.
func (cr course) plain() string {
	c, code := cr.c, cr.in.Code
	var b strings.Builder
	if len(c.Since) > 0 {
		start := "when you started"
		if c.BeforeSession {
			start = "before your first session"
		}
		fmt.Fprintf(&b, "%s: %d %s; since then %s.", code, c.Baseline, start, joinInts(c.Since))
		switch {
		case c.Remission:
			b.WriteString(" Your latest is under 5, what clinicians call remission.")
		case c.Worsened:
			fmt.Fprintf(&b, " That's up %d points, more than the usual ups and downs of this questionnaire; it may be worth talking over with your therapist or someone you trust.", c.Change)
		case c.Fading:
			fmt.Fprintf(&b, " Your lowest was %d; the latest, %d, is back above half of where you started. Gains often wobble, and this may be worth mentioning to your therapist.", c.Lowest, c.Latest)
		case c.Response:
			b.WriteString(" Your latest is half or less of where you started, what clinicians call a response.")
		case c.Improved:
			fmt.Fprintf(&b, " That's down %d points, more than the usual ups and downs of this questionnaire.", -c.Change)
		default:
			b.WriteString(" So far the change is within the usual ups and downs of this questionnaire, so it can't say much yet.")
		}
	}
	if cr.difficulty != "" {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "Day-to-day difficulty you reported last time (not part of the score): %s.", strings.ToLower(cr.difficulty))
	}
	return b.String()
}

// precise words one course for a therapist, with the rules applied, in
// w's language.
func (cr course) precise(w lang.Printer) string {
	c, in := cr.c, cr.in
	base := w.T("course.base_first")
	if c.BeforeSession {
		base = w.T("course.base_pre")
	}
	s := w.T("course.baseline", lang.Args{"Code": in.Code, "Baseline": c.Baseline, "Base": base})
	if len(c.Since) == 0 {
		s += "; " + w.T("course.none_since")
	} else {
		s += fmt.Sprintf(" → %s; Δ %+d", joinInts(c.Since), c.Change)
		switch {
		case c.Improved:
			s += ", " + w.T("course.improved", lang.Args{"Threshold": c.ReliableChange})
		case c.Worsened:
			s += ", " + w.T("course.worsened", lang.Args{"Threshold": c.ReliableChange})
		default:
			s += ", " + w.T("course.within", lang.Args{"Threshold": c.ReliableChange})
		}
		s += judgement(w, in, c)
	}
	if cr.difficulty != "" {
		s += "; " + w.T("course.difficulty", lang.Args{"Answer": strings.ToLower(cr.difficulty)})
	}
	return s
}

func judgement(w lang.Printer, in instrument.Questionnaire, c instrument.Course) string {
	if in.ID == instrument.PCL5 {
		return ""
	}
	if !c.Judged {
		return "; " + w.T("course.not_judged", lang.Args{"Cutoff": in.Cutoff})
	}
	var parts []string
	if in.ID == instrument.PHQ9 {
		switch {
		case c.Fading:
			rise := c.Latest - c.Lowest
			key := "course.fading_within"
			if rise >= c.ReliableChange {
				key = "course.fading_beyond"
			}
			parts = append(parts, w.T(key, lang.Args{"Lowest": c.Lowest, "Baseline": c.Baseline, "Latest": c.Latest, "Rise": fmt.Sprintf("%+d", rise)}))
		case c.Response:
			parts = append(parts, w.T("course.response"))
		default:
			parts = append(parts, w.T("course.no_response"))
		}
	}
	if c.Remission {
		parts = append(parts, w.T("course.remission"))
	} else {
		parts = append(parts, w.T("course.not_remission"))
	}
	return "; " + strings.Join(parts, ", ")
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}

// durabilityDigest is a patient's lines in a therapist's digest, "" without scores.
func (c *Coach) durabilityDigest(ctx context.Context, w lang.Printer, p Person, day localtime.Day) (string, error) {
	cs, err := c.courses(ctx, p, day)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, cr := range cs {
		b.WriteString("\n    " + cr.precise(w))
	}
	return b.String(), nil
}
