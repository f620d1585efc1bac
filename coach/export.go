package coach

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// File is a document the coach hands to a person: their export.
type File struct {
	Name string
	Type string // MIME type
	Data []byte
}

// exportDoc is everything Aftercare holds about a person, as they get it.
type exportDoc struct {
	ExportedAt time.Time        `json:"exported_at"`
	Person     Person           `json:"person"`
	Sessions   []TherapySession `json:"therapy_sessions"`
	Days       []exportDay      `json:"days"`
	Weeks      []WeekAggregate  `json:"weeks_kept_after_retention,omitempty"`
	Shares     []Share          `json:"shares"`
	Record     []AuditEntry     `json:"sharing_record"`
	SafetyPlan *exportPlan      `json:"safety_plan,omitempty"`
}

type exportDay struct {
	Day            localtime.Day    `json:"day"`
	Mood           int              `json:"mood,omitempty"`
	GroupMood      int              `json:"group_checkin_mood,omitempty"`
	Anxiety        int              `json:"anxiety,omitempty"`
	Energy         int              `json:"energy,omitempty"`
	Sleep          int              `json:"sleep,omitempty"`
	Minutes        *int             `json:"minutes_answered,omitempty"`
	Moved          int              `json:"minutes_logged,omitempty"`
	Note           string           `json:"note,omitempty"`
	Nudge          *DayNudge        `json:"nudge,omitempty"`
	Questionnaires map[string][]int `json:"questionnaire_answers,omitempty"`
	Difficulty     map[string]int   `json:"questionnaire_difficulty,omitempty"`
	Crisis         *time.Time       `json:"crisis_language_screened,omitempty"`
	ASQ            *ASQRecord       `json:"suicide_risk_screen_asq,omitempty"`
	Intention      string           `json:"session_intention,omitempty"`
	Reflection     *exportReflect   `json:"reflection,omitempty"`
	SideEffects    *SideEffects     `json:"side_effects_after_session,omitempty"`
}

// exportReflect is a day's reflection with the question it answered.
type exportReflect struct {
	Prompt string `json:"prompt"`
	Text   string `json:"text"`
}

// exportAll is as far back as an export reaches: everything.
const exportFrom localtime.Day = "2000-01-01"

// export answers /export with the person's data as JSON and their
// check-ins as CSV.
func (c *Coach) export(ctx context.Context, p Person) ([]Message, error) {
	now := c.clock.Now()
	doc := exportDoc{ExportedAt: now, Person: p}
	var err error
	if doc.Sessions, err = c.store.Sessions(ctx, p.ID); err != nil {
		return nil, fmt.Errorf("export sessions: %w", err)
	}
	days, err := c.store.CheckIns(ctx, p.ID, exportFrom, localtime.DayOf(now, time.UTC).AddDays(2))
	if err != nil {
		return nil, fmt.Errorf("export days: %w", err)
	}
	for _, d := range days {
		doc.Days = append(doc.Days, exportDayOf(d))
	}
	if doc.Weeks, err = c.store.Weeks(ctx, p.ID); err != nil {
		return nil, fmt.Errorf("export weeks: %w", err)
	}
	if doc.Shares, err = c.store.Shares(ctx, p.ID); err != nil {
		return nil, fmt.Errorf("export shares: %w", err)
	}
	if doc.Record, err = c.store.AuditLog(ctx, p.ID, 500); err != nil {
		return nil, fmt.Errorf("export record: %w", err)
	}
	if doc.SafetyPlan, err = c.exportSafetyPlan(ctx, p); err != nil {
		return nil, err
	}
	js, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode export: %w", err)
	}
	stamp := now.UTC().Format("2006-01-02")
	return []Message{{
		Title: "Your data",
		Text:  fmt.Sprintf("Here is everything I hold about you: %d days, as JSON, and your check-ins as a spreadsheet (CSV). /delete erases it all.", len(days)),
		Files: []File{
			{Name: "aftercare-" + stamp + ".json", Type: "application/json", Data: js},
			{Name: "aftercare-checkins-" + stamp + ".csv", Type: "text/csv", Data: checkInsCSV(days)},
		},
		ByDM: true,
	}}, nil
}

func exportDayOf(d CheckIn) exportDay {
	e := exportDay{Day: d.Day, Mood: d.Mood, Anxiety: d.Anxiety, Energy: d.Energy, Sleep: d.Sleep, Moved: d.Moved, Note: d.Note, Questionnaires: d.Answers, Difficulty: d.Difficulty, GroupMood: d.GroupMood}
	if d.HasMinutes {
		e.Minutes = &d.Minutes
	}
	if d.Nudge.ID != "" {
		e.Nudge = &d.Nudge
	}
	if !d.Crisis.IsZero() {
		e.Crisis = &d.Crisis
	}
	if d.ASQ != (ASQRecord{}) {
		e.ASQ = &d.ASQ
	}
	e.Intention = d.Integration.Intention
	if q, ok := ReflectionPrompt(d.Integration.ReflectionQ); ok && d.Integration.Reflection != "" {
		e.Reflection = &exportReflect{Prompt: q, Text: d.Integration.Reflection}
	}
	if d.SideEffects.Asked() {
		e.SideEffects = &d.SideEffects
	}
	return e
}

func checkInsCSV(days []CheckIn) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"day", "mood", "anxiety", "energy", "sleep", "minutes_moved", "note", "side_effects_after_session"})
	num := func(v int) string {
		if v == 0 {
			return ""
		}
		return strconv.Itoa(v)
	}
	for _, d := range days {
		if !d.Answered() && d.MovedMinutes() == 0 && !d.SideEffects.Asked() {
			continue
		}
		w.Write([]string{string(d.Day), num(d.Mood), num(d.Anxiety), num(d.Energy), num(d.Sleep), strconv.Itoa(d.MovedMinutes()), d.Note, d.SideEffects.Text()})
	}
	w.Flush()
	return b.Bytes()
}
