package coach

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// maxDigestRows bounds a digest; a therapist with more patients gets the
// flagged ones first.
const maxDigestRows = 50

// digestRow is one patient in a therapist's digest, holding only what the
// patient allowed.
type digestRow struct {
	name  string
	text  string
	flags []string
}

// deliverDigest is the weekly digest job. A therapist who is gone gets
// nothing, and the recurrence ends.
func (c *Coach) deliverDigest(ctx context.Context, job Job) ([]Message, error) {
	t, err := c.store.Therapist(ctx, job.Person)
	if errors.Is(err, ErrNotFound) {
		return nil, ErrInactive
	}
	if err != nil {
		return nil, fmt.Errorf("load therapist: %w", err)
	}
	return c.digest(ctx, t)
}

// digest builds the week's digest: a row per consenting patient, flagged
// patients first. Each send is recorded in the patient's own log.
func (c *Coach) digest(ctx context.Context, t Therapist) ([]Message, error) {
	ids, err := c.store.Patients(ctx, t.ID)
	if err != nil {
		return nil, fmt.Errorf("list patients: %w", err)
	}
	now, w := c.clock.Now(), t.words()
	var rows []digestRow
	for _, id := range ids {
		row, ok, err := c.digestRowFor(ctx, id, t, now, !c.cfg.DigestLinkOnly)
		if err != nil {
			return nil, err
		}
		if ok {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return []Message{{Title: w.T("digest.title"), Text: w.T("digest.nobody")}}, nil
	}
	if c.cfg.DigestLinkOnly {
		return []Message{linkOnlyDigest(w, rows, c.linkLine(w, t.ID, LinkTherapist))}, nil
	}
	slices.SortStableFunc(rows, func(a, b digestRow) int {
		if (len(a.flags) > 0) != (len(b.flags) > 0) {
			return cmp.Compare(len(b.flags), len(a.flags))
		}
		return strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name))
	})
	more := 0
	if len(rows) > maxDigestRows {
		rows, more = rows[:maxDigestRows], len(rows)-maxDigestRows
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(r.text + "\n")
	}
	if more > 0 {
		b.WriteString(w.N("digest.more", more) + "\n")
	}
	b.WriteString("\n" + w.T("digest.footer"))
	if line := c.linkLine(w, t.ID, LinkTherapist); line != "" {
		b.WriteString("\n\n" + line)
	}
	return []Message{{Title: w.T("digest.title"), Text: b.String()}}, nil
}

// digestRowFor builds one patient's row, or nothing when the patient has
// not consented, revoked, or is gone. With record, the send is recorded in
// the patient's /share record (a link-only digest sends nothing of theirs).
func (c *Coach) digestRowFor(ctx context.Context, patient string, t Therapist, now time.Time, record bool) (digestRow, bool, error) {
	share, ok, err := c.activeShare(ctx, patient, t.ID)
	if err != nil || !ok {
		return digestRow{}, false, err
	}
	p, err := c.store.Person(ctx, patient)
	if errors.Is(err, ErrNotFound) {
		return digestRow{}, false, nil
	}
	if err != nil {
		return digestRow{}, false, fmt.Errorf("load patient: %w", err)
	}
	loc, err := p.Location()
	if err != nil {
		return digestRow{}, false, err
	}
	today := localtime.DayOf(now, loc)
	s, days, err := c.week(ctx, p, p.lastFullWeek(today), today, false, "")
	if err != nil {
		return digestRow{}, false, err
	}
	w := t.words()
	row := digestRow{name: share.ShownAs, flags: digestFlags(w, share.Scope, withLaterScores(s, days, today), days, today)}
	row.text = row.render(w, share.Scope, s, days, today)
	if share.Scope.Scores {
		over, err := c.durabilityDigest(ctx, w, p, today)
		if err != nil {
			return digestRow{}, false, err
		}
		row.text += over
	}
	if !record {
		return row, true, nil
	}
	if err := c.store.Record(ctx, patient, auditEntry(now, t.Name, auditDigest, nil)); err != nil {
		return digestRow{}, false, fmt.Errorf("record digest: %w", err)
	}
	return row, true, nil
}

// render writes the row with only the parts the scope allows.
func (r digestRow) render(w lang.Printer, sc Scope, s WeeklySummary, days []CheckIn, today localtime.Day) string {
	parts := []string{}
	if sc.Adherence {
		parts = append(parts, adherenceShort(w, s))
	}
	if sc.Trends {
		parts = append(parts, w.T("digest.mood", lang.Args{"Trend": trendShort(w, s.Mood)}), w.T("digest.anxiety", lang.Args{"Trend": trendShort(w, s.Anxiety)}))
	}
	if sc.Minutes {
		parts = append(parts, w.T("digest.moved", lang.Args{"Minutes": w.Number(s.MinutesMoved)}))
	}
	if sc.Scores {
		for _, l := range s.Scores {
			parts = append(parts, scoreShort(w, l, days))
		}
		parts = append(parts, asqNegatives(w, days, digestFrom(s, today))...)
	}
	line := fmt.Sprintf("%s — %s", r.name, strings.Join(parts, " · "))
	for _, f := range r.flags {
		line += " ⚑ " + f
	}
	if sc.Notes {
		for _, d := range days {
			switch {
			case d.Day < digestFrom(s, today):
			case d.Note != "":
				line += "\n    " + w.T("digest.note", lang.Args{"Day": LongDay(w, d.Day), "Text": clip(d.Note, 200)})
			case d.unread(string(FieldNote)):
				line += "\n    " + w.T("digest.note", lang.Args{"Day": LongDay(w, d.Day), "Text": w.T("digest.note_unreadable")})
			}
		}
	}
	return line + integrationDigest(w, sc, days, today)
}

// LongDay writes a day with its weekday in w's language: "Monday 2
// March", "Montag, 2. März"; the web pages write days so too.
func LongDay(w lang.Printer, d localtime.Day) string {
	y, m, dd := d.Date()
	if y == 0 {
		return string(d)
	}
	return w.Day(time.Date(y, m, dd, 12, 0, 0, 0, time.UTC))
}

func trendShort(w lang.Printer, t Trend) string {
	if t.N == 0 {
		return "–"
	}
	if t.comparable() {
		return w.T("digest.trend_was", lang.Args{"Avg": w.Decimal(t.Avg, 1), "Was": w.Decimal(t.PrevAvg, 1)})
	}
	return w.Decimal(t.Avg, 1)
}

func scoreShort(w lang.Printer, l ScoreLine, days []CheckIn) string {
	s := fmt.Sprintf("%s %d", l.Code, l.Result.Total)
	if l.Result.Severity != "" {
		s += " " + BandName(w, l.Result.Severity)
	}
	if prev, ok := previousResult(l, days); ok {
		s += fmt.Sprintf(" (%+d)", l.Result.Total-prev.Total)
	}
	return s
}

// previousResult finds the result of the same instrument before l.
func previousResult(l ScoreLine, days []CheckIn) (instrument.Result, bool) {
	for i := len(days) - 1; i >= 0; i-- {
		if days[i].Day >= l.Day {
			continue
		}
		for _, r := range days[i].ScoredOn() {
			if r.Result.Instrument == l.Result.Instrument {
				return r.Result, true
			}
		}
	}
	return instrument.Result{}, false
}

// digestFlags lists what a therapist should look at first, within what
// the patient shares: a crisis this week (with alerts allowed), low mood
// three days running or mood down a point or more on last week (with 2
// answers in each week; see lowMoodFlags), three or more check-ins
// sent and not answered since the last answer, PHQ-9 at 15 or up 5,
// GAD-7 up 4, and (see safetyFlags) PHQ-9 item 9, positive screens and ASQs.
func digestFlags(w lang.Printer, sc Scope, s WeeklySummary, days []CheckIn, today localtime.Day) []string {
	var flags []string
	if sc.Alerts && slices.ContainsFunc(days, func(d CheckIn) bool { return d.Day >= digestFrom(s, today) && !d.Crisis.IsZero() }) {
		flags = append(flags, w.T("digest.flag_crisis"))
	}
	if sc.Trends {
		flags = append(flags, lowMoodFlags(w, s, days, today)...)
	}
	if sc.Adherence && unansweredSends(days, today) >= unansweredMinSends {
		flags = append(flags, w.T("digest.flag_unanswered", lang.Args{"Days": unansweredMinSends}))
	}
	if sc.Scores {
		flags = append(flags, safetyFlags(w, s, days, today)...)
		for _, l := range s.Scores {
			prev, hasPrev := previousResult(l, days)
			delta := l.Result.Total - prev.Total
			switch {
			case l.Result.Instrument == instrument.PHQ9 && (l.Result.Total >= 15 || hasPrev && delta >= 5):
				flags = append(flags, w.T("digest.flag_phq9"))
			case l.Result.Instrument == instrument.GAD7 && hasPrev && delta >= 4:
				flags = append(flags, w.T("digest.flag_gad7"))
			}
		}
	}
	return flags
}

// linkOnlyDigest is the digest that keeps health data out of Discord: how
// many patients share and how many are flagged, and the link to the page.
func linkOnlyDigest(w lang.Printer, rows []digestRow, link string) Message {
	flagged := 0
	for _, r := range rows {
		if len(r.flags) > 0 {
			flagged++
		}
	}
	text := w.N("digest.link_only", len(rows), lang.Args{"Flagged": w.Number(flagged)})
	text += "\n\n" + link + "\n\n" + w.T("digest.link_only_why")
	return Message{Title: w.T("digest.title"), Text: text}
}

// BandName names a questionnaire's published band ("moderately severe") in
// w's language; a band without a translation keeps its published name.
func BandName(w lang.Printer, band string) string {
	id := "band." + strings.ReplaceAll(band, " ", "_")
	if s := w.T(id); s != id {
		return s
	}
	return band
}
