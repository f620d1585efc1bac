package scheduler

import (
	"fmt"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// starBit is how cron v3 marks a field given as "*" (it is unexported
// there); it changes how day-of-month and day-of-week combine.
const starBit = 1 << 63

// NextFiring returns the job's next occurrence after this one, on its cron
// schedule (coach.Job.Every) in its time zone.
//
// cron v3 parses the spec, but its own Next steps through local hours and
// skips a whole week across Lord Howe's 30-minute daylight-saving change.
// So the day is matched against the spec here and the time of day resolved
// with the tz database, as every other local time in Aftercare is: a time
// that does not exist moves to the next valid minute, an ambiguous one
// fires once. Recurring jobs fire at most once a day.
func NextFiring(job coach.Job) (coach.Job, error) {
	parsed, err := cron.ParseStandard(job.Every)
	if err != nil {
		return coach.Job{}, fmt.Errorf("parse schedule %q: %w", job.Every, err)
	}
	spec, ok := parsed.(*cron.SpecSchedule)
	if !ok {
		return coach.Job{}, fmt.Errorf("schedule %q: want a cron spec", job.Every)
	}
	at := localtime.LocalTime{Hour: firstBit(spec.Hour, 24), Minute: firstBit(spec.Minute, 60), Set: true}
	local := job.Due.In(spec.Location)
	for i := 1; at.Valid() && i <= 5*366; i++ {
		day := localtime.DayOf(local, spec.Location).AddDays(i)
		y, m, d := day.Date()
		noon := time.Date(y, m, d, 12, 0, 0, 0, spec.Location)
		if !dayMatches(spec, noon) {
			continue
		}
		next := coach.NewJob(job.Person, job.Kind, day, at.On(y, m, d, spec.Location))
		next.Every = job.Every
		return next, nil
	}
	return coach.Job{}, fmt.Errorf("schedule %q never fires again", job.Every)
}

// dayMatches follows cron's rule: when either day field is "*", both must
// match; when both are restricted, either may.
func dayMatches(s *cron.SpecSchedule, t time.Time) bool {
	dom := 1<<uint(t.Day())&s.Dom > 0
	dow := 1<<uint(t.Weekday())&s.Dow > 0
	month := 1<<uint(t.Month())&s.Month > 0
	if s.Dom&starBit > 0 || s.Dow&starBit > 0 {
		return month && dom && dow
	}
	return month && (dom || dow)
}

// firstBit returns the lowest value set in a cron field, or -1.
func firstBit(field uint64, limit int) int {
	for v := range limit {
		if field&(1<<uint(v)) > 0 {
			return v
		}
	}
	return -1
}
