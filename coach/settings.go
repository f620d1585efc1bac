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
	w := p.words()
	from, to := p.nudgeWindow()
	text := w.T("settings.page", lang.Args{"Zone": p.Zone, "CheckIn": p.CheckInAt, "From": from, "To": to,
		"Level": abilityLabel(w, p.Ability), "Liked": activityList(w, p.Preferred, "settings.any"), "Avoided": activityList(w, p.Excluded, "settings.none"),
		"PlanDays": planDays(p), "Questionnaires": questionnaireList(w, p.Questionnaires), "Country": cmp.Or(p.Country, w.T("settings.automatic")),
		"Rest": p.restHours(), "QuietNote": onOff(w, !p.QuietNoteOff), "Values": valuesList(w, p.Values), "Language": lang.Names[p.language()]})
	button := func(field string) Button { return settingButton(w.T("settings."+field), field, "") }
	return []Message{{Title: w.T("settings.title"), Text: text, Buttons: []Button{
		button("zone"), button("time"), button("window"), settingButton(w.T("settings.level"), "ability", ""),
		button("like"), button("avoid"), button("plan"), button("q"), button("country"), button("rest"), quietNoteSetting(p),
		settingButton(w.T("settings.values"), fieldValues, ""), settingButton(w.T("language.button"), fieldLanguage, ""),
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
		p.PlanDays, reply = n, p.words().T("settings.plan_saved", lang.Args{"Days": n})
	case "ability":
		ab, ok := parseAbility(a.Value)
		if !ok {
			return []Message{staleButton(p)}, nil
		}
		if p.Ability == "" {
			p.Ability = ab
			return c.savePerson(ctx, p, []Message{allSet(p), valuesQuestion(p, fieldValuesStart)})
		}
		p.Ability, reply = ab, p.words().T("settings.level_saved")
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
		w := p.words()
		return []Message{{Text: w.T("settings.window_question", lang.Args{"From": from, "To": to}),
			Input: &Input{Action: Action{Verb: VerbWindow}, Title: w.T("settings.window"), Label: w.T("settings.window_label"), Placeholder: "10:00-17:00", MaxLen: 20}}}
	case "ability":
		return []Message{abilityQuestion(p.words(), p.words().T("ability.question"))}
	case "plan":
		var buttons []Button
		for _, n := range planChoices {
			buttons = append(buttons, settingButton(p.words().T("settings.plan_days", lang.Args{"Days": n}), "plan", strconv.Itoa(n)))
		}
		return []Message{{Text: p.words().T("settings.plan_question"), Buttons: buttons}}
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
	w := p.words()
	chosen := p.Preferred
	text := w.T("settings.like_question")
	if field == "avoid" {
		chosen = p.Excluded
		text = w.T("settings.avoid_question")
	}
	var buttons []Button
	for _, act := range nudge.Activities() {
		label := w.T("activity_name." + string(act))
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

func abilityLabel(w lang.Printer, a nudge.Ability) string {
	if slices.Contains(abilityChoices, a) {
		label := w.T("ability." + string(a))
		if w.Lang == "de" {
			return label // German keeps its capitals
		}
		return strings.ToLower(label)
	}
	return w.T("settings.level_unset")
}

// activityList names kinds of movement in w's language, or the message
// none when there are none.
func activityList(w lang.Printer, acts []nudge.Activity, none string) string {
	if len(acts) == 0 {
		return w.T(none)
	}
	words := make([]string, len(acts))
	for i, a := range acts {
		words[i] = string(a)
		if slices.Contains(nudge.Activities(), a) {
			words[i] = w.T("activity_name." + string(a))
		}
	}
	return strings.Join(words, ", ")
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
		msg.Text = p.words().T("settings.window_problem") + msg.Text
		return []Message{msg}, nil
	}
	p.NudgeFrom, p.NudgeTo = from, to
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("save window: %w", err)
	}
	if err := c.replan(ctx, p); err != nil {
		return nil, err
	}
	return []Message{{Text: p.words().T("settings.window_saved", lang.Args{"From": from, "To": to})}}, nil
}

func questionnaireList(w lang.Printer, ids []string) string {
	var codes []string
	for _, id := range ids {
		if in, ok := instrument.ByID(id); ok {
			codes = append(codes, in.Code)
		}
	}
	return listOr(codes, w.T("settings.no_questionnaire")) // "ninguno": a questionnaire, not an activity
}

func questionnaireChoices(p Person) Message {
	w := p.words()
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
		Text: w.T("questionnaire.choices") + "\n• " + w.T("questionnaire.choice_phq") + "\n• " + w.T("questionnaire.choice_gad") +
			"\n• " + w.T("questionnaire.choice_pcptsd") + pcl5Choice(p),
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
		return c.savePerson(ctx, p, []Message{{Text: p.words().T("questionnaire.stopped", lang.Args{"Code": in.Code})}})
	}
	p.Questionnaires = append(slices.Clone(p.Questionnaires), id)
	if id == instrument.PCL5 {
		p.PCL5AskedBy = "" // answered: the request is not shown again
	}
	return c.savePerson(ctx, p, []Message{{
		Text:    p.words().T("questionnaire.added_"+cadence(in), lang.Args{"Code": in.Code}),
		Buttons: []Button{{Label: p.words().T("questionnaire.answer_now"), Action: Action{Verb: VerbQuestionnaire, Field: id, Value: "start"}}},
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
