package crisis

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/aftercare/aftercare/coach/instrument"
)

// Safety are the texts of the safety question, the ASQ and the replies
// after each outcome, in one language. Like the crisis reply they follow
// safe-messaging guidance (reportingonsuicide.org, #chatsafe, the Action
// Alliance): direct, hopeful, no means named, the conversation left open,
// never implying that someone reads along, and no claim that every line
// is open at every hour (some have hours: /crisis says which).
type Safety struct {
	Lang string // one of Langs

	// The safety question, asked after a worrying text, and asked again
	// after a reply that was no answer.
	Question, Again string
	// Its buttons.
	ButtonSafe, ButtonNotSure, ButtonNotSafe string
	// Replies: safe; not sure (before the ASQ); a worrying typed answer
	// (before the ASQ).
	Safe, NotSure, Worrying string
	// SafeWish opens the non-acute reply, under SafeWishTitle and in place
	// of NonAcuteThanks, when the answer is safe but the words
	// before it already answered yes to one of the ASQ's screening items
	// (risk.Finding.Wish). SafeWishCare is NonAcuteCare for that reply
	// ("%s" the clinician): no questions were asked there, so its next
	// step follows what they told, not "these questions". SafeWishTitle is
	// that reply's title in place of NonAcuteTitle, and AlertedWish its
	// Alerted: one button was pressed and no question answered, so neither
	// thanks for answers nor says "your answers". AlertedWishMany is
	// AlertedWish for more than one therapist.
	SafeWish, SafeWishCare, SafeWishTitle, AlertedWish, AlertedWishMany string

	// The ASQ: its introduction, the numbered screening questions ("%d"
	// the number, "%s" the question), the acuity question's lead-in, the
	// four screening questions and the acuity question, and the answers.
	ASQIntro, ASQNumbered, ASQLast string
	ASQItems                       [4]string
	ASQAcuity                      string
	Yes, No, RatherNot             string
	// ASQ replies: the hint after a typed reply that was no answer; a
	// button of an earlier question; a button of an ASQ already finished;
	// a negative ASQ.
	ASQTypeHint, ASQEarlier, ASQAnswered, ASQNegative string
	// A non-acute positive ASQ: its title and the paragraphs of the reply,
	// "%s" the clinician; Alerted, "%s" the therapists who get a note. The
	// plan paragraph names the plan's steps as /safetyplan asks them, the
	// last (a safer space) included; Alerted says what the note says, that
	// the answers are not in it, and that it may not be read at once.
	// AlertedMany is Alerted for more than one therapist: Spanish, German
	// and French verbs agree with the number of people named.
	NonAcuteTitle, NonAcuteThanks, NonAcuteCare, NonAcutePlan, NonAcuteReach, Alerted, AlertedMany string
	// YourClinician names the clinician when no therapist is linked; Or
	// and And join names.
	YourClinician, Or, And string
	// CheckInWas leads back into today's check-in.
	CheckInWas string
	// Item9 leads into the ASQ after PHQ-9 item 9 was endorsed.
	Item9 string
	// StillHere answers whatever someone writes soon after a crisis reply.
	StillHere string

	// Caring is the caring message the day after a crisis reply. What
	// becomes of the plan follows it: ResumeNext ("%s" when the next
	// check-in comes), ResumeCarryOn, or ResumeMessages ("%s" when the
	// pause ends). A time is said as Today, Tomorrow ("%s" the time) or
	// OnDay ("%[1]s" the weekday, Weekdays from Sunday, "%[2]s" the time).
	Caring, ResumeNext, ResumeCarryOn, ResumeMessages string
	Today, Tomorrow, OnDay                            string
	Weekdays                                          [7]string
}

// The ASQ's wording, question by question (four screening questions, then
// the acuity question). Checked December 2026; NIMH's own PDFs could not be
// opened from this machine, so each translation below says what it was
// checked against. The toolkit and its translations are listed at
// https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials
//
//   - en: NIMH's ASQ tool, word for word (kept, and tested, in package
//     instrument: instrument.ASQ).
//   - es: NIMH's Spanish ASQ, word for word. It asks in the usted form, as
//     published, although the bot says tú everywhere else; ASQIntro says
//     why the register changes. Checked against three independent public
//     copies that agree on all five questions character for character: an
//     instrument library that cites it as "National Institute of Mental
//     Health (2017), versión oficial en español" (title "Preguntas de
//     Detección del Riesgo de Suicidio", instruction "Pregúntele al
//     paciente:"), a Streamlit screening app ("Herramienta para la
//     Detección del Riesgo de Suicidio (ASQ - NIMH)") and a React clinic
//     record. Two more copies differ only by writing "muerto(a)"; one
//     hospital protocol words question 2 "¿usted o su familia estarían
//     mejor si usted estuviera muerto?". The published "muerto" is kept.
//     (The earlier tú wording was ours, written from memory; the tú forms
//     in public code, e.g. "¿has pensado en suicidarte?", are adaptations.)
//   - fr: NIMH's French ASQ ("BOÎTE À OUTILS DE NIMH — OUTIL DE DÉPISTAGE
//     DES RISQUE DE SUICIDE", "Demandez au patient :"), word for word, vous
//     form as published (ASQIntro says why). Found in one copy only, an
//     upload of the one-page tool at
//     https://fr.scribd.com/document/692069173/asq-OUTIL-DE-DEPISTAGE-DES-RISQUE-DE-SUICIDE
//     (no date visible in the text; not yet compared with the PDF on
//     NIMH's page). Three points as published there, kept: "mort" without
//     "(e)"; no space before the "?" of question 2; and question 3 asks
//     about "les dernières semaines" (the English says "the past week"),
//     which only widens the question. Its
//     "Prochaines étapes" give the same scoring as the English, a refusal
//     included.
//   - de: our own translation, NOT a published or validated ASQ: no German
//     ASQ from NIMH or anyone else could be found (searched December 2026).
//     Written here with care (du form, as the rest of the bot), keeping the
//     published time frames ("past few weeks", "past week", "ever", "right
//     now") and the tool's plain words for suicide, which it uses on
//     purpose, in the words German clinicians ask with ("daran gedacht,
//     dir das Leben zu nehmen", "schon einmal versucht": spoken German, not
//     a word-for-word "Gedanken daran" or "jemals"). To be replaced by a
//     published German ASQ if one appears.
//
// Why a German speaker is asked our translation rather than the English
// ASQ. A questionnaire with no validated translation is given in English,
// with the reason (coach/questionnaire_lang.go): its total is compared with
// published cut-offs, which a wording of our own would not keep. The ASQ is
// different. It has no total; it is asked straight after a worrying
// message or an unsure answer to "are you safe?", and its only use is to
// decide, there and then, whether the person gets the crisis reply, a
// suggestion to talk to their clinician soon, or a thank-you. A person at
// risk who cannot read English well could misread a question, answer No,
// or stop answering, and a missed positive is the costly error. A screen
// they understand now is safer than the validated English they may not
// read, so the ASQ stays in their language; the therapist's alert names the
// ASQ and its outcome, and this comment and the README say the German is
// not validated.
var asqItems = map[string][5]string{
	"en": {instrument.ASQ.Items[0], instrument.ASQ.Items[1], instrument.ASQ.Items[2], instrument.ASQ.Items[3], instrument.ASQ.Acuity},
	"es": {
		"En las últimas semanas, ¿ha deseado estar muerto?",
		"En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si estuviera muerto?",
		"En la última semana, ¿ha estado pensando en suicidarse?",
		"¿Alguna vez ha intentado suicidarse?",
		"¿Está pensando en suicidarse en este momento?",
	},
	"de": { // our own translation, not validated: see above
		"Hast du dir in den letzten Wochen gewünscht, tot zu sein?",
		"Hattest du in den letzten Wochen das Gefühl, dass es dir oder deiner Familie besser ginge, wenn du tot wärst?",
		"Hast du in der letzten Woche daran gedacht, dir das Leben zu nehmen?",
		"Hast du schon einmal versucht, dir das Leben zu nehmen?",
		"Denkst du gerade jetzt daran, dir das Leben zu nehmen?",
	},
	"fr": {
		"Au cours des dernières semaines, avez-vous souhaité être mort ?",
		"Au cours des dernières semaines, avez-vous pensé que vous ou votre famille seriez mieux si vous étiez mort?",
		"Au cours des dernières semaines, avez-vous pensé à vous suicider ?",
		"Avez-vous déjà essayé de vous suicider ?",
		"Pensez-vous en ce moment à vous suicider ?",
	},
}

var safetyByLang = map[string]Safety{
	"en": {
		Question: "Thank you for sharing that with me. Can I ask you directly: are you safe right now?\n" +
			"Whatever your answer, you can keep writing to me. If things feel like too much, /crisis shows people you can talk to.",
		Again:      "I'd like to be sure I understood you: are you safe right now? You can tap an answer below, or write it in your own words.",
		ButtonSafe: "I'm safe", ButtonNotSure: "I'm not sure", ButtonNotSafe: "I'm not safe",
		Safe:          "Thank you for telling me — I'm glad you're safe. If that changes, /crisis shows people you can talk to.",
		SafeWish:      "I'm glad you're safe right now.",
		SafeWishTitle: "Thank you for letting me know",
		NotSure:       "Thank you for telling me. Not being sure is okay.",
		Worrying:      "Thank you for telling me.",
		ASQIntro: "I'd like to ask you a few short questions, one at a time. They're the ones doctors use to understand how best to help, " +
			"and they ask directly about suicide. You can answer \"I'd rather not say\" to any of them, and /crisis shows people you can talk to.",
		ASQNumbered: "(%d of 4) %s", ASQLast: "One last question: %s",
		Yes: "Yes", No: "No", RatherNot: "I'd rather not say",
		ASQTypeHint: "You can tap an answer below, or type yes or no.",
		ASQEarlier:  "That button was for an earlier question. Here is the one that's open:",
		ASQAnswered: "You've answered those questions already — thank you. If things feel like too much, /crisis shows people you can talk to.",
		ASQNegative: "Thank you for answering those — I know they aren't easy questions. If something is still weighing on you, it can help to tell your therapist or doctor. " +
			"If things ever feel like too much, /crisis shows people you can talk to.",
		NonAcuteTitle:  "Thank you for answering",
		NonAcuteThanks: "Thank you for answering those. I know they aren't easy questions.",
		NonAcuteCare: "What you're carrying deserves care, and you don't have to face it alone. Please talk it over with %s soon, today or tomorrow if you can. " +
			"Ask for a short conversation about how safe you're feeling: that's the usual next step after these questions. You could even show them this message.",
		SafeWishCare: "What you're carrying deserves care, and you don't have to face it alone. Please talk it over with %s soon, today or tomorrow if you can. " +
			"Ask for a short conversation about how safe you're feeling; it's a good next step after what you've told me. You could even show them this message.",
		NonAcutePlan:    "If you'd like, /safetyplan helps you write down a safety plan — the signs to notice, what helps, who you can reach, and how to make your space a little safer — or shows the one you have.",
		NonAcuteReach:   "If you can't reach %s, if it gets harder, or if you stop feeling safe, /crisis shows people you can talk to.",
		Alerted:         "As you chose when you started sharing, %s will get a short note that your answers suggest talking about your safety soon. The answers themselves aren't shared, and they may not see it right away.",
		AlertedMany:     "As you chose when you started sharing, %s will get a short note that your answers suggest talking about your safety soon. The answers themselves aren't shared, and they may not see it right away.",
		AlertedWish:     "As you chose when you started sharing, %s will get a short note that what you told me suggests talking about your safety soon. Your own words aren't shared, and they may not see it right away.",
		AlertedWishMany: "As you chose when you started sharing, %s will get a short note that what you told me suggests talking about your safety soon. Your own words aren't shared, and they may not see it right away.",
		YourClinician:   "your therapist or doctor", Or: " or ", And: " and ",
		CheckInWas: "Whenever you're ready, here is where today's check-in was:",
		Item9:      "Thank you for answering that last question honestly. You don't have to carry those thoughts alone.",
		StillHere: "You can keep writing here whenever you like. I can't talk things through the way a person can — the people on the lines I sent can; /crisis shows them again. " +
			"If you're in danger right now, please call your local emergency number.",
		Caring: "Hi — just a short note, with nothing to answer.\n\n" +
			"I hope today is a little gentler. If things feel heavy at any point, you don't have to face it alone: /crisis shows people you can reach. " +
			"And you're welcome to write here whenever you like.",
		ResumeNext:     "Check-ins are resting for now and come back on their own: the next one is %s. If you'd like them sooner, /resume brings them back.",
		ResumeCarryOn:  "Check-ins carry on as before; answer only what you like.",
		ResumeMessages: "My messages are resting for now and come back on their own %s. If you'd like them sooner, /resume brings them back.",
		Today:          "at %s today", Tomorrow: "at %s tomorrow", OnDay: "on %[1]s at %[2]s",
		Weekdays: [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	},
	"es": {
		Question: "Gracias por contármelo. ¿Puedo preguntarte algo directamente? ¿Estás a salvo ahora mismo?\n" +
			"Sea cual sea tu respuesta, puedes seguir escribiéndome. Si todo se te hace demasiado, /crisis muestra personas con las que puedes hablar.",
		Again:      "Quiero asegurarme de haberte entendido: ¿estás a salvo ahora mismo? Puedes tocar una respuesta abajo o escribirla con tus palabras.",
		ButtonSafe: "Estoy a salvo", ButtonNotSure: "No lo sé", ButtonNotSafe: "No estoy a salvo",
		Safe:          "Gracias por decírmelo; me alegra que estés a salvo. Si eso cambia, /crisis muestra personas con las que puedes hablar.",
		SafeWish:      "Me alegra que estés a salvo ahora mismo.",
		SafeWishTitle: "Gracias por decírmelo",
		NotSure:       "Gracias por decírmelo. Está bien no saberlo.",
		Worrying:      "Gracias por decírmelo.",
		ASQIntro: "Me gustaría hacerte unas preguntas cortas, de una en una. Son las que usan los médicos para saber cómo ayudar mejor, " +
			"y preguntan directamente por el suicidio. Te las hago tal como están escritas, y por eso te tratan de usted. Puedes responder «Prefiero no decirlo» a cualquiera de ellas, y /crisis muestra personas con las que puedes hablar.",
		ASQNumbered: "(%d de 4) %s", ASQLast: "Una última pregunta: %s",
		Yes: "Sí", No: "No", RatherNot: "Prefiero no decirlo",
		ASQTypeHint: "Puedes tocar una respuesta abajo, o escribir sí o no.",
		ASQEarlier:  "Ese botón era de una pregunta anterior. Esta es la que sigue abierta:",
		ASQAnswered: "Ya respondiste a esas preguntas, gracias. Si todo se te hace demasiado, /crisis muestra personas con las que puedes hablar.",
		ASQNegative: "Gracias por responder; sé que no son preguntas fáciles. Si algo te sigue pesando, puede ayudar contárselo a tu terapeuta o a tu médico. " +
			"Si alguna vez todo se te hace demasiado, /crisis muestra personas con las que puedes hablar.",
		NonAcuteTitle:  "Gracias por responder",
		NonAcuteThanks: "Gracias por responder. Sé que no son preguntas fáciles.",
		NonAcuteCare: "Lo que estás cargando merece cuidado, y no tienes que afrontarlo a solas. Por favor, háblalo pronto con %s, hoy o mañana si puedes. " +
			"Pide una conversación breve sobre tu seguridad y cómo te sientes: es el paso habitual después de estas preguntas. Incluso puedes mostrarle este mensaje.",
		SafeWishCare: "Lo que estás cargando merece cuidado, y no tienes que afrontarlo a solas. Por favor, háblalo pronto con %s, hoy o mañana si puedes. " +
			"Pide una conversación breve sobre tu seguridad y cómo te sientes; es un buen paso a seguir después de lo que me has contado. Incluso puedes mostrarle este mensaje.",
		NonAcutePlan:    "Si quieres, /safetyplan te ayuda a escribir un plan de seguridad —las señales a las que atender, lo que te ayuda, a quién puedes acudir y cómo hacer tu espacio un poco más seguro— o te muestra el que ya tienes.",
		NonAcuteReach:   "Si no puedes contactar con %s, si se vuelve más difícil o si dejas de sentirte a salvo, /crisis muestra personas con las que puedes hablar.",
		Alerted:         "Como elegiste al empezar a compartir, %s recibirá una nota breve de que tus respuestas sugieren hablar pronto de tu seguridad. Las respuestas en sí no se comparten, y puede que no la vea enseguida.",
		AlertedMany:     "Como elegiste al empezar a compartir, %s recibirán una nota breve de que tus respuestas sugieren hablar pronto de tu seguridad. Las respuestas en sí no se comparten, y puede que no la vean enseguida.",
		AlertedWish:     "Como elegiste al empezar a compartir, %s recibirá una nota breve de que lo que me contaste sugiere hablar pronto de tu seguridad. Tus palabras no se comparten, y puede que no la vea enseguida.",
		AlertedWishMany: "Como elegiste al empezar a compartir, %s recibirán una nota breve de que lo que me contaste sugiere hablar pronto de tu seguridad. Tus palabras no se comparten, y puede que no la vean enseguida.",
		YourClinician:   "tu terapeuta o tu médico", Or: " o ", And: " y ",
		CheckInWas: "Cuando quieras, aquí es donde iba el check-in de hoy:",
		Item9:      "Gracias por responder con sinceridad a esa última pregunta. No tienes que cargar con esos pensamientos a solas.",
		StillHere: "Puedes seguir escribiendo aquí cuando quieras. No puedo hablar las cosas como lo haría una persona; las personas de las líneas que te indiqué sí pueden, y /crisis te las vuelve a mostrar. " +
			"Si estás en peligro ahora mismo, llama al número de emergencias de donde estés.",
		Caring: "Hola: solo una nota corta, sin nada que responder.\n\n" +
			"Espero que hoy sea un poco más amable. Si en algún momento todo pesa demasiado, no tienes que afrontarlo a solas: /crisis muestra personas con las que puedes hablar. " +
			"Y puedes escribir aquí cuando quieras.",
		ResumeNext:     "Los check-ins están en pausa por ahora y vuelven solos: el próximo es %s. Si los quieres antes, /resume los trae de vuelta.",
		ResumeCarryOn:  "Los check-ins siguen como antes; responde solo lo que quieras.",
		ResumeMessages: "Mis mensajes están en pausa por ahora y vuelven solos %s. Si los quieres antes, /resume los trae de vuelta.",
		Today:          "hoy a las %s", Tomorrow: "mañana a las %s", OnDay: "el %[1]s a las %[2]s",
		Weekdays: [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
	},
	"de": {
		Question: "Danke, dass du mir das erzählt hast. Darf ich dich direkt fragen: Bist du gerade in Sicherheit?\n" +
			"Was auch immer du antwortest, du kannst mir weiter schreiben. Wenn dir alles zu viel wird, zeigt /crisis Menschen, mit denen du sprechen kannst.",
		Again:      "Ich möchte sicher sein, dass ich dich richtig verstanden habe: Bist du gerade in Sicherheit? Du kannst unten eine Antwort antippen oder sie in deinen eigenen Worten schreiben.",
		ButtonSafe: "Ich bin in Sicherheit", ButtonNotSure: "Ich weiß es nicht", ButtonNotSafe: "Ich bin nicht in Sicherheit",
		Safe:          "Danke, dass du es mir sagst – ich bin froh, dass du in Sicherheit bist. Wenn sich das ändert, zeigt /crisis Menschen, mit denen du sprechen kannst.",
		SafeWish:      "Ich bin froh, dass du gerade in Sicherheit bist.",
		SafeWishTitle: "Danke, dass du es mir sagst",
		NotSure:       "Danke, dass du es mir sagst. Es ist in Ordnung, es nicht zu wissen.",
		Worrying:      "Danke, dass du es mir sagst.",
		ASQIntro: "Ich würde dir gern ein paar kurze Fragen stellen, eine nach der anderen. Ärztinnen und Ärzte stellen sie, um zu verstehen, wie sie am besten helfen können. " +
			"Die Fragen sprechen Suizidgedanken direkt an. Du kannst jede mit „Möchte ich nicht sagen“ beantworten, und /crisis zeigt Menschen, mit denen du sprechen kannst.",
		ASQNumbered: "(%d von 4) %s", ASQLast: "Eine letzte Frage: %s",
		Yes: "Ja", No: "Nein", RatherNot: "Möchte ich nicht sagen",
		ASQTypeHint: "Du kannst unten eine Antwort antippen oder ja oder nein schreiben.",
		ASQEarlier:  "Diese Schaltfläche gehörte zu einer früheren Frage. Das ist die Frage, die noch offen ist:",
		ASQAnswered: "Du hast diese Fragen schon beantwortet – danke. Wenn dir alles zu viel wird, zeigt /crisis Menschen, mit denen du sprechen kannst.",
		ASQNegative: "Danke, dass du geantwortet hast – ich weiß, das sind keine leichten Fragen. Wenn dich etwas weiter belastet, kann es helfen, mit deiner Therapeutin, deinem Therapeuten oder deiner Ärztin, deinem Arzt darüber zu sprechen. " +
			"Wenn dir einmal alles zu viel wird, zeigt /crisis Menschen, mit denen du sprechen kannst.",
		NonAcuteTitle:  "Danke für deine Antworten",
		NonAcuteThanks: "Danke, dass du geantwortet hast. Ich weiß, das sind keine leichten Fragen.",
		NonAcuteCare: "Was du gerade trägst, verdient Fürsorge, und du musst das nicht allein durchstehen. Bitte sprich bald mit %s darüber, wenn möglich heute oder morgen. " +
			"Frag nach einem kurzen Gespräch darüber, wie sicher du dich fühlst: Das ist nach diesen Fragen der übliche nächste Schritt. Du kannst dabei auch diese Nachricht zeigen.",
		SafeWishCare: "Was du gerade trägst, verdient Fürsorge, und du musst das nicht allein durchstehen. Bitte sprich bald mit %s darüber, wenn möglich heute oder morgen. " +
			"Frag nach einem kurzen Gespräch darüber, wie sicher du dich fühlst; nach dem, was du mir erzählt hast, ist das ein guter nächster Schritt. Du kannst dabei auch diese Nachricht zeigen.",
		NonAcutePlan:    "Wenn du möchtest, hilft dir /safetyplan, einen Sicherheitsplan aufzuschreiben – die Zeichen, auf die du achten kannst, was hilft, wen du erreichen kannst und wie du deine Umgebung etwas sicherer machst – oder zeigt dir den, den du schon hast.",
		NonAcuteReach:   "Wenn ein Gespräch mit %s nicht bald möglich ist, wenn es schwerer wird oder wenn du dich nicht mehr sicher fühlst, zeigt /crisis Menschen, mit denen du sprechen kannst.",
		Alerted:         "Wie du es beim Teilen gewählt hast, bekommt %s eine kurze Nachricht, dass nach deinen Antworten ein Gespräch über deine Sicherheit bald gut wäre. Die Antworten selbst werden nicht geteilt, und vielleicht wird sie nicht sofort gelesen.",
		AlertedMany:     "Wie du es beim Teilen gewählt hast, bekommen %s eine kurze Nachricht, dass nach deinen Antworten ein Gespräch über deine Sicherheit bald gut wäre. Die Antworten selbst werden nicht geteilt, und vielleicht wird sie nicht sofort gelesen.",
		AlertedWish:     "Wie du es beim Teilen gewählt hast, bekommt %s eine kurze Nachricht, dass nach dem, was du mir erzählt hast, ein Gespräch über deine Sicherheit bald gut wäre. Deine eigenen Worte werden nicht geteilt, und vielleicht wird sie nicht sofort gelesen.",
		AlertedWishMany: "Wie du es beim Teilen gewählt hast, bekommen %s eine kurze Nachricht, dass nach dem, was du mir erzählt hast, ein Gespräch über deine Sicherheit bald gut wäre. Deine eigenen Worte werden nicht geteilt, und vielleicht wird sie nicht sofort gelesen.",
		YourClinician:   "deiner Therapeutin, deinem Therapeuten oder deiner Ärztin, deinem Arzt", Or: " oder ", And: " und ",
		CheckInWas: "Wann immer du so weit bist: Hier war der heutige Check-in stehen geblieben:",
		Item9:      "Danke, dass du die letzte Frage ehrlich beantwortet hast. Du musst diese Gedanken nicht allein tragen.",
		StillHere: "Du kannst hier weiter schreiben, wann immer du möchtest. Ich kann die Dinge nicht so mit dir besprechen wie ein Mensch – die Menschen an den Nummern, die ich dir genannt habe, können das; /crisis zeigt sie wieder. " +
			"Wenn du gerade in Gefahr bist, ruf bitte den örtlichen Notruf an.",
		Caring: "Hallo – nur eine kurze Nachricht, auf die du nichts antworten musst.\n\n" +
			"Ich hoffe, heute ist ein etwas leichterer Tag. Wenn dir irgendwann alles zu schwer wird, musst du das nicht allein tragen: /crisis zeigt Menschen, mit denen du sprechen kannst. " +
			"Und du kannst hier schreiben, wann immer du möchtest.",
		ResumeNext:     "Die Check-ins ruhen gerade und kommen von allein wieder: Der nächste ist %s. Wenn du sie früher möchtest, holt /resume sie zurück.",
		ResumeCarryOn:  "Die Check-ins gehen weiter wie bisher; beantworte nur, was du möchtest.",
		ResumeMessages: "Meine Nachrichten ruhen gerade und kommen %s von allein wieder. Wenn du sie früher möchtest, holt /resume sie zurück.",
		Today:          "heute um %s", Tomorrow: "morgen um %s", OnDay: "am %[1]s um %[2]s",
		Weekdays: [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
	},
	"fr": {
		Question: "Merci de m'avoir confié ça. Est-ce que je peux te demander franchement : tu es en sécurité en ce moment ?\n" +
			"Quelle que soit ta réponse, tu peux continuer à m'écrire. Si tout devient trop lourd, /crisis affiche des personnes à qui parler.",
		Again:      "J'aimerais m'assurer d'avoir bien compris : est-ce que tu es en sécurité en ce moment ? Tu peux choisir une réponse ci-dessous, ou l'écrire avec tes mots.",
		ButtonSafe: "Je suis en sécurité", ButtonNotSure: "Je ne sais pas", ButtonNotSafe: "Je ne suis pas en sécurité",
		Safe:          "Merci de me le dire – ça me rassure de savoir que tu es en sécurité. Si ça change, /crisis affiche des personnes à qui parler.",
		SafeWish:      "Ça me rassure de savoir que tu es en sécurité en ce moment.",
		SafeWishTitle: "Merci de me le dire",
		NotSure:       "Merci de me le dire. Ne pas savoir, c'est normal.",
		Worrying:      "Merci de me le dire.",
		ASQIntro: "J'aimerais te poser quelques questions courtes, une par une. Ce sont celles qu'utilisent les médecins pour savoir comment aider au mieux, " +
			"et elles parlent directement du suicide. Je te les pose telles qu'elles sont rédigées, c'est pour ça qu'elles te vouvoient. Tu peux répondre « Je préfère ne pas répondre » à n'importe laquelle, et /crisis affiche des personnes à qui parler.",
		ASQNumbered: "(%d sur 4) %s", ASQLast: "Une dernière question : %s",
		Yes: "Oui", No: "Non", RatherNot: "Je préfère ne pas répondre",
		ASQTypeHint: "Tu peux choisir une réponse ci-dessous, ou écrire oui ou non.",
		ASQEarlier:  "Ce bouton correspondait à une question précédente. Voici celle qui reste ouverte :",
		ASQAnswered: "Tu as déjà répondu à ces questions – merci. Si tout devient trop lourd, /crisis affiche des personnes à qui parler.",
		ASQNegative: "Merci d'avoir répondu – je sais que ce ne sont pas des questions faciles. Si quelque chose te pèse encore, en parler à ton ou ta thérapeute ou à ton médecin peut aider. " +
			"Si un jour tout devient trop lourd, /crisis affiche des personnes à qui parler.",
		NonAcuteTitle:  "Merci d'avoir répondu",
		NonAcuteThanks: "Merci d'avoir répondu. Je sais que ce ne sont pas des questions faciles.",
		NonAcuteCare: "Ce que tu portes mérite qu'on en prenne soin, et tu n'as pas à y faire face sans soutien. Parles-en bientôt avec %s, aujourd'hui ou demain si tu peux. " +
			"Demande un court échange sur ton sentiment de sécurité : c'est l'étape habituelle après ces questions. Tu peux même lui montrer ce message.",
		SafeWishCare: "Ce que tu portes mérite qu'on en prenne soin, et tu n'as pas à y faire face sans soutien. Parles-en bientôt avec %s, aujourd'hui ou demain si tu peux. " +
			"Demande un court échange sur ton sentiment de sécurité ; c'est une bonne prochaine étape après ce que tu m'as confié. Tu peux même lui montrer ce message.",
		NonAcutePlan:    "Si tu le souhaites, /safetyplan t'aide à écrire un plan de sécurité – les signes à repérer, ce qui aide, les personnes à joindre et comment rendre ton espace un peu plus sûr – ou affiche celui que tu as déjà.",
		NonAcuteReach:   "Si tu ne peux pas joindre %s, si ça devient plus difficile ou si tu ne te sens plus en sécurité, /crisis affiche des personnes à qui parler.",
		Alerted:         "Comme tu l'as choisi quand tu as commencé à partager, %s recevra un court message disant que tes réponses invitent à parler bientôt de ta sécurité. Les réponses elles-mêmes ne sont pas partagées, et ce message ne sera peut-être pas lu tout de suite.",
		AlertedMany:     "Comme tu l'as choisi quand tu as commencé à partager, %s recevront un court message disant que tes réponses invitent à parler bientôt de ta sécurité. Les réponses elles-mêmes ne sont pas partagées, et ce message ne sera peut-être pas lu tout de suite.",
		AlertedWish:     "Comme tu l'as choisi quand tu as commencé à partager, %s recevra un court message disant que ce que tu m'as confié invite à parler bientôt de ta sécurité. Tes mots ne sont pas partagés, et ce message ne sera peut-être pas lu tout de suite.",
		AlertedWishMany: "Comme tu l'as choisi quand tu as commencé à partager, %s recevront un court message disant que ce que tu m'as confié invite à parler bientôt de ta sécurité. Tes mots ne sont pas partagés, et ce message ne sera peut-être pas lu tout de suite.",
		YourClinician:   "ton ou ta thérapeute ou ton médecin", Or: " ou ", And: " et ",
		CheckInWas: "Quand tu veux, voici où en était le check-in du jour :",
		Item9:      "Merci d'avoir répondu honnêtement à cette dernière question. Tu n'as pas à garder ces pensées pour toi.",
		StillHere: "Tu peux continuer à écrire ici quand tu veux. Je ne peux pas en parler avec toi comme le ferait une personne – les écoutants des lignes que je t'ai indiquées, eux, le peuvent ; /crisis les affiche de nouveau. " +
			"Si tu es en danger en ce moment, appelle le numéro d'urgence local.",
		Caring: "Bonjour – juste un petit mot, sans rien à répondre.\n\n" +
			"J'espère qu'aujourd'hui est un peu plus doux. Si à un moment tout devient trop lourd, tu n'as pas à y faire face sans soutien : /crisis affiche des personnes à qui parler. " +
			"Et tu peux écrire ici quand tu veux.",
		ResumeNext:     "Les check-ins sont en pause pour l'instant et reviendront d'eux-mêmes : le prochain est %s. Si tu les veux plus tôt, /resume les relance.",
		ResumeCarryOn:  "Les check-ins continuent comme avant ; ne réponds qu'à ce que tu veux.",
		ResumeMessages: "Mes messages sont en pause pour l'instant et reviendront d'eux-mêmes %s. Si tu les veux plus tôt, /resume les relance.",
		Today:          "aujourd'hui à %s", Tomorrow: "demain à %s", OnDay: "%[1]s à %[2]s",
		Weekdays: [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	},
}

// SafetyIn returns the safety texts in lang, English for a language they
// are not written in.
func SafetyIn(lang string) Safety {
	lang = NormalizeLang(lang)
	s, ok := safetyByLang[lang]
	if !ok {
		lang, s = "en", safetyByLang["en"]
	}
	s.Lang = lang
	items := asqItems[lang]
	copy(s.ASQItems[:], items[:4])
	s.ASQAcuity = items[4]
	return s
}

// WithCommands returns the texts with each one passed through name, which
// says the commands they mention (/crisis, /resume, /safetyplan) as the
// reader sees them in their language; the coach passes lang's. The texts
// are written with the English names, which name leaves as they are
// when it has no others.
func (s Safety) WithCommands(name func(string) string) Safety {
	v := reflect.ValueOf(&s).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch {
		case v.Type().Field(i).Name == "Lang":
		case f.Kind() == reflect.String:
			f.SetString(name(f.String()))
		case f.Kind() == reflect.Array && f.Type().Elem().Kind() == reflect.String:
			for j := range f.Len() {
				f.Index(j).SetString(name(f.Index(j).String()))
			}
		}
	}
	return s
}

// ASQQuestion returns question n (0-3 screening, 4 acuity) as asked.
func (s Safety) ASQQuestion(n int) string {
	if n >= 4 {
		return fmt.Sprintf(s.ASQLast, s.ASQAcuity)
	}
	return fmt.Sprintf(s.ASQNumbered, n+1, s.ASQItems[n])
}

// NonAcute writes the reply to a non-acute positive ASQ, naming the
// person's clinicians (empty: "your therapist or doctor") and the
// therapists who will get a note (none: no sentence about it).
func (s Safety) NonAcute(clinicians, alerted []string) string {
	who := s.YourClinician
	if len(clinicians) > 0 {
		who = strings.Join(clinicians, s.Or)
	}
	var b strings.Builder
	b.WriteString(s.NonAcuteThanks + "\n\n")
	b.WriteString(fmt.Sprintf(s.NonAcuteCare, who) + "\n\n")
	b.WriteString(s.NonAcutePlan + "\n\n")
	b.WriteString(fmt.Sprintf(s.NonAcuteReach, who))
	if len(alerted) > 0 {
		note := s.Alerted
		if len(alerted) > 1 && s.AlertedMany != "" {
			note = s.AlertedMany
		}
		b.WriteString("\n\n" + fmt.Sprintf(note, strings.Join(alerted, s.And)))
	}
	return b.String()
}
