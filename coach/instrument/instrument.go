package instrument

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

// Ids of the questionnaires, as passed to Score and ByID and stored with
// every answer; changing one would orphan the answers already stored.
const (
	PHQ9    = "phq9"
	PHQ2    = "phq2"
	GAD7    = "gad7"
	GAD2    = "gad2"
	PCPTSD5 = "pcptsd5"
	PCL5    = "pcl5"
)

// Errors returned by Score and Compare, always wrapped with context;
// test for them with errors.Is.
var (
	ErrUnknown     = errors.New("unknown instrument")
	ErrAnswerCount = errors.New("wrong number of answers")
	ErrAnswerRange = errors.New("answer out of range")
	ErrMismatch    = errors.New("results are from different instruments")
	ErrTotalRange  = errors.New("total out of range")
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

// Questionnaire is a validated instrument, ready to be asked one item at a time.
//
// Asking Items in order and recording each chosen Option.Score gives exactly
// the answers Score expects. Every item shares the same Options.
//
// A gated instrument (PC-PTSD-5) has its gate question as Items[0]: the
// trauma-exposure question, answered No (0) or Yes (1). After a No the
// published rule is to stop asking; Complete then fills the remaining
// answers with 0 so that Score still receives one answer per item.
type Questionnaire struct {
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
	// Instructions, when set, are the published form's opening words,
	// shown once before the first item.
	Instructions string
	// RepeatDays is the fewest days between two administrations, set by the
	// recall window (two weeks, a month); 0 means the instrument is given
	// once only (PC-PTSD-5, a one-time screen). See Due.
	RepeatDays int
	// ReliableChange is the published reliable-change threshold in points:
	// a change this large is beyond measurement error. 0 means none.
	ReliableChange int
	// Difficulty is an unscored follow-up asked after the last item (PHQ-9's
	// functional-difficulty question); its Text is empty for the others.
	Difficulty Difficulty

	// remissionBelow and tracksResponse carry the published PHQ-9 outcome
	// definitions; they are unexported so that only Compare applies them.
	remissionBelow int
	tracksResponse bool
}

// Difficulty is a published question asked after the items and never
// added to the total: PHQ-9's "how difficult have these problems made it
// for you". Options are in order, least difficult first; the stored answer
// is the option's index.
type Difficulty struct {
	Text    string
	Options []string
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

// All returns every questionnaire Aftercare offers, in a stable order.
// The caller may modify the returned values freely.
func All() []Questionnaire {
	out := make([]Questionnaire, len(definitions))
	for i, def := range definitions {
		out[i] = def.clone()
	}
	return out
}

// Shared yields every questionnaire of All, in the same order, without
// the copies All makes, for callers that only read them: the coach goes
// through them for every day of check-ins it reads, and All's copies cost
// four allocations a questionnaire each time. Nothing yielded may be
// changed, nor any slice in it kept where a caller could change it.
func Shared() iter.Seq[*Questionnaire] {
	return func(yield func(*Questionnaire) bool) {
		for i := range definitions {
			if !yield(&definitions[i]) {
				return
			}
		}
	}
}

// ByID returns the questionnaire with the given id, such as "phq9".
func ByID(id string) (Questionnaire, bool) {
	def, ok := lookup(id)
	if !ok {
		return Questionnaire{}, false
	}
	return def.clone(), true
}

// Prompt returns the text to show when asking item i (0-based): the stem and
// the item, or a gate question on its own because the stem does not apply to it.
func (q Questionnaire) Prompt(i int) string {
	if i < 0 || i >= len(q.Items) {
		return ""
	}
	if q.Gated && i == 0 {
		return q.Items[0]
	}
	return q.Stem + " " + q.Items[i]
}

// ItemOptions returns the answers to offer for item i (0-based): No and Yes
// for a gate question, whatever the instrument's own options, else Options.
func (q Questionnaire) ItemOptions(i int) []Option {
	if q.Gated && i == 0 {
		return []Option{{Score: 0, Label: "No"}, {Score: 1, Label: "Yes"}}
	}
	return q.Options
}

// Accepts reports whether score is one of the answers offered for item i
// (0-based), so that a stale or forged answer is never stored.
func (q Questionnaire) Accepts(i, score int) bool {
	if i < 0 || i >= len(q.Items) {
		return false
	}
	return slices.ContainsFunc(q.ItemOptions(i), func(o Option) bool { return o.Score == score })
}

// Complete returns the answers ready for Score when every item has one.
// answers holds one entry per item, negative for an item not answered yet.
// A gated questionnaire whose gate was answered No is complete at once: by
// the published rule the other items are not asked, and they score 0.
func (q Questionnaire) Complete(answers []int) ([]int, bool) {
	if len(answers) != len(q.Items) {
		return nil, false
	}
	if q.Gated && answers[0] == 0 {
		return make([]int, len(answers)), true
	}
	for _, a := range answers {
		if a < 0 {
			return nil, false
		}
	}
	return answers, true
}

// Score scores answers to the instrument with the given id by its published rules.
//
// answers holds one Option.Score per item, in item order: for "pcl5" twenty
// answers of 0-4, summed to 0-80, positive at 33. For "pcptsd5" that
// is six answers: trauma exposure, then the five items, each 0 (No) or 1 (Yes).
// With exposure 0 the total is 0 and the item answers are ignored, though they
// must still be 0 or 1: an out-of-range value is a caller bug worth reporting.
// A wrong count or an out-of-range answer returns an error and no score.
func Score(instrument string, answers []int) (Result, error) {
	def, ok := lookup(instrument)
	if !ok {
		return Result{}, fmt.Errorf("score %q: %w", instrument, ErrUnknown)
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

func lookup(id string) (*Questionnaire, bool) {
	for i := range definitions {
		if definitions[i].ID == id {
			return &definitions[i], true
		}
	}
	return nil, false
}

// clone copies the slices so that callers cannot change the package's definitions.
func (q *Questionnaire) clone() Questionnaire {
	c := *q
	c.Items = slices.Clone(q.Items)
	c.Options = slices.Clone(q.Options)
	c.Bands = slices.Clone(q.Bands)
	c.Difficulty.Options = slices.Clone(q.Difficulty.Options)
	return c
}

func (q *Questionnaire) maxOption() int {
	return q.Options[len(q.Options)-1].Score
}

func (q *Questionnaire) checkAnswers(answers []int) error {
	if len(answers) != len(q.Items) {
		return fmt.Errorf("%w: got %d, want %d", ErrAnswerCount, len(answers), len(q.Items))
	}
	hi := q.maxOption()
	for i, a := range answers {
		if a < 0 || a > hi {
			return fmt.Errorf("%w: item %d is %d, want 0-%d", ErrAnswerRange, i+1, a, hi)
		}
	}
	return nil
}

func (q *Questionnaire) total(answers []int) int {
	if q.Gated {
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

func (q *Questionnaire) severity(total int) string {
	for _, b := range q.Bands {
		if total >= b.Min && total <= b.Max {
			return b.Label
		}
	}
	return ""
}

func (q *Questionnaire) needsSafetyFollowUp(answers []int) bool {
	return q.SafetyItem > 0 && answers[q.SafetyItem-1] > 0
}
