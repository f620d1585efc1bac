package coach_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/coach/nudge"
	"github.com/aftercare/aftercare/coach/risk"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// fuzzCoach is a coach over a real store for the fuzzers that type into
// commands and inputs. Each run starts from the same onboarded person, so
// a run sees only what its own input did.
type fuzzCoach struct {
	ctx   context.Context
	store *storage.Redis
	clock *fuzzClock
	coach *coach.Coach
	base  coach.Person
}

// fuzzStart is a Wednesday in March, between London's and New York's clock
// changes.
var fuzzStart = time.Date(2026, time.March, 18, 12, 0, 0, 0, time.UTC)

// fuzzClock is a clock a run may set anywhere, backwards too. A fuzz
// worker runs its inputs one at a time, so it needs no lock.
type fuzzClock struct{ now time.Time }

func (c *fuzzClock) Now() time.Time { return c.now }

func newFuzzCoach(tb testing.TB) *fuzzCoach {
	tb.Helper()
	store := redistest.Open(tb)
	clock := &fuzzClock{now: fuzzStart}
	return &fuzzCoach{
		ctx: context.Background(), store: store, clock: clock, coach: coach.New(store, store, clock, nil, vouching),
		base: coach.Person{
			ID: "7001", Name: "Fuzz", Consented: fuzzStart.Add(-24 * time.Hour), Zone: "Europe/London",
			CheckInAt: localtime.LocalTime{Hour: 20, Set: true}, Status: coach.StatusActive, Ability: nudge.AbilityMedium,
		},
	}
}

// handle resets the person to p, answers ev as from them, and checks what
// every answer must be: no error, and at least one message, each with
// something to say in valid UTF-8.
func (w *fuzzCoach) handle(t *testing.T, p coach.Person, ev coach.Event) []coach.Message {
	t.Helper()
	if err := w.store.SavePerson(w.ctx, p); err != nil {
		t.Fatalf("save person: %v", err)
	}
	ev.Person = p.ID
	msgs, err := w.coach.Handle(w.ctx, ev)
	if err != nil {
		t.Fatalf("Handle(%+v): %v", ev, err)
	}
	if len(msgs) == 0 {
		t.Fatalf("Handle(%+v): no reply", ev)
	}
	for _, m := range msgs {
		if strings.TrimSpace(m.Text) == "" || !utf8.ValidString(m.Text) {
			t.Fatalf("Handle(%+v): reply %q", ev, m.Text)
		}
	}
	return msgs
}

func (w *fuzzCoach) person(t *testing.T) coach.Person {
	t.Helper()
	p, err := w.store.Person(w.ctx, w.base.ID)
	if err != nil {
		t.Fatalf("load person: %v", err)
	}
	return p
}

func (w *fuzzCoach) moved(t *testing.T, day localtime.Day) int {
	t.Helper()
	days, err := w.store.CheckIns(w.ctx, w.base.ID, day, day)
	if err != nil {
		t.Fatalf("load day: %v", err)
	}
	total := 0
	for _, d := range days {
		total += d.MovedMinutes()
	}
	return total
}

// FuzzMinutes types anything into /moved: the minutes are logged when they
// are a number from 1 to 600, and nothing is logged otherwise; the person
// always gets an answer, and a crisis in the text is answered as one.
func FuzzMinutes(f *testing.F) {
	w := newFuzzCoach(f)
	loc, err := time.LoadLocation(w.base.Zone)
	if err != nil {
		f.Fatal(err)
	}
	today := localtime.DayOf(fuzzStart, loc)
	f.Fuzz(func(t *testing.T, minutes, activity string) {
		before := w.moved(t, today)
		ev := coach.Event{Command: "moved", Args: map[string]string{"minutes": minutes, "activity": activity}}
		msgs := w.handle(t, w.base, ev)
		logged := w.moved(t, today) - before
		crisis := max(risk.Assess(minutes), risk.Assess(activity)) == risk.Crisis
		n, err := strconv.Atoi(minutes)
		want := 0
		if err == nil && n >= 1 && n <= 600 && !crisis {
			want = n
		}
		if logged != want {
			t.Fatalf("/moved %q %q logged %d minutes; want %d (replies %+v)", minutes, activity, logged, want, msgs)
		}
	})
}

// pauseZones have clock changes at 01:00 (London), at midnight itself
// (Santiago: the day starts at 01:00) and by half an hour (Lord Howe).
var pauseZones = []string{"Europe/London", "America/Santiago", "Australia/Lord_Howe"}

// FuzzPauseDays types anything into /pause, at any hour of two years and
// in zones whose clocks change at awkward times: a number of days from 1
// to 30 (or none, for one day) pauses until the first instant of the day
// that many days ahead, in the person's zone; anything else pauses nothing.
func FuzzPauseDays(f *testing.F) {
	w := newFuzzCoach(f)
	locs := make([]*time.Location, len(pauseZones))
	for i, z := range pauseZones {
		loc, err := time.LoadLocation(z)
		if err != nil {
			f.Fatal(err)
		}
		locs[i] = loc
	}
	f.Fuzz(func(t *testing.T, days string, hours uint16, zone uint8) {
		now := fuzzStart.Add(time.Duration(hours%(2*366*24)) * time.Hour)
		w.clock.now = now
		loc := locs[int(zone)%len(locs)]
		p := w.base
		p.Zone = loc.String()
		w.handle(t, p, coach.Event{Command: "pause", Args: map[string]string{"days": days}})
		until := w.person(t).PausedUntil
		if risk.Assess(days) == risk.Crisis {
			return // the crisis reply pauses on its own terms
		}
		n, err := strconv.Atoi(days)
		if days == "" {
			n, err = 1, nil
		}
		if err != nil || n < 1 || n > 30 {
			if !until.IsZero() {
				t.Fatalf("/pause %q paused until %v; want no pause", days, until)
			}
			return
		}
		wantDay := localtime.DayOf(now, loc).AddDays(n)
		if got := localtime.DayOf(until, loc); got != wantDay || localtime.DayOf(until.Add(-time.Minute), loc) == wantDay {
			t.Fatalf("/pause %q at %v in %v paused until %v; want the start of %s", days, now, loc, until.In(loc), wantDay)
		}
		if !until.After(now) || until.Sub(now) > time.Duration(n+1)*24*time.Hour {
			t.Fatalf("/pause %q at %v paused until %v", days, now, until)
		}
	})
}

// FuzzWindow types anything into the movement-window input. A window is
// kept only when it is two times of day, from and to, at least an hour
// apart and between 08:00 and 22:00; then it is exactly those two times.
// Anything else leaves the window as it was and asks again.
func FuzzWindow(f *testing.F) {
	w := newFuzzCoach(f)
	f.Fuzz(func(t *testing.T, text string) {
		msgs := w.handle(t, w.base, coach.Event{Submit: &coach.Action{Verb: coach.VerbWindow}, Text: text})
		p := w.person(t)
		if risk.Assess(text) == risk.Crisis {
			if p.NudgeFrom.Set || p.NudgeTo.Set {
				t.Fatalf("window %q: a crisis text set the window to %v-%v", text, p.NudgeFrom, p.NudgeTo)
			}
			return
		}
		fromText, toText, dash := strings.Cut(strings.ReplaceAll(text, "–", "-"), "-")
		from, errFrom := localtime.ParseLocalTime(fromText)
		to, errTo := localtime.ParseLocalTime(toText)
		fromMin, toMin := from.Hour*60+from.Minute, to.Hour*60+to.Minute
		valid := dash && errFrom == nil && errTo == nil && fromMin >= 8*60 && toMin <= 22*60 && toMin-fromMin >= 60
		if !valid {
			if p.NudgeFrom.Set || p.NudgeTo.Set {
				t.Fatalf("window %q was kept as %v-%v", text, p.NudgeFrom, p.NudgeTo)
			}
			if last := msgs[len(msgs)-1]; last.Input == nil || last.Input.Action.Verb != coach.VerbWindow {
				t.Fatalf("window %q refused without asking again: %+v", text, last)
			}
			return
		}
		if p.NudgeFrom != from || p.NudgeTo != to {
			t.Fatalf("window %q kept as %v-%v; want %v-%v", text, p.NudgeFrom, p.NudgeTo, from, to)
		}
	})
}
