package coach_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/risk"
	"github.com/aftercare/aftercare/internal/redistest"
)

func planAct(step coach.PlanStep, value string) coach.Action {
	return coach.Action{Verb: coach.VerbSafetyPlan, Field: string(step), Value: value}
}

// msgs handles an event and returns the messages, not just their text.
func (w *world) msgs(ev coach.Event) []coach.Message {
	w.t.Helper()
	ev.Person = me
	out, err := w.coach.Handle(w.ctx, ev)
	if err != nil {
		w.t.Fatalf("Handle(%+v): %v", ev, err)
	}
	return out
}

func (w *world) plan() coach.SafetyPlan {
	w.t.Helper()
	sp, err := w.store.SafetyPlan(w.ctx, me)
	if err != nil {
		w.t.Fatal(err)
	}
	return sp
}

// writeStep answers a plan step's Input.
func (w *world) writeStep(step coach.PlanStep, mode, text string) []coach.Message {
	a := planAct(step, mode)
	return w.msgs(coach.Event{Submit: &a, Text: text})
}

// asks checks that msgs end with the given step asked in the given mode,
// and returns that message.
func asks(t *testing.T, msgs []coach.Message, step coach.PlanStep, mode string) coach.Message {
	t.Helper()
	if len(msgs) == 0 {
		t.Fatal("no messages")
	}
	m := msgs[len(msgs)-1]
	if m.Input == nil || m.Input.Action != planAct(step, mode) {
		t.Fatalf("last message = %+v, want step %q asked (mode %q)", m, step, mode)
	}
	return m
}

func TestSafetyPlanBuiltStepByStepWithSkips(t *testing.T) {
	w := newWorld(t, monday9am)
	first := asks(t, w.msgs(coach.Event{Command: "safetyplan"}), coach.StepWarningSigns, "b")
	for _, want := range []string{"step 1 of 6", "Every one is optional", "What tells you that a hard time might be starting?"} {
		if !strings.Contains(first.Title+first.Text, want) {
			t.Errorf("first step lacks %q:\n%s\n%s", want, first.Title, first.Text)
		}
	}
	if len(first.Buttons) != 2 || first.Buttons[0].Label != "Skip this step" || first.Buttons[1].Label != "Finish for now" {
		t.Errorf("first step's buttons = %+v, want Skip and Finish", first.Buttons)
	}

	asks(t, w.writeStep(coach.StepWarningSigns, "b", "not sleeping, going quiet"), coach.StepOnMyOwn, "b")
	asks(t, w.msgs(coach.Event{Press: ptr(planAct(coach.StepOnMyOwn, "skip"))}), coach.StepDistraction, "b")
	asks(t, w.writeStep(coach.StepDistraction, "b", "the park with my cousin"), coach.StepAskForHelp, "b")
	asks(t, w.writeStep(coach.StepAskForHelp, "b", "   "), coach.StepProfessional, "b") // nothing written: skipped
	sixth := asks(t, w.writeStep(coach.StepProfessional, "b", "Dr Rivera, Tuesdays"), coach.StepSaferSpace, "b")
	if !strings.Contains(sixth.Text, "keep out of reach, or ask someone to hold on to") {
		t.Errorf("step 6 = %q", sixth.Text)
	}
	done := w.msgs(coach.Event{Press: ptr(planAct(coach.StepSaferSpace, "skip"))})
	shown := done[len(done)-1]
	if shown.Title != "Your safety plan" || !strings.Contains(shown.Text, "thank you for making it") || len(shown.Buttons) != 6 {
		t.Fatalf("after the last step = %+v, want the plan with a button per step", shown)
	}
	want := map[coach.PlanStep]string{
		coach.StepWarningSigns: "not sleeping, going quiet",
		coach.StepDistraction:  "the park with my cousin",
		coach.StepProfessional: "Dr Rivera, Tuesdays",
	}
	if got := w.plan().Steps; len(got) != len(want) || got[coach.StepWarningSigns] != want[coach.StepWarningSigns] ||
		got[coach.StepDistraction] != want[coach.StepDistraction] || got[coach.StepProfessional] != want[coach.StepProfessional] {
		t.Errorf("stored plan = %v, want %v", got, want)
	}

	// /safetyplan now shows the plan; one step is changed, another cleared.
	shown = w.msgs(coach.Event{Command: "safetyplan"})[0]
	if !strings.Contains(shown.Text, "1. Warning signs\nnot sleeping, going quiet") || !strings.Contains(shown.Text, "2. Things I can do on my own\n(nothing yet") {
		t.Errorf("/safetyplan = %q", shown.Text)
	}
	edit := asks(t, w.msgs(coach.Event{Press: &shown.Buttons[1].Action}), coach.StepOnMyOwn, "e")
	if edit.Input.Value != "" || edit.Buttons[0].Label != "Keep it as it is" {
		t.Errorf("editing an empty step = %+v", edit)
	}
	edit = asks(t, w.msgs(coach.Event{Press: &shown.Buttons[0].Action}), coach.StepWarningSigns, "e")
	if edit.Input.Value != "not sleeping, going quiet" || !strings.Contains(edit.Text, "What's there now:\nnot sleeping, going quiet") {
		t.Errorf("editing step 1 = %+v, want what is there shown and in the Input", edit)
	}
	after := w.writeStep(coach.StepWarningSigns, "e", "not sleeping; cancelling plans")
	if m := after[len(after)-1]; m.Title != "Your safety plan" || !strings.Contains(m.Text, "Saved.") || !strings.Contains(m.Text, "cancelling plans") {
		t.Errorf("after an edit = %+v, want the plan again", m)
	}
	w.msgs(coach.Event{Press: ptr(planAct(coach.StepDistraction, "clear:e"))})
	if got := w.plan().Steps; got[coach.StepWarningSigns] != "not sleeping; cancelling plans" || got[coach.StepDistraction] != "" {
		t.Errorf("after edit and clear: %v", got)
	}
}

func TestSafetyPlanFinishForNowAndNothingRequired(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("safetyplan")
	reply := w.press(coach.Action{Verb: coach.VerbSafetyPlan, Value: "show"})
	if !strings.Contains(reply, "nothing in your plan yet, and that's okay") {
		t.Errorf("finish with nothing written = %q", reply)
	}
	if keys := redistest.Keys(t, w.store, w.store.Prefix()+"{u:"+me+"}:safetyplan"); len(keys) != 0 {
		t.Errorf("a plan never written left keys: %v", keys)
	}
	// Someone who never ran /start may make one too.
	a := planAct(coach.StepWarningSigns, "b")
	if reply := w.as("4242", "New", coach.Event{Submit: &a, Text: "racing thoughts"}); !strings.Contains(reply, "step 2 of 6") {
		t.Errorf("a plan before /start = %q, want step 2", reply)
	}
}

func TestSafetyPlanStepTooLongIsHandedBack(t *testing.T) {
	w := newWorld(t, monday9am)
	long := strings.Repeat("a", coach.MaxPlanStepLen) + "é"
	m := asks(t, w.writeStep(coach.StepOnMyOwn, "b", long), coach.StepOnMyOwn, "b")
	for _, want := range []string{"up to 1,000 characters, and this has 1,001", "Nothing is lost", long} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("too long reply lacks %q", want[:min(len(want), 60)])
		}
	}
	if m.Input.Value != long {
		t.Error("the Input does not start with their text")
	}
	if got := w.plan().Steps[coach.StepOnMyOwn]; got != "" {
		t.Errorf("a refused answer was stored (%d chars)", len(got))
	}
	asks(t, w.writeStep(coach.StepOnMyOwn, "b", long[:coach.MaxPlanStepLen]), coach.StepDistraction, "b")
	if got := w.plan().Steps[coach.StepOnMyOwn]; len(got) != coach.MaxPlanStepLen {
		t.Errorf("an answer of exactly %d was not kept: %d", coach.MaxPlanStepLen, len(got))
	}
}

func TestSafetyPlanShownWithCrisisReply(t *testing.T) {
	w := newWorld(t, monday9am)
	if msgs := w.msgs(coach.Event{Text: "i want to kill myself"}); len(msgs) != 1 || !msgs[0].Crisis {
		t.Fatalf("crisis without a plan = %+v, want the crisis reply alone", msgs)
	}
	w.writeStep(coach.StepAskForHelp, "e", "my sister Ana")
	w.clock.Set(monday9am.Add(2 * time.Hour)) // past the hour of short replies
	for _, ev := range []coach.Event{{Text: "i want to kill myself"}, {Command: "crisis"}} {
		msgs := w.msgs(ev)
		if len(msgs) != 2 || !msgs[0].Crisis || msgs[1].Crisis {
			t.Fatalf("%+v = %+v, want the crisis reply, then the plan", ev, msgs)
		}
		if !strings.Contains(msgs[1].Text, "4. People I can ask for help\nmy sister Ana") || !strings.Contains(msgs[1].Text, "Crisis lines and the emergency number: /crisis") {
			t.Errorf("plan with the crisis reply = %q", msgs[1].Text)
		}
	}
	// A step written in crisis words is kept, and answered with the crisis reply.
	w.clock.Set(monday9am.Add(4 * time.Hour))
	msgs := w.writeStep(coach.StepWarningSigns, "b", "i want to kill myself")
	if len(msgs) != 2 || !msgs[0].Crisis || !strings.Contains(msgs[1].Text, "my sister Ana") {
		t.Errorf("crisis words in a step = %+v, want the crisis reply and the plan", msgs)
	}
	if got := w.plan().Steps[coach.StepWarningSigns]; got != "i want to kill myself" {
		t.Errorf("the step written in crisis was not kept: %q", got)
	}
}

// TestSafetyPlanStepSpeaksOfHardTimes: a plan's warning signs speak of
// hard moments by design; words that would bring the safety question
// elsewhere are kept, and the plan goes on to its next step.
func TestSafetyPlanStepSpeaksOfHardTimes(t *testing.T) {
	w := newWorld(t, monday9am)
	words := "when I start feeling like a burden and that nothing will ever get better"
	if got := risk.Assess(words); got != risk.Review {
		t.Fatalf("the test needs words that screen as Review, and %q is %v", words, got)
	}
	msgs := w.writeStep(coach.StepWarningSigns, "b", words)
	asks(t, msgs, coach.StepOnMyOwn, "b")
	for _, m := range msgs {
		if strings.Contains(m.Text, "are you safe right now") || len(m.Buttons) > 0 && m.Buttons[0].Label == "I'm safe" {
			t.Errorf("a warning sign brought the safety question: %+v", msgs)
		}
	}
	if got := w.plan().Steps[coach.StepWarningSigns]; got != words {
		t.Errorf("step kept = %q, want %q", got, words)
	}
}

// failingPlans is a store whose safety plans cannot be read.
type failingPlans struct{ coach.Store }

func (failingPlans) SafetyPlan(context.Context, string) (coach.SafetyPlan, error) {
	return coach.SafetyPlan{}, errors.New("connection refused")
}

func TestCrisisReplyGoesAloneWhenPlanUnreadable(t *testing.T) {
	w := newWorld(t, monday9am)
	w.writeStep(coach.StepAskForHelp, "e", "my sister Ana")
	c := coach.New(failingPlans{w.store}, w.store, w.clock, nil, vouching)
	for _, ev := range []coach.Event{{Person: me, Text: "i want to kill myself"}, {Person: me, Command: "crisis"}} {
		msgs, err := c.Handle(w.ctx, ev)
		if err != nil || len(msgs) != 1 || !msgs[0].Crisis {
			t.Errorf("%+v with the plan unreadable = %+v, %v; want the crisis reply alone", ev, msgs, err)
		}
	}
}

func TestSafetyPlanSuggestsTherapistAndExportsAndErases(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.shareWith(me, "Me", code, "")
	w.writeStep(coach.StepWarningSigns, "b", "not sleeping")
	fifth := asks(t, w.writeStep(coach.StepAskForHelp, "b", "Ana"), coach.StepProfessional, "b")
	if !strings.Contains(fifth.Text, "You share your check-ins with Dr Rivera") || !strings.Contains(fifth.Text, "/crisis shows them") ||
		fifth.Input.Placeholder != "e.g. Dr Rivera, my therapist" {
		t.Errorf("step 5 = %q (placeholder %q)", fifth.Text, fifth.Input.Placeholder)
	}

	msgs := w.msgs(coach.Event{Command: "export"})
	var doc struct {
		Plan struct {
			Steps []struct{ Step, Answer string } `json:"steps"`
		} `json:"safety_plan"`
	}
	if err := json.Unmarshal(msgs[0].Files[0].Data, &doc); err != nil {
		t.Fatal(err)
	}
	if s := doc.Plan.Steps; len(s) != 6 || s[0].Step != "Warning signs" || s[0].Answer != "not sleeping" || s[3].Answer != "Ana" {
		t.Errorf("exported plan = %+v", doc.Plan)
	}

	if reply := w.command("delete"); !strings.Contains(reply, "your safety plan") {
		t.Errorf("/delete does not say the plan goes: %q", reply)
	}
	w.press(coach.Action{Verb: coach.VerbErase, Value: "yes"})
	if keys := redistest.Keys(t, w.store, w.store.Prefix()+"{u:"+me+"}"); len(keys) != 0 {
		t.Errorf("keys left after delete: %v", keys)
	}
	if !w.plan().Empty() {
		t.Error("the plan survived /delete")
	}
}

// TestSafetyPlanWordsNameNoMeans: the questions and examples never name a
// means of harm, as safe-messaging guidance asks.
func TestSafetyPlanWordsNameNoMeans(t *testing.T) {
	w := newWorld(t, monday9am)
	var all strings.Builder
	m := w.msgs(coach.Event{Command: "safetyplan"})[0]
	for {
		all.WriteString(m.Title + m.Text + m.Input.Title + m.Input.Label + m.Input.Placeholder)
		for _, b := range m.Buttons {
			all.WriteString(b.Label)
		}
		next := w.msgs(coach.Event{Press: ptr(planAct(coach.PlanStep(m.Input.Action.Field), "skip"))})
		if next[0].Input == nil {
			break
		}
		m = next[0]
	}
	text := strings.ToLower(all.String())
	for _, word := range []string{"pill", "medication", "gun", "firearm", "weapon", "knife", "blade", "rope", "poison", "bridge", "lethal", "method", "means", "suicid", "kill"} {
		if strings.Contains(text, word) {
			t.Errorf("the plan's wording has %q", word)
		}
	}
}

func ptr[T any](v T) *T { return &v }
