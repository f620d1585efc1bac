package crisis

import (
	"fmt"
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
	// "%s" the clinician; Alerted, "%s" the therapists who get a note.
	NonAcuteTitle, NonAcuteThanks, NonAcuteCare, NonAcutePlan, NonAcuteReach, Alerted string
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

// The ASQ's wording. English is NIMH's published wording (kept in
// package instrument). Spanish follows NIMH's Spanish ASQ ("Preguntas de
// detección del riesgo de suicidio", tú form); the official PDF could not
// be opened from this machine, so the wording was written from it as
// remembered and needs checking word for word against
// https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials
// before it is called verbatim (checked again December 2026: the PDF is
// still out of reach, and the Spanish ASQs in public code differ from one
// another, e.g. "¿has pensado en suicidarte?" or "¿has sentido que tu
// familia o amigos/as estarían mejor si tú no estuvieras?", so none could
// settle it). NIMH publishes no German or French ASQ
// that we could source: those are careful, faithful translations made
// here (Sie/vous form, as the crisis reply), keeping the published time
// frames ("past few weeks", "past week", "ever", "right now") and the
// tool's plain words for suicide, which it uses on purpose.
var asqItems = map[string][5]string{
	"en": {instrument.ASQ.Items[0], instrument.ASQ.Items[1], instrument.ASQ.Items[2], instrument.ASQ.Items[3], instrument.ASQ.Acuity},
	"es": {
		"En las últimas semanas, ¿has deseado estar muerto(a)?",
		"En las últimas semanas, ¿has sentido que tú o tu familia estarían mejor si estuvieras muerto(a)?",
		"En la última semana, ¿has pensado en suicidarte?",
		"¿Alguna vez has intentado suicidarte?",
		"¿Estás pensando en suicidarte en este momento?",
	},
	"de": {
		"Haben Sie sich in den letzten Wochen gewünscht, tot zu sein?",
		"Hatten Sie in den letzten Wochen das Gefühl, dass es Ihnen oder Ihrer Familie besser ginge, wenn Sie tot wären?",
		"Hatten Sie in der letzten Woche Gedanken daran, sich das Leben zu nehmen?",
		"Haben Sie jemals versucht, sich das Leben zu nehmen?",
		"Haben Sie gerade jetzt Gedanken daran, sich das Leben zu nehmen?",
	},
	"fr": {
		"Au cours des dernières semaines, avez-vous souhaité être mort(e) ?",
		"Au cours des dernières semaines, avez-vous eu le sentiment que vous ou votre famille seriez mieux si vous étiez mort(e) ?",
		"Au cours de la dernière semaine, avez-vous pensé à vous suicider ?",
		"Avez-vous déjà essayé de vous suicider ?",
		"Pensez-vous à vous suicider en ce moment même ?",
	},
}

var safetyByLang = map[string]Safety{
	"en": {
		Question: "Thank you for sharing that with me. Can I ask you directly: are you safe right now?\n" +
			"Whatever your answer, you can keep writing to me. If things feel like too much, /crisis shows people you can talk to.",
		Again:      "I'd like to be sure I understood you: are you safe right now? You can tap an answer below, or write it in your own words.",
		ButtonSafe: "I'm safe", ButtonNotSure: "I'm not sure", ButtonNotSafe: "I'm not safe",
		Safe:     "Thank you for telling me — I'm glad you're safe. If that changes, /crisis shows people you can talk to.",
		NotSure:  "Thank you for telling me. Not being sure is okay.",
		Worrying: "Thank you for telling me.",
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
		NonAcutePlan:  "If you'd like, /safetyplan helps you write down a safety plan — the signs to notice, what helps, and who you can reach — or shows the one you have.",
		NonAcuteReach: "If you can't reach %s, if it gets harder, or if you stop feeling safe, /crisis shows people you can talk to.",
		Alerted:       "As you chose when you started sharing, %s will get a short note that it would be good to talk with you soon — not your answers.",
		YourClinician: "your therapist or doctor", Or: " or ", And: " and ",
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
		Safe:     "Gracias por decírmelo; me alegra que estés a salvo. Si eso cambia, /crisis muestra personas con las que puedes hablar.",
		NotSure:  "Gracias por decírmelo. Está bien no saberlo.",
		Worrying: "Gracias por decírmelo.",
		ASQIntro: "Me gustaría hacerte unas preguntas cortas, de una en una. Son las que usan los médicos para entender cómo ayudar mejor, " +
			"y preguntan directamente sobre el suicidio. Puedes responder «Prefiero no decirlo» a cualquiera de ellas, y /crisis muestra personas con las que puedes hablar.",
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
			"Pide una conversación breve sobre lo a salvo que te sientes: es el paso habitual después de estas preguntas. Incluso puedes enseñarle este mensaje.",
		NonAcutePlan:  "Si quieres, /safetyplan te ayuda a escribir un plan de seguridad —las señales a las que atender, lo que te ayuda y a quién puedes acudir— o te muestra el que ya tienes.",
		NonAcuteReach: "Si no puedes contactar con %s, si se vuelve más difícil o si dejas de sentirte a salvo, /crisis muestra personas con las que puedes hablar.",
		Alerted:       "Como elegiste al empezar a compartir, %s recibirá una nota breve de que conviene hablar pronto contigo, no tus respuestas.",
		YourClinician: "tu terapeuta o tu médico", Or: " o ", And: " y ",
		CheckInWas: "Cuando quieras, aquí es donde iba el check-in de hoy:",
		Item9:      "Gracias por responder con sinceridad a esa última pregunta. No tienes que cargar con esos pensamientos a solas.",
		StillHere: "Puedes seguir escribiendo aquí cuando quieras. No puedo hablar las cosas como lo haría una persona; las personas de las líneas que te envié sí pueden, y /crisis te las vuelve a mostrar. " +
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
		Question: "Danke, dass Sie mir das erzählt haben. Darf ich Sie direkt fragen: Sind Sie gerade in Sicherheit?\n" +
			"Was auch immer Sie antworten, Sie können mir weiter schreiben. Wenn Ihnen alles zu viel wird, zeigt /crisis Menschen, mit denen Sie sprechen können.",
		Again:      "Ich möchte sicher sein, dass ich Sie richtig verstanden habe: Sind Sie gerade in Sicherheit? Sie können unten eine Antwort antippen oder sie in Ihren eigenen Worten schreiben.",
		ButtonSafe: "Ich bin in Sicherheit", ButtonNotSure: "Ich weiß es nicht", ButtonNotSafe: "Ich bin nicht in Sicherheit",
		Safe:     "Danke, dass Sie es mir sagen – ich bin froh, dass Sie in Sicherheit sind. Wenn sich das ändert, zeigt /crisis Menschen, mit denen Sie sprechen können.",
		NotSure:  "Danke, dass Sie es mir sagen. Es ist in Ordnung, es nicht zu wissen.",
		Worrying: "Danke, dass Sie es mir sagen.",
		ASQIntro: "Ich würde Ihnen gern ein paar kurze Fragen stellen, eine nach der anderen. Ärztinnen und Ärzte stellen sie, um zu verstehen, wie sie am besten helfen können, " +
			"und sie fragen direkt nach Suizidgedanken. Sie können jede mit „Möchte ich nicht sagen“ beantworten, und /crisis zeigt Menschen, mit denen Sie sprechen können.",
		ASQNumbered: "(%d von 4) %s", ASQLast: "Eine letzte Frage: %s",
		Yes: "Ja", No: "Nein", RatherNot: "Möchte ich nicht sagen",
		ASQTypeHint: "Sie können unten eine Antwort antippen oder ja oder nein schreiben.",
		ASQEarlier:  "Diese Schaltfläche gehörte zu einer früheren Frage. Das ist die Frage, die noch offen ist:",
		ASQAnswered: "Sie haben diese Fragen schon beantwortet – danke. Wenn Ihnen alles zu viel wird, zeigt /crisis Menschen, mit denen Sie sprechen können.",
		ASQNegative: "Danke, dass Sie geantwortet haben – ich weiß, das sind keine leichten Fragen. Wenn Sie etwas weiter belastet, kann es helfen, mit Ihrer Therapeutin, Ihrem Therapeuten oder Ihrer Ärztin, Ihrem Arzt darüber zu sprechen. " +
			"Wenn Ihnen einmal alles zu viel wird, zeigt /crisis Menschen, mit denen Sie sprechen können.",
		NonAcuteTitle:  "Danke für Ihre Antworten",
		NonAcuteThanks: "Danke, dass Sie geantwortet haben. Ich weiß, das sind keine leichten Fragen.",
		NonAcuteCare: "Was Sie gerade tragen, verdient Fürsorge, und Sie müssen das nicht allein durchstehen. Bitte sprechen Sie bald mit %s darüber, wenn möglich heute oder morgen. " +
			"Bitten Sie um ein kurzes Gespräch darüber, wie sicher Sie sich fühlen: Das ist nach diesen Fragen der übliche nächste Schritt. Sie können auch diese Nachricht zeigen.",
		NonAcutePlan:  "Wenn Sie möchten, hilft Ihnen /safetyplan, einen Sicherheitsplan aufzuschreiben – die Zeichen, auf die Sie achten können, was hilft und wen Sie erreichen können – oder zeigt Ihnen den, den Sie schon haben.",
		NonAcuteReach: "Wenn ein Gespräch mit %s nicht bald möglich ist, wenn es schwerer wird oder wenn Sie sich nicht mehr sicher fühlen, zeigt /crisis Menschen, mit denen Sie sprechen können.",
		Alerted:       "Wie Sie es beim Teilen gewählt haben, bekommt %s eine kurze Nachricht, dass ein Gespräch bald gut wäre – nicht Ihre Antworten.",
		YourClinician: "Ihrer Therapeutin, Ihrem Therapeuten oder Ihrer Ärztin, Ihrem Arzt", Or: " oder ", And: " und ",
		CheckInWas: "Wann immer Sie so weit sind: Hier war der heutige Check-in stehen geblieben:",
		Item9:      "Danke, dass Sie die letzte Frage ehrlich beantwortet haben. Sie müssen diese Gedanken nicht allein tragen.",
		StillHere: "Sie können hier weiter schreiben, wann immer Sie möchten. Ich kann die Dinge nicht so mit Ihnen besprechen wie ein Mensch – die Menschen an den Telefonen, die ich Ihnen geschickt habe, können das; /crisis zeigt sie wieder. " +
			"Wenn Sie gerade in Gefahr sind, rufen Sie bitte den örtlichen Notruf an.",
		Caring: "Hallo – nur eine kurze Nachricht, auf die Sie nichts antworten müssen.\n\n" +
			"Ich hoffe, der heutige Tag ist etwas sanfter. Wenn Ihnen irgendwann alles zu schwer wird, müssen Sie das nicht allein tragen: /crisis zeigt Menschen, mit denen Sie sprechen können. " +
			"Und Sie können hier schreiben, wann immer Sie möchten.",
		ResumeNext:     "Die Check-ins ruhen gerade und kommen von allein wieder: Der nächste ist %s. Wenn Sie sie früher möchten, holt /resume sie zurück.",
		ResumeCarryOn:  "Die Check-ins gehen weiter wie bisher; beantworten Sie nur, was Sie möchten.",
		ResumeMessages: "Meine Nachrichten ruhen gerade und kommen %s von allein wieder. Wenn Sie sie früher möchten, holt /resume sie zurück.",
		Today:          "heute um %s", Tomorrow: "morgen um %s", OnDay: "am %[1]s um %[2]s",
		Weekdays: [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
	},
	"fr": {
		Question: "Merci de m'avoir confié cela. Puis-je vous poser la question directement : êtes-vous en sécurité en ce moment ?\n" +
			"Quelle que soit votre réponse, vous pouvez continuer à m'écrire. Si tout devient trop lourd, /crisis affiche des personnes à qui parler.",
		Again:      "Je voudrais être sûr de vous avoir bien compris : êtes-vous en sécurité en ce moment ? Vous pouvez choisir une réponse ci-dessous, ou l'écrire avec vos mots.",
		ButtonSafe: "Je suis en sécurité", ButtonNotSure: "Je ne sais pas", ButtonNotSafe: "Je ne suis pas en sécurité",
		Safe:     "Merci de me le dire – je suis content que vous soyez en sécurité. Si cela change, /crisis affiche des personnes à qui parler.",
		NotSure:  "Merci de me le dire. Ne pas savoir, c'est normal.",
		Worrying: "Merci de me le dire.",
		ASQIntro: "J'aimerais vous poser quelques questions courtes, une à la fois. Ce sont celles qu'utilisent les médecins pour comprendre comment aider au mieux, " +
			"et elles parlent directement du suicide. Vous pouvez répondre « Je préfère ne pas répondre » à chacune, et /crisis affiche des personnes à qui parler.",
		ASQNumbered: "(%d sur 4) %s", ASQLast: "Une dernière question : %s",
		Yes: "Oui", No: "Non", RatherNot: "Je préfère ne pas répondre",
		ASQTypeHint: "Vous pouvez choisir une réponse ci-dessous, ou écrire oui ou non.",
		ASQEarlier:  "Ce bouton correspondait à une question précédente. Voici celle qui reste ouverte :",
		ASQAnswered: "Vous avez déjà répondu à ces questions – merci. Si tout devient trop lourd, /crisis affiche des personnes à qui parler.",
		ASQNegative: "Merci d'avoir répondu – je sais que ce ne sont pas des questions faciles. Si quelque chose vous pèse encore, en parler à votre thérapeute ou à votre médecin peut aider. " +
			"Si un jour tout devient trop lourd, /crisis affiche des personnes à qui parler.",
		NonAcuteTitle:  "Merci d'avoir répondu",
		NonAcuteThanks: "Merci d'avoir répondu. Je sais que ce ne sont pas des questions faciles.",
		NonAcuteCare: "Ce que vous portez mérite qu'on en prenne soin, et vous n'avez pas à y faire face seul·e. Parlez-en bientôt avec %s, aujourd'hui ou demain si vous le pouvez. " +
			"Demandez un court échange sur votre sentiment de sécurité : c'est l'étape habituelle après ces questions. Vous pouvez même montrer ce message.",
		NonAcutePlan:  "Si vous le souhaitez, /safetyplan vous aide à écrire un plan de sécurité – les signes à repérer, ce qui aide et les personnes à joindre – ou affiche celui que vous avez déjà.",
		NonAcuteReach: "Si vous ne pouvez pas joindre %s, si cela devient plus difficile ou si vous ne vous sentez plus en sécurité, /crisis affiche des personnes à qui parler.",
		Alerted:       "Comme vous l'avez choisi en commençant le partage, %s recevra une courte note indiquant qu'un échange rapide serait bien – pas vos réponses.",
		YourClinician: "votre thérapeute ou votre médecin", Or: " ou ", And: " et ",
		CheckInWas: "Quand vous voulez, voici où en était le check-in du jour :",
		Item9:      "Merci d'avoir répondu honnêtement à cette dernière question. Vous n'avez pas à porter ces pensées seul·e.",
		StillHere: "Vous pouvez continuer à écrire ici quand vous voulez. Je ne peux pas en parler avec vous comme le ferait une personne – les personnes des lignes que je vous ai envoyées le peuvent ; /crisis les affiche de nouveau. " +
			"Si vous êtes en danger en ce moment, appelez le numéro d'urgence local.",
		Caring: "Bonjour – juste un petit mot, sans rien à répondre.\n\n" +
			"J'espère qu'aujourd'hui est un peu plus doux. Si à un moment tout devient trop lourd, vous n'avez pas à y faire face seul·e : /crisis affiche des personnes à qui parler. " +
			"Et vous pouvez écrire ici quand vous voulez.",
		ResumeNext:     "Les check-ins sont en pause pour l'instant et reviendront d'eux-mêmes : le prochain est %s. Si vous les voulez plus tôt, /resume les relance.",
		ResumeCarryOn:  "Les check-ins continuent comme avant ; ne répondez qu'à ce que vous voulez.",
		ResumeMessages: "Mes messages sont en pause pour l'instant et reviendront d'eux-mêmes %s. Si vous les voulez plus tôt, /resume les relance.",
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
		b.WriteString("\n\n" + fmt.Sprintf(s.Alerted, strings.Join(alerted, s.And)))
	}
	return b.String()
}
