package nudge

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"time"
)

// dayAfterMaxMinutes caps the day after a session, which the plan keeps light.
const dayAfterMaxMinutes = 10

// Input is everything Choose looks at. The caller gathers it from the
// store and the clock, which keeps the choice itself a pure function.
type Input struct {
	Day                  time.Time // the person's local date
	Preferred, Excluded  []Activity
	Ability              Ability
	TargetMinutes        int // this week's target; 0 means StartTarget
	LastMood, LastEnergy int // 1-5 from the last check-in; 0 means unknown
	UnansweredInRow      int // nudges in a row that got no answer at all
	MovedToday           bool
	Recent               []Sent // nudges sent in the last RepeatWindowDays
	StrengthDaysThisWeek int    // days with strength since Monday
	RegularMover         bool
	DaysSinceSession     int // 0 is the session day itself; below 0, no session is known
	// SeatedOnly limits today to ideas done sitting or lying down: the
	// person said this morning that dizziness or feeling unreal was "a lot".
	SeatedOnly bool
	Seed       uint64
}

// Choose picks today's movement nudge. It returns false when no nudge
// is to be sent: on the session day, which is for rest, once the person has
// already moved today, and when their exclusions leave nothing suitable.
// The nudge's Minutes are today's minutes, ready for Render: the text's
// own level, or the target when that is within a fifth of it. Equal inputs
// give equal results.
func Choose(in Input) (Nudge, bool) {
	if in.DaysSinceSession == 0 || in.MovedToday {
		return Nudge{}, false
	}
	p := newPlan(in)
	pool := p.candidates(library)
	if len(pool) == 0 {
		return Nudge{}, false
	}
	n := p.pick(pool, in.Seed)
	n.Minutes = p.minutesFor(n)
	return n, true
}

// plan is today's brief for the choice, worked out once from the input.
type plan struct {
	today      int
	target     int
	ceiling    Intensity
	usual      Intensity
	maxMinutes int  // a hard cap; 0 means none
	recovering bool // the day of or after a session: no balance, no water
	seatedOnly bool
	energy     int
	excluded   map[Activity]bool
	preferred  map[Activity]bool
	strength   bool
	lastSent   map[string]int
}

func newPlan(in Input) plan {
	p := plan{
		today:     dayIndex(in.Day),
		target:    clampTarget(in.TargetMinutes),
		ceiling:   in.Ability.ceiling(),
		usual:     in.Ability.usual(),
		energy:    in.LastEnergy,
		excluded:  activitySet(in.Excluded),
		preferred: activitySet(in.Preferred),
		lastSent:  lastSentDays(in.Recent),
		// DaysSinceSession 0 never gets here; it is named for a caller that
		// asks about the rules themselves.
		recovering: in.DaysSinceSession == 0 || in.DaysSinceSession == 1,
		seatedOnly: in.SeatedOnly,
	}
	gentle := false
	if fallsBack(in) {
		// A hard day or silence gets a smaller, softer ask, never a bigger one.
		p.target = max(MinTarget, p.target/2)
		gentle = true
	}
	if in.DaysSinceSession == 1 {
		// The day after a ketamine session is for recovery: a short, gentle ask.
		p.target = min(p.target, dayAfterMaxMinutes)
		p.maxMinutes = dayAfterMaxMinutes
		gentle = true
	}
	if gentle {
		p.ceiling, p.usual = IntensityGentle, IntensityGentle
	}
	p.strength = !gentle && !p.excluded[ActivityStrength] && strengthDue(in)
	return p
}

// signs the DESIGN answers by asking for less.
func fallsBack(in Input) bool {
	low := func(score int) bool { return score >= 1 && score <= 2 }
	return low(in.LastMood) || low(in.LastEnergy) || in.UnansweredInRow >= 2
}

func activitySet(list []Activity) map[Activity]bool {
	set := make(map[Activity]bool, len(list))
	for _, a := range list {
		set[a] = true
	}
	return set
}

// lastSentDays maps each recently sent ID to the latest day it went out.
func lastSentDays(recent []Sent) map[string]int {
	last := make(map[string]int, len(recent))
	for _, s := range recent {
		day := dayIndex(s.Day)
		if prev, ok := last[s.ID]; !ok || day > prev {
			last[s.ID] = day
		}
	}
	return last
}

// minutesFor moves a nudge to the target when its level is within a fifth of
// it. Levels come in steps of five, and without this a target of 12 would be
// offered 10 minutes week after week, never count as done at the target, and
// never grow.
func (p plan) minutesFor(n Nudge) int {
	if abs(n.Minutes-p.target) <= p.target/5 {
		return p.target
	}
	return n.Minutes
}

// strengthDaysPerWeek follows WHO 2020: muscle-strengthening activity on
// at least two days a week.
const strengthDaysPerWeek = 2

// strengthDue reports whether a regular mover's nudge leans towards
// strength today. Tuesday, Thursday and Saturday leave a rest day between two
// strength days; once the week (Monday to Sunday) has no more days to spare
// than strength days still missing, every remaining day qualifies.
func strengthDue(in Input) bool {
	need := strengthDaysPerWeek - in.StrengthDaysThisWeek
	if !in.RegularMover || need <= 0 {
		return false
	}
	switch in.Day.Weekday() {
	case time.Tuesday, time.Thursday, time.Saturday:
		return true
	}
	daysLeft := 7 - (int(in.Day.Weekday())+6)%7 // today included
	return daysLeft <= need
}

// candidates applies the rules that never bend (exclusions, intensity, the
// day-after cap, nothing of balance or water the day after, seated only), then narrows to what suits today's energy and fits the
// target, dropping either narrowing rather than sending nothing.
func (p plan) candidates(lib []Nudge) []Nudge {
	pool := filter(lib, p.allows)
	if suited := filter(pool, p.suitsEnergy); len(suited) > 0 {
		pool = suited
	}
	if fitting := filter(pool, p.fits); len(fitting) > 0 {
		return fitting
	}
	// Nothing is short enough: the shortest is the smallest overshoot.
	return shortest(pool)
}

func (p plan) allows(n Nudge) bool {
	return !p.excluded[n.Activity] &&
		!(p.recovering && (n.Balance || n.Water)) &&
		(!p.seatedOnly || n.Seated) &&
		n.Intensity.level() <= p.ceiling.level() &&
		(p.maxMinutes == 0 || n.Minutes <= p.maxMinutes)
}

func (p plan) suitsEnergy(n Nudge) bool {
	if p.energy < 1 || p.energy > 5 {
		return true // unknown energy narrows nothing
	}
	return n.MinEnergy <= p.energy && p.energy <= n.MaxEnergy
}

// fits allows a fifth over the target: close to it, not exceeding it by much.
func (p plan) fits(n Nudge) bool {
	return n.Minutes <= p.target+p.target/5
}

func filter(list []Nudge, keep func(Nudge) bool) []Nudge {
	var out []Nudge
	for _, n := range list {
		if keep(n) {
			out = append(out, n)
		}
	}
	return out
}

func shortest(list []Nudge) []Nudge {
	if len(list) == 0 {
		return nil
	}
	least := slices.MinFunc(list, func(a, b Nudge) int { return cmp.Compare(a.Minutes, b.Minutes) }).Minutes
	return filter(list, func(n Nudge) bool { return n.Minutes == least })
}

// ranking orders candidates; its fields are compared in order, and false,
// small and zero win.
type ranking struct {
	// stale marks a text sent within RepeatWindowDays. A stale nudge wins only
	// when every candidate is stale: then the least recently sent one repeats,
	// because a repeated gentle nudge is kinder than falling silent.
	stale        bool
	lastSent     int
	notStrength  bool // counts only on a strength day
	notPreferred bool // counts only when the person named favourites
	distance     int  // minutes away from the target
	over         bool // above the target: ties go to the shorter nudge
	intensityGap int  // away from the intensity the ability usually gets
}

func (p plan) rank(n Nudge) ranking {
	last, sent := p.lastSent[n.ID]
	r := ranking{
		stale:        sent && p.today-last < RepeatWindowDays,
		notStrength:  p.strength && n.Activity != ActivityStrength,
		notPreferred: len(p.preferred) > 0 && !p.preferred[n.Activity],
		distance:     abs(n.Minutes - p.target),
		over:         n.Minutes > p.target,
		intensityGap: abs(n.Intensity.level() - p.usual.level()),
	}
	if r.stale {
		r.lastSent = last
	}
	return r
}

func (a ranking) compare(b ranking) int {
	return cmp.Or(
		compareBool(a.stale, b.stale),
		cmp.Compare(a.lastSent, b.lastSent),
		compareBool(a.notStrength, b.notStrength),
		compareBool(a.notPreferred, b.notPreferred),
		cmp.Compare(a.distance, b.distance),
		compareBool(a.over, b.over),
		cmp.Compare(a.intensityGap, b.intensityGap),
	)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// pick returns the best-ranked candidate. Ties are broken by a generator
// seeded with the seed and the date, so a fixed seed still varies from day
// to day while equal inputs give equal answers.
func (p plan) pick(pool []Nudge, seed uint64) Nudge {
	best := p.rank(pool[0])
	var ties []Nudge
	for _, n := range pool {
		r := p.rank(n)
		switch c := r.compare(best); {
		case c < 0:
			best, ties = r, []Nudge{n}
		case c == 0:
			ties = append(ties, n)
		}
	}
	rng := rand.New(rand.NewPCG(seed, uint64(p.today)))
	return ties[rng.IntN(len(ties))]
}
