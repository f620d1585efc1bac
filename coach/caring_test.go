package coach_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

const caringWords = "just a short note, with nothing to answer"

// TestCaringMessageComesOnceTheNextDay: after crisis replies (two in a
// day, an hour and more apart), one caring message arrives, the next day
// at 11:00 local time (13:00 when the check-in is near 11:00), in every
// zone, even while the crisis pause still holds the plan; it says when
// check-ins come back by themselves and that /resume brings them sooner,
// or that they carry on.
func TestCaringMessageComesOnceTheNextDay(t *testing.T) {
	tests := []struct {
		zone, checkIn string
		crisis        time.Time // the first crisis reply, UTC
		want          string    // when the caring message comes, local
		resume        string    // what it says of the check-ins
	}{
		// Evening crises: the next evening's check-in still falls in the pause.
		{"Europe/London", "20:00", time.Date(2026, 3, 2, 19, 30, 0, 0, time.UTC), "Tue 3 Mar 11:00", "the next one is at 20:00 tomorrow. If you'd like them sooner, /resume"},
		{"Australia/Sydney", "08:30", time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), "Tue 3 Mar 11:00", "the next one is at 08:30 tomorrow. If you'd like them sooner, /resume"},
		// A morning crisis: the pause is over by 11:00 the next day.
		{"America/New_York", "20:00", time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC), "Tue 3 Mar 11:00", "Check-ins carry on as before"},
		// No plan, and a check-in near 11:00: at 13:00, naming the pause's end.
		{"Asia/Kolkata", "10:30", time.Date(2026, 3, 2, 14, 30, 0, 0, time.UTC), "Tue 3 Mar 13:00", "come back on their own at 21:10 today. If you'd like them sooner, /resume"},
	}
	for _, tt := range tests {
		t.Run(tt.zone, func(t *testing.T) {
			store := redistest.Open(t)
			clock := localtime.NewFakeClock(tt.crisis.Add(-time.Hour))
			c := coach.New(store, store, clock, nil)
			ctx := context.Background()
			handle := func(ev coach.Event) {
				t.Helper()
				ev.Person = me
				if _, err := c.Handle(ctx, ev); err != nil {
					t.Fatalf("Handle(%+v): %v", ev, err)
				}
			}
			handle(coach.Event{Press: &coach.Action{Verb: coach.VerbConsent, Field: tt.zone + "@" + tt.checkIn, Value: "yes"}})
			if tt.zone != "Asia/Kolkata" {
				handle(coach.Event{Command: "session"}) // a plan; Kolkata has none, so only the pause can be named
			}
			clock.Set(tt.crisis)
			handle(coach.Event{Text: "I want to kill myself"})
			clock.Advance(70 * time.Minute)
			handle(coach.Event{Text: "I want to kill myself"}) // a fresh reply, the same local day

			loc, _ := time.LoadLocation(tt.zone)
			var caring []string
			sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: func(ctx context.Context, j coach.Job) error {
				msgs, err := c.Deliver(ctx, j)
				for _, m := range msgs {
					if strings.Contains(m.Text, caringWords) {
						if d := localtime.DayOf(clock.Now(), loc); d != "2026-03-03" {
							t.Errorf("the caring message came on %s, want the day after the crisis", d)
						}
						caring = append(caring, j.Due.In(loc).Format("Mon 2 Jan 15:04")+"|"+m.Text)
					}
				}
				return err
			}}
			for end := tt.crisis.Add(72 * time.Hour); clock.Now().Before(end); clock.Advance(15 * time.Minute) {
				if _, err := sched.RunDue(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if len(caring) != 1 {
				t.Fatalf("caring messages: %q, want exactly one", caring)
			}
			when, text, _ := strings.Cut(caring[0], "|")
			if when != tt.want {
				t.Errorf("the caring message came %s, want %s", when, tt.want)
			}
			for _, want := range []string{"/crisis", tt.resume} {
				if !strings.Contains(text, want) {
					t.Errorf("the caring message lacks %q:\n%s", want, text)
				}
			}
		})
	}
}

// TestNoCaringMessageForTheStoppedOrErased: /stop and /delete take the
// caring message with the rest; one due anyway is not sent.
func TestNoCaringMessageForTheStoppedOrErased(t *testing.T) {
	for _, step := range [][]coach.Event{
		{{Command: "stop"}},
		{{Command: "delete"}, {Press: &coach.Action{Verb: coach.VerbErase, Value: "yes"}}},
	} {
		w := newWorld(t, monday9am)
		w.handle(coach.Event{Text: "I want to kill myself"})
		jobs, _ := w.store.Upcoming(w.ctx, me)
		var caring *coach.Job
		for i := range jobs {
			if jobs[i].Kind == coach.JobCaring {
				caring = &jobs[i]
			}
		}
		if caring == nil || caring.Person != me || caring.Day != "2026-03-03" {
			t.Fatalf("caring job = %+v, want Tuesday's", caring)
		}
		for _, ev := range step {
			w.handle(ev)
		}
		if n := countJobs(t, w, me, coach.JobCaring); n != 0 {
			t.Errorf("after /%s: %d caring jobs left", step[0].Command, n)
		}
		w.clock.Set(caring.Due)
		if msgs, err := w.coach.Deliver(w.ctx, *caring); !errors.Is(err, coach.ErrInactive) || len(msgs) != 0 {
			t.Errorf("after /%s the caring message says %+v, %v; want nothing", step[0].Command, msgs, err)
		}
	}
}

// TestCaringMessageGivesWayToANewerCrisis: a crisis on the day of the
// caring message moves it to the day after that one.
func TestCaringMessageGivesWayToANewerCrisis(t *testing.T) {
	w := newWorld(t, monday9am)
	w.handle(coach.Event{Text: "I want to kill myself"})
	w.clock.Set(time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)) // Tuesday 09:00, before the message
	w.handle(coach.Event{Text: "I want to kill myself"})
	tuesday := coach.NewJob(me, coach.JobCaring, "2026-03-03", time.Date(2026, 3, 3, 11, 0, 0, 0, time.UTC))
	w.clock.Set(tuesday.Due)
	if msgs, err := w.coach.Deliver(w.ctx, tuesday); err != nil || len(msgs) != 0 {
		t.Errorf("Tuesday's caring message after a crisis that morning: %+v, %v; want nothing", msgs, err)
	}
	if n := countJobs(t, w, me, coach.JobCaring); n != 2 {
		t.Errorf("%d caring jobs, want Tuesday's and Wednesday's", n)
	}
}
