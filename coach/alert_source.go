package coach

import (
	"fmt"
	"strings"

	"github.com/aftercare/aftercare/coach/instrument"
)

// AlertSource says what led to a crisis reply, an ASQ or a therapist's
// alert. It is all an alert tells of what happened, with the time: never
// the words, never the answers.
type AlertSource string

// The sources. An ASQ's outcome is told with what led to the ASQ, as
// "<outcome>@<what led to it>" (see asqSource).
const (
	// SourceWords: something the person wrote screened as a crisis.
	SourceWords AlertSource = "words"
	// SourceSafety: the answer to the safety question ("are you safe right
	// now?") was not safe, or not sure (which leads to the ASQ).
	SourceSafety AlertSource = "safety"
	// SourcePHQ9Item9: PHQ-9 item 9 was answered above 0 (which leads to
	// the ASQ).
	SourcePHQ9Item9 AlertSource = "phq9-item9"
	// SourceASQAcute and SourceASQNonAcute: an ASQ's positive outcome.
	SourceASQAcute    AlertSource = "asq-acute"
	SourceASQNonAcute AlertSource = "asq-nonacute"
)

// asqSource names an ASQ outcome and what led to the ASQ.
func asqSource(outcome instrument.ASQOutcome, from AlertSource) AlertSource {
	kind := SourceASQNonAcute
	if outcome == instrument.ASQAcute {
		kind = SourceASQAcute
	}
	return kind + "@" + from
}

// alertText writes a therapist's alert: a title, the text, and the line
// for the patient's own record of who learned what.
func alertText(name, when string, source AlertSource) (title, text, audit string) {
	kind, from, _ := strings.Cut(string(source), "@")
	const asq = "the ASQ (NIMH's Ask Suicide-Screening Questions)"
	const private = "Their words and answers are not shared. You receive this because they allowed crisis alerts to you."
	const paused = "Aftercare gave them crisis lines at once and paused its messages for a day."
	switch AlertSource(kind) {
	case SourceASQNonAcute:
		return "Aftercare flag", fmt.Sprintf(
			"%s's suicide-risk screen was positive, not acute, at %s.\nSource: %s, non-acute positive, asked after %s.\n"+
				"Aftercare suggested they talk it over with you soon and offered their safety plan; it did not pause its messages.\n%s",
			name, when, asq, ledTo(AlertSource(from)), private), "was told that a safety check was positive, as you allowed"
	case SourceASQAcute:
		text = fmt.Sprintf("%s reached out in a crisis at %s.\nSource: %s, acute positive, asked after %s.", name, when, asq, ledTo(AlertSource(from)))
	case SourceSafety:
		text = fmt.Sprintf("%s reached out in a crisis at %s.\nSource: their answer to Aftercare's safety question (\"are you safe right now?\"): not safe.", name, when)
	default:
		text = fmt.Sprintf("%s reached out in a crisis at %s.\nSource: a message they wrote, which Aftercare's screen read as a crisis.", name, when)
	}
	return "Aftercare alert", text + "\n" + paused + "\n" + private, "was alerted to a crisis flag, as you allowed"
}

// ledTo says what led to an ASQ, for a therapist.
func ledTo(from AlertSource) string {
	switch from {
	case SourcePHQ9Item9:
		return "PHQ-9 item 9 was endorsed"
	case SourceWords:
		return "a message that Aftercare's screen found worrying"
	}
	return "they were not sure they were safe"
}
