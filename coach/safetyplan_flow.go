package coach

import (
	"context"
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"
	"strings"
	"unicode/utf8"

	"github.com/aftercare/aftercare/coach/risk"
)

// The modes of a safety-plan step, carried in its Input's Action Value:
// building goes on to the next step, editing shows the plan again.
const (
	planBuilding = "b"
	planEditing  = "e"
)

// The safety-plan buttons' Values. Field is the step, when there is one.
const (
	planOpen      = "open"  // change one step (edit mode)
	planSkip      = "skip"  // building: leave this step, go to the next
	planClearPrfx = "clear" // "clear:b" or "clear:e": empty this step
	planShow      = "show"  // show the plan (finish for now, keep as it is)
)

// safetyPlanCommand answers /safetyplan: the plan with a button per step,
// or, when there is none yet, its first step.
func (c *Coach) safetyPlanCommand(ctx context.Context, p Person) ([]Message, error) {
	sp, err := c.store.SafetyPlan(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("load safety plan: %w", err)
	}
	if sp.Empty() {
		msg, err := c.planStepMessage(ctx, p, sp, 0, planBuilding, p.words().T("safetyplan.intro")+"\n\n")
		return []Message{msg}, err
	}
	return []Message{planMessage(p.words(), sp, "")}, nil
}

// planPress answers a safety-plan button.
func (c *Coach) planPress(ctx context.Context, p Person, a Action) ([]Message, error) {
	sp, err := c.store.SafetyPlan(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("load safety plan: %w", err)
	}
	if a.Value == planShow {
		return []Message{planShown(p.words(), sp, "")}, nil
	}
	_, i, ok := planStepOf(a.Field)
	if !ok {
		return []Message{staleButton(p)}, nil
	}
	switch {
	case a.Value == planOpen:
		msg, err := c.planStepMessage(ctx, p, sp, i, planEditing, "")
		return []Message{msg}, err
	case a.Value == planSkip:
		return c.planNext(ctx, p, sp, i, "")
	case strings.HasPrefix(a.Value, planClearPrfx+":"):
		mode := strings.TrimPrefix(a.Value, planClearPrfx+":")
		if sp, err = c.savePlanStep(ctx, p, sp, planSteps[i].Step, ""); err != nil {
			return nil, err
		}
		cleared := p.words().T("safetyplan.cleared")
		if mode == planBuilding {
			return c.planNext(ctx, p, sp, i, cleared+" ")
		}
		return []Message{planMessage(p.words(), sp, cleared+"\n\n")}, nil
	}
	return []Message{staleButton(p)}, nil
}

// screenPlanStep screens what was written for a step. A safety plan
// speaks of hard moments by design ("when I stop sleeping and go quiet"),
// so asking "are you safe right now?" about it would misread it: only a
// crisis interrupts the plan, and text that screens as Review does not.
func (c *Coach) screenPlanStep(ctx context.Context, p *Person, text string) ([]Message, bool, error) {
	found := risk.Screen(text)
	if found.AboutOther {
		p.textLang = found.Lang
		return c.someoneElse(*p), true, nil
	}
	if found.Level != risk.Crisis {
		return nil, false, nil
	}
	p.textLang = found.Lang
	msgs, err := c.crisis(ctx, p)
	return msgs, true, err
}

// planSubmit stores what was written for a step. Nothing written leaves
// the step as it was. Text over the bound is handed back, not cut.
func (c *Coach) planSubmit(ctx context.Context, p Person, a Action, text string) ([]Message, error) {
	_, i, ok := planStepOf(a.Field)
	if !ok || (a.Value != planBuilding && a.Value != planEditing) {
		return []Message{staleButton(p)}, nil
	}
	msgs, stop, err := c.screenPlanStep(ctx, &p, text)
	if err != nil {
		return nil, err
	}
	sp, err := c.store.SafetyPlan(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("load safety plan: %w", err)
	}
	text = strings.TrimSpace(text)
	n := utf8.RuneCountInString(text)
	switch {
	case n > MaxPlanStepLen && !stop:
		msg, err := c.planStepMessage(ctx, p, sp, i, a.Value, tooLongForPlan(p.words(), n, text))
		msg.Input.Value = text
		return append(msgs, msg), err
	case n > MaxPlanStepLen:
		// A crisis reply is all that should follow: keep what fits.
		text = string([]rune(text)[:MaxPlanStepLen])
	case n == 0 && !stop:
		if a.Value == planEditing {
			return append(msgs, planMessage(p.words(), sp, "")), nil
		}
		return c.planNext(ctx, p, sp, i, "")
	}
	if n > 0 {
		if sp, err = c.savePlanStep(ctx, p, sp, planSteps[i].Step, text); err != nil {
			return nil, err
		}
	}
	if stop {
		return msgs, nil
	}
	var rest []Message
	saved := p.words().T("safetyplan.saved")
	if a.Value == planEditing {
		rest = []Message{planMessage(p.words(), sp, saved+"\n\n")}
	} else {
		rest, err = c.planNext(ctx, p, sp, i, saved+" ")
	}
	return append(msgs, rest...), err
}

// tooLongForPlan says, kindly, that an answer is over the bound, and gives
// it back so nothing is lost.
func tooLongForPlan(w lang.Printer, n int, text string) string {
	return w.T("safetyplan.too_long", lang.Args{"Max": w.Number(MaxPlanStepLen), "Count": w.Number(n)}) + "\n\n" + text + "\n\n"
}

func (c *Coach) savePlanStep(ctx context.Context, p Person, sp SafetyPlan, step PlanStep, text string) (SafetyPlan, error) {
	if err := c.store.SavePlanStep(ctx, p.ID, step, text, c.clock.Now()); err != nil {
		return sp, fmt.Errorf("save safety plan step: %w", err)
	}
	steps := make(map[PlanStep]string, len(sp.Steps)+1)
	for k, v := range sp.Steps {
		steps[k] = v
	}
	steps[step] = text
	sp.Steps, sp.Updated = steps, c.clock.Now()
	return sp, nil
}

// planNext goes on from step i while building: the next step, or the plan
// after the last.
func (c *Coach) planNext(ctx context.Context, p Person, sp SafetyPlan, i int, lead string) ([]Message, error) {
	if i+1 < len(planSteps) {
		msg, err := c.planStepMessage(ctx, p, sp, i+1, planBuilding, lead)
		return []Message{msg}, err
	}
	w := p.words()
	return []Message{planShown(w, sp, lead+w.T("safetyplan.made")+" ")}, nil
}

// planShown shows the plan, or says kindly that there is nothing yet.
func planShown(w lang.Printer, sp SafetyPlan, lead string) Message {
	if sp.Empty() {
		return Message{Text: w.T("safetyplan.empty")}
	}
	return planMessage(w, sp, lead+w.T("safetyplan.kept")+"\n\n")
}

// planMessage shows the whole plan with a button per step to change it.
func planMessage(w lang.Printer, sp SafetyPlan, lead string) Message {
	buttons := make([]Button, len(planSteps))
	for i, s := range planSteps {
		buttons[i] = Button{Label: w.T("safetyplan.change", lang.Args{"N": i + 1, "Name": s.name(w)}), Action: Action{Verb: VerbSafetyPlan, Field: string(s.Step), Value: planOpen}}
	}
	return Message{Title: w.T("safetyplan.title"), Text: lead + planText(w, sp, true) + "\n\n" + w.T("safetyplan.any_empty"), Buttons: buttons}
}

// planStepMessage asks one step: the question, what is there already, an
// Input to write it, and buttons to skip or clear it.
func (c *Coach) planStepMessage(ctx context.Context, p Person, sp SafetyPlan, i int, mode, lead string) (Message, error) {
	s, w := planSteps[i], p.words()
	var b strings.Builder
	b.WriteString(lead)
	b.WriteString(s.question(w))
	placeholder := s.placeholder(w)
	if s.Step == StepProfessional {
		name, err := c.therapistName(ctx, p)
		if err != nil {
			return Message{}, err
		}
		if name != "" {
			b.WriteString(" " + w.T("safetyplan.shared_with", lang.Args{"Name": name}))
			placeholder = w.T("safetyplan.eg_therapist", lang.Args{"Name": name})
		}
		b.WriteString("\n\n" + w.T("safetyplan.lines_part"))
	}
	now := strings.TrimSpace(sp.Steps[s.Step])
	if now != "" {
		b.WriteString("\n\n" + w.T("safetyplan.now") + "\n" + now)
	}
	var buttons []Button
	title := w.T("safetyplan.title_step", lang.Args{"Step": i + 1, "Of": len(planSteps)})
	if mode == planBuilding {
		b.WriteString("\n\n" + w.T("safetyplan.write"))
		buttons = append(buttons, Button{Label: w.T("safetyplan.skip"), Action: Action{Verb: VerbSafetyPlan, Field: string(s.Step), Value: planSkip}})
	} else {
		title = w.T("safetyplan.title_named", lang.Args{"Name": s.name(w)})
		buttons = append(buttons, Button{Label: w.T("safetyplan.keep"), Action: Action{Verb: VerbSafetyPlan, Value: planShow}})
	}
	if now != "" {
		buttons = append(buttons, Button{Label: w.T("safetyplan.clear"), Action: Action{Verb: VerbSafetyPlan, Field: string(s.Step), Value: planClearPrfx + ":" + mode}})
	}
	if mode == planBuilding {
		buttons = append(buttons, Button{Label: w.T("safetyplan.finish"), Action: Action{Verb: VerbSafetyPlan, Value: planShow}})
	}
	return Message{
		Title:   title,
		Text:    b.String(),
		Buttons: buttons,
		Input: &Input{
			Action: Action{Verb: VerbSafetyPlan, Field: string(s.Step), Value: mode},
			Title:  s.name(w), Label: s.name(w), Placeholder: placeholder,
			Long: true, MaxLen: MaxPlanStepLen, Value: now,
		},
	}, nil
}

// therapistName is the name of a therapist the person shares with, to
// suggest for step 5; empty when they share with none.
func (c *Coach) therapistName(ctx context.Context, p Person) (string, error) {
	shares, err := c.store.Shares(ctx, p.ID)
	if err != nil {
		return "", fmt.Errorf("load shares for the safety plan: %w", err)
	}
	for _, s := range shares {
		if s.Active() && s.TherapistName != "" {
			return s.TherapistName, nil
		}
	}
	return "", nil
}
