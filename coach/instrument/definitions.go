package instrument

// phqGADOptions are the answers shared by the PHQ and GAD families.
var phqGADOptions = []Option{
	{0, "Not at all"},
	{1, "Several days"},
	{2, "More than half the days"},
	{3, "Nearly every day"},
}

var pcptsdOptions = []Option{{0, "No"}, {1, "Yes"}}

// pcl5Options are the PCL-5's five answers, 0-4.
var pcl5Options = []Option{
	{0, "Not at all"},
	{1, "A little bit"},
	{2, "Moderately"},
	{3, "Quite a bit"},
	{4, "Extremely"},
}

// phq9Difficulty is the PHQ-9's last, unscored question, as printed on the
// form (Pfizer; CamCOPS phq9.xml, shared/reference/instruments.json).
var phq9Difficulty = Difficulty{
	Text:    "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
	Options: []string{"Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"},
}

// Recall windows, in days: PHQ and GAD ask about the last 2 weeks, the
// PCL-5 about the past month.
const (
	twoWeeks = 14
	oneMonth = 30
)

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
		Cutoff:     10,
		MaxTotal:   27,
		SafetyItem: 9,
		MCID:       5,
		// Bands, the cut-off of 10, response (a drop of 50% or more) and
		// remission (under 5): Kroenke et al. 2001. Reliable change 6: the
		// Jacobson-Truax index computed by McMillan et al. 2010 (Löwe et al.
		// 2004 report 5 points as a clinically important change, the MCID).
		Source:         "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16:606-613. MCID: Loewe B et al. Med Care 2004;42:1194-1201. Reliable change 6 points: McMillan D, Gilbody S, Richards D. Defining successful treatment outcome in depression using the PHQ-9: a comparison of methods. J Affect Disord 2010;127:122-129.",
		RepeatDays:     twoWeeks,
		ReliableChange: 6,
		Difficulty:     phq9Difficulty,
		remissionBelow: 5,
		tracksResponse: true,
	},
	{
		ID:         PHQ2,
		Code:       "PHQ-2",
		Name:       "Patient Health Questionnaire-2",
		Stem:       phqGADStem,
		Items:      phq9Items[:2:2],
		Options:    phqGADOptions,
		Cutoff:     3,
		MaxTotal:   6,
		RepeatDays: twoWeeks,
		Source:     "Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41:1284-1292.",
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
		Cutoff:     10,
		MaxTotal:   21,
		MCID:       4,
		RepeatDays: twoWeeks,
		// Reliable change 6: the one primary Jacobson-Truax derivation found
		// for the GAD-7 (Bischoff et al. 2020: RCI 5.59 from a 14-28-day
		// test-retest r = .87, rounded to 6). The 4 points that NHS Talking
		// Therapies (IAPT) use as "reliable improvement" (Gyani et al. 2013)
		// is an operational convention whose derivation we could not find in
		// a primary source; 4 is kept as the MCID (Toussaint et al. 2020), so
		// a 4-5 point change is still called clinically important.
		ReliableChange: 6,
		Source:         "Spitzer RL, Kroenke K, Williams JBW, Loewe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092-1097. MCID 4 points: Toussaint A et al. Sensitivity to change and minimal clinically important difference of the GAD-7. J Affect Disord 2020;265:395-401. Reliable change 6 points: Bischoff T, Anderson SR, Heafner J, Tambling R. Establishment of a reliable change index for the GAD-7. Psychology, Community & Health 2020;8(1):176-187 (https://doi.org/10.5964/pch.v8i1.309); NHS Talking Therapies use 4 (Gyani A et al. Behav Res Ther 2013;51:597-606).",
		remissionBelow: 5,
	},
	{
		ID:         GAD2,
		Code:       "GAD-2",
		Name:       "Generalized Anxiety Disorder 2-item scale",
		Stem:       phqGADStem,
		Items:      gad7Items[:2:2],
		Options:    phqGADOptions,
		Cutoff:     3,
		MaxTotal:   6,
		RepeatDays: twoWeeks,
		Source:     "Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Loewe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146:317-325 (GAD-2, cut-off 3).",
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
	}, {
		ID:   PCL5,
		Code: "PCL-5",
		Name: "PTSD Checklist for DSM-5",
		// The PCL-5 without Criterion A: the exposure question is the
		// PC-PTSD-5's, asked once.
		Instructions: "Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then select one of the options to indicate how much you have been bothered by that problem in the past month.",
		Stem:         "In the past month, how much were you bothered by:",
		Items:        pcl5Items,
		Options:      pcl5Options,
		// No official severity bands: some apps invent them; none here.
		Cutoff:   33,
		MaxTotal: 80,
		// Change: the National Center for PTSD calls 10 points clinically
		// meaningful (the MCID; Blanchard et al. 2023 find a minimal
		// important difference of 9-12 in primary care). Its older "5-10
		// points is reliable change" was carried over from the PCL for
		// DSM-IV. The Jacobson-Truax index computed for the PCL-5 itself
		// (Marx et al. 2022) is 15 points in one trial sample (n = 198) and
		// 18 in another (n = 102): 15 is used, the larger sample's.
		MCID:           10,
		ReliableChange: 15,
		RepeatDays:     oneMonth,
		Source:         "Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013; public domain (https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp). Cut-off 33 (NCPTSD: 31-33 indicates probable PTSD; Forkus SR et al. Clin Psychol Sci Pract 2023;30:110-121, systematic review). Clinically meaningful change 10 points (NCPTSD). Reliable change 15 points: Marx BP, Lee DJ, Norman SB, et al. Reliable and clinically significant change in the CAPS-5 and PCL-5 among male veterans. Psychol Assess 2022;34(2):197-203 (15 and 18 in its two samples).",
	},
}
