package coach

import (
	"context"
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"
	"slices"
	"strings"
	"time"
)

// The safety plan follows the Stanley–Brown Safety Planning Intervention:
// a short, prioritised list in the person's own words of what to do when a
// crisis may be starting, in six steps — (a) recognising warning signs,
// (b) internal coping strategies, (c) social contacts and social settings
// that distract, (d) family or friends who may help, (e) professionals and
// agencies to contact, (f) making the environment safe.
//
// Source: B. Stanley and G. K. Brown, "Safety Planning Intervention: A Brief
// Intervention to Mitigate Suicide Risk", Cognitive and Behavioral Practice
// 19 (2012) 256–264, doi:10.1016/j.cabp.2011.01.001; the six steps as a
// clinic walks a patient through them:
// https://www.nationaljewish.org/suicide-awareness/suicidal-patients-next-steps/completing-a-brown-stanley-safety-plan-with-a-patient
//
// The wording here is ours, plain and optional, for someone a day after a
// ketamine session. Step 6 is asked gently and never names a means of harm,
// as safe-messaging guidance asks.

// PlanStep names one step of a safety plan. It is also the step's field in
// storage and in an Action, so it is short and never changes.
type PlanStep string

// The six steps, in the order of the intervention.
const (
	StepWarningSigns PlanStep = "warning"
	StepOnMyOwn      PlanStep = "coping"
	StepDistraction  PlanStep = "distract"
	StepAskForHelp   PlanStep = "help"
	StepProfessional PlanStep = "pros"
	StepSaferSpace   PlanStep = "safer"
)

// MaxPlanStepLen bounds one step's answer, in characters; longer text is
// refused kindly and handed back, never cut.
const MaxPlanStepLen = 1000

// planStep is one step of the plan. How it is asked and shown is in the
// message files: safetyplan.<step> its heading (also the modal's title,
// which Discord clips at 45), safetyplan.q_<step> the question and
// safetyplan.eg_<step> an example (≤ 100).
type planStep struct {
	Step PlanStep
}

var planSteps = []planStep{{StepWarningSigns}, {StepOnMyOwn}, {StepDistraction}, {StepAskForHelp}, {StepProfessional}, {StepSaferSpace}}

// name is the step's heading in w's language.
func (s planStep) name(w lang.Printer) string { return w.T("safetyplan." + string(s.Step)) }

// question is how the step is asked.
func (s planStep) question(w lang.Printer) string { return w.T("safetyplan.q_" + string(s.Step)) }

// placeholder is the step's example answer.
func (s planStep) placeholder(w lang.Printer) string { return w.T("safetyplan.eg_" + string(s.Step)) }

// SensitivePlanStep reports whether a step's answer is health data that
// storage seals at rest (with the person's own key). Every step is: a safety plan is written
// for a crisis, in the person's own words. Storage asks this, as it asks
// SensitiveField of a day's fields, rather than deciding for itself.
func SensitivePlanStep(PlanStep) bool { return true }

// SafetyPlan is a person's safety plan: their words for each step they
// filled in. A step left out is empty, never required.
type SafetyPlan struct {
	Steps   map[PlanStep]string
	Updated time.Time // when a step last changed; zero for no plan
	// Unreadable names the steps stored but not opened (sealed with a data
	// key that is not configured): reported, never shown as empty.
	Unreadable []PlanStep
}

// Empty reports whether no step has anything written. A step that could
// not be read has something written.
func (sp SafetyPlan) Empty() bool {
	if len(sp.Unreadable) > 0 {
		return false
	}
	for _, s := range planSteps {
		if strings.TrimSpace(sp.Steps[s.Step]) != "" {
			return false
		}
	}
	return true
}

// SafetyPlanStore keeps safety plans. storage.Redis implements it.
type SafetyPlanStore interface {
	// SafetyPlan returns the person's plan: an empty one if they have none.
	SafetyPlan(ctx context.Context, person string) (SafetyPlan, error)
	// SavePlanStep stores one step's answer, or removes the step when text
	// is empty, and records when the plan changed.
	SavePlanStep(ctx context.Context, person string, step PlanStep, text string, at time.Time) error
}

// planReadTimeout bounds reading the plan beside a crisis reply: with
// Redis slow or down, the crisis reply goes alone rather than late.
const planReadTimeout = 2 * time.Second

// safetyPlanMessage returns the person's safety plan as a message to show
// after a crisis reply, and false when they have none or it cannot be read.
func (c *Coach) safetyPlanMessage(ctx context.Context, p Person) (Message, bool) {
	ctx, cancel := context.WithTimeout(ctx, planReadTimeout)
	defer cancel()
	sp, err := c.store.SafetyPlan(ctx, p.ID)
	if err != nil {
		c.log.Warn("safety plan not read for a crisis reply", "err", err) // no person id: the pairing is health data
		return Message{}, false
	}
	if sp.Empty() {
		return Message{}, false
	}
	// Untitled, so that it shows as plain text even where embeds are off,
	// like the crisis reply above it.
	w := lang.For(crisisLang(p)) // the crisis reply's language
	text := w.T("safetyplan.crisis_lead") + "\n\n" + planText(w, sp, false) + "\n\n" + w.T("safetyplan.crisis_tail")
	return Message{Text: text}, true
}

// withSafetyPlan returns the crisis reply, followed by the person's safety
// plan when show is set and the plan exists and can be read.
func (c *Coach) withSafetyPlan(ctx context.Context, p Person, reply Message, show bool) []Message {
	if !show {
		return []Message{reply}
	}
	if plan, ok := c.safetyPlanMessage(ctx, p); ok {
		return []Message{reply, plan}
	}
	return []Message{reply}
}

// planText lists the plan's steps, numbered. With all, an empty step is
// listed too, as a place that can be filled in; otherwise it is left out.
func planText(w lang.Printer, sp SafetyPlan, all bool) string {
	var b strings.Builder
	lines := w.T("safetyplan.crisis_lines")
	for i, s := range planSteps {
		name := w.T("safetyplan." + string(s.Step))
		answer := strings.TrimSpace(sp.Steps[s.Step])
		if slices.Contains(sp.Unreadable, s.Step) {
			answer = w.T("safetyplan.unreadable")
		}
		if answer == "" && !all {
			if s.Step == StepProfessional {
				fmt.Fprintf(&b, "%d. %s\n%s\n\n", i+1, name, lines)
			}
			continue
		}
		if answer == "" {
			answer = w.T("safetyplan.nothing_yet")
		}
		fmt.Fprintf(&b, "%d. %s\n%s\n", i+1, name, answer)
		if s.Step == StepProfessional {
			b.WriteString(lines + "\n")
		}
		b.WriteString("\n")
	}
	return strings.TrimSpace(b.String())
}

// planStepOf returns the step named by a field, and its place (0-based).
func planStepOf(field string) (planStep, int, bool) {
	for i, s := range planSteps {
		if string(s.Step) == field {
			return s, i, true
		}
	}
	return planStep{}, 0, false
}

// exportPlan is the safety plan as an export holds it: every step in
// order, by its heading, with the person's words where they wrote some.
type exportPlan struct {
	Updated *time.Time       `json:"updated,omitempty"`
	Steps   []exportPlanStep `json:"steps"`
}

type exportPlanStep struct {
	Step   string `json:"step"`
	Answer string `json:"answer,omitempty"`
}

// exportSafetyPlan returns the plan for /export, or nil when there is none;
// at shows a time as the export does.
func (c *Coach) exportSafetyPlan(ctx context.Context, p Person, at func(time.Time) *time.Time) (*exportPlan, []string, error) {
	sp, err := c.store.SafetyPlan(ctx, p.ID)
	if err != nil {
		return nil, nil, fmt.Errorf("export safety plan: %w", err)
	}
	unread := unreadableSteps(p.words(), sp)
	if sp.Empty() {
		return nil, unread, nil
	}
	out := &exportPlan{Updated: at(sp.Updated)}
	for _, s := range planSteps {
		if !slices.Contains(sp.Unreadable, s.Step) {
			out.Steps = append(out.Steps, exportPlanStep{Step: s.name(p.words()), Answer: sp.Steps[s.Step]})
		}
	}
	return out, unread, nil
}
