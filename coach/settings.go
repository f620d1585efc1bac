package coach

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/nudge"
)

var planChoices = []int{3, 5, 7, 10, 14}

// abilityChoices are the movement levels offered, in order; each is said
// as the message "ability.<level>".
var abilityChoices = []nudge.Ability{nudge.AbilityLow, nudge.AbilityMedium, nudge.AbilityHigh}

func settingButton(label, field, value string) Button {
	return Button{Label: label, Action: Action{Verb: VerbSetting, Field: field, Value: value}}
}

// settings shows the person's settings, each a button to change it.
func (c *Coach) settings(_ context.Context, p Person) ([]Message, error) {
	from, to := p.nudgeWindow()
	text := fmt.Sprintf("Time zone: %s\nCheck-in: %s\nMovement ideas: between %s and %s\nMovement level: %s\nActivities you like: %s\nActivities to leave out: %s\nPlan length after a session: %d days\nWeekly questionnaire: %s\nCountry for crisis lines: %s\nQuiet after a session: %d hours\nA short note after a quiet week: %s\nWhat matters to you: %s",
		p.Zone, p.CheckInAt, from, to, abilityLabel(p.Ability), listOr(p.Preferred, "any"), listOr(p.Excluded, "none"), planDays(p), questionnaireList(p.Questionnaires), cmp.Or(p.Country, "automatic"), p.restHours(), onOff(!p.QuietNoteOff), valuesList(lang.For(lang.Default), p.Values))
	return []Message{{Title: "Your settings", Text: text, Buttons: []Button{
		settingButton("Time zone", "zone", ""), settingButton("Check-in time", "time", ""),
		settingButton("Movement window", "window", ""), settingButton("Movement level", "ability", ""),
		settingButton("Activities I like", "like", ""), settingButton("Activities to leave out", "avoid", ""),
		settingButton("Plan length", "plan", ""), settingButton("Weekly questionnaire", "q", ""),
		settingButton("Country", "country", ""), settingButton("Quiet after a session", "rest", ""), quietNoteSetting(p),
		settingButton("What matters to you", fieldValues, ""), settingButton(p.words().T("language.button"), fieldLanguage, ""),
	}}}, nil
}

// setting applies one press on a settings button.
func (c *Coach) setting(ctx context.Context, p Person, a Action) ([]Message, error) {
	if !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	if a.Field == "rest" {
		return c.restSetting(ctx, p, a.Value)
	}
	if a.Field == fieldValues || a.Field == fieldValuesStart {
		return c.valuesSetting(ctx, p, a.Field, a.Value)
	}
	if a.Field == fieldLanguage {
		return c.languageSetting(ctx, p, a.Value)
	}
	if a.Value == "" {
		return settingChoices(p, a.Field), nil
	}
	var reply string
	switch a.Field {
	case "plan":
		n, err := strconv.Atoi(a.Value)
		if err != nil || !slices.Contains(planChoices, n) {
			return []Message{staleButton(p)}, nil
		}
		p.PlanDays, reply = n, fmt.Sprintf("Plans will run %d days after a session.", n)
	case "ability":
		ab, ok := parseAbility(a.Value)
		if !ok {
			return []Message{staleButton(p)}, nil
		}
		if p.Ability == "" {
			p.Ability = ab
			return c.savePerson(ctx, p, []Message{allSet(p), valuesQuestion(p, fieldValuesStart)})
		}
		p.Ability, reply = ab, "Thanks — movement ideas will fit that. You can change it any time in /settings."
	case "like", "avoid":
		act := nudge.Activity(a.Value)
		if !slices.Contains(nudge.Activities(), act) {
			return []Message{staleButton(p)}, nil
		}
		p.Preferred, p.Excluded = toggleActivity(p.Preferred, p.Excluded, act, a.Field == "like")
		return c.savePerson(ctx, p, settingChoices(p, a.Field))
	case "q":
		return c.toggleQuestionnaire(ctx, p, a.Value)
	case "pcl5ask":
		return c.declinePCL5Ask(ctx, p)
	case "quiet":
		return c.setQuietNote(ctx, p, a.Value)
	default:
		return []Message{staleButton(p)}, nil
	}
	return c.savePerson(ctx, p, []Message{{Text: reply}})
}

func (c *Coach) savePerson(ctx context.Context, p Person, reply []Message) ([]Message, error) {
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save settings: %w", err)
	}
	return reply, nil
}

// settingChoices lists the choices for one setting.
func settingChoices(p Person, field string) []Message {
	switch field {
	case "zone":
		return []Message{zoneQuestion(p.words(), "")}
	case "time":
		return []Message{timeQuestion(p.words(), "")}
	case "window":
		from, to := p.nudgeWindow()
		return []Message{{Text: fmt.Sprintf("Between which times may I suggest movement? Now %s–%s.", from, to),
			Input: &Input{Action: Action{Verb: VerbWindow}, Title: "Movement window", Label: "From–to, like 10:00-17:00", Placeholder: "10:00-17:00", MaxLen: 20}}}
	case "ability":
		return []Message{abilityQuestion(p.words(), p.words().T("ability.question"))}
	case "plan":
		var buttons []Button
		for _, n := range planChoices {
			buttons = append(buttons, settingButton(fmt.Sprintf("%d days", n), "plan", strconv.Itoa(n)))
		}
		return []Message{{Text: "How many days after a session should a plan run?", Buttons: buttons}}
	case "like", "avoid":
		return []Message{activityGrid(p, field)}
	case "q":
		return []Message{questionnaireChoices(p)}
	case "country":
		return []Message{countryQuestion(p, "")}
	}
	return []Message{staleButton(p)}
}

func abilityQuestion(w lang.Printer, text string) Message {
	var buttons []Button
	for _, a := range abilityChoices {
		buttons = append(buttons, settingButton(w.T("ability."+string(a)), "ability", string(a)))
	}
	return Message{Text: text, Buttons: buttons}
}

func activityGrid(p Person, field string) Message {
	chosen := p.Preferred
	text := "Which kinds of movement do you enjoy? Tap to add or remove; I'll lean towards these."
	if field == "avoid" {
		chosen = p.Excluded
		text = "Anything I should leave out — something painful, impractical, or just not you? Tap to add or remove."
	}
	var buttons []Button
	for _, act := range nudge.Activities() {
		label := string(act)
		if slices.Contains(chosen, act) {
			label = "✓ " + label
		}
		buttons = append(buttons, settingButton(label, field, string(act)))
	}
	return Message{Text: text, Buttons: buttons}
}

// toggleActivity adds or removes act; liking something removes it from the
// excluded list and the other way round, so the two never contradict.
func toggleActivity(liked, avoided []nudge.Activity, act nudge.Activity, like bool) ([]nudge.Activity, []nudge.Activity) {
	toggle := func(list []nudge.Activity) []nudge.Activity {
		if i := slices.Index(list, act); i >= 0 {
			return slices.Delete(slices.Clone(list), i, i+1)
		}
		return append(slices.Clone(list), act)
	}
	remove := func(list []nudge.Activity) []nudge.Activity {
		return slices.DeleteFunc(slices.Clone(list), func(a nudge.Activity) bool { return a == act })
	}
	if like {
		return toggle(liked), remove(avoided)
	}
	return remove(liked), toggle(avoided)
}

func parseAbility(s string) (nudge.Ability, bool) {
	for _, a := range abilityChoices {
		if string(a) == s {
			return a, true
		}
	}
	return "", false
}

func abilityLabel(a nudge.Ability) string {
	if slices.Contains(abilityChoices, a) {
		return strings.ToLower(lang.For(lang.Default).T("ability." + string(a)))
	}
	return "not set (gentle)"
}

func listOr[T ~string](list []T, none string) string {
	if len(list) == 0 {
		return none
	}
	words := make([]string, len(list))
	for i, v := range list {
		words[i] = string(v)
	}
	return strings.Join(words, ", ")
}

// setWindow reads "10:00-17:00" into the nudge window.
func (c *Coach) setWindow(ctx context.Context, p Person, text string) ([]Message, error) {
	if !p.Onboarded() {
		return []Message{staleButton(p)}, nil
	}
	fromText, toText, ok := strings.Cut(strings.ReplaceAll(text, "–", "-"), "-")
	from, err1 := localtime.ParseLocalTime(fromText)
	to, err2 := localtime.ParseLocalTime(toText)
	if !ok || err1 != nil || err2 != nil || to.Minutes()-from.Minutes() < 60 || InQuietHours(from) || to.Minutes() > quietHours[0].Minutes() {
		msg := settingChoices(p, "window")[0]
		msg.Text = "I need two times at least an hour apart, between 08:00 and 22:00 — like 10:00-17:00. " + msg.Text
		return []Message{msg}, nil
	}
	p.NudgeFrom, p.NudgeTo = from, to
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save window: %w", err)
	}
	if err := c.replan(ctx, p); err != nil {
		return nil, err
	}
	return []Message{{Text: fmt.Sprintf("Movement ideas will come between %s and %s.", from, to)}}, nil
}

func questionnaireList(ids []string) string {
	var codes []string
	for _, id := range ids {
		if in, ok := instrument.ByID(id); ok {
			codes = append(codes, in.Code)
		}
	}
	return listOr(codes, "none")
}

func questionnaireChoices(p Person) Message {
	var buttons []Button
	for _, in := range instrument.All() {
		label := in.Code
		if in.ID == instrument.PCL5 && p.PCL5AskedBy == "" && !slices.Contains(p.Questionnaires, in.ID) {
			continue // offered after a positive PC-PTSD-5 or when a therapist asks
		}
		if slices.Contains(p.Questionnaires, in.ID) {
			label = "✓ " + label
		}
		buttons = append(buttons, settingButton(label, "q", in.ID))
	}
	return Message{
		Text: "If you like, I can offer a short, validated questionnaire with your weekly summary, as often as it is made for: each asks about a stretch of time, and asking again sooner would count the same days twice. Tap to add or remove:\n" +
			"• PHQ-9 / PHQ-2: low mood and depression, every two weeks\n• GAD-7 / GAD-2: anxiety, every two weeks\n• PC-PTSD-5: after a traumatic event, once" +
			pcl5Choice(p),
		Buttons: buttons,
	}
}

func (c *Coach) toggleQuestionnaire(ctx context.Context, p Person, id string) ([]Message, error) {
	in, ok := instrument.ByID(id)
	if !ok {
		return []Message{staleButton(p)}, nil
	}
	if i := slices.Index(p.Questionnaires, id); i >= 0 {
		p.Questionnaires = slices.Delete(slices.Clone(p.Questionnaires), i, i+1)
		return c.savePerson(ctx, p, []Message{{Text: fmt.Sprintf("Done — no more %s.", in.Code)}})
	}
	p.Questionnaires = append(slices.Clone(p.Questionnaires), id)
	if id == instrument.PCL5 {
		p.PCL5AskedBy = "" // answered: the request is not shown again
	}
	return c.savePerson(ctx, p, []Message{{
		Text:    fmt.Sprintf("I'll offer the %s with your weekly summary, %s. Would you like to answer it now as well?", in.Code, cadence(in)),
		Buttons: []Button{{Label: "Answer it now", Action: Action{Verb: VerbQuestionnaire, Field: id, Value: "start"}}},
	}})
}

// replan re-plans what is left of the plan of the last session after a
// change of zone or times: the same local days, at the new local times.
func (c *Coach) replan(ctx context.Context, p Person) error {
	sessions, err := c.store.Sessions(ctx, p.ID)
	if err != nil || len(sessions) == 0 {
		return wrapErr("load sessions to re-plan", err)
	}
	now := c.clock.Now()
	jobs, err := plansFrom(p, sessions, now)
	if err != nil {
		return err
	}
	jobs = slices.DeleteFunc(jobs, func(j Job) bool { return !j.Due.After(now) })
	if !slices.ContainsFunc(jobs, func(j Job) bool { return j.Kind == JobSummary }) {
		// The plan is over, but the weekly summary goes on: keep it, at the new time.
		next, err := p.nextSummary(now)
		if err != nil {
			return err
		}
		jobs = append(jobs, next)
	}
	if err := c.cancelKind(ctx, p.ID, JobCheckIn, JobNudge, JobFollowUp, JobSnooze, JobSummary); err != nil {
		return fmt.Errorf("cancel old plan: %w", err)
	}
	if err := c.queue.Schedule(ctx, jobs...); err != nil {
		return fmt.Errorf("schedule new plan: %w", err)
	}
	return nil
}

func wrapErr(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", what, err)
}
