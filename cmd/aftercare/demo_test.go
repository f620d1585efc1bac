package main

import (
	"context"
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/testlog"
)

func TestDemoShowsAWeek(t *testing.T) {
	var out, progress strings.Builder
	charts := t.TempDir()
	if err := runDemo(context.Background(), &out, &progress, charts); err != nil {
		t.Fatalf("demo: %v", err)
	}
	transcript := out.String()
	// Sam's charts go to a folder of Sam's own inside the one given.
	folders, _ := filepath.Glob(filepath.Join(charts, "aftercare-sam-demo-*"))
	if len(folders) != 1 {
		t.Fatalf("Sam's folders in %s: %v, want one", charts, folders)
	}
	chart := filepath.Join(folders[0], "aftercare-week-2026-03-02.png")
	if n := strings.Count(transcript, "Hi — time for a short check-in"); n != len(demoWeek) {
		t.Errorf("check-ins delivered = %d, want one a day for %d days", n, len(demoWeek))
	}
	acks := 0
	for _, ack := range coach.Acknowledgements() {
		acks += strings.Count(transcript, ack)
	}
	if acks != len(demoWeek) {
		t.Errorf("check-ins completed = %d, want %d", acks, len(demoWeek))
	}
	for _, want := range []string{
		"== Session logged ==",
		"Hard days can come in the days after a session", // Monday's mood is low: met as a hard day
		"== The end of your plan ==",
		"In that time you checked in on 7 days",
		"Your intention is kept safely: “to be kinder to myself”.",
		// Days 1-4 end the check-in with one reflection prompt; Sam
		// answers three and lets Wednesday's go.
		"The days after a ketamine-assisted session are a time for integration",
		"You went in with the intention “to be kinder to myself”.",
		"One question, only if you'd like to: What has stayed with you from the session?",
		"One question, only if you'd like to: What is one small thing you'd like to carry into this week?",
		"Thank you — kept safely. /summary shows your reflections",
		"That's fine — there's nothing to catch up on. Resting counts too.",
		"== A small movement idea ==",
		// Sam named people and nature at /start: from day 2, every other
		// day's idea is a valued activity, put off to a chosen time once;
		// breathing is practice, not minutes moved.
		"Chosen so far: the people you care about and nature.",
		"== A small idea for today ==",
		"(Something for nature. Not today is a fine answer too.)",
		"Of course — I'll bring it back at 16:00.",
		"That's in your log. Time on something you value can be part of feeling better",
		"5 minutes of slow breathing — practice, logged.",
		"Earlier I suggested a little movement. Did it happen?", // Saturday's idea, left unanswered
		"== Your week, Mon 2 Mar – Sun 8 Mar ==",
		"Mood: 3.3 (okay)", // 2,3,3,4,3,4,4
		"(Your chart for the week: " + chart + ")",
		"Done — you're sharing with Dr Rivera.",
		// Sam's own week, Mon 2 – Sun 8 March, as in Sam's summary above
		// (mood 3.3); the week before has no answers, so nothing to compare.
		// The digest covers Sam's own week, Mon 2 – Sun 8, as the summary does,
		// compared with the seeded week before (3,4,2,3,3,3,3).
		"  [Dr Rivera] Sam — check-ins 7 of 7 · mood 3.3 (was 3.0) · anxiety 2.7 (was 3.0) · 90 min moved",
		// With the week before, the summary has two weeks for its insight:
		// 20+ minutes on Thu, Sat, Sun and the Tue and Fri before (moods
		// 4,4,4,4,3), the 8 other days averaging 2.9; Monday's session left out.
		"on the 5 days you moved 20 minutes or more, your mood averaged 3.8; on the 8 other days, 2.9. That is how a few days went together, not proof",
		"• Mon 9 Mar 09:00 — Dr Rivera received your data in their weekly digest",
		// Saturday's note screens as one to ask about: the safety question,
		// answered "not sure", leads to the ASQ, its outcome, and the flag
		// Sam allowed Dr Rivera to get.
		"Can I ask you directly: are you safe right now?",
		"(1 of 4) In the past few weeks, have you wished you were dead?",
		"One last question: Are you having thoughts of killing yourself right now?",
		"Please talk it over with Dr Rivera soon",
		"  [Dr Rivera] Sam's suicide-risk screen was positive, not acute",
		"⚑ ASQ non-acute positive on Saturday 7 March",
		// The weekly summary and the digest show the same week and the same
		// figures: "about the same as last week (3.0)" is the digest's "(was 3.0)".
		"Mood: 3.3 (okay), about the same as last week (3.0).",
		// Sam writes that their brother is in danger: the reply for a
		// helper, not the safety question and not Sam's own crisis reply.
		"(That evening a message from Sam's brother frightens Sam, who writes to the bot about it.)",
		"== If someone else is in danger ==",
		"Once help is on its way, a crisis line can support you too:",
		// A follow-up to an answered idea sends nothing, and the transcript says so.
		"(nothing to send: the follow-up asks only about an idea still waiting for an answer, and today's has one)",
		// /summary on demand is the last 7 days, named with their dates.
		"== The last 7 days, Tue 3 Mar – Mon 9 Mar ==",
		"(Your chart for the last 7 days: ",
		"One question, only if you'd like to: Looking back over these few days, what would you like to remember?",
		"“That I was allowed to rest.”",
		// /summary on Monday 9 covers Tue 3 - Mon 9; the session's intention
		// (Mon 2) is kept beside the reflections that answer it.
		"== Your intention and reflections ==\n• Monday 2 March, your intention: “to be kinder to myself”",
	} {
		if !strings.Contains(transcript, want) {
			t.Errorf("transcript lacks %q", want)
		}
	}
	if info, err := os.Stat(chart); err != nil || info.Size() < 1000 {
		t.Errorf("chart file: %v", err)
	}
	if n := strings.Count(transcript, "== A moment to reflect =="); n != 4 {
		t.Errorf("reflection prompts = %d, want one on each of days 1-4", n)
	}
	if n := strings.Count(transcript, "Thank you — kept safely. /summary shows your reflections"); n != 3 {
		t.Errorf("reflections written = %d, want 3", n)
	}
	if strings.Contains(transcript, " ---\n\n--- ") {
		t.Error("a time stamp with nothing after it: a due job that sends nothing should say so")
	}
	if !strings.Contains(transcript, "“Ten minutes outside before work.”") {
		t.Error("the summary lacks Sam's reflection")
	}
	if !strings.Contains(progress.String(), "demo: day 7 of 7") || !strings.HasSuffix(progress.String(), "demo: done\n") {
		t.Errorf("progress = %q, want a line per day and a last line", progress.String())
	}
}

// TestDemoServesTheWebView: the demo prints a link to Dr Rivera's page and
// to Sam's, serves them until Enter, and the pages show the demo's week.
func TestDemoServesTheWebView(t *testing.T) {
	enter, press := io.Pipe()
	out := &testlog.Buffer{}
	done := make(chan error, 1)
	go func() {
		done <- playDemo(context.Background(), out, io.Discard, t.TempDir(), nil, nil, &demoView{Wait: enter}, "en")
	}()
	links := regexp.MustCompile(`Dr Rivera's page: (\S+)\n  Sam's own page: +(\S+)`)
	var m []string
	if !waitFor(func() bool { m = links.FindStringSubmatch(out.String()); return m != nil }) {
		press.Close()
		t.Fatalf("no links printed:\n%.3000s", out.String())
	}
	for _, tt := range []struct {
		who, link string
		want      []string
	}{
		{"Dr Rivera", m[1], []string{"Your patients", "Sam", "Open Sam's page", "Mood by day", "Sessions: Monday 2 March."}},
		{"Sam", m[2], []string{"Your page", "Your week, Mon 2 Mar – Sun 8 Mar", "Mood by day", "Minutes moved by week", "Everything (JSON)"}},
	} {
		jar, _ := cookiejar.New(nil)
		code, body := getWith(t, &http.Client{Jar: jar}, tt.link)
		if code != 200 {
			t.Errorf("%s's page: %d", tt.who, code)
		}
		for _, want := range tt.want {
			if !strings.Contains(body, want) {
				t.Errorf("%s's page lacks %q", tt.who, want)
			}
		}
	}
	press.Close() // Enter
	if err := <-done; err != nil {
		t.Fatalf("demo: %v", err)
	}
	if code, _ := getWith(t, http.DefaultClient, m[1]); code != 0 {
		t.Errorf("the page is still served after Enter: %d", code)
	}
}

// getWith fetches url with client; 0 when nothing answers.
func getWith(t *testing.T, client *http.Client, url string) (int, string) {
	t.Helper()
	resp, err := client.Get(url)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, html.UnescapeString(string(b))
}
