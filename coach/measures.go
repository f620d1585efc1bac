package coach

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// measuresBack is how far back questionnaire history is read: as long as
// raw days are kept, so a once-only screen stays answered.
const measuresBack = defaultRetentionDays

// difficultyItem is the item part of a difficulty answer's field and
// button, "q:phq9:d", sealed like every questionnaire answer.
const difficultyItem = "d"

// DifficultySkipped is the stored answer when the difficulty question was skipped.
const DifficultySkipped = -1

func difficultyField(id string) string { return fieldAnswerPrefix + id + ":" + difficultyItem }

func difficultyFromFields(fields map[string]string) map[string]int {
	var out map[string]int
	for in := range instrument.Shared() {
		if in.Difficulty.Text == "" {
			continue
		}
		v, err := strconv.Atoi(fields[difficultyField(in.ID)])
		if err != nil || v < DifficultySkipped || v >= len(in.Difficulty.Options) {
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		out[in.ID] = v
	}
	return out
}

// difficultyLabel is the chosen option, or "" when skipped or not asked.
func difficultyLabel(in instrument.Questionnaire, c CheckIn) string {
	v, ok := c.Difficulty[in.ID]
	if !ok || v < 0 || v >= len(in.Difficulty.Options) {
		return ""
	}
	return in.Difficulty.Options[v]
}

func difficultyMessage(w lang.Printer, in instrument.Questionnaire, day localtime.Day) Message {
	buttons := make([]Button, 0, len(in.Difficulty.Options)+1)
	press := func(label, value string) Button {
		return Button{Label: label, Action: Action{Verb: VerbQuestionnaire, Day: day, Field: in.ID + ":" + difficultyItem, Value: value}}
	}
	for i, o := range in.Difficulty.Options {
		buttons = append(buttons, press(o, strconv.Itoa(i)))
	}
	buttons = append(buttons, press(w.T("questionnaire.skip"), strconv.Itoa(DifficultySkipped)))
	return Message{Text: w.T("questionnaire.difficulty", lang.Args{"Text": in.Difficulty.Text}), Buttons: buttons}
}

// answerDifficulty stores the answer to the unscored difficulty question
// and finishes the questionnaire.
func (c *Coach) answerDifficulty(ctx context.Context, p Person, in instrument.Questionnaire, a Action) ([]Message, error) {
	v, err := strconv.Atoi(a.Value)
	if err != nil || in.Difficulty.Text == "" || v < DifficultySkipped || v >= len(in.Difficulty.Options) {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, a.Day, difficultyField(in.ID), strconv.Itoa(v)); err != nil {
		return nil, fmt.Errorf("save difficulty answer: %w", err)
	}
	return c.continueQuestionnaire(ctx, p, in, a.Day)
}

// history reads the questionnaire history up to day, oldest first.
func (c *Coach) history(ctx context.Context, person string, day localtime.Day) ([]CheckIn, error) {
	days, err := c.store.CheckIns(ctx, person, day.AddDays(-measuresBack), day)
	if err != nil {
		return nil, fmt.Errorf("load questionnaire history: %w", err)
	}
	return days, nil
}

// lastResultDay is the last day before or on day with a completed result of id.
func lastResultDay(hist []CheckIn, id string) (localtime.Day, bool) {
	for i := len(hist) - 1; i >= 0; i-- {
		for _, s := range hist[i].ScoredOn() {
			if s.Result.Instrument == id {
				return hist[i].Day, true
			}
		}
	}
	return "", false
}

// daysFrom counts the calendar days from a to b.
func daysFrom(a, b localtime.Day) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	ta := time.Date(ay, am, ad, 12, 0, 0, 0, time.UTC)
	tb := time.Date(by, bm, bd, 12, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Round(24*time.Hour) / (24 * time.Hour))
}

// due reports whether in may be offered on day, and when it was last answered.
func due(in instrument.Questionnaire, hist []CheckIn, day localtime.Day) (bool, localtime.Day) {
	last, answered := lastResultDay(hist, in.ID)
	return in.Due(daysFrom(last, day), answered), last
}

// cadence names how often an instrument is offered, as the suffix of its
// messages' keys: once, month or weeks (every two).
func cadence(in instrument.Questionnaire) string {
	switch {
	case in.RepeatDays == 0:
		return "once"
	case in.RepeatDays >= 28:
		return "month"
	default:
		return "weeks"
	}
}

func notDueText(w lang.Printer, in instrument.Questionnaire, last localtime.Day) string {
	return w.T("questionnaire.not_due_"+cadence(in), lang.Args{"Code": in.Code, "Day": LongDay(w, last), "Next": LongDay(w, last.AddDays(in.RepeatDays))})
}

// rememberExposure carries an earlier answer to a gated instrument's
// exposure question (PC-PTSD-5's) to today, so it is asked only once.
func (c *Coach) rememberExposure(ctx context.Context, p Person, in instrument.Questionnaire, hist []CheckIn, today localtime.Day) error {
	if !in.Gated {
		return nil
	}
	for i := len(hist) - 1; i >= 0; i-- {
		a := hist[i].Answers[in.ID]
		if len(a) == 0 || a[0] < 0 {
			continue
		}
		if hist[i].Day == today {
			return nil
		}
		if err := c.store.SaveAnswer(ctx, p.ID, today, answerField(in.ID, 0), strconv.Itoa(a[0])); err != nil {
			return fmt.Errorf("carry exposure answer: %w", err)
		}
		return nil
	}
	return nil
}

// questionnaireOffers are the summary's buttons: each chosen instrument
// that is due, and a therapist's request for the PCL-5, with its words.
func (c *Coach) questionnaireOffers(ctx context.Context, p Person, day localtime.Day) ([]Button, []string, error) {
	if len(p.Questionnaires) == 0 && p.PCL5AskedBy == "" {
		return nil, nil, nil
	}
	hist, err := c.history(ctx, p.ID, day)
	if err != nil {
		return nil, nil, err
	}
	var buttons []Button
	var lines []string
	w := p.words()
	for _, id := range p.Questionnaires {
		in, ok := instrument.ByID(id)
		if ok {
			if ok, _ := due(in, hist, day); ok {
				buttons = append(buttons, Button{Label: w.T("questionnaire.answer_button", lang.Args{"Code": in.Code}), Action: Action{Verb: VerbQuestionnaire, Field: id, Value: "start"}})
			}
		}
	}
	if p.PCL5AskedBy != "" && !slices.Contains(p.Questionnaires, instrument.PCL5) {
		lines = append(lines, w.T("questionnaire.pcl5_asked", lang.Args{"Name": p.PCL5AskedBy}))
		buttons = append(buttons, settingButton(w.T("questionnaire.pcl5_add"), "q", instrument.PCL5), settingButton(w.T("questionnaire.no_thanks"), "pcl5ask", "no"))
	}
	return buttons, lines, nil
}

// pcl5Offer follows a positive PC-PTSD-5: the PCL-5 can follow these
// reactions over time, if the person wants it.
func pcl5Offer(w lang.Printer, p Person, r instrument.Result) (string, []Button) {
	if r.Instrument != instrument.PCPTSD5 || !r.Positive || slices.Contains(p.Questionnaires, instrument.PCL5) {
		return "", nil
	}
	return "\n\n" + w.T("questionnaire.pcl5_offer"),
		[]Button{settingButton(w.T("questionnaire.pcl5_offer_button"), "q", instrument.PCL5)}
}

// declinePCL5Ask clears a therapist's request for the PCL-5.
func (c *Coach) declinePCL5Ask(ctx context.Context, p Person) ([]Message, error) {
	p.PCL5AskedBy = ""
	return c.savePerson(ctx, p, []Message{{Text: p.words().T("questionnaire.pcl5_declined")}})
}

// askPCL5 is /therapist pcl5: a linked therapist asks that the PCL-5 be
// offered to a patient, who still chooses whether to add it.
func (c *Coach) askPCL5(ctx context.Context, t Therapist, patient string) ([]Message, error) {
	share, ok, err := c.activeShare(ctx, patient, t.ID)
	if err != nil {
		return nil, err
	}
	p, perr := c.store.Person(ctx, patient)
	if !ok || perr != nil || !p.Onboarded() || p.Status == StatusStopped {
		return []Message{{Text: t.words().T("therapist.pcl5_refused")}}, nil
	}
	w := t.words()
	if slices.Contains(p.Questionnaires, instrument.PCL5) {
		return []Message{{Text: w.T("therapist.pcl5_already", lang.Args{"Name": share.ShownAs})}}, nil
	}
	p.PCL5AskedBy = t.Name
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save pcl5 request: %w", err)
	}
	if err := c.store.Record(ctx, p.ID, auditEntry(c.clock.Now(), t.Name, auditPCL5, nil)); err != nil {
		return nil, fmt.Errorf("record pcl5 request: %w", err)
	}
	seen := w.T("therapist.pcl5_unseen")
	if share.Scope.Scores {
		seen = w.T("therapist.pcl5_seen")
	}
	return []Message{{Text: w.T("therapist.pcl5_asked", lang.Args{"Name": share.ShownAs}) + " " + seen}}, nil
}

// difficultyReport words a difficulty answer for the person, or "".
func difficultyReport(w lang.Printer, label string) string {
	if label == "" {
		return ""
	}
	return "\n\n" + w.T("questionnaire.difficulty_said", lang.Args{"Answer": lowerFirst(w, label)})
}

// pcl5Choice is the PCL-5's line in /settings, shown once it is offered.
func pcl5Choice(p Person) string {
	if p.PCL5AskedBy == "" && !slices.Contains(p.Questionnaires, instrument.PCL5) {
		return ""
	}
	return "\n• " + p.words().T("questionnaire.pcl5_choice")
}

// lowerFirst lowers an answer's first letter to quote it mid-sentence;
// German nouns keep theirs, so German answers are quoted as written.
func lowerFirst(w lang.Printer, s string) string {
	if s == "" || w.Lang == "de" {
		return s
	}
	r := []rune(s)
	return strings.ToLower(string(r[0])) + string(r[1:])
}
