package coach_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
)

func TestStartAfterStopOffersTheRestOfThePlan(t *testing.T) {
	tests := []struct {
		name        string
		session     bool
		answer      string
		wantOffer   bool
		wantReply   string
		wantPlanned bool
	}{
		{"no session: nothing to resume", false, "", false, "", false},
		{"yes picks up the plan", true, "yes", true, "what's left of your plan", true},
		{"not now leaves it", true, "no", true, "nothing is planned for now", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, monday9am)
			w.press(set("ability", "medium"))
			if tt.session {
				w.command("session")
			}
			w.clock.Set(monday9am.Add(48 * time.Hour)) // Wednesday
			w.command("stop")
			got := w.command("start")
			if offered := strings.Contains(got, "Pick up where you left off?"); offered != tt.wantOffer {
				t.Fatalf("/start = %q, offer %v, want %v", got, offered, tt.wantOffer)
			}
			if tt.wantOffer && !strings.Contains(got, "still has 5 days to go") {
				t.Errorf("/start = %q, want the 5 days left of a 7-day plan from Monday", got)
			}
			if tt.answer != "" {
				if reply := w.press(coach.Action{Verb: coach.VerbResumePlan, Value: tt.answer}); !strings.Contains(reply, tt.wantReply) {
					t.Errorf("reply = %q, want %q", reply, tt.wantReply)
				}
			}
			jobs, err := w.store.Upcoming(w.ctx, me)
			if err != nil {
				t.Fatal(err)
			}
			checkIns := 0
			for _, j := range jobs {
				if j.Due.Before(w.clock.Now()) {
					t.Errorf("job %s planned in the past", j.ID)
				}
				if j.Kind == coach.JobCheckIn {
					checkIns++
				}
			}
			if want := map[bool]int{true: 5, false: 0}[tt.wantPlanned]; checkIns != want {
				t.Errorf("%d check-ins planned, want %d", checkIns, want)
			}
		})
	}
}

func TestResumeButtonAfterAnotherStop(t *testing.T) {
	w := newWorld(t, monday9am)
	w.press(set("ability", "medium"))
	w.command("session")
	w.command("stop")
	w.command("start")
	w.command("stop")
	if reply := w.press(coach.Action{Verb: coach.VerbResumePlan, Value: "yes"}); !strings.Contains(reply, "Messages are off") {
		t.Errorf("reply = %q, want messages to stay off", reply)
	}
	if jobs, _ := w.store.Upcoming(w.ctx, me); len(jobs) != 0 {
		t.Errorf("%d jobs planned after /stop", len(jobs))
	}
}
