package coach

import (
	"context"
	"errors"
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"strconv"
	"strings"
	"time"
)

// Scope is what a patient lets one therapist see. Notes are never shared
// unless the patient turns them on; crisis alerts are asked separately.
type Scope struct {
	Adherence bool `json:"adherence"` // check-ins answered of those sent
	Trends    bool `json:"trends"`    // mood, anxiety, energy, sleep
	Minutes   bool `json:"minutes"`   // minutes moved
	Scores    bool `json:"scores"`    // questionnaire scores
	Alerts    bool `json:"alerts"`    // an immediate alert on a crisis flag
	Notes     bool `json:"notes"`     // the words of their notes
	// Reflections are the words of their intentions and reflections,
	// shared only under this consent of their own.
	Reflections bool `json:"reflections,omitempty"`
}

// Share is one patient's consent to one therapist.
type Share struct {
	Therapist     string    `json:"therapist"`
	TherapistName string    `json:"therapist_name"`
	ShownAs       string    `json:"shown_as"` // the name the patient chose to show
	Scope         Scope     `json:"scope"`
	Granted       time.Time `json:"granted"`
	Revoked       time.Time `json:"revoked,omitzero"`
}

// Active reports whether the share is in force.
func (s Share) Active() bool { return !s.Granted.IsZero() && s.Revoked.IsZero() }

// share handles /share (list) and /share CODE (offer). Each code typed is
// counted against the person's tries (tryCode).
func (c *Coach) share(ctx context.Context, p Person, code string) ([]Message, error) {
	if strings.TrimSpace(code) == "" {
		return c.listShares(ctx, p)
	}
	norm := normalizeCode(code)
	if norm == "" {
		// Nothing is looked up, so nothing is counted.
		return []Message{{Text: p.words().T("share.not_a_code")}}, nil
	}
	t, try, err := c.tryCode(ctx, p, norm)
	switch {
	case err != nil:
		return nil, err
	case try.ID == "":
		return []Message{c.codeWait(p, try.RetryAt)}, nil
	case t.ID == "":
		return []Message{c.unknownCode(p, try)}, nil
	case t.ID == p.ID:
		return []Message{{Text: p.words().T("share.own_code")}}, nil
	case t.VouchedBy != nil && !c.vouched(t):
		return []Message{{Text: p.words().T("share.no_longer_vouched", lang.Args{"Name": t.Name})}}, nil
	}
	return []Message{shareOffer(p, t, norm, "")}, nil
}

func (c *Coach) therapistForCode(ctx context.Context, code string) (Therapist, error) {
	if code == "" {
		return Therapist{}, nil
	}
	id, err := c.store.TherapistByCode(ctx, code)
	if errors.Is(err, ErrNotFound) {
		return Therapist{}, nil
	}
	if err != nil {
		return Therapist{}, fmt.Errorf("look up invite code: %w", err)
	}
	t, err := c.store.Therapist(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return Therapist{}, nil
	}
	return t, err
}

// shareOffer says exactly what would be shared, with the two optional
// parts as toggles, and asks for a confirming press. The choices so far
// ride in the buttons, so nothing is stored before the patient confirms.
func shareOffer(p Person, t Therapist, code, flags string) Message {
	w := p.words()
	alerts, notes, reflections := strings.Contains(flags, "a"), strings.Contains(flags, "n"), strings.Contains(flags, "r")
	seen := scopeOffered(w, Scope{Adherence: true, Trends: true, Minutes: true, Scores: true, Alerts: alerts, Notes: notes, Reflections: reflections})
	text := w.T("share.offer", lang.Args{"Vouch": t.vouchText(w), "ShownAs": w.Quote(p.Name), "Seen": seen})
	toggle := func(label, flag string) Button {
		next := flags
		if strings.Contains(flags, flag) {
			next = strings.ReplaceAll(flags, flag, "")
		} else {
			next += flag
		}
		return Button{Label: label, Action: Action{Verb: VerbShare, Field: code, Value: "set:" + next}}
	}
	return Message{Title: w.T("share.offer_title", lang.Args{"Name": t.Name}), Text: text, Buttons: []Button{
		{Label: w.T("share.share"), Action: Action{Verb: VerbShare, Field: code, Value: "ok:" + flags}},
		toggle(w.T(map[bool]string{true: "share.alerts_off", false: "share.alerts_on"}[alerts]), "a"),
		toggle(w.T(map[bool]string{true: "share.notes_private", false: "share.notes_share"}[notes]), "n"),
		toggle(w.T(map[bool]string{true: "share.reflections_private", false: "share.reflections_share"}[reflections]), "r"),
		{Label: w.T("share.cancel"), Action: Action{Verb: VerbShare, Field: code, Value: "no"}},
	}}
}

// yesNoIn is yes or no in w's language.
func yesNoIn(w lang.Printer, b bool) string {
	if b {
		return w.T("share.yes")
	}
	return w.T("share.no")
}

// shareChoice handles a press on a share offer.
// The press carries the code, so it is counted like a typed one: a forged
// press is no way around the tries.
func (c *Coach) shareChoice(ctx context.Context, p Person, a Action) ([]Message, error) {
	code := normalizeCode(a.Field)
	if code == "" || !p.Onboarded() {
		// Nothing is looked up, so nothing is counted or kept.
		return []Message{staleButton(p)}, nil
	}
	t, try, err := c.tryCode(ctx, p, code)
	switch {
	case err != nil:
		return nil, err
	case try.ID == "":
		return []Message{c.codeWait(p, try.RetryAt)}, nil
	case t.ID == "" || t.ID == p.ID || (t.VouchedBy != nil && !c.vouched(t)):
		return []Message{{Text: p.words().T("share.expired")}}, nil
	}
	a.Field = code
	verb, flags, _ := strings.Cut(a.Value, ":")
	switch verb {
	case "no":
		return []Message{{Text: p.words().T("share.nothing_shared")}}, nil
	case "set":
		return []Message{shareOffer(p, t, a.Field, flags)}, nil
	case "ok":
		return c.grant(ctx, p, t, flags)
	}
	return []Message{staleButton(p)}, nil
}

func (c *Coach) grant(ctx context.Context, p Person, t Therapist, flags string) ([]Message, error) {
	s := Share{
		Therapist: t.ID, TherapistName: t.Name, ShownAs: p.Name, Granted: c.clock.Now(),
		Scope: Scope{Adherence: true, Trends: true, Minutes: true, Scores: true,
			Alerts: strings.Contains(flags, "a"), Notes: strings.Contains(flags, "n"), Reflections: strings.Contains(flags, "r")},
	}
	if err := c.store.SaveShare(ctx, p.ID, s); err != nil {
		return nil, fmt.Errorf("save share: %w", err)
	}
	entry := auditEntry(s.Granted, p.Name, auditStarted, map[string]string{"Name": t.Name,
		"Alerts": strconv.FormatBool(s.Scope.Alerts), "Notes": strconv.FormatBool(s.Scope.Notes), "Reflections": strconv.FormatBool(s.Scope.Reflections)})
	if err := c.store.Record(ctx, p.ID, entry); err != nil {
		return nil, fmt.Errorf("record share: %w", err)
	}
	return []Message{{Text: p.words().T("share.done", lang.Args{"Name": t.Name})}}, nil
}

// listShares shows the patient's shares, each with a revoke button, and
// the record of what was shared when.
func (c *Coach) listShares(ctx context.Context, p Person) ([]Message, error) {
	shares, err := c.store.Shares(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("list shares: %w", err)
	}
	w := p.words()
	var b strings.Builder
	var buttons []Button
	for _, s := range shares {
		if !s.Active() {
			continue
		}
		b.WriteString(w.T("share.line", lang.Args{"Name": s.TherapistName, "Since": w.Short(s.Granted),
			"Alerts": yesNoIn(w, s.Scope.Alerts), "Notes": yesNoIn(w, s.Scope.Notes), "Reflections": yesNoIn(w, s.Scope.Reflections)}) + "\n")
		buttons = append(buttons, Button{Label: w.T("share.stop", lang.Args{"Name": clip(s.TherapistName, 50)}), Action: Action{Verb: VerbRevoke, Field: s.Therapist}})
	}
	if b.Len() == 0 {
		b.WriteString(w.T("share.nobody") + "\n")
	}
	log, err := c.store.AuditLog(ctx, p.ID, 10)
	if err != nil {
		return nil, fmt.Errorf("read share record: %w", err)
	}
	if len(log) > 0 {
		b.WriteString("\n" + w.T("share.recently") + "\n")
		loc, err := p.Location()
		if err != nil {
			loc = time.UTC
		}
		for _, e := range log {
			at := e.At.In(loc)
			when := w.T("share.audit_at", lang.Args{"Day": shortDayIn(w, localtime.DayOf(at, loc)), "Time": at.Format("15:04")})
			fmt.Fprintf(&b, "• %s — %s %s\n", when, e.Who, e.In(w))
		}
	}
	return []Message{{Title: w.T("share.title"), Text: strings.TrimSpace(b.String()), Buttons: buttons}}, nil
}

// revoke ends a share at once: the next digest and any alert already
// leave the patient out.
func (c *Coach) revoke(ctx context.Context, p Person, therapist string) ([]Message, error) {
	shares, err := c.store.Shares(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("list shares: %w", err)
	}
	for _, s := range shares {
		if s.Therapist != therapist || !s.Active() {
			continue
		}
		s.Revoked = c.clock.Now()
		if err := c.store.SaveShare(ctx, p.ID, s); err != nil {
			return nil, fmt.Errorf("revoke share: %w", err)
		}
		if err := c.store.Record(ctx, p.ID, auditEntry(s.Revoked, p.Name, auditStopped, map[string]string{"Name": s.TherapistName})); err != nil {
			return nil, fmt.Errorf("record revocation: %w", err)
		}
		return []Message{{Text: p.words().T("share.stopped", lang.Args{"Name": s.TherapistName})}}, nil
	}
	return []Message{{Text: p.words().T("share.not_sharing")}}, nil
}

// activeShare returns the patient's share with the therapist, if in force.
func (c *Coach) activeShare(ctx context.Context, patient, therapist string) (Share, bool, error) {
	shares, err := c.store.Shares(ctx, patient)
	if err != nil {
		return Share{}, false, fmt.Errorf("load shares: %w", err)
	}
	for _, s := range shares {
		if s.Therapist == therapist && s.Active() {
			return s, true, nil
		}
	}
	return Share{}, false, nil
}
