package coach

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
)

// dayKind is how a finished check-in reads: a hard day, a good one, or an
// ordinary one. The acknowledgement answers it.
type dayKind string

// The kinds of day an acknowledgement answers.
const (
	dayHard     dayKind = "h"
	dayGood     dayKind = "g"
	dayOrdinary dayKind = "o"
)

// kindOfDay reads the answers. Low mood makes a hard day whatever else was
// said; with an okay mood, high anxiety, or low energy together with a poor
// night, makes one; a good mood with any of these is an ordinary day.
func kindOfDay(ci CheckIn) dayKind {
	low := func(v int) bool { return validScale(v) && v <= 2 }
	// Low energy or a poor night alone is common after a session and is
	// not called hard when mood is okay; high anxiety, or both, is.
	strained := ci.Anxiety >= 4 || low(ci.Energy) && low(ci.Sleep)
	if ci.Mood >= 4 {
		strained = strained || low(ci.Energy) || low(ci.Sleep)
	}
	switch {
	case low(ci.Mood):
		return dayHard
	case ci.Mood >= 4 && !strained:
		return dayGood
	case ci.Mood >= 4:
		return dayOrdinary
	case strained:
		return dayHard
	}
	return dayOrdinary
}

// acks are the acknowledgements of a finished check-in, seven of each kind,
// so that a week of the same kind of day never repeats a sentence (a test
// checks that no sentence appears twice in the whole list). They are
// written for someone a day or two after a ketamine session, perhaps low:
// no exclamation marks, no cheering, nothing to live up to.
var acks = map[dayKind][]string{
	dayHard: {
		"Thank you for checking in on a hard day. That took something, and it counts.",
		"That sounds like a heavy day. Your answers are kept, and there's nothing more you need to do today.",
		"I'm sorry today has been difficult. Small things are enough on a day like this: some water, something to eat, rest.",
		"Thank you for being honest about how today went. Hard days can come in the days after a session, and you don't have to carry them alone: your therapist, or someone you trust, can help.",
		"Noted, with care. Go as gently with yourself today as you would with a friend who'd had this day.",
		"Thanks for telling me, even on a day like this. You don't have to do anything more with it.",
		"It sounds like today asked a lot of you. Thank you for taking a moment to check in anyway.",
	},
	dayGood: {
		"Thank you — it's good to hear today had some lightness in it.",
		"Thank you for this. I'm glad today felt a bit easier.",
		"A better day is worth noticing — thank you for sharing it. If something helped, it may be worth remembering.",
		"Thank you. I'm glad there was some good in today.",
		"Good to hear from you. Enjoy what's left of the day, at whatever pace suits you.",
		"Thanks — that sounds like a steadier day, and it's saved.",
		"Thank you for checking in. It's good to hear things felt a little brighter today.",
	},
	dayOrdinary: {
		"Thank you — your check-in is saved. /summary shows how your week is going.",
		"Saved, thank you. An in-between day counts just as much as any other.",
		"Thanks for checking in. Your answers are kept, and /summary shows the week so far.",
		"Thank you — noted. Steady, ordinary days are part of this too.",
		"Got it, thank you. There's nothing more to do today.",
		"Thank you for taking a minute for this. Your week builds up in /summary whenever you'd like to look.",
		"Noted, thank you. I hope the rest of the day is kind to you.",
	},
}

// fieldAck is stored on a day: which acknowledgement it got ("h3"), so
// that the next six days choose another.
const fieldAck = "ack"

// ackNoRepeatDays is how many days before today an acknowledgement is
// not used again: with today, a week.
const ackNoRepeatDays = 6

// chooseAck picks the acknowledgement of a finished check-in: one of its
// kind, starting from a place seeded by the person and the day (so a retry
// says the same), skipping those used on the previous six days. recent
// are the acknowledgements those days got. It returns the id to store and
// the text.
func chooseAck(person string, day localtime.Day, kind dayKind, recent []string) (string, string) {
	texts := acks[kind]
	h := fnv.New64a()
	h.Write([]byte(person + ":" + string(day)))
	start := int(h.Sum64() % uint64(len(texts)))
	pick := start
	for i := range texts {
		j := (start + i) % len(texts)
		if !slices.Contains(recent, ackID(kind, j)) {
			pick = j
			break
		}
	}
	return ackID(kind, pick), texts[pick]
}

func ackID(kind dayKind, i int) string { return fmt.Sprintf("%s%d", kind, i) }

// Acknowledgements lists every text a finished check-in can be answered
// with, for the tests of transports and the demo.
func Acknowledgements() []string {
	var out []string
	for _, kind := range []dayKind{dayHard, dayGood, dayOrdinary} {
		out = append(out, acks[kind]...)
	}
	return out
}

// ackText returns the text of a stored acknowledgement id, if it is one.
func ackText(id string) (dayKind, string, bool) {
	for kind, texts := range acks {
		for i, t := range texts {
			if ackID(kind, i) == id {
				return kind, t, true
			}
		}
	}
	return "", "", false
}

// acknowledge answers a finished check-in. It reads the week's days for
// the acknowledgements already used, chooses one and stores its id on the
// day. A day finished twice (an old button pressed again) gets the same
// words, unless the answers changed its kind.
func (c *Coach) acknowledge(ctx context.Context, p Person, ci CheckIn, week []CheckIn) (Message, error) {
	kind := kindOfDay(ci)
	if k, text, ok := ackText(ci.Ack); ok && k == kind {
		return Message{Text: text}, nil
	}
	var recent []string
	for _, d := range week {
		if d.Day < ci.Day && d.Day >= ci.Day.AddDays(-ackNoRepeatDays) && d.Ack != "" {
			recent = append(recent, d.Ack)
		}
	}
	id, text := chooseAck(p.ID, ci.Day, kind, recent)
	if err := c.store.SaveAnswer(ctx, p.ID, ci.Day, fieldAck, id); err != nil {
		return Message{}, fmt.Errorf("save acknowledgement: %w", err)
	}
	return Message{Text: text}, nil
}

// checkInDone answers a finished check-in: the acknowledgement, and the
// low-mood message when it is due.
func (c *Coach) checkInDone(ctx context.Context, p Person, ci CheckIn) ([]Message, error) {
	days, err := c.store.CheckIns(ctx, p.ID, ci.Day.AddDays(-2*weekDays+1), ci.Day)
	if err != nil {
		return nil, fmt.Errorf("load recent days: %w", err)
	}
	ack, err := c.acknowledge(ctx, p, ci, days)
	if err != nil {
		return nil, err
	}
	note, err := c.lowMoodNote(ctx, p, ci, days)
	if err != nil {
		return nil, err
	}
	return append([]Message{ack}, note...), nil
}

// careMarks reads the marks this file and lowmood.go keep on a day.
func careMarks(fields map[string]string) (ack, lowMood string, quietNote bool) {
	_, quietNote = fields[fieldQuietNote]
	return strings.TrimSpace(fields[fieldAck]), fields[fieldLowMood], quietNote
}
