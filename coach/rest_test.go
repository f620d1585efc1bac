package coach_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

func TestPlanKeepsTheRestAfterASession(t *testing.T) {
	at := func(h, m int) localtime.LocalTime { return localtime.LocalTime{Hour: h, Minute: m, Set: true} }
	tests := []struct {
		name    string
		zone    string
		checkIn localtime.LocalTime
		rest    int
		session string // local, "2006-01-02 15:04"
		// day0 is the session day's check-in, local "15:04", or "" for none.
		day0 string
		// day1 is the next day's check-in, local "15:04".
		day1 string
	}{
		{"EveningSessionNoCheckInAtEight", "Europe/London", at(20, 0), 0, "2026-03-02 19:55", "", "20:00"},
		{"AfternoonSessionEveningStays", "Europe/London", at(20, 0), 0, "2026-03-02 14:00", "20:00", "20:00"},
		{"CheckInMovesToTheRestEnd", "Europe/London", at(9, 0), 0, "2026-03-02 15:30", "19:30", "09:00"},
		{"ShortRestChosen", "Europe/London", at(9, 0), 2, "2026-03-02 16:30", "18:30", "09:00"},
		{"LongRestChosen", "Europe/London", at(9, 0), 6, "2026-03-02 13:00", "19:00", "09:00"},
		{"NewYorkOnTheDSTDay", "America/New_York", at(9, 0), 0, "2026-03-08 15:00", "19:00", "09:00"},
		{"NewYorkEveningSession", "America/New_York", at(19, 0), 0, "2026-03-10 18:00", "", "19:00"},
		{"KathmanduOddOffset", "Asia/Kathmandu", at(8, 0), 0, "2026-03-02 17:45", "21:45", "08:00"},
		{"LordHoweLateEvening", "Australia/Lord_Howe", at(9, 0), 0, "2026-04-04 23:30", "", "09:00"},
		{"LateEveningLongRestReachesMorning", "Australia/Lord_Howe", at(9, 0), 12, "2026-03-02 22:30", "", "10:30"},
		{"LateEveningLongRestLondon", "Europe/London", at(8, 30), 12, "2026-03-02 23:00", "", "11:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := time.LoadLocation(tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			session, err := time.ParseInLocation("2006-01-02 15:04", tt.session, loc)
			if err != nil {
				t.Fatal(err)
			}
			p := coach.Person{ID: me, Zone: tt.zone, CheckInAt: tt.checkIn, RestHours: tt.rest}
			jobs, err := coach.PlanAfterSession(p, session)
			if err != nil {
				t.Fatal(err)
			}
			rest := time.Duration(max(tt.rest, 0)) * time.Hour
			if tt.rest == 0 {
				rest = coach.DefaultRestHours * time.Hour
			}
			first := localtime.DayOf(session, loc)
			got := map[localtime.Day]string{}
			for _, j := range jobs {
				if j.Due.Before(session.Add(rest)) {
					t.Errorf("%s due %v, inside the %v after the session", j.ID, j.Due.In(loc), rest)
				}
				local := j.Due.In(loc)
				if coach.InQuietHours(localtime.LocalTime{Hour: local.Hour(), Minute: local.Minute(), Set: true}) {
					t.Errorf("%s due %v, in quiet hours", j.ID, local)
				}
				if j.Kind == coach.JobCheckIn {
					got[j.Day] = local.Format("15:04")
				}
			}
			if got[first] != tt.day0 {
				t.Errorf("session day's check-in at %q, want %q", got[first], tt.day0)
			}
			if got[first.AddDays(1)] != tt.day1 {
				t.Errorf("next day's check-in at %q, want %q", got[first.AddDays(1)], tt.day1)
			}
		})
	}
}

func TestSessionLoggedAtFiveToEightCancelsTheEveningCheckIn(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session") // Monday 09:00: a plan with Tuesday's check-in at 20:00
	tuesday := time.Date(2026, 3, 3, 19, 55, 0, 0, time.UTC)
	w.clock.Set(tuesday)
	w.command("session") // a second session, at 19:55
	jobs, err := w.store.Upcoming(w.ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jobs {
		if j.Due.After(tuesday) && j.Due.Before(tuesday.Add(4*time.Hour)) {
			t.Errorf("%s still due at %v, inside the rest after the session", j.ID, j.Due)
		}
	}
	// Whatever a plan made earlier still holds, delivery keeps the rest.
	w.clock.Set(tuesday.Add(5 * time.Minute))
	msgs, err := w.coach.Deliver(w.ctx, coach.NewJob(me, coach.JobCheckIn, "2026-03-03", w.clock.Now()))
	var later coach.Later
	if !errors.As(err, &later) || len(msgs) > 0 || !later.At.Equal(tuesday.Add(4*time.Hour)) {
		t.Errorf("check-in 5 minutes after a session: %v, %v; want it put off to the end of the rest", msgs, err)
	}
	msgs, err = w.coach.Deliver(w.ctx, coach.NewJob(me, coach.JobNudge, "2026-03-03", w.clock.Now()))
	if err != nil || len(msgs) > 0 {
		t.Errorf("nudge 5 minutes after a session: %v, %v; want nothing", msgs, err)
	}
}

func TestRestSetting(t *testing.T) {
	w := newWorld(t, monday9am)
	if got := w.command("settings"); !strings.Contains(got, "Quiet after a session: 4 hours") {
		t.Errorf("settings = %q, want the default rest of 4 hours", got)
	}
	choices := w.press(coach.Action{Verb: coach.VerbSetting, Field: "rest"})
	if !strings.Contains(choices, "how long should I stay quiet") {
		t.Errorf("choices = %q", choices)
	}
	for _, bad := range []string{"1", "24", "x", "5"} {
		w.press(coach.Action{Verb: coach.VerbSetting, Field: "rest", Value: bad})
		if got := w.person().RestHours; got != 0 {
			t.Fatalf("rest %q accepted: %d", bad, got)
		}
	}
	if got := w.press(coach.Action{Verb: coach.VerbSetting, Field: "rest", Value: "6"}); !strings.Contains(got, "6 hours") {
		t.Errorf("reply = %q", got)
	}
	if got := w.person().RestHours; got != 6 {
		t.Errorf("RestHours = %d, want 6", got)
	}
}
