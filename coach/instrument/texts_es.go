package instrument

// Spanish: Pfizer's "Spanish for the USA" PHQ-9 and GAD-7 (usted form), the
// translations distributed with the English forms at phqscreeners.com. The
// Spanish-for-Spain forms differ in wording; these are the USA ones, the
// more widely used in Latin America too. The PDFs could not be opened from
// here: the wording below was checked word for word against independent
// open-source copies of the forms (December 2026), and where copies differ
// the difference is named. No validated Spanish PC-PTSD-5 or PCL-5 was found
// verbatim in two agreeing copies: those stay in English.

// esPHQStem and esPHQOptions are shared by the PHQ-9 and the GAD-7 forms.
const esPHQStem = "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?"

var esPHQOptions = []string{"Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días"}

// phq9ES: items 1-9 and the difficulty question agree in five copies (a PHQ-9
// module written from the form for Spanish-speaking clinics, a Flutter app,
// a Kotlin screening app, a PHP clinic system, a React clinic form). Some
// copies write "-" for the form's "–" in items 6 and 8, and one puts "TV"
// for "televisión"; the form's own characters are kept.
var phq9ES = Texts{
	Stem: esPHQStem,
	Items: []string{
		"Poco interés o placer en hacer cosas",
		"Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
		"Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
		"Se ha sentido cansado(a) o con poca energía",
		"Sin apetito o ha comido en exceso",
		"Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia",
		"Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión",
		"¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
		"Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
	},
	Options: esPHQOptions,
	Difficulty: Difficulty{
		Text:    "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?",
		Options: []string{"No ha sido difícil", "Un poco difícil", "Muy difícil", "Extremadamente difícil"},
	},
	Source: "Pfizer Inc., PHQ Screeners: Cuestionario sobre la salud del paciente (PHQ-9), Spanish for the USA " +
		"(Spitzer RL, Williams JBW, Kroenke K et al., with an educational grant from Pfizer Inc.; no permission required to reproduce, translate, display or distribute), " +
		"https://www.phqscreeners.com. Wording checked against five independent open-source copies of the form, December 2026.",
}

// gad7ES: the seven items agree in six copies (a U.S. screening app whose
// tests lock the "authoritative" Spanish items, a PHP clinic system, a
// Kotlin screening app, a self-test site citing phqscreeners.com, a
// survey's column headings, a clinic form). One copy drops "tan" from item 5;
// another writes items 1 and 5 in the feminine only; the form's "(a)" is
// kept.
var gad7ES = Texts{
	Stem: esPHQStem,
	Items: []string{
		"Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
		"No ha sido capaz de parar o controlar su preocupación",
		"Se ha preocupado demasiado por motivos diferentes",
		"Ha tenido dificultad para relajarse",
		"Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
		"Se ha molestado o irritado fácilmente",
		"Ha tenido miedo de que algo terrible fuera a pasar",
	},
	Options: esPHQOptions,
	Source: "Pfizer Inc., PHQ Screeners: GAD-7, Spanish for the USA " +
		"(Spitzer RL, Williams JBW, Kroenke K et al., with an educational grant from Pfizer Inc.; no permission required to reproduce, translate, display or distribute), " +
		"https://www.phqscreeners.com. Wording checked against six independent open-source copies of the form, December 2026.",
}
