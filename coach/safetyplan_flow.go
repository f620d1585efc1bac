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

// planIntro opens a new plan.
const planIntro = "A safety plan is a short list, in your own words, of what helps when things get hard. " +
	"It helps to make it now, while there's some space to think, so that it's there when you need it.\n\n" +
	"There are six small steps. Every one is optional: write as much or as little as you like, skip any, and stop whenever you want. " +
	"Only you see it here, and you can change or clear any step whenever you like. It can also help to go through it with your therapist.\n\n"

// safetyPlanCommand answers /safetyplan: the plan with a button per step,
// or, when there is none yet, its first step.
func (c *Coach) safetyPlanCommand(ctx context.Context, p Person) ([]Message, error) {
	sp, err := c.store.SafetyPlan(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("load safety plan: %w", err)
	}
	if sp.Empty() {
		msg, err := c.planStepMessage(ctx, p, sp, 0, planBuilding, planIntro)
		return []Message{msg}, err
	}
	return []Message{planMessage(sp, "")}, nil
}

// planPress answers a safety-plan button.
func (c *Coach) planPress(ctx context.Context, p Person, a Action) ([]Message, error) {
	sp, err := c.store.SafetyPlan(ctx, p.ID)
	if err != nil {
		return nil, fmt.Errorf("load safety plan: %w", err)
	}
	if a.Value == planShow {
		return []Message{c.planShown(sp, "")}, nil
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
		if mode == planBuilding {
			return c.planNext(ctx, p, sp, i, "Cleared. ")
		}
		return []Message{planMessage(sp, "Cleared.\n\n")}, nil
	}
	return []Message{staleButton(p)}, nil
}

// screenPlanStep screens what was written for a step. A safety plan
// speaks of hard moments by design ("when I stop sleeping and go quiet"),
// so asking "are you safe right now?" about it would misread it: only a
// crisis interrupts the plan, and text that screens as Review does not.
func (c *Coach) screenPlanStep(ctx context.Context, p *Person, text string) ([]Message, bool, error) {
	found := risk.Screen(text)
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
		msg, err := c.planStepMessage(ctx, p, sp, i, a.Value, tooLongForPlan(n, text))
		msg.Input.Value = text
		return append(msgs, msg), err
	case n > MaxPlanStepLen:
		// A crisis reply is all that should follow: keep what fits.
		text = string([]rune(text)[:MaxPlanStepLen])
	case n == 0 && !stop:
		if a.Value == planEditing {
			return append(msgs, planMessage(sp, "")), nil
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
	if a.Value == planEditing {
		rest = []Message{planMessage(sp, "Saved.\n\n")}
	} else {
		rest, err = c.planNext(ctx, p, sp, i, "Saved. ")
	}
	return append(msgs, rest...), err
}

// tooLongForPlan says, kindly, that an answer is over the bound, and gives
// it back so nothing is lost.
func tooLongForPlan(n int, text string) string {
	return fmt.Sprintf("That's a little more than I can keep in one step — up to %s characters, and this has %s. "+
		"Nothing is lost: here it is, so you can shorten it, or keep the most important part.\n\n%s\n\n",
		thousands(MaxPlanStepLen), thousands(n), text)
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
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
	return []Message{c.planShown(sp, lead+"That's your plan — thank you for making it. ")}, nil
}

// planShown shows the plan, or says kindly that there is nothing yet.
func (c *Coach) planShown(sp SafetyPlan, lead string) Message {
	if sp.Empty() {
		return Message{Text: "There's nothing in your plan yet, and that's okay. /safetyplan is here whenever you'd like to come back to it."}
	}
	return planMessage(sp, lead+"It's here whenever you need it: /safetyplan shows it, and it comes with the crisis lines if you ever need those.\n\n")
}

// planMessage shows the whole plan with a button per step to change it.
func planMessage(sp SafetyPlan, lead string) Message {
	buttons := make([]Button, len(planSteps))
	for i, s := range planSteps {
		buttons[i] = Button{Label: fmt.Sprintf("Change %d: %s", i+1, s.Name), Action: Action{Verb: VerbSafetyPlan, Field: string(s.Step), Value: planOpen}}
	}
	return Message{Title: "Your safety plan", Text: lead + planText(lang.For(lang.Default), sp, true) + "\n\nAny step can stay empty. Change one whenever you like.", Buttons: buttons}
}

// planStepMessage asks one step: the question, what is there already, an
// Input to write it, and buttons to skip or clear it.
func (c *Coach) planStepMessage(ctx context.Context, p Person, sp SafetyPlan, i int, mode, lead string) (Message, error) {
	s := planSteps[i]
	var b strings.Builder
	b.WriteString(lead)
	b.WriteString(s.Question)
	placeholder := s.Placeholder
	if s.Step == StepProfessional {
		name, err := c.therapistName(ctx, p)
		if err != nil {
			return Message{}, err
		}
		if name != "" {
			fmt.Fprintf(&b, " You share your check-ins with %s — you could add them here, if you like.", name)
			placeholder = "e.g. " + name + ", my therapist"
		}
		b.WriteString("\n\nCrisis lines are part of your plan either way: /crisis shows them whenever you want them.")
	}
	now := strings.TrimSpace(sp.Steps[s.Step])
	if now != "" {
		b.WriteString("\n\nWhat's there now:\n" + now)
	}
	var buttons []Button
	title := fmt.Sprintf("Your safety plan — step %d of %d", i+1, len(planSteps))
	if mode == planBuilding {
		b.WriteString("\n\nWrite as little or as much as you like, or skip it for now.")
		buttons = append(buttons, Button{Label: "Skip this step", Action: Action{Verb: VerbSafetyPlan, Field: string(s.Step), Value: planSkip}})
	} else {
		title = "Your safety plan — " + s.Name
		buttons = append(buttons, Button{Label: "Keep it as it is", Action: Action{Verb: VerbSafetyPlan, Value: planShow}})
	}
	if now != "" {
		buttons = append(buttons, Button{Label: "Clear this step", Action: Action{Verb: VerbSafetyPlan, Field: string(s.Step), Value: planClearPrfx + ":" + mode}})
	}
	if mode == planBuilding {
		buttons = append(buttons, Button{Label: "Finish for now", Action: Action{Verb: VerbSafetyPlan, Value: planShow}})
	}
	return Message{
		Title:   title,
		Text:    b.String(),
		Buttons: buttons,
		Input: &Input{
			Action: Action{Verb: VerbSafetyPlan, Field: string(s.Step), Value: mode},
			Title:  s.Name, Label: s.Name, Placeholder: placeholder,
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
