package coach

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// answerField names where one item's answer is stored in the day's hash.
func answerField(id string, item int) string {
	return fieldAnswerPrefix + id + ":" + strconv.Itoa(item)
}

func answersFromFields(fields map[string]string) map[string][]int {
	var out map[string][]int
	for k, v := range fields {
		rest, ok := strings.CutPrefix(k, fieldAnswerPrefix)
		if !ok {
			continue
		}
		id, item, _ := strings.Cut(rest, ":")
		in, known := instrument.ByID(id)
		i, err1 := strconv.Atoi(item)
		score, err2 := strconv.Atoi(v)
		if !known || err1 != nil || err2 != nil || i < 0 || i >= len(in.Items) {
			continue
		}
		if out == nil {
			out = map[string][]int{}
		}
		if out[id] == nil {
			out[id] = make([]int, len(in.Items))
			for j := range out[id] {
				out[id][j] = -1
			}
		}
		out[id][i] = score
	}
	return out
}

// ScoredOn returns the results of every completed instrument of the day.
func (c CheckIn) ScoredOn() []ScoredInstrument {
	var out []ScoredInstrument
	for in := range instrument.Shared() {
		answers, ok := in.Complete(c.Answers[in.ID])
		if !ok {
			continue
		}
		if r, err := instrument.Score(in.ID, answers); err == nil {
			out = append(out, ScoredInstrument{Day: c.Day, Result: r})
		}
	}
	return out
}

// questionnaire handles presses on an instrument's buttons.
func (c *Coach) questionnaire(ctx context.Context, p Person, a Action) ([]Message, error) {
	id, itemText, _ := strings.Cut(a.Field, ":")
	in, english, ok := localQuestionnaire(p, id)
	if !ok || !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	if a.Value == "start" {
		return c.openQuestionnaire(ctx, p, in, english)
	}
	if itemText == difficultyItem {
		return c.answerDifficulty(ctx, p, in, a)
	}
	item, err1 := strconv.Atoi(itemText)
	score, err2 := strconv.Atoi(a.Value)
	if err1 != nil || err2 != nil || !in.Accepts(item, score) {
		return []Message{staleButton(p)}, nil
	}
	if msg, closed := c.closed(p, a.Day); closed {
		return []Message{msg}, nil
	}
	if day, err := c.checkIn(ctx, p.ID, a.Day); err != nil {
		return nil, err
	} else if day.unreadAnswers(id) {
		return []Message{questionnaireUnreadable(p.words(), in)}, nil
	}
	if err := c.store.SaveAnswer(ctx, p.ID, a.Day, answerField(id, item), strconv.Itoa(score)); err != nil {
		return nil, fmt.Errorf("save questionnaire answer: %w", err)
	}
	return c.continueQuestionnaire(ctx, p, in, a.Day)
}

// openQuestionnaire starts an instrument today, unless its recall window
// since the last one has not passed (or, for a one-time screen, it was
// answered). An exposure question answered before is not asked again.
// english says the person's language has no validated translation of in:
// the introduction then says why it comes in English.
func (c *Coach) openQuestionnaire(ctx context.Context, p Person, in instrument.Questionnaire, english bool) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	today := localtime.DayOf(c.clock.Now(), loc)
	hist, err := c.history(ctx, p.ID, today)
	if err != nil {
		return nil, err
	}
	if ok, last := due(in, hist, today); !ok {
		return []Message{{Text: notDueText(p.words(), in, last)}}, nil
	}
	if err := c.rememberExposure(ctx, p, in, hist, today); err != nil {
		return nil, err
	}
	msgs, err := c.continueQuestionnaire(ctx, p, in, today)
	if len(msgs) > 0 {
		w := p.words()
		intro := w.T("questionnaire.intro") + "\n\n"
		if english {
			intro = w.T("questionnaire.english_only") + "\n\n" + intro
		}
		if in.Instructions != "" {
			intro += in.Instructions + "\n\n"
		}
		msgs[0].Title = in.Code
		msgs[0].Text = intro + msgs[0].Text
	}
	return msgs, err
}

func (c *Coach) continueQuestionnaire(ctx context.Context, p Person, in instrument.Questionnaire, day localtime.Day) ([]Message, error) {
	today, err := c.checkIn(ctx, p.ID, day)
	if err != nil {
		return nil, err
	}
	if today.unreadAnswers(in.ID) {
		return []Message{questionnaireUnreadable(p.words(), in)}, nil
	}
	answers := today.Answers[in.ID]
	if complete, ok := in.Complete(answers); ok {
		_, asked := today.Difficulty[in.ID]
		if r, err := instrument.Score(in.ID, complete); err == nil && in.Difficulty.Text != "" && !asked && !r.SafetyFollowUp {
			// Asked after the last item, as on the form; a safety
			// follow-up comes first and the question is left out.
			return []Message{difficultyMessage(p.words(), in, day)}, nil
		}
		return c.finishQuestionnaire(ctx, p, in, day, complete, difficultyLabel(in, today))
	}
	next := 0
	for i, a := range answers {
		if a < 0 {
			next = i
			break
		}
	}
	return []Message{itemMessage(p.words(), in, day, next)}, nil
}

func itemMessage(w lang.Printer, in instrument.Questionnaire, day localtime.Day, item int) Message {
	options := in.ItemOptions(item)
	buttons := make([]Button, len(options))
	for i, o := range options {
		buttons[i] = Button{Label: o.Label, Action: Action{Verb: VerbQuestionnaire, Day: day, Field: in.ID + ":" + strconv.Itoa(item), Value: strconv.Itoa(o.Score)}}
	}
	return Message{Text: w.T("questionnaire.item", lang.Args{"N": item + 1, "Of": len(in.Items), "Prompt": in.Prompt(item)}), Buttons: buttons}
}

// finishQuestionnaire scores the answers and says what they mean, kindly.
// PHQ-9 item 9 above 0 leads to the ASQ, with the crisis lines beside it.
// difficulty is the answer to the unscored difficulty question, reported
// and never added to the total.
func (c *Coach) finishQuestionnaire(ctx context.Context, p Person, in instrument.Questionnaire, day localtime.Day, answers []int, difficulty string) ([]Message, error) {
	r, err := instrument.Score(in.ID, answers)
	if err != nil {
		return nil, fmt.Errorf("score %s: %w", in.ID, err)
	}
	if r.SafetyFollowUp {
		msgs, err := c.startASQ(ctx, &p, SourcePHQ9Item9, safetyIn(crisisLang(p)).Item9)
		return append([]Message{c.numbersMessage(p)}, msgs...), err
	}
	w := p.words()
	args := lang.Args{"Code": in.Code, "Total": r.Total, "Max": in.MaxTotal}
	text := w.T("questionnaire.score", args)
	if r.Severity != "" {
		args["Band"] = bandName(w, r.Severity)
		text = w.T("questionnaire.score_band", args)
	}
	if prev, ok := c.previousScore(ctx, p, in.ID, day); ok {
		if ch, err := instrument.Compare(prev, r); err == nil {
			text += " " + changeMeaning(w, in, ch)
		}
	}
	text += difficultyReport(w, difficulty)
	text += "\n\n" + w.T("questionnaire.snapshot")
	offer, buttons := pcl5Offer(w, p, r)
	return []Message{{Title: in.Code, Text: text + offer, Buttons: buttons}}, nil
}

func (c *Coach) previousScore(ctx context.Context, p Person, id string, before localtime.Day) (instrument.Result, bool) {
	days, err := c.store.CheckIns(ctx, p.ID, before.AddDays(-90), before.AddDays(-1))
	if err != nil {
		return instrument.Result{}, false
	}
	for i := len(days) - 1; i >= 0; i-- {
		for _, s := range days[i].ScoredOn() {
			if s.Result.Instrument == id {
				return s.Result, true
			}
		}
	}
	return instrument.Result{}, false
}

// bandName is a published severity band ("moderately severe") in w's
// language; a band the message files do not name stays as published.
func bandName(w lang.Printer, band string) string {
	id := "questionnaire.band_" + strings.ReplaceAll(band, " ", "_")
	if s := w.T(id); s != id {
		return s
	}
	return band
}

// changeMeaning words a change since the last result as
// instrument.Change.Meaning does, in w's language: numbers first, and a
// rise framed as something to talk over, never as an alarm.
func changeMeaning(w lang.Printer, in instrument.Questionnaire, c instrument.Change) string {
	args := lang.Args{"Code": in.Code, "Before": c.Before, "After": c.After}
	if c.Delta == 0 {
		return w.T("questionnaire.change_same", args)
	}
	if in.MCID == 0 {
		return w.T("questionnaire.change_plain", args)
	}
	if c.Delta < 0 {
		args["Moved"] = w.N("questionnaire.down", -c.Delta)
	} else {
		args["Moved"] = w.N("questionnaire.up", c.Delta)
	}
	switch {
	case c.Remission:
		return w.T("questionnaire.change_remission", args)
	case c.Response:
		return w.T("questionnaire.change_response", args)
	case c.Clinically && c.Delta < 0:
		return w.T("questionnaire.change_better", args)
	case c.Clinically:
		return w.T("questionnaire.change_worse", args)
	}
	return w.T("questionnaire.change_small", args)
}
