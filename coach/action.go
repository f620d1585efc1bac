package coach

import (
	"errors"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
)

// Action is what a button press or a typed answer means. It travels through
// Discord as a custom_id, so it is small, printable and checked on the way
// back in: a forged or outdated one is refused, never trusted.
type Action struct {
	Verb  string        // what to do, e.g. "consent" or "answer"
	Day   localtime.Day // the check-in day it belongs to, if any
	Field string        // which question, if any
	Value string        // the chosen value, if any
}

// The verbs, each with what its Action carries. "Input" marks an action
// that an Input answers with typed text (Event.Submit and Event.Text); the
// others come from buttons (Event.Press). A field not named is empty.
const (
	// VerbConsent answers the notice at /start. Value: "yes" or "no".
	// Field: the zone and time /start's options gave, as "zone@hh:mm".
	VerbConsent = "consent"
	// VerbZone is Input: the person's time zone.
	VerbZone = "zone"
	// VerbTime is Input: the daily check-in time.
	VerbTime = "time"
	// VerbAnswer answers one check-in question. Day: the check-in's day.
	// Field: the Field asked. Value: the answer (1-5, or minutes).
	VerbAnswer = "answer"
	// VerbNote is the check-in's note. As a button, Day and Field "write"
	// (open the note's Input) or "skip"; as Input, Day, with the note as text.
	VerbNote = "note"
	// VerbNudge answers a nudge. Day: the nudge's day. Value: NudgeDone,
	// NudgeNotToday or "snooze".
	VerbNudge = "nudge"
	// VerbSetting changes one setting. Field: the setting. Value: the new
	// value, or empty to show the choices.
	VerbSetting = "set"
	// VerbWindow is Input: the nudge window, as "10:00-17:00".
	VerbWindow = "window"
	// VerbCountry is Input: the country for crisis lines, a two-letter
	// code, or "none" to clear it.
	VerbCountry = "country"
	// VerbQuestionnaire answers a questionnaire item. Day: the day it was
	// asked. Field: "<id>:<item>" (item 0-based). Value: the option's score.
	// Without Day, Field is the id and Value "start" opens the questionnaire.
	VerbQuestionnaire = "q"
	// VerbShare answers a therapist's invite. Field: the invite code.
	// Value: "set:<flags>" shows the offer with a changed scope, "ok:<flags>"
	// shares, "no" cancels; flags "a" add crisis alerts, "n" notes, "r"
	// intentions and reflections.
	VerbShare = "share"
	// VerbRevoke ends a share. Field: the therapist's id.
	VerbRevoke = "revoke"
	// VerbGroupMood answers a group's daily post. Day: the post's day.
	// Field: the group's id. Value: the mood, 1-5.
	VerbGroupMood = "gmood"
	// VerbGroupJoin joins a group's movement challenge. Field: the group's id.
	VerbGroupJoin = "gjoin"
	// VerbErase answers /delete's question. Value: "yes" erases, anything
	// else keeps.
	VerbErase = "erase"
	// VerbSafetyPlan is the safety plan. As Input, Field: the PlanStep,
	// Value: "b" while building (the next step follows) or "e" while
	// editing (the plan follows). As a button, Field: the step, if any;
	// Value: "open", "skip", "clear:b", "clear:e" or "show".
	VerbSafetyPlan = "splan"
	// VerbSafety answers the safety question ("are you safe right now?").
	// Value: SafetySafe, SafetyNotSure or SafetyNotSafe. The question also
	// takes a typed answer (see TakesTypedAnswer).
	VerbSafety = "safe"
	// VerbASQ answers one question of the ASQ, the suicide-risk follow-up.
	// Day: the day its answers are kept under (empty for a person not set
	// up, whose answers are not kept). Field: the answers so far, one letter
	// each ("y", "n", or "r" for "I'd rather not say"), so its length is the
	// question answered (0-3 screening, 4 acuity). Value: the answer, one
	// letter. It also takes a typed yes or no.
	VerbASQ = "asq"
	// VerbReflect is the reflection of a day after a session. As a button,
	// Day: the day, Field: "write" or "skip", Value: the prompt (1-4); as
	// Input, Day and Field: the prompt, with the reflection as text.
	VerbReflect = "reflect"
	// VerbIntention is the intention for a session. Day: the session's
	// day. As a button, Field: "write" or "skip"; as Input, the intention
	// as text.
	VerbIntention = "intent"
	// VerbSideEffect answers the side-effect question after a session. Day:
	// the day asked. Field: what follows ("c" the check-in, "n" the
	// movement idea), a colon, and a Symptom, "rest" (the ones not answered
	// are none) or "skip". Value: the level, 0-2.
	VerbSideEffect = "fx"
	// VerbResumePlan answers /start's offer after /stop to pick up the plan
	// where it was left. Value: "yes" or "no".
	VerbResumePlan = "resume"
)

// TakesTypedAnswer reports whether a question whose buttons carry the verb
// also reads a typed reply as its answer. A transport then passes typed text
// on as the answer and does not keep the question open beside it.
func TakesTypedAnswer(verb string) bool { return verb == VerbSafety || verb == VerbASQ }

// MaxActionLen is Discord's limit on a custom_id.
const MaxActionLen = 100

const actionSep = "|"

// ErrBadAction means an encoded action was malformed, too long or unknown.
var ErrBadAction = errors.New("unrecognised action")

// Encode writes a as a custom_id.
func (a Action) Encode() string {
	return strings.Join([]string{"v1", a.Verb, string(a.Day), a.Field, a.Value}, actionSep)
}

// DecodeAction reads an encoded action back, refusing anything this version
// did not write.
func DecodeAction(s string) (Action, error) {
	if len(s) > MaxActionLen {
		return Action{}, ErrBadAction
	}
	parts := strings.Split(s, actionSep)
	if len(parts) != 5 || parts[0] != "v1" {
		return Action{}, ErrBadAction
	}
	a := Action{Verb: parts[1], Field: parts[3], Value: parts[4]}
	if parts[2] != "" {
		day, err := localtime.ParseDay(parts[2])
		if err != nil {
			return Action{}, ErrBadAction
		}
		a.Day = day
	}
	return a, nil
}
