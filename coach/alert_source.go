package coach

import (
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/instrument"
	"github.com/aftercare/aftercare/coach/lang"
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
	// SourceWish: what led to a non-acute positive without the ASQ asked:
	// their own words answered one of its questions yes (risk.Finding.Wish)
	// and they then said they are safe.
	SourceWish AlertSource = "wish"
)

// asqSource names an ASQ outcome and what led to the ASQ.
func asqSource(outcome instrument.ASQOutcome, from AlertSource) AlertSource {
	kind := SourceASQNonAcute
	if outcome == instrument.ASQAcute {
		kind = SourceASQAcute
	}
	return kind + "@" + from
}

// alertText writes a therapist's alert in w's language: a title and the
// text.
func alertText(w lang.Printer, name, when string, source AlertSource) (title, text string) {
	kind, from, _ := strings.Cut(string(source), "@")
	args := lang.Args{"Name": name, "When": when, "LedTo": ledTo(w, AlertSource(from))}
	switch AlertSource(kind) {
	case SourceASQNonAcute:
		key := "alert.asq_non_acute"
		if AlertSource(from) == SourceWish {
			key = "alert.wish_non_acute"
		}
		return w.T("alert.flag_title"), w.T(key, args) + "\n" + w.T("alert.private")
	case SourceASQAcute:
		text = w.T("alert.asq_acute", args)
	case SourceSafety:
		text = w.T("alert.safety", args)
	default:
		text = w.T("alert.words", args)
	}
	return w.T("alert.title"), text + "\n" + w.T("alert.paused") + "\n" + w.T("alert.private")
}

// alertAudit is the key of the line for the patient's own record of who
// learned what (audit.go). A non-acute positive after a wish had no
// questions answered: its line says what they told, not their answers.
func alertAudit(source AlertSource) string {
	kind, from, _ := strings.Cut(string(source), "@")
	switch {
	case AlertSource(kind) != SourceASQNonAcute:
		return auditAlerted
	case AlertSource(from) == SourceWish:
		return auditToldWish
	}
	return auditToldPositive
}

// alertTime says when an alert came, in the therapist's zone and language:
// "15:04 on Monday 2 March (CET)".
func alertTime(w lang.Printer, at time.Time) string {
	return w.T("alert.at", lang.Args{"Time": at.Format("15:04"), "Day": w.Day(at), "Zone": at.Format("MST")})
}

// ledTo says what led to an ASQ, for a therapist.
func ledTo(w lang.Printer, from AlertSource) string {
	switch from {
	case SourcePHQ9Item9:
		return w.T("alert.led_phq9")
	case SourceWords:
		return w.T("alert.led_words")
	}
	return w.T("alert.led_safety")
}

// linkOnlyAlert is a crisis alert that keeps health data out of Discord
// (DIGEST_LINK_ONLY): that an alert came in and when, and the link to the
// page, which names the patient and the source once consent is checked.
func linkOnlyAlert(w lang.Printer, when, link string) string {
	return w.T("alert.link_only", lang.Args{"When": when}) + "\n" + link
}

// sourceShort says an alert's source in a few words, for the therapist's
// page beside the patient's name.
func sourceShort(w lang.Printer, source AlertSource) string {
	kind, from, _ := strings.Cut(string(source), "@")
	args := lang.Args{"LedTo": ledTo(w, AlertSource(from))}
	switch AlertSource(kind) {
	case SourceASQNonAcute:
		if AlertSource(from) == SourceWish {
			return w.T("alert.short_wish")
		}
		return w.T("alert.short_asq_non_acute", args)
	case SourceASQAcute:
		return w.T("alert.short_asq_acute", args)
	case SourceSafety:
		return w.T("alert.short_safety")
	}
	return w.T("alert.short_words")
}
