package coach

import (
	"context"
	"fmt"

	"github.com/aftercare/aftercare/coach/lang"
)

// startAgain answers /start from someone already set up. After /stop it
// turns messages back on. A time zone or check-in time given with it is
// applied as /settings applies it, not passed over with "you're all
// set"; one that cannot be read is asked for again, and nothing changes.
func (c *Coach) startAgain(ctx context.Context, p Person, args map[string]string) ([]Message, error) {
	chosen := lang.Match(args["language"])
	if chosen != "" {
		p.Lang = chosen // saved with what follows
	}
	change, notes, problem := startOptions(p.words(), args)
	if problem != nil {
		return []Message{*problem}, nil
	}
	if p.Status == StatusStopped || p.Status == StatusPaused {
		// Nothing is planned after /stop: the welcome back offers the
		// plan again, made at the new times.
		if change != nil {
			change(&p)
			notes = append(notes, Message{Text: p.words().T("pause.saved_times", lang.Args{"Time": p.CheckInAt, "Zone": p.Zone})})
		}
		p.Status = StatusActive
		if err := c.store.SavePerson(ctx, p); err != nil {
			return nil, fmt.Errorf("restart person: %w", err)
		}
		msgs, err := c.welcomeBack(ctx, p)
		return append(notes, msgs...), err
	}
	if change == nil && chosen != "" {
		return c.savePerson(ctx, p, []Message{{Text: p.words().T("language.chosen")}})
	}
	if change == nil {
		return []Message{{Text: p.words().T("pause.all_set", lang.Args{"Time": p.CheckInAt, "Zone": p.Zone})}}, nil
	}
	msgs, err := c.changeSetting(ctx, p, change)
	if err != nil {
		return nil, err
	}
	return append(notes, msgs...), nil
}

// startOptions reads /start's zone and time options into one change of
// settings (nil when none was given), with a note on how a zone was read,
// or the question to ask again about the first option that cannot be used.
func startOptions(w lang.Printer, args map[string]string) (change func(*Person), notes []Message, problem *Message) {
	var changes []func(*Person)
	if text := args["zone"]; text != "" {
		m, problem := readZone(w, text)
		if problem != nil {
			return nil, nil, problem
		}
		if note := zoneChosen(w, m); note != "" {
			notes = append(notes, Message{Text: note})
		}
		changes = append(changes, func(p *Person) { p.Zone = m.Zone })
	}
	if text := args["time"]; text != "" {
		at, problem := readCheckInTime(w, text)
		if problem != nil {
			return nil, nil, problem
		}
		changes = append(changes, func(p *Person) { p.CheckInAt = at })
	}
	if len(changes) == 0 {
		return nil, nil, nil
	}
	return func(p *Person) {
		for _, f := range changes {
			f(p)
		}
	}, notes, nil
}
