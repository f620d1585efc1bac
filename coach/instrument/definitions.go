package instrument

// phqGADOptions are the answers shared by the PHQ and GAD families.
var phqGADOptions = []Option{
	{0, "Not at all"},
	{1, "Several days"},
	{2, "More than half the days"},
	{3, "Nearly every day"},
}

var pcptsdOptions = []Option{{0, "No"}, {1, "Yes"}}

const phqGADStem = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"

var phq9Items = []string{
	"Little interest or pleasure in doing things",
	"Feeling down, depressed, or hopeless",
	"Trouble falling or staying asleep, or sleeping too much",
	"Feeling tired or having little energy",
	"Poor appetite or overeating",
	"Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
	"Trouble concentrating on things, such as reading the newspaper or watching television",
	"Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
	"Thoughts that you would be better off dead or of hurting yourself in some way",
}

var gad7Items = []string{
	"Feeling nervous, anxious or on edge",
	"Not being able to stop or control worrying",
	"Worrying too much about different things",
	"Trouble relaxing",
	"Being so restless that it is hard to sit still",
	"Becoming easily annoyed or irritable",
	"Feeling afraid as if something awful might happen",
}

// definitions is the single source of every rule; the order is the order
// All returns.
var definitions = []Questionnaire{
	{
		ID:      PHQ9,
		Code:    "PHQ-9",
		Name:    "Patient Health Questionnaire-9",
		Stem:    phqGADStem,
		Items:   phq9Items,
		Options: phqGADOptions,
		Bands: []Band{
			{0, 4, "minimal"},
			{5, 9, "mild"},
			{10, 14, "moderate"},
			{15, 19, "moderately severe"},
			{20, 27, "severe"},
		},
		Cutoff:         10,
		MaxTotal:       27,
		SafetyItem:     9,
		MCID:           5,
		Source:         "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16:606-613. MCID: Loewe B et al. Med Care 2004;42:1194-1201.",
		remissionBelow: 5,
		tracksResponse: true,
	},
	{
		ID:       PHQ2,
		Code:     "PHQ-2",
		Name:     "Patient Health Questionnaire-2",
		Stem:     phqGADStem,
		Items:    phq9Items[:2:2],
		Options:  phqGADOptions,
		Cutoff:   3,
		MaxTotal: 6,
		Source:   "Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41:1284-1292.",
	},
	{
		ID:      GAD7,
		Code:    "GAD-7",
		Name:    "Generalized Anxiety Disorder 7-item scale",
		Stem:    phqGADStem,
		Items:   gad7Items,
		Options: phqGADOptions,
		Bands: []Band{
			{0, 4, "minimal"},
			{5, 9, "mild"},
			{10, 14, "moderate"},
			{15, 21, "severe"},
		},
		Cutoff:   10,
		MaxTotal: 21,
		MCID:     4,
		Source:   "Spitzer RL, Kroenke K, Williams JBW, Loewe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092-1097. MCID: Toussaint A et al. J Affect Disord 2020;265:395-401.",
	},
	{
		ID:       GAD2,
		Code:     "GAD-2",
		Name:     "Generalized Anxiety Disorder 2-item scale",
		Stem:     phqGADStem,
		Items:    gad7Items[:2:2],
		Options:  phqGADOptions,
		Cutoff:   3,
		MaxTotal: 6,
		Source:   "Kroenke K et al. Ann Intern Med 2007;146:317-325 (GAD-2 cut-off 3, from a secondary summary).",
	},
	{
		ID:   PCPTSD5,
		Code: "PC-PTSD-5",
		Name: "Primary Care PTSD Screen for DSM-5",
		Stem: "In the past month, have you…",
		Items: []string{
			"Sometimes things happen to people that are unusually or especially frightening, horrible, or traumatic. For example: a serious accident or fire; a physical or sexual assault or abuse; an earthquake or flood; a war; seeing someone be killed or seriously injured; having a loved one die through homicide or suicide. Have you ever experienced this kind of event?",
			"Had nightmares about the event(s) or thought about the event(s) when you did not want to?",
			"Tried hard not to think about the event(s) or went out of your way to avoid situations that reminded you of the event(s)?",
			"Been constantly on guard, watchful, or easily startled?",
			"Felt numb or detached from people, activities, or your surroundings?",
			"Felt guilty or unable to stop blaming yourself or others for the event(s) or any problems the event(s) may have caused?",
		},
		Options:  pcptsdOptions,
		Gated:    true,
		Cutoff:   3,
		MaxTotal: 5,
		Source:   "Prins A et al. The Primary Care PTSD Screen for DSM-5 (PC-PTSD-5). J Gen Intern Med 2016;31:1206-1211.",
	},
}
