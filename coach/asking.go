package coach

import (
	"context"
	"time"

	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/risk"
)

// Asking is a safety question the coach waits on an answer to: the safety
// question ("are you safe right now?") or the ASQ. It is kept on the Person,
// so an answer typed after a restart is still read as the answer. It holds
// no answers: those are kept, sealed, with the day (see asq.go).
type Asking struct {
	Kind  string        `json:"kind,omitempty"`  // askSafety or askASQ; empty when nothing waits
	Since time.Time     `json:"since,omitzero"`  // when it was asked
	Day   localtime.Day `json:"day,omitempty"`   // the ASQ: the day its answers are kept under
	Item  int           `json:"item,omitempty"`  // the ASQ: the question waiting, 0-3 screening, 4 acuity
	From  AlertSource   `json:"from,omitempty"`  // the ASQ: what led to it
	Again bool          `json:"again,omitempty"` // the safety question was asked again after an unclear reply
}

// The kinds of question a person can owe an answer to.
const (
	askSafety = "safety"
	askASQ    = "asq"
)

// typedAnswerWindow is how long typed text is read as the answer to a
// waiting question. The buttons work for longer: a press is never ambiguous.
const typedAnswerWindow = 24 * time.Hour

// The values of a VerbSafety button.
const (
	SafetySafe    = "safe"
	SafetyNotSure = "unsure"
	SafetyNotSafe = "unsafe"
)

// safetyQuestion is the safety question, in the given words (empty: the
// usual ones), with its answers as buttons.
func safetyQuestion(text string) Message {
	if text == "" {
		text = crisis.SafetyQuestion()
	}
	return Message{Text: text, Buttons: []Button{
		{Label: "I'm safe", Action: Action{Verb: VerbSafety, Value: SafetySafe}},
		{Label: "I'm not sure", Action: Action{Verb: VerbSafety, Value: SafetyNotSure}},
		{Label: "I'm not safe", Action: Action{Verb: VerbSafety, Value: SafetyNotSafe}},
	}}
}

// askSafety asks the safety question and remembers that it waits. An ASQ
// already under way is carried on instead: it asks more than the question.
func (c *Coach) askSafety(ctx context.Context, p *Person) ([]Message, error) {
	if p.Asking.Kind == askASQ && c.answerable(p.Asking) {
		return c.resumeASQ(ctx, *p, "")
	}
	p.Asking = Asking{Kind: askSafety, Since: c.clock.Now()}
	c.remember(ctx, p)
	return []Message{safetyQuestion("")}, nil
}

// remember saves the question a person owes, for a person who is set up:
// nothing is kept of someone who has not agreed to the notice. A failure is
// logged, never shown: the buttons work without it.
func (c *Coach) remember(ctx context.Context, p *Person) {
	if !p.Onboarded() {
		return
	}
	if err := c.store.SavePerson(ctx, *p); err != nil {
		c.log.Error("save the question waiting", "err", err) // no person id: health data
	}
}

// answerable reports whether typed text may still be read as the answer.
func (c *Coach) answerable(a Asking) bool {
	return a.Kind != "" && c.clock.Now().Sub(a.Since) < typedAnswerWindow
}

// safetyPress answers a safety-question button, whenever it is pressed.
func (c *Coach) safetyPress(ctx context.Context, p Person, a Action) ([]Message, error) {
	answer, ok := map[string]crisis.SafetyAnswer{
		SafetySafe: crisis.Safe, SafetyNotSure: crisis.NotSure, SafetyNotSafe: crisis.NotSafe,
	}[a.Value]
	if !ok {
		return []Message{staleButton()}, nil
	}
	return c.answerSafety(ctx, &p, answer)
}

// answerSafety acts on an answer to the safety question: not safe brings
// the crisis reply, not sure the ASQ, safe a thank-you and the normal flow.
func (c *Coach) answerSafety(ctx context.Context, p *Person, answer crisis.SafetyAnswer) ([]Message, error) {
	switch answer {
	case crisis.NotSafe:
		return c.crisisFrom(ctx, p, SourceSafety)
	case crisis.NotSure:
		return c.startASQ(ctx, p, SourceSafety, "Thank you for telling me. Not being sure is okay.")
	}
	p.Asking = Asking{}
	c.remember(ctx, p)
	msgs := []Message{{Text: "Thank you for telling me — I'm glad you're safe. If that changes, /crisis shows people you can talk to at any hour."}}
	return append(msgs, c.carryOn(ctx, *p)...), nil
}

// typedAnswer reads free text as the answer to a waiting safety question
// or ASQ question, before anything else. handled is false when nothing
// waits, or when the text, twice, was no answer: it is then ordinary text.
func (c *Coach) typedAnswer(ctx context.Context, p *Person, text string) (msgs []Message, handled bool, err error) {
	if !c.answerable(p.Asking) {
		return nil, false, nil
	}
	level := risk.Assess(text)
	if level == risk.Crisis {
		msgs, err := c.crisisFrom(ctx, p, SourceWords)
		return msgs, true, err
	}
	if p.Asking.Kind == askASQ {
		msgs, err := c.typedASQAnswer(ctx, p, text)
		return msgs, true, err
	}
	answer := crisis.ReadSafetyAnswer(text)
	switch {
	case answer == crisis.NotSafe:
		msgs, err = c.answerSafety(ctx, p, answer)
	case answer == crisis.NotSure || level == risk.Review:
		// An answer that itself worries the screen leads to the ASQ.
		msgs, err = c.startASQ(ctx, p, SourceSafety, "Thank you for telling me.")
	case answer == crisis.Safe:
		msgs, err = c.answerSafety(ctx, p, answer)
	case !p.Asking.Again:
		p.Asking.Again, p.Asking.Since = true, c.clock.Now()
		c.remember(ctx, p)
		msgs = []Message{safetyQuestion("I'd like to be sure I understood you: are you safe right now? You can tap an answer below, or write it in your own words.")}
	default:
		p.Asking = Asking{}
		c.remember(ctx, p)
		return nil, false, nil
	}
	return msgs, true, err
}

// carryOn returns what the normal flow asks next after a safety question:
// the next question of today's check-in, when one is under way.
func (c *Coach) carryOn(ctx context.Context, p Person) []Message {
	if !p.Onboarded() {
		return nil
	}
	loc, err := p.Location()
	if err != nil {
		return nil
	}
	day := localtime.DayOf(c.clock.Now(), loc)
	ci, err := c.checkIn(ctx, p.ID, day)
	if err != nil || (ci.Sent.IsZero() && !ci.Answered()) {
		return nil
	}
	next, open := ci.Next()
	if !open {
		return nil
	}
	q := question(day, next)
	q.Text = "Whenever you're ready, here is where today's check-in was:\n\n" + q.Text
	return []Message{q}
}
