package coach

import (
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/nudge"
)

// Field is one question of a check-in.
type Field string

// The check-in questions, in the order they are asked.
const (
	FieldMood    Field = "mood"
	FieldAnxiety Field = "anxiety"
	FieldEnergy  Field = "energy"
	FieldSleep   Field = "sleep"
	FieldMinutes Field = "minutes"
	FieldNote    Field = "note"
)

// checkInFields lists the questions in the order they are asked.
var checkInFields = []Field{FieldMood, FieldAnxiety, FieldEnergy, FieldSleep, FieldMinutes, FieldNote}

// scale is a 1-5 question with a word for each level, so that a person
// answers with words and never has to guess what a number means.
type scale struct {
	Question string
	Levels   [5]string // Levels[0] is the word for 1
}

// scaleFields are the 1-5 questions; their words are the messages
// checkin.<field>.question and checkin.<field>.level1 to level5.
var scaleFields = []Field{FieldMood, FieldAnxiety, FieldEnergy, FieldSleep}

// scales are the 1-5 questions in English, for what has no one reader's
// language: a group's words (a channel of many people). A person's own
// check-in and export use scalesIn.
var scales = scalesIn(lang.For(lang.Default))

func scalesIn(w lang.Printer) map[Field]scale {
	out := map[Field]scale{}
	for _, f := range scaleFields {
		out[f] = scaleIn(w, f)
	}
	return out
}

// scaleIn returns the words of the 1-5 question f in w's language.
func scaleIn(w lang.Printer, f Field) scale {
	s := scale{Question: w.T("checkin." + string(f) + ".question")}
	for i := range s.Levels {
		s.Levels[i] = w.T("checkin." + string(f) + ".level" + strconv.Itoa(i+1))
	}
	return s
}

// scaleFor returns the scale of a 1-5 question.
func scaleFor(f Field) (scale, bool) {
	s, ok := scales[f]
	return s, ok
}

// minuteChoices are the answers offered for "minutes moved today"; the last
// one stands for "that or more".
var minuteChoices = []int{0, 10, 20, 30, 45, 60}

// MaxNoteLen bounds a note; longer text is refused kindly, not cut silently.
const MaxNoteLen = 1000

// CheckIn is one day's answers. Zero means "not answered" for the 1-5
// scales; HasMinutes tells a real 0 from no answer.
type CheckIn struct {
	Day        localtime.Day
	Mood       int
	Anxiety    int
	Energy     int
	Sleep      int
	Minutes    int
	HasMinutes bool
	Note       string
	NoteDone   bool      // a note was written or skipped
	Sent       time.Time // when the bot sent it; zero for one the person opened
	Moved      int       // minutes logged with /moved or a nudge marked done
	Nudge      DayNudge  // the day's movement nudge, if one was sent
	// Answers holds questionnaire answers by instrument id, in item order;
	// -1 marks an item not answered yet.
	Answers map[string][]int
	// Difficulty holds the answer to an instrument's unscored difficulty
	// question (PHQ-9's), by instrument id: the option's index, or
	// DifficultySkipped.
	Difficulty map[string]int
	// Missed holds the kinds of job that came too late to send (downtime).
	Missed map[JobKind]bool
	// Held holds the kinds of job held back on purpose, with why (see
	// held.go): a pause, the rest after a session, a day already moved.
	Held map[JobKind]string
	// Crisis is when crisis language was last screened that day, if ever.
	Crisis time.Time
	// CrisisFrom is when each source of a crisis flag last came that day
	// (for the therapist's page, which says what an alert was about).
	CrisisFrom map[AlertSource]time.Time
	// ASQ is the day's suicide-risk follow-up, if one was asked.
	ASQ ASQRecord
	// Ack, LowMood and QuietNote are what Aftercare said that day (see
	// ack.go and lowmood.go): the acknowledgement's id, the low-mood
	// message's reason, and whether the quiet-week note was sent.
	Ack, LowMood string
	QuietNote    bool
	// Integration is the day's intention (on a session's day) and
	// reflection (on the days after one).
	Integration DayIntegration
	// SideEffects are the answers to the side-effect question asked on the
	// day of a session and the day after.
	SideEffects SideEffects
	// MinutesMorning says the Minutes answer came before noon that day.
	MinutesMorning bool
	// Skipped holds the questions passed over with their Skip button.
	Skipped map[Field]bool
	// GroupMood is the person's own tap on a support group's check-in that
	// day (1-5), kept apart from Mood: it is not their private check-in.
	GroupMood int
	// Unreadable names the stored fields that could not be opened (sealed
	// with a data key that is not configured): they are there, and are
	// reported as unread rather than taken for unanswered. An unreadable
	// note counts as written (NoteDone), so it is never asked for again
	// and written over.
	Unreadable []string
}

// DayNudge is what happened to one day's nudge.
type DayNudge struct {
	ID       string
	Minutes  int
	Activity nudge.Activity
	Sent     time.Time
	Answer   string // NudgeDone, NudgeNotToday, NudgeSnoozed, or "" while unanswered
}

// Answers to a nudge. Snooze and "not today" are answers, not failures.
const (
	NudgeDone     = "done"
	NudgeNotToday = "not_today"
	NudgeSnoozed  = "snoozed"
)

// Stored names of the day's non-check-in fields.
const (
	fieldMoved       = "moved"
	fieldNudgeID     = "nudge"
	fieldNudgeMin    = "nudge_min"
	fieldNudgeAct    = "nudge_act"
	fieldNudgeSent   = "nudge_sent"
	fieldNudgeAnswer = "nudge_answer"
	fieldCrisis      = "crisis"
	// fieldCrisisFrom starts the field that says a crisis flag's source,
	// "crisis_from:<source>", valued with its time.
	fieldCrisisFrom = "crisis_from:"
	// fieldAnswerPrefix starts a questionnaire answer's field name,
	// "q:<instrument>:<item>".
	fieldAnswerPrefix = "q:"
)

// SensitiveField reports whether a stored day field holds health data that
// storage encrypts at rest (with the person's own key, wrapped by DATA_KEY): the note, in the person's own words,
// questionnaire answers, and the side effects after a session (symptoms,
// which also say that the person is in ketamine treatment). Storage asks this rather than knowing field
// names, so a new field that carries free text or a clinical answer (a
// reflection, say) must be listed here, or it is stored in the clear.
func SensitiveField(field string) bool {
	return field == string(FieldNote) || strings.HasPrefix(field, fieldAnswerPrefix) || integrationSensitive(field) || strings.HasPrefix(field, fieldEffectPrefix)
}

// MovedMinutes is the day's movement from every source: the check-in's
// answer or what was logged, whichever is more (they often describe the
// same walk).
func (c CheckIn) MovedMinutes() int {
	return max(c.Moved, c.Minutes)
}

// Answered reports whether any question of the check-in was answered.
// Nudge answers and logged movement are not check-in answers.
func (c CheckIn) Answered() bool {
	return c.Mood+c.Anxiety+c.Energy+c.Sleep > 0 || c.HasMinutes || c.Note != ""
}

// Next returns the first question not yet answered, and false when the
// check-in is complete.
func (c CheckIn) Next() (Field, bool) {
	for _, f := range checkInFields {
		if !c.has(f) {
			return f, true
		}
	}
	return "", false
}

func (c CheckIn) has(f Field) bool {
	if c.Skipped[f] {
		return true
	}
	switch f {
	case FieldMood:
		return c.Mood > 0
	case FieldAnxiety:
		return c.Anxiety > 0
	case FieldEnergy:
		return c.Energy > 0
	case FieldSleep:
		return c.Sleep > 0
	case FieldMinutes:
		return c.HasMinutes
	case FieldNote:
		return c.NoteDone
	}
	return false
}

// sentField is stored beside the answers: when the check-in was sent.
const sentField = "sent"

// CheckInFromFields rebuilds a check-in from stored field values. Values that
// do not parse are treated as unanswered rather than failing the whole day.
func CheckInFromFields(day localtime.Day, fields map[string]string) CheckIn {
	c := CheckIn{Day: day}
	scale := func(name Field) int {
		v, err := strconv.Atoi(fields[string(name)])
		if err != nil || v < 1 || v > 5 {
			return 0
		}
		return v
	}
	c.Mood, c.Anxiety = scale(FieldMood), scale(FieldAnxiety)
	c.Energy, c.Sleep = scale(FieldEnergy), scale(FieldSleep)
	c.GroupMood = scale(fieldGroupMood)
	if v, err := strconv.Atoi(fields[string(FieldMinutes)]); err == nil && v >= 0 {
		c.Minutes, c.HasMinutes = v, true
	}
	note, done := fields[string(FieldNote)]
	c.Note, c.NoteDone = note, done
	c.Skipped = skippedFields(fields)
	if t, err := time.Parse(time.RFC3339, fields[sentField]); err == nil {
		c.Sent = t
	}
	c.Moved, _ = strconv.Atoi(fields[fieldMoved])
	c.Nudge.ID = fields[fieldNudgeID]
	c.Nudge.Minutes, _ = strconv.Atoi(fields[fieldNudgeMin])
	c.Nudge.Activity = nudge.Activity(fields[fieldNudgeAct])
	c.Nudge.Sent, _ = time.Parse(time.RFC3339, fields[fieldNudgeSent])
	c.Nudge.Answer = fields[fieldNudgeAnswer]
	c.Answers = answersFromFields(fields)
	c.Difficulty = difficultyFromFields(fields)
	c.Crisis, _ = time.Parse(time.RFC3339, fields[fieldCrisis])
	c.ASQ = asqFromFields(fields)
	c.Ack, c.LowMood, c.QuietNote = careMarks(fields)
	c.Integration = integrationFromFields(fields)
	c.SideEffects = sideEffectsFromFields(fields)
	_, c.MinutesMorning = fields[fieldMinutesMorning]
	c.Held = heldFromFields(fields)
	for k := range fields {
		if src, ok := strings.CutPrefix(k, fieldCrisisFrom); ok {
			if at, err := time.Parse(time.RFC3339, fields[k]); err == nil {
				if c.CrisisFrom == nil {
					c.CrisisFrom = map[AlertSource]time.Time{}
				}
				c.CrisisFrom[AlertSource(src)] = at
			}
		}
		if kind, ok := strings.CutPrefix(k, "missed:"); ok {
			if c.Missed == nil {
				c.Missed = map[JobKind]bool{}
			}
			c.Missed[JobKind(kind)] = true
		}
	}
	return c
}

// parseAnswer checks a button value for a field and returns it in stored form.
func parseAnswer(f Field, value string) (string, bool) {
	v, err := strconv.Atoi(value)
	if err != nil {
		return "", false
	}
	switch {
	case f == FieldMinutes && v >= 0 && v <= 24*60:
		return strconv.Itoa(v), true
	case v >= 1 && v <= 5:
		if _, isScale := scaleFor(f); isScale {
			return strconv.Itoa(v), true
		}
	}
	return "", false
}
