package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/scheduler"
)

// TestConsoleDeleteLeavesNoTrace: in the terminal chat, a person starts,
// logs a session, answers a check-in, logs minutes and writes of ending
// their life; the scheduler runs what falls due; then /delete. Every key
// under the test's prefix is read back: nothing holds their id or name.
func TestConsoleDeleteLeavesNoTrace(t *testing.T) {
	store := redistest.Open(t)
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	c := coach.New(store, store, clock, nil)
	run := func(lines ...string) string {
		t.Helper()
		var out strings.Builder
		con := &bot.Console{In: strings.NewReader(strings.Join(lines, "\n") + "\n"), Out: &out,
			Router: bot.Router{Coach: c}, Person: "console", Name: "Adalind"}
		if err := con.Run(context.Background()); err != nil {
			t.Fatalf("console: %v", err)
		}
		return out.String()
	}
	run("/start", "1", "Europe/London", "20:00", "2", "/session")
	clock.Set(time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC))
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Handle: bot.Deliverer{Coach: c, Sender: quietSender{}}.Handle}
	if n, err := sched.RunDue(context.Background()); err != nil || n == 0 {
		t.Fatalf("RunDue = %d, %v; want the evening's check-in", n, err)
	}
	run("/checkin", "4", "2", "3", "4", "3", "2", "/moved 20", "I want to end my life tonight")
	if !dumpHas(redistest.Dump(t, store), "{u:console}:") {
		t.Fatal("nothing of the person is stored before /delete; the scan below could not fail")
	}
	if out := run("/delete", "1"); !strings.Contains(out, "everything is deleted") {
		t.Fatalf("/delete answered:\n%s", out)
	}
	for _, line := range redistest.Dump(t, store) {
		if strings.Contains(line, "console") || strings.Contains(line, "Adalind") {
			t.Errorf("after /delete Redis still holds %s", line)
		}
	}
}

func dumpHas(lines []string, s string) bool {
	for _, l := range lines {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

// quietSender takes scheduled messages and shows them nowhere.
type quietSender struct{}

func (quietSender) Send(context.Context, string, []coach.Message) error { return nil }
