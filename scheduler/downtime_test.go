package scheduler_test

import (
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

// The plan of downtimePerson in London (GMT all of March's first weeks),
// after a session on Monday 2 March 2026 at 09:00: a check-in at 20:00
// every day; from Tuesday a nudge at 11:29 (the person's stable place in
// the 10:00-17:00 window) and a follow-up at 14:29, except on Sunday 8
// March, whose weekly summary at 21:00 takes the follow-up's place.
const downtimePerson = "1007"

var downtimeMonday = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// newDowntimeWorld onboards downtimePerson, logs some movement (so the
// weekly summary has something to say) and logs a session.
func newDowntimeWorld(t *testing.T) *planWorld {
	t.Helper()
	w := newPlanWorld(t, downtimePerson, "Europe/London", "20:00", downtimeMonday)
	w.handle(coach.Event{Command: "moved", Args: map[string]string{"minutes": "20", "activity": "walk"}})
	w.command("session")
	// Tuesday's side-effect question answered, so that its nudge is chosen.
	fx := map[string]string{"fx:dizziness": "0", "fx:nausea": "0", "fx:headache": "0", "fx:unreal": "0"}
	if err := w.store.SaveFields(w.ctx, downtimePerson, "2026-03-03", fx); err != nil {
		t.Fatal(err)
	}
	return w
}

// TestDowntimeSendsWhatIsStillUsefulAndRecordsTheRest: the bot is down for
// a while, the clock jumps, and one pass of the scheduler sends what still
// makes sense and records the rest as missed, day by day.
func TestDowntimeSendsWhatIsStillUsefulAndRecordsTheRest(t *testing.T) {
	const tue, wed, thu, fri, sat, sun = "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"
	ci, nudge, follow, summary := coach.JobCheckIn, coach.JobNudge, coach.JobFollowUp, coach.JobSummary
	tests := []struct {
		name       string
		from       time.Time // the bot stops; everything due before was sent on time
		down       time.Duration
		wantSent   []dayKind
		wantMissed map[localtime.Day][]coach.JobKind
	}{
		{
			name: "6 hours over an afternoon: the follow-up still fits the day",
			from: at(tue, 12, 0), down: 6 * time.Hour,
			wantSent: []dayKind{{tue, follow}},
		},
		{
			name: "6 hours over an evening and midnight: yesterday's check-in is missed",
			from: at(tue, 18, 30), down: 6 * time.Hour,
			wantMissed: map[localtime.Day][]coach.JobKind{tue: {ci}},
		},
		{
			name: "3 days midweek: only today's nudge, still inside its window",
			from: at(tue, 12, 0), down: 72 * time.Hour,
			wantSent: []dayKind{{fri, nudge}},
			wantMissed: map[localtime.Day][]coach.JobKind{
				tue: {ci, follow}, wed: {ci, nudge, follow}, thu: {ci, nudge, follow},
			},
		},
		{
			name: "3 days over the weekend: the summary is less than a day late",
			from: at(fri, 20, 30), down: 72 * time.Hour,
			// The summary is less than a day late; the plan's closing message,
			// due at 20:00 on Monday, still fits its day.
			wantSent: []dayKind{{sun, summary}, {"2026-03-09", coach.JobPlanEnd}},
			wantMissed: map[localtime.Day][]coach.JobKind{
				sat: {ci, nudge, follow}, sun: {ci, nudge},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newDowntimeWorld(t)
			w.runUntil(tt.from)
			before := w.takeRuns()

			w.clock.Set(tt.from.Add(tt.down))
			w.runDue()
			after := w.takeRuns()

			var sent []dayKind
			for _, r := range after {
				if r.err != nil {
					t.Errorf("%s: %v", r.job.ID, r.err)
				}
				if r.sent() {
					sent = append(sent, dayKind{r.job.Day, r.job.Kind})
				}
			}
			if !sameDayKinds(sent, tt.wantSent) {
				t.Errorf("sent after the downtime %v, want %v", sent, tt.wantSent)
			}
			for day := localtime.Day("2026-03-02"); day <= sun; day = day.AddDays(1) {
				got := slices.Sorted(maps.Keys(w.checkIn(day).Missed))
				if want := slices.Sorted(slices.Values(tt.wantMissed[day])); !slices.Equal(got, want) {
					t.Errorf("%s recorded as missed %v, want %v", day, got, want)
				}
			}
			assertNoFlood(t, append(before, after...))
			assertSummaryStillPlanned(t, w)
		})
	}
}

// assertSummaryStillPlanned checks that the weekly summary survived the
// downtime as one job in the future, not a string of missed firings.
func assertSummaryStillPlanned(t *testing.T, w *planWorld) {
	t.Helper()
	var summaries []coach.Job
	for _, j := range w.upcoming() {
		if j.Kind == coach.JobSummary {
			summaries = append(summaries, j)
		}
	}
	if len(summaries) != 1 || !summaries[0].Due.After(w.clock.Now()) {
		t.Errorf("weekly summaries planned after the downtime: %+v, want one still to come", summaries)
	}
}

// TestLateJobsKeepTheDaysRules: what downtime makes late still obeys the
// rules the plan keeps on time: nothing in quiet hours, and a follow-up
// neither right behind its nudge nor beside the check-in ("a follow-up right
// next to the check-in would only crowd it", coach/plan.go).
func TestLateJobsKeepTheDaysRules(t *testing.T) {
	const tue, sun = "2026-03-03", "2026-03-08"
	tests := []struct {
		name string
		from time.Time
	}{
		{"a late nudge is not chased by its follow-up at once", at(tue, 10, 0)},
		{"a late follow-up does not crowd the check-in", at(tue, 14, 15)},
		{"a late check-in waits out quiet hours", at(tue, 17, 30)},
		{"a late weekly summary waits out quiet hours", at(sun, 20, 45)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newDowntimeWorld(t)
			w.runUntil(tt.from)
			w.clock.Set(tt.from.Add(6 * time.Hour))
			w.runDue()
			w.runUntil(at("2026-03-10", 12, 0)) // and the rest of the plan
			runs := w.takeRuns()
			for _, r := range runs {
				local := r.at.In(w.loc)
				if r.sent() && coach.InQuietHours(localtime.LocalTime{Hour: local.Hour(), Minute: local.Minute(), Set: true}) {
					t.Errorf("%s sent at %s, inside quiet hours", r.job.ID, local.Format("Mon 15:04"))
				}
			}
			assertFollowUpsSpaced(t, runs)
			assertNoFlood(t, runs)
		})
	}
}

// assertFollowUpsSpaced checks that every follow-up sent came at least an
// hour after its day's nudge and an hour away from its day's check-in.
func assertFollowUpsSpaced(t *testing.T, runs []jobRun) {
	t.Helper()
	sentAt := map[dayKind]time.Time{}
	for _, r := range runs {
		if r.sent() {
			sentAt[dayKind{r.job.Day, r.job.Kind}] = r.at
		}
	}
	for dk, when := range sentAt {
		if dk.kind != coach.JobFollowUp {
			continue
		}
		if n, ok := sentAt[dayKind{dk.day, coach.JobNudge}]; ok && when.Sub(n) < time.Hour {
			t.Errorf("%s follow-up sent %v after its nudge, want an hour or more", dk.day, when.Sub(n))
		}
		if c, ok := sentAt[dayKind{dk.day, coach.JobCheckIn}]; ok && c.Sub(when).Abs() < time.Hour {
			t.Errorf("%s follow-up sent %v from the check-in, want an hour or more apart", dk.day, c.Sub(when).Abs())
		}
	}
}

// at is a London wall-clock time in March 2026 (GMT until the 29th).
func at(day localtime.Day, hour, minute int) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d, hour, minute, 0, 0, time.UTC)
}

func sameDayKinds(a, b []dayKind) bool {
	key := func(x dayKind) string { return string(x.day) + " " + string(x.kind) }
	ka, kb := make([]string, len(a)), make([]string, len(b))
	for i, x := range a {
		ka[i] = key(x)
	}
	for i, x := range b {
		kb[i] = key(x)
	}
	slices.Sort(ka)
	slices.Sort(kb)
	return slices.Equal(ka, kb)
}
