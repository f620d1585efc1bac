package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// TestConsoleSafetyPlan makes a safety plan in the console: a typed line
// answers a step, a number chooses Skip, an empty line leaves a step as
// it is, a 1,001-character line is handed back, and the plan then comes
// after the crisis lines.
func TestConsoleSafetyPlan(t *testing.T) {
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	long := strings.Repeat("b", 1001)
	out := runScript(t, clock,
		"/safetyplan",
		"not sleeping, going quiet", // step 1
		"1",                         // step 2: Skip
		long,                        // step 3: too long, handed back
		"the park with my cousin",   // step 3 again
		"",                          // step 4: nothing written
		"2",                         // step 5: Finish for now
		"/crisis",
	)
	for _, want := range []string{
		"Your safety plan — step 1 of 6",
		"(Type a number to choose, or write your answer (Warning signs) and press Enter.)",
		"  1) Skip this step",
		"Saved. What can you do on your own",
		"up to 1,000 characters, and this has 1,001. Nothing is lost",
		"Saved. Who could you reach out to",
		"Which professionals or services could you contact",
		"1. Warning signs\nnot sleeping, going quiet",
		"3. People and places that distract me\nthe park with my cousin",
		"People you can talk to:",
		"Your safety plan, in your own words",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q\n--- output ---\n%s", want, out)
		}
	}
	if strings.Contains(out, "2. Things I can do on my own\n1") {
		t.Error("the number that chose Skip was saved as an answer")
	}
	if i, j := strings.LastIndex(out, "People you can talk to:"), strings.LastIndex(out, "Your safety plan, in your own words"); i > j {
		t.Error("the plan came before the crisis lines")
	}
}
