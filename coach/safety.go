package coach

import (
	"context"
	"time"

	"github.com/aftercare/aftercare/coach/risk"
)

// crisisRepeat is how long after a crisis reply a person who keeps writing
// gets a short word instead of the whole reply again.
const crisisRepeat = time.Hour

// crisisPause is how long nudges and check-ins wait after a crisis.
const crisisPause = 24 * time.Hour

// screen runs every free text through screenText. When it returns stop,
// the normal flow must not go on: the messages are all the person should
// see. Review adds a gentle question but lets the flow continue. A crisis
// reply is written in the language of the words that raised it. Text about
// someone else in danger now gets the reply for a helper (someoneElse),
// whatever its level, and stops the flow as a crisis does.
func (c *Coach) screen(ctx context.Context, p *Person, text string) (msgs []Message, stop bool, err error) {
	found := screenText(text)
	p.textLang = found.Lang
	if found.AboutOther {
		// Someone else is in danger now: help for them, nothing of the
		// writer's own paused, alerted or asked.
		return c.someoneElse(*p), true, nil
	}
	switch found.Level {
	case risk.Crisis:
		msgs, err := c.crisis(ctx, p)
		return msgs, true, err
	case risk.Review:
		msgs, err := c.askSafety(ctx, p, found.Wish)
		return msgs, false, err
	}
	return nil, false, nil
}

// crisis answers a crisis in the person's words: see crisisFrom.
func (c *Coach) crisis(ctx context.Context, p *Person) ([]Message, error) {
	return c.crisisFrom(ctx, p, SourceWords)
}

// crisisFrom answers a crisis: resources first and nothing else, scheduled
// messages paused for a day, a safety question waiting closed, and an alert
// that says its source. A person who keeps writing is not sent the whole
// reply every minute.
func (c *Coach) crisisFrom(ctx context.Context, p *Person, source AlertSource) ([]Message, error) {
	now := c.clock.Now()
	// Nothing waits any more; the language is kept, so what follows the
	// crisis reply ("thank you", "ok") is answered in it too.
	p.Asking = Asking{Lang: crisisLang(*p), Since: now}
	if !p.Onboarded() {
		c.unsaved.put(p.ID, p.Asking, now)
	}
	c.log.Info("crisis reply sent") // no person id: that pairing is health data
	repeat := !p.LastCrisis.IsZero() && now.Sub(p.LastCrisis) < crisisRepeat
	msg := c.crisisMessage(*p)
	if repeat {
		msg = stillHere(crisisLang(*p))
	}
	if err := c.keepCrisis(ctx, p, now, !repeat, source); err != nil {
		return []Message{msg}, &PendingCrisis{Person: p.ID, At: now, Source: source, Err: err}
	}
	return c.withSafetyPlan(ctx, *p, msg, !repeat), nil
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// freeText answers text that is not an answer to anything.
func (c *Coach) freeText(ctx context.Context, p Person, text string) ([]Message, error) {
	if msgs, handled, err := c.typedAnswer(ctx, &p, text); handled {
		return msgs, err // an answer to a safety question waiting comes first
	}
	msgs, stop, err := c.screen(ctx, &p, text)
	if stop || err != nil || len(msgs) > 0 {
		return msgs, err
	}
	if !p.LastCrisis.IsZero() && c.clock.Now().Sub(p.LastCrisis) < crisisRepeat {
		// Soon after a crisis reply, whatever comes next deserves warmth,
		// not a list of commands.
		return []Message{stillHere(crisisLang(p))}, nil
	}
	return []Message{{Text: p.words().T("free_text.reply")}}, nil
}

// stillHere answers whatever someone writes soon after a crisis reply, in
// lang: a short word, not the whole reply again.
func stillHere(lang string) Message {
	return Message{Crisis: true, Text: safetyIn(lang).StillHere}
}

func helpMessage(p Person) Message {
	w := p.words()
	return Message{Title: w.T("help.title"), Text: w.T("help.text")}
}
