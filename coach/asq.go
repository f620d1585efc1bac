package coach

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
)

// The ASQ (instrument.ASQ) is asked one question at a time, after an unsure
// or worrying answer to the safety question, or after PHQ-9 item 9. Each
// button carries the answers so far, so it needs nothing stored to go on;
// for a person who is set up, each answer is also kept, sealed, with the
// day (for their export, and for a typed answer), and Person.Asking says
// which question waits. An acute positive brings the crisis reply; a
// non-acute positive a warm reply that names their clinician and their
// safety plan, and an alert to a therapist they allowed to be alerted; a
// negative a thank-you and the normal flow.

// Stored names of the ASQ's day fields. They start with fieldAnswerPrefix,
// so they are sealed at rest (SensitiveField); package instrument does not
// know "asq" as a questionnaire id, so they are not read as one.
const (
	fieldASQPrefix  = fieldAnswerPrefix + "asq:"
	fieldASQOutcome = fieldASQPrefix + "outcome"
	fieldASQAt      = fieldASQPrefix + "at"
)

// ASQRecord is what a day keeps of the ASQ.
type ASQRecord struct {
	// Answers are those of the day's last ASQ, a letter a question (see
	// instrument.ASQAnswer), screening questions first.
	Answers string `json:"answers,omitempty"`
	// Outcome is the day's most serious outcome, empty if none finished.
	Outcome instrument.ASQOutcome `json:"outcome,omitempty"`
	At      time.Time             `json:"at,omitzero"` // when Outcome was reached
}

func asqFromFields(fields map[string]string) ASQRecord {
	var r ASQRecord
	for i := range 5 {
		a := instrument.ASQAnswer(fields[fieldASQPrefix+strconv.Itoa(i)])
		if !a.Valid() {
			break
		}
		r.Answers += string(a)
	}
	if o := instrument.ASQOutcome(fields[fieldASQOutcome]); o.Rank() > 0 {
		r.Outcome = o
		r.At, _ = time.Parse(time.RFC3339, fields[fieldASQAt])
	}
	return r
}

// startASQ asks the first question, after lead.
func (c *Coach) startASQ(ctx context.Context, p *Person, from AlertSource, lead string) ([]Message, error) {
	day, err := c.todayIfOnboarded(*p)
	if err != nil {
		return nil, err
	}
	if day != "" {
		clear := map[string]string{}
		for i := range 5 {
			clear[fieldASQPrefix+strconv.Itoa(i)] = ""
		}
		if err := c.store.SaveFields(ctx, p.ID, day, clear); err != nil {
			c.log.Error("clear earlier ASQ answers", "err", err)
		}
	}
	p.Asking = Asking{Kind: askASQ, Since: c.clock.Now(), Day: day, From: from, Lang: p.Asking.Lang}
	c.remember(ctx, p)
	t := safetyIn(safetyLang(p))
	first := asqQuestion(t, day, "")
	first.Text = lead + " " + t.ASQIntro + "\n\n" + first.Text
	return []Message{first}, nil
}

// asqQuestion asks the question after the answers so far, in t's
// language. Each button carries the answers so far and the language, as
// "yn@es" (see asqField).
func asqQuestion(t crisis.Safety, day localtime.Day, answers string) Message {
	button := func(label string, a instrument.ASQAnswer) Button {
		return Button{Label: label, Action: Action{Verb: VerbASQ, Day: day, Field: answers + "@" + t.Lang, Value: string(a)}}
	}
	return Message{Text: t.ASQQuestion(len(answers)), Buttons: []Button{
		button(t.Yes, instrument.ASQYes), button(t.No, instrument.ASQNo), button(t.RatherNot, instrument.ASQRefused),
	}}
}

// asqField splits an ASQ button's Field into the answers so far and the
// language it was asked in ("" for a button from before buttons carried
// one).
func asqField(field string) (answers, lang string) {
	answers, lang, _ = strings.Cut(field, "@")
	return answers, crisis.NormalizeLang(lang)
}

// asqPress answers one ASQ button. A button of a question already answered
// shows the question that waits, never a second outcome.
func (c *Coach) asqPress(ctx context.Context, p Person, a Action) ([]Message, error) {
	answer := instrument.ASQAnswer(a.Value)
	so, lang := asqField(a.Field)
	if lang != "" {
		p.textLang, p.Asking.Lang = lang, lang
	}
	t := safetyIn(safetyLang(&p))
	if !validASQAnswers(so) || !answer.Valid() || (a.Day != "" && !p.Onboarded()) {
		return []Message{staleButton(p)}, nil
	}
	if a.Day != "" {
		w := p.Asking
		if w.Kind != askASQ || w.Day != a.Day || w.Item != len(so) {
			if w.Kind == askASQ {
				return c.resumeASQ(ctx, p, t.ASQEarlier+"\n\n")
			}
			return []Message{{Text: t.ASQAnswered}}, nil
		}
		if err := c.store.SaveAnswer(ctx, p.ID, a.Day, fieldASQPrefix+strconv.Itoa(len(so)), a.Value); err != nil {
			return nil, fmt.Errorf("save ASQ answer: %w", err)
		}
	}
	return c.asqNext(ctx, &p, a.Day, so+a.Value)
}

// validASQAnswers checks the answers a button carries: letters only, and
// an acuity question only after a positive screen.
func validASQAnswers(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, r := range s {
		if !instrument.ASQAnswer(r).Valid() {
			return false
		}
	}
	return len(s) < 4 || instrument.ASQPositive(screenAnswers(s))
}

func screenAnswers(s string) [4]instrument.ASQAnswer {
	var out [4]instrument.ASQAnswer
	for i := range min(len(s), 4) {
		out[i] = instrument.ASQAnswer(s[i])
	}
	return out
}

// typedASQAnswer reads a typed yes, no or "rather not say" as the answer
// to the question that waits.
func (c *Coach) typedASQAnswer(ctx context.Context, p *Person, text string) ([]Message, error) {
	letter, ok := map[crisis.YesNo]instrument.ASQAnswer{
		crisis.Yes: instrument.ASQYes, crisis.No: instrument.ASQNo, crisis.RatherNotSay: instrument.ASQRefused,
	}[crisis.ReadYesNo(text)]
	if !ok {
		return c.resumeASQ(ctx, *p, safetyIn(safetyLang(p)).ASQTypeHint+"\n\n")
	}
	so, err := c.asqSoFar(ctx, *p)
	if err != nil {
		return nil, err
	}
	if p.Asking.Day != "" {
		if err := c.store.SaveAnswer(ctx, p.ID, p.Asking.Day, fieldASQPrefix+strconv.Itoa(len(so)), string(letter)); err != nil {
			return nil, fmt.Errorf("save ASQ answer: %w", err)
		}
	}
	return c.asqNext(ctx, p, p.Asking.Day, so+string(letter))
}

// asqSoFar returns the answers kept for the ASQ that waits.
func (c *Coach) asqSoFar(ctx context.Context, p Person) (string, error) {
	if p.Asking.Day == "" { // someone not set up: held in the process
		if validASQAnswers(p.Asking.answers) {
			return p.Asking.answers, nil
		}
		return "", nil
	}
	ci, err := c.checkIn(ctx, p.ID, p.Asking.Day)
	if err != nil {
		return "", err
	}
	so := ci.ASQ.Answers[:min(len(ci.ASQ.Answers), p.Asking.Item)]
	if !validASQAnswers(so) {
		so = ""
	}
	return so, nil
}

// resumeASQ shows the question that waits again, after lead.
func (c *Coach) resumeASQ(ctx context.Context, p Person, lead string) ([]Message, error) {
	so, err := c.asqSoFar(ctx, p)
	if err != nil {
		return nil, err
	}
	q := asqQuestion(safetyIn(safetyLang(&p)), p.Asking.Day, so)
	q.Text = lead + q.Text
	return []Message{q}, nil
}

// asqNext asks the next question, or scores the ASQ and acts on its outcome.
func (c *Coach) asqNext(ctx context.Context, p *Person, day localtime.Day, answers string) ([]Message, error) {
	t := safetyIn(safetyLang(p))
	screen := screenAnswers(answers)
	if n := len(answers); n < 4 || (n == 4 && instrument.ASQPositive(screen)) {
		if p.Asking.Kind == askASQ {
			p.Asking.Item, p.Asking.Since = n, c.clock.Now()
			if day == "" {
				p.Asking.answers = answers
			}
			c.remember(ctx, p)
		}
		return []Message{asqQuestion(t, day, answers)}, nil
	}
	var acuity instrument.ASQAnswer
	if len(answers) == 5 {
		acuity = instrument.ASQAnswer(answers[4])
	}
	outcome, err := instrument.ScoreASQ(screen, acuity)
	if err != nil {
		return nil, fmt.Errorf("score ASQ: %w", err)
	}
	from := p.Asking.From
	if from == "" {
		from = SourceSafety
	}
	p.Asking = Asking{}
	if day != "" {
		c.recordASQ(ctx, *p, day, outcome)
	}
	switch outcome {
	case instrument.ASQAcute:
		return c.crisisFrom(ctx, p, asqSource(outcome, from))
	case instrument.ASQNonAcute:
		c.remember(ctx, p)
		return c.nonAcuteReply(ctx, *p, t, day, asqSource(outcome, from))
	}
	c.remember(ctx, p)
	msgs := []Message{{Text: t.ASQNegative}}
	return append(msgs, c.carryOn(ctx, *p, t)...), nil
}

// recordASQ keeps the day's most serious outcome, for the person's export
// and their therapist's digest. A failure is logged, never shown.
func (c *Coach) recordASQ(ctx context.Context, p Person, day localtime.Day, outcome instrument.ASQOutcome) {
	ci, err := c.checkIn(ctx, p.ID, day)
	if err == nil && ci.ASQ.Outcome.Rank() > outcome.Rank() {
		return
	}
	fields := map[string]string{fieldASQOutcome: string(outcome), fieldASQAt: c.clock.Now().UTC().Format(time.RFC3339)}
	if err := c.store.SaveFields(ctx, p.ID, day, fields); err != nil {
		c.log.Error("record ASQ outcome", "err", err)
	}
}

// nonAcuteReply answers a non-acute positive ASQ: warmly, naming their
// clinician and offering their safety plan, and saying honestly who is
// told. A therapist they allowed to be alerted gets a flag.
func (c *Coach) nonAcuteReply(ctx context.Context, p Person, t crisis.Safety, day localtime.Day, source AlertSource) ([]Message, error) {
	var names, alerted []string
	if day != "" {
		shares, err := c.store.Shares(ctx, p.ID)
		if err != nil {
			c.log.Error("load shares for an ASQ reply", "err", err)
		}
		for _, s := range shares {
			if !s.Active() {
				continue
			}
			names = append(names, s.TherapistName)
			if s.Scope.Alerts {
				alerted = append(alerted, s.TherapistName)
			}
		}
		if err := c.alertTherapists(ctx, p, day, c.clock.Now(), source); err != nil {
			// The reply matters more than the flag: it goes even so.
			c.log.Error("flag a positive ASQ", "err", err) // no person id: that pairing is health data
		}
	}
	return []Message{{Title: t.NonAcuteTitle, Text: t.NonAcute(names, alerted)}}, nil
}
