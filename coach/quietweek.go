package coach

import (
	"context"
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"

	"github.com/aftercare/aftercare/coach/localtime"
)

// fieldQuietNote is stored on the day the quiet-week note was sent.
const fieldQuietNote = "quiet"

// quietLookBack is how far back the last answer is looked for, to send
// the quiet-week note once for each stretch of silence.
const quietLookBack = 90

// The quiet-week note (quietweek.text) is the one short note that comes
// instead of the weekly summary after a week in which check-ins came and
// none was answered. It counts nothing, keeps no streak, asks nothing, and
// is easy to ignore: like Motto's caring letters, a short word of interest
// in how the person is, with the door left open and no request.

// quietWeek is what an empty week's summary day brings: the quiet-week
// note, when check-ins were sent (sent of them) and none was answered,
// the person has not turned it off, and it has not come since their last
// answer, so that someone who has drifted away is reached once and then
// left in peace. Stopped and paused people never get here (see Deliver).
func (c *Coach) quietWeek(ctx context.Context, p Person, day localtime.Day, sent int) ([]Message, error) {
	if p.QuietNoteOff || sent == 0 {
		return nil, nil
	}
	days, err := c.store.CheckIns(ctx, p.ID, day.AddDays(-quietLookBack), day)
	if err != nil {
		return nil, fmt.Errorf("load days for the quiet-week note: %w", err)
	}
	for i := len(days) - 1; i >= 0; i-- {
		d := days[i]
		if d.QuietNote {
			return nil, nil // already said since the last answer
		}
		if d.Answered() || d.MovedMinutes() > 0 {
			break
		}
	}
	if err := c.store.SaveAnswer(ctx, p.ID, day, fieldQuietNote, "1"); err != nil {
		return nil, fmt.Errorf("save quiet-week note: %w", err)
	}
	return []Message{{Text: p.words().T("quietweek.text")}}, nil
}

// quietNoteSetting is the /settings button that turns the note on or off.
func quietNoteSetting(p Person) Button {
	if p.QuietNoteOff {
		return settingButton(p.words().T("settings.quiet_on"), "quiet", "on")
	}
	return settingButton(p.words().T("settings.quiet_off"), "quiet", "off")
}

// setQuietNote applies a press on that button.
func (c *Coach) setQuietNote(ctx context.Context, p Person, value string) ([]Message, error) {
	switch value {
	case "off":
		p.QuietNoteOff = true
		return c.savePerson(ctx, p, []Message{{Text: p.words().T("settings.quiet_off_saved")}})
	case "on":
		p.QuietNoteOff = false
		return c.savePerson(ctx, p, []Message{{Text: p.words().T("settings.quiet_on_saved")}})
	}
	return []Message{staleButton(p)}, nil
}

func onOff(w lang.Printer, on bool) string {
	if on {
		return w.T("settings.on")
	}
	return w.T("settings.off")
}
