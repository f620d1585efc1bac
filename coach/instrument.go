package coach

import (
	"errors"
	"fmt"
	"slices"
)

// Instrument ids accepted by Score and InstrumentByID.
const (
	InstrumentPHQ9    = "phq9"
	InstrumentPHQ2    = "phq2"
	InstrumentGAD7    = "gad7"
	InstrumentGAD2    = "gad2"
	InstrumentPCPTSD5 = "pcptsd5"
)

// Errors returned by Score and CompareScores, always wrapped with context;
// test for them with errors.Is.
var (
	ErrUnknownInstrument  = errors.New("unknown instrument")
	ErrAnswerCount        = errors.New("wrong number of answers")
	ErrAnswerRange        = errors.New("answer out of range")
	ErrInstrumentMismatch = errors.New("results are from different instruments")
	ErrTotalRange         = errors.New("total out of range")
)

// Option is one answer a person can give to an item, with the points it scores.
type Option struct {
	Score int
	Label string
}

// Band is a published severity range of totals, Min and Max inclusive.
type Band struct {
	Min, Max int
	Label    string
}

// Instrument is a validated questionnaire, ready to be asked one item at a time.
//
// Asking Items in order and recording each chosen Option.Score gives exactly
// the answers Score expects. Every item shares the same Options.
//
// A gated instrument (PC-PTSD-5) has its gate question as Items[0]: the
// trauma-exposure question, answered No (0) or Yes (1). After a No the
// published rule is to stop asking; the caller then fills the remaining
// answers with 0 so that Score still receives one answer per item.
type Instrument struct {
	ID   string // "phq9", as passed to Score.
	Code string // "PHQ-9", the name people and clinicians know.
	Name string // "Patient Health Questionnaire-9".
	// Stem introduces every item except a gate question.
	Stem    string
	Items   []string
	Options []Option
	Gated   bool
	// Bands is empty for instruments without published severity bands.
	Bands []Band
	// Cutoff is the published screening cut-off: a total at or above it is positive.
	Cutoff   int
	MaxTotal int
	// SafetyItem is the 1-based item whose answer above 0 calls for a safety
	// follow-up whatever the total; 0 means the instrument has none.
	SafetyItem int
	// MCID is the minimal clinically important difference in points; 0 means
	// no published threshold.
	MCID int
	// Source cites the publication the scoring rules come from.
	Source string

	// remissionBelow and tracksResponse carry the published PHQ-9 outcome
	// definitions; they are unexported so that only CompareScores applies them.
	remissionBelow int
	tracksResponse bool
}

// Result is one scored administration of an instrument.
type Result struct {
	Instrument string
	Total      int
	MaxTotal   int
	// Severity is the published band in lower case, empty without bands.
	Severity string
	// Positive reports a total at or above the published screening cut-off.
	Positive bool
	// SafetyFollowUp reports PHQ-9 item 9 above 0, whatever the total.
	SafetyFollowUp bool
}

// Instruments returns every instrument Aftercare offers, in a stable order.
// The caller may modify the returned values freely.
func Instruments() []Instrument {
	out := make([]Instrument, len(instrumentDefs))
	for i, def := range instrumentDefs {
		out[i] = def.clone()
	}
	return out
}

// InstrumentByID returns the instrument with the given id, such as "phq9".
func InstrumentByID(id string) (Instrument, bool) {
	def, ok := lookupInstrument(id)
	if !ok {
		return Instrument{}, false
	}
	return def.clone(), true
}

// Prompt returns the text to show when asking item i (0-based): the stem and
// the item, or a gate question on its own because the stem does not apply to it.
func (in Instrument) Prompt(i int) string {
	if i < 0 || i >= len(in.Items) {
		return ""
	}
	if in.Gated && i == 0 {
		return in.Items[0]
	}
	return in.Stem + " " + in.Items[i]
}

// Score scores answers to the instrument with the given id by its published rules.
//
// answers holds one Option.Score per item, in item order. For "pcptsd5" that
// is six answers: trauma exposure, then the five items, each 0 (No) or 1 (Yes).
// With exposure 0 the total is 0 and the item answers are ignored, though they
// must still be 0 or 1: an out-of-range value is a caller bug worth reporting.
// A wrong count or an out-of-range answer returns an error and no score.
func Score(instrument string, answers []int) (Result, error) {
	def, ok := lookupInstrument(instrument)
	if !ok {
		return Result{}, fmt.Errorf("score %q: %w", instrument, ErrUnknownInstrument)
	}
	if err := def.checkAnswers(answers); err != nil {
		return Result{}, fmt.Errorf("score %s: %w", def.Code, err)
	}
	total := def.total(answers)
	return Result{
		Instrument:     def.ID,
		Total:          total,
		MaxTotal:       def.MaxTotal,
		Severity:       def.severity(total),
		Positive:       total >= def.Cutoff,
		SafetyFollowUp: def.needsSafetyFollowUp(answers),
	}, nil
}

func lookupInstrument(id string) (*Instrument, bool) {
	for i := range instrumentDefs {
		if instrumentDefs[i].ID == id {
			return &instrumentDefs[i], true
		}
	}
	return nil, false
}

// clone copies the slices so that callers cannot change the package's definitions.
func (in *Instrument) clone() Instrument {
	c := *in
	c.Items = slices.Clone(in.Items)
	c.Options = slices.Clone(in.Options)
	c.Bands = slices.Clone(in.Bands)
	return c
}

func (in *Instrument) maxOption() int {
	return in.Options[len(in.Options)-1].Score
}

func (in *Instrument) checkAnswers(answers []int) error {
	if len(answers) != len(in.Items) {
		return fmt.Errorf("%w: got %d, want %d", ErrAnswerCount, len(answers), len(in.Items))
	}
	hi := in.maxOption()
	for i, a := range answers {
		if a < 0 || a > hi {
			return fmt.Errorf("%w: item %d is %d, want 0-%d", ErrAnswerRange, i+1, a, hi)
		}
	}
	return nil
}

func (in *Instrument) total(answers []int) int {
	if in.Gated {
		if answers[0] == 0 {
			return 0
		}
		// The gate answer itself is not a symptom and does not count.
		answers = answers[1:]
	}
	sum := 0
	for _, a := range answers {
		sum += a
	}
	return sum
}

func (in *Instrument) severity(total int) string {
	for _, b := range in.Bands {
		if total >= b.Min && total <= b.Max {
			return b.Label
		}
	}
	return ""
}

func (in *Instrument) needsSafetyFollowUp(answers []int) bool {
	return in.SafetyItem > 0 && answers[in.SafetyItem-1] > 0
}

// Change is what a change in score between two administrations of the same
// instrument means by its published thresholds.
type Change struct {
	Instrument    string
	Before, After int
	// Delta is After minus Before; on every instrument here lower is better.
	Delta int
	// Clinically reports a change of at least the published MCID in either
	// direction (PHQ-9 5 points, GAD-7 4 points); false without a threshold.
	Clinically bool
	// Response reports a PHQ-9 drop of at least 50% from a baseline of 10 or more.
	Response bool
	// Remission reports a PHQ-9 total below 5 after a baseline of 10 or more.
	Remission bool
	// Meaning is one plain, kind sentence for the person.
	Meaning string
}

// CompareScores says what the change from before to after means. Both results
// must come from the same instrument.
//
// Response and remission are reported only from a PHQ-9 baseline of 10 or
// more, because the published definitions (NCQA/HEDIS) are measured on
// people who started with at least moderate symptoms: going from 4 to 2 is
// neither a treatment response nor a remission.
func CompareScores(before, after Result) (Change, error) {
	if before.Instrument != after.Instrument {
		return Change{}, fmt.Errorf("compare %q with %q: %w", before.Instrument, after.Instrument, ErrInstrumentMismatch)
	}
	def, ok := lookupInstrument(before.Instrument)
	if !ok {
		return Change{}, fmt.Errorf("compare %q: %w", before.Instrument, ErrUnknownInstrument)
	}
	if err := def.checkTotals(before.Total, after.Total); err != nil {
		return Change{}, fmt.Errorf("compare %s: %w", def.Code, err)
	}
	c := Change{
		Instrument: def.ID,
		Before:     before.Total,
		After:      after.Total,
		Delta:      after.Total - before.Total,
	}
	c.Clinically = def.MCID > 0 && absPoints(c.Delta) >= def.MCID
	if def.tracksResponse && before.Total >= def.Cutoff {
		// Integer form of (before-after)/before >= 0.5, exact at the boundary.
		c.Response = 2*(before.Total-after.Total) >= before.Total
		c.Remission = after.Total < def.remissionBelow
	}
	c.Meaning = def.meaning(c)
	return c, nil
}

func (in *Instrument) checkTotals(totals ...int) error {
	for _, t := range totals {
		if t < 0 || t > in.MaxTotal {
			return fmt.Errorf("%w: %d, want 0-%d", ErrTotalRange, t, in.MaxTotal)
		}
	}
	return nil
}

// meaning words the change gently: numbers first, and a rise is framed as
// something to talk over, never as an alarm.
func (in *Instrument) meaning(c Change) string {
	if c.Delta == 0 {
		return fmt.Sprintf("Your %s score stayed at %d.", in.Code, c.After)
	}
	move := fmt.Sprintf("Your %s score went from %d to %d", in.Code, c.Before, c.After)
	if in.MCID == 0 {
		return move + "."
	}
	move += ", " + pointsMoved(c.Delta)
	switch {
	case c.Remission:
		return move + "; a score under 5 is what clinicians call remission."
	case c.Response:
		return move + ", a drop of half or more from where you started, which clinicians call a response to treatment."
	case c.Clinically && c.Delta < 0:
		return move + ", a change big enough to make a real difference."
	case c.Clinically:
		return move + ", which may be worth talking over with your therapist or someone you trust."
	default:
		return move + "; small shifts like this are common from week to week."
	}
}

func pointsMoved(delta int) string {
	word := "down"
	if delta > 0 {
		word = "up"
	}
	n := absPoints(delta)
	if n == 1 {
		return word + " 1 point"
	}
	return fmt.Sprintf("%s %d points", word, n)
}

func absPoints(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

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

// instrumentDefs is the single source of every rule; the order is the order
// Instruments returns.
var instrumentDefs = []Instrument{
	{
		ID:      InstrumentPHQ9,
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
		ID:       InstrumentPHQ2,
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
		ID:      InstrumentGAD7,
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
		ID:       InstrumentGAD2,
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
		ID:   InstrumentPCPTSD5,
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
