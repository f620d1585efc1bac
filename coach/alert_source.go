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
	const paused = "Aftercare gave them crisis lines at once and paused its messages for a day. It does not contact emergency services or their family."
	switch AlertSource(kind) {
	case SourceASQNonAcute:
		return "Aftercare flag", fmt.Sprintf(
			"%s's suicide-risk screen was positive, not acute, at %s.\nSource: %s, non-acute positive, asked after %s.\n"+
				"NIMH's next step after a non-acute positive is a brief suicide safety assessment by a clinician. "+
				"Aftercare suggested they talk it over with you soon (today or tomorrow if they can) and offered their safety plan; "+
				"it did not pause its messages and does not contact emergency services.\n%s",
			name, when, asq, ledTo(AlertSource(from)), private), "was told that a safety check was positive, as you allowed"
	case SourceASQAcute:
		text = fmt.Sprintf("Aftercare sent %s its crisis reply at %s.\nSource: %s, acute positive, asked after %s. "+
			"(Aftercare also counts a declined question 5, the acuity question, as acute.)\n"+
			"NIMH's next step after an acute positive is an urgent full mental health evaluation.", name, when, asq, ledTo(AlertSource(from)))
	case SourceSafety:
		text = fmt.Sprintf("Aftercare sent %s its crisis reply at %s.\nSource: their answer to Aftercare's safety question (\"are you safe right now?\"): not safe.", name, when)
	default:
		text = fmt.Sprintf("Aftercare sent %s its crisis reply at %s.\nSource: a message they wrote, which Aftercare's screen read as a crisis (an automated screen, which can be wrong either way).", name, when)
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
	return "an unsure or worrying answer to Aftercare's safety question (\"are you safe right now?\")"
}

// linkOnlyAlert is a crisis alert that keeps health data out of Discord
// (DIGEST_LINK_ONLY): that an alert came in and when, and the link to the
// page, which names the patient and the source once consent is checked.
func linkOnlyAlert(when, link string) string {
	return fmt.Sprintf("A crisis alert came in at %s from one of your patients who allowed alerts to you.\n"+
		"Who it is and what led to it are on your patients' page, not here: this bot keeps health details out of Discord.\n%s", when, link)
}

// sourceShort says an alert's source in a few words, for the therapist's
// page beside the patient's name.
func sourceShort(source AlertSource) string {
	kind, from, _ := strings.Cut(string(source), "@")
	switch AlertSource(kind) {
	case SourceASQNonAcute:
		return "suicide-risk screen (ASQ) positive, not acute, asked after " + ledTo(AlertSource(from))
	case SourceASQAcute:
		return "suicide-risk screen (ASQ) positive, acute, asked after " + ledTo(AlertSource(from)) + "; crisis reply sent"
	case SourceSafety:
		return "answered \"not safe\" to the safety question; crisis reply sent"
	}
	return "a message they wrote read as a crisis by the automated screen (which can be wrong either way); crisis reply sent"
}
