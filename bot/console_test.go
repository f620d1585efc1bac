package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
)

// runScript pipes lines through the real console loop and returns what it
// printed.
func runScript(t *testing.T, clock coach.Clock, lines ...string) string {
	t.Helper()
	store := redistest.Open(t)
	c := coach.New(store, store, clock, nil)
	var out strings.Builder
	con := &bot.Console{
		In:  strings.NewReader(strings.Join(lines, "\n") + "\n"),
		Out: &out, Router: bot.Router{Coach: c}, Person: "console", Name: "Ada",
	}
	if err := con.Run(context.Background()); err != nil {
		t.Fatalf("console: %v", err)
	}
	return out.String()
}

func TestConsoleScript(t *testing.T) {
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	out := runScript(t, clock,
		"/start", "1", "Europe/London", "20:00", "2",
		"/checkin", "4", "2", "3", "4", "3", "2",
		"/summary",
	)
	for _, want := range []string{
		"Welcome to Aftercare", "not a therapist", "116 123", // the notice carries crisis resources
		"All set. I'll check in at 20:00, Europe/London time.",
		"How is your mood today?", "  4) Good",
		"Mood: 4.0 (good).", "20 minutes on 1 day.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q\n--- output ---\n%s", want, out)
		}
	}
	if !slices.ContainsFunc(coach.Acknowledgements(), func(a string) bool { return strings.Contains(out, a) }) {
		t.Errorf("the finished check-in got no acknowledgement\n--- output ---\n%s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("piped output contains terminal control codes")
	}
}

func TestConsoleBadInputGetsKindRepliesAndKeepsGoing(t *testing.T) {
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	long := strings.Repeat("a", 10000)
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"unknown command", []string{"/fly"}, "I don't know /fly."},
		{"time zone from Mars", []string{"/start", "1", "Mars/Base"}, `I couldn't find a time zone called "Mars/Base".`},
		{"empty time zone", []string{"/start", "1", ""}, "I didn't get a time zone there."},
		{"a city for a time zone", []string{"/start", "1", "new york", "20:00", "2"}, "Got it: America/New_York time."},
		{"an abbreviation for a time zone", []string{"/start", "1", "PST", "20:00", "2"}, "PST can mean more than one place, so I chose America/Los_Angeles"},
		{"a near miss of a time zone", []string{"/start", "1", "Lodnon"}, "Did you mean Europe/London?"},
		{"impossible time", []string{"/start", "1", "Europe/London", "25:61"}, `I couldn't read "25:61" as a time of day.`},
		{"empty line with a choice open", []string{"/checkin", "/start", "1", "UTC", "9:00", "2", "/checkin", ""}, "Type a number from 1 to 6"},
		{"number out of range", []string{"/start", "1", "UTC", "9:00", "2", "/checkin", "9"}, "Type a number from 1 to 6 to choose"},
		{"words while a choice is open", []string{"/start", "1", "UTC", "9:00", "2", "/checkin", "good"}, "still open: type a number from 1 to 6"},
		{"10,000-character line", []string{long}, "I can't chat freely"},
		{"10,000-character time zone", []string{"/start", "1", long}, "I couldn't find a time zone called"},
		{"10,000-character note", []string{"/start", "1", "UTC", "9:00", "2", "/checkin", "3", "3", "3", "3", "1", "1", long}, "notes can be up to 1000 characters, and yours had 10000"},
		{"commands before /start", []string{"/session"}, "We haven't set things up yet."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := runScript(t, clock, append(tt.lines, "/help")...)
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q\n--- output ---\n%s", tt.want, clipOut(out))
			}
			// Still running after the bad input: the last line was answered.
			if !strings.HasSuffix(strings.TrimSpace(out), "/help — this list\n/quit — leave this chat") {
				t.Errorf("console stopped before answering /help\n--- output ---\n%s", clipOut(out))
			}
			if strings.Contains(out, long) {
				t.Error("a 10,000-character input was echoed back in full")
			}
		})
	}
}

func clipOut(s string) string {
	if len(s) > 3000 {
		return s[:1500] + "\n…\n" + s[len(s)-1500:]
	}
	return s
}

// Mid check-in, a typed answer to the safety question is read as its
// answer: "no" brings crisis lines, "not sure" the ASQ, and the check-in's
// "(The question above is still open…)" does not swallow either.
func TestConsoleSafetyQuestionTakesATypedAnswer(t *testing.T) {
	clock := localtime.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	tests := []struct{ answer, want string }{
		{"no", "If you are in immediate danger"},
		{"not sure", "(1 of 4) In the past few weeks, have you wished you were dead?"},
		{"I'm ok", "I'm glad you're safe"},
	}
	for _, tt := range tests {
		t.Run(tt.answer, func(t *testing.T) {
			out := runScript(t, clock, "/start", "1", "UTC", "9:00", "2", "/checkin", "I feel like such a burden", tt.answer)
			i := strings.LastIndex(out, "3) I'm not safe")
			if i < 0 {
				t.Fatalf("no safety question with buttons:\n%s", clipOut(out))
			}
			after := out[i:]
			if !strings.Contains(after, tt.want) || strings.Contains(after, "still open") {
				t.Errorf("after %q:\n%s\nwant %q and nothing still open", tt.answer, after, tt.want)
			}
		})
	}
}
