package coach

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// exportGroups is what the person holds in support groups: the challenges
// they joined and their own answers to group check-ins still open. Never
// another member's.
type exportGroups struct {
	Challenges []exportChallenge   `json:"movement_challenges_joined,omitempty"`
	Answers    []exportGroupAnswer `json:"open_group_check_in_answers,omitempty"`
}

type exportChallenge struct {
	Channel string `json:"channel"`
}

type exportGroupAnswer struct {
	Channel string        `json:"channel"`
	Day     localtime.Day `json:"day"`
	Mood    string        `json:"mood"`
}

func (x *exporter) groups(ctx context.Context) (*exportGroups, error) {
	ties, err := x.c.store.GroupTies(ctx, x.p.ID)
	if err != nil {
		return nil, fmt.Errorf("export groups: %w", err)
	}
	if len(ties.Challenges)+len(ties.Answers) == 0 {
		return nil, nil
	}
	out := &exportGroups{}
	for _, g := range ties.Challenges {
		out.Challenges = append(out.Challenges, exportChallenge{Channel: g})
	}
	for _, a := range ties.Answers {
		out.Answers = append(out.Answers, exportGroupAnswer{Channel: a.Group, Day: a.Day,
			Mood: strconv.Itoa(a.Mood) + " (" + scaleIn(x.w, FieldMood).Levels[a.Mood-1] + ")"})
	}
	return out, nil
}

// exportShare is one consent to a therapist, in words. The therapist is
// named as the person saw them; their id is theirs, not the person's.
type exportShare struct {
	Therapist string     `json:"therapist"`
	ShownAs   string     `json:"you_are_shown_as,omitempty"`
	Sees      []string   `json:"they_see,omitempty"`
	Since     *time.Time `json:"since,omitempty"`
	Ended     *time.Time `json:"ended,omitempty"`
}

// scopePart is one thing a share may let a therapist see: its message
// keys' end (export.scope_adherence), whether the share has it, and
// whether the patient chooses it apart (crisis alerts, notes,
// reflections).
type scopePart struct {
	key          string
	on, optional bool
}

// scopeParts are s's parts, in the order /share's offer lists them.
func scopeParts(s Scope) []scopePart {
	return []scopePart{
		{"adherence", s.Adherence, false}, {"trends", s.Trends, false}, {"minutes", s.Minutes, false},
		{"scores", s.Scores, false}, {"alerts", s.Alerts, true}, {"notes", s.Notes, true},
		{"reflections", s.Reflections, true},
	}
}

// scopeWords lists what a share lets a therapist see, as the patient reads
// it in w's language (export.scope_*); theirWords says it to the
// therapist (export.their_*), in the therapist's.
func scopeWords(w lang.Printer, s Scope) []string {
	return scopeSaid(w, "export.scope_", s)
}

func theirWords(w lang.Printer, s Scope) []string {
	return scopeSaid(w, "export.their_", s)
}

func scopeSaid(w lang.Printer, prefix string, s Scope) []string {
	var out []string
	for _, part := range scopeParts(s) {
		if part.on {
			out = append(out, w.T(prefix+part.key))
		}
	}
	return out
}

// scopeOffered is /share's list of what a therapist would see: every
// part, one a line, the ones chosen apart with whether they are on, as s
// has them so far.
func scopeOffered(w lang.Printer, s Scope) string {
	var lines []string
	for _, part := range scopeParts(s) {
		line := w.T("export.scope_" + part.key)
		if part.optional {
			line = w.T("share.scope_choice", lang.Args{"What": line, "Choice": yesNoIn(w, part.on)})
		}
		lines = append(lines, "• "+line)
	}
	return strings.Join(lines, "\n")
}

func (x *exporter) shares(list []Share) []exportShare {
	var out []exportShare
	for _, s := range list {
		out = append(out, exportShare{Therapist: s.TherapistName, ShownAs: s.ShownAs, Sees: scopeWords(x.w, s.Scope), Since: x.at(s.Granted), Ended: x.at(s.Revoked)})
	}
	return out
}

// exportRecord is one entry of the record of sharing.
type exportRecord struct {
	At   *time.Time `json:"at"`
	Who  string     `json:"who,omitempty"`
	What string     `json:"what"`
}

func (x *exporter) record(ctx context.Context) ([]exportRecord, error) {
	log, err := x.c.store.AuditLog(ctx, x.p.ID, 500)
	if err != nil {
		return nil, fmt.Errorf("export record: %w", err)
	}
	var out []exportRecord
	for _, e := range log {
		out = append(out, exportRecord{At: x.at(e.At), Who: e.Who, What: e.In(x.w)})
	}
	return out, nil
}
