package coach

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/aftercare/aftercare/coach/lang"
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

// acksPerKind is how many acknowledgements each kind of day has, so that a
// week of the same kind of day never repeats a sentence (a test checks
// that no sentence appears twice in the whole list). Their words are the
// messages ack.<kind><n> ("ack.h3"), written for someone a day or two
// after a ketamine session, perhaps low: no exclamation marks, no
// cheering, nothing to live up to.
const acksPerKind = 7

// acks are the acknowledgements in English, by kind: the source of the
// ids and of the texts the tests of transports look for. What a person
// reads is acksIn their language (ackText).
var acks = acksIn(lang.For(lang.Default))

func acksIn(w lang.Printer) map[dayKind][]string {
	out := map[dayKind][]string{}
	for _, kind := range []dayKind{dayHard, dayGood, dayOrdinary} {
		for i := range acksPerKind {
			out[kind] = append(out[kind], w.T("ack."+ackID(kind, i)))
		}
	}
	return out
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
// with in a language (English when none is given), for the tests of
// transports and the demo.
func Acknowledgements(language ...string) []string {
	all := acks
	if len(language) > 0 {
		all = acksIn(lang.For(language[0]))
	}
	var out []string
	for _, kind := range []dayKind{dayHard, dayGood, dayOrdinary} {
		out = append(out, all[kind]...)
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
	if k, _, ok := ackText(ci.Ack); ok && k == kind {
		return Message{Text: p.words().T("ack." + ci.Ack)}, nil
	}
	var recent []string
	for _, d := range week {
		if d.Day < ci.Day && d.Day >= ci.Day.AddDays(-ackNoRepeatDays) && d.Ack != "" {
			recent = append(recent, d.Ack)
		}
	}
	id, _ := chooseAck(p.ID, ci.Day, kind, recent)
	if err := c.store.SaveAnswer(ctx, p.ID, ci.Day, fieldAck, id); err != nil {
		return Message{}, fmt.Errorf("save acknowledgement: %w", err)
	}
	return Message{Text: p.words().T("ack." + id)}, nil
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
