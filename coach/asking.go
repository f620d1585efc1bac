package coach

import (
	"context"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/instrument"
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
	Lang  string        `json:"lang,omitempty"`  // the language it was asked in (crisis.Langs)
	// Wish: the safety question followed words that already answered yes
	// to one of the ASQ's screening items (risk.Finding.Wish), so "safe"
	// ends in the non-acute outcome (safeAfterWish), not plain thanks.
	// With no Kind, it is a question after a wish that two replies left
	// unanswered (typedAnswer): the wish is kept, with Since, so that a
	// question asked again soon after carries it on (wishHeld).
	Wish bool `json:"wish,omitempty"`
	// answers are the ASQ's answers so far for a person not set up, held
	// in the process only (their answers are not stored).
	answers string
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

// safetyQuestion is the safety question in t's language, in the given
// words (empty: the usual ones), with its answers as buttons. Each button
// carries the language (Field), so a press is answered in it even for a
// person of whom nothing is kept.
func safetyQuestion(t crisis.Safety, text string) Message {
	if text == "" {
		text = t.Question
	}
	return Message{Text: text, Buttons: []Button{
		{Label: t.ButtonSafe, Action: Action{Verb: VerbSafety, Field: t.Lang, Value: SafetySafe}},
		{Label: t.ButtonNotSure, Action: Action{Verb: VerbSafety, Field: t.Lang, Value: SafetyNotSure}},
		{Label: t.ButtonNotSafe, Action: Action{Verb: VerbSafety, Field: t.Lang, Value: SafetyNotSafe}},
	}}
}

// safetyLang is the language of the safety texts for p: the language a
// question waiting was asked in, else the crisis texts' (the text being
// answered, else the Discord locale, else English). A crisis reply that
// follows is written in it too.
func safetyLang(p *Person) string {
	if p.Asking.Kind != "" && crisis.NormalizeLang(p.Asking.Lang) != "" {
		p.textLang = p.Asking.Lang
	}
	return crisisLang(*p)
}

// askSafety asks the safety question and remembers that it waits, and
// whether the words that raised it were a wish (risk.Finding.Wish). An ASQ
// already under way is carried on instead: it asks more than the question.
func (c *Coach) askSafety(ctx context.Context, p *Person, wish bool) ([]Message, error) {
	if p.Asking.Kind == askASQ && c.answerable(p.Asking) {
		return c.resumeASQ(ctx, *p, "")
	}
	lang := crisisLang(*p)
	wish = wish || c.wishHeld(p.Asking)
	p.Asking = Asking{Kind: askSafety, Since: c.clock.Now(), Lang: lang, Wish: wish}
	c.remember(ctx, p)
	return []Message{safetyQuestion(safetyIn(lang), "")}, nil
}

// wishHeld reports whether a safety question asked after a wish is still
// open, or was let go after two replies that were no answer (typedAnswer)
// no longer ago than it could still have been answered. A question asked
// again then carries the wish on: "safe" to it is read against every text
// since the first question, not only the latest.
func (c *Coach) wishHeld(a Asking) bool {
	return a.Wish && (a.Kind == askSafety || a.Kind == "") && c.clock.Now().Sub(a.Since) < typedAnswerWindow
}

// remember saves the question a person owes, for a person who is set up;
// for someone who has not agreed to the notice it is held in the process
// only (unsavedAskings), never stored. A failure is logged, never shown:
// the buttons work without it.
func (c *Coach) remember(ctx context.Context, p *Person) {
	if !p.Onboarded() {
		c.unsaved.put(p.ID, p.Asking, c.clock.Now())
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
		return []Message{staleButton(p)}, nil
	}
	if lang := crisis.NormalizeLang(a.Field); lang != "" {
		p.textLang = lang
		p.Asking.Lang = lang
	}
	return c.answerSafety(ctx, &p, answer)
}

// answerSafety acts on an answer to the safety question: not safe brings
// the crisis reply, not sure the ASQ, safe a thank-you and the normal flow,
// or, after a wish, the non-acute outcome (safeAfterWish).
func (c *Coach) answerSafety(ctx context.Context, p *Person, answer crisis.SafetyAnswer) ([]Message, error) {
	t := safetyIn(safetyLang(p))
	switch answer {
	case crisis.NotSafe:
		return c.crisisFrom(ctx, p, SourceSafety)
	case crisis.NotSure:
		return c.startASQ(ctx, p, SourceSafety, t.NotSure)
	}
	if p.Asking.Wish && p.Asking.Kind != askASQ {
		// After a wish, the question open or let go (typedAnswer). The day first: if it cannot be found, the question stays open
		// with its wish, and a retried "safe" still gets the non-acute outcome.
		day, err := c.todayIfOnboarded(*p)
		if err != nil {
			return nil, err
		}
		p.Asking = Asking{}
		c.remember(ctx, p)
		return c.safeAfterWish(ctx, *p, t, day)
	}
	p.Asking = Asking{}
	c.remember(ctx, p)
	msgs := []Message{{Text: t.Safe}}
	return append(msgs, c.carryOn(ctx, *p, t)...), nil
}

// typedAnswer reads free text as the answer to a waiting safety question
// or ASQ question, before anything else. handled is false when nothing
// waits, or when the text, twice, was no answer: it is then ordinary text.
func (c *Coach) typedAnswer(ctx context.Context, p *Person, text string) (msgs []Message, handled bool, err error) {
	if !c.answerable(p.Asking) {
		return nil, false, nil
	}
	t := safetyIn(safetyLang(p))
	found := screenText(text)
	level := found.Level
	if found.AboutOther {
		// Someone else is in danger now: that comes first, and the
		// question waiting is left as it was.
		if crisis.NormalizeLang(found.Lang) != "" {
			p.textLang = found.Lang
		}
		return c.someoneElse(*p), true, nil
	}
	if level == risk.Crisis {
		if crisis.NormalizeLang(found.Lang) != "" {
			p.textLang = found.Lang // the reply follows the words that raised it
		}
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
	case answer == crisis.NotSure:
		msgs, err = c.startASQ(ctx, p, SourceSafety, t.NotSure)
	case level == risk.Review:
		// An answer that itself worries the screen leads to the ASQ.
		msgs, err = c.startASQ(ctx, p, SourceSafety, t.Worrying)
	case answer == crisis.Safe:
		msgs, err = c.answerSafety(ctx, p, answer)
	case !p.Asking.Again:
		p.Asking.Again, p.Asking.Since = true, c.clock.Now()
		c.remember(ctx, p)
		msgs = []Message{safetyQuestion(t, t.Again)}
	default:
		// Twice no answer: the text is read as ordinary text. A wish said
		// before the question is kept, with nothing waiting, for as long
		// as the question could have been answered: a new question in
		// that time carries it on (wishHeld).
		held := Asking{}
		if p.Asking.Wish {
			held = Asking{Since: p.Asking.Since, Wish: true}
		}
		p.Asking = held
		c.remember(ctx, p)
		return nil, false, nil
	}
	return msgs, true, err
}

// safeAfterWish answers "safe" after words that already said yes to one
// of the ASQ's screening items: a wish to be dead, others better off
// without them, a past attempt (risk.Finding.Wish). The ASQ scores any yes
// to those items as positive, and "safe" stands in for its acuity question,
// which was not asked (acuity unknown, not "no"), so it is handled as a
// non-acute positive: the same warm reply that names their
// clinician and offers, never presses, their safety plan, opened by thanks
// for being told (one button was pressed: no thanks for answers), with its
// next step said without "these questions" (none were asked), and the same
// flag for a therapist they allowed to alert, whose source is their words
// (never the words), said to them as what they told, not their answers.
// No ASQ was asked, so no ASQ outcome is kept for the day.
func (c *Coach) safeAfterWish(ctx context.Context, p Person, t crisis.Safety, day localtime.Day) ([]Message, error) {
	t.NonAcuteTitle, t.NonAcuteThanks, t.NonAcuteCare, t.Alerted, t.AlertedMany = t.SafeWishTitle, t.SafeWish, t.SafeWishCare, t.AlertedWish, t.AlertedWishMany
	return c.nonAcuteReply(ctx, p, t, day, asqSource(instrument.ASQNonAcute, SourceWish))
}

// carryOn returns what the normal flow asks next after a safety question:
// the next question of today's check-in, when one is under way.
func (c *Coach) carryOn(ctx context.Context, p Person, t crisis.Safety) []Message {
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
	q := question(p.words(), day, next)
	q.Text = t.CheckInWas + "\n\n" + q.Text
	return []Message{q}
}

// todayIfOnboarded is the person's day, or none for someone not set up
// (who has no time zone and no days to keep anything in).
func (c *Coach) todayIfOnboarded(p Person) (localtime.Day, error) {
	if !p.Onboarded() {
		return "", nil
	}
	loc, err := p.Location()
	if err != nil {
		return "", fmt.Errorf("the person's day: %w", err)
	}
	return localtime.DayOf(c.clock.Now(), loc), nil
}
