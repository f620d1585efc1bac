package coach_test

import (
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
)

// TestStartAgainAppliesItsOptions: /start from someone already set up
// applies the zone and check-in time given with it (and moves what is
// planned), asks again about one it cannot use without changing
// anything, turns messages back on after /stop, and without options says
// all is set, as before.
func TestStartAgainAppliesItsOptions(t *testing.T) {
	tests := []struct {
		name       string
		stopped    bool
		args       map[string]string
		reply      string
		zone, time string // the settings afterwards
		planAt     string // the local time of the next planned check-in
	}{
		{name: "no options", reply: "You're all set: check-ins at 20:00 (Europe/London)", zone: "Europe/London", time: "20:00", planAt: "20:00"},
		{name: "a time", args: map[string]string{"time": "8:30pm"}, reply: "Check-ins come at 20:30, Europe/London time; anything already planned has moved with it.",
			zone: "Europe/London", time: "20:30", planAt: "20:30"},
		{name: "a zone and a time", args: map[string]string{"zone": "Berlin", "time": "19:00"}, reply: "Got it: Europe/Berlin time.",
			zone: "Europe/Berlin", time: "19:00", planAt: "19:00"},
		{name: "a time in quiet hours", args: map[string]string{"zone": "Berlin", "time": "03:00"}, reply: "03:00 is inside quiet hours",
			zone: "Europe/London", time: "20:00", planAt: "20:00"},
		{name: "a zone not found", args: map[string]string{"zone": "Atlantis"}, reply: `I couldn't find a time zone called "Atlantis"`,
			zone: "Europe/London", time: "20:00", planAt: "20:00"},
		{name: "after /stop, a time", stopped: true, args: map[string]string{"time": "09:15"}, reply: "Saved: check-ins at 09:15, Europe/London time.",
			zone: "Europe/London", time: "09:15"},
		{name: "after /stop, nothing", stopped: true, reply: "Welcome back. Messages are on again.", zone: "Europe/London", time: "20:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.press(coach.Action{Verb: coach.VerbSetting, Field: "ability", Value: "medium"})
			w.command("session")
			if tt.stopped {
				w.command("stop")
			}
			reply := w.handle(coach.Event{Command: "start", Args: tt.args})
			if !strings.Contains(reply, tt.reply) {
				t.Errorf("/start %v = %q, want it to say %q", tt.args, reply, tt.reply)
			}
			p, err := w.store.Person(w.ctx, me)
			if err != nil {
				t.Fatal(err)
			}
			if p.Zone != tt.zone || p.CheckInAt.String() != tt.time || p.Status != coach.StatusActive {
				t.Errorf("settings = %s at %s (%s), want %s at %s, active", p.Zone, p.CheckInAt, p.Status, tt.zone, tt.time)
			}
			if tt.planAt == "" {
				return
			}
			jobs, err := w.store.Upcoming(w.ctx, me)
			if err != nil {
				t.Fatal(err)
			}
			loc, _ := p.Location()
			for _, j := range jobs {
				if j.Kind == coach.JobCheckIn && j.Day == "2026-03-03" {
					if got := j.Due.In(loc).Format("15:04"); got != tt.planAt {
						t.Errorf("Tuesday's check-in at %s local, want %s", got, tt.planAt)
					}
					return
				}
			}
			t.Errorf("no check-in planned on Tuesday: %+v", jobs)
		})
	}
}
