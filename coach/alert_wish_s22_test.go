package coach

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/lang"
)

// A therapist's flag after a wish and "safe" says how it was read: the
// words as a yes to a screening question, and "safe" in place of the ASQ's
// question 5, so acuity unknown rather than "no"; never "scored as the ASQ
// is". Its line in the person's record says what they told, not their
// answers, and the sharing offer says such a note may be sent, not only an
// alert in a crisis.
func TestWishFlagSaysAcuityWasNotAsked(t *testing.T) {
	tests := []struct {
		lang        string
		flag        []string // in the therapist's flag
		formerFlag  string   // the reviewed-away wording
		answers     string   // "answers", never in the wish path's record line
		consentAlso string   // in the offer's alerts line
	}{
		{"en", []string{`"safe" was taken in place of question 5`, `acuity is not known; it is not a "no"`}, "scored as the ASQ is", "answers", "a short note when the safety questions or what you write suggest talking about your safety soon"},
		{"es", []string{"«a salvo» se tomó en lugar de la pregunta 5", "la agudeza no se conoce; no es un «no»"}, "puntuado como el ASQ", "respuestas", "una nota breve cuando tus respuestas a las preguntas de seguridad, o lo que escribes, sugieran hablar pronto de tu seguridad"},
		{"de", []string{"„in Sicherheit“ wurde an Stelle von Frage 5 genommen", "das ist kein „Nein“"}, "ausgewertet wie der ASQ", "Antworten", "eine kurze Nachricht, wenn deine Antworten auf die Sicherheitsfragen oder das, was du schreibst, ein baldiges Gespräch über deine Sicherheit nahelegen"},
		{"fr", []string{"« en sécurité » a été pris à la place de la question 5", "ce n'est pas un « non »"}, "coté comme l'ASQ", "réponses", "un court message quand tes réponses aux questions de sécurité, ou ce que tu écris, invitent à parler bientôt de ta sécurité"},
	}
	for _, tt := range tests {
		w := lang.For(tt.lang)
		_, text := alertText(w, "Sam", "09:00", "asq-nonacute@wish")
		for _, want := range tt.flag {
			if !strings.Contains(text, want) {
				t.Errorf("%s flag = %q, want %q", tt.lang, text, want)
			}
		}
		if strings.Contains(text, tt.formerFlag) {
			t.Errorf("%s flag = %q, still %q", tt.lang, text, tt.formerFlag)
		}
		if k := alertAudit("asq-nonacute@wish"); k != auditToldWish {
			t.Errorf("record key after a wish = %q, want %q", k, auditToldWish)
		}
		if k := alertAudit("asq-nonacute@safety"); k != auditToldPositive {
			t.Errorf("record key after the ASQ = %q, want %q", k, auditToldPositive)
		}
		if s := w.T("share.audit_" + auditToldWish); strings.Contains(s, tt.answers) || s == w.T("share.audit_"+auditToldPositive) {
			t.Errorf("%s record line after a wish = %q, want no %q", tt.lang, s, tt.answers)
		}
		if s := w.T("export.scope_alerts"); !strings.Contains(s, tt.consentAlso) {
			t.Errorf("%s offer's alerts line = %q, want %q", tt.lang, s, tt.consentAlso)
		}
	}
}
