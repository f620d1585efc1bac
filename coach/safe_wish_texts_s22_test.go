package coach_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
)

// The non-acute reply as a clinician reviewer read it, in each language.
// On the wish path one button was pressed: its title thanks for being
// told, not for answers, and its note to the therapist is said as "what
// you told me", never "your answers". Both paths name the plan's last step
// (a safer space), say what the note says, that the words or answers are
// not in it, and that it may not be read at once. The wording of the next
// step is the reviewed one (German: no two sentences opening "Bitte").
func TestNonAcuteRepliesAsReviewed(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	tests := []struct {
		lang, wish, worrying, unsure string
		wishTitle, asqTitle          string // the wish path's title; the ASQ's, kept
		both                         []string
		wishOnly, asqOnly            []string
		never                        []string
		record                       string // the line in their record on the wish path
	}{
		{
			"en", "they'd be better off without me", "I feel like such a burden", "not sure",
			"Thank you for letting me know\nI'm glad you're safe right now.", "Thank you for answering\nThank you for answering those.",
			[]string{"who you can reach, and how to make your space a little safer", "You could even show them this message."},
			[]string{"Dr Rivera will get a short note that what you told me suggests talking about your safety soon. Your own words aren't shared, and they may not see it right away."},
			[]string{"Dr Rivera will get a short note that your answers suggest talking about your safety soon. The answers themselves aren't shared, and they may not see it right away."},
			[]string{"not your answers"},
			"got a short note that what you told me suggested talking about your safety soon, as you allowed",
		},
		{
			"es", "estarían todos mejor sin mí", "me siento una carga para todos", "no sé",
			"Gracias por decírmelo\nMe alegra que estés a salvo ahora mismo.", "Gracias por responder\nGracias por responder.",
			[]string{"Pide una conversación breve sobre tu seguridad y cómo te sientes", "Incluso puedes mostrarle este mensaje.", "a quién puedes acudir y cómo hacer tu espacio un poco más seguro"},
			[]string{"Dr Rivera recibirá una nota breve de que lo que me contaste sugiere hablar pronto de tu seguridad. Tus palabras no se comparten, y puede que no la vea enseguida."},
			[]string{"Dr Rivera recibirá una nota breve de que tus respuestas sugieren hablar pronto de tu seguridad. Las respuestas en sí no se comparten, y puede que no la vea enseguida."},
			[]string{"lo a salvo que te sientes", "enseñarle", "no tus respuestas"},
			"recibió un aviso de que lo que me contaste indicaba que conviene hablar pronto de tu seguridad, como permitiste",
		},
		{
			"de", "alle wären ohne mich besser dran", "Ich bin eine Last für alle", "weiß nicht",
			"Danke, dass du es mir sagst\nIch bin froh, dass du gerade in Sicherheit bist.", "Danke für deine Antworten\nDanke, dass du geantwortet hast.",
			[]string{"Frag nach einem kurzen Gespräch darüber, wie sicher du dich fühlst", "Du kannst dabei auch diese Nachricht zeigen.", "wen du erreichen kannst und wie du deine Umgebung etwas sicherer machst"},
			[]string{"bekommt Dr Rivera eine kurze Nachricht, dass nach dem, was du mir erzählt hast, ein Gespräch über deine Sicherheit bald gut wäre. Deine eigenen Worte werden nicht geteilt, und vielleicht wird sie nicht sofort gelesen."},
			[]string{"bekommt Dr Rivera eine kurze Nachricht, dass nach deinen Antworten ein Gespräch über deine Sicherheit bald gut wäre. Die Antworten selbst werden nicht geteilt, und vielleicht wird sie nicht sofort gelesen."},
			[]string{"Bitte um ein kurzes", "nicht deine Antworten"},
			"hat, wie du es erlaubt hast, eine kurze Nachricht bekommen, dass nach dem, was du mir erzählt hast, ein baldiges Gespräch über deine Sicherheit gut wäre",
		},
		{
			"fr", "ils seraient mieux sans moi", "Je suis un fardeau pour tout le monde", "je sais pas",
			"Merci de me le dire\nÇa me rassure de savoir que tu es en sécurité en ce moment.", "Merci d'avoir répondu\nMerci d'avoir répondu.",
			[]string{"Tu peux même lui montrer ce message.", "les personnes à joindre et comment rendre ton espace un peu plus sûr"},
			[]string{"Dr Rivera recevra un court message disant que ce que tu m'as confié invite à parler bientôt de ta sécurité. Tes mots ne sont pas partagés, et ce message ne sera peut-être pas lu tout de suite."},
			[]string{"Dr Rivera recevra un court message disant que tes réponses invitent à parler bientôt de ta sécurité. Les réponses elles-mêmes ne sont pas partagées, et ce message ne sera peut-être pas lu tout de suite."},
			[]string{"pas tes réponses"},
			"a reçu un mot disant que ce que tu m'as confié invitait à parler bientôt de ta sécurité, comme tu l'as permis",
		},
	}
	check := func(t *testing.T, got string, want, unwant []string) {
		t.Helper()
		for _, s := range want {
			if !strings.Contains(got, s) {
				t.Errorf("reply =\n%s\nwant %q", got, s)
			}
		}
		for _, s := range unwant {
			if strings.Contains(got, s) {
				t.Errorf("reply =\n%s\nwant no %q", got, s)
			}
		}
	}
	for i, tt := range tests {
		t.Run(tt.lang+" wish", func(t *testing.T) {
			id := strconv.Itoa(9700 + i)
			w.onboardSharing(id, code, "a")
			w.as(id, "Sam", coach.Event{Text: tt.wish})
			got := w.as(id, "Sam", coach.Event{Press: &coach.Action{Verb: coach.VerbSafety, Field: tt.lang, Value: coach.SafetySafe}})
			check(t, got, append(append([]string{tt.wishTitle}, tt.both...), tt.wishOnly...), append([]string{tt.asqTitle}, append(tt.never, tt.asqOnly...)...))
			// The line in their own record says what they told, not answers.
			alerts := w.alerts(id)
			if len(alerts) != 1 {
				t.Fatalf("alerts = %+v, want one", alerts)
			}
			if err := w.coach.Delivered(w.ctx, alerts[0]); err != nil {
				t.Fatalf("alert delivered: %v", err)
			}
			log, err := w.store.AuditLog(w.ctx, id, 100)
			if err != nil {
				t.Fatal(err)
			}
			var line string
			for _, e := range log {
				if e.Key == "told_wish" {
					line = e.In(lang.For(tt.lang))
				}
			}
			if line != tt.record {
				t.Errorf("record line = %q, want %q (log %+v)", line, tt.record, log)
			}
		})
		t.Run(tt.lang+" ASQ", func(t *testing.T) {
			id := strconv.Itoa(9710 + i)
			w.onboardSharing(id, code, "a")
			w.as(id, "Sam", coach.Event{Text: tt.worrying})
			w.as(id, "Sam", coach.Event{Text: tt.unsure})
			replies := w.asq(id, "2026-03-02", "ynnnn")
			check(t, replies[len(replies)-1], append(append([]string{tt.asqTitle}, tt.both...), tt.asqOnly...), append([]string{tt.wishTitle}, append(tt.never, tt.wishOnly...)...))
		})
	}
}
