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
	now := c.clock.Now()
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
		return []Message{{Title: "Weekly digest", Text: "No patients are sharing with you yet. Give a patient your invite code (/therapist code); they type /share CODE and choose what you see."}}, nil
	}
	if c.cfg.DigestLinkOnly {
		return []Message{linkOnlyDigest(rows, c.linkLine(lang.For(lang.Default), t.ID, LinkTherapist))}, nil
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
		fmt.Fprintf(&b, "…and %d more patients without flags.\n", more)
	}
	b.WriteString("\n" + digestFooter)
	if line := c.linkLine(lang.For(lang.Default), t.ID, LinkTherapist); line != "" {
		b.WriteString("\n\n" + line)
	}
	return []Message{{Title: "Weekly digest", Text: b.String()}}, nil
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
	row := digestRow{name: share.ShownAs, flags: digestFlags(share.Scope, withLaterScores(s, days, today), days, today)}
	row.text = row.render(share.Scope, s, days, today)
	if share.Scope.Scores {
		over, err := c.durabilityDigest(ctx, p, today)
		if err != nil {
			return digestRow{}, false, err
		}
		row.text += over
	}
	if !record {
		return row, true, nil
	}
	if err := c.store.Record(ctx, patient, AuditEntry{At: now, Who: t.Name, What: "received your weekly digest"}); err != nil {
		return digestRow{}, false, fmt.Errorf("record digest: %w", err)
	}
	return row, true, nil
}

// render writes the row with only the parts the scope allows.
func (r digestRow) render(sc Scope, s WeeklySummary, days []CheckIn, today localtime.Day) string {
	parts := []string{}
	if sc.Adherence {
		parts = append(parts, adherenceShort(s))
	}
	if sc.Trends {
		parts = append(parts, "mood "+trendShort(s.Mood), "anxiety "+trendShort(s.Anxiety))
	}
	if sc.Minutes {
		parts = append(parts, fmt.Sprintf("%d min moved", s.MinutesMoved))
	}
	if sc.Scores {
		for _, l := range s.Scores {
			parts = append(parts, scoreShort(l, days))
		}
		parts = append(parts, asqNegatives(days, digestFrom(s, today))...)
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
				line += fmt.Sprintf("\n    note %s: %s", d.Day.Long(), clip(d.Note, 200))
			case d.unread(string(FieldNote)):
				line += fmt.Sprintf("\n    note %s: %s", d.Day.Long(), noteUnreadableInDigest)
			}
		}
	}
	return line + integrationDigest(sc, days, today)
}

func trendShort(t Trend) string {
	if t.N == 0 {
		return "–"
	}
	s := fmt.Sprintf("%.1f", t.Avg)
	if t.comparable() {
		s += fmt.Sprintf(" (was %.1f)", t.PrevAvg)
	}
	return s
}

func scoreShort(l ScoreLine, days []CheckIn) string {
	s := fmt.Sprintf("%s %d", l.Code, l.Result.Total)
	if l.Result.Severity != "" {
		s += " " + l.Result.Severity
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
func digestFlags(sc Scope, s WeeklySummary, days []CheckIn, today localtime.Day) []string {
	var flags []string
	if sc.Alerts && slices.ContainsFunc(days, func(d CheckIn) bool { return d.Day >= digestFrom(s, today) && !d.Crisis.IsZero() }) {
		flags = append(flags, "crisis flag this week")
	}
	if sc.Trends {
		flags = append(flags, lowMoodFlags(s, days, today)...)
	}
	if sc.Adherence && unansweredSends(days, today) >= unansweredMinSends {
		flags = append(flags, "3+ days without answering")
	}
	if sc.Scores {
		flags = append(flags, safetyFlags(s, days, today)...)
		for _, l := range s.Scores {
			prev, hasPrev := previousResult(l, days)
			delta := l.Result.Total - prev.Total
			switch {
			case l.Result.Instrument == instrument.PHQ9 && (l.Result.Total >= 15 || hasPrev && delta >= 5):
				flags = append(flags, "PHQ-9 high or up 5+")
			case l.Result.Instrument == instrument.GAD7 && hasPrev && delta >= 4:
				flags = append(flags, "GAD-7 up 4+")
			}
		}
	}
	return flags
}

// linkOnlyDigest is the digest that keeps health data out of Discord: how
// many patients share and how many are flagged, and the link to the page.
func linkOnlyDigest(rows []digestRow, link string) Message {
	flagged := 0
	for _, r := range rows {
		if len(r.flags) > 0 {
			flagged++
		}
	}
	text := fmt.Sprintf("%d patients share with you; %d flagged this week.", len(rows), flagged)
	if len(rows) == 1 {
		text = fmt.Sprintf("1 patient shares with you; %d flagged this week.", flagged)
	}
	text += "\n\n" + link + "\n\nThis digest holds no names, scores or trends: Discord is not a place for clinical records, so they are on the page."
	return Message{Title: "Weekly digest", Text: text}
}
