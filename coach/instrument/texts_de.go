package instrument

// German: Löwe's German PHQ-9 and GAD-7 (Gesundheitsfragebogen für
// Patienten, PHQ-D; © Prof. Dr. Bernd Löwe, Universitätsklinikum
// Hamburg-Eppendorf), the German forms distributed at phqscreeners.com.
// The wording below is that of the German Medical Informatics Initiative's
// FHIR questionnaires (github.com/medizininformatik-initiative/
// kerndatensatzmodul-proms, input/fsh/definitions/phq-9 and gad-7), checked
// word for word against the Q4MS FHIR resources (github.com/helict/
// qpath-fhir-resources, input/fsh/Questionnaire/PatientHealthQuestionnaire.fsh)
// and against open-source apps that cite Löwe's form (December 2026).
// No German PC-PTSD-5 was found (the MII's German PC-PTSD is the older
// four-item DSM-IV screen, Schäfer & Schulze 2010, not the PC-PTSD-5), and
// the German PCL-5 (Krüger-Gottschalk et al. 2017) was found only in copies
// that disagree with each other: both stay in English.

const dePHQStem = "Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?"

var dePHQOptions = []string{"Überhaupt nicht", "An einzelnen Tagen", "An mehr als der Hälfte der Tage", "Beinahe jeden Tag"}

// phq9DE: items agree in the MII, Q4MS and an app that prints Löwe's
// attribution; the app writes "z. B." where both FHIR copies have "z.B.".
// The difficulty question ends with nothing in the MII copy and with a
// colon in the Q4MS one; its four answers (LOINC LL359-1, German
// designations) agree in both and in two further copies.
var phq9DE = Texts{
	Stem: dePHQStem,
	Items: []string{
		"Wenig Interesse oder Freude an Ihren Tätigkeiten",
		"Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit",
		"Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf",
		"Müdigkeit oder Gefühl, keine Energie zu haben",
		"Verminderter Appetit oder übermäßiges Bedürfnis zu essen",
		"Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die Familie enttäuscht zu haben",
		"Schwierigkeiten, sich auf etwas zu konzentrieren, z.B. beim Zeitunglesen oder Fernsehen",
		"Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch anderen auffallen würde? Oder waren Sie im Gegenteil „zappelig“ oder ruhelos und hatten dadurch einen stärkeren Bewegungsdrang als sonst?",
		"Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten",
	},
	Options: dePHQOptions,
	Difficulty: Difficulty{
		Text:    "Wenn eines oder mehrere dieser Probleme bei Ihnen vorliegen, geben Sie bitte an, wie sehr diese Probleme es Ihnen erschwert haben, Ihre Arbeit zu erledigen, Ihren Haushalt zu regeln oder mit anderen Menschen zurecht zu kommen",
		Options: []string{"Überhaupt nicht erschwert", "Etwas erschwert", "Relativ stark erschwert", "Sehr stark erschwert"},
	},
	Source: "Löwe B, Spitzer RL, Zipfel S, Herzog W. Gesundheitsfragebogen für Patienten (PHQ-D), German PHQ-9 " +
		"(© Prof. Dr. Bernd Löwe, Universitätsklinikum Hamburg-Eppendorf; Pfizer Inc., PHQ Screeners, https://www.phqscreeners.com). " +
		"Wording as in the Medizininformatik-Initiative's FHIR PHQ-9 (https://github.com/medizininformatik-initiative/kerndatensatzmodul-proms), " +
		"checked against the Q4MS FHIR PHQ-9 (https://github.com/helict/qpath-fhir-resources), December 2026.",
}

// gad7DE: items agree in an app that prints Löwe's attribution, the MII's
// PHQ-D anxiety module, a Flutter app and an R package; the MII's separate
// GAD-7 questionnaire writes item 4 "Schwierigkeiten, sich zu entspannen",
// against "Schwierigkeiten zu entspannen" in all the others, which is kept.
// Other copies found modernise "schwer fällt" to "schwerfällt" or put
// "Reizbarkeit" for "Gereiztheit": not the form's words.
var gad7DE = Texts{
	Stem: dePHQStem,
	Items: []string{
		"Nervosität, Ängstlichkeit oder Anspannung",
		"Nicht in der Lage sein, Sorgen zu stoppen oder zu kontrollieren",
		"Übermäßige Sorgen bezüglich verschiedener Angelegenheiten",
		"Schwierigkeiten zu entspannen",
		"Rastlosigkeit, so dass Stillsitzen schwer fällt",
		"Schnelle Verärgerung oder Gereiztheit",
		"Gefühl der Angst, so als würde etwas Schlimmes passieren",
	},
	Options: dePHQOptions,
	Source: "Löwe B et al. German GAD-7 (Gesundheitsfragebogen für Patienten; © Prof. Dr. Bernd Löwe, Universitätsklinikum Hamburg-Eppendorf; " +
		"Löwe B, Decker O, Müller S et al. Med Care 2008;46:266-274; Pfizer Inc., PHQ Screeners, https://www.phqscreeners.com). " +
		"Wording checked against the Medizininformatik-Initiative's FHIR GAD-7 (https://github.com/medizininformatik-initiative/kerndatensatzmodul-proms) " +
		"and three open-source copies citing Löwe's form, December 2026.",
}
