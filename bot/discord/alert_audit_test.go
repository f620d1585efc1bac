package discord_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/scheduler"
)

// TestAlertRecordedOnceWhenSent: Ben shares with Dr Rivera, alerts on,
// and writes of ending his life. Discord refuses the alert once; the
// retry gets through. Ben's record says once that Rivera was alerted, and
// only after the alert reached her.
func TestAlertRecordedOnceWhenSent(t *testing.T) {
	t.Parallel()
	h := newClinicHarness(t)
	fake, store, clock, c := h.fake, h.store, h.clock, h.coach
	ctx := context.Background()
	code := h.addRivera()
	ben := patients[1]
	h.shareWithRivera(ben.id, ben.name, code, true)

	alerted := func() int {
		t.Helper()
		log, err := store.AuditLog(ctx, ben.id, 50)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range log {
			if strings.Contains(e.What, "alerted") {
				n++
			}
		}
		return n
	}
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, MaxAttempts: 3, Handle: bot.Deliverer{Coach: c, Sender: h.dc}.Handle}
	runAt := func(at time.Time) {
		t.Helper()
		clock.Set(at)
		if _, err := sched.RunDue(ctx); err != nil {
			t.Fatal(err)
		}
	}
	at := time.Date(2026, 3, 5, 15, 0, 0, 0, time.UTC)
	clock.Set(at)
	h.do(fakediscord.Interaction{UserID: ben.id, Command: "moved", Options: []fakediscord.CommandOption{{Name: "minutes", Value: 10}, {Name: "activity", Value: "i want to end my life tonight"}}})
	before := len(fake.Messages(fake.DMChannel(rivera)))
	fake.FailNext(1, 500)
	runAt(at)
	if n := alerted(); n != 0 {
		t.Fatalf("after a refused alert Ben's record says %d times that Rivera was alerted; want none yet", n)
	}
	runAt(at.Add(5 * time.Minute))
	if got := len(fake.Messages(fake.DMChannel(rivera))) - before; got != 1 {
		t.Fatalf("Rivera has %d new DMs after the retry, want the alert", got)
	}
	if n := alerted(); n != 1 {
		t.Errorf("Ben's record says %d times that Rivera was alerted; want once", n)
	}
}
