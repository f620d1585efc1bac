package coach

import (
	"context"
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"

	"github.com/aftercare/aftercare/coach/localtime"
)

// Low mood noticed: three days running at "Low" or "Very low", or a week
// whose mood averages a point or more below the week before, brings one
// gentle message that names the person's therapist (or clinic) and
// /crisis, at most once a week; and a therapist who receives trends sees
// a flag in the digest.
const (
	// lowMoodAtMost is the highest mood answer that counts as low.
	lowMoodAtMost = 2
	// lowMoodRunDays is how many days running of low mood are noticed.
	lowMoodRunDays = 3
	// moodFallPoints is the fall in the weekly average that is noticed.
	moodFallPoints = 1.0
	// lowMoodEvery is how many days must pass before the message may come
	// again: a week.
	lowMoodEvery = 7
	// fieldLowMood is stored on the day the message was sent, with its reason.
	fieldLowMood = "lowmood"
)

// The reasons for the low-mood message.
const (
	lowMoodRun  = "run"
	lowMoodFall = "fall"
)

// lowMoodSignal reads the days up to today and says whether low mood should
// be noticed: lowMoodRun when today and the two days before all had a mood
// of 2 or less, lowMoodFall when the week ending today averages a point or
// more below the week before (each with at least two answers), or "". The
// fall is returned too, for the therapist's flag.
func lowMoodSignal(days []CheckIn, today localtime.Day) (string, float64) {
	if lowRunEnding(days, today) >= lowMoodRunDays {
		return lowMoodRun, 0
	}
	if fall, ok := moodFall(days, today.AddDays(-weekDays+1)); ok {
		return lowMoodFall, fall
	}
	return "", 0
}

// lowRunEnding counts the days running, back from last, with a low mood.
func lowRunEnding(days []CheckIn, last localtime.Day) int {
	mood := map[localtime.Day]int{}
	for _, d := range days {
		mood[d.Day] = d.Mood
	}
	n := 0
	for d := last; validScale(mood[d]) && mood[d] <= lowMoodAtMost; d = d.AddDays(-1) {
		n++
	}
	return n
}

// longestLowRun is the longest run of low-mood days from start to end,
// counting only days inside them.
func longestLowRun(days []CheckIn, start, end localtime.Day) int {
	var inside []CheckIn
	for _, d := range days {
		if d.Day >= start && d.Day <= end {
			inside = append(inside, d)
		}
	}
	best := 0
	for d := start; d <= end; d = d.AddDays(1) {
		best = max(best, lowRunEnding(inside, d))
	}
	return best
}

// moodFall compares the week from start with the week before it, and
// returns how far the mood average fell when both weeks have enough
// answers and it fell by moodFallPoints or more.
func moodFall(days []CheckIn, start localtime.Day) (float64, bool) {
	t := trendOf(collectWeek(days, start), collectWeek(days, start.AddDays(-weekDays)), func(c CheckIn) int { return c.Mood })
	return moodFallOf(t)
}

func moodFallOf(t Trend) (float64, bool) {
	fall := t.PrevAvg - t.Avg
	if !t.comparable() || fall < moodFallPoints-trendEpsilon {
		return 0, false
	}
	return fall, true
}

// lowMoodFlags are the digest's flags about mood, for a therapist who
// receives trends: a run of low days in the week, and a fall against the
// week before.
func lowMoodFlags(w lang.Printer, s WeeklySummary, days []CheckIn, today localtime.Day) []string {
	var flags []string
	if n := longestLowRun(days, today.AddDays(-weekDays+1), today); n >= lowMoodRunDays {
		flags = append(flags, w.T("digest.flag_low_run", lang.Args{"Days": n}))
	}
	if fall, ok := moodFallOf(s.Mood); ok {
		flags = append(flags, w.T("digest.flag_mood_down", lang.Args{"Fall": w.Decimal(fall, 1)}))
	}
	return flags
}

// lowMoodNote is the gentle message after a finished check-in, when low
// mood is noticed and the message has not come in the last week. Nothing
// is added on a day the crisis reply was given, or while the safety
// question waits: those say enough, and the message can come another day.
func (c *Coach) lowMoodNote(ctx context.Context, p Person, ci CheckIn, days []CheckIn) ([]Message, error) {
	if !ci.Crisis.IsZero() || p.Asking.Kind != "" {
		return nil, nil
	}
	for _, d := range days {
		if d.LowMood != "" && d.Day > ci.Day.AddDays(-lowMoodEvery) && d.Day <= ci.Day {
			return nil, nil
		}
	}
	reason, _ := lowMoodSignal(days, ci.Day)
	if reason == "" {
		return nil, nil
	}
	who, seesTrends, err := c.careTeam(ctx, p)
	if err != nil {
		return nil, err
	}
	if err := c.store.SaveAnswer(ctx, p.ID, ci.Day, fieldLowMood, reason); err != nil {
		return nil, fmt.Errorf("save low-mood note: %w", err)
	}
	w := p.words()
	return []Message{{Title: w.T("lowmood.title"), Text: lowMoodTextIn(w, reason, who, seesTrends, c.cfg.ClinicLine)}}, nil
}

// careTeam names who looks after the person's treatment: the therapist
// they share with, or "" when none is linked, and whether that therapist
// receives their mood trends (and so the digest's low-mood flag).
func (c *Coach) careTeam(ctx context.Context, p Person) (string, bool, error) {
	shares, err := c.store.Shares(ctx, p.ID)
	if err != nil {
		return "", false, fmt.Errorf("load shares for low-mood note: %w", err)
	}
	for _, s := range shares {
		if s.Active() && s.TherapistName != "" {
			return s.TherapistName, s.Scope.Trends, nil
		}
	}
	return "", false, nil
}

// lowMoodTextIn is the message, in w's language. It says what was noticed in the person's own
// terms (no numbers), that low stretches happen and ease, who to tell, and
// where help is; it asks nothing. It never suggests that anyone reads
// along: when a therapist receives the person's trends, it says plainly
// that their weekly digest may mark the low days and that nothing is sent
// to them now, as the person agreed when they chose to share.
func lowMoodTextIn(w lang.Printer, reason, therapist string, seesTrends bool, clinicLine string) string {
	opening := w.T("lowmood.low_days")
	if reason == lowMoodFall {
		opening = w.T("lowmood.harder_week")
	}
	who := w.T("lowmood.who_default")
	if therapist != "" {
		who = therapist
	}
	text := opening + "\n\n" + w.T("lowmood.ease", lang.Args{"Who": who})
	if therapist != "" && seesTrends {
		text += " " + w.T("lowmood.digest")
	}
	if clinicLine != "" {
		text += "\n" + clinicLine
	}
	return text + "\n\n" + w.T("lowmood.close")
}
