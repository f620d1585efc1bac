package coach_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// TestCrisisReplyNeedsNoStorage: with Redis stopped, /crisis and any text
// that screens as Crisis (typed, a command's option, an Input's answer)
// still get the crisis reply; a screened crisis comes with its recording
// pending, which, made once Redis is back (twice, as a retrier might), pauses
// the plan for a day, alerts the therapist Ben allowed to, and plans one
// caring message. Text that screens as Review gets the crisis lines in
// place of a safety question that could not be kept. Anything else fails
// as before.
func TestCrisisReplyNeedsNoStorage(t *testing.T) {
	redistest.EachStoppable(t, func(t *testing.T, rs *redistest.Stoppable) {
		w := stoppableWorld(t, rs)
		ctx := w.ctx
		code := w.registerTherapist()
		w.onboard("2", "Ben")
		w.shareWith("2", "Ben", code, "a")

		rs.Stop()
		crisisWords := "I want to kill myself"
		tests := []struct {
			name    string
			ev      coach.Event
			pending bool
		}{
			{"typed", coach.Event{Text: crisisWords}, true},
			{"an option", coach.Event{Command: "moved", Args: map[string]string{"minutes": "20", "activity": crisisWords}}, true},
			{"an Input's answer", coach.Event{Submit: &coach.Action{Verb: coach.VerbZone}, Text: crisisWords}, true},
			{"/crisis", coach.Event{Command: "crisis"}, false},
			// The safety question could not be kept to read its answer.
			{"words to review", coach.Event{Text: "I feel like a burden to everyone lately"}, false},
		}
		var pending []coach.PendingCrisis
		for _, tt := range tests {
			tt.ev.Person = "2"
			msgs, err := w.coach.Handle(ctx, tt.ev)
			if len(msgs) != 1 || !msgs[0].Crisis || msgs[0].Text == "" {
				t.Errorf("%s with Redis stopped: %+v, want the crisis reply", tt.name, msgs)
			}
			var pc *coach.PendingCrisis
			if got := errors.As(err, &pc); got != tt.pending || (!got && err != nil) {
				t.Errorf("%s with Redis stopped: error %v, want pending %v", tt.name, err, tt.pending)
				continue
			}
			if pc != nil {
				if pc.Person != "2" || !pc.At.Equal(monday9am) {
					t.Errorf("%s: pending %+v, want Ben's at %v", tt.name, pc, monday9am)
				}
				pending = append(pending, *pc)
			}
		}
		if msgs, err := w.coach.Handle(ctx, coach.Event{Person: "2", Text: "hello"}); err == nil || len(msgs) != 0 {
			t.Errorf("ordinary text with Redis stopped = %+v, %v; want the failure", msgs, err)
		}
		if err := w.coach.RecordCrisis(ctx, pending[0]); err == nil {
			t.Error("recording while Redis is stopped did not fail")
		}

		rs.Start(t)
		redistest.Reachable(t, w.store)
		for _, pc := range append(pending, pending...) {
			if err := w.coach.RecordCrisis(ctx, pc); err != nil {
				t.Fatalf("RecordCrisis after Redis is back: %v", err)
			}
		}
		p, err := w.store.Person(ctx, "2")
		if err != nil || !p.LastCrisis.Equal(monday9am) || !p.PausedUntil.Equal(monday9am.Add(24*time.Hour)) {
			t.Errorf("after recording: last crisis %v, paused until %v (%v); want %v and a day later", p.LastCrisis, p.PausedUntil, err, monday9am)
		}
		if n := countJobs(t, w, therapistID, coach.JobAlert); n != 1 {
			t.Errorf("%d alert jobs for the therapist, want 1", n)
		}
		if n := countJobs(t, w, "2", coach.JobCaring); n != 1 {
			t.Errorf("%d caring jobs, want 1", n)
		}
		if day := w.checkInOf("2", "2026-03-02"); !day.Crisis.Equal(monday9am) {
			t.Errorf("the day's crisis flag = %v, want %v", day.Crisis, monday9am)
		}
	})
}

// TestRecordingAfterErasingIsNothing: a recording made after the person
// erased everything keeps nothing of them.
func TestRecordingAfterErasingIsNothing(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(coach.Action{Verb: coach.VerbErase, Value: "yes"})
	if err := w.coach.RecordCrisis(w.ctx, coach.PendingCrisis{Person: me, At: monday9am}); err != nil {
		t.Fatal(err)
	}
	if held, err := w.store.Holds(w.ctx, me); err != nil || held {
		t.Errorf("after a recording for an erased person, something is kept: %v, %v", held, err)
	}
}

func countJobs(t *testing.T, w *world, person string, kind coach.JobKind) int {
	t.Helper()
	jobs, err := w.store.Upcoming(w.ctx, person)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, j := range jobs {
		if j.Kind == kind {
			n++
		}
	}
	return n
}

func (w *world) checkInOf(person string, day localtime.Day) coach.CheckIn {
	w.t.Helper()
	got, err := w.store.CheckIns(w.ctx, person, day, day)
	if err != nil {
		w.t.Fatal(err)
	}
	if len(got) == 0 {
		return coach.CheckIn{Day: day}
	}
	return got[0]
}

// failingSaves is a store that loads people but cannot save them: Redis
// failing between the two.
type failingSaves struct{ *storage.Redis }

func (failingSaves) SavePerson(context.Context, coach.Person) error {
	return errors.New("connection reset")
}

// TestCrisisReplyWhenItsRecordingFails: storage failing after the person
// was loaded still leaves the crisis reply in hand, with its recording
// pending, wherever the crisis words were written.
func TestCrisisReplyWhenItsRecordingFails(t *testing.T) {
	w := newWorld(t, monday9am)
	c := coach.New(failingSaves{w.store}, w.store, w.clock, nil, vouching)
	for _, ev := range []coach.Event{
		{Text: "I want to kill myself"},
		{Submit: &coach.Action{Verb: coach.VerbNote, Day: "2026-03-02"}, Text: "I want to kill myself"},
		{Command: "moved", Args: map[string]string{"minutes": "I want to kill myself"}},
	} {
		ev.Person = me
		msgs, err := c.Handle(w.ctx, ev)
		var pc *coach.PendingCrisis
		if len(msgs) == 0 || !msgs[0].Crisis || !errors.As(err, &pc) || pc.Person != me {
			t.Errorf("%+v: %+v, %v; want the crisis reply and its recording pending", ev, msgs, err)
		}
	}
}

// TestPendingRecordingKeepsItsSource: a recording made later alerts the
// therapist with the source that led to the crisis reply (here, "not safe"
// to the safety question), not as if it came from the person's words.
func TestPendingRecordingKeepsItsSource(t *testing.T) {
	redistest.Each(t, func(t *testing.T, store *storage.Redis) {
		ctx := context.Background()
		clock := localtime.NewFakeClock(monday9am)
		w := &world{t: t, ctx: ctx, store: store, clock: clock, coach: coach.New(store, store, clock, nil, vouching)}
		code := w.registerTherapist()
		w.onboard("2", "Ben")
		w.shareWith("2", "Ben", code, "a")

		pc := coach.PendingCrisis{Person: "2", At: monday9am, Source: coach.SourceSafety}
		if err := w.coach.RecordCrisis(ctx, pc); err != nil {
			t.Fatal(err)
		}
		jobs, err := store.Upcoming(ctx, therapistID)
		if err != nil {
			t.Fatal(err)
		}
		var sources []coach.AlertSource
		for _, j := range jobs {
			if j.Kind == coach.JobAlert {
				sources = append(sources, j.Source)
			}
		}
		if len(sources) != 1 || sources[0] != coach.SourceSafety {
			t.Errorf("alert sources = %v, want one from the safety question", sources)
		}
	})
}

// stoppableWorld is a world on rs's Redis that gives up on a command at
// its first failure (one try, no retries), so that a test can stop Redis
// and see at once what a person gets without it.
func stoppableWorld(t *testing.T, rs *redistest.Stoppable) *world {
	t.Helper()
	ctx := context.Background()
	store, err := storage.Open(ctx, rs.URL+"?max_retries=-1", storage.Options{Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	clock := localtime.NewFakeClock(monday9am)
	return &world{t: t, ctx: ctx, store: store, clock: clock, coach: coach.New(store, store, clock, nil, vouching)}
}
