package coach

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/localtime"
)

// exportDay is one day's own answers. What Aftercare sent that day is in
// the messages, questionnaires, intentions and reflections in their own
// sections.
type exportDay struct {
	Day         localtime.Day `json:"day"`
	Mood        int           `json:"mood,omitempty"`
	GroupMood   int           `json:"group_checkin_mood,omitempty"` // their own tap on a group's check-in, apart from Mood
	Anxiety     int           `json:"anxiety,omitempty"`
	Energy      int           `json:"energy,omitempty"`
	Sleep       int           `json:"sleep,omitempty"`
	Minutes     *int          `json:"minutes_answered,omitempty"`
	Moved       int           `json:"minutes_logged,omitempty"`
	Note        string        `json:"note,omitempty"`
	Skipped     []string      `json:"questions_skipped,omitempty"`
	SideEffects string        `json:"side_effects_after_session,omitempty"`
	Crisis      *time.Time    `json:"crisis_language_screened,omitempty"`
	ASQ         *exportASQ    `json:"suicide_risk_screen_asq,omitempty"`
	Alerts      []exportAlert `json:"crisis_flags_recorded,omitempty"` // what a therapist's alert and page name as its source
}

// exportAlert is one source of a crisis flag kept on a day, and when.
type exportAlert struct {
	Source string     `json:"source"`
	At     *time.Time `json:"at"`
}

// exportASQ is a day's ASQ: each answer in words, and the outcome.
type exportASQ struct {
	Answers []string   `json:"answers,omitempty"`
	Outcome string     `json:"outcome,omitempty"`
	At      *time.Time `json:"at,omitempty"`
}

// exportQuestionnaire is one questionnaire answered on a day.
type exportQuestionnaire struct {
	Day        localtime.Day `json:"day"`
	Name       string        `json:"questionnaire"`
	Finished   bool          `json:"finished"`
	Total      *int          `json:"total,omitempty"`
	OutOf      int           `json:"out_of,omitempty"`
	Severity   string        `json:"severity,omitempty"`
	Answers    []exportItem  `json:"answers,omitempty"`
	Difficulty string        `json:"difficulty_not_scored,omitempty"`
}

// exportItem is one question of a questionnaire with the answer chosen.
type exportItem struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
	Score    int    `json:"score"`
}

type exportIntention struct {
	Day       localtime.Day `json:"session_day"`
	Intention string        `json:"intention"`
}

type exportReflection struct {
	Day    localtime.Day `json:"day"`
	Prompt string        `json:"prompt,omitempty"`
	Text   string        `json:"text"`
}

// fillDays splits the stored days into the export's sections.
func (x *exporter) fillDays(doc *exportDoc, days []CheckIn) {
	for _, d := range days {
		if e, ok := x.day(d); ok {
			doc.Days = append(doc.Days, e)
		}
		doc.Questionnaires = append(doc.Questionnaires, questionnairesOf(d)...)
		if d.Integration.Intention != "" {
			doc.Intentions = append(doc.Intentions, exportIntention{Day: d.Day, Intention: d.Integration.Intention})
		}
		if d.Integration.Reflection != "" {
			q, _ := reflectionPromptIn(x.w, d.Integration.ReflectionQ)
			doc.Reflections = append(doc.Reflections, exportReflection{Day: d.Day, Prompt: q, Text: d.Integration.Reflection})
		}
		doc.Messages = append(doc.Messages, x.messages(d)...)
	}
	if len(doc.Days) > 0 {
		doc.Scales = map[string]string{}
		for f, s := range scalesIn(x.w) {
			words := make([]string, len(s.Levels))
			for i, w := range s.Levels {
				words[i] = strconv.Itoa(i+1) + " " + w
			}
			doc.Scales[string(f)] = strings.Join(words, ", ")
		}
	}
}

// day is a day's own answers, and false when it holds none (a day with
// only a message sent).
func (x *exporter) day(d CheckIn) (exportDay, bool) {
	e := exportDay{Day: d.Day, Mood: d.Mood, GroupMood: d.GroupMood, Anxiety: d.Anxiety, Energy: d.Energy, Sleep: d.Sleep, Moved: d.Moved, Note: d.Note,
		SideEffects: d.SideEffects.Text(), Crisis: x.at(d.Crisis)}
	if d.HasMinutes {
		e.Minutes = &d.Minutes
	}
	for _, f := range checkInFields {
		if d.Skipped[f] {
			e.Skipped = append(e.Skipped, string(f))
		}
	}
	srcs := slices.Collect(maps.Keys(d.CrisisFrom))
	slices.SortFunc(srcs, func(a, b AlertSource) int { return d.CrisisFrom[a].Compare(d.CrisisFrom[b]) })
	for _, src := range srcs {
		e.Alerts = append(e.Alerts, exportAlert{Source: string(src), At: x.at(d.CrisisFrom[src])})
	}
	if d.ASQ != (ASQRecord{}) {
		e.ASQ = &exportASQ{Outcome: string(d.ASQ.Outcome), At: x.at(d.ASQ.At)}
		for _, a := range d.ASQ.Answers {
			e.ASQ.Answers = append(e.ASQ.Answers, map[rune]string{'y': "yes", 'n': "no", 'r': "rather not say"}[a])
		}
	}
	return e, !e.empty()
}

// empty reports whether the day holds none of the person's own answers.
func (e exportDay) empty() bool {
	return e.Mood+e.GroupMood+e.Anxiety+e.Energy+e.Sleep+e.Moved == 0 && e.Minutes == nil && e.Note == "" && len(e.Skipped) == 0 &&
		e.SideEffects == "" && e.Crisis == nil && e.ASQ == nil && len(e.Alerts) == 0
}

// questionnairesOf lists a day's questionnaires in the instruments' order,
// finished or not, with every answer given.
func questionnairesOf(d CheckIn) []exportQuestionnaire {
	var out []exportQuestionnaire
	for in := range instrument.Shared() {
		answers, ok := d.Answers[in.ID]
		if !ok {
			continue
		}
		q := exportQuestionnaire{Day: d.Day, Name: in.Code + " (" + in.Name + ")", Difficulty: difficultyLabel(*in, d)}
		for i, a := range answers {
			if a < 0 {
				continue
			}
			q.Answers = append(q.Answers, exportItem{Question: in.Items[i], Answer: optionLabel(*in, i, a), Score: a})
		}
		if full, done := in.Complete(answers); done {
			if r, err := instrument.Score(in.ID, full); err == nil {
				q.Finished, q.Total, q.OutOf, q.Severity = true, &r.Total, r.MaxTotal, r.Severity
			}
		}
		out = append(out, q)
	}
	return out
}

// optionLabel is the words of the answer with that score to item i.
func optionLabel(in instrument.Questionnaire, i, score int) string {
	opts := in.ItemOptions(i)
	if k := slices.IndexFunc(opts, func(o instrument.Option) bool { return o.Score == score }); k >= 0 {
		return opts[k].Label
	}
	return strconv.Itoa(score)
}
